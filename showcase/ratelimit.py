"""Rate limits for the views a script could call in a loop, and the "too many" answers.

Search and its suggestions run full-text queries, so each client address may
call them only so often: OCOP_RATE_LIMITS in settings, e.g. {"search": "30/m"}.
Past the limit the visitor gets 429 Too Many Requests with a Retry-After header
and a message in their language (a page, or JSON for the suggestions). The
admin's login throttling (django-axes) answers with the same status through
`login_locked_out`.

The count is a fixed window, one counter per scope, client and window, and
it must be atomic: concurrent requests of one client must each add one. Where
Django's cache increments atomically (Redis and Memcached, shared by every
process; local memory, within its one process) the counter lives there
(`cache.incr`). Otherwise, as with the file cache that production uses
without Redis, whose increment is a read and then a write, it lives in a
database table, added to by a single INSERT … ON CONFLICT DO UPDATE … RETURNING
statement (SQLite 3.35+ and PostgreSQL), which every worker shares; that is
also where the counts go while Redis is down. A fixed
window lets a client make up to twice the limit across a window boundary;
that is enough to stop a loop.
"""

import functools
import ipaddress
import math
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.memcached import BaseMemcachedCache
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext, ngettext

from .cache import CacheUnavailable

PERIOD_SECONDS = {"s": 1, "m": 60, "h": 60 * 60, "d": 24 * 60 * 60}
RATE_PATTERN = re.compile(r"(?P<limit>\d+)/(?P<count>\d*)(?P<unit>[smhd])")
UNLIMITED = "off"
# IPv6 clients usually hold a whole /64 and can change address within it at will.
IPV6_CLIENT_PREFIX = 64


@dataclass(frozen=True)
class Rate:
    limit: int
    period: int  # seconds


@functools.cache
def parse_rate(text):
    """A Rate from "30/m" (30 a minute), "100/5m" (100 per 5 minutes), "2/s", "1000/h", "5000/d"; None for "off"."""
    text = str(text).strip().lower()
    if text == UNLIMITED:
        return None
    match = RATE_PATTERN.fullmatch(text.replace(" ", ""))
    if not match or int(match["limit"]) < 1 or match["count"] == "0":
        raise ImproperlyConfigured(
            f"{text!r} is not a rate limit: write requests/period, such as 30/m, 100/5m, 1000/h, or {UNLIMITED!r}."
        )
    return Rate(int(match["limit"]), int(match["count"] or 1) * PERIOD_SECONDS[match["unit"]])


def rate_limits_from(environ, defaults):
    """OCOP_RATE_LIMITS: each scope's default, or the environment's OCOP_RATE_LIMIT_<SCOPE>, checked now."""
    limits = {}
    for scope, default in defaults.items():
        variable = f"OCOP_RATE_LIMIT_{scope.upper()}"
        limits[scope] = environ.get(variable, default)
        try:
            parse_rate(limits[scope])
        except ImproperlyConfigured as error:
            raise ImproperlyConfigured(f"{variable}: {error}") from None
    return limits


def client_ip(request):
    """The address the request came from.

    REMOTE_ADDR, unless settings.OCOP_TRUSTED_PROXY_HEADER names a header that the
    site's own reverse proxy sets (such as "X-Forwarded-For" or "X-Real-IP"). A
    visitor can send that header too, so only the addresses the trusted proxies
    appended count: the OCOP_TRUSTED_PROXY_COUNT-th address from the right.
    Also django-axes' AXES_CLIENT_IP_CALLABLE, so login throttling sees the same address.
    None when the request has no usable address (a test client's force_login):
    axes stores addresses in an inet column on PostgreSQL, which refuses any text.
    """
    header = getattr(settings, "OCOP_TRUSTED_PROXY_HEADER", "")
    if header:
        meta_key = "HTTP_" + header.upper().replace("-", "_")
        addresses = [part.strip() for part in request.META.get(meta_key, "").split(",") if part.strip()]
        hops = getattr(settings, "OCOP_TRUSTED_PROXY_COUNT", 1)
        if len(addresses) >= hops:
            address = _valid_address(addresses[-hops])
            if address:
                return address
    return _valid_address(request.META.get("REMOTE_ADDR", "")) or None


def _valid_address(text):
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return ""


def client_key(request):
    """What the rate limits count by: the client's address, or its /64 network for IPv6."""
    address = client_ip(request)
    if address is None:
        return "unknown"
    parsed = ipaddress.ip_address(address)
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_CLIENT_PREFIX}", strict=False))
    return address


def rate_for(scope):
    try:
        text = settings.OCOP_RATE_LIMITS[scope]
    except KeyError:
        raise ImproperlyConfigured(f"OCOP_RATE_LIMITS has no rate for {scope!r}.") from None
    return parse_rate(text)


def seconds_until_allowed(scope, request, key=None):
    """Count this request against `scope`'s limit: 0 when it may go ahead, else how long to wait.

    Counted per client (client_key) unless `key` says what else to count by.
    """
    rate = rate_for(scope)
    if rate is None:
        return 0
    now = time.time()
    window = int(now // rate.period)
    window_ends = (window + 1) * rate.period
    key = f"ocop-rate-limit:{scope}:{key or client_key(request)}:{window}"
    count = count_request(key, window_ends, now)
    if count <= rate.limit:
        return 0
    return max(1, math.ceil(window_ends - now))


# Caches whose incr() is one atomic operation; the others (files, database) read, then write.
ATOMIC_CACHES = (RedisCache, BaseMemcachedCache, LocMemCache)


def counts_in_cache():
    return isinstance(caches[settings.OCOP_RATE_LIMIT_CACHE], ATOMIC_CACHES)


def count_request(key, window_ends, now):
    """Add one to the counter `key` (a window ending at `window_ends`) and return its new value."""
    if counts_in_cache():
        try:
            return _count_in_cache(key, math.ceil(window_ends - now) + 1)
        except CacheUnavailable:
            # Redis is down (showcase/cache.py). Neither open (a loop would run unchecked) nor
            # closed (every visitor's search refused): the same limits, counted in the
            # database until it is back. A window that straddles the outage counts afresh.
            pass
    return _count_in_database(key, window_ends, now)


def _count_in_cache(key, timeout):
    cache = caches[settings.OCOP_RATE_LIMIT_CACHE]
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key)
    except ValueError:
        # The key expired between add() and incr(): this request starts the count.
        cache.set(key, 1, timeout=timeout)
        return 1


def _count_in_database(key, window_ends, now):
    # Imported here: the settings import this module, before any model can be loaded.
    from .models import RateLimitCounter

    table, key_column, hits, ends = (
        connection.ops.quote_name(name) for name in (RateLimitCounter._meta.db_table, "key", "hits", "window_ends")
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key_column}, {hits}, {ends}) VALUES (%s, 1, %s) "
            f"ON CONFLICT ({key_column}) DO UPDATE SET {hits} = {table}.{hits} + 1 RETURNING {hits}",
            [key, int(window_ends)],
        )
        (count,) = cursor.fetchone()
        if count == 1:
            # A client's first request of a window: forget the windows that have ended.
            cursor.execute(f"DELETE FROM {table} WHERE {ends} < %s", [int(now)])
    return count


def retry_message(seconds):
    return ngettext(
        "You have sent too many requests in a short time. Please wait %(seconds)d second and try again.",
        "You have sent too many requests in a short time. Please wait %(seconds)d seconds and try again.",
        seconds,
    ) % {"seconds": seconds}


def _too_many(response, seconds):
    response["Retry-After"] = str(seconds)
    # Never kept by a cache: the next visitor from another address is not limited.
    add_never_cache_headers(response)
    return response


def too_many_requests_page(request, seconds):
    """429 as a page of the site, in the visitor's language."""
    language_urls = {code: translate_url(request.get_full_path(), code) for code, _name in settings.LANGUAGES}
    response = TemplateResponse(
        request,
        "429.html",
        {"message": retry_message(seconds), "retry_after": seconds, "language_urls": language_urls},
        status=429,
    )
    return _too_many(response, seconds)


def too_many_requests_json(request, seconds):
    """429 for a script: {"error": "...", "retry_after": seconds}."""
    response = JsonResponse(
        {"error": retry_message(seconds), "retry_after": seconds},
        status=429,
        json_dumps_params={"ensure_ascii": False},
    )
    return _too_many(response, seconds)


def rate_limit(scope, answer=too_many_requests_page):
    """Limit a view to settings.OCOP_RATE_LIMITS[scope] requests per client; `answer` builds the 429."""

    def decorator(view):
        @functools.wraps(view)
        def limited_view(request, *args, **kwargs):
            wait = seconds_until_allowed(scope, request)
            if wait:
                return answer(request, wait)
            return view(request, *args, **kwargs)

        return limited_view

    return decorator


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: a page in the admin's style, 429 with Retry-After.

    Rendered at once (not a TemplateResponse): axes' middleware returns it, after
    the view. Every refused attempt during a lockout starts the cool-off again
    (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), so the whole cool-off is
    what the visitor must wait.
    """
    # Imported here: the settings import this module, and axes reads the settings on import.
    from axes.helpers import get_cool_off

    seconds = math.ceil(get_cool_off(request).total_seconds())
    minutes = math.ceil(seconds / 60)
    response = render(
        request,
        "security/login_locked_out.html",
        {
            "message": gettext("Too many failed sign-in attempts for this account from your connection."),
            "wait": ngettext(
                "For your security, signing in is paused. Please try again in %(minutes)d minute.",
                "For your security, signing in is paused. Please try again in %(minutes)d minutes.",
                minutes,
            )
            % {"minutes": minutes},
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    return _too_many(response, seconds)
