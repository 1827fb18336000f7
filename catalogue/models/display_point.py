"""Display and sales points (điểm trưng bày, giới thiệu và bán sản phẩm OCOP)."""

from django.conf import settings
from django.db import models
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from catalogue import structured_data as schema_org
from catalogue.facilities import FacilitiesField, Facility, as_list, having
from catalogue.opening_hours import Interval, is_open_now
from showcase.blocks import BodyStreamBlock
from showcase.collation import vietnamese, vietnamese_sort_key
from showcase.images import prefetch_images
from showcase.models import BasePage
from showcase.pagination import paginate
from showcase.serializers import PageLinkSerializer, TaxonomyField

from .orderables import AbstractGalleryImage


class DisplayPointKind(models.TextChoices):
    REST_STOP = "rest_stop", _("Highway rest stop")
    STATION = "station", _("Station")
    AIRPORT = "airport", _("Airport")
    MARKET = "market", _("Market")
    MALL = "mall", _("Shopping centre")
    TOURIST_SITE = "tourist_site", _("Tourist site")
    CRAFT_VILLAGE = "craft_village", _("Craft village")
    POST_OFFICE = "post_office", _("Post office")
    FAIR = "fair", _("Fair")
    SHOP = "shop", _("OCOP shop")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class DisplayPointIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["catalogue.DisplayPointPage"]
    max_count_per_parent = 1
    template = "catalogue/display_point_index_page.html"

    class Meta:
        verbose_name = _("display point index")

    # ?facility=parking&facility=toilets: only the points that have them all.
    query_parameters = ("facility",)

    def display_points(self, facilities=()):
        return (
            DisplayPointPage.objects.live()
            .child_of(self)
            .defer_streamfields()
            .filter(having(facilities))
            .select_related("province")
            .prefetch_related("opening_hours", *prefetch_images("listing_image"))
            .order_by(vietnamese("title"))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Unknown values are ignored, not an error: the list simply is not narrowed by them.
        chosen = as_list(request.GET.getlist("facility"))
        context["chosen_facilities"] = chosen
        context["facility_options"] = [(value, label, value in chosen) for value, label in Facility.choices]
        context["display_points"] = self.display_points(chosen)
        return context


class DisplayPointPage(BasePage):
    kind = models.CharField(_("kind"), max_length=20, choices=DisplayPointKind.choices)
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    province = models.ForeignKey(
        "catalogue.Province", verbose_name=_("province"), on_delete=models.PROTECT, related_name="display_points"
    )
    address = models.CharField(_("address"), max_length=255)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    opening_hours_note = models.CharField(
        _("note on opening hours"), max_length=255, blank=True, help_text=_("e.g. Open on public holidays.")
    )
    facilities = FacilitiesField(_("facilities"), help_text=_("What a traveller finds there."))
    directions = models.CharField(
        _("how to get there"),
        max_length=300,
        blank=True,
        help_text=_("e.g. At km 45 of National Highway 62, on the right heading to Tân An."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("body"),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
        MultiFieldPanel(
            [
                FieldPanel("province"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("phone"),
                FieldPanel("directions"),
            ],
            heading=_("Where it is"),
        ),
        FieldPanel("facilities"),
        MultiFieldPanel(
            [
                InlinePanel("opening_hours", label=_("Opening hours")),
                FieldPanel("opening_hours_note"),
            ],
            heading=_("Opening hours"),
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
        TranslatableField("body"),
        TranslatableField("photos"),
        SynchronizedField("province"),
        TranslatableField("address"),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("opening_hours"),
        TranslatableField("opening_hours_note"),
        SynchronizedField("facilities", overridable=False),
        TranslatableField("directions"),
    ]

    # The read-only API (/api/v2/pages/?type=catalogue.DisplayPointPage).
    api_fields = [
        APIField("listing_summary"),
        APIField("listing_image"),
        APIField("kind"),
        APIField("body"),
        APIField("photos"),
        APIField("province", serializer=TaxonomyField()),
        APIField("address"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("phone"),
        APIField("opening_hours"),
        APIField("opening_hours_note"),
        APIField("facilities", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("directions"),
        APIField("products", serializer=PageLinkSerializer(many=True)),
    ]

    parent_page_types = ["catalogue.DisplayPointIndexPage"]
    subpage_types = []
    template = "catalogue/display_point_page.html"
    serve_select_related = ("province", "listing_image")

    # A rest stop can sell hundreds of products: they are paged.
    query_parameters = ("page",)

    class Meta:
        verbose_name = _("display point")
        verbose_name_plural = _("display points")

    search_select_related = ("province",)

    def search_text_parts(self):
        return [
            *super().search_text_parts(),
            self.get_kind_display(),
            self.address,
            self.directions,
            self.streamfield_text("body"),
        ]

    def search_name_parts(self):
        return [self.province.name if self.province_id else ""]

    def facility_list(self):
        """[(value, label)] of the facilities here, in a fixed order."""
        labels = dict(Facility.choices)
        return [(value, labels[value]) for value in as_list(self.facilities)]

    @cached_property
    def intervals(self):
        return [row.interval for row in self.opening_hours.all()]

    @property
    def is_open_now(self):
        return is_open_now(self.intervals)

    def weekly_hours(self):
        """Seven (weekday label, [formatted intervals]) rows, Monday first; empty means closed."""
        days = []
        for weekday in Weekday:
            spans = [
                interval.label
                for interval in sorted(self.intervals, key=lambda i: i.opens)
                if interval.weekday == weekday
            ]
            days.append((weekday.label, spans))
        return days

    def products(self):
        """Live products of this page's locale sold here."""
        from .product import ProductPage

        sold_here = ProductPage.sold_at.through.objects.filter(
            displaypointpage__translation_key=self.translation_key
        ).values("productpage__translation_key")
        return ProductPage.objects.live().filter(locale=self.locale, translation_key__in=sold_here)

    def producers(self):
        """The producers whose products are sold here."""
        from .producer import ProducerPage

        producer_paths = self.products().with_producer().values("producer_path")
        return ProducerPage.objects.live().filter(path__in=producer_paths).order_by(vietnamese("title"))

    def _keys_sold_here(self):
        from .product import ProductPage

        return ProductPage.sold_at.through.objects.filter(
            displaypointpage__translation_key=self.translation_key
        ).values("productpage__translation_key")

    def listings_sold_here(self):
        """The listing rows (catalogue.models.listing) of the certified products sold here, in this locale."""
        from catalogue.catalogue import listed_products

        return listed_products(self.locale).filter(page__translation_key__in=self._keys_sold_here())

    # A rest stop can sell the products of hundreds of producers: the page names the first few.
    PRODUCERS_SHOWN = 12

    def main_producers(self):
        """(The producers of the most certified products sold here, by name; the others' number; all products).

        One GROUP BY over the listing rows counts every producer's products;
        their sum is the number of products the page lists.
        """
        from .producer import ProducerPage

        counts = list(self.listings_sold_here().order_by().values_list("producer_id").annotate(products=Count("pk")))
        total = sum(products for _producer, products in counts)
        counts = sorted((row for row in counts if row[0] is not None), key=lambda row: (-row[1], row[0]))
        shown = [producer_id for producer_id, _products in counts[: self.PRODUCERS_SHOWN]]
        producers = sorted(
            ProducerPage.objects.live().filter(pk__in=shown).defer_streamfields(),
            key=lambda page: vietnamese_sort_key(page.title),
        )
        return producers, len(counts) - len(shown), total

    def structured_data(self, request):
        """This page's schema.org JSON-LD (catalogue/structured_data.py)."""
        return schema_org.display_point(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from catalogue.catalogue import products_for_cards

        context["producers"], context["other_producers"], total = self.main_producers()
        # The products are paged like the catalogue, read off the listing rows in Vietnamese order.
        ids = self.listings_sold_here().order_by(vietnamese("title"), "page_id").values_list("page_id", flat=True)
        page = paginate(ids, request.GET.get("page"), settings.OCOP_PRODUCTS_PER_PAGE, count=total)
        page.object_list = products_for_cards(list(page.object_list))
        context["products"] = page
        context["photos"] = self.gallery
        return context

    @cached_property
    def gallery(self):
        """The photos with their images; read before the page renders, their renditions come with its own."""
        return list(self.photos.select_related("image"))


class OpeningHours(Orderable):
    page = ParentalKey(DisplayPointPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(
        _("closes"), help_text=_("Earlier than the opening time means after midnight; the same time means all day.")
    )

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]
    translatable_fields = [
        SynchronizedField("weekday"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
    ]
    api_fields = [APIField("weekday"), APIField("opens"), APIField("closes")]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    @property
    def interval(self):
        return Interval(self.weekday, self.opens, self.closes)

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"


class DisplayPointPhoto(AbstractGalleryImage):
    page = ParentalKey(DisplayPointPage, on_delete=models.CASCADE, related_name="photos")

    api_fields = [APIField("image"), APIField("alt_text"), APIField("caption")]
