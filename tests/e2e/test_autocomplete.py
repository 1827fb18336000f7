"""The search box's suggestions (static/js/search.js): a combobox with a listbox of pages."""

import pytest
from playwright.sync_api import expect

from .keyboard import tab_to
from .site import DEMO, LANGUAGES, path_of

pytestmark = pytest.mark.e2e


def start_typing(page, demo):
    """Types the start of a name in the focused header search box; returns the suggestions shown."""
    box = page.locator("#site-search-q")
    expect(box).to_be_focused()
    page.keyboard.type(demo.suggestion_typed)
    suggestions = page.get_by_role("listbox")
    expect(suggestions).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(box).to_have_attribute("aria-controls", suggestions.get_attribute("id"))
    options = suggestions.get_by_role("option")
    for name in options.all_inner_texts():
        assert "gò đen" in name.lower(), f"suggested {name!r} for {demo.suggestion_typed!r}"
    first = options.first
    assert all(word in first.inner_text().lower() for word in demo.suggestion_words), first.inner_text()
    return box, options


def expect_spirit_page(page, href):
    page.wait_for_url(lambda url: path_of(url) == href)
    heading = page.locator("h1").inner_text().lower()
    assert "gò đen" in heading, heading


@pytest.mark.parametrize("language", LANGUAGES)
def test_choosing_a_suggestion_with_the_mouse(page, language):
    demo = DEMO[language]
    page.goto(demo.home)
    page.locator("#site-search-q").click()
    _box, options = start_typing(page, demo)
    link = options.first.get_by_role("link")
    href = link.get_attribute("href")
    link.click()
    expect_spirit_page(page, href)


@pytest.mark.parametrize("language", LANGUAGES)
def test_choosing_a_suggestion_with_arrow_keys_and_enter(page, language):
    demo = DEMO[language]
    page.goto(demo.home)
    tab_to(page, page.locator("#site-search-q"))
    box, options = start_typing(page, demo)
    assert box.get_attribute("aria-activedescendant") is None

    # Down twice and up once: the first suggestion is the active one, the focus stays in the box.
    for key in ("ArrowDown", "ArrowDown", "ArrowUp"):
        page.keyboard.press(key)
    first = options.first
    expect(box).to_be_focused()
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(first).to_have_attribute("aria-selected", "true")
    expect(options.nth(1)).to_have_attribute("aria-selected", "false")

    href = first.get_by_role("link").get_attribute("href")
    page.keyboard.press("Enter")
    expect_spirit_page(page, href)


@pytest.mark.parametrize("language", LANGUAGES)
def test_escape_closes_the_suggestions(page, language):
    demo = DEMO[language]
    page.goto(demo.home)
    tab_to(page, page.locator("#site-search-q"))
    box, _options = start_typing(page, demo)
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_be_focused()
