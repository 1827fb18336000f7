"""What every page of the site shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from showcase.text import exact_tokens, fold, index_text, terms, without_examples, words

from . import moderation, routing


class BasePage(Page):
    """Abstract base for every page type.

    Carries how a page appears when another page lists it (title, image,
    summary), its search configuration and its translation rules.
    """

    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("Shown on cards and lists instead of the page title, if set."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown on cards and in search results."),
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_image"),
                FieldPanel("listing_summary"),
            ],
            heading=_("How this page is listed"),
        ),
        *Page.promote_panels,
    ]

    # The site search reads only the normalised fields below (folded, and
    # stemmed for English: showcase/text.py), so every backend sees the same
    # terms. Page's own fields stay for the admin's search, where editors type
    # titles with their marks.
    #
    # Boosts rank the title above the names of a producer or a place, those
    # above the body, and a product's group labels below its own words. They
    # are also PostgreSQL's weights A-D (modelsearch maps the project's
    # distinct boosts, 10, 4, 2 and 1 with Wagtail's own, onto them in order:
    # tests/search/test_backend_settings.py checks it), and Elasticsearch's
    # field boosts (search/engines.py reads them from here).
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_title", boost=10),
        index.SearchField("search_exact", boost=10),
        index.SearchField("search_names", boost=4),
        index.SearchField("search_body", boost=2),
        index.SearchField("search_groups", boost=1),
        index.AutocompleteField("search_suggest"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_title"),
        TranslatableField("listing_summary"),
        SynchronizedField("listing_image", overridable=False),
    ]

    class Meta:
        abstract = True

    # Review: while a page is in moderation only its reviewers change it (showcase/moderation.py).

    def permissions_for_user(self, user):
        return moderation.ReviewAwarePermissionTester(user, self)

    def save_revision(self, user=None, *args, **kwargs):
        moderation.refuse_if_locked_for_review(self, user)
        return super().save_revision(user, *args, **kwargs)

    # Serving ------------------------------------------------------------

    # Foreign keys the page's template reads, loaded with the page when it is
    # served (showcase.routing.find_page).
    serve_select_related = ()

    # How a shared link to the page shows (showcase/sharing.py): its Open Graph type, and
    # the image fields to take its picture from, the first one set.
    og_type = "website"
    share_image_fields = ("listing_image",)

    # The query string parameters the page reads (?page=2). A request with any
    # other parameter is served afresh, never from or into the page cache
    # (showcase/page_cache.py).
    query_parameters = ()

    def get_view_restrictions(self):
        # No query at all while the site has no private pages (showcase/routing.py).
        if not routing.view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    # Search -------------------------------------------------------------

    # The relations a page type's search text reads (search_text_parts), fetched with the pages being indexed.
    search_select_related = ()

    @classmethod
    def get_indexed_objects(cls):
        # Indexing reads each page's language and its type's relations: selected with the pages,
        # rebuilding the index costs a few queries per chunk of pages, not a few per page.
        return super().get_indexed_objects().select_related("locale", *cls.search_select_related)

    @property
    def search_language(self):
        return self.locale.language_code

    def search_text_parts(self):
        """The text, besides the title, that finds this page; page types add their own."""
        return [self.listing_summary, self.search_description]

    def search_name_parts(self):
        """Names of the producer or the place this page belongs to, which find it more than its body does."""
        return []

    def search_group_parts(self):
        """Labels of the groups the page is filed under, which find it less than its own words."""
        return []

    def streamfield_text(self, field_name):
        """The words of a StreamField, as its blocks expose them for search."""
        field = self._meta.get_field(field_name)
        return " ".join(field.get_searchable_content(getattr(self, field_name)))

    def search_title(self):
        return index_text(f"{self.title} {self.listing_title}", self.search_language)

    def search_body(self):
        return index_text(" ".join(filter(None, self.search_text_parts())), self.search_language)

    def search_names(self):
        return index_text(" ".join(filter(None, self.search_name_parts())), self.search_language)

    def search_groups(self):
        # A sub-group's list of examples is not the product's text (showcase/text.py without_examples).
        labels = (without_examples(label) for label in self.search_group_parts() if label)
        return index_text(" ".join(labels), self.search_language)

    def search_exact(self):
        """The title's words as written, marks kept (showcase/text.py exact_token): exact spellings rank first."""
        return " ".join(exact_tokens(f"{self.title} {self.listing_title}"))

    def search_suggest(self):
        """The title folded, for suggestions as the visitor types: unstemmed, then any stems that differ.

        On SQLite this is also the one column that holds the title's terms
        alone, which lets its ranking put the title above the body
        (search/engines.py).
        """
        folded = [fold(word) for word in words(self.title)]
        stems = terms(self.title, self.search_language)
        return " ".join(dict.fromkeys([*folded, *stems]))

    # Listings -----------------------------------------------------------

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description


class RateLimitCounter(models.Model):
    """How many requests a client made in one window of a rate limit (showcase/ratelimit.py).

    Used when Django's cache cannot increment atomically (the file cache that
    production uses without Redis): the database adds one in a single
    statement, so concurrent workers never lose a count.
    """

    key = models.CharField(max_length=200, primary_key=True)
    hits = models.PositiveIntegerField(default=0)
    # When the window ends, in seconds since the epoch; ended rows are deleted.
    window_ends = models.BigIntegerField(db_index=True)

    def __str__(self):
        return f"{self.key}: {self.hits}"
