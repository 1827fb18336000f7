"""Planning a stop: filter the display points by a facility, then find one on the map from a cluster.

In both languages, with the keyboard alone: tick "parking" in the form above the map
(it works without JavaScript: a GET form), and the list and the map keep only the places
with parking; the rest stop and Sa Đéc cover each other at the first zoom, so they are a
cluster; Enter on it zooms in, Tab reaches the rest stop's marker, Enter opens its popup,
Enter on its link opens the page, which lists its facilities. axe-core finds no serious or
critical violation on the filtered index.
"""

import pytest
from playwright.sync_api import expect

from .keyboard import skip_to_content, tab_to
from .site import DEMO, LANGUAGES, path_of, query_of
from .test_accessibility import BLOCKING, _describe
from .test_map import expect_display_point_page, markers_drawn, open_cluster_with_the_keyboard, rest_stop_marker

pytestmark = pytest.mark.e2e

PARKING = {"vi": "Bãi đỗ xe", "en": "Parking"}
SHOW = {"vi": "Hiện địa điểm", "en": "Show places"}
# The demo's display points with parking (catalogue/demo/content.py).
WITH_PARKING = 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_finding_a_place_with_parking_on_the_map_from_a_cluster(page, language):
    demo = DEMO[language]
    page.goto(demo.display_points)
    markers_drawn(page)
    every_place = page.locator("#display-point-list .card__title a").count()

    skip_to_content(page)
    parking = page.get_by_role("checkbox", name=PARKING[language])
    tab_to(page, parking)
    page.keyboard.press("Space")
    expect(parking).to_be_checked()
    tab_to(page, page.get_by_role("button", name=SHOW[language]), limit=10)
    page.keyboard.press("Enter")

    page.wait_for_url(lambda url: query_of(url).get("facility") == ["parking"])
    assert path_of(page.url) == demo.display_points
    expect(page.get_by_role("checkbox", name=PARKING[language])).to_be_checked()
    listed = page.locator("#display-point-list .card__title a")
    expect(listed).to_have_count(WITH_PARKING)
    assert every_place > WITH_PARKING
    markers_drawn(page)
    expect(page.locator(".map-cluster")).to_have_count(1)

    marker = rest_stop_marker(page, demo)
    # The form kept the skip link's #main-content: the new page's Tab starts from the main content.
    open_cluster_with_the_keyboard(page, marker)
    name = marker.get_attribute("alt")
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup .map-popup a")
    expect(link).to_be_focused()
    href = link.get_attribute("href")
    page.keyboard.press("Enter")
    expect_display_point_page(page, name, href)
    expect(page.locator(".facility-list__item", has_text=PARKING[language])).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_filtered_index_has_no_serious_accessibility_violation(axe_page, axe_core_path, language):
    page = axe_page
    response = page.goto(f"{DEMO[language].display_points}?facility=parking&facility=toilets")
    assert response.status == 200
    expect(page.locator(".map--ready")).to_be_visible()
    page.evaluate("document.fonts.ready")
    page.add_script_tag(path=axe_core_path)
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    blocking = [violation for violation in results["violations"] if violation["impact"] in BLOCKING]
    assert not blocking, f"axe-core {results['testEngine']['version']} on {page.url}:\n{_describe(blocking)}"
