"""Which search backend runs, read from the environment by the settings.

Kept free of Django imports so that settings/base.py can use it.

Without ELASTICSEARCH_URL the database backend runs (SQLite's FTS5 or
PostgreSQL's full-text search). Its text search configuration is "simple":
the text arrives folded and stemmed already (showcase/text.py), and a language
configuration such as PostgreSQL's default "english" would stem it a second
time, on one backend only.

With ELASTICSEARCH_URL, Wagtail's Elasticsearch backend for the server's major
version (ELASTICSEARCH_VERSION, 8 unless set) runs, with the analyzers below.
"""

# Folding as a chain of Elasticsearch analysis: đ/Đ mapped first (a character
# filter, so no tokenizer ever sees it), then lower case and ASCII folding.
# It is the index's default analyzer, so every text field, the catch-all
# _all_text field and queries sent from outside this code fold the same way
# as showcase/text.py. The edge n-gram analyzer of autocompletion gets the same
# character filter.
#
# There is deliberately no stemming analyzer: English text and queries are
# stemmed once, in Python, by Snowball's English stemmer (the algorithm behind
# Elasticsearch's "english" stemmer filter), so that every backend matches the
# same terms. A stemmer here too would stem twice, on this backend only.
# https://www.elastic.co/guide/en/elasticsearch/reference/8.12/analysis-asciifolding-tokenfilter.html
FOLDING_ANALYZER = {
    "type": "custom",
    "char_filter": ["vietnamese_d"],
    "tokenizer": "standard",
    "filter": ["lowercase", "asciifolding"],
}

ELASTICSEARCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "char_filter": {
                "vietnamese_d": {"type": "mapping", "mappings": ["đ => d", "Đ => D"]},
            },
            "analyzer": {
                "default": FOLDING_ANALYZER,
                "folding": FOLDING_ANALYZER,
                "edgengram_analyzer": {
                    **FOLDING_ANALYZER,
                    "filter": ["lowercase", "asciifolding", "edgengram"],
                },
            },
        },
    },
}


def typo_tolerant(environ):
    """Whether the backend forgives typing mistakes ("mat onng"): Elasticsearch's fuzzy matching does."""
    return bool(environ.get("ELASTICSEARCH_URL", "").strip())


def search_backends(environ):
    """The WAGTAILSEARCH_BACKENDS setting for this environment."""
    url = environ.get("ELASTICSEARCH_URL", "").strip()
    if not url:
        return {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
    version = environ.get("ELASTICSEARCH_VERSION", "8").strip()
    if version not in {"7", "8", "9"}:
        raise ValueError(f"ELASTICSEARCH_VERSION must be 7, 8 or 9, not {version!r}.")
    return {
        "default": {
            "BACKEND": f"wagtail.search.backends.elasticsearch{version}",
            "URLS": [url],
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX", "ocop_"),
            "TIMEOUT": int(environ.get("ELASTICSEARCH_TIMEOUT", "10")),
            "INDEX_SETTINGS": ELASTICSEARCH_INDEX_SETTINGS,
            # Not updated by Wagtail's own signal handlers, which drop a change made while the
            # node is down: search/indexing.py queues each update as a task that retries.
            "AUTO_UPDATE": False,
        }
    }
