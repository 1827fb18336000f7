"""The language switcher on a product page leads to the same product in the other language."""

import pytest
from playwright.sync_api import expect

from .keyboard import skip_to_content, tab_to
from .site import DEMO, LANGUAGES

pytestmark = pytest.mark.e2e


def alternate(page, language):
    """The page's own <link rel="alternate" hreflang> for `language`."""
    return page.locator(f"head link[rel=alternate][hreflang={language}]").get_attribute("href")


def certificate_code(page):
    """The product's certificate, by the code in its verification link: the same in every language."""
    href = page.locator(".certificate__actions a").first.get_attribute("href")
    return href.rstrip("/").rsplit("/", 1)[-1]


def product_page_facts(page, demo):
    expect(page.locator("html")).to_have_attribute("lang", demo.language)
    return {
        "url": page.url,
        "title": page.locator("h1").inner_text(),
        "certificate": certificate_code(page),
        "other": alternate(page, demo.other_language),
    }


def expect_same_product(page, before, demo):
    other = DEMO[demo.other_language]
    page.wait_for_url(before["other"])
    after = product_page_facts(page, other)
    # The pages name each other as their translations, and show the same certificate.
    assert after["other"] == before["url"]
    assert after["certificate"] == before["certificate"]
    assert after["title"] != before["title"], "the title was not translated"
    expect(page.locator(f"nav.lang-switch a[hreflang={other.language}]")).to_have_attribute("aria-current", "true")


def switcher_link(page, demo):
    return page.locator(f"nav.lang-switch a[hreflang={demo.other_language}]")


@pytest.mark.parametrize("language", LANGUAGES)
def test_switching_language_on_a_product_page(page, language):
    demo = DEMO[language]
    page.goto(demo.product)
    before = product_page_facts(page, demo)
    switcher_link(page, demo).click()
    expect_same_product(page, before, demo)


@pytest.mark.parametrize("language", LANGUAGES)
def test_switching_language_with_the_keyboard_alone(page, language):
    demo = DEMO[language]
    page.goto(demo.product)
    before = product_page_facts(page, demo)
    # Past the header to the content, then back up (Shift+Tab) through the menu to the switcher.
    skip_to_content(page)
    tab_to(page, switcher_link(page, demo), key="Shift+Tab")
    page.keyboard.press("Enter")
    expect_same_product(page, before, demo)
