"""The register of changes as a page, an Atom feed and a CSV file (opendata/changes.py).

Included under i18n_patterns by showcase/urls.py: /vi/thay-doi-chung-nhan/
and /en/certificate-changes/, each with atom/ and csv/ below it. The three
take the same filters, so a feed reader or a spreadsheet follows exactly the
list a visitor filtered.
"""

import csv
import datetime
import io

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_safe

from showcase import page_cache
from showcase.languages import language_urls
from showcase.spreadsheets import spreadsheet_safe

from .changes import RegisterChanges

FILTERS = ("province", "month", "change")
MAX_AGE = 300

CSV_COLUMNS = [
    "change",
    "date",
    "certification_id",
    "product",
    "producer",
    "province",
    "stars",
    "score",
    "decision_number",
    "decision_date",
    "issuing_body",
    "valid_until",
    "status",
    "revoked_on",
    "revocation_reason",
    "verification_url",
]


@require_safe
@page_cache.query_parameters(*FILTERS, "page")
def changes_page(request):
    changes = RegisterChanges(request.GET)
    suffix = f"?{changes.query_string}" if changes.query_string else ""
    context = {
        "changes": changes,
        "feed_url": reverse("register_changes_feed") + suffix,
        "csv_url": reverse("register_changes_csv") + suffix,
        "language_urls": language_urls("register_changes", changes.query_string),
    }
    return TemplateResponse(request, "opendata/register_changes.html", context)


class ChangesFeed(Feed):
    """The newest changes of the filtered list, as Atom."""

    feed_type = Atom1Feed

    def get_object(self, request):
        self.request = request
        return RegisterChanges(request.GET)

    def title(self, changes):
        return _("Changes to the OCOP register")

    def subtitle(self, changes):
        return _("OCOP certificates granted, expired and revoked, newest first.")

    def link(self, changes):
        suffix = f"?{changes.query_string}" if changes.query_string else ""
        return reverse("register_changes") + suffix

    def feed_url(self, changes):
        suffix = f"?{changes.query_string}" if changes.query_string else ""
        return reverse("register_changes_feed") + suffix

    def items(self, changes):
        return changes.feed_rows()

    def item_title(self, row):
        return f"{row.label}: {row.product_title}"

    def item_description(self, row):
        return render_to_string(
            "components/certificate_status.html",
            {"certification": row.certification, "status": row.status, "form": "line"},
        )

    def item_link(self, row):
        return row.record_url

    def item_guid(self, row):
        return self.request.build_absolute_uri(f"{row.record_url}#{row.change}")

    def item_guid_is_permalink(self, row):
        return False

    def item_pubdate(self, row):
        return _midnight(row.date)

    def item_updateddate(self, row):
        return _midnight(row.date)

    def item_categories(self, row):
        return [row.label]


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


@require_safe
@page_cache.query_parameters(*FILTERS)
def changes_feed(request):
    response = ChangesFeed()(request)
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


@require_safe
@page_cache.query_parameters(*FILTERS)
def changes_csv(request):
    changes = RegisterChanges(request.GET)
    language = translation.get_language()
    buffer = io.StringIO()
    # The byte order mark makes Excel read the file as UTF-8, so Vietnamese names survive.
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in changes.all_rows():
        certification = row.certification
        decision = certification.decision
        values = [
            row.change,
            row.date.isoformat(),
            certification.pk,
            row.product_title,
            row.producer_title,
            row.province,
            certification.stars,
            certification.score,
            decision.number,
            decision.issued_on.isoformat(),
            decision.issuer_for(language),
            certification.valid_until.isoformat(),
            certification.status,
            certification.revoked_on.isoformat() if certification.revoked_on else "",
            certification.revocation_reason_for(language),
            request.build_absolute_uri(row.record_url),
        ]
        writer.writerow([spreadsheet_safe(value) for value in values])
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    today = changes.today
    response["Content-Disposition"] = f'attachment; filename="ocop-register-changes-{language}-{today:%Y-%m-%d}.csv"'
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


urlpatterns = [
    path("", changes_page, name="register_changes"),
    path(pgettext_lazy("URL path", "atom/"), changes_feed, name="register_changes_feed"),
    path("csv/", changes_csv, name="register_changes_csv"),
]
