"""Counts and facets are exact for a search matching more than a thousand products.

A catalogue of 1,500 products is generated (`manage.py generate_catalogue`);
a brand word no generated text holds ("Lanhuong") is written into the
search description of six in seven of them, and the index rebuilt. The
search's counts are then compared with what the listing rows of those very
products say, counted here in Python, row by row.
"""

import io
import unittest
from collections import Counter

from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from catalogue import register
from catalogue.models import ProductListing, ProductPage
from tests.search.test_search_behaviour import ELASTICSEARCH_SETTINGS, ELASTICSEARCH_URL

PRODUCTS = 1_500
BRAND = "Lanhuong"


class SearchAtScale:
    @classmethod
    def setUpTestData(cls):
        call_command(
            "generate_catalogue",
            products=PRODUCTS,
            seed=11,
            news=5,
            no_index=True,
            no_images=True,
            stdout=io.StringIO(),
        )
        vi = Locale.objects.get(language_code="vi")
        products = ProductPage.objects.live().filter(locale=vi).values_list("pk", flat=True)
        cls.branded_ids = {pk for pk in products if pk % 7}
        ProductPage.objects.filter(pk__in=cls.branded_ids).update(
            search_description=f"Sản phẩm mang thương hiệu {BRAND}."
        )
        call_command("update_index", stdout=io.StringIO())
        cls.after_indexing()

    @classmethod
    def after_indexing(cls):
        """Hook for backends that index in the background."""

    def search(self, **params):
        response = self.client.get("/vi/tim-kiem/", {"q": BRAND.lower(), **params})
        assert response.status_code == 200
        return response.context["search"]

    def expected(self, selected=None):
        """{facet: Counter} over the branded products' listing rows, counted in Python."""
        today = register.local_today()
        rows = list(ProductListing.objects.filter(page_id__in=self.branded_ids).select_related("province"))
        counts = {facet: Counter() for facet in ("group", "stars", "province")}
        for row in rows:
            in_force = register.is_in_force(row.cert_issued_on, row.cert_revoked_on, today)
            if selected and (row.cert_stars not in selected or not in_force):
                continue
            counts["group"][row.group.slug] += 1
            if in_force:
                counts["stars"][row.cert_stars] += 1
            province = register.current_province(row.province)
            counts["province"][province.slug] += 1
        return counts

    def options(self, search, name):
        return {
            option.value: option.count
            for facet in search.product_facets.facets
            if facet.name == name
            for option in facet.options
        }

    def test_more_than_a_thousand_products_match(self):
        assert len(self.branded_ids) > 1_000

    def test_the_count_and_the_kind_counts_are_exact(self):
        search = self.search()
        assert search.kind_counts["product"] == len(self.branded_ids)
        assert search.count == len(self.branded_ids) + sum(
            n for kind, n in search.kind_counts.items() if kind != "product"
        )
        assert f"{search.count} kết quả" in search.summary()
        assert self.search(type="product").count == len(self.branded_ids)

    def test_facets_count_every_matched_product(self):
        search = self.search()
        expected = self.expected()
        groups = self.options(search, "group")
        assert {slug: n for slug, n in groups.items() if n} == dict(expected["group"])
        assert sum(groups.values()) == len(self.branded_ids)
        stars = self.options(search, "stars")
        assert {int(value): n for value, n in stars.items() if n} == dict(expected["stars"])
        provinces = self.options(search, "province")
        for slug, n in expected["province"].items():
            assert provinces[slug] >= n, slug  # a current province also counts the ones merged into it

    def test_a_facet_narrows_the_count_to_its_products(self):
        narrowed = self.search(stars="4")
        assert narrowed.count == sum(self.expected(selected={4})["group"].values())
        assert {result.kind for result in narrowed.page.object_list} == {"product"}
        assert all(result.page.current_stars == 4 for result in narrowed.page.object_list)

    def test_the_last_page_is_reached(self):
        search = self.search(type="product")
        last = search.page.paginator.num_pages
        assert last > 50
        final = self.search(type="product", page=str(last))
        assert final.page.number == last
        assert len(final.page.object_list) == len(self.branded_ids) - (last - 1) * 20


class DatabaseSearchAtScaleTests(SearchAtScale, TestCase):
    pass


@unittest.skipUnless(ELASTICSEARCH_URL, "ELASTICSEARCH_URL is not set: `make test-elasticsearch` starts a node")
@override_settings(WAGTAILSEARCH_BACKENDS=ELASTICSEARCH_SETTINGS)
class ElasticsearchSearchAtScaleTests(SearchAtScale, TestCase):
    @classmethod
    def after_indexing(cls):
        get_search_backend().refresh_indexes()
