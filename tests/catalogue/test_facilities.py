"""Places a traveller can plan around: a display point's facilities and how to get there.

The display point page lists its facilities, each an icon (decorative) and its
name in words, and the directions; the index filters by facilities with GET
checkboxes that work without JavaScript, the list and the map alike; unknown
values are ignored. Facilities are synchronised across translations.
"""

import decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from catalogue.facilities import Facility, as_list
from catalogue.models import DisplayPointPage
from tests import factories
from tests.catalogue.test_map import geojson, translate
from tests.utils import soup_of

pytestmark = pytest.mark.django_db


def text_of(element):
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def points(frozen_today, display_point_index):
    rest_stop = factories.DisplayPointPageFactory(
        parent=display_point_index,
        title="Trạm dừng chân Đồng Tháp Mười",
        facilities=[Facility.TOILETS, Facility.PARKING, Facility.EV_CHARGING],
        directions="Km 45 quốc lộ 62, bên phải theo hướng đi Tân An.",
    )
    post_office = factories.DisplayPointPageFactory(
        parent=display_point_index,
        title="Bưu điện Sóc Trăng",
        facilities=[Facility.TOILETS, Facility.CARD_PAYMENT],
        latitude=decimal.Decimal("9.602000"),
        longitude=decimal.Decimal("105.973000"),
    )
    market = factories.DisplayPointPageFactory(parent=display_point_index, title="Chợ Lai Châu")
    return rest_stop, post_office, market


def listed(response):
    return [text_of(title) for title in soup_of(response).select("#display-point-list .card__title")]


def test_facilities_are_stored_in_a_fixed_order_and_read_back_as_a_list(points):
    rest_stop, _post_office, market = points
    rest_stop.refresh_from_db()
    assert rest_stop.facilities == ["parking", "toilets", "ev_charging"]
    market.refresh_from_db()
    assert market.facilities == []
    assert as_list(",food,nonsense,parking,") == ["parking", "food"]


def test_the_database_finds_the_points_with_every_facility_asked_for(points):
    from catalogue.facilities import having

    def titles(*facilities):
        return sorted(DisplayPointPage.objects.filter(having(facilities)).values_list("title", flat=True))

    assert titles("toilets") == ["Bưu điện Sóc Trăng", "Trạm dừng chân Đồng Tháp Mười"]
    assert titles("toilets", "parking") == ["Trạm dừng chân Đồng Tháp Mười"]
    assert titles("food") == []
    assert len(titles()) == 3


def test_the_page_shows_each_facility_with_an_icon_and_words_and_the_directions(client, points):
    rest_stop, _post_office, market = points
    page = soup_of(client.get(rest_stop.url))
    items = page.select(".panel .facility-list__item")
    assert [text_of(item) for item in items] == ["Bãi đỗ xe", "Nhà vệ sinh", "Trạm sạc xe điện"]
    for item in items:
        icon = item.find("svg")
        assert icon["aria-hidden"] == "true" and icon["focusable"] == "false"
    assert "Km 45 quốc lộ 62, bên phải theo hướng đi Tân An." in text_of(page.select_one(".directions"))
    assert "Cách đến" in text_of(page)

    bare = soup_of(client.get(market.url))
    assert bare.select(".facility-list") == []
    assert bare.select_one(".directions") is None


def test_the_index_filters_the_list_and_the_map_by_facilities(client, points, display_point_index):
    response = client.get(display_point_index.url, {"facility": ["parking", "toilets"]})
    assert response.status_code == 200
    assert listed(response) == ["Trạm dừng chân Đồng Tháp Mười"]
    page = soup_of(response)
    assert page.select_one("[data-map]")["data-facilities"] == "parking,toilets"
    checked = [
        box["value"] for box in page.select('.facility-filter input[type="checkbox"]') if box.has_attr("checked")
    ]
    assert checked == ["parking", "toilets"]
    assert "1 địa điểm có mọi tiện ích bạn chọn." in text_of(page)
    form = page.select_one("form.facility-filter")
    assert form["method"] == "get" and not form.has_attr("action")

    everything = client.get(display_point_index.url)
    assert listed(everything) == ["Bưu điện Sóc Trăng", "Chợ Lai Châu", "Trạm dừng chân Đồng Tháp Mười"]
    assert not soup_of(everything).select_one("[data-map]").has_attr("data-facilities")


@pytest.mark.parametrize("values", [["wifi"], ["toilets", "x" * 500], ["PARKING"], ["", "toilets"]])
def test_unknown_facility_values_are_ignored(client, points, display_point_index, values):
    response = client.get(display_point_index.url, {"facility": values})
    assert response.status_code == 200
    expected = 2 if "toilets" in values else 3
    assert len(listed(response)) == expected


def test_a_filter_nothing_matches_says_so_and_offers_every_place(client, points, display_point_index):
    response = client.get(display_point_index.url, {"facility": ["food", "accessible"]})
    page = soup_of(response)
    assert listed(response) == []
    assert "Không có địa điểm nào có đủ mọi tiện ích bạn chọn." in text_of(page)
    assert page.select_one(".facility-filter a.button")["href"] == display_point_index.url
    assert page.select_one("[data-map]") is None


def test_filtering_costs_the_same_queries_for_more_points(client, points, display_point_index):
    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(display_point_index.url, {"facility": "toilets"}).status_code == 200
        return len(captured.captured_queries), captured.captured_queries

    count()  # the site, the locales and the menus are cached from now on
    few, _queries = count()
    for _number in range(6):
        factories.DisplayPointPageFactory(parent=display_point_index, facilities=["toilets", "food"])
    many, queries = count()
    assert many == few, "\n".join(query["sql"][:150] for query in queries)


def test_geojson_carries_each_points_facilities(client, points):
    _response, collection = geojson(client)
    by_name = {feature["properties"]["name"]: feature["properties"] for feature in collection["features"]}
    assert by_name["Trạm dừng chân Đồng Tháp Mười"]["facilities"] == ["parking", "toilets", "ev_charging"]
    assert by_name["Chợ Lai Châu"]["facilities"] == []


def test_the_api_gives_facilities_as_a_list_and_the_directions(client, points):
    rest_stop, _post_office, _market = points
    response = client.get(f"/api/v2/pages/{rest_stop.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["facilities"] == ["parking", "toilets", "ev_charging"]
    assert data["directions"] == "Km 45 quốc lộ 62, bên phải theo hướng đi Tân An."


def test_facilities_are_synchronised_and_directions_translated(client, points, home_page):
    rest_stop, _post_office, _market = points
    translate(home_page, slug="home")
    translate(rest_stop.get_parent(), title="Where to buy", slug="where-to-buy")
    english = translate(
        rest_stop,
        title="Đồng Tháp Mười rest stop",
        slug="dong-thap-muoi-rest-stop",
        directions="Km 45 of Highway 62, on the right heading to Tân An.",
    )
    fields = {field.field_name: type(field).__name__ for field in DisplayPointPage.translatable_fields}
    assert fields["facilities"] == "SynchronizedField"
    assert fields["directions"] == "TranslatableField"

    page = soup_of(client.get(english.url))
    assert [text_of(item) for item in page.select(".panel .facility-list__item")] == [
        "Parking",
        "Toilets",
        "EV charging",
    ]
    assert "How to get there" in text_of(page)
    assert "Km 45 of Highway 62, on the right heading to Tân An." in text_of(page.select_one(".directions"))

    index = client.get("/en/where-to-buy/", {"facility": "ev_charging"})
    assert listed(index) == ["Đồng Tháp Mười rest stop"]
    assert "Show only the places with" in text_of(soup_of(index))


def test_an_editor_ticks_facilities_in_the_admin(client, points):
    rest_stop, _post_office, _market = points
    client.force_login(factories.EditorFactory())
    edit_url = f"/admin/pages/{rest_stop.pk}/edit/"
    form = soup_of(client.get(edit_url))
    assert {box["value"] for box in form.select('input[name="facilities"]')} == set(Facility.values)
    data = nested_form_data(
        {
            "title": rest_stop.title,
            "slug": rest_stop.slug,
            "kind": rest_stop.kind,
            "body": streamfield([]),
            "photos": inline_formset([]),
            "province": rest_stop.province_id,
            "address": rest_stop.address,
            "latitude": str(rest_stop.latitude),
            "longitude": str(rest_stop.longitude),
            "phone": rest_stop.phone,
            "directions": "Cạnh cây xăng km 45.",
            "opening_hours": inline_formset([]),
            "opening_hours_note": "",
            "comments": inline_formset([]),
        }
    )
    data["facilities"] = ["food", "accessible"]
    data["action-publish"] = "publish"
    response = client.post(edit_url, data)
    assert response.status_code == 302, soup_of(response).select(".error-message")
    rest_stop.refresh_from_db()
    assert rest_stop.facilities == ["food", "accessible"]
    assert rest_stop.directions == "Cạnh cây xăng km 45."
