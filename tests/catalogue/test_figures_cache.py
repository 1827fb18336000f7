"""Counts over the whole register come from the cache until the register or the date changes them.

With the cache on (it is off in the test settings), a second visit to the
catalogue, the home page or the statistics counts nothing again; a
certificate revoked, a product unpublished or the day moving on changes the
figures on the very next visit, so they are never older than the register.
"""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from catalogue.figures import headline_figures
from catalogue.figures_cache import KEY_PREFIX
from catalogue.models import Certification
from reports.figures import RegisterFigures
from tests.utils import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def figures_cache_on(settings):
    settings.OCOP_FIGURES_CACHE_SECONDS = 3600


def listed_count(response):
    """The number in the heading that says how many products match, e.g. 6 in "6 sản phẩm"."""
    for heading in soup_of(response).find_all(["h1", "h2"]):
        match = re.match(r"^(\d+)\b", " ".join(heading.get_text(" ").split()))
        if match:
            return int(match.group(1))
    raise AssertionError("no heading gives the number of products")


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, [query["sql"] for query in queries]


def counting_queries(sqls):
    return [sql for sql in sqls if "COUNT(" in sql.upper()]


def vietnamese():
    return Locale.objects.get(language_code="vi")


def test_the_catalogue_counts_its_facets_once(client, product_index, register):
    first, first_sqls = queries_of(client, product_index.url)
    second, second_sqls = queries_of(client, product_index.url)
    assert listed_count(first) == listed_count(second) == 6
    assert counting_queries(first_sqls)
    assert not counting_queries(second_sqls)
    assert len(second_sqls) < len(first_sqls)


def test_a_filter_has_counts_of_its_own(client, product_index, register):
    assert listed_count(client.get(product_index.url)) == 6
    assert listed_count(client.get(product_index.url + "?group=do-uong")) == 2
    assert listed_count(client.get(product_index.url + "?stars=3")) == 3


def test_a_revocation_shows_on_the_next_visit(client, product_index, register, frozen_today):
    assert listed_count(client.get(product_index.url)) == 6
    certificate = Certification.objects.get(product=register.products.cordyceps)
    certificate.revoked_on = frozen_today.today
    certificate.revocation_reason = "Không đạt khi đánh giá lại"
    certificate.save()
    assert listed_count(client.get(product_index.url)) == 5
    assert headline_figures(vietnamese())["products"] == 5


def test_an_unpublished_product_leaves_the_counts_at_once(client, product_index, register):
    assert listed_count(client.get(product_index.url)) == 6
    assert headline_figures(vietnamese())["products"] == 6
    register.products.lantern.unpublish()
    assert listed_count(client.get(product_index.url)) == 5
    assert headline_figures(vietnamese())["products"] == 5


def test_midnight_changes_the_figures_with_nothing_written(client, product_index, register, frozen_today):
    """Chè shan tuyết (decided 1 October 2022) is valid through 1 October 2025, expired the day after."""
    assert listed_count(client.get(product_index.url)) == 6
    assert RegisterFigures(vietnamese()).certified_total == 6
    frozen_today.today = datetime.date(2025, 10, 1)
    assert listed_count(client.get(product_index.url)) == 6
    frozen_today.today = datetime.date(2025, 10, 2)
    assert listed_count(client.get(product_index.url)) == 5
    assert RegisterFigures(vietnamese()).certified_total == 5
    assert headline_figures(vietnamese())["products"] == 5


def test_the_statistics_count_once(register):
    figures = RegisterFigures(vietnamese())
    by_year, certified = figures.by_year, figures.certified_total
    with CaptureQueriesContext(connection) as queries:
        again = RegisterFigures(vietnamese())
        assert again.by_year == by_year
        assert again.certified_total == certified == 6
    assert not counting_queries([query["sql"] for query in queries])


def test_nothing_is_kept_when_the_cache_is_off(settings, client, product_index, register):
    from django.core.cache import cache

    settings.OCOP_FIGURES_CACHE_SECONDS = 0
    cache.clear()
    queries_of(client, product_index.url)
    _response, second_sqls = queries_of(client, product_index.url)
    assert counting_queries(second_sqls)
    assert not [key for key in getattr(cache, "_cache", {}) if KEY_PREFIX in key]
