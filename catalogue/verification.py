"""The public record behind a traceability stamp.

Each certificate has an unguessable verification code (Certification.
verification_code). Its stamp's QR code leads to /vi/xac-minh/<code>/
(/en/verify/<code>/ in English): a page anyone can open to check that a
product in their hand is certified, by whom, with how many stars and until
when, and whether the certificate still holds. The stamp itself is printed
from /vi/xac-minh/<code>/tem/, and the QR image is served at
/stamps/<code>.svg and .png (catalogue/stamps.py draws it).

A code that is not found, whatever was typed, gets a friendly 404 page, never
an error: a visitor may be holding a counterfeit stamp.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page, Site

from catalogue import register, stamps
from catalogue.models import Certification, ProducerPage
from catalogue.models.certification import VERIFICATION_CODE_ALPHABET, VERIFICATION_CODE_LENGTH
from catalogue.register import CertificateStatus
from showcase.languages import language_urls

# Spaces and dashes people put between the groups of a code when they type it.
CODE_SEPARATORS = re.compile(r"[\s\-‐‑‒–—]+")
# Longer input than this is not a code with separators, whatever it holds.
LONGEST_TYPED_CODE = 2 * VERIFICATION_CODE_LENGTH
STAMP_IMAGE_MAX_AGE = 24 * 60 * 60


def normalise_code(typed):
    """The canonical form of a code as typed or read off a stamp, or None if it cannot be one.

    Case is ignored and spaces and dashes between groups are dropped, so
    "abcd-efgh jklm npqr" finds ABCDEFGHJKLMNPQR.
    """
    if not isinstance(typed, str) or len(typed) > LONGEST_TYPED_CODE:
        return None
    code = CODE_SEPARATORS.sub("", typed).upper()
    if len(code) != VERIFICATION_CODE_LENGTH or any(symbol not in VERIFICATION_CODE_ALPHABET for symbol in code):
        return None
    return code


def grouped_code(code):
    """ABCDEFGHJKLMNPQR → "ABCD EFGH JKLM NPQR": easier to read aloud and to type."""
    return " ".join(code[start : start + 4] for start in range(0, len(code), 4))


def verification_path(code, language=None):
    """The verification page's path in `language` (the active one by default)."""
    with translation.override(language or translation.get_language()):
        return reverse("verify_certificate", kwargs={"code": code})


def public_verification_url(code, request=None):
    """The absolute Vietnamese URL of a certificate's record: what its QR code encodes.

    Stamps are printed once and read for years, so the address comes from the
    default Site's root URL (set it under Settings → Sites to the public
    address), not from whichever host name a request happened to use.
    """
    path_ = verification_path(code, settings.LANGUAGE_CODE)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url + path_
    if request is not None:
        return request.build_absolute_uri(path_)
    return path_


@dataclass
class CertificateRecord:
    """One certificate as its public record shows it, with pages in the visitor's language."""

    certification: Certification
    product_title: str
    product_url: str | None
    producer: ProducerPage | None
    producer_title: str
    producer_url: str | None
    newer: Certification | None

    @property
    def code(self):
        return self.certification.verification_code

    @property
    def status(self):
        return self.certification.status

    @property
    def is_certified(self):
        return CertificateStatus(self.status).is_certified

    @property
    def can_print_stamp(self):
        """A stamp is printed only for a certificate in force that no newer one replaces."""
        return self.is_certified and self.newer is None


def _live_translations(pages, request):
    """{translation_key: (title, url)} of `pages` in the active language, else the default one.

    One query for every translation of every page given.
    """
    keys = {page.translation_key for page in pages if page is not None}
    preference = [translation.get_language(), settings.LANGUAGE_CODE]
    found = {}
    rows = Page.objects.live().filter(translation_key__in=keys, locale__language_code__in=preference)
    for row in rows.select_related("locale"):
        rank = preference.index(row.locale.language_code)
        if row.translation_key not in found or rank < found[row.translation_key][0]:
            found[row.translation_key] = (rank, row)
    return {key: (row.title, row.get_url(request)) for key, (_rank, row) in found.items()}


def find_record(code, request):
    """The CertificateRecord for a canonical code, or None; a fixed number of queries."""
    certification = (
        Certification.objects.select_related("decision__document", "product").filter(verification_code=code).first()
    )
    if certification is None:
        return None
    product = certification.product
    producer = ProducerPage.objects.filter(path=register.producer_path(product.path)).select_related("province").first()
    pages = _live_translations([product, producer], request)
    product_title, product_url = pages.get(product.translation_key, (product.title, None))
    producer_title, producer_url = (
        pages.get(producer.translation_key, (producer.title, None)) if producer is not None else ("", None)
    )
    newer = (
        Certification.objects.for_product(product)
        .filter(register.newer_than_q(certification.decision.issued_on, certification.pk))
        .newest_first()
        .select_related("decision")
        .first()
    )
    return CertificateRecord(
        certification=certification,
        product_title=product_title,
        product_url=product_url,
        producer=producer,
        producer_title=producer_title,
        producer_url=producer_url,
        newer=newer,
    )


def _as_typed(typed):
    """What the visitor typed, to show back in the form: short, without control characters."""
    return "".join(character for character in (typed or "")[:LONGEST_TYPED_CODE] if character.isprintable())


def _not_found(request, typed):
    """The friendly 404: what went wrong, and the form to type the code again."""
    context = {
        "not_found": True,
        "typed": _as_typed(typed),
        "language_urls": language_urls("verification_lookup"),
    }
    return render(request, "catalogue/verification.html", context, status=404)


def lookup(request):
    """/vi/xac-minh/: type the code printed on a stamp (when its QR code cannot be scanned)."""
    typed = request.GET.get("code")
    error = ""
    if typed is not None:
        code = normalise_code(typed)
        if code is not None:
            return redirect("verify_certificate", code=code)
        error = _(
            "A code has %(length)s letters and digits, as printed under the QR code on the stamp. "
            "Check it and type it again."
        ) % {"length": VERIFICATION_CODE_LENGTH}
    context = {
        "typed": _as_typed(typed),
        "error": error,
        "language_urls": language_urls("verification_lookup"),
    }
    return render(request, "catalogue/verification.html", context)


def verify_certificate(request, code):
    """A certificate's public record: what it certifies and whether it holds today."""
    canonical = normalise_code(code)
    if canonical is None:
        return _not_found(request, code)
    if canonical != code:
        return redirect("verify_certificate", code=canonical, permanent=True)
    record = find_record(canonical, request)
    if record is None:
        return _not_found(request, code)
    context = {
        "record": record,
        "certification": record.certification,
        "code_display": grouped_code(canonical),
        "language_urls": language_urls("verify_certificate", code=canonical),
    }
    return render(request, "catalogue/verification.html", context)


def print_stamp(request, code):
    """The certificate's traceability stamp, laid out for A6 paper."""
    canonical = normalise_code(code)
    if canonical is None:
        return _not_found(request, code)
    if canonical != code:
        return redirect("print_stamp", code=canonical, permanent=True)
    record = find_record(canonical, request)
    if record is None:
        return _not_found(request, code)
    url = public_verification_url(canonical, request)
    context = {
        "record": record,
        "certification": record.certification,
        "code_display": grouped_code(canonical),
        "verification_url": url,
        "qr_svg": stamps.qr_svg_inline(url) if record.can_print_stamp else "",
        "language_urls": language_urls("print_stamp", code=canonical),
    }
    # Only a certificate in force gets a stamp; the page still explains why not.
    return render(request, "catalogue/stamp.html", context, status=200 if record.can_print_stamp else 404)


def stamp_image(request, code, image_format):
    """The stamp's QR code alone, as SVG or PNG, for a designer or a label printer."""
    if normalise_code(code) != code or not Certification.objects.filter(verification_code=code).exists():
        raise Http404
    url = public_verification_url(code, request)
    if image_format == "svg":
        response = HttpResponse(stamps.qr_svg(url), content_type="image/svg+xml")
    else:
        response = HttpResponse(stamps.qr_png(url), content_type="image/png")
    response["Content-Disposition"] = f'inline; filename="ocop-{code}.{image_format}"'
    patch_cache_control(response, public=True, max_age=STAMP_IMAGE_MAX_AGE)
    return response


# /vi/xac-minh/… and /en/verify/…: included under i18n_patterns by showcase/urls.py,
# with the "verify/" prefix translated there.
urlpatterns = [
    path("", lookup, name="verification_lookup"),
    path("<str:code>/", verify_certificate, name="verify_certificate"),
    path(
        format_lazy("<str:code>/{stamp}", stamp=pgettext_lazy("URL path", "stamp/")),
        print_stamp,
        name="print_stamp",
    ),
]

# /stamps/<code>.svg and .png: one address in every language, outside i18n_patterns.
stamp_image_urlpatterns = [
    path("<str:code>.svg", stamp_image, {"image_format": "svg"}, name="stamp_image_svg"),
    path("<str:code>.png", stamp_image, {"image_format": "png"}, name="stamp_image_png"),
]
