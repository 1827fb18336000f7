"""Finding a display point on the map (static/js/map.js), with no map tiles: they are offline here."""

import pytest
from playwright.sync_api import expect

from .keyboard import skip_to_content, tab_to
from .site import DEMO, LANGUAGES, path_of

pytestmark = pytest.mark.e2e


def markers_drawn(page):
    """Every display point listed under the map has its marker, although no tile loaded."""
    map_region = page.locator(".map.map--ready")
    expect(map_region).to_be_visible()
    expect(page.locator(".leaflet-tile-loaded")).to_have_count(0)
    listed = page.locator("#display-point-list .card__title a")
    markers = map_region.locator(".leaflet-marker-icon")
    expect(markers).to_have_count(listed.count())
    assert sorted(marker.get_attribute("alt") for marker in markers.all()) == sorted(listed.all_inner_texts())


def rest_stop_marker(page, demo):
    return page.locator(f".leaflet-marker-icon[alt*='{demo.rest_stop}']")


# Where a marker shows from under its neighbours (at the first zoom, nearby places overlap).
_VISIBLE_POINT = """(marker) => {
  const box = marker.getBoundingClientRect();
  for (let y = box.top + 2; y < box.bottom - 1; y += 2) {
    for (let x = box.left + 2; x < box.right - 1; x += 2) {
      if (document.elementFromPoint(x, y) === marker) {
        return {x: x - box.left, y: y - box.top};
      }
    }
  }
  return null;
}"""


def click_where_visible(marker):
    """Click the part of the marker a visitor can see: its centre may lie under a neighbour's."""
    marker.scroll_into_view_if_needed()
    point = marker.evaluate(_VISIBLE_POINT)
    assert point, f"the marker {marker.get_attribute('alt')!r} is hidden under others"
    marker.click(position=point)


def expect_display_point_page(page, name, href):
    page.wait_for_url(lambda url: path_of(url) == href)
    expect(page.locator("h1")).to_have_text(name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_finding_the_rest_stop_on_the_map(page, language):
    demo = DEMO[language]
    page.goto(demo.display_points)
    markers_drawn(page)
    marker = rest_stop_marker(page, demo)
    name = marker.get_attribute("alt")
    click_where_visible(marker)

    link = page.locator(".leaflet-popup .map-popup a")
    expect(link).to_have_text(name)
    href = link.get_attribute("href")
    link.click()
    expect_display_point_page(page, name, href)


@pytest.mark.parametrize("language", LANGUAGES)
def test_finding_the_rest_stop_on_the_map_with_the_keyboard_alone(page, language):
    demo = DEMO[language]
    page.goto(demo.display_points)
    markers_drawn(page)
    marker = rest_stop_marker(page, demo)
    name = marker.get_attribute("alt")

    skip_to_content(page)
    tab_to(page, marker)

    # Enter opens the popup and puts the focus on its link; Escape closes it and gives the focus back.
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup .map-popup a")
    expect(link).to_be_focused()
    expect(link).to_have_text(name)
    page.keyboard.press("Escape")
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    expect(marker).to_be_focused()

    page.keyboard.press("Enter")
    expect(link).to_be_focused()
    href = link.get_attribute("href")
    page.keyboard.press("Enter")
    expect_display_point_page(page, name, href)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_map_skip_link_jumps_to_the_list(page, language):
    demo = DEMO[language]
    page.goto(demo.display_points)
    markers_drawn(page)
    skip_to_content(page)
    skip_map = page.locator(".map-skip")
    tab_to(page, skip_map, limit=1)
    expect(skip_map).to_be_visible()
    page.keyboard.press("Enter")
    tab_to(page, page.locator("#display-point-list .card__title a").first, limit=1)
