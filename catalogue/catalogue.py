"""The catalogue's filters, read from a query string.

Every parameter is optional and anything unknown or malformed is ignored, so
any URL a visitor (or a crawler) makes gives a page, never an error. Filters
are plain GET links, and each option carries the number of products it would
show given the other filters, so the page works without JavaScript.

The whole page costs a fixed number of SQL queries however many products are
listed: one per facet, one count, one for the page of products, and one each
for producers, images and renditions.
"""

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from showcase.pagination import paginate

from .models import ProducerKind, ProductPage
from .models.product import attach_producers
from .models.taxonomy import cached_taxonomy

SORTS = {
    "newest": (_("Newest certified"), ("-cert_issued_on", "title")),
    "name": (_("Name"), ("title",)),
    "stars": (_("Most stars"), ("-cert_stars", "-cert_issued_on", "title")),
}
DEFAULT_SORT = "newest"
STAR_VALUES = ("3", "4", "5")
FILTER_PARAMS = ("group", "subgroup", "province", "stars", "kind", "status")
# Everything the catalogue page reads from its query string.
QUERY_PARAMS = (*FILTER_PARAMS, "sort", "page")


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


def _localized(rows, locale):
    """One row per translation_key, preferring `locale`'s translation."""
    chosen = {}
    for row in rows:
        if row.translation_key not in chosen or row.locale_id == locale.pk:
            chosen[row.translation_key] = row
    return chosen


class CatalogueQuery:
    def __init__(self, params, locale, per_page=None):
        self.params = params
        self.locale = locale
        self.per_page = per_page or settings.OCOP_PRODUCTS_PER_PAGE
        self.selected = self._clean(params)

    # Reading the query string --------------------------------------------

    @cached_property
    def _groups(self):
        return _localized(cached_taxonomy().groups, self.locale)

    @cached_property
    def _province_rows(self):
        return cached_taxonomy().provinces

    @cached_property
    def _provinces(self):
        return _localized(self._province_rows, self.locale)

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

    def base_queryset(self):
        products = ProductPage.objects.live().filter(locale=self.locale).with_current_certification()
        if self.selected.get("status") == "all":
            products = products.filter(cert_issued_on__isnull=False)
        else:
            products = products.certified()
        return products.with_producer()

    def _province_ids(self, slug):
        """Ids of the province rows a province filter covers, including those merged into it."""
        return [
            row.pk
            for row in self._province_rows
            if row.slug == slug or (row.merged_into_id and row.merged_into.slug == slug)
        ]

    def filtered(self, without=None):
        products = self.base_queryset()
        selected = {key: value for key, value in self.selected.items() if key != without}
        if "group" in selected:
            products = products.filter(group__slug=selected["group"])
        if "subgroup" in selected:
            products = products.filter(subgroup__slug=selected["subgroup"])
        if "province" in selected:
            products = products.filter(producer_province_id__in=self._province_ids(selected["province"]))
        if "stars" in selected:
            products = products.filter(cert_stars__in=[int(value) for value in selected["stars"]])
        if "kind" in selected:
            products = products.filter(producer_kind=selected["kind"])
        return products

    # What the template shows ---------------------------------------------

    @cached_property
    def page(self):
        products = self.filtered().for_cards().order_by(*SORTS[self.sort][1])
        page = paginate(products, self.params.get("page"), self.per_page, count=self.matching_count)
        page.object_list = attach_producers(page.object_list)
        return page

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

    # Facet counts come from one query: each product's facet values, counted
    # here for every facet with the other filters applied. Five GROUP BY
    # queries over the same annotated products cost more, in queries and in
    # database time, than reading the values once.
    FACET_FIELDS = ("group__slug", "subgroup__slug", "cert_stars", "producer_province_id", "producer_kind")

    @cached_property
    def _facet_rows(self):
        return list(self.base_queryset().values(*self.FACET_FIELDS))

    def _row_matches(self, row, without=None):
        selected = {key: value for key, value in self.selected.items() if key != without}
        if "group" in selected and row["group__slug"] != selected["group"]:
            return False
        if "subgroup" in selected and row["subgroup__slug"] != selected["subgroup"]:
            return False
        if "province" in selected and row["producer_province_id"] not in self._province_ids(selected["province"]):
            return False
        if "stars" in selected and str(row["cert_stars"]) not in selected["stars"]:
            return False
        return not ("kind" in selected and row["producer_kind"] != selected["kind"])

    def _counts(self, facet, field):
        return Counter(row[field] for row in self._facet_rows if self._row_matches(row, without=facet))

    @cached_property
    def matching_count(self):
        return sum(1 for row in self._facet_rows if self._row_matches(row))

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
        counts = self._counts("group", "group__slug")
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
        counts = self._counts("subgroup", "subgroup__slug")
        parent = next(g for g in self._groups.values() if g.slug == self.selected["group"])
        subgroups = sorted(
            (
                g
                for g in self._groups.values()
                if g.is_subgroup and self._groups_by_pk[g.parent_id].translation_key == parent.translation_key
            ),
            key=lambda g: (g.sort_order, g.name),
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
        counts = self._counts("stars", "cert_stars")
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
        counts = self._counts("province", "producer_province_id")
        by_pk = {row.pk: row for row in self._province_rows}
        per_slug = Counter()
        for province_id, n in counts.items():
            row = by_pk.get(province_id)
            if row is None:
                continue
            per_slug[row.slug] += n
            if row.merged_into_id:
                per_slug[row.merged_into.slug] += n
        options = []
        for province in sorted(self._provinces.values(), key=lambda p: p.name):
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
        counts = self._counts("kind", "producer_kind")
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
