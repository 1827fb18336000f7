"""The site search on each backend, behind one small interface.

search.query asks an engine four things about one search: how many pages
match, how many of each kind, the product facets' counts, and the ids of one
page of results, ranked. Every engine answers them over the whole match set,
exactly, without reading the matches into Python: what a search costs does
not grow with the register.

The same rules on every backend:

- Matching: the query's terms (folded, and stemmed for English: showcase.text)
  combined with OR and a minimum that should match: every term of a one- or
  two-word query, three quarters (rounded down) of a longer one, as
  Elasticsearch's minimum_should_match "2<75%". A missing word lowers a page
  instead of losing it.
- Ranking: products whose current certificate is not in force (expired,
  revoked, never certified) come after every other result; within each tier
  the backend's relevance decides, then the page id, so ties never depend on
  the backend's mood. Relevance weighs the title above a producer's or a
  place's names, those above the body, and a product's group labels below its
  own words (the boosts on showcase.models.BasePage.search_fields). When the
  query was typed with tone marks, its words as written (the search_exact
  field's tokens, showcase.text.exact_token) count too, so "gáo dừa" ranks
  "Gáo dừa mỹ nghệ" above "Gạo thơm lá dứa".
- Facets count the matched products' listing rows (catalogue.catalogue), a
  star rating only while its certificate is in force.

What each backend does:

- Elasticsearch: BM25 over the boosted fields in one cross_fields
  multi_match, a should clause on the exact-spelling field, a script sort on
  the certificate's tier, and the kinds and facets as aggregations of the
  same request (track_total_hits, so counts are exact).
- PostgreSQL: Wagtail's (modelsearch's) index vectors, whose weights A-D come
  from the boosts; the filter is a tsquery of every allowed combination of
  terms, the rank one ts_rank over all the terms and exact tokens.
- SQLite, the embedded default, ranks more simply: FTS5's bm25() over its
  columns, the title's terms (the autocomplete column) weighted above the
  rest, which is one body column where producer names, body and group labels
  weigh the same. Its matching, tiers, counts and facets are the same as the
  others'.

The database engines count and facet with SQL over the matched ids as a
subquery; Elasticsearch answers everything from one request (two when the
requested page lies beyond the last). The words found are marked in the
result cards' summaries by showcase.text.highlight, the same way on every
backend (Elasticsearch's own highlighter would mark its folded fields' text,
not the summary a card shows).
"""

import datetime
import itertools
import math
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Case, CharField, Count, Exists, F, FloatField, Func, IntegerField, OuterRef, Value, When
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from catalogue import register
from catalogue.catalogue import count_facets, counts_from_rows, filter_listings
from catalogue.models import ProductListing, ProductPage
from catalogue.models.taxonomy import cached_taxonomy

from .outage import backend_answers

EXACT_FIELD = "search_exact"
# The fields the site search reads, each with its boost from the models.
TEXT_FIELDS = ("search_title", "search_names", "search_body", "search_groups")
# ProductPage's filter fields (from its listing row) for each facet.
FACET_FIELDS = {
    "group": "listed_group_id",
    "subgroup": "listed_subgroup_id",
    "province": "listed_province_id",
    "stars": "listed_stars",
}


_backends = {}


def search_backend():
    """The default search backend, built once per process for each configuration.

    get_search_backend() builds a new backend on every call; an Elasticsearch
    backend builds a new client with it, so each search would set up its
    client and open a new connection to the node. The client is thread-safe
    and the database backends hold no state, so one of each is kept. The key
    is the setting itself, so a test that overrides it gets its own.
    """
    key = repr(settings.WAGTAILSEARCH_BACKENDS.get("default"))
    if key not in _backends:
        _backends[key] = get_search_backend()
    return _backends[key]


def minimum_should_match(count):
    """How many of `count` terms a page must hold: all of one or two, three quarters of more ("2<75%")."""
    return count if count <= 2 else math.floor(0.75 * count)


@dataclass(frozen=True)
class Wanted:
    """What one search looks for and how its results are narrowed."""

    terms: tuple  # folded (and stemmed) query terms, each once
    exact: tuple = ()  # exact-spelling tokens of the words typed with marks
    kinds: tuple = ()  # the page models results are limited to (every kind when empty)
    product_filters: dict = field(default_factory=dict)  # {facet: value}, as CatalogueQuery.selected
    fuzzy: bool = False  # forgive typing mistakes (where the backend can)

    @property
    def required(self):
        return minimum_should_match(len(self.terms))

    def combinations(self):
        """Every set of `required` terms: a page holding all the terms of any one of them matches."""
        return itertools.combinations(self.terms, self.required)


class Engine(ABC):
    """One search over `pages` (a Page queryset of the searched kinds), answered by one backend."""

    # How far into the results pages can reach (None: to the end).
    max_reachable = None

    def __init__(self, pages, kind_models, wanted, today):
        self.pages = pages
        self.kind_models = kind_models
        self.wanted = wanted
        self.today = today

    @abstractmethod
    def count(self):
        """Results shown: the matches narrowed by the kind or the product filters."""

    @abstractmethod
    def kind_counts(self):
        """{page model: matches} over every match, whatever kind or filter is chosen."""

    @abstractmethod
    def facet_counts(self, facets):
        """{facet: Counter(value: products)} over the matched products, as catalogue.count_facets gives."""

    @abstractmethod
    def ranked_ids(self, start, stop):
        """[(page id, content type id)] of results start to stop, best first."""


class DatabaseEngine(Engine):
    """Counts and facets in SQL over `matches()`, a queryset with a `page_id` and a `content_type` per match."""

    @abstractmethod
    def matches(self):
        """The matches as a queryset, one row per page, with `page_id`, `content_type`, `score` and `tier`."""

    @cached_property
    def _matches(self):
        # Built once: the counts, the facets and the page of results each derive their query from it.
        return self.matches()

    @cached_property
    def content_types(self):
        return {model: ContentType.objects.get_for_model(model).pk for model in self.kind_models}

    def lapsed_tier(self, page_id="pk"):
        """0 for a product in force and any other page, 1 for a product whose certificate is not in force."""
        listing = ProductListing.objects.filter(page_id=OuterRef(page_id))
        in_force = register.in_force_q(**register.CURRENT_CERTIFICATE_FIELDS, today=self.today)
        return Case(
            When(Exists(listing.filter(in_force)), then=Value(0)),
            When(Exists(listing), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )

    def chosen_product_ids(self):
        """Subquery: ids of the products the selected facets keep."""
        listings = filter_listings(
            ProductListing.objects.all(), self.wanted.product_filters, stars_in_force_only=True, today=self.today
        )
        return listings.values("page_id")

    def shown(self):
        matches = self._matches
        if self.wanted.product_filters:
            matches = matches.filter(page_id__in=self.chosen_product_ids())
        elif self.wanted.kinds:
            matches = matches.filter(content_type__in=[self.content_types[model] for model in self.wanted.kinds])
        return matches

    def count(self):
        if not self.wanted.product_filters:
            counts = self.kind_counts()
            return sum(counts[model] for model in (self.wanted.kinds or self.kind_models))
        return self.shown().count()

    @cached_property
    def _kind_counts(self):
        by_type = dict(self._matches.order_by().values_list("content_type").annotate(n=Count("page_id")))
        return {model: by_type.get(pk, 0) for model, pk in self.content_types.items()}

    def kind_counts(self):
        return self._kind_counts

    def facet_counts(self, facets):
        listings = ProductListing.objects.filter(page_id__in=self._matches.values("page_id"))
        return count_facets(listings, self.wanted.product_filters, facets, stars_in_force_only=True, today=self.today)

    def ranked_ids(self, start, stop):
        return list(self.shown().order_by(*self.order)[start:stop].values_list("page_id", "content_type"))


class PostgresEngine(DatabaseEngine):
    """modelsearch's PostgreSQL index: its title and body vectors, its weights, one ts_rank."""

    order = ("tier", "-score", "page_id")

    @cached_property
    def backend(self):
        return search_backend()

    def _tsquery(self, text):
        return SearchQuery(text, search_type="raw", config=self.backend.config or "simple")

    def matches(self):
        compiler = self.backend.query_compiler_class(self.pages, " ".join(self.wanted.terms))
        title, body = (vector for vector, _norm in compiler.get_index_vectors(None))
        vector = title._combine(body, "||", False)
        # Terms and tokens are letters and digits only (showcase.text.words), so quoting them is enough.
        quoted = [f"'{term}'" for term in self.wanted.terms]
        allowed = " | ".join(
            "(" + " & ".join(f"'{term}'" for term in combination) + ")" for combination in self.wanted.combinations()
        )
        ranked = " | ".join([*quoted, *(f"'{token}'" for token in self.wanted.exact)])
        return (
            self.pages.annotate(_vector_=vector)
            .filter(_vector_=self._tsquery(allowed))
            .annotate(
                page_id=F("pk"),
                # Normalisation 1 divides by 1 + the log of the document's length, as BM25 favours
                # a short page that is about the words over a long one that mentions them.
                score=SearchRank(
                    F("_vector_"), self._tsquery(ranked), weights=compiler.sql_weights, normalization=Value(1)
                ),
                tier=self.lapsed_tier(),
            )
        )


class WeightedBM25(Func):
    """FTS5's bm25() with a weight per column of modelsearch's table (autocomplete, body, title)."""

    output_field = FloatField()

    def __init__(self, table, autocomplete, body, title):
        self.table = table
        super().__init__(Value(autocomplete), Value(body), Value(title))

    def as_sql(self, compiler, connection, **extra):
        args, params = zip(*(compiler.compile(expression) for expression in self.source_expressions), strict=True)
        return f"bm25({self.table}, {', '.join(args)})", [param for group in params for param in group]


class SQLiteEngine(DatabaseEngine):
    """modelsearch's FTS5 table, queried from its side: one MATCH, no full-text search per candidate row."""

    # bm25() is lower for better matches.
    order = ("tier", "score", "page_id")
    # The autocomplete column holds the title's terms alone (BasePage.search_suggest); the
    # title column holds the title as typed, for the admin, which the site search does not read.
    COLUMNS = ("autocomplete", "body")
    WEIGHTS = {"autocomplete": 4.0, "body": 1.0, "title": 0.0}

    def _match_string(self):
        # Terms and tokens are letters and digits only (showcase.text.words), so quoting them is enough.
        allowed = " OR ".join(
            "(" + " AND ".join(f'"{term}"' for term in combination) + ")" for combination in self.wanted.combinations()
        )
        # Always true where `allowed` is; it puts every term and exact token into bm25()'s sum once.
        ranked = " OR ".join(f'"{token}"' for token in (*self.wanted.terms, *self.wanted.exact))
        return f"({allowed}) AND ({ranked})"

    def matches(self):
        from modelsearch.backends.database.sqlite.query import MatchExpression
        from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

        page_ids = self.pages.annotate(object_id=Cast("pk", CharField())).values("object_id")
        match = MatchExpression(list(self.COLUMNS), Value(self._match_string()))
        table = SQLiteFTSIndexEntry._meta.db_table
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type_id__in=list(self.content_types.values()),
                index_entry__object_id__in=page_ids,
            )
            .annotate(
                page_id=Cast("index_entry__object_id", IntegerField()),
                content_type=F("index_entry__content_type_id"),
                score=WeightedBM25(table, **self.WEIGHTS),
            )
            .annotate(tier=self.lapsed_tier("page_id"))
        )


class ElasticsearchEngine(Engine):
    """One search request: BM25 over boosted fields, tiers by script, kinds and facets by aggregation."""

    # Scores the certificate's tier from the product's indexed listing dates (dates as epoch milliseconds).
    TIER_SCRIPT = """
        if (!doc['_django_content_type'].contains(params.product)) { return 0; }
        if (doc[params.revoked].size() > 0
            && doc[params.revoked].value.toInstant().toEpochMilli() <= params.today) { return 1; }
        if (doc[params.issued].size() == 0
            || doc[params.issued].value.toInstant().toEpochMilli() < params.cutoff) { return 1; }
        return 0;
    """

    # Elasticsearch's index.max_result_window: from + size beyond it is refused. Counts stay
    # exact; only the pages past the 10,000th result cannot be opened.
    max_reachable = 10_000

    def __init__(self, *args, prefetch=(0, 20), **kwargs):
        super().__init__(*args, **kwargs)
        self.prefetch = prefetch if prefetch[1] <= self.max_reachable else (0, prefetch[1] - prefetch[0])
        self._responses = {}

    @cached_property
    def backend(self):
        return search_backend()

    def _mapping(self, model):
        return self.backend.mapping_class(model)

    def _column(self, model, name):
        for search_field in model.get_search_fields():
            if search_field.field_name == name:
                return self._mapping(model).get_field_column_name(search_field), getattr(search_field, "boost", None)
        raise LookupError(f"{model.__name__} has no search field {name!r}.")

    def _fields(self, names):
        fields = []
        for model in self.kind_models:
            for name in names:
                column, boost = self._column(model, name)
                fields.append(f"{column}^{boost}" if boost else column)
        return list(dict.fromkeys(fields))

    def _product(self, facet):
        return self._column(ProductPage, FACET_FIELDS.get(facet, facet))[0]

    @staticmethod
    def _millis(day):
        """A date as Elasticsearch holds it: milliseconds since 1970-01-01 (UTC midnight)."""
        return (day - datetime.date(1970, 1, 1)).days * 86_400_000

    def _in_force(self):
        cutoff = register.earliest_valid_decision_date(self.today)
        return {
            "bool": {
                "filter": [{"range": {self._product("listed_issued_on"): {"gte": cutoff.isoformat()}}}],
                "must_not": [{"range": {self._product("listed_revoked_on"): {"lte": self.today.isoformat()}}}],
            }
        }

    def _content_type(self, model):
        return self._mapping(model).get_content_type()

    def _query(self):
        text = " ".join(self.wanted.terms)
        # Wagtail's compiler turns the page queryset (live, locale, kinds) into Elasticsearch filters.
        compiler = self.backend.query_compiler_class(self.pages, PlainText(text))
        if self.wanted.fuzzy:
            must = {
                "multi_match": {
                    "query": text,
                    "fields": self._fields(TEXT_FIELDS),
                    "fuzziness": "AUTO",
                    "operator": "and",
                }
            }
        else:
            must = {
                "multi_match": {
                    "query": text,
                    "type": "cross_fields",
                    "fields": self._fields(TEXT_FIELDS),
                    "operator": "or",
                    "minimum_should_match": "2<75%",
                }
            }
        should = []
        if self.wanted.exact:
            exact = " ".join(self.wanted.exact)
            should.append({"multi_match": {"query": exact, "fields": self._fields([EXACT_FIELD])}})
        return {"bool": {"must": must, "should": should, "filter": compiler.get_filters()}}

    def _selected_filter(self, facet, value):
        taxonomy = cached_taxonomy()
        if facet in ("group", "subgroup"):
            ids = [group.pk for group in taxonomy.groups if group.slug == value]
        elif facet == "province":
            ids = sorted(register.covered_province_ids(value, taxonomy.provinces))
        elif facet == "stars":
            stars = {"terms": {self._product("stars"): [int(stars) for stars in value]}}
            return {"bool": {"filter": [stars, self._in_force()]}}
        else:
            raise ValueError(f"The search has no facet {facet!r}.")
        return {"terms": {self._product(facet): ids}}

    def _product_filter(self, selected):
        return {
            "bool": {
                "filter": [
                    {"term": {"_django_content_type": self._content_type(ProductPage)}},
                    *(self._selected_filter(facet, value) for facet, value in selected.items()),
                ]
            }
        }

    def _post_filter(self):
        if self.wanted.product_filters:
            return self._product_filter(self.wanted.product_filters)
        if self.wanted.kinds:
            return {"terms": {"_django_content_type": [self._content_type(model) for model in self.wanted.kinds]}}
        return None

    def _aggregations(self):
        aggs = {
            "kinds": {
                "terms": {
                    "field": "_django_content_type",
                    "include": [self._content_type(model) for model in self.kind_models],
                    "size": len(self.kind_models),
                }
            }
        }
        for facet in FACET_FIELDS:
            others = {key: value for key, value in self.wanted.product_filters.items() if key != facet}
            rows = self._product_filter(others)
            if facet == "stars":
                rows["bool"]["filter"].append(self._in_force())
            aggs[f"facet_{facet}"] = {
                "filter": rows,
                "aggs": {"values": {"terms": {"field": self._product(facet), "size": 1000}}},
            }
        return aggs

    def _sort(self):
        cutoff = register.earliest_valid_decision_date(self.today)
        script = {
            "source": self.TIER_SCRIPT,
            "params": {
                "product": self._content_type(ProductPage),
                "issued": self._product("listed_issued_on"),
                "revoked": self._product("listed_revoked_on"),
                "cutoff": self._millis(cutoff),
                "today": self._millis(self.today),
            },
        }
        return [{"_script": {"type": "number", "script": script, "order": "asc"}}, "_score", {"pk": "asc"}]

    def _search(self, start, stop):
        stop = min(stop, self.max_reachable)
        start = min(start, stop)
        if (start, stop) not in self._responses:
            body = {
                "query": self._query(),
                "aggs": self._aggregations(),
                "sort": self._sort(),
                "track_total_hits": True,
                "from_": start,
                "size": max(stop - start, 0),
                "_source": False,
                "stored_fields": ["pk"],
            }
            post_filter = self._post_filter()
            if post_filter:
                body["post_filter"] = post_filter
            index = self.backend.get_index_for_model(Page).name
            with backend_answers("search"):
                self._responses[(start, stop)] = self.backend.es.search(index=index, **body)
        return self._responses[(start, stop)]

    def _any_response(self):
        return next(iter(self._responses.values())) if self._responses else self._search(*self.prefetch)

    def count(self):
        return self._any_response()["hits"]["total"]["value"]

    def kind_counts(self):
        buckets = {b["key"]: b["doc_count"] for b in self._any_response()["aggregations"]["kinds"]["buckets"]}
        return {model: buckets.get(self._content_type(model), 0) for model in self.kind_models}

    def facet_counts(self, facets):
        aggregations = self._any_response()["aggregations"]
        rows = [
            (facet, str(bucket["key"]), bucket["doc_count"])
            for facet in facets
            if facet in FACET_FIELDS
            for bucket in aggregations[f"facet_{facet}"]["values"]["buckets"]
        ]
        return counts_from_rows(rows, facets)

    def ranked_ids(self, start, stop):
        ids = [int(hit["fields"]["pk"][0]) for hit in self._search(start, stop)["hits"]["hits"]]
        # The index may lag behind a page just deleted: only pages that still exist are returned.
        types = dict(Page.objects.filter(pk__in=ids).values_list("pk", "content_type"))
        return [(page_id, types[page_id]) for page_id in ids if page_id in types]


def engine_for(pages, kind_models, wanted, today, prefetch=(0, 20)):
    """The engine for the search backend in use, chosen by its class."""
    # Each backend's module is imported only once the others are ruled out: SQLite's
    # defines models that exist only on an SQLite database.
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

    backend = search_backend()
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        return ElasticsearchEngine(pages, kind_models, wanted, today, prefetch=prefetch)
    if isinstance(backend, PostgresSearchBackend):
        return PostgresEngine(pages, kind_models, wanted, today)

    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    if isinstance(backend, SQLiteSearchBackend):
        return SQLiteEngine(pages, kind_models, wanted, today)
    raise ImproperlyConfigured(
        f"The site search runs on SQLite, PostgreSQL or Elasticsearch, not on {type(backend).__name__}."
    )
