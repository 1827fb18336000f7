"""Each figure of the statistics, held against the known register (see conftest.py)."""

import datetime

import pytest
from django.utils import translation
from wagtail.models import Locale

from catalogue.figures import headline_figures
from catalogue.register import CertificateStatus, certificate_status, first_non_expiring_decision_date
from reports.figures import RegisterFigures
from reports.models import Metric
from tests import factories
from tests.factories import province

pytestmark = pytest.mark.django_db


def figures_for(province_slug=None):
    return RegisterFigures(locale=Locale.get_default(), province_slug=province_slug)


def values(rows):
    return {row.key: row.value for row in rows}


def test_certified_products_leave_out_expired_revoked_and_never_certified(register):
    figures = figures_for()
    assert figures.certified_total == 6
    assert figures.producers_total == 4
    assert figures.provinces_total == 3


def test_certified_products_by_stars_count_each_products_newest_certificate(register):
    # Thịt trâu counts once, at the stars of its 2024 re-evaluation; the revoked 4★ and expired 4★ not at all.
    assert values(figures_for().by_stars) == {"3": 3, "4": 2, "5": 1}


def test_certified_products_by_group_list_all_six_groups(register):
    assert values(figures_for().by_group) == {
        "thuc-pham": 2,
        "do-uong": 2,
        "duoc-lieu": 1,
        "thu-cong-my-nghe": 1,
        "sinh-vat-canh": 0,
        "dich-vu-du-lich": 0,
    }


def test_certified_products_and_producers_by_kind(register):
    rows = {row.key: (row.value, row.extra["producers"]) for row in figures_for().by_kind}
    assert rows == {"cooperative": (3, 2), "enterprise": (1, 1), "household": (2, 1), "cooperative_group": (0, 0)}


@translation.override("en")
def test_historic_province_counts_under_its_own_name_and_under_the_current_one(register):
    figures = figures_for()
    assert values(figures.by_province) == {"tay-ninh": 3, "long-an": 2, "lai-chau": 2, "hue": 1}
    long_an = next(row for row in figures.by_province if row.key == "long-an")
    assert long_an.label == "Long An (now part of Tây Ninh)"
    assert "Tây Ninh" in long_an.note
    assert figures.by_province_counts_twice


def test_certifications_per_year_count_every_certificate_by_decision_year_and_kind(register):
    years = {row.year: (row.new, row.again) for row in figures_for().by_year}
    assert years == {2021: (1, 0), 2022: (2, 0), 2023: (1, 0), 2024: (3, 1), 2025: (1, 0)}
    assert figures_for().certificates_total == 9


def test_share_of_women_led_producers_counts_producers_with_a_certified_product(register):
    figures = figures_for()
    assert (figures.women_led, figures.producers_total, figures.women_led_percent) == (2, 4, 50.0)


def test_certificates_expiring_in_the_next_90_days(register):
    figures = figures_for()
    assert figures.expiring_total == 1  # Chè shan tuyết, valid until 1 October 2025
    assert figures.expiring_by_month == [(datetime.date(2025, 10, 1), 1)]


def test_a_producer_whose_only_product_is_revoked_is_not_counted(register, producer_index):
    lone = factories.ProducerPageFactory(parent=producer_index, province=province("an-giang"), women_led=True)
    factories.ProductPageFactory(
        parent=lone,
        certification__revoked_on=datetime.date(2025, 1, 1),
        certification__revocation_reason="Không đạt",
    )
    figures = figures_for()
    assert (figures.certified_total, figures.producers_total, figures.women_led) == (6, 4, 2)
    assert figures.provinces_total == 3


def test_drafts_are_not_counted(register, producer_index):
    factories.ProductPageFactory(parent=register.producers.bao_la, live=False, certification__stars=5)
    assert values(figures_for().by_stars) == {"3": 3, "4": 2, "5": 1}


def test_expiry_cutoff_agrees_with_certificate_status_every_day(settings):
    start = datetime.date(2027, 11, 1)  # crosses the 29 February 2028 boundary
    for offset in range(200):
        today = start + datetime.timedelta(days=offset)
        cutoff = first_non_expiring_decision_date(today)
        for decided in (cutoff - datetime.timedelta(days=1), cutoff):
            status = certificate_status(decided, today=today)
            expected_expiring = decided < cutoff
            assert (status != CertificateStatus.VALID) == expected_expiring, (today, decided, status)


# One province -----------------------------------------------------------------------------


def test_current_province_includes_the_historic_one_merged_into_it(register):
    figures = figures_for("tay-ninh")
    assert figures.province.slug == "tay-ninh"
    assert figures.merged_provinces == ["Long An"]
    assert figures.certified_total == 3
    assert figures.producers_total == 2
    assert values(figures.by_stars) == {"3": 1, "4": 1, "5": 1}
    # As recorded: nothing counted twice within one province.
    assert values(figures.by_province) == {"long-an": 2, "tay-ninh": 1}
    assert not figures.by_province_counts_twice
    assert {row.year: (row.new, row.again) for row in figures.by_year} == {
        2022: (1, 0),
        2023: (1, 0),
        2024: (2, 0),
    }
    assert (figures.women_led, figures.expiring_total) == (1, 0)


def test_historic_province_shows_only_what_was_recorded_under_it(register):
    figures = figures_for("long-an")
    assert figures.certified_total == 2
    assert values(figures.by_group)["do-uong"] == 2
    assert figures.merged_provinces == []


def test_province_figures_add_up_to_the_whole_country(register):
    whole = figures_for()
    parts = [figures_for(slug) for slug in ("tay-ninh", "hue", "lai-chau")]
    assert sum(part.certified_total for part in parts) == whole.certified_total
    assert sum(part.producers_total for part in parts) == whole.producers_total
    assert sum(part.certificates_total for part in parts) == whole.certificates_total


@pytest.mark.parametrize("bad", ["", "khong-co", "TAY-NINH", "tay-ninh/../hue", "\x00", None, "1' OR '1'='1"])
def test_unknown_province_values_give_the_whole_country(register, bad):
    figures = figures_for(bad)
    assert figures.province is None
    assert figures.certified_total == 6


# Targets ------------------------------------------------------------------------------------


def test_targets_show_progress_from_the_catalogue(register, long_an, display_point_index):
    factories.DisplayPointPageFactory(parent=display_point_index, province=long_an)
    tay_ninh = province("tay-ninh")
    factories.ProvinceTargetFactory(province=long_an, metric=Metric.CERTIFIED_PRODUCTS, target_value=60)
    factories.ProvinceTargetFactory(province=long_an, metric=Metric.DISPLAY_POINTS, target_value=3)
    factories.ProvinceTargetFactory(province=tay_ninh, metric=Metric.FIVE_STAR, target_value=1)
    factories.ProvinceTargetFactory(
        province=tay_ninh, metric=Metric.NEW_PRODUCTS, target_value=150, counted_from_year=2024, deadline_year=2025
    )
    factories.ProvinceTargetFactory(province=province("dong-thap"), metric=Metric.OTHER, target_value=15)

    progress = {(p.target.province.slug, p.target.metric): p for p in figures_for().targets}
    assert progress["long-an", Metric.CERTIFIED_PRODUCTS].current == 2
    assert progress["long-an", Metric.CERTIFIED_PRODUCTS].percent == 3
    assert not progress["long-an", Metric.CERTIFIED_PRODUCTS].reached
    assert progress["long-an", Metric.DISPLAY_POINTS].current == 1
    assert progress["tay-ninh", Metric.FIVE_STAR].current == 1
    assert progress["tay-ninh", Metric.FIVE_STAR].reached
    assert progress["tay-ninh", Metric.FIVE_STAR].percent == 100
    # Newly recognised in 2024-2025 in Tây Ninh and Long An: Đông trùng hạ thảo and Rượu đế Gò Đen.
    assert progress["tay-ninh", Metric.NEW_PRODUCTS].current == 2
    assert progress["dong-thap", Metric.OTHER].current is None
    assert progress["dong-thap", Metric.OTHER].percent is None

    in_tay_ninh = {(p.target.province.slug, p.target.metric) for p in figures_for("tay-ninh").targets}
    assert in_tay_ninh == {
        ("long-an", Metric.CERTIFIED_PRODUCTS),
        ("long-an", Metric.DISPLAY_POINTS),
        ("tay-ninh", Metric.FIVE_STAR),
        ("tay-ninh", Metric.NEW_PRODUCTS),
    }
    assert figures_for("hue").targets == []


# Reported and catalogued ------------------------------------------------------------------


def test_a_reported_figure_never_changes_a_catalogued_number(register, long_an):
    before = figures_for("long-an")
    before_numbers = (before.certified_total, before.producers_total, values(before.by_stars))
    factories.ReportedFigureFactory(province=long_an, metric=Metric.CERTIFIED_PRODUCTS, value=14)
    factories.ReportedFigureFactory(province=long_an, metric=Metric.FOUR_STAR, value=9)
    factories.ReportedFigureFactory(province=long_an, metric=Metric.PRODUCERS, value=102)

    after = figures_for("long-an")
    assert (after.certified_total, after.producers_total, values(after.by_stars)) == before_numbers
    headline = headline_figures(Locale.get_default())
    assert (headline["products"], headline["producers"], headline["provinces"]) == (6, 4, 3)
    [report] = after.reports
    rows = {row.figure.metric: (row.figure.value, row.catalogued) for row in report.rows}
    assert rows == {
        Metric.CERTIFIED_PRODUCTS: (14, 2),
        Metric.FOUR_STAR: (9, 1),
        Metric.PRODUCERS: (102, 1),
    }


def test_a_catalogued_product_never_changes_a_reported_figure(register, long_an):
    factories.ReportedFigureFactory(province=long_an, metric=Metric.CERTIFIED_PRODUCTS, value=14)
    factories.ProductPageFactory(parent=register.producers.go_den, certification__stars=3)
    [report] = figures_for("tay-ninh").reports
    [row] = report.rows
    assert (row.figure.value, row.catalogued) == (14, 3)


@translation.override("en")
def test_reports_are_grouped_by_province_date_and_source(register, long_an):
    soc_trang = factories.historic_province("soc-trang", "Sóc Trăng", merged_into="can-tho")
    for metric, value in [(Metric.CERTIFIED_PRODUCTS, 189), (Metric.PRODUCERS, 102), (Metric.FIVE_STAR, 1)]:
        factories.ReportedFigureFactory(province=soc_trang, metric=metric, value=value, source="Sóc Trăng 4/2023")
    factories.ReportedFigureFactory(province=long_an, value=14, as_of=datetime.date(2021, 5, 1))
    reports = figures_for().reports
    assert [(r.province_label, len(r.rows)) for r in reports] == [
        ("Long An (now part of Tây Ninh)", 1),
        ("Sóc Trăng (now part of Cần Thơ)", 3),
    ]
    assert [r.province_label for r in figures_for("can-tho").reports] == ["Sóc Trăng (now part of Cần Thơ)"]


# The home page's numbers ---------------------------------------------------------------------


def test_headline_figures_agree_with_the_statistics(register):
    figures = figures_for()
    assert headline_figures(Locale.get_default()) == {
        "products": figures.certified_total,
        "producers": figures.producers_total,
        "provinces": figures.provinces_total,
        "stars": {int(row.key): row.value for row in figures.by_stars},
    }
