"""The search page's cost and shape, on the database backend of the run."""

import pytest

from catalogue.models import ProducerKind
from tests import factories
from tests.catalogue.test_query_counts import count_queries, describe

pytestmark = pytest.mark.django_db

# The search itself, one query per facet, one per kind of result shown (with
# its images), and the page's header and footer.
MAX_QUERIES = 21


def build(producer_index, products):
    producers = [
        factories.ProducerPageFactory(
            parent=producer_index,
            title=f"HTX mật ong số {number}",
            kind=list(ProducerKind.values)[number % 4],
            province=factories.province(["tay-ninh", "hue", "lai-chau"][number % 3]),
            listing_image=factories.ImageFactory(),
        )
        for number in range(3)
    ]
    for number in range(products):
        factories.ProductPageFactory(
            parent=producers[number % 3],
            title=f"Mật ong hoa nhãn loại {number}",
            listing_image=factories.ImageFactory(),
            certification__stars=3 + number % 3,
            certification__decision__issued_on=factories.days_ago(30 + number),
        )


@pytest.mark.parametrize("language", ["vi", "en"])
def test_search_page_costs_the_same_queries_for_few_and_many_results(client, frozen_today, producer_index, language):
    url = "/vi/tim-kiem/?q=mat+ong" if language == "vi" else "/en/search/?q=mat+ong"
    build(producer_index, 4)
    few, _ = count_queries(client, "/vi/tim-kiem/?q=mat+ong")
    build(producer_index, 40)
    many, captured = count_queries(client, "/vi/tim-kiem/?q=mat+ong")
    assert many <= few, describe(captured)
    assert many <= MAX_QUERIES, describe(captured)
    assert client.get(url).status_code == 200


def test_search_page_lists_results_with_their_kind_and_stars(client, frozen_today, producer_index):
    build(producer_index, 3)
    html = client.get("/vi/tim-kiem/?q=mat+ong").content.decode()
    assert "Mật ong hoa nhãn loại 0" in html
    assert "HTX mật ong số 1" in html
    assert "6 kết quả" in html
    assert "Chủ thể" in html and "Sản phẩm" in html


def test_english_search_page_speaks_english(client, frozen_today, producer_index):
    build(producer_index, 2)
    response = client.get("/en/search/?q=")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Type the name of a product" in html
    assert '<html lang="en">' in html


@pytest.mark.parametrize(
    "query", ["/vi/tim-kiem/?q=mat+ong", "/vi/tim-kiem/?q=mat+ong+hoa+nhan&stars=4&page=2", "/en/search/?q=honey"]
)
def test_search_page_keeps_to_its_query_budget(
    client, frozen_today, producer_index, django_assert_max_num_queries, query
):
    build(producer_index, 45)
    client.get(query)  # caches a running site keeps warm: site roots, taxonomy, content types
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(query)
    assert response.status_code == 200
