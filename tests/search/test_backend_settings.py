"""Which backend the settings select, and what Elasticsearch is told, checked without a server."""

import json

import pytest
from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping, Elasticsearch8SearchQueryCompiler
from wagtail.models import Locale
from wagtail.search.query import Fuzzy, PlainText

from catalogue.models import ProductPage
from search.backend_settings import ELASTICSEARCH_INDEX_SETTINGS, search_backends, typo_tolerant
from search.query import searchable_pages


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
    assert "_all_text_boost_4_0" in fields["search_title"]["copy_to"]
    assert fields["search_body"]["type"] == "text"
    assert fields["search_suggest_edgengrams"]["analyzer"] == "edgengram_analyzer"


@pytest.mark.django_db
def test_elasticsearch_query_needs_every_term_and_keeps_the_language_and_kinds():
    locale = Locale.get_default()
    compiler = Elasticsearch8SearchQueryCompiler(searchable_pages(locale), PlainText("ruou de go den", operator="and"))
    body = json.dumps(compiler.get_query())
    assert '"operator": "and"' in body
    assert '"query": "ruou de go den"' in body
    assert "_all_text_boost_4_0" in body
    assert f'"locale_id_filter": [{locale.pk}]' in body or f'"locale_id_filter": {locale.pk}' in body


@pytest.mark.django_db
def test_elasticsearch_typo_query_is_fuzzy():
    compiler = Elasticsearch8SearchQueryCompiler(
        searchable_pages(Locale.get_default()), Fuzzy("mat onng", operator="and")
    )
    body = json.dumps(compiler.get_query())
    assert '"fuzziness": "AUTO"' in body
