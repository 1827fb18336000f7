"""The statistics page as a visitor sees it, in both languages, and what it costs the database."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase

from catalogue.models import ProducerKind
from home.models import HomePage, StandardPage
from reports.models import Metric, StatisticsPage
from reports.templatetags.reports_tags import as_of, count, percent
from tests import factories
from tests.factories import province
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db


def table_after(soup, heading_id):
    """{row header: [cells]} of the table in the figure whose heading has `heading_id`."""
    section = soup.find(id=heading_id).find_parent("section")
    table = section.find("table")
    return {
        " ".join(row.th.get_text(" ").split()): [td.get_text(strip=True) for td in row.find_all("td")]
        for row in table.find_all("tr")
        if row.th and row.find("td")
    }


def headline(soup):
    return [" ".join(li.get_text(" ").split()) for li in soup.select(".stats-headline li")]


# Tree rules -----------------------------------------------------------------------------------


class StatisticsTreeRulesTests(WagtailPageTestCase):
    def test_statistics_page_sits_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(StatisticsPage, {HomePage})
        self.assertAllowedSubpageTypes(StatisticsPage, set())
        self.assertCanNotCreateAt(StandardPage, StatisticsPage)


def test_only_one_statistics_page_per_home_page(statistics_page, home_page):
    assert not StatisticsPage.can_create_at(home_page)


# What the page shows ----------------------------------------------------------------------------


def test_statistics_page_shows_each_figure_with_its_table(client, register, statistics_page):
    with translation.override("en"):
        response = client.get("/en/thong-ke/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert headline(soup) == [
        "6 certified products",
        "4 producers",
        "3 provinces",
        "1 certificates expiring in the next 90 days",
    ]
    assert table_after(soup, "fig-stars") == {"3 stars": ["3"], "4 stars": ["2"], "5 stars": ["1"], "Total": ["6"]}
    groups = table_after(soup, "fig-groups")
    assert groups["Total"] == ["6"]
    assert sorted(int(cells[0]) for name, cells in groups.items() if name != "Total") == [0, 0, 1, 1, 2, 2]
    assert table_after(soup, "fig-provinces") == {
        "Tây Ninh": ["3"],
        "Lai Châu": ["2"],
        "Long An (now part of Tây Ninh) Counted again under Tây Ninh.": ["2"],
        "Huế": ["1"],
    }
    kinds = table_after(soup, "fig-kinds")
    assert kinds["Cooperative"] == ["3", "2"]
    assert kinds["Total"] == ["6", "4"]
    assert table_after(soup, "fig-women")["Led by women"] == ["2", "50%"]
    assert table_after(soup, "fig-years") == {
        "2021": ["1", "0", "1"],
        "2022": ["2", "0", "2"],
        "2023": ["1", "0", "1"],
        "2024": ["3", "1", "4"],
        "2025": ["1", "0", "1"],
        "Total": ["", "", "9"],
    }
    assert table_after(soup, "fig-expiring") == {"October 2025": ["1"], "Total": ["1"]}
    text = visible_text(response)
    assert "Lạp xưởng" not in text and "Mật ong hoa tràm" not in text


def test_every_chart_is_an_image_with_a_title_and_a_description(client, register, statistics_page):
    soup = soup_of(client.get("/vi/thong-ke/"))
    charts = soup.select("svg.chart")
    assert len(charts) == 7
    for chart in charts:
        assert chart["role"] == "img"
        title_id, desc_id = chart["aria-labelledby"].split()
        assert chart.find(id=title_id).name == "title" and chart.find(id=title_id).get_text(strip=True)
        assert chart.find(id=desc_id).name == "desc" and chart.find(id=desc_id).get_text(strip=True)
        assert chart.find_parent("section").find("table") is not None
    stars = soup.find(id="chart-stars-desc").get_text()
    assert "17" not in stars and ": 3" in stars


def test_page_uses_only_local_static_files(client, register, statistics_page):
    soup = soup_of(client.get("/vi/thong-ke/"))
    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert "/static/css/pages/statistics.css" in stylesheets
    assert all(href.startswith("/static/") for href in stylesheets)
    # The charts need no JavaScript: the only script is the site-wide search box's.
    scripts = [script.get("src") for script in soup.find_all("script") if script.get("type") != "application/ld+json"]
    assert scripts == ["/static/js/search.js"]


# Both languages -----------------------------------------------------------------------------


def test_page_renders_in_vietnamese_and_english(client, register, statistics_page):
    vi = client.get("/vi/thong-ke/")
    en = client.get("/en/thong-ke/")
    assert (vi.status_code, en.status_code) == (200, 200)
    assert soup_of(vi).html["lang"] == "vi"
    assert soup_of(en).html["lang"] == "en"
    assert "Certified products by stars" in visible_text(en)
    assert soup_of(vi).find("h1").get_text(strip=True) == statistics_page.title
    # The same register gives the same numbers in both languages.
    assert [li.strong.get_text() for li in soup_of(vi).select(".stats-headline li")] == ["6", "4", "3", "1"]
    assert [li.strong.get_text() for li in soup_of(en).select(".stats-headline li")] == ["6", "4", "3", "1"]


def test_numbers_and_dates_are_formatted_for_the_language():
    import datetime

    with translation.override("vi"):
        assert (count(1470), percent(36.84, 1), percent(50.0, 1)) == ("1.470", "36,8%", "50%")
        assert as_of(datetime.date(2023, 4, 1), "month") == "04/2023"
        assert as_of(datetime.date(2023, 4, 28), "day") == "28/04/2023"
    with translation.override("en"):
        assert (count(1470), percent(36.84, 1)) == ("1,470", "36.8%")
        assert as_of(datetime.date(2023, 4, 1), "month") == "April 2023"
        assert as_of(datetime.date(2023, 12, 31), "year") == "2023"


def test_large_numbers_are_grouped_on_the_page(client, statistics_page, long_an):
    factories.ReportedFigureFactory(province=long_an, value=12345)
    assert "12.345" in visible_text(client.get("/vi/thong-ke/"))
    assert "12,345" in visible_text(client.get("/en/thong-ke/"))


# One province --------------------------------------------------------------------------------


def test_province_filter_shows_that_provinces_figures_including_merged_ones(client, register, statistics_page):
    with translation.override("en"):
        response = client.get("/en/thong-ke/?province=tay-ninh")
    soup = soup_of(response)
    assert "Tây Ninh" in soup.find("h1").get_text()
    assert headline(soup) == ["3 certified products", "2 producers", "0 certificates expiring in the next 90 days"]
    assert table_after(soup, "fig-stars")["Total"] == ["3"]
    assert table_after(soup, "fig-provinces") == {"Long An (now part of Tây Ninh)": ["2"], "Tây Ninh": ["1"]}
    assert "Includes what was recorded under Long An" in visible_text(response)
    selected = soup.select_one("#stats-province option[selected]")
    assert selected["value"] == "tay-ninh"


@pytest.mark.parametrize(
    "query", ["?province=", "?province=khong-co", "?province=%00", "?province=a&province=b", "?province=%E2%80%AE"]
)
def test_bad_province_values_are_ignored(client, register, statistics_page, query):
    response = client.get("/vi/thong-ke/" + query)
    assert response.status_code == 200
    assert [li.strong.get_text() for li in soup_of(response).select(".stats-headline li")][:3] == ["6", "4", "3"]


def test_province_options_offer_provinces_with_products_targets_or_reports(client, register, statistics_page):
    factories.ProvinceTargetFactory(province=province("dong-thap"))
    soup = soup_of(client.get("/vi/thong-ke/"))
    options = [option["value"] for option in soup.select("#stats-province option")]
    assert options[0] == ""
    assert set(options[1:]) == {"tay-ninh", "long-an", "hue", "lai-chau", "dong-thap"}


# Targets and reported figures on the page ----------------------------------------------------


def test_targets_and_reported_figures_are_shown_apart_from_the_catalogue(client, register, statistics_page, long_an):
    factories.ProvinceTargetFactory(
        province=long_an, description="Ít nhất 60 sản phẩm OCOP", metric=Metric.CERTIFIED_PRODUCTS, target_value=60
    )
    factories.ReportedFigureFactory(province=long_an, value=14, source="Báo cáo tỉnh Long An tháng 5/2021")
    with translation.override("en"):
        response = client.get("/en/thong-ke/?province=long-an")
    soup = soup_of(response)
    target = soup.select_one(".target")
    assert "Ít nhất 60 sản phẩm OCOP" in target.get_text()
    assert "2 of 60 in the catalogue (3%)" in " ".join(target.get_text(" ").split())
    report = soup.select_one(".stat-table--report")
    assert "Báo cáo tỉnh Long An tháng 5/2021" in report.caption.get_text()
    assert "April 2023" in report.caption.get_text()
    row = report.find("tbody").find("tr")
    assert [td.get_text(strip=True) for td in row.find_all("td")] == ["14", "2"]
    # The headline numbers are the catalogue's, never the reported 14.
    assert soup.select_one(".stats-headline li strong").get_text() == "2"


# Query count --------------------------------------------------------------------------------------

KINDS = list(ProducerKind.values)
PROVINCES = ["tay-ninh", "hue", "lai-chau", "dong-thap", "can-tho", "an-giang"]
GROUPS = ["thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe"]


def add_products(producers, number_of_products, start=0):
    for number in range(start, start + number_of_products):
        factories.ProductPageFactory(
            parent=producers[number % len(producers)],
            group=factories.group(GROUPS[number % len(GROUPS)]),
            certification__stars=3 + number % 3,
            certification__decision__issued_on=factories.days_ago(30 + 37 * number % 1200),
        )


def count_queries(client, url):
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries), "\n".join(q["sql"][:200] for q in captured.captured_queries)


@pytest.mark.parametrize("query", ["", "?province=tay-ninh"])
def test_statistics_page_costs_the_same_queries_for_few_and_many_products(
    client, frozen_today, producer_index, statistics_page, long_an, query
):
    producers = [
        factories.ProducerPageFactory(
            parent=producer_index,
            kind=KINDS[number % len(KINDS)],
            province=long_an if number == 0 else province(PROVINCES[number % len(PROVINCES)]),
            women_led=number % 2 == 0,
        )
        for number in range(8)
    ]
    factories.ProvinceTargetFactory(province=long_an)
    factories.ProvinceTargetFactory(province=long_an, metric=Metric.DISPLAY_POINTS, target_value=3)
    factories.ProvinceTargetFactory(
        province=province("tay-ninh"), metric=Metric.NEW_PRODUCTS, counted_from_year=2021, target_value=150
    )
    factories.ReportedFigureFactory(province=long_an, value=14)
    add_products(producers, 3)
    few, _sql = count_queries(client, "/vi/thong-ke/" + query)
    add_products(producers, 60, start=3)
    many, sql = count_queries(client, "/vi/thong-ke/" + query)
    assert few == many, sql
    assert many <= 25, sql


# The admin ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("model", ["provincetarget", "reportedfigure"])
def test_editors_can_list_and_add_targets_and_reported_figures(admin_client, model, long_an):
    factories.ProvinceTargetFactory(province=long_an)
    factories.ReportedFigureFactory(province=long_an, value=14)
    assert admin_client.get(reverse(f"wagtailsnippets_reports_{model}:list")).status_code == 200
    assert admin_client.get(reverse(f"wagtailsnippets_reports_{model}:add")).status_code == 200


def test_editor_can_open_the_statistics_page_in_the_admin(admin_client, statistics_page, home_page):
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[statistics_page.pk])).status_code == 200
    statistics_page.delete()
    add = reverse("wagtailadmin_pages:add", args=["reports", "statisticspage", home_page.pk])
    assert admin_client.get(add).status_code == 200
