"""The rate limits hold when many clients ask at once, in every cache configuration production supports."""

import concurrent.futures
import os
import time
import urllib.error
import urllib.request

import pytest
from django.core.cache import caches
from django.test.utils import override_settings

from showcase import ratelimit
from showcase.models import RateLimitCounter

CLIENTS = 16
REQUESTS = 60
LIMIT = 20


def file_cache(directory):
    """Production without Redis: a directory the workers share, whose incr() reads and then writes."""
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(directory),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.django_db
def test_without_an_atomic_cache_the_count_is_kept_in_the_database(client, home_page, tmp_path, settings):
    settings.CACHES = file_cache(tmp_path / "cache")
    settings.OCOP_RATE_LIMITS = {"search": "3/m", "suggest": "5/m"}

    statuses = [client.get("/vi/tim-kiem/?q=mat+ong").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    assert 1 <= int(client.get("/vi/tim-kiem/?q=x")["Retry-After"]) <= 60
    assert [counter.hits for counter in RateLimitCounter.objects.all()] == [5]


@pytest.mark.django_db
def test_ended_windows_are_deleted_when_a_new_one_starts(rf):
    RateLimitCounter.objects.create(key="ocop-rate-limit:search:203.0.113.9:1", hits=7, window_ends=60)

    count = ratelimit._count_in_database("ocop-rate-limit:search:203.0.113.7:2", time.time() + 60, time.time())

    assert count == 1
    assert list(RateLimitCounter.objects.values_list("hits", flat=True)) == [1]


@pytest.mark.parametrize(
    "backend, atomic",
    [
        ("django.core.cache.backends.redis.RedisCache", True),
        ("django.core.cache.backends.locmem.LocMemCache", True),
        ("django.core.cache.backends.filebased.FileBasedCache", False),
        ("django.core.cache.backends.db.DatabaseCache", False),
    ],
)
def test_the_cache_counts_only_where_its_increment_is_atomic(settings, tmp_path, backend, atomic):
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": str(tmp_path)}}
    assert ratelimit.counts_in_cache() is atomic


REDIS_URL = os.environ.get("OCOP_TEST_REDIS_URL", "redis://127.0.0.1:6379/2")


def redis_reachable():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except (ImportError, OSError, redis.exceptions.RedisError):
        return False


@pytest.mark.skipif(not redis_reachable(), reason="no Redis server to test against")
def test_concurrent_counts_in_redis_lose_nothing():
    caches_setting = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    key = f"ocop-rate-limit:test:{time.time_ns()}"
    with override_settings(CACHES=caches_setting):
        assert ratelimit.counts_in_cache()

        def count(_):
            return ratelimit.count_request(key, time.time() + 60, time.time())

        with concurrent.futures.ThreadPoolExecutor(max_workers=CLIENTS) as clients:
            counts = list(clients.map(count, range(REQUESTS)))
        caches["default"].delete(key)

    assert sorted(counts) == list(range(1, REQUESTS + 1))
