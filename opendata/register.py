"""The register of certifications as open data: one row per public certificate ever issued.

Every certificate of a published product is a row, whatever its status (valid,
expiring, expired or revoked, computed for today in the site's time zone as
everywhere else), so a reuser can follow a product's history. Only public
records belong here: while the product page a certificate names is not live
and public (a draft an import created, an unpublished page, a page under a
view restriction), none of its certificates is listed, in any language; they
appear with their permanent certification_id once the page is published. Names and page URLs come in the
language asked for; a product not translated into it keeps its Vietnamese name
and page. The whole register is read in a fixed number of queries however many
rows it has.
"""

from django.conf import settings
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from catalogue import register
from catalogue.models import Certification, ProducerPage, ProductGroup, ProductPage, Province
from showcase import routing

# Column names are part of the data's interface: reusers' scripts depend on
# them, so they are stable English snake_case and never translated.
COLUMNS = [
    ("certification_id", _("The certificate’s number in this register. It never changes and is never reused.")),
    ("product", _("The product’s name in the chosen language (in Vietnamese if it is not translated yet).")),
    ("producer", _("The cooperative, enterprise or household business that makes the product.")),
    ("province", _("The province of the producer’s address, with the name it had when it was recorded.")),
    ("product_group", _("One of the six OCOP product groups.")),
    ("stars", _("3, 4 or 5 stars.")),
    ("score", _("The evaluation score out of 100: 3 stars 50-69, 4 stars 70-89, 5 stars 90-100.")),
    ("decision_number", _("The number of the certification decision, as written on it.")),
    ("decision_date", _("The date of the decision (YYYY-MM-DD).")),
    ("decision_kind", _("“new” for a newly recognised product, “again” for one recognised again.")),
    ("issuing_body", _("Who issued the decision, with the name it had at the time.")),
    ("valid_until", _("The last day the certificate is valid: 36 months after the decision date.")),
    (
        "status",
        _(
            "On the day of the download: “valid”, “expiring” (fewer than 90 days left), “expired” "
            "or “revoked”. Only valid and expiring products count as certified."
        ),
    ),
    ("revoked_on", _("The date the revocation takes effect, if the certificate has been revoked.")),
    ("revocation_reason", _("Why the certificate was revoked.")),
    ("product_url", _("The product’s page on this site.")),
    ("score_a", _("Part A of the score, production and community (at most 40), where recorded; else empty.")),
    ("score_b", _("Part B of the score, marketing and story (at most 25), where recorded; else empty.")),
    ("score_c", _("Part C of the score, quality (at most 35), where recorded; else empty.")),
]
COLUMN_NAMES = [name for name, _description in COLUMNS]


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def register_rows(request, language_code, today=None):
    """[{column: value}] for every public certificate, oldest decision first; dates as date objects."""
    today = today or register.local_today()
    locales = {locale.language_code: locale.pk for locale in Locale.objects.all()}
    wanted = locales.get(language_code)
    default = locales.get(settings.LANGUAGE_CODE)

    certifications = list(
        public_certifications()
        .select_related("decision", "product")
        .order_by("decision__issued_on", "decision__number", "pk")
    )
    pages = _product_pages([wanted, default])
    by_key = {(page.translation_key, page.locale_id): page for page in pages}
    by_pk = {page.pk: page for page in pages}
    group_names = _names_in(ProductGroup, wanted)
    province_names = _names_in(Province, wanted)

    rows = []
    for certification in certifications:
        key = certification.product.translation_key
        candidates = [by_key.get((key, wanted)), by_key.get((key, default)), by_pk.get(certification.product_id)]
        # The page in the language asked for, then in Vietnamese, then the one the certificate names
        # (None only if it was unpublished between the two queries).
        page = next((page for page in candidates if page is not None), None)
        if page is None:
            continue
        decision = certification.decision
        rows.append(
            {
                "certification_id": certification.pk,
                "product": page.title,
                "producer": page.producer_title or "",
                "province": province_names.get(page.producer_province_id, ""),
                "product_group": group_names.get(page.group_id, ""),
                "stars": certification.stars,
                "score": certification.score,
                "decision_number": decision.number,
                "decision_date": decision.issued_on,
                "decision_kind": decision.kind,
                "issuing_body": decision.issuer_for(language_code),
                "valid_until": register.valid_until(decision.issued_on),
                "status": str(register.certificate_status(decision.issued_on, certification.revoked_on, today)),
                "revoked_on": certification.revoked_on,
                "revocation_reason": certification.revocation_reason_for(language_code),
                "product_url": _absolute_url(page, request),
                "score_a": certification.score_a,
                "score_b": certification.score_b,
                "score_c": certification.score_c,
            }
        )
    return rows


def public_product_pages():
    pages = ProductPage.objects.live()
    # No query for the restrictions while the site has none (showcase/routing.py).
    return pages.public() if routing.view_restrictions_exist() else pages


def public_certifications():
    """The certificates whose product page is live and public: the register's rows."""
    return Certification.objects.filter(product_id__in=public_product_pages().values("pk"))


def _product_pages(locale_ids):
    """The live, public pages of certified products in the given locales and those the certificates name."""
    certified = public_certifications().values("product__translation_key")
    producer = ProducerPage.objects.filter(path=OuterRef("producer_path"))
    return list(
        public_product_pages()
        .filter(
            Q(translation_key__in=certified, locale_id__in=[pk for pk in locale_ids if pk])
            | Q(pk__in=public_certifications().values("product_id"))
        )
        .with_producer()
        .annotate(producer_title=Subquery(producer.values("title")[:1]))
        .only("pk", "title", "live", "url_path", "translation_key", "locale_id", "group_id", "path", "depth")
    )


def _names_in(model, locale_id):
    """{pk: name} of every row of a taxonomy, in the locale where translated, else its own name."""
    rows = list(model.objects.values_list("pk", "translation_key", "locale_id", "name"))
    translated = {key: name for _pk, key, row_locale, name in rows if row_locale == locale_id}
    return {pk: translated.get(key, name) for pk, key, _locale, name in rows}


def _absolute_url(page, request):
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""
