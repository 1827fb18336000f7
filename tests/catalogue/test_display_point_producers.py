"""A display point that sells for many producers names the main ones and says how many others there are.

A rest stop can sell the products of hundreds of producers; the page names the
twelve with the most certified products sold there, by name, and counts the
rest, so it stays the same size however many there are. Its products are
paged, in Vietnamese order.
"""

import datetime

import pytest

from showcase.collation import vietnamese_sort_key
from tests import factories
from tests.utils import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def busy_stop(frozen_today, display_point_index, producer_index):
    """14 producers: Ánh Dương sells three certified products here, Bến Tre two, twelve others one each."""
    point = factories.DisplayPointPageFactory(parent=display_point_index, title="Trạm dừng chân Cái Bè")

    def producer(title, products):
        page = factories.ProducerPageFactory(parent=producer_index, title=title)
        for name in products:
            factories.ProductPageFactory(parent=page, title=name, sold_at=[point])
        return page

    names = [f"Hợp tác xã {letter}" for letter in "CDĐEGHIKLMNO"]
    singles = [producer(name, [f"Bánh phồng {name[-1]}"]) for name in names]
    big = producer("HTX Ánh Dương", ["Kẹo dừa Ánh Dương", "Mứt dừa Ánh Dương", "Dầu dừa Ánh Dương"])
    second = producer("HTX Bến Tre", ["Bánh tráng Bến Tre", "Ấm trà Bến Tre"])
    # Products that are not certified do not count: a revoked one and one never certified.
    revoked = factories.ProductPageFactory(
        parent=singles[0],
        title="Nem chua bị thu hồi",
        sold_at=[point],
        certification__revoked_on=datetime.date(2025, 3, 1),
        certification__revocation_reason="Không đạt",
    )
    factories.ProductPageFactory(parent=singles[0], title="Mắm chưa chứng nhận", sold_at=[point], certification=None)
    return point, big, second, singles, revoked


def test_the_twelve_main_producers_are_named_and_the_others_counted(client, busy_stop):
    point, big, second, _singles, _revoked = busy_stop
    response = client.get(point.url)
    assert response.status_code == 200
    named = [page.title for page in response.context["producers"]]
    # The two with several products, then the first ten of the others by pk, all shown in Vietnamese order.
    assert len(named) == 12
    assert {big.title, second.title} <= set(named)
    assert named == sorted(named, key=vietnamese_sort_key)
    assert response.context["other_producers"] == 2
    text = visible_text(response)
    assert "và 2 chủ thể khác" in text
    assert big.title in text


def test_every_certified_product_sold_there_is_counted_and_paged(client, busy_stop, settings):
    point, _big, _second, _singles, revoked = busy_stop
    settings.OCOP_PRODUCTS_PER_PAGE = 10
    first = client.get(point.url)
    page = first.context["products"]
    assert page.paginator.count == 17
    titles = [product.title for product in page]
    assert len(titles) == 10
    second = client.get(point.url + "?page=2")
    rest = [product.title for product in second.context["products"]]
    assert len(rest) == 7
    everything = titles + rest
    assert revoked.title not in everything and "Mắm chưa chứng nhận" not in everything
    # Vietnamese order: a ă â, then b; "Bánh" before "Bến"; "D" before "Đ".
    assert everything == sorted(everything, key=vietnamese_sort_key)
    assert everything[0] == "Ấm trà Bến Tre"


def test_a_point_with_few_producers_names_them_all(client, frozen_today, display_point_index, producer):
    point = factories.DisplayPointPageFactory(parent=display_point_index, title="Chợ nổi Cái Răng")
    factories.ProductPageFactory(parent=producer, title="Hủ tiếu Cái Răng", sold_at=[point])
    response = client.get(point.url)
    assert [page.title for page in response.context["producers"]] == [producer.title]
    assert response.context["other_producers"] == 0
    assert "chủ thể khác" not in visible_text(response)
