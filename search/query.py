"""The site search: one query string in, a ranked, faceted, paged list of pages out.

It searches live pages of the visitor's language, of four kinds: products,
producers, display points and news. Query text is normalised by showcase.text
before it reaches the backend, and nothing here knows which backend runs:
search.engines answers, on each, the same four questions (how many results,
how many of each kind, the product facets' counts, one page of ranked ids),
over every match and exactly.

Matching, ranking and the certificate tiers are described in search.engines:
every word of a short query, three quarters of a longer one; relevance by the
backend over boosted fields, exact tone marks first; a product not in force
after the rest, its card saying expired or revoked.

Facets (product group, stars, province) describe the products found and narrow
them; choosing one narrows the results to products. A search loads one page
of results and costs a fixed number of queries whatever the register's size.
"""

import unicodedata
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from catalogue import register
from catalogue.catalogue import CatalogueQuery, FacetOption
from catalogue.models import DisplayPointPage, ProducerPage, ProductPage
from catalogue.models.product import attach_producers
from news.models import NewsPage
from showcase.images import attach_images
from showcase.pagination import paginate
from showcase.routing import view_restrictions_exist
from showcase.text import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    exact_tokens,
    exact_words,
    fold,
    has_marks,
    highlight,
    terms,
    words,
)

from .engines import Wanted, engine_for
from .outage import SearchUnavailable, backend_answers

RESULTS_PER_PAGE = 20
SUGGESTIONS = 8


@dataclass(frozen=True)
class ResultKind:
    key: str
    model: type
    label: str


RESULT_KINDS = (
    ResultKind("product", ProductPage, _("Products")),
    ResultKind("producer", ProducerPage, _("Producers")),
    ResultKind("place", DisplayPointPage, _("Places to buy")),
    ResultKind("news", NewsPage, _("News")),
)
KINDS_BY_KEY = {kind.key: kind for kind in RESULT_KINDS}
KIND_LABELS = {
    "product": _("Product"),
    "producer": _("Producer"),
    "place": _("Place to buy"),
    "news": _("News"),
}


def clean_query(value):
    """The query as a visitor meant it, and what was changed to make it usable.

    Control and other invisible characters go; very long queries are cut to
    MAX_QUERY_LENGTH characters and MAX_QUERY_WORDS words.
    """
    notices = []
    text = "".join(
        " " if unicodedata.category(char).startswith(("C", "Z")) else char
        for char in unicodedata.normalize("NFC", value or "")
    )
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] if " " in text[:MAX_QUERY_LENGTH] else text[:MAX_QUERY_LENGTH]
        notices.append(
            _("Your search was too long, so only its first %(count)s characters were used.")
            % {"count": MAX_QUERY_LENGTH}
        )
    if len(words(text)) > MAX_QUERY_WORDS:
        kept = words(text)[:MAX_QUERY_WORDS]
        text = " ".join(kept)
        notices.append(_("Only the first %(count)s words of your search were used.") % {"count": MAX_QUERY_WORDS})
    return text, notices


def rank(hits, query, language, prefix=False):
    """Order a few suggestions the same way whichever backend found them.

    Titles holding every word of the query come first; then, when the query
    was typed with tone marks, titles holding more of its words exactly as
    typed ("gáo dừa" over "gạo ... dứa"); then titles that start with the
    query; then shorter titles, which say less besides what was asked; then
    the title itself, so that ties never depend on the backend.

    Suggestions are a handful of titles read as the visitor types, so they
    are sorted here, by title shape; the search page's results are ranked by
    the backend (search.engines).
    """
    wanted = terms(query, language)
    wanted_terms = set(wanted)
    exact = exact_words(query) if has_marks(query) else set()

    def has_every_term(title_terms):
        if prefix:  # as the visitor types, the last word may be unfinished
            return all(any(term.startswith(word) for term in title_terms) for word in wanted_terms)
        return wanted_terms <= set(title_terms)

    def key(page):
        title_terms = terms(page.title, language)
        starts = title_terms[: len(wanted)] == wanted or (
            prefix and bool(wanted) and bool(title_terms) and title_terms[0].startswith(wanted[0])
        )
        return (
            not has_every_term(title_terms),
            -len(exact & exact_words(page.title)),
            not starts,
            len(title_terms),
            fold(page.title),
        )

    return sorted(hits, key=key)


def kinds_by_content_type():
    """{content type id: kind key} (no query after the first: Django caches content types)."""
    return {ContentType.objects.get_for_model(kind.model).pk: kind.key for kind in RESULT_KINDS}


def result_kind(page):
    """ "product", "producer", "place" or "news", from the page's content type."""
    try:
        return kinds_by_content_type()[page.content_type_id]
    except KeyError:
        raise ValueError(f"{page!r} is not a kind of page the search returns.") from None


def searchable_pages(locale):
    pages = Page.objects.live().filter(locale=locale).type(*(kind.model for kind in RESULT_KINDS))
    return pages.public() if view_restrictions_exist() else pages


class ProductFacets(CatalogueQuery):
    """The catalogue's group, stars and province facets, over the products a search found.

    The counts come from the search engine (search.engines), over every
    product matched, in catalogue.count_facets' shape.
    """

    FACETS = ("group", "subgroup", "stars", "province")

    # A star rating only counts while its certificate is in force.
    STARS_IN_FORCE_ONLY = True

    def __init__(self, params, locale, query, count_with, has_products):
        self.query = query
        self.count_with = count_with
        self.has_products = has_products
        super().__init__(params, locale)
        self.selected = {key: value for key, value in self.selected.items() if key in self.FACETS}

    @cached_property
    def _facet_counts(self):
        return self.count_with(self._counted_facets())

    def _params(self):
        return {"q": self.query, **self.selected}

    @cached_property
    def facets(self):
        if not self.has_products():
            return []
        facets = (self._group_facet(), self._subgroup_facet(), self._stars_facet(), self._province_facet())
        return [facet for facet in facets if facet and facet.options]

    @property
    def active(self):
        return bool(self.selected)


class RankedResults:
    """The results of a search as Django's paginator reads them: a length, and slices asked of the engine."""

    def __init__(self, engine):
        self.engine = engine

    def __len__(self):
        return self.engine.count() if self.engine else 0

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step is not None:
            raise TypeError("The results are read a page at a time.")
        if self.engine is None:
            return []
        start, stop = index.start or 0, index.stop
        return self.engine.ranked_ids(start, stop if stop is not None else start + RESULTS_PER_PAGE)


class SiteSearch:
    def __init__(self, params, locale):
        self.params = params
        self.locale = locale
        self.language = locale.language_code
        self.query, self.notices = clean_query(params.get("q", ""))
        self.terms = terms(self.query, self.language)
        # True when nothing matched exactly and the results forgive a typo.
        self.forgiving = False
        kind = params.get("type", "")
        self.kind = kind if kind in KINDS_BY_KEY else ""

    # Finding ------------------------------------------------------------

    @cached_property
    def product_facets(self):
        return ProductFacets(
            self.params,
            self.locale,
            self.query,
            count_with=lambda facets: self.engine.facet_counts(facets),
            has_products=lambda: bool(self.kind_counts["product"]),
        )

    def _wanted(self, fuzzy=False):
        filters = self.product_facets.selected
        return Wanted(
            terms=tuple(dict.fromkeys(self.terms)),
            exact=tuple(exact_tokens(self.query)),
            kinds=() if filters or not self.kind else (KINDS_BY_KEY[self.kind].model,),
            product_filters=filters,
            fuzzy=fuzzy,
        )

    def _requested_range(self):
        """The slice of results the requested page shows, so an engine can fetch it with the counts."""
        try:
            number = max(int(self.params.get("page") or 1), 1)
        except ValueError:
            number = 1
        return (number - 1) * RESULTS_PER_PAGE, number * RESULTS_PER_PAGE

    @cached_property
    def engine(self):
        """The search engine answering this search (search.engines), or None when there is nothing to look for."""
        if not self.terms:
            return None
        pages = searchable_pages(self.locale)
        models = [kind.model for kind in RESULT_KINDS]
        today = register.local_today()
        engine = engine_for(pages, models, self._wanted(), today, prefetch=self._requested_range())
        if settings.OCOP_SEARCH_TYPO_TOLERANCE and not any(engine.kind_counts().values()):
            forgiving = engine_for(pages, models, self._wanted(fuzzy=True), today, prefetch=self._requested_range())
            if any(forgiving.kind_counts().values()):
                self.forgiving = True
                return forgiving
        return engine

    @cached_property
    def unavailable(self):
        """True when the search backend cannot answer (search.outage): the page says so and lists nothing.

        The engine's first request answers the counts, the facets and the requested page, so
        asking for them here is what the page would cost anyway.
        """
        try:
            self.kind_counts  # noqa: B018
            self.page  # noqa: B018
        except SearchUnavailable:
            for name in ("engine", "kind_counts", "results", "count", "page", "product_facets"):
                self.__dict__.pop(name, None)
            self.__dict__["engine"] = None
            self.forgiving = False
            return True
        return False

    @cached_property
    def kind_counts(self):
        """{kind: pages matched}, over every match."""
        if self.engine is None:
            return dict.fromkeys(KINDS_BY_KEY, 0)
        by_model = self.engine.kind_counts()
        return {kind.key: by_model[kind.model] for kind in RESULT_KINDS}

    @cached_property
    def results(self):
        """Every result the visitor asked to see, after facets and the kind filter, ranked (read a page at a time)."""
        return RankedResults(self.engine)

    @cached_property
    def count(self):
        return len(self.results)

    # Showing ------------------------------------------------------------

    @cached_property
    def page(self):
        reachable = self.count
        if self.engine is not None and self.engine.max_reachable is not None:
            reachable = min(reachable, self.engine.max_reachable)
        page = paginate(self.results, self.params.get("page"), RESULTS_PER_PAGE, count=reachable)
        page.object_list = self._specific(list(page.object_list))
        return page

    def _specific(self, hits):
        """The results of one page, (id, content type id) pairs, as their page types with what their cards show."""
        by_kind = {}
        for page_id, content_type_id in hits:
            by_kind.setdefault(kinds_by_content_type()[content_type_id], []).append(page_id)
        loaded = {}
        if by_kind.get("product"):
            products = ProductPage.objects.filter(pk__in=by_kind["product"]).listed().for_cards(images=False)
            loaded.update((product.pk, product) for product in attach_producers(products))
        if by_kind.get("producer"):
            producers = (
                ProducerPage.objects.filter(pk__in=by_kind["producer"]).select_related("province").defer_streamfields()
            )
            loaded.update((producer.pk, producer) for producer in producers)
        if by_kind.get("place"):
            points = (
                DisplayPointPage.objects.filter(pk__in=by_kind["place"])
                .defer_streamfields()
                .select_related("province")
                .prefetch_related("opening_hours")
            )
            loaded.update((point.pk, point) for point in points)
        if by_kind.get("news"):
            articles = NewsPage.objects.filter(pk__in=by_kind["news"]).defer_streamfields()
            loaded.update((article.pk, article) for article in articles)
        # Every card's image, whatever its kind, in two queries.
        attach_images(loaded.values(), ("listing_image", "logo", "lead_image"))
        return [
            Result(kinds_by_content_type()[content_type_id], loaded[page_id], tuple(self.terms), self.language)
            for page_id, content_type_id in hits
            if page_id in loaded
        ]

    @cached_property
    def promotions(self):
        """Pages an editor promoted for this query (compared folded: "mat ong" finds "mật ong")."""
        if not self.terms or self.product_facets.active or self.kind:
            return []
        wanted = " ".join(fold(word) for word in words(self.query))
        chosen = []
        for promotion in promoted():
            if " ".join(fold(word) for word in words(promotion.query.query_string)) != wanted:
                continue
            page = promotion.page
            if page is not None:
                page = page.get_translation_or_none(self.locale) if page.locale_id != self.locale.pk else page
                if page is None or not page.live:
                    continue
            chosen.append(
                Promotion(
                    page=page,
                    url=None if page else promotion.external_link_url,
                    title=page.title if page else promotion.external_link_text,
                    description=promotion.description,
                )
            )
        return chosen

    def kind_options(self):
        """The kinds of result ("All", "Products"...) with their counts, as links.

        The template hides them while product filters are on.
        """
        options = [
            FacetOption("", _("All results"), sum(self.kind_counts.values()), not self.kind, self.url(type=None))
        ]
        for kind in RESULT_KINDS:
            options.append(
                FacetOption(
                    kind.key, kind.label, self.kind_counts[kind.key], self.kind == kind.key, self.url(type=kind.key)
                )
            )
        return options

    def url(self, **changes):
        params = {"q": self.query}
        if self.kind:
            params["type"] = self.kind
        params.update(changes)
        return "?" + urlencode({key: value for key, value in params.items() if value})

    def page_url(self, number):
        params = {"q": self.query, **self.product_facets.selected, "page": number}
        if self.kind and not self.product_facets.active:
            params["type"] = self.kind
        return "?" + urlencode(params, doseq=True)

    def summary(self):
        return ngettext("%(count)s result", "%(count)s results", self.count) % {"count": self.count}


@dataclass
class Result:
    kind: str
    page: Page
    terms: tuple = ()
    language: str = ""

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]

    @property
    def snippet(self):
        """The card's summary with the words the visitor searched for highlighted."""
        return highlight(self.page.card_summary, self.terms, self.language)


@dataclass
class Promotion:
    page: Page
    url: str
    title: str
    description: str


PROMOTIONS_CACHE_KEY = "search:promotions"


def promoted():
    """Every search promotion with its query and page, from the cache (an editor's change forgets it)."""
    promotions = cache.get(PROMOTIONS_CACHE_KEY)
    if promotions is None:
        promotions = list(SearchPromotion.objects.select_related("query", "page").order_by("sort_order"))
        cache.set(PROMOTIONS_CACHE_KEY, promotions, None)
    return promotions


def forget_promotions(**kwargs):
    """Connected by search.signals: an editor's change to a promotion, or a page going live or away."""
    cache.delete(PROMOTIONS_CACHE_KEY)


def suggestions(query, locale, limit=SUGGESTIONS):
    """Titles that start with what the visitor has typed so far, folded: "ruou de g" -> "Rượu đế Gò Đen..."."""
    text, _notices = clean_query(query)
    typed = [fold(word) for word in words(text)]
    if not typed:
        return []
    pages = searchable_pages(locale).autocomplete(" ".join(typed), operator="and", order_by_relevance=False)
    try:
        with backend_answers("suggestions"):
            found = list(pages[: limit * 2])
    except SearchUnavailable:
        # The search box goes on working as a plain form; the search page says what happened.
        return []
    return rank(found, text, locale.language_code, prefix=True)[:limit]
