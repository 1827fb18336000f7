"""News from the provincial OCOP office."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from catalogue.models import ProductPage
from catalogue.models.product import attach_producers
from showcase.blocks import BodyStreamBlock
from showcase.collation import vietnamese
from showcase.images import prefetch_images
from showcase.models import BasePage
from showcase.pagination import paginate
from showcase.serializers import PageLinkSerializer

from . import structured_data as schema_org
from .feeds import NewsFeed

NEWS_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    query_parameters = ("tag", "page")
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            .defer_streamfields()
            .prefetch_related("tags", *prefetch_images("listing_image", "lead_image", renditions=None))
            .order_by("-date", "-pk")
        )

    @path("")
    def index(self, request):
        articles = self.articles()
        tag = request.GET.get("tag", "").strip()
        if not tag.isprintable():
            # Control characters (NUL among them, which PostgreSQL refuses) never name a tag.
            tag = ""
        if tag:
            articles = articles.filter(tags__name=tag)
        return self.render(
            request,
            context_overrides={
                "articles": paginate(articles, request.GET.get("page"), NEWS_PER_PAGE),
                "tag": tag,
            },
        )

    @path("rss/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(BasePage):
    date = models.DateField(_("date"))
    author = models.CharField(_("author"), max_length=160, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    related_products = ParentalManyToManyField(
        "catalogue.ProductPage", verbose_name=_("related products"), blank=True, related_name="+"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("related_products"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("date"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date"),
        TranslatableField("author"),
        SynchronizedField("lead_image", overridable=False),
        TranslatableField("body"),
        SynchronizedField("tags"),
        SynchronizedField("related_products"),
    ]

    # The read-only API (/api/v2/pages/?type=news.NewsPage); related products only when live.
    api_fields = [
        APIField("listing_summary"),
        APIField("date"),
        APIField("author"),
        APIField("lead_image"),
        APIField("body"),
        APIField("tags"),
        APIField("products", serializer=PageLinkSerializer(many=True)),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/news_page.html"
    serve_select_related = ("lead_image", "listing_image")
    og_type = "article"
    share_image_fields = ("lead_image", "listing_image")

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def products(self):
        """The related products in this article's locale, certified or not (the article says why)."""
        return (
            ProductPage.objects.live()
            .filter(locale=self.locale, translation_key__in=self.related_products.values("translation_key"))
            .listed()
            .for_cards()
            .order_by(vietnamese("title"))
        )

    def search_text_parts(self):
        return [
            *super().search_text_parts(),
            self.author,
            " ".join(tag.name for tag in self.tags.all()),
            self.streamfield_text("body"),
        ]

    def structured_data(self, request):
        """This page's schema.org JSON-LD (news/structured_data.py)."""
        return schema_org.news_article(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["products"] = attach_producers(self.products())
        return context
