"""The public register of changes: certificates granted, expired and revoked, newest first.

/vi/thay-doi-chung-nhan/ (/en/certificate-changes/) lists every change to the
register a buyer or a journalist may want to follow, dated by when it
happened: a certificate granted on its decision date, expired on the day after
its expiry day (catalogue.register.expired_on, as the certificate's record says
"expired on …"), revoked on its revocation date. Only what has happened by
today counts: a decision dated tomorrow, a certificate still in its last valid
day, a revocation taking effect next week are not changes yet. Nothing is
stored: a certificate expires at midnight with nothing written, as everywhere.

Filters: ?province=<slug> (a province covers those merged into it),
?month=YYYY-MM, ?change=granted|expired|revoked; unknown values are ignored
and said so. The three kinds are three querysets on the public register
(opendata.register.public_certifications), filtered in SQL and joined with
UNION ALL, ordered and paged by the database, so a page costs the same few
queries however large the register is. The same filtered list is also an Atom
feed and a CSV file.
"""

import datetime
import re
from dataclasses import dataclass

from django.db.models import CharField, F, Value
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from catalogue import register
from catalogue.models import Certification, ProducerPage, Province
from catalogue.models.taxonomy import cached_taxonomy
from catalogue.verification import _live_translations, verification_path
from showcase.collation import vietnamese
from showcase.pagination import paginate

from .register import public_certifications

PER_PAGE = 25
RELATED = ("decision", "product", "product__listing")
FEED_ITEMS = 50
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class Change:
    GRANTED = "granted"
    EXPIRED = "expired"
    REVOKED = "revoked"
    # The kind of change, as a heading word (not the certificate's status: "revoked" there is a state).
    LABELS = {
        GRANTED: pgettext_lazy("register change", "Granted"),
        EXPIRED: pgettext_lazy("register change", "Expired"),
        REVOKED: pgettext_lazy("register change", "Revoked"),
    }
    PLURAL_LABELS = {
        GRANTED: _("New certificates"),
        EXPIRED: _("Expiries"),
        REVOKED: _("Revocations"),
    }


@dataclass
class ChangeRow:
    change: str
    date: datetime.date
    certification: Certification
    product_title: str
    product_url: str | None
    producer_title: str
    province: str

    @property
    def label(self):
        return Change.LABELS[self.change]

    @property
    def status(self):
        return self.certification.status

    @property
    def record_url(self):
        return verification_path(self.certification.verification_code)


def month_bounds(text):
    """(first day, last day) of "YYYY-MM", or None when it is not a month."""
    match = MONTH.match(text or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (1 <= month <= 12 and 1900 <= year <= 2999):
        return None
    first = datetime.date(year, month, 1)
    return first, register.add_months(first, 1) - datetime.timedelta(days=1)


class RegisterChanges:
    """The filtered list of changes for the request's parameters, as of `today`."""

    def __init__(self, params, today=None):
        self.today = today or register.local_today()
        self.locale = Locale.get_active()
        self.notices = []
        # Any province, historic ones too (Long An): the list offers today's.
        self.province = self._choice(params, "province", _province_slugs(params.get("province", "")))
        self.change = self._choice(params, "change", set(Change.LABELS))
        self.month = ""
        self.bounds = None
        month = params.get("month", "")
        if month:
            self.bounds = month_bounds(month)
            if self.bounds:
                self.month = month
            else:
                self.notices.append(
                    _("“%(value)s” is not a month: write it as YYYY-MM, e.g. 2025-03. Every month is shown.")
                    % {"value": month[:20]}
                )
        self.page_number = params.get("page")

    def _choice(self, params, name, allowed):
        value = params.get(name, "")
        if value and value not in allowed:
            self.notices.append(_("The filter “%(value)s” is unknown, so it was left out.") % {"value": value[:60]})
            return ""
        return value

    # Filters ------------------------------------------------------------

    @cached_property
    def province_options(self):
        """[(slug, name)] of today's provinces in the visitor's language, in Vietnamese order."""
        rows = Province.objects.filter(locale=self.locale, merged_into__isnull=True).order_by(vietnamese("name"))
        rows = list(rows.values_list("slug", "name"))
        if not rows:
            rows = list(
                Province.objects.filter(merged_into__isnull=True, locale__language_code="vi")
                .order_by(vietnamese("name"))
                .values_list("slug", "name")
            )
        return rows

    def change_options(self):
        return list(Change.PLURAL_LABELS.items())

    @property
    def params(self):
        return {
            key: value
            for key, value in (("province", self.province), ("month", self.month), ("change", self.change))
            if value
        }

    @property
    def query_string(self):
        return urlencode(self.params)

    # The changes, in SQL ---------------------------------------------------

    def _base(self):
        certifications = public_certifications()
        if self.province:
            certifications = certifications.filter(
                register.province_covers_q(self.province, province="product__listing__province")
            )
        return certifications

    def parts(self):
        """{change: queryset annotated with change_date and change}, each filtered in SQL."""
        today = self.today
        first, last = self.bounds or (None, today)
        last = min(last, today)
        base = self._base()
        parts = {}
        if self.change in ("", Change.GRANTED):
            granted = base.filter(decision__issued_on__lte=last)
            if first:
                granted = granted.filter(decision__issued_on__gte=first)
            parts[Change.GRANTED] = granted.annotate(change_date=F("decision__issued_on"))
        if self.change in ("", Change.EXPIRED):
            expired = base.filter(
                register.expired_between_q(first, last, today=today) if first else register.expired_q(today=today)
            )
            parts[Change.EXPIRED] = expired.annotate(change_date=register.ValidUntil(days_after=1))
        if self.change in ("", Change.REVOKED):
            revoked = base.filter(revoked_on__lte=last)
            if first:
                revoked = revoked.filter(revoked_on__gte=first)
            parts[Change.REVOKED] = revoked.annotate(change_date=F("revoked_on"))
        return {
            change: queryset.annotate(change=Value(change, output_field=CharField())).order_by()
            for change, queryset in parts.items()
        }

    def union(self):
        """Every change as {id, change_date, change}, newest first, in one SQL query."""
        parts = [queryset.values("id", "change_date", "change") for queryset in self.parts().values()]
        combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        return combined.order_by("-change_date", "-id", "change")

    @cached_property
    def page(self):
        page = paginate(self.union(), self.page_number, PER_PAGE)
        page.object_list = self.rows(list(page.object_list))
        return page

    def feed_rows(self):
        return self.rows(list(self.union()[:FEED_ITEMS]))

    def all_rows(self):
        """Every change of the filtered list, for the CSV: each kind in one query, merged newest first."""
        found = []
        for change, queryset in self.parts().items():
            for certification in queryset.select_related(*RELATED):
                found.append({"id": certification.pk, "change_date": certification.change_date, "change": change})
                found[-1]["object"] = certification
        # As the SQL orders them: newest day first, then the newest certificate, then the kind.
        found.sort(key=lambda row: row["change"])
        found.sort(key=lambda row: (_as_date(row["change_date"]), row["id"]), reverse=True)
        return self.rows(found)

    # Showing ---------------------------------------------------------------

    def rows(self, found):
        """[ChangeRow] for {id, change_date, change} dicts: names in the visitor's language, in fixed queries."""
        loaded = {row["id"]: row["object"] for row in found if "object" in row}
        missing = {row["id"] for row in found} - set(loaded)
        if missing:
            loaded.update((c.pk, c) for c in Certification.objects.filter(pk__in=missing).select_related(*RELATED))
        products = [certification.product for certification in loaded.values()]
        producer_paths = {register.producer_path(product.path) for product in products}
        producers = {
            producer.path: producer
            for producer in ProducerPage.objects.filter(path__in=producer_paths).only(
                "pk", "path", "title", "translation_key"
            )
        }
        pages = _live_translations([*products, *producers.values()], None) if products else {}
        province_names = _province_names(self.locale) if products else {}
        rows = []
        for row in found:
            certification = loaded[row["id"]]
            product = certification.product
            producer = producers.get(register.producer_path(product.path))
            listing = getattr(product, "listing", None)
            title, url = pages.get(product.translation_key, (product.title, None))
            rows.append(
                ChangeRow(
                    change=row["change"],
                    date=_as_date(row["change_date"]),
                    certification=certification,
                    product_title=title,
                    product_url=url,
                    producer_title=pages.get(producer.translation_key, (producer.title, None))[0] if producer else "",
                    province=province_names.get(listing.province_id, "") if listing else "",
                )
            )
        return rows


def _province_slugs(slug):
    """{slug} if a province has this slug, else an empty set; read from the cached taxonomy, so
    whatever a visitor typed (a NUL byte included, which PostgreSQL refuses) never reaches the database."""
    if not slug or len(slug) > 100:
        return set()
    return {slug} if any(province.slug == slug for province in cached_taxonomy().provinces) else set()


def _province_names(locale):
    """{province pk: name in `locale`} for every province row (every locale), in one query."""
    rows = list(Province.objects.values_list("pk", "translation_key", "locale_id", "name"))
    translated = {key: name for _pk, key, row_locale, name in rows if row_locale == locale.pk}
    return {pk: translated.get(key, name) for pk, key, _locale, name in rows}


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value
