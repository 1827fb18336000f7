"""The skip link: the first Tab on any page shows it, Enter on it goes past the header."""

import pytest
from playwright.sync_api import expect

from .keyboard import press, skip_to_content
from .site import DEMO, LANGUAGES

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("page_type", ["home", "catalogue", "product", "display point index", "search results"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_leads_past_the_header(page, language, page_type):
    page.goto(DEMO[language].pages[page_type])
    skip_link = page.locator("a.skip-link")
    expect(skip_link).not_to_be_in_viewport()

    skip_to_content(page)
    expect(page.locator("main#main-content")).to_be_in_viewport()
    # The next Tab lands inside the main content, not back in the header's menu.
    press(page, "Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
