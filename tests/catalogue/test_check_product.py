"""Checking a product without its stamp: /vi/kiem-tra/ and /en/check/.

Today is frozen at 15 September 2025. A visitor types a decision number (as
written, in lower case without tone marks, or just its serial number), the
code printed under a stamp's QR code, or a name without tone marks, and reads
one line per certificate saying whether it holds today.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db


def check_url(language="vi"):
    with translation.override(language):
        return reverse("check_product")


def certify(product, number, issued_on, **fields):
    decision = factories.CertificationDecisionFactory(number=number, issued_on=issued_on, issuer="UBND tỉnh Long An")
    return factories.CertificationFactory(product=product, decision=decision, **fields)


@pytest.fixture
def register_(frozen_today, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX rượu Gò Đen")
    other = factories.ProducerPageFactory(parent=producer_index, title="Hộ kinh doanh Đèo Thị Sớp")

    def product(title, parent=producer):
        return factories.ProductPageFactory(parent=parent, title=title, certification=None)

    wine = certify(product("Rượu đế Gò Đen"), "5077/QĐ-UBND", datetime.date(2024, 12, 28), stars=4, score=82)
    honey = certify(product("Mật ong hoa tràm"), "1397/QĐ-UBND", datetime.date(2022, 7, 1), stars=3)
    sausage = certify(
        product("Lạp xưởng", other),
        "2210/QĐ-UBND",
        datetime.date(2024, 2, 1),
        stars=4,
        revoked_on=datetime.date(2025, 3, 1),
        revocation_reason="Không đạt khi đánh giá lại",
        revocation_reason_en="Failed its re-evaluation",
    )
    return wine, honey, sausage


def lines(response):
    return [visible_text_of(item) for item in soup_of(response).select(".check-result")]


def visible_text_of(tag):
    return " ".join(tag.get_text(" ").split())


@pytest.mark.parametrize("typed", ["5077/QĐ-UBND", "5077/qd-ubnd", "5077", " 5077 / QD - UBND "])
def test_decision_number_as_typed_finds_the_certificate_and_says_it_holds(client, register_, typed):
    response = client.get(check_url(), {"q": typed})

    assert response.status_code == 200
    found = lines(response)
    assert len(found) == 1
    assert "Rượu đế Gò Đen" in found[0]
    assert "Được chứng nhận OCOP 4 sao, còn hiệu lực đến 28/12/2027." in found[0]
    assert "5077/QĐ-UBND" in found[0]
    wine = register_[0]
    assert soup_of(response).select_one(f'.check-result a[href="/vi/xac-minh/{wine.verification_code}/"]')


def test_decision_number_in_english(client, register_):
    response = client.get(check_url("en"), {"q": "5077/qd-ubnd"})

    found = lines(response)
    assert response.status_code == 200
    assert "Certified OCOP 4 stars, valid until 28 December 2027." in found[0]
    assert soup_of(response).select_one(f'a[href="/en/verify/{register_[0].verification_code}/"]')


@pytest.mark.parametrize("language", ["vi", "en"])
def test_verification_code_as_printed_finds_the_certificate(client, register_, language):
    code = register_[2].verification_code
    typed = f"{code[:4].lower()}-{code[4:8]} {code[8:]}"

    found = lines(client.get(check_url(language), {"q": typed}))

    assert len(found) == 1
    assert "Lạp xưởng" in found[0]
    expected = {
        "vi": (
            "Không còn được chứng nhận: giấy chứng nhận 4 sao đã bị thu hồi ngày 01/03/2025: Không đạt khi đánh giá lại"
        ),
        "en": "Not certified: the 4-star certificate was revoked on 1 March 2025: Failed its re-evaluation",
    }
    assert expected[language] in found[0]


@pytest.mark.parametrize(
    ("typed", "product", "verdict"),
    [
        ("ruou de go den", "Rượu đế Gò Đen", "Được chứng nhận OCOP 4 sao"),
        ("MAT ONG", "Mật ong hoa tràm", "Không còn được chứng nhận: giấy chứng nhận 3 sao đã hết hạn ngày 02/07/2025."),
        ("deo thi sop", "Lạp xưởng", "đã bị thu hồi ngày 01/03/2025"),
    ],
)
def test_product_or_producer_name_without_tone_marks_finds_its_certificate(client, register_, typed, product, verdict):
    found = lines(client.get(check_url(), {"q": typed}))

    assert len(found) == 1
    assert product in found[0]
    assert verdict in found[0]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_certificate_found_links_to_a_report_of_a_suspected_fake(client, register_, language):
    wine = register_[0]
    with translation.override(language):
        report = reverse("misuse_report")

    soup = soup_of(client.get(check_url(language), {"q": "5077"}))

    link = soup.select_one(f'.check-result a[href="{report}?code={wine.verification_code}"]')
    assert link is not None
    assert link.get_text(strip=True) == {"vi": "Báo nghi vấn hàng giả", "en": "Report a suspected fake"}[language]


def test_nothing_found_offers_to_report_a_product_sold_as_ocop(client, register_):
    soup = soup_of(client.get(check_url(), {"q": "9999/QĐ-UBND"}))

    link = soup.select_one('a[href="/vi/phan-anh/"]')
    assert link is not None
    assert link.get_text(strip=True) == "Phản ánh sản phẩm bán như hàng OCOP mà không có chứng nhận"


def test_producer_name_lists_each_of_its_products(client, register_):
    found = lines(client.get(check_url(), {"q": "htx ruou go den"}))

    assert len(found) == 2
    assert {("Rượu đế Gò Đen" in line) for line in found} == {True, False}
    assert any("Mật ong hoa tràm" in line for line in found)


def test_a_product_without_a_certificate_says_so(client, register_, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX Bình Lư")
    factories.ProductPageFactory(parent=producer, title="Miến dong Bình Lư", certification=None)

    found = lines(client.get(check_url(), {"q": "mien dong"}))

    assert len(found) == 1
    assert "Chưa có chứng nhận OCOP" in found[0]


@pytest.mark.parametrize(
    ("language", "message"),
    [("vi", "Không tìm thấy"), ("en", "Not found: the OCOP register has no certificate")],
)
@pytest.mark.parametrize("typed", ["9999/QĐ-UBND", "9999", "7KQM4RTAX2HC9WNP", "khong co san pham nay"])
def test_unknown_number_code_or_name_is_answered_plainly(client, register_, typed, language, message):
    response = client.get(check_url(language), {"q": typed})

    assert response.status_code == 200
    assert not lines(response)
    assert message in visible_text(response)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("5" * 2000, "dài hơn 200 ký tự"),
        ("\x00\x01 /// ---", "có chữ hoặc số"),
        ("' OR 1=1 --", "Không tìm thấy"),
    ],
)
def test_malformed_or_overlong_input_gets_a_clear_message(client, register_, typed, message):
    response = client.get(check_url(), {"q": typed})

    assert response.status_code == 200
    assert message in visible_text(response)
    assert not lines(response)


def test_the_form_alone_before_anything_is_typed(client, home_page):
    for language, heading in (("vi", "Kiểm tra sản phẩm OCOP"), ("en", "Check an OCOP product")):
        response = client.get(check_url(language))
        assert response.status_code == 200
        assert soup_of(response).h1.get_text(strip=True) == heading
        assert soup_of(response).select_one('form input[name="q"]')


def test_the_page_is_at_translated_addresses_and_linked_from_the_header(client, home_page):
    assert check_url("vi") == "/vi/kiem-tra/"
    assert check_url("en") == "/en/check/"
    for language, label in (("vi", "Kiểm tra sản phẩm OCOP"), ("en", "Check an OCOP product")):
        response = client.get(f"/{language}/")
        link = soup_of(response).select_one(f'header a[href="{check_url(language)}"]')
        assert link is not None and link.get_text(strip=True) == label


def test_the_answers_are_not_indexed_nor_cached(client, register_):
    response = client.get(check_url(), {"q": "5077"})

    assert response["X-Robots-Tag"] == "noindex"
    assert "private" in response["Cache-Control"]
    assert soup_of(response).select_one('meta[name="robots"][content*="noindex"]')


def test_the_check_is_rate_limited_like_search(client, register_, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "check": "2/m"}

    statuses = [client.get(check_url(), {"q": "5077"}).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


@pytest.mark.parametrize("typed", ["5077", "ruou", "htx", "mat ong"])
def test_a_check_costs_a_fixed_number_of_queries(
    client, register_, producer_index, typed, django_assert_max_num_queries
):
    # Many more products and certificates of the same decision number and names: the cost stays the same.
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX rượu mật ong")
    decision = factories.CertificationDecisionFactory(number="5077/QĐ-UBND", issued_on=datetime.date(2025, 1, 2))
    for number in range(30):
        product = factories.ProductPageFactory(parent=producer, title=f"Rượu mật ong {number}", certification=None)
        factories.CertificationFactory(product=product, decision=decision)

    with django_assert_max_num_queries(14):
        response = client.get(check_url(), {"q": typed})

    assert response.status_code == 200
    assert lines(response)
