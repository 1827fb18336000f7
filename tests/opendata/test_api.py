"""The read-only Wagtail API v2: live public pages and the images they show, nothing private."""

import datetime
import json

import pytest
from wagtail.models import PageViewRestriction, ReferenceIndex

from tests import factories

from .conftest import translate

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
IMAGES = "/api/v2/images/"


def listed_titles(client, query=""):
    response = client.get(PAGES + query)
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def all_keys(value):
    """Every key of a JSON document, at any depth."""
    if isinstance(value, dict):
        return set(value) | set().union(*(all_keys(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(all_keys(item) for item in value))
    return set()


def test_pages_lists_live_pages_of_both_languages_only(client, register, english_lantern):
    titles = listed_titles(client)

    assert {"Lồng đèn mây tre", "Rattan lantern", "Chè shan tuyết", "HTX mây tre đan Bao La"} <= titles
    assert "Miến dong" not in titles  # unpublished
    assert listed_titles(client, "?type=catalogue.ProductPage&locale=en") == {"Rattan lantern"}


def test_unpublished_page_is_not_found_and_the_answer_stays_json(client, register):
    response = client.get(f"{PAGES}{register.products.vermicelli.pk}/")

    # Not redirected to /vi/api/v2/… by the language middleware.
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"message": "No Page matches the given query."}


def test_draft_changes_to_a_live_page_stay_out_of_the_api(client, register):
    tea = register.products.tea
    tea.title = "Chè shan tuyết (bản nháp)"
    tea.packaging = "Hộp thiếc 200 g, bản nháp"
    tea.save_revision()

    detail = client.get(f"{PAGES}{tea.pk}/").json()

    assert detail["title"] == "Chè shan tuyết"
    assert detail["packaging"] == "Chai thủy tinh 500 ml"
    assert "bản nháp" not in json.dumps(detail, ensure_ascii=False)


def test_pages_under_a_view_restriction_are_not_listed(client, register):
    PageViewRestriction.objects.create(
        page=register.producers.go_den, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
    )

    titles = listed_titles(client)

    assert "HTX rượu Gò Đen" not in titles
    assert "Rượu đế Gò Đen" not in titles
    assert "HTX mây tre đan Bao La" in titles


def test_product_detail_gives_its_certificates_and_group_in_its_language(client, english_lantern, register):
    detail = client.get(f"{PAGES}{english_lantern.pk}/").json()

    assert detail["meta"]["locale"] == "en"
    assert detail["group"] == {"slug": "thu-cong-my-nghe", "name": "Handicrafts"}
    assert detail["current_certification"]["stars"] == 4
    assert detail["current_certification"]["status"] == "valid"
    assert detail["current_certification"]["valid_until"] == "2028-01-15"

    spirit = client.get(f"{PAGES}{register.products.rice_spirit.pk}/").json()
    assert [(c["decision_date"], c["status"]) for c in spirit["certification_history"]] == [
        ("2024-06-01", "valid"),
        ("2021-05-10", "expired"),
    ]
    assert spirit["certification_history"][0]["revoked_on"] == "2025-12-01"
    sausage = client.get(f"{PAGES}{register.products.sausage.pk}/").json()
    assert sausage["current_certification"]["status"] == "revoked"
    assert sausage["current_certification"]["revocation_reason"] == "Không đánh giá lại đúng hạn"


def test_producer_detail_gives_its_public_profile_and_live_certified_products(client, register):
    detail = client.get(f"{PAGES}{register.producers.deo_thi_sop.pk}/").json()

    assert detail["kind"] == "household"
    assert detail["province"] == {"slug": "lai-chau", "name": "Lai Châu"}
    assert detail["address"] == "Ấp 3, xã Thủy Tây, huyện Thạnh Hóa"
    # Expiring counts as certified; revoked and unpublished products are left out.
    assert [product["title"] for product in detail["certified_products"]] == ["Chè shan tuyết"]
    assert detail["certified_products"][0]["html_url"] == "http://testserver" + register.products.tea.url


def test_display_point_and_news_list_only_live_products(client, register, display_point_index, news_index):
    point = factories.DisplayPointPageFactory(parent=display_point_index)
    factories.OpeningHoursFactory(page=point, weekday=0)
    register.products.tea.sold_at = [point]
    register.products.tea.save_revision().publish()
    register.products.vermicelli.sold_at = [point]
    register.products.vermicelli.save()
    article = factories.NewsPageFactory(
        parent=news_index, related_products=[register.products.tea, register.products.vermicelli]
    )

    point_detail = client.get(f"{PAGES}{point.pk}/").json()
    article_detail = client.get(f"{PAGES}{article.pk}/").json()

    assert [p["title"] for p in point_detail["products"]] == ["Chè shan tuyết"]
    assert point_detail["opening_hours"][0] | {"id": None, "meta": None} == {
        "id": None,
        "meta": None,
        "weekday": 0,
        "opens": "07:00:00",
        "closes": "21:00:00",
    }
    assert point_detail["latitude"] == "10.654321"
    assert [p["title"] for p in article_detail["products"]] == ["Chè shan tuyết"]
    assert "Miến dong" not in json.dumps(article_detail, ensure_ascii=False)


def test_nothing_about_owners_or_revisions_is_exposed(client, register):
    tea = register.products.tea
    tea.owner = factories.EditorFactory()
    tea.save_revision().publish()

    detail = client.get(f"{PAGES}{tea.pk}/?fields=*").json()
    listing = client.get(PAGES + "?type=catalogue.ProductPage&fields=*").json()

    for document in (detail, listing):
        keys = all_keys(document)
        assert not keys & {"owner", "latest_revision", "draft_title", "locked_by", "has_unpublished_changes"}
    assert tea.owner.username not in json.dumps(detail)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("endpoint", ["pages", "images"])
def test_api_is_read_only(client, register, method, endpoint):
    item = register.products.tea.pk if endpoint == "pages" else factories.ImageFactory().pk
    for url in (f"/api/v2/{endpoint}/", f"/api/v2/{endpoint}/{item}/"):
        response = getattr(client, method)(url, data="{}", content_type="application/json")
        assert response.status_code == 405, url
    assert client.get(f"{PAGES}{register.products.tea.pk}/").json()["title"] == "Chè shan tuyết"


def test_api_answers_json_even_to_a_browser(client, register):
    response = client.get(PAGES, HTTP_ACCEPT="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["meta"]["total_count"] >= 1


def test_bad_filters_are_a_clear_400(client, register):
    response = client.get(PAGES + "?type=catalogue.NoSuchPage")

    assert response.status_code == 400
    assert response.json() == {"message": "type doesn't exist"}


def test_images_lists_only_images_that_live_pages_show(client, register):
    shown, unpublished, unused = factories.ImageFactory(), factories.ImageFactory(), factories.ImageFactory()
    lantern, vermicelli = register.products.lantern, register.products.vermicelli
    lantern.listing_image = shown
    lantern.save_revision().publish()
    vermicelli.listing_image = unpublished
    vermicelli.save()
    # The test suite turns automatic reference indexing off; Wagtail keeps it up to date on every save.
    for page in (lantern, vermicelli):
        ReferenceIndex.create_or_update_for_object(page)

    response = client.get(IMAGES)

    assert response.status_code == 200
    assert [image["title"] for image in response.json()["items"]] == [shown.title]
    assert client.get(f"{IMAGES}{unpublished.pk}/").status_code == 404
    assert client.get(f"{IMAGES}{unused.pk}/").status_code == 404
    assert client.get(f"{IMAGES}{shown.pk}/").json()["meta"]["download_url"].endswith(".png")


def test_api_certificate_status_follows_the_sites_today(client, register, frozen_today):
    frozen_today.today = datetime.date(2025, 10, 2)

    detail = client.get(f"{PAGES}{register.products.tea.pk}/").json()

    assert detail["current_certification"]["status"] == "expired"


def test_translated_page_api_links_its_translation(client, register):
    english = translate(register.producers.go_den, title="Go Den rice spirit cooperative", slug="go-den")

    response = client.get(f"{PAGES}?translation_of={register.producers.go_den.pk}&locale=en")

    assert [item["id"] for item in response.json()["items"]] == [english.pk]
