"""Pages cost a fixed number of SQL queries, however many products they list.

Each page is requested once to create image renditions, then the cache is
emptied so renditions must come from the database (prefetched, not one query
per card), and the second request is counted.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import ProducerKind
from tests import factories

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25
KINDS = list(ProducerKind.values)
PROVINCES = ["tay-ninh", "hue", "lai-chau", "dong-thap", "can-tho", "an-giang"]
GROUPS = ["thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe"]


def count_queries(client, url):
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), captured


def describe(captured):
    return "\n".join(query["sql"][:200] for query in captured.captured_queries)


def add_products(producers, count, start=0):
    for number in range(start, start + count):
        factories.ProductPageFactory(
            parent=producers[number % len(producers)],
            group=factories.group(GROUPS[number % len(GROUPS)]),
            listing_image=factories.ImageFactory(),
            certification__stars=3 + number % 3,
            certification__decision__issued_on=factories.days_ago(30 + number),
        )


@pytest.fixture
def producers(frozen_today, producer_index):
    return [
        factories.ProducerPageFactory(
            parent=producer_index,
            kind=KINDS[number % len(KINDS)],
            province=factories.province(PROVINCES[number % len(PROVINCES)]),
        )
        for number in range(8)
    ]


def test_catalogue_costs_the_same_queries_for_24_and_200_products(client, product_index, producers):
    add_products(producers, 24)
    with_24, _captured = count_queries(client, product_index.url)
    add_products(producers, 176, start=24)
    with_200, captured_200 = count_queries(client, product_index.url)

    assert with_24 == with_200, describe(captured_200)
    assert with_200 <= MAX_QUERIES, describe(captured_200)


def test_filtered_catalogue_costs_the_same_queries_for_more_products(client, product_index, producers):
    url = product_index.url + "?group=thuc-pham&stars=3&stars=4&province=tay-ninh&sort=name"
    add_products(producers, 24)
    few, _captured = count_queries(client, url)
    add_products(producers, 96, start=24)
    many, captured = count_queries(client, url)
    assert few == many, describe(captured)
    assert many <= MAX_QUERIES, describe(captured)


def test_producer_page_costs_the_same_queries_for_3_and_30_products(client, producers, display_point_index):
    producer = producers[0]
    points = [factories.DisplayPointPageFactory(parent=display_point_index) for _ in range(3)]
    for _ in range(3):
        factories.ProductPageFactory(parent=producer, listing_image=factories.ImageFactory(), sold_at=points[:1])
    few, _captured = count_queries(client, producer.url)
    for number in range(27):
        factories.ProductPageFactory(
            parent=producer, listing_image=factories.ImageFactory(), sold_at=points[: 1 + number % 3]
        )
    many, captured = count_queries(client, producer.url)
    assert few == many, describe(captured)
    assert many <= MAX_QUERIES, describe(captured)


def test_display_point_page_costs_the_same_queries_for_3_and_30_products(client, producers, display_point_index):
    point = factories.DisplayPointPageFactory(parent=display_point_index)
    for number in range(3):
        factories.ProductPageFactory(parent=producers[number], listing_image=factories.ImageFactory(), sold_at=[point])
    few, _captured = count_queries(client, point.url)
    for number in range(27):
        factories.ProductPageFactory(
            parent=producers[number % len(producers)], listing_image=factories.ImageFactory(), sold_at=[point]
        )
    many, captured = count_queries(client, point.url)
    assert few == many, describe(captured)
    assert many <= MAX_QUERIES, describe(captured)
