"""Finding a display point on the map (static/js/map.js), with no map tiles: they are offline here."""

import pytest
from playwright.sync_api import expect

from .keyboard import is_focused, skip_to_content, tab_to
from .site import DEMO, LANGUAGES, path_of

pytestmark = pytest.mark.e2e


def markers_drawn(page):
    """Every display point listed under the map is on it, although no tile loaded: as its own marker,
    or counted in a cluster of places that would cover each other."""
    map_region = page.locator(".map.map--ready")
    expect(map_region).to_be_visible()
    expect(page.locator(".leaflet-tile-loaded")).to_have_count(0)
    listed = page.locator("#display-point-list .card__title a")
    expect(listed.first).to_be_visible()
    markers = map_region.locator(".leaflet-marker-icon:not(.map-cluster)")
    clusters = map_region.locator(".map-cluster")
    expect(markers.or_(clusters).first).to_be_visible()
    in_clusters = sum(int(count) for count in clusters.all_inner_texts())
    assert markers.count() + in_clusters == listed.count()
    assert {marker.get_attribute("alt") for marker in markers.all()} <= set(listed.all_inner_texts())


def rest_stop_marker(page, demo):
    return page.locator(f".leaflet-marker-icon[alt*='{demo.rest_stop}']")


def open_clusters_until_shown(page, marker):
    """Click the clusters (zooming in) until `marker` has its own place on the map."""
    for _ in range(6):
        if marker.count():
            return
        cluster = page.locator(".map-cluster").first
        expect(cluster).to_have_attribute("role", "button")
        click_where_visible(cluster)
    expect(marker).to_be_visible()


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


def open_cluster_with_the_keyboard(page, marker):
    """Tab to the cluster holding `marker`, press Enter (the map zooms in, the focus goes to what it
    showed), and Tab on to the marker itself."""
    for _ in range(4):
        if marker.count():
            break
        cluster = page.locator(".map-cluster").first
        if not is_focused(cluster):
            tab_to(page, cluster)
        label = cluster.get_attribute("aria-label")
        assert label and cluster.inner_text() in label
        page.keyboard.press("Enter")
        # The focus stays on the map: on the first marker or smaller cluster the zoom shows.
        focused = page.locator(".map .leaflet-marker-icon:focus")
        expect(focused).to_have_count(1)
    if not is_focused(marker):
        tab_to(page, marker, limit=20)


def expect_display_point_page(page, name, href):
    page.wait_for_url(lambda url: path_of(url) == href)
    expect(page.locator("h1")).to_have_text(name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_finding_the_rest_stop_on_the_map(page, language):
    demo = DEMO[language]
    page.goto(demo.display_points)
    markers_drawn(page)
    marker = rest_stop_marker(page, demo)
    open_clusters_until_shown(page, marker)
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

    skip_to_content(page)
    open_cluster_with_the_keyboard(page, marker)
    name = marker.get_attribute("alt")

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
    # Past the facility filter above the map (its six checkboxes and its button).
    tab_to(page, skip_map, limit=8)
    expect(skip_map).to_be_visible()
    page.keyboard.press("Enter")
    tab_to(page, page.locator("#display-point-list .card__title a").first, limit=1)
