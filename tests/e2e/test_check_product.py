"""Checking a product without its stamp, and the register of changes, in a browser.

A buyer opens "Kiểm tra sản phẩm OCOP" / "Check an OCOP product" from the header,
types the decision number printed on a label (in lower case, without tone marks),
reads whether the certificate holds and follows the line to its public record.
Both pages have no serious or critical accessibility violation (axe-core, as in
test_accessibility.py, whose list of pages names them too).
"""

import pytest
from playwright.sync_api import expect

from .site import DEMO, LANGUAGES, path_of
from .test_accessibility import test_no_serious_accessibility_violations as no_serious_violations

pytestmark = pytest.mark.e2e

HEADER_LINK = {"vi": "Kiểm tra sản phẩm OCOP", "en": "Check an OCOP product"}
CERTIFIED = {"vi": "Được chứng nhận OCOP 4 sao, còn hiệu lực đến", "en": "Certified OCOP 4 stars, valid until"}
RECORD_LINK = {"vi": "Xem hồ sơ chứng nhận", "en": "See the certificate’s record"}
NOT_FOUND = {"vi": "Không tìm thấy", "en": "Not found"}


def _typed(number):
    """The decision number as a hurried buyer types it: lower case, no tone marks (QĐ → qd)."""
    return number.replace("Đ", "D").lower()


@pytest.mark.parametrize("language", LANGUAGES)
def test_checking_a_product_by_its_decision_number(page, language):
    demo = DEMO[language]
    page.goto(demo.product)
    product = page.locator("h1").inner_text()
    status = page.locator("section.certificate .status-badge").inner_text()

    page.goto(demo.home)
    page.get_by_role("navigation", name="Main" if language == "en" else "Chính").get_by_role(
        "link", name=HEADER_LINK[language]
    ).click()
    expect(page.locator("h1")).to_have_text(HEADER_LINK[language])

    box = page.locator("#check-q")
    box.fill(_typed(demo.decision_number))
    box.press("Enter")

    line = page.locator(".check-result").filter(has_text=product)
    expect(line).to_have_count(1)
    expect(line.locator(".verdict-line__text")).to_contain_text(CERTIFIED[language])
    expect(line).to_contain_text(demo.decision_number)
    expect(page.locator("#check-q")).to_have_value(_typed(demo.decision_number))

    line.get_by_role("link", name=RECORD_LINK[language]).click()
    page.wait_for_url(lambda url: path_of(url).startswith(demo.verification))
    expect(page.locator("h1")).to_have_text(product)
    expect(page.locator("section.verdict .status-badge")).to_have_text(status)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_decision_number_is_answered_plainly(page, language):
    demo = DEMO[language]
    page.goto(demo.pages["product check"].split("?")[0])
    page.locator("#check-q").fill("9999/QĐ-UBND")
    page.get_by_role("button", name="Tra cứu" if language == "vi" else "Check", exact=True).click()

    expect(page.locator(".check-results .notice")).to_contain_text(NOT_FOUND[language])
    expect(page.locator(".check-result")).to_have_count(0)


@pytest.mark.parametrize("page_type", ["product check", "register of changes"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_accessibility_violations_on_the_new_pages(axe_page, axe_core_path, language, page_type):
    no_serious_violations(axe_page, axe_core_path, language, page_type)
