"""The product editor offers the display points of the product's own language, in a list that searches."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from tests import factories
from tests.accounts import conftest as accounts
from tests.utils import soup_of

pytestmark = pytest.mark.django_db

editor = accounts.editor
editor_client = accounts.editor_client
producers = accounts.producers
products = accounts.products


@pytest.fixture
def points(display_point_index):
    """Two Vietnamese display points and the English translation of the first."""
    rest_stop = factories.DisplayPointPageFactory(parent=display_point_index, title="Trạm dừng chân Đồng Tháp Mười")
    market = factories.DisplayPointPageFactory(parent=display_point_index, title="Chợ đêm Huế")
    english = Locale.objects.get_or_create(language_code="en")[0]
    display_point_index.copy_for_translation(english, copy_parents=True)
    english_rest_stop = rest_stop.copy_for_translation(english)
    english_rest_stop.title = "Đồng Tháp Mười rest stop"
    english_rest_stop.save()
    return {"rest_stop": rest_stop, "market": market, "english_rest_stop": english_rest_stop}


def offered(client, page):
    """{display point title: ticked} as the product editor lists them."""
    soup = soup_of(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    return {
        checkbox.find_parent("label").get_text(strip=True): checkbox.has_attr("checked")
        for checkbox in soup.select("input[name=sold_at]")
    }


def test_a_vietnamese_product_is_offered_only_vietnamese_display_points(editor_client, products, points):
    products.a.sold_at = [points["rest_stop"]]
    products.a.save_revision().publish()

    assert offered(editor_client, products.a) == {"Chợ đêm Huế": False, "Trạm dừng chân Đồng Tháp Mười": True}


def test_its_english_translation_is_offered_the_english_ones_ticked_alike(editor_client, products, points):
    products.a.sold_at = [points["rest_stop"]]
    products.a.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    products.a.get_parent().copy_for_translation(english, copy_parents=True)
    english_product = products.a.copy_for_translation(english)

    assert offered(editor_client, english_product) == {"Đồng Tháp Mười rest stop": True}


def test_a_new_product_is_offered_its_producers_language(editor_client, producers, points):
    soup = soup_of(
        editor_client.get(reverse("wagtailadmin_pages:add", args=["catalogue", "productpage", producers.a.pk]))
    )

    labels = [checkbox.find_parent("label").get_text(strip=True) for checkbox in soup.select("input[name=sold_at]")]
    assert labels == ["Chợ đêm Huế", "Trạm dừng chân Đồng Tháp Mười"]


def test_the_list_has_a_search_box_for_it(editor_client, products, points):
    soup = soup_of(editor_client.get(reverse("wagtailadmin_pages:edit", args=[products.a.pk])))

    search = soup.select_one("input[type=search][data-ocop-choice-filter]")
    assert search is not None
    assert soup.select_one(f"#{search['aria-controls']} input[name=sold_at]") is not None
    assert soup.select_one(f"label[for={search['id']}]").get_text(strip=True) == "Tìm trong danh sách"
    assert soup.select_one("script[src*='js/admin-choice-filter.js']") is not None


def test_a_display_point_of_the_other_language_is_refused(editor_client, products, points):
    product = products.a
    form = accounts.product_form(product.title, product.slug, product.group, **{"action-publish": "1"})
    form["sold_at"] = [points["english_rest_stop"].pk]

    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[product.pk]), form)

    assert response.status_code == 200
    assert "sold_at" in response.context["form"].errors
    assert list(type(products.a).objects.get(pk=products.a.pk).sold_at.all()) == []
