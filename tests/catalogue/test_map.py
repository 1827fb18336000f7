"""The maps: the GeoJSON of display points and producers, and the map markup on the pages.

The GeoJSON (/open-data/display-points.geojson?language=vi|en) is what the maps
draw their markers from, so the markers show even when no tile can load (as
in these tests, offline). The pages keep everything in plain HTML: the map is
hidden until static/js/map.js draws it.

Today is frozen at Monday 15 September 2025.
"""

import datetime
import decimal
import json

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from catalogue.models import DisplayPointKind, ProducerKind, Weekday
from tests import factories
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db

GEOJSON_URL = "/open-data/display-points.geojson"


def in_language(language, label):
    """A lazy label, or a message id, as a page in `language` shows it."""
    with translation.override(language):
        return translation.gettext(label) if isinstance(label, str) else str(label)


def translate(page, **changes):
    """The English copy of `page` with `changes` (title, slug...), published; its parent must be translated."""
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = page.copy_for_translation(english)
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def geojson(client, **params):
    response = client.get(GEOJSON_URL, params)
    assert response.status_code == 200, response.content
    return response, json.loads(response.content)


def features_by_name(collection):
    return {feature["properties"]["name"]: feature for feature in collection["features"]}


def map_element(response):
    return soup_of(response).select_one("[data-map]")


@pytest.fixture
def places(frozen_today, display_point_index, producer_index):
    rest_stop = factories.DisplayPointPageFactory(
        parent=display_point_index,
        title="Trạm dừng chân Đồng Tháp Mười",
        address="Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa",
        latitude=decimal.Decimal("10.655000"),
        longitude=decimal.Decimal("105.981000"),
    )
    for day in range(Weekday.SATURDAY):
        factories.OpeningHoursFactory(page=rest_stop, weekday=day, opens=datetime.time(7), closes=datetime.time(21))
    market = factories.DisplayPointPageFactory(
        parent=display_point_index,
        title="Chợ Đông Ba",
        kind=DisplayPointKind.MARKET,
        province=factories.province("hue"),
        address="Đường Trần Hưng Đạo, phường Đông Ba",
        latitude=decimal.Decimal("16.472000"),
        longitude=decimal.Decimal("107.588000"),
    )
    bao_la = factories.ProducerPageFactory(
        parent=producer_index,
        title="HTX mây tre đan Bao La",
        province=factories.province("hue"),
        address="Thôn Bao La, xã Quảng Phú",
        latitude=decimal.Decimal("16.561000"),
        longitude=decimal.Decimal("107.512000"),
    )
    factories.ProducerPageFactory(parent=producer_index, title="Hộ kinh doanh chưa có tọa độ")
    return rest_stop, market, bao_la


# The GeoJSON ---------------------------------------------------------------------


def test_geojson_is_a_feature_collection_of_every_live_point_and_located_producer(client, places):
    rest_stop, market, bao_la = places
    response, collection = geojson(client)

    assert response["Content-Type"] == "application/geo+json"
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=300"}
    assert collection["type"] == "FeatureCollection"
    assert set(features_by_name(collection)) == {rest_stop.title, market.title, bao_la.title}
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert isinstance(longitude, float)
        assert isinstance(latitude, float)
        assert -180 <= longitude <= 180
        assert -90 <= latitude <= 90
    # Longitude first, as GeoJSON wants.
    assert features_by_name(collection)[market.title]["geometry"]["coordinates"] == [107.588, 16.472]


def test_geojson_describes_each_place_for_the_map_popups(client, places, frozen_now):
    rest_stop, market, bao_la = places
    frozen_now(2025, 9, 15, 8, 0)  # Monday morning: the rest stop is open, the market has no hours
    _response, collection = geojson(client)
    features = features_by_name(collection)

    assert features[rest_stop.title]["properties"] == {
        "kind": "display_point",
        "name": "Trạm dừng chân Đồng Tháp Mười",
        "url": rest_stop.url,
        "address": "Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa",
        "province": "Tây Ninh",
        "kind_label": in_language("vi", DisplayPointKind.REST_STOP.label),
        "open_now": True,
        "facilities": [],
    }
    assert features[market.title]["properties"]["open_now"] is False
    assert features[market.title]["properties"]["province"] == "Huế"
    producer = features[bao_la.title]["properties"]
    assert producer["kind"] == "producer"
    assert producer["url"] == bao_la.url
    assert producer["kind_label"] == in_language("vi", ProducerKind.COOPERATIVE.label)
    assert "open_now" not in producer


def test_geojson_open_now_follows_the_clock(client, places, frozen_now):
    rest_stop = places[0]
    frozen_now(2025, 9, 15, 21, 30)  # Monday, after closing time
    _response, collection = geojson(client)
    assert features_by_name(collection)[rest_stop.title]["properties"]["open_now"] is False


def test_geojson_leaves_out_unpublished_and_off_the_globe_places(client, places, display_point_index):
    factories.DisplayPointPageFactory(parent=display_point_index, title="Điểm bán chưa xuất bản", live=False)
    factories.DisplayPointPageFactory(
        parent=display_point_index, title="Điểm bán nhập sai tọa độ", latitude=decimal.Decimal("106.5")
    )
    _response, collection = geojson(client)
    names = set(features_by_name(collection))
    assert "Điểm bán chưa xuất bản" not in names
    assert "Điểm bán nhập sai tọa độ" not in names
    assert "Hộ kinh doanh chưa có tọa độ" not in names
    assert len(names) == 3


def test_each_language_gets_its_own_pages_names_and_labels(client, places, home_page, frozen_now):
    rest_stop, market, bao_la = places
    frozen_now(2025, 9, 15, 8, 0)
    translate(home_page, slug="home")
    english_index = translate(rest_stop.get_parent(), title="Where to buy", slug="where-to-buy")
    english_stop = translate(rest_stop, title="Đồng Tháp Mười rest stop", slug="dong-thap-muoi-rest-stop")
    english_province = factories.province("tay-ninh").copy_for_translation(english_index.locale)
    english_province.name = "Tay Ninh province"
    english_province.save()

    _response, english = geojson(client, language="en")
    assert list(features_by_name(english)) == ["Đồng Tháp Mười rest stop"]
    properties = english["features"][0]["properties"]
    assert properties["url"] == english_stop.url == "/en/where-to-buy/dong-thap-muoi-rest-stop/"
    assert properties["kind_label"] == in_language("en", DisplayPointKind.REST_STOP.label) == "Highway rest stop"
    assert properties["province"] == "Tay Ninh province"
    assert properties["open_now"] is True

    _response, vietnamese = geojson(client, language="vi")
    assert set(features_by_name(vietnamese)) == {rest_stop.title, market.title, bao_la.title}
    assert features_by_name(vietnamese)[rest_stop.title]["properties"]["url"] == rest_stop.url
    assert features_by_name(vietnamese)[rest_stop.title]["properties"]["province"] == "Tây Ninh"


@pytest.mark.parametrize("language", ["fr", "EN", ""])
def test_an_unknown_language_is_refused_with_a_clear_message(client, places, language):
    response = client.get(GEOJSON_URL, {"language": language})
    assert response.status_code == 400
    error = json.loads(response.content)["error"]
    assert f"“{language}”" in error
    assert "vi, en" in error


def test_geojson_costs_the_same_queries_for_2_and_10_points(client, display_point_index, producer_index):
    def count():
        cache.clear()  # Wagtail's cached site root paths: both counts start cold
        with CaptureQueriesContext(connection) as captured:
            _response, collection = geojson(client)
        return len(captured.captured_queries), len(collection["features"])

    def add_places(start, stop):
        for number in range(start, stop):
            point = factories.DisplayPointPageFactory(
                parent=display_point_index, province=factories.province(["hue", "tay-ninh"][number % 2])
            )
            factories.OpeningHoursFactory(page=point, weekday=number % 7)
            factories.ProducerPageFactory(
                parent=producer_index,
                latitude=decimal.Decimal("16.5"),
                longitude=decimal.Decimal("107.5"),
                province=factories.province(["lai-chau", "hue"][number % 2]),
            )

    add_places(0, 2)
    few_queries, few = count()
    add_places(2, 10)
    many_queries, many = count()
    assert (few, many) == (4, 20)
    assert many_queries == few_queries


# The pages -----------------------------------------------------------------------


def scripts_are_files_or_data(response):
    """No inline script and no inline event handler, so a strict Content-Security-Policy can hold."""
    soup = soup_of(response)
    for script in soup.find_all("script"):
        assert script.get("src") or script.get("type") in ("application/ld+json", "application/json"), script
    for tag in soup.find_all(True):
        assert not [name for name in tag.attrs if name.startswith("on")], tag.name


def test_display_point_index_has_a_map_fed_by_the_geojson_and_the_full_list(client, places, frozen_now):
    rest_stop, market, _bao_la = places
    frozen_now(2025, 9, 15, 8, 0)
    response = client.get(rest_stop.get_parent().url)
    assert response.status_code == 200

    container = map_element(response)
    assert container["data-geojson-url"] == f"{GEOJSON_URL}?language=vi"
    assert container["data-kinds"] == "display_point"
    assert container["role"] == "region"
    assert container["aria-label"].strip()
    # Hidden until the script draws it: without JavaScript the list below is the page.
    assert container.find_parent(attrs={"data-map-frame": True}).has_attr("hidden")
    assert client.get(container["data-geojson-url"]).status_code == 200

    listing = soup_of(response).select_one("#display-point-list")
    assert [a["href"] for a in listing.select(".card__title a")] == [market.url, rest_stop.url]
    text = visible_text(response)
    for expected in (
        rest_stop.title,
        "Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa",
        market.title,
        in_language("vi", DisplayPointKind.MARKET.label),
        in_language("vi", "Open now"),
        in_language("vi", "Closed now"),
    ):
        assert expected in text
    scripts_are_files_or_data(response)


def test_english_display_point_index_map_asks_for_english_data(client, places, home_page):
    rest_stop = places[0]
    translate(home_page, slug="home")
    english_index = translate(rest_stop.get_parent(), title="Where to buy", slug="where-to-buy")
    english_stop = translate(rest_stop, title="Đồng Tháp Mười rest stop", slug="dong-thap-muoi-rest-stop")

    response = client.get(english_index.url)
    assert response.status_code == 200
    container = map_element(response)
    assert container["data-geojson-url"] == f"{GEOJSON_URL}?language=en"
    assert container["aria-label"] == in_language("en", "Map of the display and sales points")
    assert [a["href"] for a in soup_of(response).select("#display-point-list .card__title a")] == [english_stop.url]
    assert "Highway rest stop" in visible_text(response)


def test_map_pages_load_leaflet_from_the_sites_own_static_files(client, places):
    soup = soup_of(client.get(places[0].get_parent().url))
    assert soup.select_one('link[rel="stylesheet"][href$="leaflet/leaflet.css"]')["href"].startswith("/static/")
    sources = [script["src"] for script in soup.select("script[src]")]
    assert all(source.startswith("/static/") for source in sources)
    leaflet, own = (
        next(number for number, source in enumerate(sources) if source.endswith(name))
        for name in ("leaflet/leaflet.js", "js/map.js")
    )
    assert leaflet < own, "map.js needs Leaflet loaded first"
    container = soup.select_one("[data-map]")
    for attribute in ("data-marker-icon", "data-marker-icon-2x", "data-marker-shadow"):
        assert container[attribute].startswith("/static/leaflet/images/marker-")
    for path in (
        "leaflet/leaflet.js",
        "leaflet/leaflet.css",
        "leaflet/images/marker-icon.png",
        "leaflet/images/marker-icon-2x.png",
        "leaflet/images/marker-shadow.png",
        "js/map.js",
    ):
        assert finders.find(path), path


def test_tile_server_comes_from_the_settings(client, places, settings):
    settings.MAP_TILE_URL = "https://tiles.example.vn/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = '© Bản đồ <a href="https://example.vn">Example</a>'
    container = map_element(client.get(places[0].get_parent().url))
    assert container["data-tile-url"] == "https://tiles.example.vn/{z}/{x}/{y}.png"
    assert container["data-tile-attribution"] == '© Bản đồ <a href="https://example.vn">Example</a>'


def test_index_without_points_shows_no_map(client, display_point_index):
    response = client.get(display_point_index.url)
    assert map_element(response) is None
    assert in_language("vi", "No display point is listed yet.") in visible_text(response)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_display_point_page_has_its_own_small_map_beside_the_directions(client, places, home_page, language):
    rest_stop = places[0]
    if language == "en":
        translate(home_page, slug="home")
        translate(rest_stop.get_parent(), title="Where to buy", slug="where-to-buy")
        rest_stop = translate(rest_stop, title="Đồng Tháp Mười rest stop", slug="dong-thap-muoi-rest-stop")

    response = client.get(rest_stop.url)
    assert response.status_code == 200
    container = map_element(response)
    assert container["data-latitude"] == "10.655000"
    assert container["data-longitude"] == "105.981000"
    assert container["data-name"] == rest_stop.title
    assert container["data-address"] == "Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa"
    assert container["data-url"] == rest_stop.url
    assert not container.has_attr("data-geojson-url")
    with translation.override(language):
        assert container["aria-label"] == translation.gettext("Map of %(name)s") % {"name": rest_stop.title}
    assert "map-frame--small" in container.find_parent(attrs={"data-map-frame": True})["class"]
    soup = soup_of(response)
    assert soup.select_one('a[href^="https://www.openstreetmap.org/directions?to=10.655000%2C105.981000"]')
    assert soup.select_one(".open-badge")
    scripts_are_files_or_data(response)
