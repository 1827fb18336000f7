"""What a buyer needs from a producer: standards, capacity, minimum order, export markets, a trade contact.

Shown in a "Dành cho nhà phân phối" / "For buyers" section of the producer page,
only where filled, in both languages; translated where it is text, synchronised
where it is a contact; given by the API.
"""

import json

import pytest
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, StringSegment, TranslationSource

from tests import factories
from tests.utils import soup_of

pytestmark = pytest.mark.django_db

BUYER_DETAILS = {
    "vietgap": True,
    "haccp": True,
    "iso_22000": False,
    "organic": False,
    "monthly_capacity": "3.000 chai 500 ml",
    "minimum_order": "50 thùng mỗi đơn",
    "export_markets": "Nhật Bản, Hàn Quốc",
    "trade_contact_name": "Nguyễn Thị Hồng",
    "trade_contact_phone": "0272 3800 202",
    "trade_contact_email": "kinhdoanh@example.vn",
}


@pytest.fixture
def supplier(producer_index):
    return factories.ProducerPageFactory(parent=producer_index, title="HTX rượu Gò Đen", **BUYER_DETAILS)


def translate(page, **fields):
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = page.copy_for_translation(english, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def buyer_section(response):
    assert response.status_code == 200
    return soup_of(response).select_one("section.for-buyers")


def details(section):
    return {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in section.select("dl dt")}


def test_the_producer_page_has_a_section_for_buyers(client, supplier):
    section = buyer_section(client.get(supplier.url))

    assert section.h2.get_text(strip=True) == "Dành cho nhà phân phối"
    assert details(section) == {
        "Tiêu chuẩn đạt được": "VietGAP, HACCP",
        "Năng lực cung ứng mỗi tháng": "3.000 chai 500 ml",
        "Đơn hàng tối thiểu": "50 thùng mỗi đơn",
        "Thị trường xuất khẩu": "Nhật Bản, Hàn Quốc",
    }
    contact = section.select_one(".for-buyers__contact")
    assert "Nguyễn Thị Hồng" in contact.get_text()
    assert contact.select_one('a[href="tel:02723800202"]')
    assert contact.select_one('a[href="mailto:kinhdoanh@example.vn"]')


def test_the_english_page_has_the_translated_details_and_the_same_contact(client, supplier):
    english = translate(
        supplier,
        title="Go Den rice spirit cooperative",
        slug="go-den",
        monthly_capacity="3,000 bottles of 500 ml",
        minimum_order="50 cases per order",
        export_markets="Japan, Korea",
    )

    section = buyer_section(client.get(english.url))

    assert section.h2.get_text(strip=True) == "For buyers"
    assert details(section) == {
        "Standards held": "VietGAP, HACCP",
        "Monthly capacity": "3,000 bottles of 500 ml",
        "Minimum order": "50 cases per order",
        "Export markets": "Japan, Korea",
    }
    assert section.select_one('a[href="mailto:kinhdoanh@example.vn"]')


def test_only_what_is_filled_is_shown(client, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index, minimum_order="20 hộp", trade_contact_phone="0909")

    section = buyer_section(client.get(producer.url))

    assert details(section) == {"Đơn hàng tối thiểu": "20 hộp"}
    assert section.select_one('a[href="tel:0909"]')
    assert "Thị trường xuất khẩu" not in section.get_text()


def test_no_section_for_a_producer_that_filled_nothing_for_buyers(client, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index)

    assert buyer_section(client.get(producer.url)) is None


def test_text_is_translated_and_contacts_and_standards_are_synchronised(supplier):
    source, _created = TranslationSource.get_or_create_from_instance(supplier)
    translated = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    overridable = set(OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True))

    assert {"monthly_capacity", "minimum_order", "export_markets"} <= translated
    names = {"trade_contact_name", "trade_contact_phone", "trade_contact_email", "haccp", "iso_22000"}
    assert names.isdisjoint(translated | overridable)


def test_the_api_gives_the_buyer_details(client, supplier):
    data = json.loads(client.get(f"/api/v2/pages/{supplier.pk}/").content)

    assert data["standards"] == ["vietgap", "haccp"]
    assert data["for_buyers"] == {
        "monthly_capacity": "3.000 chai 500 ml",
        "minimum_order": "50 thùng mỗi đơn",
        "export_markets": "Nhật Bản, Hàn Quốc",
        "trade_contact": {"name": "Nguyễn Thị Hồng", "phone": "0272 3800 202", "email": "kinhdoanh@example.vn"},
    }


def test_the_editor_has_panels_for_standards_and_buyers(admin_client, supplier):
    response = admin_client.get(f"/admin/pages/{supplier.pk}/edit/")

    html = response.content.decode()
    for field in ("haccp", "iso_22000", "monthly_capacity", "minimum_order", "export_markets", "trade_contact_email"):
        assert f'name="{field}"' in html
    assert "Dành cho nhà phân phối" in html or "For buyers" in html
