"""The full-page cache: hits cost no query, and every change a visitor could notice purges it."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from catalogue.models import Certification
from showcase import page_cache
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(OCOP_PAGE_CACHE_SECONDS=300):
        yield


@pytest.fixture
def product(frozen_today, producer_index, product_index):
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX Gò Đen")
    return factories.ProductPageFactory(parent=producer, title="Rượu đế Gò Đen", certification__stars=4)


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_a_second_visit_is_served_from_the_cache_without_a_query(client, product):
    first = fetch(client, product.url)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = fetch(client, product.url)
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0, [query["sql"] for query in queries]
    assert second.content == first.content


def test_logged_in_editors_always_see_the_live_page(client, product, django_user_model):
    fetch(client, product.url)
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "x"))
    assert "X-Page-Cache" not in fetch(client, product.url)


def test_search_results_are_not_cached(client, product):
    fetch(client, "/vi/tim-kiem/?q=ruou")
    assert "X-Page-Cache" not in fetch(client, "/vi/tim-kiem/?q=ruou")


def test_publishing_a_change_purges_the_cache(client, product):
    assert "Rượu đế Gò Đen" in fetch(client, product.url).content.decode()
    product.title = "Rượu đế Gò Đen nếp cái"
    product.save_revision().publish()
    response = fetch(client, product.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Rượu đế Gò Đen nếp cái" in response.content.decode()


def test_unpublishing_purges_the_catalogue(client, product, product_index):
    assert "Rượu đế Gò Đen" in fetch(client, product_index.url).content.decode()
    product.unpublish()
    response = fetch(client, product_index.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Rượu đế Gò Đen" not in response.content.decode()


def test_moving_a_product_purges_its_old_producers_page(client, product, producer_index):
    old_producer = product.get_parent().specific
    new_producer = factories.ProducerPageFactory(parent=producer_index, title="HTX Phước Lợi")
    assert "Rượu đế Gò Đen" in fetch(client, old_producer.url).content.decode()
    product.move(new_producer, pos="last-child")
    response = fetch(client, old_producer.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Rượu đế Gò Đen" not in response.content.decode()


def test_a_new_certification_updates_the_stars_shown(client, product, product_index):
    assert "4 sao" in fetch(client, product_index.url).content.decode()
    decision = factories.CertificationDecisionFactory(issued_on=factories.days_ago(10), number="99/QĐ-UBND")
    Certification.objects.create(decision=decision, product=product, stars=5, score=92)
    response = fetch(client, product_index.url)
    assert response["X-Page-Cache"] == "miss"
    assert "5 sao" in response.content.decode()


def test_a_revocation_updates_the_product_page(client, product):
    assert "Đã bị thu hồi" not in fetch(client, product.url).content.decode()
    certificate = Certification.objects.get(product=product)
    certificate.revoked_on = factories.days_ago(1)
    certificate.revocation_reason = "Không đạt khi đánh giá lại."
    certificate.save()
    response = fetch(client, product.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Đã bị thu hồi" in response.content.decode()


def test_a_changed_decision_purges_the_cache(client, product):
    fetch(client, product.url)
    decision = Certification.objects.get(product=product).decision
    decision.number = "1234/QĐ-UBND"
    decision.save()
    response = fetch(client, product.url)
    assert response["X-Page-Cache"] == "miss"
    assert "1234/QĐ-UBND" in response.content.decode()


def test_entries_end_at_the_next_five_minute_mark():
    seven_twenty_nine = datetime.datetime(2026, 11, 22, 7, 29, 10, tzinfo=datetime.UTC).timestamp()
    assert page_cache.seconds_to_live(seven_twenty_nine) == 50
    with override_settings(OCOP_PAGE_CACHE_SECONDS=20):
        assert page_cache.seconds_to_live(seven_twenty_nine) == 20
