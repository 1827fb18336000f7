"""Traceability stamps: the QR code, read back for real, and the printable A6 stamp.

The PNG is decoded with zxing-cpp, as a phone would. The SVG's path is drawn
back into modules and decoded the same way, so both images are proven to lead
to the certificate's Vietnamese record, at the default Site's address.
"""

import datetime
import io
import re
from xml.etree import ElementTree

import pytest
import segno
import zxingcpp
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.models import Site

from tests import factories
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db

SITE_ADDRESS = "https://ocop.example.vn"


@pytest.fixture
def site(home_page):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "ocop.example.vn", 443
    site.save()
    return site


@pytest.fixture
def product(frozen_today, site, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX mây tre đan Bao La")
    return factories.ProductPageFactory(
        parent=producer,
        title="Lồng đèn mây tre",
        certification__stars=4,
        certification__decision__number="5077/QĐ-UBND",
        certification__decision__issued_on=datetime.date(2025, 1, 15),
    )


@pytest.fixture
def certification(product):
    return product.current_certification


def expected_url(certification):
    return f"{SITE_ADDRESS}/vi/xac-minh/{certification.verification_code}/"


def decode(image):
    [barcode] = zxingcpp.read_barcodes(image)
    return barcode


def dark_path_of_svg_document(document):
    """The stroked path of a standalone SVG: the dark modules (the white quiet zone is a filled one)."""
    paths = ElementTree.fromstring(document).iterfind(".//{http://www.w3.org/2000/svg}path")
    return next(path.get("d") for path in paths if path.get("stroke"))


def modules_of_path(path):
    """The dark modules drawn by a segno SVG path ("M4 4.5h7m2 0h2…", one unit per module), as {(x, y)}."""
    dark, x, y = set(), 0.0, 0.0
    for command, numbers in re.findall(r"([MmHh])([-\d. ]+)", path):
        values = [float(value) for value in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            length = values[0] if command == "h" else values[0] - x
            dark.update((int(x + step), int(y)) for step in range(int(length)))
            x += length
    return dark


def image_of_modules(dark, scale=8):
    """A black-on-white picture of the modules, with room around them for the quiet zone."""
    size = max(max(x, y) for x, y in dark) + 5
    image = Image.new("L", (size * scale, size * scale), 255)
    for x, y in dark:
        image.paste(0, (x * scale, y * scale, (x + 1) * scale, (y + 1) * scale))
    return image


# The QR images


def test_png_qr_code_leads_to_the_vietnamese_record_at_the_sites_address(client, certification):
    response = client.get(f"/stamps/{certification.verification_code}.png")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    barcode = decode(Image.open(io.BytesIO(response.content)))
    assert barcode.text == expected_url(certification)
    assert barcode.ec_level in ("M", "Q")


def test_png_qr_code_keeps_a_quiet_zone(client, certification):
    image = Image.open(io.BytesIO(client.get(f"/stamps/{certification.verification_code}.png").content))
    pixels = image.convert("L")
    width, height = pixels.size
    modules = segno.make_qr(expected_url(certification), error="q", boost_error=False).symbol_size(border=0)[0]
    module = width // (modules + 8)
    margin = 4 * module

    border = [
        pixels.getpixel((x, y))
        for x in range(width)
        for y in range(height)
        if x < margin or y < margin or x >= width - margin or y >= height - margin
    ]
    assert set(border) == {255}
    assert pixels.getpixel((margin, margin)) == 0, "the finder pattern starts right after the quiet zone"


def test_svg_qr_code_leads_to_the_vietnamese_record(client, certification):
    response = client.get(f"/stamps/{certification.verification_code}.svg")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<?xml")
    modules = modules_of_path(dark_path_of_svg_document(response.content))
    assert decode(image_of_modules(modules)).text == expected_url(certification)
    # Module for module the code segno draws for that address.
    expected = segno.make_qr(expected_url(certification), error="q", boost_error=False)
    assert modules == {(x + 4, y + 4) for y, row in enumerate(expected.matrix) for x, dark in enumerate(row) if dark}


@pytest.mark.parametrize("extension", ["svg", "png"])
def test_qr_images_may_be_cached_for_a_day(client, certification, extension):
    response = client.get(f"/stamps/{certification.verification_code}.{extension}")

    directives = {directive.strip() for directive in response["Cache-Control"].split(",")}
    assert {"public", "max-age=86400"} <= directives


@pytest.mark.parametrize(
    "code", ["7KQM4RTAX2HC9WNP", "a" * 300, "%00%01", "m%C3%A3"], ids=["unknown", "long", "nul", "unicode"]
)
@pytest.mark.parametrize("extension", ["svg", "png"])
def test_qr_image_of_an_unknown_code_is_not_found(client, certification, code, extension):
    assert client.get(f"/stamps/{code}.{extension}").status_code == 404


def test_qr_image_is_served_only_for_the_code_as_issued(client, certification):
    assert client.get(f"/stamps/{certification.verification_code.lower()}.png").status_code == 404


def test_without_a_default_site_the_qr_code_uses_the_requests_address(client, certification, site):
    site.is_default_site = False
    site.save()

    response = client.get(f"/stamps/{certification.verification_code}.png")

    barcode = decode(Image.open(io.BytesIO(response.content)))
    assert barcode.text == f"http://testserver/vi/xac-minh/{certification.verification_code}/"


# The printable stamp


@pytest.mark.parametrize(
    ("language", "facts"),
    [
        ("vi", ["Lồng đèn mây tre", "HTX mây tre đan Bao La", "OCOP 4 sao", "5077/QĐ-UBND, 15/01/2025", "15/01/2028"]),
        (
            "en",
            [
                "Lồng đèn mây tre",
                "HTX mây tre đan Bao La",
                "OCOP 4 stars",
                "5077/QĐ-UBND, 15 January 2025",
                "15 January 2028",
            ],
        ),
    ],
)
def test_stamp_carries_the_qr_code_the_address_the_code_and_the_facts(client, certification, language, facts):
    with translation.override(language):
        url = reverse("print_stamp", kwargs={"code": certification.verification_code})

    response = client.get(url)

    assert response.status_code == 200
    stamp = soup_of(response).select_one("article.stamp")
    text = " ".join(stamp.get_text(" ").split())
    for fact in facts:
        assert fact in text
    assert expected_url(certification) in text
    code = certification.verification_code
    assert " ".join([code[0:4], code[4:8], code[8:12], code[12:16]]) in text
    assert stamp.select_one("img.stamp__mark")["src"].endswith("img/lotus.svg")
    qr = stamp.select_one(".stamp__qr")
    assert qr["role"] == "img"
    assert expected_url(certification) in qr["aria-label"]
    drawn = modules_of_path(qr.find("path", stroke=True)["d"])
    assert decode(image_of_modules(drawn)).text == expected_url(certification)


def test_stamp_is_laid_out_for_a6_paper(client, certification):
    response = client.get(reverse("print_stamp", kwargs={"code": certification.verification_code}))

    stylesheets = [link["href"] for link in soup_of(response).select('link[rel="stylesheet"]')]
    assert "/static/css/pages/stamp.css" in stylesheets
    stylesheet = (settings.BASE_DIR / "static" / "css" / "pages" / "stamp.css").read_text()
    assert re.search(r"@page\s*{\s*size:\s*A6;", stylesheet)
    assert soup_of(response).select_one('meta[name="robots"]')["content"] == "noindex"


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"revoked_on": datetime.date(2025, 3, 1), "revocation_reason": "Không đạt"}, "revoked"),
        ({"decision__issued_on": datetime.date(2022, 7, 1)}, "expired"),
    ],
)
def test_no_stamp_is_printed_for_a_certificate_no_longer_in_force(client, certification, change, said):
    for field, value in change.items():
        if field.startswith("decision__"):
            setattr(certification.decision, field.removeprefix("decision__"), value)
            certification.decision.save()
        else:
            setattr(certification, field, value)
    certification.save()
    with translation.override("en"):
        url = reverse("print_stamp", kwargs={"code": certification.verification_code})

    response = client.get(url)

    assert response.status_code == 404
    text = visible_text(response)
    assert f"This certificate is {said}: the product is NOT currently OCOP-certified" in text
    assert soup_of(response).select("article.stamp") == []


def test_no_stamp_is_printed_for_a_certificate_a_newer_one_replaces(client, certification, product):
    newer = factories.CertificationFactory(
        product=product, decision=factories.CertificationDecisionFactory(issued_on=datetime.date(2025, 6, 1))
    )
    with translation.override("en"):
        old_stamp = reverse("print_stamp", kwargs={"code": certification.verification_code})
        newer_record = reverse("verify_certificate", kwargs={"code": newer.verification_code})

    response = client.get(old_stamp)

    assert response.status_code == 404
    assert "A newer certificate of this product replaces this one" in visible_text(response)
    assert soup_of(response).find("a", href=newer_record) is not None


# Where a stamp is reached from


@pytest.mark.parametrize("language", ["vi", "en"])
def test_product_page_links_to_the_record_and_the_stamp(client, certification, product, language):
    page = product
    if language == "en":
        from wagtail.models import Locale

        english = Locale.objects.get_or_create(language_code="en")[0]
        for ancestor in [*product.get_ancestors().filter(depth__gt=1), product]:
            copy = ancestor.specific.copy_for_translation(english)
            copy.save_revision().publish()
        page = product.get_translation(english)
    with translation.override(language):
        record = reverse("verify_certificate", kwargs={"code": certification.verification_code})
        stamp = reverse("print_stamp", kwargs={"code": certification.verification_code})

    box = soup_of(client.get(page.url)).select_one("section.certificate")

    link_text = {
        "vi": ("Xác minh giấy chứng nhận này", "In tem truy xuất nguồn gốc"),
        "en": ("Verify this certificate", "Print traceability stamp"),
    }
    assert box.find("a", href=record).get_text(strip=True) == link_text[language][0]
    assert box.find("a", href=stamp).get_text(strip=True) == link_text[language][1]


def test_product_page_of_a_lapsed_certificate_links_to_the_record_but_offers_no_stamp(client, certification, product):
    certification.revoked_on, certification.revocation_reason = datetime.date(2025, 3, 1), "Không đạt"
    certification.save()

    box = soup_of(client.get(product.url)).select_one("section.certificate")

    assert box.find("a", href=f"/vi/xac-minh/{certification.verification_code}/") is not None
    assert box.find("a", href=re.compile("/tem/$")) is None


def test_editor_sees_the_record_and_stamp_links_in_the_products_certificate_history(
    admin_client, certification, product
):
    older = factories.CertificationFactory(
        product=product, decision=factories.CertificationDecisionFactory(issued_on=datetime.date(2022, 1, 10))
    )

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[product.pk]))

    html = response.content.decode()
    for code in (certification.verification_code, older.verification_code):
        assert re.search(rf'href="/(vi|en)/(xac-minh|verify)/{code}/"', html)
    assert re.search(rf'href="/(vi|en)/(xac-minh|verify)/{certification.verification_code}/(tem|stamp)/"', html)
    # The expired older certificate gets no stamp.
    assert not re.search(rf"{older.verification_code}/(tem|stamp)/", html)
