"""Products: the catalogue index and the product pages under their producers."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from catalogue import register
from catalogue import structured_data as schema_org
from catalogue.forms import ProductPageForm
from catalogue.panels import CertificationHistoryPanel
from catalogue.register import CertificateStatus
from catalogue.serializers import CertificateSerializer
from showcase.admin_widgets import SearchableCheckboxSelectMultiple
from showcase.blocks import BodyStreamBlock
from showcase.collation import vietnamese
from showcase.images import prefetch_images
from showcase.models import BasePage
from showcase.serializers import PageLinkSerializer, TaxonomyField

from .certification import Certification
from .listing import ProductListing
from .orderables import AbstractGalleryImage, AbstractLink


class ProductPageQuerySet(PageQuerySet):
    def with_current_certification(self):
        """Annotate each product with its newest certificate (cert_* attributes).

        Certificates are found by translation_key so the English product shows
        exactly what the Vietnamese one does. One correlated subquery per
        column keeps the listing to a single SQL query whatever its length.
        """
        newest = register.newest_certificates_of(OuterRef("translation_key"))

        def newest_value(field):
            return Subquery(newest.values(field)[:1])

        return self.annotate(
            cert_issued_on=newest_value("decision__issued_on"),
            cert_stars=newest_value("stars"),
            cert_revoked_on=newest_value("revoked_on"),
        )

    def listed(self):
        """Annotate what with_current_certification() and the producer give, read off each product's listing row.

        The listing row (catalogue.models.listing) holds the register's answers
        for the product, kept in step with it: one join instead of a correlated
        subquery per column. Listings of cards use it; the listing row itself
        is computed with with_current_certification().
        """
        return self.annotate(
            cert_issued_on=F("listing__cert_issued_on"),
            cert_stars=F("listing__cert_stars"),
            cert_revoked_on=F("listing__cert_revoked_on"),
            listed_producer_id=F("listing__producer_id"),
        )

    def certified(self, today=None):
        """Products whose newest certificate is valid or expiring (needs with_current_certification or listed)."""
        return self.filter(register.in_force_q(**register.CURRENT_CERTIFICATE_FIELDS, today=today))

    def with_producer(self):
        """Annotate producer_path, producer_kind and producer_province_id from the parent page.

        Products always sit directly under their producer (register.producer_path).
        """
        from .producer import ProducerPage

        products = self.annotate(producer_path=register.producer_path_expression())
        producer = ProducerPage.objects.filter(path=OuterRef("producer_path"))
        return products.annotate(
            producer_kind=Subquery(producer.values("kind")[:1]),
            producer_province_id=Subquery(producer.values("province_id")[:1]),
        )

    def for_cards(self, images=True):
        """Everything a product card shows, in a fixed number of queries (call attach_producers after).

        Reads the listing row (listed()) unless the current certificate was annotated already.
        images=False leaves the listing images to showcase.images.attach_images,
        for pages that load several listings' images at once.
        """
        products = self if "cert_issued_on" in self.query.annotations else self.listed()
        if "listed_producer_id" not in products.query.annotations and "producer_path" not in products.query.annotations:
            products = products.with_producer()
        # A card shows no StreamField: neither read nor decoded.
        products = products.select_related("group").defer_streamfields()
        return products.prefetch_related(*prefetch_images("listing_image")) if images else products


ProductPageManager = PageManager.from_queryset(ProductPageQuerySet)


def attach_producers(products):
    """Set each product's `producer` from one query; products come from for_cards(), listed() or with_producer()."""
    from .producer import ProducerPage

    products = list(products)
    if all(hasattr(product, "listed_producer_id") for product in products):
        wanted = {product.listed_producer_id for product in products} - {None}
        producers = ProducerPage.objects.filter(pk__in=wanted).select_related("province").defer_streamfields()
        by_pk = {producer.pk: producer for producer in producers}
        for product in products:
            product.__dict__["producer"] = by_pk.get(product.listed_producer_id)
        return products
    producers = (
        ProducerPage.objects.filter(path__in={p.producer_path for p in products})
        .select_related("province")
        .defer_streamfields()
    )
    by_path = {producer.path: producer for producer in producers}
    for product in products:
        product.__dict__["producer"] = by_path.get(product.producer_path)
    return products


class ProductIndexPage(BasePage):
    """The catalogue: every certified product of the locale, filtered and paged."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "catalogue/product_index_page.html"

    class Meta:
        verbose_name = _("product catalogue")

    @property
    def query_parameters(self):
        from catalogue.catalogue import QUERY_PARAMS

        return QUERY_PARAMS

    def get_context(self, request, *args, **kwargs):
        from catalogue.catalogue import CatalogueQuery

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = CatalogueQuery(request.GET, locale=self.locale)
        return context


class ProductPage(BasePage):
    group = models.ForeignKey(
        "catalogue.ProductGroup",
        verbose_name=_("product group"),
        on_delete=models.PROTECT,
        related_name="products",
        limit_choices_to={"parent__isnull": True},
    )
    subgroup = models.ForeignKey(
        "catalogue.ProductGroup",
        verbose_name=_("sub-group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subgroup_products",
        limit_choices_to={"parent__isnull": False},
    )
    description = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    packaging = models.CharField(
        _("packaging and sizes"), max_length=255, blank=True, help_text=_("e.g. 500 ml glass bottle; gift box of 2")
    )
    price_min = models.PositiveIntegerField(_("lowest price (VND)"), null=True, blank=True)
    price_max = models.PositiveIntegerField(_("highest price (VND)"), null=True, blank=True)
    sold_at = ParentalManyToManyField(
        "catalogue.DisplayPointPage",
        verbose_name=_("display and sales points"),
        blank=True,
        related_name="products_sold",
    )

    objects = ProductPageManager()
    base_form_class = ProductPageForm

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("group"), FieldPanel("subgroup")]),
        FieldPanel("description"),
        InlinePanel("gallery_images", heading=_("Gallery"), label=_("Photo")),
        MultiFieldPanel(
            [
                FieldPanel("packaging"),
                FieldRowPanel([FieldPanel("price_min"), FieldPanel("price_max")]),
            ],
            heading=_("Packaging and price"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sold_at", widget=SearchableCheckboxSelectMultiple),
                InlinePanel("online_channels", label=_("Online shop")),
            ],
            heading=_("Where to buy"),
        ),
        CertificationHistoryPanel(heading=_("OCOP certificates")),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.FilterField("group"),
        index.FilterField("subgroup"),
        index.FilterField("listed_group_id", type="IntegerField"),
        index.FilterField("listed_subgroup_id", type="IntegerField"),
        index.FilterField("listed_province_id", type="IntegerField"),
        index.FilterField("listed_stars", type="IntegerField"),
        index.FilterField("listed_issued_on", type="DateField"),
        index.FilterField("listed_revoked_on", type="DateField"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("group"),
        SynchronizedField("subgroup"),
        TranslatableField("description"),
        TranslatableField("gallery_images"),
        TranslatableField("packaging"),
        SynchronizedField("price_min", overridable=False),
        SynchronizedField("price_max", overridable=False),
        SynchronizedField("sold_at"),
        TranslatableField("online_channels"),
    ]

    # The read-only API (/api/v2/pages/?type=catalogue.ProductPage): the page's
    # public content, its certificates and the live display points selling it.
    api_fields = [
        APIField("listing_summary"),
        APIField("listing_image"),
        APIField("group", serializer=TaxonomyField()),
        APIField("subgroup", serializer=TaxonomyField()),
        APIField("description"),
        APIField("gallery_images"),
        APIField("packaging"),
        APIField("price_min"),
        APIField("price_max"),
        APIField("online_channels"),
        APIField("current_certification", serializer=CertificateSerializer()),
        APIField("certification_history", serializer=CertificateSerializer(many=True)),
        APIField("where_to_buy", serializer=PageLinkSerializer(many=True)),
    ]

    parent_page_types = ["catalogue.ProducerPage"]
    subpage_types = []
    template = "catalogue/product_page.html"
    serve_select_related = ("group", "subgroup", "listing_image")
    og_type = "product"
    share_image_fields = ("listing_image", "gallery")

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")

    def clean(self):
        super().clean()
        # Compared by translation key: a translation may point at the same group in another locale.
        if self.subgroup_id and self.group_id and self.subgroup.parent.translation_key != self.group.translation_key:
            raise ValidationError({"subgroup": _("Choose a sub-group of the product group.")})
        if self.price_min and self.price_max and self.price_min > self.price_max:
            raise ValidationError({"price_max": _("The highest price cannot be below the lowest.")})

    search_select_related = ("group", "subgroup")

    @classmethod
    def get_indexed_objects(cls):
        from .producer import ProducerPage

        # The producer's name, which the search text includes, read with the product (its parent page).
        producer = ProducerPage.objects.filter(path=OuterRef("producer_path"))
        return (
            super()
            .get_indexed_objects()
            .select_related("listing")
            .annotate(producer_path=register.producer_path_expression())
            .annotate(indexed_producer_title=Subquery(producer.values("title")[:1]))
        )

    def search_text_parts(self):
        return [
            *super().search_text_parts(),
            self.packaging,
            self.streamfield_text("description"),
        ]

    def search_name_parts(self):
        if hasattr(self, "indexed_producer_title"):  # read with the page by get_indexed_objects()
            return [self.indexed_producer_title or ""]
        producer = self.producer
        return [producer.title if producer else ""]

    def search_group_parts(self):
        return [
            self.group.name if self.group_id else "",
            self.subgroup.name if self.subgroup_id else "",
        ]

    # What the search filters, counts and ranks by, from the product's listing
    # row (catalogue.models.listing); search/signals.py reindexes the product
    # when the row changes.

    @cached_property
    def search_listing(self):
        if not self.pk:
            return None
        try:
            return self.listing  # read with the page by get_indexed_objects()
        except ProductListing.DoesNotExist:
            return None

    def _listed(self, column):
        return getattr(self.search_listing, column) if self.search_listing else None

    def listed_group_id(self):
        return self._listed("group_id")

    def listed_subgroup_id(self):
        return self._listed("subgroup_id")

    def listed_province_id(self):
        return self._listed("province_id")

    def listed_stars(self):
        return self._listed("cert_stars")

    def listed_issued_on(self):
        return self._listed("cert_issued_on")

    def listed_revoked_on(self):
        return self._listed("cert_revoked_on")

    @cached_property
    def producer(self):
        from .producer import ProducerPage

        # Products sit directly under their producer: one query, not two.
        return ProducerPage.objects.select_related("province").filter(path=register.producer_path(self.path)).first()

    @cached_property
    def certification_history(self):
        """Every certificate of this product, newest first."""
        return list(Certification.objects.for_product(self).newest_first().select_related("decision"))

    @property
    def current_certification(self):
        return register.current_certificate(self.certification_history)

    @property
    def current_stars(self):
        if hasattr(self, "cert_stars"):
            return self.cert_stars
        certification = self.current_certification
        return certification.stars if certification else None

    @property
    def current_status(self):
        """valid / expiring / expired / revoked, or None for a product never certified."""
        if hasattr(self, "cert_issued_on"):
            if self.cert_issued_on is None:
                return None
            return register.certificate_status(self.cert_issued_on, self.cert_revoked_on)
        certification = self.current_certification
        return certification.status if certification else None

    @property
    def is_certified(self):
        status = self.current_status
        return status is not None and CertificateStatus(status).is_certified

    def where_to_buy(self):
        """The display points selling this product, in this page's locale where translated."""
        from .display_point import DisplayPointPage

        # values_list, not values: a page restored from a revision holds sold_at in memory,
        # where values() gives dicts rather than a subquery.
        return (
            DisplayPointPage.objects.live()
            .filter(locale=self.locale, translation_key__in=self.sold_at.values_list("translation_key", flat=True))
            .select_related("province")
            .order_by(vietnamese("title"))
        )

    def pages_listing_this(self):
        """Pages beside the tree above it that show this product (showcase/frontend_cache.py purges them)."""
        return [*ProductIndexPage.objects.live().filter(locale=self.locale), *self.where_to_buy()]

    def structured_data(self, request):
        """This page's schema.org JSON-LD (catalogue/structured_data.py)."""
        return schema_org.product(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["producer"] = self.producer
        context["certification"] = self.current_certification
        context["display_points"] = self.where_to_buy()
        context["gallery"] = self.gallery
        return context

    @cached_property
    def gallery(self):
        return list(self.gallery_images.select_related("image"))


class ProductGalleryImage(AbstractGalleryImage):
    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="gallery_images")

    api_fields = [APIField("image"), APIField("alt_text"), APIField("caption")]


class ProductOnlineChannel(AbstractLink):
    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="online_channels")

    api_fields = [APIField("name"), APIField("url")]
