"""Django's Redis cache, made to miss instead of fail while Redis cannot be reached.

Django's RedisCache raises on a refused connection or a timeout, and every
page reads the cache (the page cache, the taxonomy, the figures, Wagtail's
site root paths): a Redis outage would be a site outage. Here a read answers
a miss and a write does nothing, so pages render uncached and the site is as
fast as it is without a cache; a warning is logged at most once a minute per
process. When Redis is back the next operations use it again (redis-py
reconnects by itself).

Counting is the exception: `incr` raises CacheUnavailable, so that a counter
(the rate limits, showcase/ratelimit.py) can count elsewhere instead of
believing every count is 1; a page cache purge that meets it is lost, and the
pages it would have purged expire within five minutes anyway (page_cache.py).

django-redis' IGNORE_EXCEPTIONS does the same for reads and writes, but is a
second Redis client and backend to pin for a few dozen lines; and it swallows
increments too.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# A refused connection, a timeout, or Redis still loading its data after a restart (a ConnectionError).
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError)
WARN_EVERY_SECONDS = 60


class CacheUnavailable(Exception):
    """The cache could not count: its server is unreachable."""


class DegradingRedisCache(RedisCache):
    _last_warning = 0.0

    def _warn(self, operation, error):
        now = time.monotonic()
        if now - DegradingRedisCache._last_warning >= WARN_EVERY_SECONDS:
            DegradingRedisCache._last_warning = now
            logger.warning("Redis is unavailable (%s): pages are served without the cache. %s", operation, error)

    def _or(self, fallback, operation, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except OUTAGE_ERRORS as error:
            self._warn(operation, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._or(default, "get", super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._or({}, "get_many", super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._or(False, "has_key", super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, "add", super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(None, "set", super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(list(data), "set_many", super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, "touch", super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._or(False, "delete", super().delete, key, version)

    def delete_many(self, keys, version=None):
        return self._or(None, "delete_many", super().delete_many, keys, version)

    def clear(self):
        return self._or(False, "clear", super().clear)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except OUTAGE_ERRORS as error:
            self._warn("incr", error)
            raise CacheUnavailable(str(error)) from error
