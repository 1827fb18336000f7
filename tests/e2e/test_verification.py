"""From a product's certificate to its public verification record and its traceability stamp."""

import re

import pytest
from playwright.sync_api import expect

from .keyboard import skip_to_content, tab_to
from .site import DEMO, LANGUAGES, path_of

pytestmark = pytest.mark.e2e


def certificate_on_product_page(page, demo):
    """What the product page says of its certificate, and its two links (verify, stamp)."""
    page.goto(demo.product)
    box = page.locator("section.certificate")
    verify, stamp = box.locator(".certificate__actions a").all()
    return {
        "product": page.locator("h1").inner_text(),
        "status": box.locator(".status-badge").inner_text(),
        "verify": verify,
        "verify_href": verify.get_attribute("href"),
        "stamp": stamp,
        "stamp_href": stamp.get_attribute("href"),
    }


def expect_verification_page(page, demo, certificate):
    page.wait_for_url(lambda url: path_of(url) == certificate["verify_href"])
    assert certificate["verify_href"].startswith(demo.verification)
    expect(page.locator("h1")).to_have_text(certificate["product"])
    verdict = page.locator("section.verdict")
    # The same status, in words, as on the product page: here, valid.
    expect(verdict.locator(".status-badge")).to_have_text(certificate["status"])
    expect(verdict.locator(".verdict__headline")).to_be_visible()
    expect(verdict.locator(".star-badge")).to_be_visible()
    code = certificate["verify_href"].rstrip("/").rsplit("/", 1)[-1]
    expect(page.locator(".verification__code")).to_have_text(_spaced(code))


def expect_stamp_page(page, certificate):
    page.wait_for_url(lambda url: path_of(url) == certificate["stamp_href"])
    stamp = page.locator("article.stamp")
    expect(stamp.locator(".stamp__product")).to_have_text(certificate["product"])
    expect(stamp.locator(".stamp__qr svg")).to_be_visible()
    code = certificate["verify_href"].rstrip("/").rsplit("/", 1)[-1]
    expect(stamp.locator(".verification__code")).to_have_text(_spaced(code))
    # What the QR code encodes, printed under it: the address of the record (one for every language).
    assert stamp.locator(".stamp__link").inner_text().endswith(f"/{code}/")


def _spaced(code):
    """The code as printed for people: groups of four (7KQM 4RTA X2HC 9WNP)."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


@pytest.mark.parametrize("language", LANGUAGES)
def test_checking_a_products_certificate(page, language):
    demo = DEMO[language]
    certificate = certificate_on_product_page(page, demo)
    certificate["verify"].click()
    expect_verification_page(page, demo, certificate)

    # The stamp page, from the product page, leads back to the same record.
    page.goto(demo.product)
    page.locator(f"section.certificate a[href='{certificate['stamp_href']}']").click()
    expect_stamp_page(page, certificate)
    page.locator(f".stamp-tools a[href='{certificate['verify_href']}']").click()
    expect_verification_page(page, demo, certificate)


@pytest.mark.parametrize("language", LANGUAGES)
def test_checking_a_products_certificate_with_the_keyboard_alone(page, language):
    demo = DEMO[language]
    certificate = certificate_on_product_page(page, demo)
    skip_to_content(page)
    tab_to(page, certificate["verify"])
    page.keyboard.press("Enter")
    expect_verification_page(page, demo, certificate)

    skip_to_content(page)
    tab_to(page, page.locator(f".verification__actions a[href='{certificate['stamp_href']}']"))
    page.keyboard.press("Enter")
    expect_stamp_page(page, certificate)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_revoked_certificate_is_shown_as_not_certified(page, language):
    demo = DEMO[language]
    page.goto(demo.revoked_product)
    box = page.locator("section.certificate")
    status = box.locator(".status-badge--revoked").inner_text()
    # No stamp is offered for a certificate that is not in force.
    links = box.locator(".certificate__actions a")
    expect(links).to_have_count(1)
    href = links.get_attribute("href")
    links.click()

    page.wait_for_url(lambda url: path_of(url) == href)
    verdict = page.locator("section.verdict")
    expect(verdict.locator(".status-badge--revoked")).to_have_text(status)
    expect(verdict.locator(".verdict__headline--not-certified")).to_be_visible()
    expect(verdict.locator(".star-badge")).to_have_count(0)
    # The way back to the product and a report of a suspected fake: no stamp to print.
    actions = page.locator(".verification__actions a")
    expect(actions).to_have_count(2)
    expect(actions.first).to_have_attribute("href", re.compile(r"^/(vi|en)/"))
    expect(actions.last).to_have_attribute("href", re.compile(r"\?code="))
