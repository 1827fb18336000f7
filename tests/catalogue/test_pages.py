"""What a visitor sees on the product, producer and display point pages and their indexes.

Today is frozen at Monday 15 September 2025. Labels are compared in their
Vietnamese translation, whatever the .po file says, so the tests follow the
translators rather than fight them.
"""

import datetime

import pytest
from django.utils import translation
from django.utils.translation import gettext

from catalogue.models import (
    ProducerKind,
    ProducerSalesChannel,
    ProductOnlineChannel,
    SalesChannelKind,
    Weekday,
)
from catalogue.register import CertificateStatus
from tests import factories
from tests.utils import soup_of, titles_listed, visible_text

pytestmark = pytest.mark.django_db


def in_vietnamese(label):
    """A lazy label, or a message id, as the Vietnamese page shows it."""
    with translation.override("vi"):
        return gettext(label) if isinstance(label, str) else str(label)


def status_label(status):
    return in_vietnamese(CertificateStatus(status).label)


def the_only_h1(response):
    headings = soup_of(response).find_all("h1")
    assert len(headings) == 1, f"expected one h1, found {len(headings)}"
    return " ".join(headings[0].get_text(" ").split())


def text_outside_tables(response):
    """The visible text without tables (the certification history lists past stars as a record)."""
    soup = soup_of(response)
    for table in soup.find_all("table"):
        table.decompose()
    return " ".join(soup.get_text(" ").split())


@pytest.fixture
def rice_spirit(frozen_today, producer):
    return factories.ProductPageFactory(
        parent=producer,
        title="Rượu đế Gò Đen",
        group=factories.group("do-uong"),
        subgroup=factories.group("ruou-trang"),
        packaging="Chai 500 ml, hộp quà 2 chai",
        certification__stars=4,
        certification__score=82,
        certification__decision__number="5077/QĐ-UBND",
        certification__decision__issued_on=datetime.date(2023, 12, 28),
        certification__decision__issuer="UBND tỉnh Long An",
    )


# The product page --------------------------------------------------------------


def test_product_page_shows_its_certificate(client, rice_spirit):
    response = client.get(rice_spirit.url)

    assert response.status_code == 200
    assert the_only_h1(response) == "Rượu đế Gò Đen"
    text = visible_text(response)
    assert "5077/QĐ-UBND" in text
    assert "UBND tỉnh Long An" in text
    assert "28/12/2023" in text, "decision date as dd/mm/yyyy"
    assert "28/12/2026" in text, "valid until, 36 months later, as dd/mm/yyyy"
    assert status_label("valid") in text
    assert "★★★★" in text
    assert "★★★★★" not in text
    assert "Chai 500 ml, hộp quà 2 chai" in text


def test_product_page_is_served_in_vietnamese_under_vi(client, rice_spirit):
    response = client.get(rice_spirit.url)
    assert rice_spirit.url.startswith("/vi/")
    assert soup_of(response).html["lang"] == "vi"


def test_product_page_shows_its_description_and_producer(client, rice_spirit, producer):
    text = visible_text(client.get(rice_spirit.url))
    assert "Mô tả Rượu đế Gò Đen." in text
    assert producer.title in text


def test_product_page_warns_that_a_certificate_is_expiring(client, producer, frozen_today):
    product = factories.ProductPageFactory(
        parent=producer, certification__decision__issued_on=datetime.date(2022, 10, 1)
    )
    text = visible_text(client.get(product.url))
    assert status_label("expiring") in text
    assert "01/10/2025" in text
    assert "★★★★" in text, "an expiring certificate is still in force"


@pytest.mark.parametrize(
    ("certificate", "status"),
    [
        ({"certification__decision__issued_on": datetime.date(2022, 7, 1)}, "expired"),
        (
            {
                "certification__decision__issued_on": datetime.date(2024, 2, 1),
                "certification__revoked_on": datetime.date(2025, 3, 1),
                "certification__revocation_reason": "Không đạt khi đánh giá lại",
            },
            "revoked",
        ),
    ],
)
def test_product_page_does_not_present_an_expired_or_revoked_product_as_certified(
    client, producer, frozen_today, certificate, status
):
    product = factories.ProductPageFactory(parent=producer, **certificate)
    response = client.get(product.url)
    assert response.status_code == 200
    text = visible_text(response)
    assert status_label(status) in text
    assert "★" not in text_outside_tables(response), "stars only in the history of the register"


def test_revoked_product_page_gives_the_date_and_reason(client, producer, frozen_today):
    product = factories.ProductPageFactory(
        parent=producer,
        certification__decision__issued_on=datetime.date(2024, 2, 1),
        certification__revoked_on=datetime.date(2025, 3, 1),
        certification__revocation_reason="Không đạt khi đánh giá lại",
    )
    text = visible_text(client.get(product.url))
    assert "01/03/2025" in text
    assert "Không đạt khi đánh giá lại" in text


def test_product_never_certified_still_has_a_page_that_says_so(client, producer, frozen_today):
    product = factories.ProductPageFactory(parent=producer, title="Miến dong", certification=None)
    response = client.get(product.url)
    assert response.status_code == 200
    assert "★" not in visible_text(response)
    assert response.context["certification"] is None
    assert "Miến dong" in visible_text(response)


def test_product_page_lists_where_to_buy_it(client, rice_spirit, display_point_index):
    rest_stop = factories.DisplayPointPageFactory(parent=display_point_index, title="Trạm dừng chân Đồng Tháp Mười")
    rice_spirit.sold_at = [rest_stop]
    rice_spirit.save()
    ProductOnlineChannel.objects.create(
        page=rice_spirit, name="Gian hàng Postmart", url="https://postmart.vn/ruou-de-go-den"
    )

    response = client.get(rice_spirit.url)
    assert titles_listed(response, [rest_stop]) == ["Trạm dừng chân Đồng Tháp Mười"]
    assert "Gian hàng Postmart" in visible_text(response)


# The producer page ---------------------------------------------------------------


@pytest.fixture
def bao_la(frozen_today, producer_index):
    producer = factories.ProducerPageFactory(
        parent=producer_index,
        title="HTX mây tre đan Bao La",
        kind=ProducerKind.COOPERATIVE,
        story=factories.paragraph("Ba mươi hộ đan đèn và giỏ từ mây rừng Phong Điền."),
        province=factories.province("hue"),
        address="Xã Quảng Phú, huyện Quảng Điền",
        phone="0234 3 551 234",
        email="htxbaola@example.vn",
        website="https://maytrebaola.example.vn/",
        women_led=True,
        craft_village="Làng nghề mây tre đan Bao La",
        vietgap=True,
    )
    ProducerSalesChannel.objects.create(
        page=producer, name="Co.op Mart Huế", url="https://coopmart.example.vn/", kind=SalesChannelKind.SUPERMARKET
    )
    return producer


def test_producer_page_tells_its_story_and_how_to_reach_it(client, bao_la):
    response = client.get(bao_la.url)
    assert response.status_code == 200
    assert the_only_h1(response) == "HTX mây tre đan Bao La"
    text = visible_text(response)
    assert "Ba mươi hộ đan đèn và giỏ từ mây rừng Phong Điền." in text
    assert in_vietnamese(ProducerKind.COOPERATIVE.label) in text
    assert "Xã Quảng Phú, huyện Quảng Điền" in text
    assert "0234 3 551 234" in text
    assert "htxbaola@example.vn" in text
    assert 'href="https://maytrebaola.example.vn/"' in response.content.decode()
    assert "Co.op Mart Huế" in text
    assert in_vietnamese(SalesChannelKind.SUPERMARKET.label) in text


def test_producer_page_shows_its_distinctions(client, bao_la):
    text = visible_text(client.get(bao_la.url))
    with translation.override("vi"):
        badges = [str(label) for _key, label in bao_la.badges]
    assert len(badges) == 3
    for badge in badges:
        assert badge in text
    assert "Làng nghề mây tre đan Bao La" in text


def test_producer_page_lists_only_its_certified_products(client, bao_la, producer):
    lamp = factories.ProductPageFactory(parent=bao_la, title="Đèn trang trí mây tre", certification__stars=5)
    tray = factories.ProductPageFactory(parent=bao_la, title="Khay mây", certification__stars=3)
    basket = factories.ProductPageFactory(
        parent=bao_la, title="Giỏ tre", certification__decision__issued_on=datetime.date(2021, 1, 1)
    )
    draft = factories.ProductPageFactory(parent=bao_la, title="Đèn lồng bản nháp", live=False)
    elsewhere = factories.ProductPageFactory(parent=producer, title="Sản phẩm của chủ thể khác")

    response = client.get(bao_la.url)
    assert titles_listed(response, [lamp, tray, basket, draft, elsewhere]) == [
        "Đèn trang trí mây tre",
        "Khay mây",
    ]
    assert [product.title for product in response.context["certified_products"]] == [
        "Đèn trang trí mây tre",
        "Khay mây",
    ], "most stars first"


def test_producer_page_lists_the_display_points_selling_its_products(client, bao_la, display_point_index):
    hue_shop = factories.DisplayPointPageFactory(parent=display_point_index, title="Điểm OCOP Chợ Đông Ba")
    other = factories.DisplayPointPageFactory(parent=display_point_index, title="Điểm bán không liên quan")
    factories.ProductPageFactory(parent=bao_la, sold_at=[hue_shop])
    response = client.get(bao_la.url)
    assert titles_listed(response, [hue_shop, other]) == ["Điểm OCOP Chợ Đông Ba"]


def test_producer_index_lists_producers_and_filters_by_kind(client, producer_index, frozen_today):
    cooperative = factories.ProducerPageFactory(parent=producer_index, title="HTX Rượu Gò Đen")
    household = factories.ProducerPageFactory(
        parent=producer_index, title="Hộ kinh doanh Đèo Thị Sớp", kind=ProducerKind.HOUSEHOLD
    )
    response = client.get(producer_index.url)
    assert response.status_code == 200
    assert the_only_h1(response) == producer_index.title
    assert titles_listed(response, [cooperative, household]) == ["HTX Rượu Gò Đen", "Hộ kinh doanh Đèo Thị Sớp"]

    response = client.get(producer_index.url, {"kind": "household"})
    assert titles_listed(response, [cooperative, household]) == ["Hộ kinh doanh Đèo Thị Sớp"]


@pytest.mark.parametrize(
    "query", ["kind=farmer", "kind=%00", "page=abc", "page=-1", "page=99999", "kind=" + "x" * 3000]
)
def test_producer_index_ignores_malformed_parameters(client, producer_index, query):
    producer = factories.ProducerPageFactory(parent=producer_index)
    response = client.get(f"{producer_index.url}?{query}")
    assert response.status_code == 200
    assert titles_listed(response, [producer]) == [producer.title]


# The display point page ----------------------------------------------------------


@pytest.fixture
def rest_stop(frozen_today, display_point_index, producer):
    point = factories.DisplayPointPageFactory(
        parent=display_point_index,
        title="Trạm dừng chân Đồng Tháp Mười",
        address="Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa",
        opening_hours_note="Mở cửa cả ngày lễ, Tết.",
    )
    for day in range(Weekday.SATURDAY):
        factories.OpeningHoursFactory(page=point, weekday=day, opens=datetime.time(7), closes=datetime.time(21))
    factories.OpeningHoursFactory(
        page=point, weekday=Weekday.SATURDAY, opens=datetime.time(18), closes=datetime.time(2)
    )
    factories.ProductPageFactory(parent=producer, title="Rượu đế Gò Đen", sold_at=[point])
    factories.ProductPageFactory(
        parent=producer,
        title="Lạp xưởng bị thu hồi",
        sold_at=[point],
        certification__revoked_on=datetime.date(2025, 3, 1),
        certification__revocation_reason="Không đạt",
    )
    return point


def test_display_point_page_shows_where_it_is_and_when_it_opens(client, rest_stop, frozen_now):
    frozen_now(2025, 9, 15, 8, 0)
    response = client.get(rest_stop.url)
    assert response.status_code == 200
    assert the_only_h1(response) == "Trạm dừng chân Đồng Tháp Mười"
    text = visible_text(response)
    assert "Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa" in text
    assert "07:00–21:00" in text
    assert "18:00–02:00" in text
    assert "Mở cửa cả ngày lễ, Tết." in text


@pytest.mark.parametrize(
    ("moment", "label"),
    [
        ((2025, 9, 15, 8, 0), "Open now"),  # Monday morning
        ((2025, 9, 15, 21, 0), "Closed now"),  # Monday at closing time
        ((2025, 9, 21, 1, 30), "Open now"),  # Saturday night, after midnight
        ((2025, 9, 21, 12, 0), "Closed now"),  # Sunday: no hours
    ],
)
def test_display_point_page_says_whether_it_is_open_now(client, rest_stop, frozen_now, moment, label):
    frozen_now(*moment)
    text = visible_text(client.get(rest_stop.url))
    assert in_vietnamese(label) in text
    assert in_vietnamese("Closed now" if label == "Open now" else "Open now") not in text


def test_display_point_page_lists_the_certified_products_sold_there(client, rest_stop, producer):
    response = client.get(rest_stop.url)
    products = list(response.context["products"])
    assert [product.title for product in products] == ["Rượu đế Gò Đen"]
    text = visible_text(response)
    assert "Rượu đế Gò Đen" in text
    assert "Lạp xưởng bị thu hồi" not in text
    assert titles_listed(response, [producer]) == [producer.title]


def test_display_point_index_lists_every_point(client, display_point_index):
    points = [
        factories.DisplayPointPageFactory(parent=display_point_index, title=title)
        for title in ("Bưu điện Tân An", "Chợ Đông Ba")
    ]
    response = client.get(display_point_index.url)
    assert response.status_code == 200
    assert the_only_h1(response) == display_point_index.title
    assert titles_listed(response, points) == ["Bưu điện Tân An", "Chợ Đông Ba"]
