"""The home page and the plain content pages (about, how certification works)."""

from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from showcase.blocks import BodyStreamBlock
from showcase.images import prefetch_images
from showcase.models import BasePage


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
        "home.StandardPage",
    ]
    max_count_per_parent = 1
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def star_counts(self):
        """Certified products of this locale by stars: [(3, n), (4, n), (5, n)]."""
        from catalogue.models import ProductPage

        rows = (
            ProductPage.objects.live()
            .filter(locale=self.locale)
            .with_current_certification()
            .certified()
            .order_by()
            .values("cert_stars")
            .annotate(n=Count("pk"))
        )
        counts = {row["cert_stars"]: row["n"] for row in rows}
        return [(stars, counts.get(stars, 0)) for stars in (3, 4, 5)]

    def featured(self):
        """The featured products, in this locale, certified ones only, in the editor's order."""
        from catalogue.models import ProductPage
        from catalogue.models.product import attach_producers

        keys = [row.product.translation_key for row in self.featured_products.select_related("product")]
        products = (
            ProductPage.objects.live()
            .filter(locale=self.locale, translation_key__in=keys)
            .with_current_certification()
            .certified()
            .for_cards()
        )
        by_key = {product.translation_key: product for product in attach_producers(products)}
        return [by_key[key] for key in keys if key in by_key]

    def get_context(self, request, *args, **kwargs):
        from catalogue.models import DisplayPointPage
        from news.models import NewsPage
        from reports.figures import headline_figures

        context = super().get_context(request, *args, **kwargs)
        # Certified products, their producers and provinces, linked to the statistics page: one query.
        context["headline_figures"] = headline_figures(self.locale)
        star_counts = self.star_counts()
        context["star_counts"] = star_counts
        context["certified_total"] = sum(n for _stars, n in star_counts)
        context["featured_products"] = self.featured()
        context["latest_news"] = (
            NewsPage.objects.live()
            .filter(locale=self.locale)
            .prefetch_related(*prefetch_images("listing_image", "lead_image"))
            .order_by("-date", "-pk")[:3]
        )
        context["display_points"] = (
            DisplayPointPage.objects.live()
            .filter(locale=self.locale)
            .select_related("province")
            .prefetch_related("opening_hours", *prefetch_images("listing_image"))
            .order_by("title")[:4]
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

    class Meta:
        verbose_name = _("standard page")
