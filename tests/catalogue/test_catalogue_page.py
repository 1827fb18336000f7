"""The catalogue page as a visitor gets it: /vi/san-pham/ with its query string."""

import re

import pytest

from tests import factories
from tests.utils import soup_of, titles_listed

pytestmark = pytest.mark.django_db


def products_of(register):
    return list(vars(register.products).values())


def count_heading(response):
    """The heading that states how many products match, e.g. "6 sản phẩm"."""
    for heading in soup_of(response).find_all(["h1", "h2"]):
        text = " ".join(heading.get_text(" ").split())
        if re.match(r"^\d+\b", text):
            return text
    raise AssertionError("no heading gives the number of products")


def test_catalogue_lists_certified_products_and_their_number(client, product_index, register):
    response = client.get(product_index.url)
    assert response.status_code == 200
    assert set(titles_listed(response, products_of(register))) == {
        "Lồng đèn mây tre",
        "Nấm đông trùng hạ thảo",
        "Rượu đế Gò Đen",
        "Thịt trâu gác bếp",
        "Vang chanh Long An",
        "Chè shan tuyết",
    }
    assert count_heading(response).startswith("6 ")


def test_catalogue_shows_each_products_stars_and_producer(client, product_index, register):
    html = client.get(product_index.url).content.decode()
    assert "★★★★★" in html  # the five-star cordyceps
    assert register.producers.go_den.title in html


def test_filtering_through_the_page(client, product_index, register):
    response = client.get(product_index.url, {"province": "tay-ninh", "stars": ["3", "4"]})
    assert response.status_code == 200
    assert titles_listed(response, products_of(register)) == ["Rượu đế Gò Đen", "Vang chanh Long An"]
    assert count_heading(response).startswith("2 ")


def test_show_all_statuses_through_the_page(client, product_index, register):
    response = client.get(product_index.url, {"status": "all", "kind": "household"})
    assert set(titles_listed(response, products_of(register))) == {
        "Thịt trâu gác bếp",
        "Chè shan tuyết",
        "Lạp xưởng",
    }


def test_facet_links_on_the_page_lead_to_the_filtered_list(client, product_index, register):
    response = client.get(product_index.url)
    html = response.content.decode()
    assert 'href="?province=long-an"' in html
    followed = client.get(product_index.url + "?province=long-an")
    assert titles_listed(followed, products_of(register)) == ["Rượu đế Gò Đen", "Vang chanh Long An"]


def test_filtered_catalogue_pages_ask_search_engines_not_to_index_them(client, product_index, register):
    assert 'name="robots"' not in client.get(product_index.url).content.decode()
    robots = soup_of(client.get(product_index.url, {"group": "do-uong"})).find("meta", attrs={"name": "robots"})
    assert "noindex" in robots["content"]


def test_empty_result_says_so_with_a_zero_count(client, product_index, register):
    response = client.get(product_index.url, {"group": "sinh-vat-canh"})
    assert response.status_code == 200
    assert titles_listed(response, products_of(register)) == []
    assert count_heading(response).startswith("0 ")


@pytest.fixture
def twenty_five_products(frozen_today, producer, product_index):
    """25 products, each decided a day after the previous: the newest is the last made."""
    return [
        factories.ProductPageFactory(
            parent=producer, certification__decision__issued_on=factories.days_ago(100 - number)
        )
        for number in range(25)
    ]


def test_catalogue_pages_by_24(client, product_index, twenty_five_products):
    newest_first = list(reversed(twenty_five_products))

    first = client.get(product_index.url)
    assert titles_listed(first, newest_first) == [product.title for product in newest_first[:24]]
    assert count_heading(first).startswith("25 ")
    assert 'href="?page=2"' in first.content.decode()

    second = client.get(product_index.url, {"page": "2"})
    assert second.status_code == 200
    assert titles_listed(second, newest_first) == [newest_first[24].title]


# Nothing a visitor (or a crawler) types gives an error page.

MALFORMED = [
    "group=khong-co-nhom-nay",
    "subgroup=khong-co",
    "province=sai-gon-cu",
    "stars=9",
    "stars=abc",
    "stars=9&stars=abc",
    "kind=farmer",
    "status=everything",
    "sort=drop%20table%20catalogue_productpage",
    "sort=-title",
    "group=" + "x" * 5000,
    "group=th%E1%BB%B1c-ph%E1%BA%A9m",
    "province=%F0%9F%8D%B5",
    "group=%00",
    "sort=%0D%0ASet-Cookie:%20x=1",
    "kind=%1B%5B31m",
    "stars=%FF%FE",
    "group[]=thuc-pham&stars[]=4",
    "page=-1",
    "page=0",
    "page=99999",
    "page=abc",
    "page=%00",
    "page=" + "9" * 400,
    "page=2&page=abc",
]


def test_malformed_query_strings_give_the_unfiltered_first_page(client, product_index, twenty_five_products, subtests):
    expected = titles_listed(client.get(product_index.url), twenty_five_products)
    assert len(expected) == 24
    for query in MALFORMED:
        with subtests.test(query=query[:60]):
            response = client.get(f"{product_index.url}?{query}")
            assert response.status_code == 200
            assert titles_listed(response, twenty_five_products) == expected
