"""Narrowing the catalogue by product group, then by stars, through its facet links."""

import pytest
from playwright.sync_api import expect

from .keyboard import skip_to_content, tab_to
from .site import DEMO, LANGUAGES, number_in, path_of, query_of

pytestmark = pytest.mark.e2e

GROUP = "do-uong"  # Beverages: Gò Đen rice spirits and Bến Lức lime wine
STARS = "4"
PER_PAGE = 24


def results_count(page):
    return number_in(page.locator("#results-heading").inner_text())


def facet_link(page, parameter, value):
    return page.locator(f".facet a.facet-option:not(.is-selected)[href*='{parameter}={value}']")


def offer(link):
    """What a facet link promises: its label and the number of products it will show."""
    label = link.locator(".facet-option__label").inner_text().strip()
    return label, number_in(link.locator(".facet-option__count").inner_text())


def expect_catalogue(page, demo, filters, count):
    """The catalogue shows `count` products, filtered by `filters`, and says so."""
    page.wait_for_url(lambda url: path_of(url) == demo.catalogue and query_of(url) == filters)
    assert results_count(page) == count
    expect(page.locator(".results .product-card")).to_have_count(min(count, PER_PAGE))
    # Each filter on is marked in its facet and listed, with a link to remove it.
    expect(page.locator(".facet a.facet-option.is-selected")).to_have_count(len(filters))
    expect(page.locator(".active-filters a.chip")).to_have_count(len(filters))


def expect_group_and_stars(page, group_label):
    cards = page.locator(".results .product-card")
    for card in cards.all():
        expect(card.locator(".card__kicker")).to_have_text(group_label)
        expect(card.locator(f".star-badge--{STARS}")).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtering_the_catalogue_by_group_then_stars(page, language):
    demo = DEMO[language]
    page.goto(demo.catalogue)
    everything = results_count(page)

    group = facet_link(page, "group", GROUP)
    group_label, group_count = offer(group)
    assert 0 < group_count < everything
    group.click()
    expect_catalogue(page, demo, {"group": [GROUP]}, group_count)

    stars = facet_link(page, "stars", STARS)
    _label, stars_count = offer(stars)
    assert 0 < stars_count < group_count
    stars.click()
    expect_catalogue(page, demo, {"group": [GROUP], "stars": [STARS]}, stars_count)
    expect_group_and_stars(page, group_label)


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtering_the_catalogue_with_the_keyboard_alone(page, language):
    demo = DEMO[language]
    page.goto(demo.catalogue)
    everything = results_count(page)

    skip_to_content(page)
    group = facet_link(page, "group", GROUP)
    group_label, group_count = offer(group)
    tab_to(page, group)
    page.keyboard.press("Enter")
    expect_catalogue(page, demo, {"group": [GROUP]}, group_count)
    assert group_count < everything

    skip_to_content(page)
    stars = facet_link(page, "stars", STARS)
    stars_label, stars_count = offer(stars)
    tab_to(page, stars)
    page.keyboard.press("Enter")
    expect_catalogue(page, demo, {"group": [GROUP], "stars": [STARS]}, stars_count)
    expect_group_and_stars(page, group_label)

    # From the first product back (Shift+Tab) to the stars filter, and Enter removes it.
    skip_to_content(page)
    tab_to(page, page.locator(".results .product-card a").first)
    remove_stars = page.locator(".facet-option.is-selected").filter(has_text=stars_label)
    tab_to(page, remove_stars, key="Shift+Tab")
    page.keyboard.press("Enter")
    expect_catalogue(page, demo, {"group": [GROUP]}, group_count)
