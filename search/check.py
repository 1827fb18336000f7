"""Check an OCOP product without its stamp: /vi/kiem-tra/?q=… and /en/check/?q=…

A buyer holding a product with no stamp, or a stamp that cannot be scanned,
types what they have: the decision number printed on the label ("5077/QĐ-UBND",
also typed "5077/qd-ubnd" or just "5077"), the verification code printed under
a stamp's QR code, or the product's or producer's name, with or without tone
marks. The answer is one line per certificate found, saying in words whether it
holds today (catalogue.register computes the status; the wording is the shared
components/certificate_status.html), with the stars, the decision, the
valid-until date and a link to the certificate's public record.

What is typed is tried, in this order, as a verification code, as a decision
number and as a name; the first that finds something answers. Each look-up is
an indexed query (the code, the decision's number keys, the search index)
bounded to MAX_MATCHES lines, so a check costs the same number of queries
however large the register grows. Like the search, it is rate-limited per
client, never cached and never indexed by search engines.
"""

import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from catalogue import register
from catalogue.models import Certification, ProducerPage, ProductListing, ProductPage
from catalogue.models.certification import decision_number_key, decision_number_serial
from catalogue.verification import _live_translations, normalise_code, verification_path
from showcase import languages
from showcase.routing import view_restrictions_exist
from showcase.text import MAX_QUERY_LENGTH, terms

from .outage import SearchUnavailable, backend_answers
from .query import clean_query, rank

# Lines shown at most: a decision rarely certifies more products than this.
MAX_MATCHES = 50
# Products and producers a name may match before the list is cut.
MAX_NAME_HITS = 20
# A decision number starts with its serial number: "5077/QĐ-UBND".
LOOKS_LIKE_NUMBER = re.compile(r"^\s*\d")


@dataclass
class Match:
    """One line of the answer: a product and its certificate (None: no certificate on record)."""

    certification: Certification | None
    product_title: str
    product_url: str | None
    producer_title: str

    @property
    def status(self):
        return self.certification.status if self.certification else ""

    @property
    def record_url(self):
        return verification_path(self.certification.verification_code) if self.certification else None


class ProductCheck:
    """What a visitor typed, what it was read as, and the certificates it finds."""

    def __init__(self, params, request):
        self.request = request
        self.locale = Locale.get_active()
        raw = params.get("q")
        self.asked = raw is not None
        self.too_long = raw is not None and len(raw) > MAX_QUERY_LENGTH
        self.query, _notices = clean_query("" if self.too_long else (raw or ""))
        self.found_by = ""
        self.truncated = False
        # True when a search by name was needed and the search backend could not answer.
        self.names_unavailable = False

    @property
    def error(self):
        if self.too_long:
            return _(
                "What you typed is longer than %(count)s characters. Type a decision number, "
                "the code under the QR code or a product's name."
            ) % {"count": MAX_QUERY_LENGTH}
        if self.asked and not terms(self.query, self.locale.language_code):
            return _("Type a decision number, the code under the QR code or a product's name, with letters or digits.")
        return ""

    @cached_property
    def matches(self):
        if self.error or not self.query:
            return []
        for found_by, finder in (("code", self._by_code), ("decision", self._by_decision), ("name", self._by_name)):
            certifications = finder()
            if certifications:
                self.found_by = found_by
                return self._lines(certifications)
        return []

    # Finding ------------------------------------------------------------

    def _certifications(self):
        return Certification.objects.select_related("decision", "product")

    def _by_code(self):
        code = normalise_code(self.query)
        if code is None:
            return []
        return list(self._certifications().filter(verification_code=code))

    def _by_decision(self):
        if not LOOKS_LIKE_NUMBER.match(self.query):
            return []
        key = decision_number_key(self.query)
        if key.isdigit():
            decisions = {"decision__number_serial": decision_number_serial(self.query)}
        else:
            decisions = {"decision__number_key": key}
        found = list(
            self._certifications()
            .filter(**decisions)
            .order_by("-decision__issued_on", "decision__number", "product__title", "pk")[: MAX_MATCHES + 1]
        )
        self.truncated = len(found) > MAX_MATCHES
        return found[:MAX_MATCHES]

    def _by_name(self):
        """Products whose name matches, and the products of producers whose name matches, folded."""
        wanted = terms(self.query, self.locale.language_code)
        if not wanted:
            return []
        pages = Page.objects.live().filter(locale=self.locale).type(ProductPage, ProducerPage)
        if view_restrictions_exist():
            pages = pages.public()
        matching = pages.search(" ".join(wanted), operator="and", order_by_relevance=False)
        try:
            with backend_answers("product check"):
                found = list(matching[: MAX_NAME_HITS + 1])
        except SearchUnavailable:
            # Codes and decision numbers are looked up in the database and still work.
            self.names_unavailable = True
            return []
        hits = rank(
            found,
            self.query,
            self.locale.language_code,
        )
        self.truncated = len(hits) > MAX_NAME_HITS
        hits = hits[:MAX_NAME_HITS]
        product_type = ContentType.objects.get_for_model(ProductPage).pk
        product_ids = [hit.pk for hit in hits if hit.content_type_id == product_type]
        producer_ids = [hit.pk for hit in hits if hit.content_type_id != product_type]
        if producer_ids:
            # A producer found stands for its products (their listing rows name it).
            more = ProductListing.objects.filter(producer_id__in=producer_ids, live=True, locale=self.locale)
            product_ids += [pk for pk in more.values_list("page_id", flat=True)[:MAX_MATCHES] if pk not in product_ids]
        products = list(ProductPage.objects.filter(pk__in=product_ids[:MAX_MATCHES]).with_producer())
        order = {pk: position for position, pk in enumerate(product_ids)}
        products.sort(key=lambda product: order[product.pk])
        current = {
            certification.product.translation_key: certification
            for certification in register.current_certificates()
            .filter(product__translation_key__in=[product.translation_key for product in products])
            .select_related("decision", "product")
        }
        # A product without a certificate is a line too: "no OCOP certificate on record".
        return [current.get(product.translation_key) or product for product in products]

    # Showing ------------------------------------------------------------

    def _lines(self, found):
        """[Match] for certificates (or products without one), named in the visitor's language."""
        products = [item.product if isinstance(item, Certification) else item for item in found]
        producer_paths = {register.producer_path(product.path) for product in products}
        producers = {producer.path: producer for producer in ProducerPage.objects.filter(path__in=producer_paths)}
        pages = _live_translations([*products, *producers.values()], self.request)
        lines = []
        for item, product in zip(found, products, strict=True):
            producer = producers.get(register.producer_path(product.path))
            product_title, product_url = pages.get(product.translation_key, (product.title, None))
            producer_title = pages.get(producer.translation_key, (producer.title, None))[0] if producer else ""
            lines.append(
                Match(
                    certification=item if isinstance(item, Certification) else None,
                    product_title=product_title,
                    product_url=product_url,
                    producer_title=producer_title,
                )
            )
        return lines

    @property
    def summary(self):
        count = len(self.matches)
        if self.found_by == "code":
            return _("The certificate with this verification code:")
        if self.found_by == "decision":
            return translation.ngettext(
                "%(count)s certificate of a decision numbered “%(query)s”:",
                "%(count)s certificates of decisions numbered “%(query)s”:",
                count,
            ) % {"count": count, "query": self.query}
        return translation.ngettext(
            "%(count)s product matching “%(query)s”:",
            "%(count)s products matching “%(query)s”:",
            count,
        ) % {"count": count, "query": self.query}


def language_urls(query):
    """The check page in every language, with the same query."""
    return languages.language_urls("check_product", {"q": query} if query else None)
