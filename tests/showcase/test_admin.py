"""Every page type and register snippet opens in the admin: broken panels show up here."""

import datetime

import pytest
from django.urls import reverse

from catalogue.models import Weekday
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def every_page_type(frozen_today, home_page, producer_index, display_point_index, news_index, product_index):
    producer = factories.ProducerPageFactory(parent=producer_index, logo=factories.ImageFactory())
    point = factories.DisplayPointPageFactory(parent=display_point_index)
    factories.OpeningHoursFactory(page=point, weekday=Weekday.FRIDAY, opens=datetime.time(18), closes=datetime.time(2))
    product = factories.ProductPageFactory(parent=producer, sold_at=[point], listing_image=factories.ImageFactory())
    article = factories.NewsPageFactory(parent=news_index, tags=["hội chợ"], related_products=[product])
    factories.FeaturedProductFactory(page=home_page, product=product)
    return {
        "home page": home_page,
        "standard page": factories.StandardPageFactory(parent=home_page),
        "product index": product_index,
        "producer index": producer_index,
        "producer": producer,
        "product": product,
        "display point index": display_point_index,
        "display point": point,
        "news index": news_index,
        "news article": article,
    }


def test_superuser_can_open_the_edit_view_of_each_page_type(admin_client, every_page_type, subtests):
    for page_type, page in every_page_type.items():
        with subtests.test(page_type=page_type):
            response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            assert response.status_code == 200
            assert page.title in response.content.decode()


def test_each_page_type_renders_in_the_admins_preview(every_page_type, subtests):
    for page_type, page in every_page_type.items():
        with subtests.test(page_type=page_type):
            response = page.specific.make_preview_request()
            assert response.status_code == 200
            assert page.title in response.content.decode()


@pytest.mark.parametrize(
    ("app_model", "page_type"),
    [
        ("catalogue/producerpage", "producer index"),
        ("catalogue/productpage", "producer"),
        ("catalogue/displaypointpage", "display point index"),
        ("news/newspage", "news index"),
        ("home/standardpage", "home page"),
    ],
)
def test_superuser_can_open_the_create_view_under_each_allowed_parent(
    admin_client, every_page_type, app_model, page_type
):
    app_label, model_name = app_model.split("/")
    parent = every_page_type[page_type]
    response = admin_client.get(reverse("wagtailadmin_pages:add", args=[app_label, model_name, parent.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "model",
    ["certificationdecision", "certification", "productgroup", "province"],
)
def test_superuser_can_list_and_add_register_and_taxonomy_snippets(admin_client, every_page_type, model):
    assert admin_client.get(reverse(f"wagtailsnippets_catalogue_{model}:list")).status_code == 200
    assert admin_client.get(reverse(f"wagtailsnippets_catalogue_{model}:add")).status_code == 200


def test_certificate_list_in_the_admin_shows_status_and_validity(admin_client, every_page_type):
    product = every_page_type["product"]
    response = admin_client.get(reverse("wagtailsnippets_catalogue_certification:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert product.title in html
    certificate = product.current_certification
    assert certificate.decision.number in html


def test_superuser_can_open_a_decision_with_its_certificates(admin_client, every_page_type):
    decision = every_page_type["product"].current_certification.decision
    response = admin_client.get(reverse("wagtailsnippets_catalogue_certificationdecision:edit", args=[decision.pk]))
    assert response.status_code == 200
    assert decision.number in response.content.decode()


def test_admin_dashboard_and_explorer_open(admin_client, every_page_type):
    assert admin_client.get(reverse("wagtailadmin_home")).status_code == 200
    producer_index = every_page_type["producer index"]
    assert admin_client.get(reverse("wagtailadmin_explore", args=[producer_index.pk])).status_code == 200
