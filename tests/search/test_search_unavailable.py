"""Elasticsearch unreachable (its address a port nothing listens on): the search pages answer, plainly.

tests/faults/test_elasticsearch_down.py goes further on a real node: publishing
while it is down, and the index catching up when it is back.
"""

import pytest
from django.test import override_settings

from search.backend_settings import search_backends
from tests import factories
from tests.utils import free_port

UNREACHABLE = search_backends({"ELASTICSEARCH_URL": f"http://127.0.0.1:{free_port()}"})

pytestmark = [pytest.mark.django_db, pytest.mark.filterwarnings("ignore")]


@pytest.fixture
def products(producer):
    factories.ProductPageFactory(parent=producer, title="Mật ong hoa tràm")


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE, OCOP_SEARCH_TYPO_TOLERANCE=True)
def test_search_page_says_search_is_unavailable_and_lists_nothing(client, products):
    response = client.get("/en/search/", {"q": "honey"})
    assert response.status_code == 200
    assert "Search is unavailable for a moment" in response.content.decode()
    assert list(response.context["search"].page.object_list) == []
    vietnamese = client.get("/vi/tim-kiem/", {"q": "mat ong"})
    assert vietnamese.status_code == 200
    assert "Tìm kiếm tạm thời không hoạt động" in vietnamese.content.decode()


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE)
def test_suggestions_are_empty_not_an_error(client, products):
    response = client.get("/en/search/suggest/", {"q": "mat"})
    assert response.status_code == 200
    assert response.json()["suggestions"] == []


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE)
def test_product_check_by_name_says_names_are_unavailable_and_codes_still_work(client, producer):
    product = factories.ProductPageFactory(parent=producer, title="Mật ong hoa tràm")
    by_name = client.get("/en/check/", {"q": "mat ong"})
    assert by_name.status_code == 200
    assert "Finding products by name is unavailable" in by_name.content.decode()
    code = product.certifications.get().verification_code
    by_code = client.get("/en/check/", {"q": code})
    assert by_code.status_code == 200
    assert "Mật ong hoa tràm" in by_code.content.decode()
