"""/vi/phan-anh/ and /en/report/: a visitor reports a suspected fake or misuse of the OCOP mark.

No account is needed. Abuse is held off by CSRF, a rate limit on sending
(OCOP_RATE_LIMITS["misuse_report"], counted per client address), a honeypot
field, and size limits on every field and photo (the site's image upload limits).
`?product=<page id>` or `?code=<verification code>` says which product the report
is about (product and verification pages link so); unknown values are ignored.
After sending, the visitor is redirected to a thank-you page (POST-redirect-GET).
"""

import logging

from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from wagtail.models import Locale

from catalogue.models import Certification, ProductPage
from catalogue.verification import normalise_code
from showcase.languages import language_urls
from showcase.ratelimit import seconds_until_allowed, too_many_requests_page

from .forms import MisuseReportForm
from .models import MAX_PHOTOS, MisuseReport, MisuseReportPhoto
from .notifications import tell_editors

logger = logging.getLogger(__name__)

RATE_LIMIT_SCOPE = "misuse_report"


def _as_int(value):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**31 else None


def find_subject(product_id, code):
    """(product page, certification) the report is about, from the form's hidden fields; either may be None."""
    certification = None
    canonical = normalise_code(code) if code else None
    if canonical:
        certification = Certification.objects.select_related("product").filter(verification_code=canonical).first()
    product = None
    if certification is not None:
        product = certification.product
    elif _as_int(product_id):
        product = ProductPage.objects.live().filter(pk=_as_int(product_id)).first()
    if product is not None and not product.live:
        product = None
    return product, certification


def _shown(product):
    """The product in the visitor's language, where translated and live."""
    if product is None:
        return None
    translated = product.get_translation_or_none(Locale.get_active())
    return translated if translated is not None and translated.live else product


def _subject_query(product, certification):
    if certification is not None:
        return "?" + urlencode({"code": certification.verification_code})
    if product is not None:
        return "?" + urlencode({"product": product.pk})
    return ""


@never_cache
@csrf_protect
def report(request):
    source = request.POST if request.method == "POST" else request.GET
    product, certification = find_subject(source.get("product"), source.get("code"))
    initial = {
        "product": product.pk if product else None,
        "code": certification.verification_code if certification else "",
    }

    if request.method == "POST":
        form = MisuseReportForm(request.POST, request.FILES, initial=initial)
        if form.is_robot:
            # Refused silently: a robot learns nothing, nothing is stored and nobody is e-mailed.
            logger.info("A misuse report with the honeypot field filled in was dropped.")
            return redirect(reverse("misuse_thanks") + _subject_query(product, certification))
        wait = seconds_until_allowed(RATE_LIMIT_SCOPE, request)
        if wait:
            return too_many_requests_page(request, wait)
        if form.is_valid():
            saved = save_report(form, product, certification)
            tell_editors(saved)
            return redirect(reverse("misuse_thanks") + _subject_query(product, certification))
    else:
        form = MisuseReportForm(initial=initial)

    context = {
        "form": form,
        "product": _shown(product),
        "certification": certification,
        "max_photos": MAX_PHOTOS,
        "og_title": _("Report a suspected fake OCOP product"),
        "language_urls": language_urls("misuse_report", _subject_query(product, certification)),
    }
    return render(request, "misuse/report_form.html", context, status=400 if form.is_bound else 200)


def save_report(form, product, certification):
    data = form.cleaned_data
    with transaction.atomic():
        saved = MisuseReport.objects.create(
            kind=data["kind"],
            where_seen=data["where_seen"].strip(),
            description=data["description"].strip(),
            contact=data["contact"].strip(),
            product=product,
            certification=certification,
            language=translation.get_language() or "",
        )
        for upload in form.photos():
            width, height = upload.image.get_size()
            photo = MisuseReportPhoto(report=saved, content_type=upload.content_type, width=width, height=height)
            photo.file.save(upload.name, upload, save=False)
            photo.save()
    return saved


@never_cache
def thanks(request):
    product, certification = find_subject(request.GET.get("product"), request.GET.get("code"))
    context = {
        "product": _shown(product),
        "certification": certification,
        "og_title": _("Thank you for your report"),
        "language_urls": language_urls("misuse_thanks", _subject_query(product, certification)),
    }
    return render(request, "misuse/thanks.html", context)
