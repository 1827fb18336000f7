"""Reporting a suspected fake from a product page, in both languages, with a photo.

The visitor follows the product page's "Report a suspected fake" link, the form names
the product, a photo too big for the site's limit is refused with a clear message and
the form keeps what was typed, then the report goes with a photo that fits and the
thank-you page leads back to the product. axe-core finds no serious or critical
violation on the form, empty or with errors.
"""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from .site import DEMO, LANGUAGES, path_of
from .test_accessibility import BLOCKING, _describe

pytestmark = pytest.mark.e2e

WORDS = {
    "vi": {
        "link": "Báo nghi vấn hàng giả",
        "kind": "Bản sao giả của sản phẩm OCOP",
        "where": "Bạn thấy ở đâu?",
        "what": "Đó là sản phẩm gì?",
        "photo": "Ảnh 1 (không bắt buộc)",
        "send": "Gửi phản ánh",
        "too_big": "Tệp này quá lớn",
        "thanks": "Cảm ơn bạn đã phản ánh",
    },
    "en": {
        "link": "Report a suspected fake",
        "kind": "A fake copy of an OCOP product",
        "where": "Where did you see it?",
        "what": "What is it?",
        "photo": "Photo 1 (optional)",
        "send": "Send the report",
        "too_big": "This file is too big",
        "thanks": "Thank you for your report",
    },
}


def jpeg(padding=0):
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 160, 60)).save(out, "JPEG")
    return out.getvalue() + bytes(padding)


def check_accessibility(page, axe_core_path):
    page.add_script_tag(path=axe_core_path)
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    blocking = [violation for violation in results["violations"] if violation["impact"] in BLOCKING]
    assert not blocking, f"axe-core {results['testEngine']['version']} on {page.url}:\n{_describe(blocking)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_reporting_a_suspected_fake_from_a_product_page(page, language):
    demo, words = DEMO[language], WORDS[language]
    page.goto(demo.product)
    product_name = page.locator("h1").inner_text()
    page.get_by_role("link", name=words["link"]).click()
    page.wait_for_url(lambda url: "product=" in url)
    expect(page.locator(".report__subject")).to_contain_text(product_name)

    page.get_by_role("radio", name=words["kind"]).check()
    page.get_by_label(words["where"]).fill("Chợ Bến Thành, quầy 214")
    page.get_by_label(words["what"]).fill("Hũ mật ong dán tem OCOP 4 sao nhưng mã QR dẫn tới một trang lạ.")
    page.get_by_label(words["photo"]).set_input_files(
        {"name": "qua-lon.jpg", "mimeType": "image/jpeg", "buffer": jpeg(padding=11 * 1024 * 1024)}
    )
    page.get_by_role("button", name=words["send"]).click()

    error = page.locator(".form-field__error", has_text=words["too_big"])
    expect(error).to_be_visible()
    expect(page.get_by_label(words["where"])).to_have_value("Chợ Bến Thành, quầy 214")
    expect(page.get_by_label(words["photo"])).to_have_attribute("aria-invalid", "true")

    page.get_by_role("radio", name=words["kind"]).check()
    page.get_by_label(words["photo"]).set_input_files({"name": "tem.jpg", "mimeType": "image/jpeg", "buffer": jpeg()})
    page.get_by_role("button", name=words["send"]).click()
    expect(page.locator("h1")).to_have_text(words["thanks"])
    back = page.get_by_role("link", name=product_name)
    expect(back).to_be_visible()
    assert path_of(back.get_attribute("href")) == demo.product


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_form_has_no_serious_accessibility_violation(axe_page, axe_core_path, language):
    page = axe_page
    words = WORDS[language]
    page.goto(DEMO[language].product)
    page.get_by_role("link", name=words["link"]).click()
    page.wait_for_url(lambda url: "product=" in url)
    page.evaluate("document.fonts.ready")
    check_accessibility(page, axe_core_path)

    # With its error messages shown.
    page.get_by_role("button", name=words["send"]).click()
    expect(page.locator(".report__errors")).to_be_visible()
    check_accessibility(page, axe_core_path)
