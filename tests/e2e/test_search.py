"""Searching from the header, with and without tone marks, and opening what was found."""

import pytest
from playwright.sync_api import expect

from .keyboard import skip_to_content, tab_to
from .site import DEMO, LANGUAGES, number_in, path_of, query_of

pytestmark = pytest.mark.e2e

SEARCHES = [
    pytest.param(language, query, words, id=f"{language}-{query}")
    for language in LANGUAGES
    for query, words in DEMO[language].searches
]


def first_product_found(page, demo, query, words):
    """Checks the results page for `query`; returns the link of the first product it lists."""
    page.wait_for_url(lambda url: path_of(url) == demo.search and query_of(url) == {"q": [query]})
    expect(page.locator("html")).to_have_attribute("lang", demo.language)
    assert number_in(page.locator("#results-heading").inner_text()) > 0
    link = page.locator(".search-result--product .card__title a").first
    name = link.inner_text().lower()
    assert all(word in name for word in words), f"the first product found for {query!r} is {name!r}"
    return link


def expect_product_page(page, link_href, title):
    page.wait_for_url(lambda url: path_of(url) == link_href)
    expect(page.locator("h1")).to_have_text(title)


@pytest.mark.parametrize(("language", "query", "words"), SEARCHES)
def test_search_from_the_header_opens_a_product_found(page, language, query, words):
    demo = DEMO[language]
    page.goto(demo.home)
    header_form = page.locator("form.search-form--header")
    header_form.get_by_role("combobox").click()
    page.keyboard.type(query)
    header_form.locator("button[type=submit]").click()

    link = first_product_found(page, demo, query, words)
    href, title = link.get_attribute("href"), link.inner_text()
    link.click()
    expect_product_page(page, href, title)


@pytest.mark.parametrize(("language", "query", "words"), SEARCHES)
def test_search_with_the_keyboard_alone(page, language, query, words):
    demo = DEMO[language]
    page.goto(demo.home)
    tab_to(page, page.locator("#site-search-q"))
    page.keyboard.type(query)
    page.keyboard.press("Enter")

    link = first_product_found(page, demo, query, words)
    href, title = link.get_attribute("href"), link.inner_text()
    skip_to_content(page)
    tab_to(page, link)
    page.keyboard.press("Enter")
    expect_product_page(page, href, title)
