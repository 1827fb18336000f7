"""The programme's figures, computed live from the register.

Every number on the statistics page comes from here (the home page's headline
numbers from catalogue.figures, which a test holds to agree with these), from a
fixed number of GROUP BY queries on the products' listing rows
(catalogue.models.listing), each returning a few rows whatever the size of the
register (the provinces and groups come from the cached taxonomy):

1. certified products by province × stars; 2. by group; 3. by producer kind;
4. the products expiring within the warning period;
5. producers counted by province × kind × women-led;
6. certificates counted by decision year × decision kind;
7. the expiring certificates by month;
8. the targets and 9. the reported figures; and, only when a target needs
   them, 10. display points by province and 11. newly recognised products
   by province and year.

What counts:

* A product is *certified* when its newest certificate is valid or expiring
  today (the site's today, catalogue.register): expired and revoked
  certificates are not counted, exactly as in the catalogue. Products are
  those of the page's locale, so the figures match what the catalogue lists.
* A province that merged into another (Province.merged_into, 1 July 2025)
  keeps its own figures under its historic name, and they also count under
  the province it is now part of, as the catalogue's province filter does.
* *Certifications per year* counts every certificate by the year of its
  decision, whatever its status today, split into newly recognised and
  recognised again.
* A *reported figure* is what a province published; it is never added to a
  catalogued number and no catalogued number is ever taken from it.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import CharField, Count, F, IntegerField
from django.db.models.functions import Cast, Substr, TruncMonth
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from catalogue import register
from catalogue.catalogue import listed_products
from catalogue.figures import STARS
from catalogue.figures_cache import remembered
from catalogue.models import Certification, DecisionKind, DisplayPointPage, ProducerKind, ProductPage
from catalogue.models.taxonomy import cached_taxonomy, preferring_locale
from showcase.collation import vietnamese_sort_key

from .models.records import Metric, ProvinceTarget, ReportedFigure

STAR_METRICS = {Metric.THREE_STAR: 3, Metric.FOUR_STAR: 4, Metric.FIVE_STAR: 5}


@dataclass
class Row:
    """One bar of a chart and one row of its table."""

    key: str
    label: str
    value: int
    note: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class YearRow:
    year: int
    new: int
    again: int

    @property
    def total(self):
        return self.new + self.again


@dataclass
class Progress:
    """A target with where the catalogue stands today."""

    target: ProvinceTarget
    province_label: str
    current: int | None  # None: not something the catalogue can count

    @property
    def percent(self):
        if self.current is None or not self.target.target_value:
            return None
        return min(100, round(100 * self.current / self.target.target_value))

    @property
    def reached(self):
        return self.current is not None and self.current >= self.target.target_value


@dataclass
class ReportedRow:
    figure: ReportedFigure
    catalogued: int


@dataclass
class Report:
    """The figures one province published on one date from one source, beside the catalogue's."""

    province_label: str
    as_of: datetime.date
    precision: str
    source: str
    source_url: str
    rows: list


def decision_year():
    """The decision's year, read off its ISO date in SQL.

    ExtractYear would do, but SQLite computes it in Python for every
    certificate; the first four characters of the date are the year on both
    databases, computed by the database itself.
    """
    return Cast(Substr(Cast("decision__issued_on", CharField()), 1, 4), IntegerField())


class RegisterFigures:
    """Every figure of the statistics page, for a locale and optionally one province.

    `province_slug` comes from the query string: anything that is not a
    province's slug is ignored and the whole country is shown.
    """

    def __init__(self, locale, province_slug=None, today=None):
        self.locale = locale
        self.today = today or register.local_today()
        self.province = self._clean_province(province_slug)

    # Provinces and groups ------------------------------------------------------

    @cached_property
    def _province_rows(self):
        return cached_taxonomy().provinces

    @cached_property
    def _provinces(self):
        return preferring_locale(self._province_rows, self.locale)

    @cached_property
    def _province_by_pk(self):
        return {row.pk: row for row in self._province_rows}

    def _clean_province(self, slug):
        if not isinstance(slug, str) or not slug:
            return None
        return next((row for row in self._provinces.values() if row.slug == slug), None)

    def _local_province(self, row):
        """`row` (a province of any locale) in the page's locale where translated."""
        return self._provinces.get(row.translation_key, row)

    def province_name(self, row):
        return self._local_province(row).name

    def province_label(self, row):
        """ "Long An (now part of Tây Ninh)" for a historic province, the name otherwise."""
        row = self._local_province(row)
        if row.merged_into_id:
            current = self._local_province(row.merged_into)
            return _("%(name)s (now part of %(current)s)") % {"name": row.name, "current": current.name}
        return row.name

    def covered_ids(self, province):
        """Pks (every locale) of the province rows `province` covers: itself and those merged into it."""
        return register.covered_province_ids(province.slug, self._province_rows)

    @cached_property
    def _selected_ids(self):
        return self.covered_ids(self.province) if self.province else None

    @cached_property
    def merged_provinces(self):
        """The historic provinces counted under the selected one, by name."""
        if self.province is None:
            return []
        names = {
            self.province_name(row)
            for row in self._province_rows
            if row.merged_into_id and row.merged_into.slug == self.province.slug
        }
        return sorted(names, key=vietnamese_sort_key)

    @cached_property
    def _group_rows(self):
        return [group for group in cached_taxonomy().groups if group.parent_id is None]

    # The queries ---------------------------------------------------------------

    def _certified_products(self):
        products = listed_products(self.locale, today=self.today)
        if self._selected_ids is not None:
            products = products.filter(province_id__in=self._selected_ids)
        return products.order_by()

    def _remembered(self, name, compute):
        """compute()'s rows, kept until the register or the date changes (catalogue.figures_cache)."""
        selected = tuple(sorted(self._selected_ids)) if self._selected_ids is not None else None
        return remembered(f"statistics: {name}", (self.locale.pk, selected), compute, self.today)

    def _grouped(self, *columns):
        return self._remembered(
            f"products by {', '.join(columns)}",
            lambda: list(self._certified_products().values(*columns).annotate(n=Count("pk"))),
        )

    @cached_property
    def _products_by_province_stars(self):
        """[{province_id, cert_stars, n}]: certified products, one query."""
        return self._grouped("province_id", "cert_stars")

    @cached_property
    def _products_by_group(self):
        return self._grouped("group_id")

    @cached_property
    def _products_by_kind(self):
        return self._grouped("producer_kind")

    @cached_property
    def _producer_cube(self):
        """[{province_id, producer_kind, women_led, n}]: producers with a certified product, one query.

        A producer has one province, kind and women-led flag, so the distinct
        counts of the cells add up.
        """
        return self._remembered(
            "producers by province, kind and women-led",
            lambda: list(
                self._certified_products()
                .values("province_id", "producer_kind", women_led=F("producer__women_led"))
                .annotate(n=Count("producer_id", distinct=True))
            ),
        )

    def _certificates(self):
        """Certificates of this locale's live products (all statuses); province_id is their producer's."""
        keys = ProductPage.objects.live().filter(locale=self.locale).values("translation_key")
        return (
            Certification.objects.filter(product__translation_key__in=keys)
            .annotate(province_id=F("product__listing__province_id"))
            .order_by()
        )

    @cached_property
    def _certificates_by_year(self):
        certificates = self._certificates()
        if self._selected_ids is not None:
            certificates = certificates.filter(province_id__in=self._selected_ids)
        return self._remembered(
            "certificates by year and kind",
            lambda: list(certificates.values(year=decision_year(), kind=F("decision__kind")).annotate(n=Count("pk"))),
        )

    @cached_property
    def _expiring_by_month(self):
        return self._remembered(
            "expiring products by month",
            lambda: list(
                self._certified_products()
                .filter(register.expiring_q(**register.CURRENT_CERTIFICATE_FIELDS, today=self.today))
                .values(month=TruncMonth("cert_issued_on"))
                .annotate(n=Count("pk"))
            ),
        )

    @cached_property
    def _display_points_by_province(self):
        rows = (
            DisplayPointPage.objects.live()
            .filter(locale=self.locale)
            .order_by()
            .values("province_id")
            .annotate(n=Count("pk"))
        )
        return Counter({row["province_id"]: row["n"] for row in rows})

    @cached_property
    def _new_products_by_province_year(self):
        """{(province_id, year): products with a "newly recognised" certificate decided that year}."""
        rows = self._remembered(
            "new products by province and year",
            lambda: list(
                self._certificates()
                .filter(decision__kind=DecisionKind.NEW)
                .values("province_id", year=decision_year())
                .annotate(n=Count("product__translation_key", distinct=True))
            ),
        )
        return Counter({(row["province_id"], row["year"]): row["n"] for row in rows})

    @cached_property
    def _targets(self):
        rows = ProvinceTarget.objects.select_related("province", "province__merged_into")
        return list(preferring_locale(rows, self.locale).values())

    @cached_property
    def _reported(self):
        rows = ReportedFigure.objects.select_related("province", "province__merged_into")
        return list(preferring_locale(rows, self.locale).values())

    # Helpers over the cubes ----------------------------------------------------

    def _sum(self, cube, key=None, where=None):
        """Sum of `n` over the cube's rows matching `where`, grouped by `key` (a Counter) or in all."""
        rows = [row for row in cube if where is None or where(row)]
        if key is None:
            return sum(row["n"] for row in rows)
        counts = Counter()
        for row in rows:
            counts[key(row)] += row["n"]
        return counts

    def _in(self, ids):
        return lambda row: row["province_id"] in ids

    # Headline numbers ----------------------------------------------------------

    @cached_property
    def certified_total(self):
        return self._sum(self._products_by_province_stars)

    @cached_property
    def producers_total(self):
        return self._sum(self._producer_cube)

    @cached_property
    def provinces_total(self):
        """Current provinces with at least one certified product (a historic one counts as its current)."""
        keys = set()
        for row in self._products_by_province_stars:
            province = self._province_by_pk.get(row["province_id"])
            if province is not None:
                keys.add(register.current_province(province).translation_key)
        return len(keys)

    @cached_property
    def expiring_total(self):
        return sum(n for _month, n in self.expiring_by_month)

    # Breakdowns ----------------------------------------------------------------

    @cached_property
    def by_stars(self):
        counts = self._sum(self._products_by_province_stars, key=lambda row: row["cert_stars"])
        return [Row(str(stars), _("%(stars)s stars") % {"stars": stars}, counts[stars]) for stars in STARS]

    @cached_property
    def by_group(self):
        by_pk = {row.pk: row for row in self._group_rows}
        counts = self._sum(
            self._products_by_group,
            key=lambda row: by_pk[row["group_id"]].translation_key if row["group_id"] in by_pk else None,
        )
        groups = sorted(
            preferring_locale(self._group_rows, self.locale).values(),
            key=lambda g: (g.sort_order, vietnamese_sort_key(g.name)),
        )
        return [Row(group.slug, group.name, counts[group.translation_key]) for group in groups]

    @cached_property
    def by_kind(self):
        products = self._sum(self._products_by_kind, key=lambda row: row["producer_kind"])
        producers = self._sum(self._producer_cube, key=lambda row: row["producer_kind"])
        return [
            Row(value, label, products[value], extra={"producers": producers[value]})
            for value, label in ProducerKind.choices
        ]

    @cached_property
    def by_province(self):
        """Certified products per province, largest first.

        Whole country: each current province counts what was recorded under
        it and under the provinces merged into it; a historic province also
        has its own row, marked as such, so rows may add up to more than the
        total. One province: the products as recorded, by the province named
        in the producer's address.
        """
        recorded = self._sum(self._products_by_province_stars, key=lambda row: row["province_id"])
        per_key = Counter()
        for province_id, n in recorded.items():
            row = self._province_by_pk.get(province_id)
            if row is None:
                continue
            per_key[row.translation_key] += n
            if self.province is None and row.merged_into_id:
                per_key[row.merged_into.translation_key] += n
        rows = []
        for key, n in per_key.items():
            province = self._provinces.get(key)
            if province is None or not n:
                continue
            note = ""
            if self.province is None and province.merged_into_id:
                note = _("Counted again under %(current)s.") % {"current": self.province_name(province.merged_into)}
            rows.append(Row(province.slug, self.province_label(province), n, note=note))
        return sorted(rows, key=lambda r: (-r.value, vietnamese_sort_key(r.label)))

    @cached_property
    def by_province_counts_twice(self):
        """Whether some products appear under both a historic and a current province in by_province."""
        return self.province is None and any(row.note for row in self.by_province)

    @cached_property
    def by_year(self):
        counts = defaultdict(Counter)
        for row in self._certificates_by_year:
            counts[row["year"]][row["kind"]] += row["n"]
        if not counts:
            return []
        years = range(min(counts), max(counts) + 1)
        return [YearRow(year, counts[year][DecisionKind.NEW], counts[year][DecisionKind.AGAIN]) for year in years]

    @cached_property
    def certificates_total(self):
        return sum(row.total for row in self.by_year)

    @cached_property
    def women_led(self):
        return self._sum(self._producer_cube, where=lambda row: row["women_led"])

    @cached_property
    def other_producers(self):
        return self.producers_total - self.women_led

    @cached_property
    def women_led_percent(self):
        if not self.producers_total:
            return None
        return round(100 * self.women_led / self.producers_total, 1)

    @cached_property
    def expiring_by_month(self):
        """Products whose certificate expires in the coming 90 days, by month of expiry."""
        counts = Counter()
        for row in self._expiring_by_month:
            issued = row["month"]
            issued = issued.date() if isinstance(issued, datetime.datetime) else issued
            counts[register.expiry_month(issued)] += row["n"]
        return sorted(counts.items())

    @property
    def expiring_rows(self):
        """expiring_by_month as chart rows, labelled in the active language."""
        return [
            Row(month.isoformat(), date_format(month, "YEAR_MONTH_FORMAT"), n) for month, n in self.expiring_by_month
        ]

    # Targets and reported figures ----------------------------------------------

    def _covers(self, province):
        return self._selected_ids is None or province.pk in self._selected_ids

    def catalogued(self, metric, province, target=None):
        """What the catalogue counts today for `metric` in `province` (and the provinces merged into it)."""
        ids = self.covered_ids(province)
        where = self._in(ids)
        if metric == Metric.CERTIFIED_PRODUCTS:
            return self._sum(self._products_by_province_stars, where=where)
        if metric in STAR_METRICS:
            stars = STAR_METRICS[metric]
            return self._sum(
                self._products_by_province_stars, where=lambda row: where(row) and row["cert_stars"] == stars
            )
        if metric == Metric.PRODUCERS:
            return self._sum(self._producer_cube, where=where)
        if metric == Metric.DISPLAY_POINTS:
            return sum(n for province_id, n in self._display_points_by_province.items() if province_id in ids)
        if metric == Metric.NEW_PRODUCTS and target is not None:
            first = target.counted_from_year or 0
            return sum(
                n
                for (province_id, year), n in self._new_products_by_province_year.items()
                if province_id in ids and first <= year <= target.deadline_year
            )
        return None

    @cached_property
    def targets(self):
        rows = [target for target in self._targets if self._covers(target.province)]
        rows.sort(key=lambda t: (vietnamese_sort_key(self.province_name(t.province)), t.deadline_year, t.metric, t.pk))
        return [
            Progress(
                target,
                self.province_label(target.province),
                self.catalogued(target.metric, target.province, target) if target.is_measured else None,
            )
            for target in rows
        ]

    @cached_property
    def reports(self):
        """Reported figures grouped by province, date and source, each beside the catalogue's count."""
        order = list(Metric.values)
        grouped = defaultdict(list)
        for figure in self._reported:
            if self._covers(figure.province):
                key = (figure.province.translation_key, figure.as_of, figure.source)
                grouped[key].append(figure)
        reports = []
        for figures in grouped.values():
            figures.sort(key=lambda f: order.index(f.metric))
            first = figures[0]
            reports.append(
                Report(
                    province_label=self.province_label(first.province),
                    as_of=first.as_of,
                    precision=first.as_of_precision,
                    source=first.source,
                    source_url=first.source_url,
                    rows=[ReportedRow(f, self.catalogued(f.metric, f.province)) for f in figures],
                )
            )
        return sorted(reports, key=lambda r: (vietnamese_sort_key(r.province_label), r.as_of))

    # The province filter -------------------------------------------------------

    @cached_property
    def province_options(self):
        """(slug, label, selected) of the provinces worth choosing: with products, targets or reports."""
        wanted = set()
        for row in self._products_by_province_stars:
            province = self._province_by_pk.get(row["province_id"])
            if province is not None:
                wanted.add(province.translation_key)
                if province.merged_into_id:
                    wanted.add(province.merged_into.translation_key)
        for item in (*self._targets, *self._reported):
            wanted.add(item.province.translation_key)
            if item.province.merged_into_id:
                wanted.add(item.province.merged_into.translation_key)
        if self.province is not None:
            wanted.add(self.province.translation_key)
        options = [
            (row.slug, self.province_label(row), self.province is not None and row.slug == self.province.slug)
            for key, row in self._provinces.items()
            if key in wanted
        ]
        return sorted(options, key=lambda option: vietnamese_sort_key(option[1]))
