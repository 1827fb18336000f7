"""schema.org JSON-LD on product, producer, display point and news pages.

Each page carries one <script type="application/ld+json"> whose "@graph" holds
the page's main entity and the web page (with its language). Labels are
compared in the language of the page, whatever the .po files say.
Today is frozen at Monday 15 September 2025.
"""

import datetime
import decimal
import json

import pytest
from django.utils import translation
from wagtail.models import Locale

from catalogue.models import Weekday
from showcase.structured_data import dumps
from tests import factories
from tests.utils import soup_of

pytestmark = pytest.mark.django_db


def json_ld(response):
    """The page's one JSON-LD document, parsed."""
    assert response.status_code == 200
    scripts = soup_of(response).select('script[type="application/ld+json"]')
    assert len(scripts) == 1, f"expected one JSON-LD block, found {len(scripts)}"
    return json.loads(scripts[0].string)


def entity(document, schema_type):
    assert document["@context"] == "https://schema.org"
    return next(node for node in document["@graph"] if node["@type"] == schema_type)


def web_page(document):
    return next(node for node in document["@graph"] if "inLanguage" in node and "mainEntity" in node)


def certificate_name(language, stars):
    with translation.override(language):
        return translation.ngettext("OCOP %(stars)s star", "OCOP %(stars)s stars", stars) % {"stars": stars}


def translate(page, **changes):
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = page.copy_for_translation(english)
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


@pytest.fixture
def bao_la(frozen_today, producer_index):
    return factories.ProducerPageFactory(
        parent=producer_index,
        title="HTX mây tre đan Bao La",
        province=factories.province("hue"),
        address="Thôn Bao La, xã Quảng Phú, huyện Quảng Điền",
        listing_summary="Hợp tác xã đan mây tre ở Huế.",
        logo=factories.ImageFactory(),
        phone="0234 3 551 234",
        email="baola@example.vn",
        website="https://baola.example.vn",
    )


@pytest.fixture
def lantern(bao_la):
    return factories.ProductPageFactory(
        parent=bao_la,
        title="Lồng đèn mây tre",
        group=factories.group("thu-cong-my-nghe"),
        listing_summary="Lồng đèn đan tay từ mây và tre.",
        listing_image=factories.ImageFactory(),
        certification__stars=4,
        certification__decision__number="5077/QĐ-UBND",
        certification__decision__issued_on=datetime.date(2024, 12, 28),
        certification__decision__issuer="UBND tỉnh Thừa Thiên Huế",
    )


# Products --------------------------------------------------------------------------


def test_product_page_describes_the_product_its_maker_and_its_certificate(client, lantern, bao_la):
    document = json_ld(client.get(lantern.url))
    product = entity(document, "Product")

    assert product["name"] == "Lồng đèn mây tre"
    assert product["url"] == lantern.get_full_url()
    assert product["url"].startswith("http")
    assert product["description"] == "Lồng đèn đan tay từ mây và tre."
    # Every URL is on the page's site, as Wagtail's get_full_url() writes it.
    assert product["image"].startswith(f"{lantern.get_site().root_url}/media/")
    assert product["image"].endswith(".jpg")
    assert product["category"] == "Thủ công mỹ nghệ"
    maker = {"@type": "Organization", "@id": f"{bao_la.get_full_url()}#organization", "name": bao_la.title}
    assert {key: product["brand"][key] for key in maker} == maker
    assert product["manufacturer"]["url"] == bao_la.get_full_url()

    assert product["hasCertification"] == {
        "@type": "Certification",
        "name": certificate_name("vi", 4),
        "certificationIdentification": "5077/QĐ-UBND",
        "issuedBy": {"@type": "Organization", "name": "UBND tỉnh Thừa Thiên Huế"},
        "validFrom": "2024-12-28",
        "expires": "2027-12-28",
        "certificationStatus": "https://schema.org/CertificationActive",
        "certificationRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5},
    }
    page = web_page(document)
    assert page["inLanguage"] == "vi"
    assert page["mainEntity"] == {"@id": product["@id"]}


def test_a_revoked_certificate_is_marked_inactive(client, bao_la):
    sausage = factories.ProductPageFactory(
        parent=bao_la,
        certification__revoked_on=datetime.date(2025, 3, 1),
        certification__revocation_reason="Không đạt khi đánh giá lại",
    )
    certification = entity(json_ld(client.get(sausage.url)), "Product")["hasCertification"]
    assert certification["certificationStatus"] == "https://schema.org/CertificationInactive"


def test_a_product_never_certified_claims_no_certificate(client, bao_la):
    product = entity(
        json_ld(client.get(factories.ProductPageFactory(parent=bao_la, certification=None).url)), "Product"
    )
    assert "hasCertification" not in product
    assert "image" not in product  # no photo: nothing rather than an empty value


def test_english_product_page_speaks_english(client, lantern, bao_la, home_page):
    translate(home_page, slug="home")
    translate(bao_la.get_parent(), title="Producers", slug="producers")
    translate(bao_la, slug="bao-la-rattan-cooperative")
    english = translate(lantern, title="Rattan lantern", slug="rattan-lantern")

    document = json_ld(client.get(english.url))
    product = entity(document, "Product")
    assert product["name"] == "Rattan lantern"
    assert product["url"].endswith("/en/producers/bao-la-rattan-cooperative/rattan-lantern/")
    assert product["hasCertification"]["name"] == certificate_name("en", 4) == "OCOP 4 stars"
    assert web_page(document)["inLanguage"] == "en"


def test_a_title_cannot_close_the_script_element(client, bao_la):
    title = 'Rượu "Gò Đen" </script><script>alert(1)</script> & <!-- ngon'
    product = factories.ProductPageFactory(parent=bao_la, title=title, description=[])
    response = client.get(product.url)

    block = soup_of(response).select_one('script[type="application/ld+json"]')
    assert "<" not in block.string
    assert entity(json_ld(response), "Product")["name"] == title
    assert "<script>alert(1)" not in response.content.decode()


def test_dumps_escapes_what_could_end_a_script_element():
    text = dumps({"name": "</script><!-- & \u2028"})
    assert not {"<", ">", "&", "\u2028"} & set(text)
    assert json.loads(text) == {"name": "</script><!-- & \u2028"}


# Producers -------------------------------------------------------------------------


def test_producer_page_describes_the_organization(client, bao_la):
    document = json_ld(client.get(bao_la.url))
    organization = entity(document, "Organization")

    assert organization["name"] == "HTX mây tre đan Bao La"
    assert organization["url"] == bao_la.get_full_url()
    assert organization["description"] == "Hợp tác xã đan mây tre ở Huế."
    assert organization["logo"].startswith(f"{bao_la.get_site().root_url}/media/")
    assert organization["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Thôn Bao La, xã Quảng Phú, huyện Quảng Điền",
        "addressRegion": "Huế",
        "addressCountry": "VN",
    }
    assert organization["telephone"] == "0234 3 551 234"
    assert organization["email"] == "baola@example.vn"
    assert organization["sameAs"] == ["https://baola.example.vn"]
    assert web_page(document)["inLanguage"] == "vi"


def test_producer_without_contacts_leaves_them_out(client, producer):
    organization = entity(json_ld(client.get(producer.url)), "Organization")
    assert not {"telephone", "email", "sameAs", "logo"} & set(organization)


# Display points --------------------------------------------------------------------


def test_display_point_page_describes_a_store_with_its_place_and_hours(client, frozen_today, display_point_index):
    point = factories.DisplayPointPageFactory(
        parent=display_point_index,
        title="Trạm dừng chân Đồng Tháp Mười",
        address="Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa",
        latitude=decimal.Decimal("10.655000"),
        longitude=decimal.Decimal("105.981000"),
    )
    factories.OpeningHoursFactory(page=point, weekday=Weekday.MONDAY, opens=datetime.time(7), closes=datetime.time(21))
    factories.OpeningHoursFactory(
        page=point, weekday=Weekday.SATURDAY, opens=datetime.time(18), closes=datetime.time(2)
    )
    factories.OpeningHoursFactory(page=point, weekday=Weekday.SUNDAY, opens=datetime.time(0), closes=datetime.time(0))

    document = json_ld(client.get(point.url))
    store = entity(document, "Store")
    assert store["name"] == "Trạm dừng chân Đồng Tháp Mười"
    assert store["url"] == point.get_full_url()
    assert store["geo"] == {"@type": "GeoCoordinates", "latitude": 10.655, "longitude": 105.981}
    assert store["address"]["streetAddress"] == "Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa"
    assert store["address"]["addressRegion"] == "Tây Ninh"
    assert store["telephone"] == point.phone
    hours = [(row["dayOfWeek"], row["opens"], row["closes"]) for row in store["openingHoursSpecification"]]
    assert hours == [
        ("https://schema.org/Monday", "07:00", "21:00"),
        # Closing before opening: past midnight, as schema.org reads it.
        ("https://schema.org/Saturday", "18:00", "02:00"),
        ("https://schema.org/Sunday", "00:00", "23:59"),
    ]
    assert web_page(document)["inLanguage"] == "vi"


# News ------------------------------------------------------------------------------


def test_news_page_describes_a_news_article(client, news_index):
    article = factories.NewsPageFactory(
        parent=news_index,
        title="Long An có thêm 14 sản phẩm OCOP",
        date=datetime.date(2021, 5, 20),
        author="Văn phòng Điều phối nông thôn mới tỉnh Long An",
        lead_image=factories.ImageFactory(),
    )
    document = json_ld(client.get(article.url))
    news = entity(document, "NewsArticle")

    assert news["headline"] == "Long An có thêm 14 sản phẩm OCOP"
    assert news["datePublished"] == "2021-05-20"
    assert news["author"] == {"@type": "Organization", "name": "Văn phòng Điều phối nông thôn mới tỉnh Long An"}
    root_url = article.get_site().root_url
    assert news["image"].startswith(f"{root_url}/media/")
    assert news["inLanguage"] == "vi"
    assert news["url"] == article.get_full_url()
    with translation.override("vi"):
        assert news["publisher"]["name"] == translation.gettext("OCOP Vietnam")
    assert news["publisher"]["url"] == f"{root_url}/vi/"
    assert news["publisher"]["logo"]["url"].startswith(f"{root_url}/static/")


def test_english_news_page_is_in_english(client, news_index, home_page):
    article = factories.NewsPageFactory(parent=news_index)
    translate(home_page, slug="home")
    translate(news_index, title="News", slug="news")
    english = translate(article, title="Fourteen new OCOP products in Long An", slug="fourteen-new-products")

    news = entity(json_ld(client.get(english.url)), "NewsArticle")
    assert news["headline"] == "Fourteen new OCOP products in Long An"
    assert news["inLanguage"] == "en"
    assert news["publisher"]["url"] == f"{english.get_site().root_url}/en/"


def test_pages_without_a_schema_carry_no_json_ld(client, home_page, news_index):
    for url in (home_page.url, news_index.url):
        assert soup_of(client.get(url)).select('script[type="application/ld+json"]') == []
