"""The catalogue's filters, read from a query string, and its facets counted in the database.

Every parameter is optional and anything unknown or malformed is ignored, so
any URL a visitor (or a crawler) makes gives a page, never an error. Filters
are plain GET links, and each option carries the number of products it would
show given the other filters, so the page works without JavaScript.

Products are filtered, counted and paged on their listing rows
(catalogue.models.listing): one GROUP BY query per facet over indexed
columns, a LIMIT/OFFSET on an index for the page of products, and one query
each for the products shown, their producers, images and renditions. The
number of products counted is the sum of the group facet (every product has
one group). Nothing reads every product into Python, so the page costs the
same whatever the size of the register.

count_facets() is the facet counting on its own, for any set of listing rows
(the catalogue's, or the products a search found).
"""

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import CharField, Count, F, Value
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from showcase.collation import vietnamese, vietnamese_sort_key
from showcase.pagination import paginate

from . import register
from .figures_cache import remembered
from .models import ProducerKind, ProductListing, ProductPage
from .models.product import attach_producers
from .models.taxonomy import cached_taxonomy, preferring_locale

# Each has its index on the listing rows (ProductListing.Meta.indexes).
SORTS = {
    "newest": (_("Newest certified"), (F("cert_issued_on").desc(), vietnamese("title"), "page_id")),
    "name": (_("Name"), (vietnamese("title"), "page_id")),
    "stars": (_("Most stars"), (F("cert_stars").desc(), F("cert_issued_on").desc(), vietnamese("title"), "page_id")),
}
DEFAULT_SORT = "newest"
STAR_VALUES = ("3", "4", "5")
FILTER_PARAMS = ("group", "subgroup", "province", "stars", "kind", "status")
# Everything the catalogue page reads from its query string.
QUERY_PARAMS = (*FILTER_PARAMS, "sort", "page")
# Each facet and the listing column it counts.
FACET_COLUMNS = {
    "group": "group_id",
    "subgroup": "subgroup_id",
    "stars": "cert_stars",
    "province": "province_id",
    "kind": "producer_kind",
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    label: str
    options: list

    @property
    def active(self):
        return any(option.selected for option in self.options)


def listed_products(locale, include_lapsed=False, today=None):
    """The listing rows of a locale's live products: in force today, or (include_lapsed) ever certified."""
    listings = ProductListing.objects.filter(locale=locale, live=True)
    if include_lapsed:
        return listings.filter(cert_issued_on__isnull=False)
    return listings.filter(register.in_force_q(**register.CURRENT_CERTIFICATE_FIELDS, today=today))


def filter_listings(listings, selected, stars_in_force_only=False, today=None):
    """`listings` narrowed to the selected filters ({facet: value}, as CatalogueQuery.selected holds them).

    Groups and provinces are chosen by slug, which every translation shares;
    a province covers the historic provinces merged into it.
    """
    taxonomy = cached_taxonomy()
    if "group" in selected:
        listings = listings.filter(group_id__in=[g.pk for g in taxonomy.groups if g.slug == selected["group"]])
    if "subgroup" in selected:
        listings = listings.filter(subgroup_id__in=[g.pk for g in taxonomy.groups if g.slug == selected["subgroup"]])
    if "province" in selected:
        listings = listings.filter(
            province_id__in=register.covered_province_ids(selected["province"], taxonomy.provinces)
        )
    if "stars" in selected:
        listings = listings.filter(cert_stars__in=[int(value) for value in selected["stars"]])
        if stars_in_force_only:
            listings = listings.filter(register.in_force_q(**register.CURRENT_CERTIFICATE_FIELDS, today=today))
    if "kind" in selected:
        listings = listings.filter(producer_kind=selected["kind"])
    return listings


def count_facets(listings, selected=None, facets=tuple(FACET_COLUMNS), stars_in_force_only=False, today=None):
    """{facet: Counter(value: products)} over `listings`, each facet with the other selected filters applied.

    `listings` is any ProductListing queryset, for instance
    ProductListing.objects.filter(page_id__in=matched_ids). Values are the
    options' values: a group's, sub-group's or province's slug (a current
    province also counts what was recorded under the provinces merged into
    it), the stars as an int, a producer kind. One SQL query: a GROUP BY per
    facet, joined by UNION ALL. stars_in_force_only: count a star rating only
    while its certificate is in force (for sets that include lapsed products).
    """
    selected = selected or {}
    per_facet = []
    for facet in facets:
        others = {key: value for key, value in selected.items() if key != facet}
        rows = filter_listings(listings, others, stars_in_force_only, today)
        if facet == "stars" and stars_in_force_only:
            rows = rows.filter(register.in_force_q(**register.CURRENT_CERTIFICATE_FIELDS, today=today))
        per_facet.append(
            rows.order_by()
            .annotate(facet=Value(facet), value=Cast(FACET_COLUMNS[facet], CharField()))
            .values_list("facet", "value")
            .annotate(n=Count("pk"))
        )
    if not per_facet:
        return {facet: Counter() for facet in facets}
    rows = per_facet[0].union(*per_facet[1:], all=True) if len(per_facet) > 1 else per_facet[0]
    return counts_from_rows(rows, facets)


def counts_from_rows(rows, facets):
    """{facet: Counter(value: products)} from (facet, column value as text, products) rows.

    Turns the listing columns' values into the options' values, as
    count_facets() describes; a search backend that counts in its own way
    (Elasticsearch's aggregations) gives its rows here too.
    """
    counts = {facet: Counter() for facet in facets}
    taxonomy = cached_taxonomy()
    groups = {str(row.pk): row for row in taxonomy.groups}
    provinces = {str(row.pk): row for row in taxonomy.provinces}
    for facet, value, n in rows:
        counter = counts[facet]
        if value is None or value == "":
            continue
        if facet in ("group", "subgroup"):
            if value in groups:
                counter[groups[value].slug] += n
        elif facet == "province":
            row = provinces.get(value)
            if row is not None:
                counter[row.slug] += n
                if row.merged_into_id:
                    counter[row.merged_into.slug] += n
        elif facet == "stars":
            counter[int(value)] += n
        else:
            counter[value] += n
    return counts


def products_for_cards(ids):
    """The products with these ids, in this order, with what their cards show."""
    products = ProductPage.objects.filter(pk__in=ids).listed().for_cards()
    by_pk = {product.pk: product for product in attach_producers(products)}
    return [by_pk[pk] for pk in ids if pk in by_pk]


class CatalogueQuery:
    # Count a product's stars only while its certificate is in force (the
    # catalogue's own rows are, unless status=all asks for lapsed ones too).
    STARS_IN_FORCE_ONLY = False
    FACETS = tuple(FACET_COLUMNS)

    def __init__(self, params, locale, per_page=None):
        self.params = params
        self.locale = locale
        self.per_page = per_page or settings.OCOP_PRODUCTS_PER_PAGE
        self.selected = self._clean(params)

    # Reading the query string --------------------------------------------

    @cached_property
    def _groups(self):
        return preferring_locale(cached_taxonomy().groups, self.locale)

    @cached_property
    def _province_rows(self):
        return cached_taxonomy().provinces

    @cached_property
    def _provinces(self):
        return preferring_locale(self._province_rows, self.locale)

    def _clean(self, params):
        groups = {g.slug: g for g in self._groups.values()}
        selected = {}
        group = groups.get(params.get("group", ""))
        if group and not group.is_subgroup:
            selected["group"] = group.slug
        subgroup = groups.get(params.get("subgroup", ""))
        if subgroup and subgroup.is_subgroup:
            parent_slug = self._groups_by_pk[subgroup.parent_id].slug
            if selected.get("group", parent_slug) == parent_slug:
                selected["group"] = parent_slug
                selected["subgroup"] = subgroup.slug
        if params.get("province", "") in {p.slug for p in self._provinces.values()}:
            selected["province"] = params["province"]
        stars = sorted({value for value in params.getlist("stars") if value in STAR_VALUES})
        if stars:
            selected["stars"] = stars
        if params.get("kind") in ProducerKind.values:
            selected["kind"] = params["kind"]
        if params.get("status") == "all":
            selected["status"] = "all"
        self.sort = params.get("sort") if params.get("sort") in SORTS else DEFAULT_SORT
        return selected

    @cached_property
    def _groups_by_pk(self):
        return {row.pk: row for row in cached_taxonomy().groups}

    # Building the query ---------------------------------------------------

    @cached_property
    def today(self):
        return register.local_today()

    def base_listings(self):
        return listed_products(self.locale, include_lapsed=self.selected.get("status") == "all", today=self.today)

    @property
    def _filters(self):
        return {key: value for key, value in self.selected.items() if key in self.FACETS}

    def filtered_listings(self):
        return filter_listings(self.base_listings(), self._filters, self.STARS_IN_FORCE_ONLY, self.today)

    def _counted_facets(self):
        # Sub-groups are offered only within a chosen group.
        return tuple(facet for facet in self.FACETS if facet != "subgroup" or "group" in self.selected)

    @cached_property
    def _facet_counts(self):
        def count():
            return count_facets(
                self.base_listings(), self._filters, self._counted_facets(), self.STARS_IN_FORCE_ONLY, self.today
            )

        if type(self).base_listings is not CatalogueQuery.base_listings:
            # Rows chosen otherwise (a search's) are not described by the key below.
            return count()
        # The catalogue's own rows: a locale's products, in force or (status=all) ever certified.
        filters = tuple(
            sorted((key, tuple(value) if isinstance(value, list) else value) for key, value in self._filters.items())
        )
        parts = (
            self.locale.pk,
            self.selected.get("status") == "all",
            filters,
            self._counted_facets(),
            self.STARS_IN_FORCE_ONLY,
        )
        return remembered("catalogue facets", parts, count, self.today)

    def _counts(self, facet):
        return self._facet_counts[facet]

    @cached_property
    def matching_count(self):
        """Products matching every filter: the group facet's counts add up to it (each product has one group)."""
        if "group" not in self._facet_counts:
            return self.filtered_listings().count()
        groups = self._counts("group")
        return groups[self.selected["group"]] if "group" in self.selected else sum(groups.values())

    # What the template shows ---------------------------------------------

    def ordered_listings(self):
        return self.filtered_listings().order_by(*SORTS[self.sort][1])

    @cached_property
    def page(self):
        ids = self.ordered_listings().values_list("page_id", flat=True)
        page = paginate(ids, self.params.get("page"), self.per_page, count=self.matching_count)
        page.object_list = self.products_for_cards(list(page.object_list))
        return page

    def products_for_cards(self, ids):
        return products_for_cards(ids)

    @property
    def count(self):
        return self.page.paginator.count

    def _params(self):
        params = dict(self.selected)
        if self.sort != DEFAULT_SORT:
            params["sort"] = self.sort
        return params

    def url(self, **changes):
        """The query string with some parameters changed (None removes one), back on page 1."""
        params = self._params()
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        if "group" not in params:
            params.pop("subgroup", None)
        return "?" + urlencode(params, doseq=True) if params else "?"

    def page_url(self, number):
        return "?" + urlencode({**self._params(), "page": number}, doseq=True)

    @cached_property
    def facets(self):
        return [
            facet
            for facet in (
                self._group_facet(),
                self._subgroup_facet(),
                self._stars_facet(),
                self._province_facet(),
                self._kind_facet(),
            )
            if facet and facet.options
        ]

    def _group_facet(self):
        counts = self._counts("group")
        groups = sorted((g for g in self._groups.values() if not g.is_subgroup), key=lambda g: g.sort_order)
        options = []
        for group in groups:
            selected = self.selected.get("group") == group.slug
            options.append(
                FacetOption(
                    group.slug,
                    group.name,
                    counts[group.slug],
                    selected,
                    self.url(group=None if selected else group.slug, subgroup=None),
                )
            )
        return Facet("group", _("Product group"), options)

    def _subgroup_facet(self):
        if "group" not in self.selected:
            return None
        counts = self._counts("subgroup")
        parent = next(g for g in self._groups.values() if g.slug == self.selected["group"])
        subgroups = sorted(
            (
                g
                for g in self._groups.values()
                if g.is_subgroup and self._groups_by_pk[g.parent_id].translation_key == parent.translation_key
            ),
            key=lambda g: (g.sort_order, vietnamese_sort_key(g.name)),
        )
        options = []
        for subgroup in subgroups:
            selected = self.selected.get("subgroup") == subgroup.slug
            options.append(
                FacetOption(
                    subgroup.slug,
                    subgroup.name,
                    counts[subgroup.slug],
                    selected,
                    self.url(subgroup=None if selected else subgroup.slug),
                )
            )
        return Facet("subgroup", _("Sub-group"), options)

    def _stars_facet(self):
        counts = self._counts("stars")
        chosen = self.selected.get("stars", [])
        options = []
        for value in STAR_VALUES:
            selected = value in chosen
            toggled = sorted(set(chosen) ^ {value})
            options.append(
                FacetOption(
                    value,
                    _("%(stars)s stars") % {"stars": value},
                    counts[int(value)],
                    selected,
                    self.url(stars=toggled or None),
                )
            )
        return Facet("stars", _("Stars"), options)

    def _province_facet(self):
        per_slug = self._counts("province")
        options = []
        for province in sorted(self._provinces.values(), key=lambda p: vietnamese_sort_key(p.name)):
            if not per_slug[province.slug] and self.selected.get("province") != province.slug:
                continue
            label = province.name
            if province.merged_into_id:
                current = self._provinces.get(province.merged_into.translation_key, province.merged_into)
                label = _("%(name)s (now part of %(current)s)") % {"name": province.name, "current": current.name}
            selected = self.selected.get("province") == province.slug
            options.append(
                FacetOption(
                    province.slug,
                    label,
                    per_slug[province.slug],
                    selected,
                    self.url(province=None if selected else province.slug),
                )
            )
        return Facet("province", _("Province"), options)

    def _kind_facet(self):
        counts = self._counts("kind")
        options = []
        for value, label in ProducerKind.choices:
            selected = self.selected.get("kind") == value
            options.append(
                FacetOption(
                    value,
                    label,
                    counts[value],
                    selected,
                    self.url(kind=None if selected else value),
                )
            )
        return Facet("kind", _("Producer"), options)

    @property
    def sorts(self):
        return [(key, label, key == self.sort) for key, (label, _order) in SORTS.items()]

    @property
    def show_all(self):
        return self.selected.get("status") == "all"

    @property
    def is_filtered(self):
        return any(key in self.selected for key in FILTER_PARAMS)
