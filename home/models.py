"""The home page and the plain content pages (about, how certification works)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from catalogue.figures import headline_figures
from catalogue.models import DisplayPointPage, ProductPage
from catalogue.models.product import attach_producers
from news.models import NewsPage
from showcase import routing
from showcase.blocks import BodyStreamBlock
from showcase.collation import vietnamese
from showcase.images import CARD_RENDITIONS, attach_images
from showcase.models import BasePage
from showcase.sharing import OG_IMAGE_SPEC

# The hero's sizes (home/home_page.html): the renditions the page asks for.
HERO_RENDITIONS = tuple(
    f"fill-{size}|format-{fmt}" for size in ("640x480", "1200x900") for fmt in ("avif", "webp", "jpeg")
)


class HomePage(BasePage):
    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        help_text=_("What OCOP is, in two lines."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        InlinePanel("featured_products", heading=_("Featured products"), label=_("Product"), max_num=8),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        SynchronizedField("hero_image", overridable=False),
        SynchronizedField("featured_products"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "catalogue.ProductIndexPage",
        "catalogue.ProducerIndexPage",
        "catalogue.DisplayPointIndexPage",
        "news.NewsIndexPage",
        "reports.StatisticsPage",
        "opendata.OpenDataPage",
        "home.StandardPage",
    ]
    max_count_per_parent = 1
    template = "home/home_page.html"
    share_image_fields = ("hero_image", "listing_image")

    def route(self, request, path_components):
        # Two queries for any page of the site instead of two per level (showcase/routing.py).
        if path_components:
            page = routing.find_page(self, path_components)
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    class Meta:
        verbose_name = _("home page")

    def featured(self):
        """The featured products, in this locale, certified ones only, in the editor's order."""
        keys = [row.product.translation_key for row in self.featured_products.select_related("product")]
        products = (
            ProductPage.objects.live()
            .filter(locale=self.locale, translation_key__in=keys)
            .listed()
            .certified()
            .for_cards(images=False)
        )
        by_key = {product.translation_key: product for product in attach_producers(products)}
        return [by_key[key] for key in keys if key in by_key]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Certified products by stars, their producers and provinces: one query.
        figures = headline_figures(self.locale)
        context["headline_figures"] = figures
        context["star_counts"] = list(figures["stars"].items())
        context["certified_total"] = figures["products"]
        context["featured_products"] = self.featured()
        context["latest_news"] = list(
            NewsPage.objects.live().filter(locale=self.locale).defer_streamfields().order_by("-date", "-pk")[:3]
        )
        context["display_points"] = list(
            DisplayPointPage.objects.live()
            .filter(locale=self.locale)
            .defer_streamfields()
            .select_related("province")
            .prefetch_related("opening_hours")
            .order_by(vietnamese("title"))[:4]
        )
        # Every card's image and the hero's, in two queries for the whole page.
        attach_images(
            [self, *context["featured_products"], *context["latest_news"], *context["display_points"]],
            ("hero_image", "listing_image", "lead_image"),
            # The hero is also the picture of a shared link to the home page (showcase/sharing.py).
            renditions=(*CARD_RENDITIONS, *HERO_RENDITIONS, OG_IMAGE_SPEC),
        )
        return context


class HomePageFeaturedProduct(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_products")
    product = models.ForeignKey(
        "catalogue.ProductPage", verbose_name=_("product"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("product", "catalogue.ProductPage")]
    translatable_fields = [SynchronizedField("product")]


class StandardPage(BasePage):
    """About the programme, how certification works, open data: plain content."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "home/standard_page.html"
    # Linked from every page's footer (showcase_tags.footer_links), beside the menu's sections.
    listed_in_footer = True

    class Meta:
        verbose_name = _("standard page")
