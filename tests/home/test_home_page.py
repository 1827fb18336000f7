"""The home page: the register at a glance, featured products, latest news and display points."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.utils import soup_of, titles_listed, visible_text

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25


@pytest.fixture
def register(frozen_today, home_page, producer):
    """Two 3★, one 4★ and one 5★ in force; one expired 5★ and one revoked 4★ that must not count."""
    in_force = [
        factories.ProductPageFactory(parent=producer, title=title, certification__stars=stars)
        for title, stars in [("Miến dong Bình Lư", 3), ("Gạo Séng Cù", 3), ("Mật ong bạc hà", 4), ("Trà hoa vàng", 5)]
    ]
    expired = factories.ProductPageFactory(
        parent=producer,
        title="Rượu chanh hết hạn",
        certification__stars=5,
        certification__decision__issued_on=datetime.date(2021, 1, 1),
    )
    revoked = factories.ProductPageFactory(
        parent=producer,
        title="Lạp xưởng bị thu hồi",
        certification__stars=4,
        certification__revoked_on=datetime.date(2025, 3, 1),
        certification__revocation_reason="Không đạt",
    )
    return {"in_force": in_force, "expired": expired, "revoked": revoked}


def test_home_page_renders_at_the_language_root(client, home_page):
    response = client.get("/vi/")
    assert response.status_code == 200
    headings = soup_of(response).find_all("h1")
    assert [" ".join(h.get_text(" ").split()) for h in headings] == [home_page.title]
    assert soup_of(response).html["lang"] == "vi"


def test_site_root_redirects_to_the_visitors_language(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/vi/"


def test_home_page_counts_certified_products_by_stars(client, register, product_index):
    response = client.get("/vi/")
    assert response.context["star_counts"] == [(3, 2), (4, 1), (5, 1)]
    assert response.context["certified_total"] == 4
    soup = soup_of(response)
    for stars, count in [(3, 2), (4, 1), (5, 1)]:
        link = soup.find("a", href=f"{product_index.url}?stars={stars}")
        assert link is not None, f"a link to the {stars}-star products"
        assert re.search(rf"\b{count}\b", link.get_text(" ")), f"{count} products with {stars} stars"


def test_home_page_shows_featured_products_in_the_editors_order_certified_only(client, home_page, register):
    honey, tea = register["in_force"][2], register["in_force"][3]
    for product in (tea, register["expired"], honey, register["revoked"]):
        factories.FeaturedProductFactory(page=home_page, product=product)

    response = client.get("/vi/")
    assert [product.title for product in response.context["featured_products"]] == ["Trà hoa vàng", "Mật ong bạc hà"]
    text = visible_text(response)
    assert "Trà hoa vàng" in text
    assert "Mật ong bạc hà" in text
    assert "Rượu chanh hết hạn" not in text
    assert "Lạp xưởng bị thu hồi" not in text


def test_home_page_shows_the_three_latest_news(client, news_index):
    articles = [
        factories.NewsPageFactory(parent=news_index, title=f"Tin số {day}", date=datetime.date(2025, 9, day))
        for day in (1, 5, 3, 9)
    ]
    response = client.get("/vi/")
    assert set(titles_listed(response, articles)) == {"Tin số 9", "Tin số 5", "Tin số 3"}
    assert [article.title for article in response.context["latest_news"]] == ["Tin số 9", "Tin số 5", "Tin số 3"]


def test_home_page_links_to_display_points(client, display_point_index):
    point = factories.DisplayPointPageFactory(parent=display_point_index, title="Trạm dừng chân Đồng Tháp Mười")
    assert titles_listed(client.get("/vi/"), [point]) == ["Trạm dừng chân Đồng Tháp Mười"]


def test_home_page_leaves_out_drafts(client, news_index, producer, home_page, frozen_today):
    factories.NewsPageFactory(parent=news_index, title="Bản nháp chưa đăng", live=False)
    draft = factories.ProductPageFactory(parent=producer, title="Sản phẩm nháp", live=False)
    factories.FeaturedProductFactory(page=home_page, product=draft)
    text = visible_text(client.get("/vi/"))
    assert "Bản nháp chưa đăng" not in text
    assert "Sản phẩm nháp" not in text


def count_queries(client, url):
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries), "\n".join(q["sql"][:200] for q in captured.captured_queries)


def build_home(home_page, producer_index, news_index, display_point_index, products, featured, articles, points):
    producers = [factories.ProducerPageFactory(parent=producer_index) for _ in range(max(1, products // 10))]
    made = [
        factories.ProductPageFactory(
            parent=producers[number % len(producers)],
            listing_image=factories.ImageFactory(),
            certification__stars=3 + number % 3,
        )
        for number in range(products)
    ]
    for product in made[:featured]:
        factories.FeaturedProductFactory(page=home_page, product=product)
    for _ in range(articles):
        factories.NewsPageFactory(parent=news_index, listing_image=factories.ImageFactory())
    for _ in range(points):
        factories.DisplayPointPageFactory(parent=display_point_index, listing_image=factories.ImageFactory())


def test_home_page_costs_the_same_queries_however_much_content_there_is(
    client, frozen_today, home_page, producer_index, news_index, display_point_index, product_index
):
    build_home(home_page, producer_index, news_index, display_point_index, products=3, featured=1, articles=1, points=1)
    little, _sql = count_queries(client, "/vi/")
    build_home(
        home_page, producer_index, news_index, display_point_index, products=30, featured=7, articles=5, points=5
    )
    much, sql = count_queries(client, "/vi/")
    assert little == much, sql
    assert much <= MAX_QUERIES, sql
