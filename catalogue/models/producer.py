"""Producers (chủ thể OCOP) and the index that lists them."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from catalogue import register
from catalogue import structured_data as schema_org
from catalogue.serializers import ForBuyersField, StandardsField
from showcase.blocks import BodyStreamBlock
from showcase.collation import vietnamese
from showcase.images import attach_images, prefetch_images
from showcase.models import BasePage
from showcase.pagination import paginate
from showcase.serializers import PageLinkSerializer, TaxonomyField

from .orderables import AbstractGalleryImage, AbstractLink


class ProducerKind(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    ENTERPRISE = "enterprise", _("Enterprise")
    HOUSEHOLD = "household", _("Household business")
    COOPERATIVE_GROUP = "cooperative_group", _("Cooperative group")


class SalesChannelKind(models.TextChoices):
    SUPERMARKET = "supermarket", _("Supermarket")
    ECOMMERCE = "ecommerce", _("Online shop")
    SHOP = "shop", _("Shop")
    OTHER = "other", _("Other")


class ProducerIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["catalogue.ProducerPage"]
    max_count_per_parent = 1
    template = "catalogue/producer_index_page.html"
    query_parameters = ("kind", "page")

    class Meta:
        verbose_name = _("producer index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        producers = (
            ProducerPage.objects.live()
            .child_of(self)
            .defer_streamfields()
            .select_related("province")
            .prefetch_related(*prefetch_images("listing_image", "logo"))
            .order_by(vietnamese("title"))
        )
        kind = request.GET.get("kind")
        if kind in ProducerKind.values:
            producers = producers.filter(kind=kind)
            context["selected_kind"] = kind
        context["kinds"] = ProducerKind.choices
        context["producers"] = paginate(producers, request.GET.get("page"), 24)
        return context


class ProducerPage(BasePage):
    kind = models.CharField(_("kind"), max_length=20, choices=ProducerKind.choices)
    story = StreamField(BodyStreamBlock(), verbose_name=_("story"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    province = models.ForeignKey(
        "catalogue.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="producers",
        help_text=_("The province of the address, as it was when recorded."),
    )
    address = models.CharField(_("address"), max_length=255, help_text=_("As written, with the names of its time."))
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    women_led = models.BooleanField(_("led by women"), default=False)
    ethnic_minority = models.BooleanField(_("ethnic-minority producer"), default=False)
    craft_village = models.CharField(
        _("craft village"),
        max_length=160,
        blank=True,
        help_text=_("The làng nghề the producer belongs to, if any."),
    )
    vietgap = models.BooleanField(_("VietGAP raw-material area"), default=False)
    organic = models.BooleanField(_("organic raw-material area"), default=False)
    # For buyers (distributors, supermarkets, importers): the standards held beside
    # VietGAP and organic above, what can be supplied and whom to ask.
    # The standards' own names, the same in every language.
    haccp = models.BooleanField("HACCP", default=False)
    iso_22000 = models.BooleanField("ISO 22000", default=False)
    monthly_capacity = models.CharField(
        _("monthly capacity"),
        max_length=255,
        blank=True,
        help_text=_("What can be supplied in a month, e.g. 2,000 bottles of 500 ml."),
    )
    minimum_order = models.CharField(
        _("minimum order"), max_length=255, blank=True, help_text=_("e.g. 50 boxes per order.")
    )
    export_markets = models.CharField(
        _("export markets"), max_length=255, blank=True, help_text=_("Countries already supplied, e.g. Japan, Korea.")
    )
    trade_contact_name = models.CharField(_("trade contact"), max_length=120, blank=True)
    trade_contact_phone = models.CharField(_("trade contact's phone"), max_length=40, blank=True)
    trade_contact_email = models.EmailField(_("trade contact's email"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("story"),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
        MultiFieldPanel(
            [
                FieldPanel("province"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contacts"),
        ),
        InlinePanel("sales_channels", heading=_("Where to buy"), label=_("Sales channel")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("women_led"), FieldPanel("ethnic_minority")]),
                FieldPanel("craft_village"),
            ],
            heading=_("About the producer"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("vietgap"), FieldPanel("organic")]),
                FieldRowPanel([FieldPanel("haccp"), FieldPanel("iso_22000")]),
            ],
            heading=_("Standards held"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("monthly_capacity"),
                FieldPanel("minimum_order"),
                FieldPanel("export_markets"),
                FieldRowPanel(
                    [
                        FieldPanel("trade_contact_name"),
                        FieldPanel("trade_contact_phone"),
                        FieldPanel("trade_contact_email"),
                    ]
                ),
            ],
            heading=_("For buyers"),
            help_text=_("Shown in the “For buyers” section of the producer page, only where filled."),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.FilterField("kind"),
        index.FilterField("province"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("kind"),
        TranslatableField("story"),
        SynchronizedField("logo", overridable=False),
        TranslatableField("photos"),
        SynchronizedField("province"),
        TranslatableField("address"),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("website", overridable=False),
        TranslatableField("sales_channels"),
        SynchronizedField("women_led"),
        SynchronizedField("ethnic_minority"),
        TranslatableField("craft_village"),
        SynchronizedField("vietgap"),
        SynchronizedField("organic"),
        SynchronizedField("haccp"),
        SynchronizedField("iso_22000"),
        TranslatableField("monthly_capacity"),
        TranslatableField("minimum_order"),
        TranslatableField("export_markets"),
        SynchronizedField("trade_contact_name", overridable=False),
        SynchronizedField("trade_contact_phone", overridable=False),
        SynchronizedField("trade_contact_email", overridable=False),
    ]

    # The read-only API (/api/v2/pages/?type=catalogue.ProducerPage). Contacts are
    # published on the page itself; only live certified products are listed.
    api_fields = [
        APIField("listing_summary"),
        APIField("listing_image"),
        APIField("kind"),
        APIField("logo"),
        APIField("story"),
        APIField("photos"),
        APIField("province", serializer=TaxonomyField()),
        APIField("address"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("phone"),
        APIField("email"),
        APIField("website"),
        APIField("sales_channels"),
        APIField("women_led"),
        APIField("ethnic_minority"),
        APIField("craft_village"),
        APIField("vietgap"),
        APIField("organic"),
        APIField("standards", serializer=StandardsField()),
        APIField("for_buyers", serializer=ForBuyersField()),
        APIField("certified_products", serializer=PageLinkSerializer(many=True)),
    ]

    parent_page_types = ["catalogue.ProducerIndexPage"]
    subpage_types = ["catalogue.ProductPage"]
    template = "catalogue/producer_page.html"
    serve_select_related = ("province", "logo", "listing_image")
    share_image_fields = ("listing_image", "logo")

    class Meta:
        verbose_name = _("producer")
        verbose_name_plural = _("producers")

    search_select_related = ("province",)

    def search_text_parts(self):
        return [
            *super().search_text_parts(),
            self.get_kind_display(),
            self.address,
            self.streamfield_text("story"),
        ]

    def search_name_parts(self):
        return [self.province.name if self.province_id else "", self.craft_village]

    def products(self):
        from .product import ProductPage

        return ProductPage.objects.live().filter(register.products_of_q(self.path))

    def certified_products(self):
        """Live products of this producer whose certificate is in force, best first."""
        return self.products().listed().certified().for_cards().order_by("-cert_stars", vietnamese("title"))

    def display_points(self):
        """Display points where any of this producer's products is sold, in this page's locale."""
        from .display_point import DisplayPointPage
        from .product import ProductPage

        sold_at_keys = ProductPage.sold_at.through.objects.filter(
            productpage__translation_key__in=self.products().values("translation_key")
        ).values("displaypointpage__translation_key")
        return (
            DisplayPointPage.objects.live()
            .filter(locale=self.locale, translation_key__in=sold_at_keys)
            .defer_streamfields()
        )

    @property
    def standards(self):
        """The standards the producer holds, as (key, label) pairs, in a fixed order."""
        held = (
            (self.vietgap, "vietgap", _("VietGAP")),
            (self.haccp, "haccp", "HACCP"),
            (self.iso_22000, "iso_22000", "ISO 22000"),
            (self.organic, "organic", _("Organic")),
        )
        return [(key, label) for is_held, key, label in held if is_held]

    @property
    def for_buyers(self):
        """What a buyer needs, as (key, label, value) rows where filled; [] when nothing is."""
        rows = []
        standards = ", ".join(str(label) for _key, label in self.standards)
        for key, label, value in (
            ("standards", _("Standards held"), standards),
            ("monthly_capacity", _("Monthly capacity"), self.monthly_capacity),
            ("minimum_order", _("Minimum order"), self.minimum_order),
            ("export_markets", _("Export markets"), self.export_markets),
        ):
            if value:
                rows.append((key, label, value))
        return rows

    @property
    def has_trade_contact(self):
        return bool(self.trade_contact_name or self.trade_contact_phone or self.trade_contact_email)

    @property
    def badges(self):
        """The distinctions a visitor looks for, as (key, label) pairs."""
        badges = []
        if self.women_led:
            badges.append(("women-led", _("Led by women")))
        if self.ethnic_minority:
            badges.append(("ethnic-minority", _("Ethnic-minority producer")))
        if self.craft_village:
            badges.append(("craft-village", _("Craft village: %(name)s") % {"name": self.craft_village}))
        if self.vietgap:
            badges.append(("vietgap", _("VietGAP")))
        if self.organic:
            badges.append(("organic", _("Organic")))
        return badges

    @cached_property
    def gallery(self):
        """The photos with their images; read before the page renders, their renditions come with its own."""
        return list(self.photos.select_related("image"))

    def structured_data(self, request):
        """This page's schema.org JSON-LD (catalogue/structured_data.py)."""
        return schema_org.producer(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        products = self.products().listed().certified().for_cards(images=False)
        context["certified_products"] = list(products.order_by("-cert_stars", vietnamese("title")))
        context["display_points"] = list(
            self.display_points()
            .select_related("province")
            .prefetch_related("opening_hours")
            .order_by(vietnamese("title"))
        )
        context["photos"] = self.gallery
        # The cards' images, products and display points together, in two queries.
        attach_images([*context["certified_products"], *context["display_points"]], ("listing_image",))
        return context


class ProducerPhoto(AbstractGalleryImage):
    page = ParentalKey(ProducerPage, on_delete=models.CASCADE, related_name="photos")

    api_fields = [APIField("image"), APIField("alt_text"), APIField("caption")]


class ProducerSalesChannel(AbstractLink):
    page = ParentalKey(ProducerPage, on_delete=models.CASCADE, related_name="sales_channels")
    kind = models.CharField(
        _("kind"), max_length=20, choices=SalesChannelKind.choices, default=SalesChannelKind.ECOMMERCE
    )

    panels = [FieldPanel("kind"), *AbstractLink.panels]
    translatable_fields = [*AbstractLink.translatable_fields, SynchronizedField("kind")]
    api_fields = [APIField("kind"), APIField("name"), APIField("url")]
