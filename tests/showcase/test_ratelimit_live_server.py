"""Concurrent clients against a live server: the rate limit lets exactly its number through.

Kept apart from test_ratelimit_concurrency.py: a live-server test commits and
flushes the database when it ends, so it runs after every other test
(tests/conftest.py), and pytest-xdist keeps a module's tests together.
"""

import concurrent.futures

import pytest
from django.test.utils import override_settings

from showcase import ratelimit
from tests.showcase.test_ratelimit_concurrency import CLIENTS, LIMIT, REQUESTS, file_cache, status_of


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_clients_get_exactly_the_limit_through_with_the_file_cache(live_server, tmp_path):
    # A day's window: the test cannot straddle two windows.
    limits = {"search": "off", "suggest": f"{LIMIT}/d"}
    url = live_server.url + "/vi/tim-kiem/suggest/?q=ab"
    with override_settings(CACHES=file_cache(tmp_path / "cache"), OCOP_RATE_LIMITS=limits):
        assert not ratelimit.counts_in_cache()
        with concurrent.futures.ThreadPoolExecutor(max_workers=CLIENTS) as clients:
            statuses = list(clients.map(status_of, [url] * REQUESTS))

    assert statuses.count(200) == LIMIT
    assert statuses.count(429) == REQUESTS - LIMIT
