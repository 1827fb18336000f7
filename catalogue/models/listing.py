"""One row per product page with what the catalogue filters, counts and sorts by.

The register's answer to "which certificate is this product's current one,
who makes it, where" takes correlated subqueries over certificates and the
page tree; asked for every product on every catalogue page it makes the
page's cost grow with the register. This table keeps those answers beside
each product page, indexed, so facets are GROUP BY queries on its columns and
a page of products is a LIMIT/OFFSET on one of its indexes.

It keeps facts, not status: the current certificate's decision date,
revocation date and stars. Whether that certificate is in force today is
decided by the query (catalogue.register's cutoffs), so status still changes
at midnight with nothing written.

catalogue.signals refreshes a product's row whenever the register, the page
or its producer changes; refresh_listings() is also what bulk writers call.
tests/catalogue/test_listing.py holds the table to the register.
"""

from django.db import models
from django.db.models import F, OuterRef, Subquery
from wagtail.models import Locale

from showcase.collation import vietnamese

BATCH_SIZE = 1000
LISTED_FIELDS = (
    "locale",
    "live",
    "title",
    "group",
    "subgroup",
    "producer",
    "producer_kind",
    "province",
    "cert_issued_on",
    "cert_revoked_on",
    "cert_stars",
)


class ProductListing(models.Model):
    page = models.OneToOneField(
        "catalogue.ProductPage", primary_key=True, on_delete=models.CASCADE, related_name="listing"
    )
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    live = models.BooleanField()
    title = models.CharField(max_length=255)
    group = models.ForeignKey("catalogue.ProductGroup", null=True, on_delete=models.SET_NULL, related_name="+")
    subgroup = models.ForeignKey("catalogue.ProductGroup", null=True, on_delete=models.SET_NULL, related_name="+")
    producer = models.ForeignKey("catalogue.ProducerPage", null=True, on_delete=models.SET_NULL, related_name="+")
    producer_kind = models.CharField(max_length=20, blank=True)
    province = models.ForeignKey("catalogue.Province", null=True, on_delete=models.SET_NULL, related_name="+")
    cert_issued_on = models.DateField(null=True)
    cert_revoked_on = models.DateField(null=True)
    cert_stars = models.PositiveSmallIntegerField(null=True)

    class Meta:
        # One index per sort order of the catalogue (catalogue.catalogue.SORTS), so that a
        # page of products is read off an index in order, with no sort of every product.
        indexes = [
            models.Index(
                F("locale"),
                F("live"),
                F("cert_issued_on").desc(),
                vietnamese("title"),
                F("page"),
                name="listing_newest",
            ),
            models.Index(F("locale"), F("live"), vietnamese("title"), F("page"), name="listing_by_name"),
            models.Index(
                F("locale"),
                F("live"),
                F("cert_stars").desc(),
                F("cert_issued_on").desc(),
                vietnamese("title"),
                F("page"),
                name="listing_most_stars",
            ),
        ]

    def __str__(self):
        return self.title


def _register_rows(pages):
    """What the register says for each of `pages` (a ProductPage queryset), in one query."""
    from .producer import ProducerPage

    producer = ProducerPage.objects.filter(path=OuterRef("producer_path"))
    return (
        pages.with_current_certification()
        .with_producer()
        .annotate(producer_id=Subquery(producer.values("pk")[:1]))
        .order_by()
        .values(
            "pk",
            "live",
            "title",
            "producer_id",
            "producer_kind",
            "cert_issued_on",
            "cert_revoked_on",
            "cert_stars",
            locale_ref=F("locale_id"),
            group_ref=F("group_id"),
            subgroup_ref=F("subgroup_id"),
            province_ref=F("producer_province_id"),
        )
    )


def listing_rows_from_register(pages):
    """[ProductListing] computed afresh from the register for `pages`, unsaved."""
    return [
        ProductListing(
            page_id=row["pk"],
            locale_id=row["locale_ref"],
            live=row["live"],
            title=row["title"],
            group_id=row["group_ref"],
            subgroup_id=row["subgroup_ref"],
            producer_id=row["producer_id"],
            producer_kind=row["producer_kind"] or "",
            province_id=row["province_ref"],
            cert_issued_on=row["cert_issued_on"],
            cert_revoked_on=row["cert_revoked_on"],
            cert_stars=row["cert_stars"],
        )
        for row in _register_rows(pages)
    ]


def refresh_listings(pages=None):
    """Rewrite the listing rows of `pages` (a ProductPage queryset; every product by default)."""
    from .product import ProductPage

    pages = ProductPage.objects.all() if pages is None else pages
    ids = list(pages.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH_SIZE):
        chunk = ProductPage.objects.filter(pk__in=ids[start : start + BATCH_SIZE])
        ProductListing.objects.bulk_create(
            listing_rows_from_register(chunk),
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=LISTED_FIELDS,
        )
