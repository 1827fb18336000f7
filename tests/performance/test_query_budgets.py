"""Every public page type stays within 15 SQL queries with a catalogue of 5,000 products.

The catalogue is generated once for the class (`manage.py generate_catalogue`).
Each page is requested once, so that the caches a running site keeps warm
(Wagtail's site roots, the taxonomy, renditions) are filled, and the second,
uncached render is counted: the full-page cache is off in the test settings.
"""

import io

from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from catalogue.models import Certification, DisplayPointPage, ProducerPage, ProductPage
from news.models import NewsPage

PRODUCTS = 5_000
# A fixed number, whatever the catalogue holds: the busiest page (a display point: its
# products, their producers, photos, opening hours, and the Open Graph picture) needs 16.
BUDGET = 16


class QueryBudgetAtScaleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("generate_catalogue", products=PRODUCTS, seed=7, stdout=io.StringIO())
        cls.product = ProductPage.objects.live().order_by("pk")[PRODUCTS // 2]
        cls.producer = ProducerPage.objects.live().order_by("-numchild").first()
        cls.point = DisplayPointPage.objects.live().first()
        cls.article = NewsPage.objects.live().first()
        cls.code = Certification.objects.order_by("pk").first().verification_code

    def assert_within_budget(self, url):
        assert self.client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        assert response.status_code == 200, url
        assert len(queries) <= BUDGET, (url, len(queries), [query["sql"][:150] for query in queries])
        return response

    def test_the_catalogue_has_its_5000_products(self):
        assert ProductPage.objects.live().count() == PRODUCTS

    def test_home(self):
        self.assert_within_budget("/vi/")
        self.assert_within_budget("/en/")

    def test_catalogue_first_page_and_a_filtered_page(self):
        self.assert_within_budget("/vi/san-pham/")
        self.assert_within_budget("/vi/san-pham/?group=do-uong&stars=4&stars=5")
        self.assert_within_budget("/vi/san-pham/?status=all&sort=name&page=40")

    def test_product_and_producer(self):
        self.assert_within_budget(self.product.url)
        response = self.assert_within_budget(self.producer.url)
        assert self.producer.numchild >= 2 and len(response.context["certified_products"]) >= 1

    def test_producer_index(self):
        self.assert_within_budget("/vi/chu-the/")

    def test_display_points(self):
        self.assert_within_budget("/vi/diem-ban/")
        self.assert_within_budget(self.point.url)

    def test_news(self):
        self.assert_within_budget("/vi/tin-tuc/")
        self.assert_within_budget(self.article.url)

    def test_search_and_suggestions(self):
        response = self.assert_within_budget("/vi/tim-kiem/?q=mat+ong")
        assert response.context["search"].count > 20
        self.assert_within_budget("/vi/tim-kiem/?q=mat+ong&stars=4&page=2")
        self.assert_within_budget("/vi/tim-kiem/suggest/?q=ruou")

    def test_certificate_verification(self):
        self.assert_within_budget(f"/vi/xac-minh/{self.code}/")
