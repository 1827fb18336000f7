"""Which backend the settings select, and what Elasticsearch is told, checked without a server."""

import datetime
import json

import pytest
from django.test import override_settings
from modelsearch.backends.database.postgres.weights import determine_boosts_weights
from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping
from wagtail.models import Locale

from catalogue.models import ProductPage
from search.backend_settings import ELASTICSEARCH_INDEX_SETTINGS, search_backends, typo_tolerant
from search.engines import ElasticsearchEngine, Wanted, minimum_should_match
from search.query import RESULT_KINDS, searchable_pages
from showcase.text import exact_tokens, terms


def test_database_backend_without_elasticsearch_url():
    backends = search_backends({})
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.database"
    # Text arrives folded and stemmed; PostgreSQL must not stem it again.
    assert backends["default"]["SEARCH_CONFIG"] == "simple"
    assert not typo_tolerant({})


def test_elasticsearch_url_selects_the_backend_of_the_servers_major_version():
    backends = search_backends({"ELASTICSEARCH_URL": "http://127.0.0.1:9200"})
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backends["default"]["URLS"] == ["http://127.0.0.1:9200"]
    assert backends["default"]["INDEX_SETTINGS"] == ELASTICSEARCH_INDEX_SETTINGS
    nine = search_backends({"ELASTICSEARCH_URL": "http://es:9200", "ELASTICSEARCH_VERSION": "9"})
    assert nine["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert typo_tolerant({"ELASTICSEARCH_URL": "http://es:9200"})


def test_an_unsupported_elasticsearch_version_is_refused_at_start_up():
    with pytest.raises(ValueError, match="ELASTICSEARCH_VERSION"):
        search_backends({"ELASTICSEARCH_URL": "http://es:9200", "ELASTICSEARCH_VERSION": "6"})


def test_index_settings_fold_d_with_stroke_and_tone_marks_by_default():
    analysis = ELASTICSEARCH_INDEX_SETTINGS["settings"]["analysis"]
    assert analysis["char_filter"]["vietnamese_d"]["mappings"] == ["đ => d", "Đ => D"]
    for name in ("default", "folding", "edgengram_analyzer"):
        analyzer = analysis["analyzer"][name]
        assert analyzer["char_filter"] == ["vietnamese_d"]
        assert "asciifolding" in analyzer["filter"]
        assert analyzer["filter"].index("lowercase") < analyzer["filter"].index("asciifolding")


def test_products_are_mapped_with_the_normalised_search_fields():
    properties = Elasticsearch8Mapping(ProductPage).get_mapping()["properties"]
    fields = {name.rsplit("__", 1)[-1]: mapping for name, mapping in properties.items()}
    assert fields["search_title"]["type"] == "text"
    assert "_all_text_boost_10_0" in fields["search_title"]["copy_to"]
    assert fields["search_body"]["type"] == "text"
    assert fields["search_exact"]["type"] == "text"
    assert fields["search_suggest_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert fields["listed_issued_on_filter"]["type"] == "date"
    assert fields["listed_stars_filter"]["type"] == "integer"


def test_boosts_give_postgresql_one_weight_each():
    """Title and exact spelling A, names B, body C, group labels D (modelsearch maps every boost of the project)."""
    weights = dict(determine_boosts_weights())
    assert weights == {10: "A", 4: "B", 2: "C", 1: "D"}
    boosts = {field.field_name: field.boost for field in ProductPage.get_search_fields() if hasattr(field, "boost")}
    assert [weights[boosts[name]] for name in ("search_title", "search_exact", "search_names", "search_body")] == [
        "A",
        "A",
        "B",
        "C",
    ]
    assert weights[boosts["search_groups"]] == "D"


def test_minimum_should_match_is_every_word_of_two_and_three_quarters_beyond():
    assert [minimum_should_match(count) for count in range(1, 13)] == [1, 2, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9]


ES_OFFLINE = search_backends({"ELASTICSEARCH_URL": "http://127.0.0.1:9"})


def offline_engine(query, **wanted):
    locale = Locale.get_default()
    models = [kind.model for kind in RESULT_KINDS]
    words = terms(query, locale.language_code)
    return ElasticsearchEngine(
        searchable_pages(locale),
        models,
        Wanted(tuple(words), tuple(exact_tokens(query)), **wanted),
        datetime.date(2026, 6, 1),
    )


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=ES_OFFLINE)
def test_elasticsearch_query_combines_words_with_a_minimum_and_keeps_the_language_and_kinds():
    locale = Locale.get_default()
    engine = offline_engine("rượu đế Gò Đen")
    body = json.dumps(engine._query())
    assert '"minimum_should_match": "2<75%"' in body
    assert '"type": "cross_fields"' in body
    assert '"query": "ruou de go den"' in body
    assert "showcase_basepage__search_title^10" in body
    assert "showcase_basepage__search_groups^1" in body
    assert '"query": "ru8o85u d9e61 go2 d9en"' in body, "the words as typed, on the exact-spelling field"
    assert f'"locale_id_filter": [{locale.pk}]' in body or f'"locale_id_filter": {locale.pk}' in body
    sort = json.dumps(engine._sort())
    assert '"cutoff": ' in sort and "listed_issued_on_filter" in sort
    aggregations = engine._aggregations()
    assert set(aggregations) == {"kinds", "facet_group", "facet_subgroup", "facet_province", "facet_stars"}
    assert "listed_revoked_on_filter" in json.dumps(aggregations["facet_stars"]), "stars count only in force"


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=ES_OFFLINE)
def test_elasticsearch_typo_query_is_fuzzy():
    body = json.dumps(offline_engine("mat onng", fuzzy=True)._query())
    assert '"fuzziness": "AUTO"' in body
