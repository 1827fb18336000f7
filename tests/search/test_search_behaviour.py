"""What visitors find: one suite of search behaviour, run on each backend.

The demo site is built once per class. `DatabaseSearchTests` runs the suite on
the database backend of the run (SQLite, or PostgreSQL when DATABASE_URL is
set); `ElasticsearchSearchTests` runs the same tests on a real Elasticsearch
node when ELASTICSEARCH_URL is set (`make test-elasticsearch` starts one), and
adds what only Elasticsearch offers: forgiving typos and its own analyzers.
"""

import datetime
import io
import os
import unittest

from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from catalogue.demo import content as demo
from catalogue.models import ProducerPage, ProductPage
from search.backend_settings import search_backends
from showcase.text import fold
from tests import factories
from tests.catalogue.test_demo_content import load_demo_content, small_images
from tests.utils import site_today, soup_of

DEMO_TODAY = datetime.date.fromisoformat(demo.DEMO_TODAY)
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


class SearchBehaviour:
    """The tests; a subclass chooses the backend."""

    @classmethod
    def setUpClass(cls):
        cls.enterClassContext(site_today(DEMO_TODAY))
        cls.enterClassContext(small_images())
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        load_demo_content()
        cls.vi = Locale.objects.get(language_code="vi")
        cls.en = Locale.objects.get(language_code="en")
        # Two titles that fold to the same words: "gạo ... dứa" (pandan rice) and "gáo dừa" (coconut-shell
        # ladle), both certified, so that only the spelling tells them apart.
        producer = ProducerPage.objects.live().filter(locale=cls.vi).order_by("title").first()
        # Decision numbers are given: the tests' own factories start their sequences afresh.
        cls.rice = factories.ProductPageFactory(
            parent=producer,
            title="Gạo thơm lá dứa",
            group=factories.group("thuc-pham"),
            certification__decision__number="901/QĐ-UBND",
        )
        cls.ladle = factories.ProductPageFactory(
            parent=producer,
            title="Gáo dừa mỹ nghệ",
            group=factories.group("thu-cong-my-nghe"),
            certification__decision__number="902/QĐ-UBND",
        )
        # The same words on three products whose certificates differ: in force, expired, revoked.
        cls.lapsed = {}
        en_producer = producer.get_translation(cls.en)
        four_years_ago = DEMO_TODAY.replace(year=DEMO_TODAY.year - 4)
        for number, language, parent, name, sizes in (
            (910, "vi", producer, "Mứt gừng Trà Sơn", ("hũ nhỏ", "hũ vừa", "hũ lớn")),
            (920, "en", en_producer, "Tra Son candied ginger", ("small jar", "medium jar", "large jar")),
        ):
            cls.lapsed[language] = {
                "revoked": factories.ProductPageFactory(parent=parent, title=f"{name} {sizes[0]}", certification=None),
                "expired": factories.ProductPageFactory(
                    parent=parent,
                    title=f"{name} {sizes[1]}",
                    certification__decision__issued_on=four_years_ago,
                    certification__decision__number=f"{number + 1}/QĐ-UBND",
                ),
                "valid": factories.ProductPageFactory(
                    parent=parent, title=f"{name} {sizes[2]}", certification__decision__number=f"{number + 2}/QĐ-UBND"
                ),
            }
            factories.CertificationFactory(
                product=cls.lapsed[language]["revoked"],
                revoked_on=DEMO_TODAY - datetime.timedelta(days=10),
                decision__number=f"{number + 3}/QĐ-UBND",
            )
        cls.after_data_is_built()

    @classmethod
    def after_data_is_built(cls):
        """Hook for backends that index in bulk."""

    def search(self, query, language="vi", **params):
        response = self.client.get(
            f"/{language}/{'tim-kiem' if language == 'vi' else 'search'}/", {"q": query, **params}
        )
        assert response.status_code == 200, response.status_code
        return response

    def titles(self, response):
        return [result.page.title for result in response.context["search"].page.object_list]

    def assert_first(self, query, expected_start, language="vi"):
        titles = self.titles(self.search(query, language))
        assert titles, f"{query!r} found nothing"
        assert titles[0].startswith(expected_start), (query, titles[:5])

    # Vietnamese as people type it ------------------------------------------

    def test_ruou_de_go_den_finds_go_den_rice_spirit(self):
        self.assert_first("ruou de go den", "Rượu đế Gò Đen")
        titles = self.titles(self.search("ruou de go den"))
        assert sum(title.startswith("Rượu đế Gò Đen") for title in titles) == 5

    def test_mat_ong_finds_honey(self):
        self.assert_first("mat ong", "Mật ong")

    def test_dong_trung_ha_thao_finds_cordyceps(self):
        self.assert_first("dong trung ha thao", "Đông trùng hạ thảo")

    def test_htx_may_tre_dan_bao_la_finds_the_cooperative(self):
        self.assert_first("HTX may tre dan Bao La", "HTX mây tre đan Bao La")

    def test_nem_nuong_finds_the_grilled_pork_roll(self):
        self.assert_first("nem nuong", "Nem nướng Tân An")

    def test_queries_with_tone_marks_find_the_same_pages(self):
        assert set(self.titles(self.search("rượu đế Gò Đen"))) == set(self.titles(self.search("ruou de go den")))
        assert set(self.titles(self.search("ĐÔNG TRÙNG"))) == set(self.titles(self.search("dong trung")))

    def test_exact_tone_marks_rank_above_folded_matches(self):
        ladle_first = self.titles(self.search("gáo dừa"))
        assert ladle_first[0] == "Gáo dừa mỹ nghệ"
        assert "Gạo thơm lá dứa" in ladle_first, "the folded match is still found, lower"
        rice_first = self.titles(self.search("gạo dứa"))
        assert rice_first[0] == "Gạo thơm lá dứa"
        assert rice_first.index("Gáo dừa mỹ nghệ") > 0
        # Without tone marks both are equally good matches.
        assert {"Gáo dừa mỹ nghệ", "Gạo thơm lá dứa"} <= set(self.titles(self.search("gao dua")))

    def test_a_missing_word_lowers_a_result_instead_of_losing_it(self):
        # Three words: two must match. Two words: both must.
        assert self.titles(self.search("mat ong xyzzy"))[0] == self.titles(self.search("mat ong"))[0]
        assert self.titles(self.search("mat xyzzy")) == []
        # Four words: three must match.
        assert self.titles(self.search("mat ong xyzzy qwerty")) == []
        with_every_word = self.titles(self.search("mat ong hoa tram"))
        assert with_every_word[0].startswith("Mật ong hoa tràm")
        assert self.titles(self.search("mat ong hoa xyzzy"))[0].startswith("Mật ong hoa")

    def test_result_snippets_mark_the_words_searched_for(self):
        marked = [mark.get_text() for mark in soup_of(self.search("mat ong")).select(".card__summary mark")]
        assert marked and {fold(word) for word in marked} <= {"mat", "ong"}, marked
        english = [mark.get_text() for mark in soup_of(self.search("honey", "en")).select(".card__summary mark")]
        assert english and {word.lower() for word in english} <= {"honey", "honeys"}, english

    def test_thit_trau_say_finds_the_smoked_buffalo(self):
        self.assert_first("thit trau say", "Thịt trâu gác bếp")

    def test_a_sub_groups_examples_do_not_make_rice_match_honey(self):
        titles = self.titles(self.search("mat ong"))
        assert titles and not any(title.startswith("Gạo") for title in titles), titles
        assert not any("rice" in title.lower() for title in self.titles(self.search("honey", "en")))

    def test_a_product_in_force_ranks_above_expired_and_revoked_ones(self):
        for language, query, labels in (
            ("vi", "mut gung tra son", {"expired": "Đã hết hạn", "revoked": "Đã bị thu hồi"}),
            ("en", "tra son candied ginger", {"expired": "Expired", "revoked": "Revoked"}),
        ):
            products = self.lapsed[language]
            response = self.search(query, language)
            titles = self.titles(response)
            assert titles[0] == products["valid"].title, (language, titles)
            assert {products["expired"].title, products["revoked"].title} == set(titles[1:3]), (language, titles)
            cards = {
                card.select_one(".card__title").get_text(strip=True): card
                for card in soup_of(response).select(".search-result")
            }
            assert not any(label in cards[products["valid"].title].get_text() for label in labels.values())
            for status, label in labels.items():
                assert label in cards[products[status].title].get_text(), (language, status)

    # English ------------------------------------------------------------

    def test_english_search_finds_english_pages(self):
        self.assert_first("melaleuca honey", "Pure melaleuca honey", language="en")
        self.assert_first("cordyceps", "", language="en")
        titles = self.titles(self.search("cordyceps", "en"))
        assert "Lai Châu cordyceps" in titles
        assert not any("Đông trùng" in title for title in titles), "Vietnamese pages stay on the Vietnamese search"

    def test_english_search_is_stemmed(self):
        assert set(self.titles(self.search("honeys", "en"))) == set(self.titles(self.search("honey", "en")))
        assert "Pure melaleuca honey" in self.titles(self.search("honeys", "en"))
        assert "Tân An grilled pork skewers" in self.titles(self.search("grilling skewer", "en"))

    def test_english_search_folds_vietnamese_names(self):
        self.assert_first("go den rice spirit", "Gò Đen rice spirit", language="en")
        self.assert_first("Bao La rattan", "Bao La Rattan and Bamboo Cooperative", language="en")

    def test_vietnamese_search_does_not_list_english_pages(self):
        assert not any("rice spirit" in title for title in self.titles(self.search("go den")))

    # Kinds, facets, paging -----------------------------------------------

    def test_results_include_producers_places_and_news(self):
        response = self.search("dong thap muoi")
        kinds = {result.kind for result in response.context["search"].page.object_list}
        assert "place" in kinds
        counts = response.context["search"].kind_counts
        assert counts["place"] >= 1

    def test_kind_filter_keeps_one_kind(self):
        response = self.search("ruou", type="producer")
        results = response.context["search"].page.object_list
        assert results and {result.kind for result in results} == {"producer"}

    def test_facets_count_the_products_found_and_narrow_them(self):
        search = self.search("ruou de go den").context["search"]
        groups = {
            option.value: option.count
            for facet in search.product_facets.facets
            if facet.name == "group"
            for option in facet.options
        }
        assert groups["do-uong"] == 5
        assert groups["thuc-pham"] == 0
        stars = {
            option.value: option.count
            for facet in search.product_facets.facets
            if facet.name == "stars"
            for option in facet.options
        }
        narrowed = self.search("ruou de go den", stars="4").context["search"]
        assert len(narrowed.results) == stars["4"]
        for result in narrowed.page.object_list:
            assert result.kind == "product"
            assert result.page.current_stars == 4

    def test_province_facet_narrows_to_products_of_that_province(self):
        search = self.search("mat ong", province="tay-ninh").context["search"]
        assert search.results, "Long An, merged into Tây Ninh, makes melaleuca honey"
        for result in search.page.object_list:
            assert result.kind == "product"
            assert result.page.producer.province.slug in {"tay-ninh", "long-an"}

    def test_facet_links_keep_the_query(self):
        html = self.search("ruou de go den").content.decode()
        assert "?q=ruou+de+go+den&amp;stars=4" in html or "?q=ruou+de+go+den&amp;group=do-uong" in html

    def test_unknown_facet_values_are_ignored(self):
        plain = self.titles(self.search("mat ong"))
        assert (
            self.titles(self.search("mat ong", group="no-such-group", stars="9", province="atlantis", type="x"))
            == plain
        )

    def test_pages_of_results(self):
        everything = self.search("san pham").context["search"]
        if everything.count > 20:
            second = self.search("san pham", page="2").context["search"]
            assert second.page.number == 2
        assert self.search("mat ong", page="999").context["search"].page.number >= 1
        assert self.search("mat ong", page="abc").status_code == 200

    # Autocomplete ---------------------------------------------------------

    def test_suggestions_complete_a_folded_prefix(self):
        response = self.client.get("/vi/tim-kiem/suggest/", {"q": "ruou de g"})
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        suggestions = response.json()["suggestions"]
        assert suggestions and all(item["title"].startswith("Rượu đế Gò Đen") for item in suggestions[:5])
        assert suggestions[0]["url"].startswith("/vi/")
        assert suggestions[0]["kind"] == "Sản phẩm"

    def test_english_suggestions(self):
        suggestions = self.client.get("/en/search/suggest/", {"q": "melal"}).json()["suggestions"]
        assert {item["title"] for item in suggestions[:2]} == {"Pure melaleuca honey", "Melaleuca honeycomb"}
        assert suggestions[0]["kind"] == "Product"

    def test_suggestions_for_nothing_or_junk_are_empty(self):
        for query in ("", "   ", "\x00\x1f", "*" * 50, "a" * 2000):
            response = self.client.get("/vi/tim-kiem/suggest/", {"q": query})
            assert response.status_code == 200
            assert response.json()["suggestions"] == [] or query == "a" * 2000

    # Promotions -----------------------------------------------------------

    def test_editors_promotion_is_shown_first_for_its_query_typed_without_marks(self):
        bao_la = ProducerPage.objects.get(locale=self.vi, title="HTX mây tre đan Bao La")
        SearchPromotion.objects.create(query=Query.get("quà lưu niệm"), page=bao_la, description="Đồ mây tre làm quà.")
        response = self.search("qua luu niem")
        promotions = response.context["search"].promotions
        assert [promotion.page.pk for promotion in promotions] == [bao_la.pk]
        assert "Đồ mây tre làm quà." in response.content.decode()
        english = self.search("qua luu niem", "en").context["search"].promotions
        assert [promotion.page.pk for promotion in english] == [bao_la.get_translation(self.en).pk]

    # Bad input ------------------------------------------------------------

    def test_bad_queries_give_a_normal_page_with_a_message(self):
        cases = {
            "": "Gõ tên",
            "a" * 2000: "chỉ dùng",
            "mật\x00ong\x1b[31m\u202e": None,
            "'; DROP TABLE wagtailcore_page; --": None,
            'ruou AND (de OR "go") NOT den*~ title:x^3 \\': None,
            "***": "không có chữ",
            # Twelve words, the most a query keeps: nine must match, in one of 220 combinations.
            "mật ong hoa tràm nguyên chất của Long An nay đã được chứng nhận": None,
        }
        for query, message in cases.items():
            response = self.client.get("/vi/tim-kiem/", {"q": query})
            assert response.status_code == 200, query
            if message:
                assert message in response.content.decode(), (query, message)
        # Bytes that are not UTF-8 at all.
        assert self.client.get("/vi/tim-kiem/?q=%ff%fe%00mat+ong").status_code == 200
        assert ProductPage.objects.exists(), "nothing was dropped"

    def test_sql_or_lucene_syntax_is_searched_as_words(self):
        assert self.titles(self.search("mat OR ong AND (hoa*)")) == self.titles(self.search("mat or ong and hoa"))

    def test_search_page_is_not_indexed(self):
        response = self.search("mat ong")
        assert response["X-Robots-Tag"] == "noindex"
        assert soup_of(response).find("meta", attrs={"name": "robots"})["content"].startswith("noindex")

    def test_language_switch_keeps_the_query(self):
        links = {a["hreflang"]: a["href"] for a in soup_of(self.search("mat ong")).select(".lang-switch a")}
        assert links["en"] == "/en/search/?q=mat+ong"
        assert links["vi"] == "/vi/tim-kiem/?q=mat+ong"

    # Keeping up with editors ------------------------------------------------

    def test_publishing_a_page_makes_it_findable_and_unpublishing_hides_it(self):
        producer = ProducerPage.objects.live().filter(locale=self.vi).order_by("title").last()
        product = factories.ProductPageFactory(parent=producer, title="Bánh tráng phơi sương Trảng Bàng")
        self.refresh()
        assert "Bánh tráng phơi sương Trảng Bàng" in self.titles(self.search("banh trang phoi suong"))
        product.unpublish()
        self.refresh()
        assert "Bánh tráng phơi sương Trảng Bàng" not in self.titles(self.search("banh trang phoi suong"))
        self.forget(product)

    @classmethod
    def refresh(cls):
        """Make the latest writes searchable."""

    @classmethod
    def forget(cls, page):
        """Remove a page this test made from an index that outlives the test's transaction."""


class DatabaseSearchTests(SearchBehaviour, TestCase):
    pass


ELASTICSEARCH_SETTINGS = (
    search_backends({"ELASTICSEARCH_URL": ELASTICSEARCH_URL, "ELASTICSEARCH_INDEX_PREFIX": "test_ocop_"})
    if ELASTICSEARCH_URL
    else {}
)


@unittest.skipUnless(ELASTICSEARCH_URL, "ELASTICSEARCH_URL is not set: `make test-elasticsearch` starts a node")
@override_settings(WAGTAILSEARCH_BACKENDS=ELASTICSEARCH_SETTINGS, OCOP_SEARCH_TYPO_TOLERANCE=True)
class ElasticsearchSearchTests(SearchBehaviour, TestCase):
    @classmethod
    def after_data_is_built(cls):
        call_command("update_index", stdout=io.StringIO())
        cls.refresh()

    @classmethod
    def refresh(cls):
        get_search_backend().refresh_indexes()

    @classmethod
    def forget(cls, page):
        get_search_backend().delete(page)
        cls.refresh()

    # What only Elasticsearch gives --------------------------------------

    def test_a_typo_still_finds_honey(self):
        response = self.search("mat onng hoa tramm")
        assert response.context["search"].forgiving
        assert self.titles(response)[0].startswith("Mật ong hoa tràm")
        assert "close matches" in response.content.decode() or "gần đúng" in response.content.decode()

    def test_the_folding_analyzer_turns_vietnamese_into_plain_terms(self):
        backend = get_search_backend()
        index = backend.get_index_for_model(ProductPage)
        tokens = backend.es.indices.analyze(index=index.name, field="_all_text", text="Rượu đế Gò Đen")["tokens"]
        assert [token["token"] for token in tokens] == ["ruou", "de", "go", "den"]
        tokens = backend.es.indices.analyze(index=index.name, analyzer="folding", text="ĐÔNG TRÙNG HẠ THẢO")["tokens"]
        assert [token["token"] for token in tokens] == ["dong", "trung", "ha", "thao"]

    def test_the_live_mapping_uses_the_folding_analyzer(self):
        backend = get_search_backend()
        index = backend.get_index_for_model(ProductPage)
        settings = backend.es.indices.get_settings(index=index.name)
        analysis = next(iter(settings.values()))["settings"]["index"]["analysis"]
        assert analysis["char_filter"]["vietnamese_d"]["mappings"] == ["đ => d", "Đ => D"]
        assert analysis["analyzer"]["default"]["filter"] == ["lowercase", "asciifolding"]


def test_the_suite_has_one_behaviour_for_every_backend():
    """The Elasticsearch class adds tests but overrides none of the shared behaviour."""
    shared = {name for name in vars(SearchBehaviour) if name.startswith("test_")}
    assert shared
    assert not shared & set(vars(ElasticsearchSearchTests))
    assert not shared & set(vars(DatabaseSearchTests))
