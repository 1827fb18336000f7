"""A full-page cache for anonymous visitors, purged whenever what it shows may change.

A hit costs no SQL query: the middleware sits before the session and
authentication middleware and answers from Django's cache (local memory by
default, Redis when REDIS_URL is set, a shared directory in production
without Redis: showcase/settings).

What is cached: successful GET responses to visitors without a session
cookie (so editors always see the live site), that set no cookie and do not
mark themselves private or no-store. Search results opt out (search/views.py).

Purging is by generation: every key embeds a generation number kept in the
cache, and an event that may change any page bumps it, so the next request for
every page renders afresh. Products, stars and statuses appear on many pages
at once (the catalogue, the home page, producers, search, the statistics), so
purging page by page would miss some; a new generation never does. The events:
a page published, unpublished, moved or deleted; a certification or decision,
a product group or province, an image, a search promotion, a province target
or reported figure saved or deleted; and, from code that writes in bulk
(imports, the catalogue generator), an explicit purge().

Time changes pages too: a certificate turns "expiring" at midnight, a display
point opens at 07:30. Entries therefore expire at the next five-minute mark of
the clock (and at most after OCOP_PAGE_CACHE_SECONDS), so a status never
outlives its minute by more than that and a date change is never missed.
"""

import functools
import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.http import urlencode
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import CacheUnavailable

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# Entries end at the next multiple of this many seconds of the clock.
CLOCK_STEP = 300
NOT_CACHED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/django-admin/")


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Any start value will do, as long as it differs from an earlier process's.
        value = time.time_ns()
        cache.add(GENERATION_KEY, value, None)
        value = cache.get(GENERATION_KEY, value)
    return value


def purge(reason=""):
    """Make every cached page stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), None)
    except CacheUnavailable:
        # Redis is down, and nothing is cached meanwhile; what it held when it went down
        # ends by the next five-minute mark (seconds_to_live) if it comes back with it.
        logger.warning("Page cache purge not recorded: the cache is unavailable%s", f" ({reason})" if reason else "")
        return
    logger.info("Page cache purged%s", f": {reason}" if reason else "")


def seconds_to_live(now=None):
    now = time.time() if now is None else now
    until_mark = CLOCK_STEP - int(now) % CLOCK_STEP
    return max(1, min(settings.OCOP_PAGE_CACHE_SECONDS, until_mark))


def understands_query_parameters(request, names):
    """Say which query parameters the answer to `request` depends on; with any other it is not cached."""
    request.page_cache_query_parameters = frozenset(names)


def query_parameters(*names):
    """A view's `understands_query_parameters`, as a decorator."""

    def decorator(view):
        @functools.wraps(view)
        def understanding_view(request, *args, **kwargs):
            understands_query_parameters(request, names)
            return view(request, *args, **kwargs)

        return understanding_view

    return decorator


def has_only_understood_parameters(request):
    return set(request.GET) <= getattr(request, "page_cache_query_parameters", frozenset())


def cache_key(request):
    # Sorted by name; repeated values keep their order (?stars=4&stars=5).
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page-cache:{generation()}:{digest}"


def is_cacheable_request(request):
    return (
        settings.OCOP_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(NOT_CACHED_PREFIXES)
    )


def is_cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and is_cacheable_response(response) and has_only_understood_parameters(request):
            response["X-Page-Cache"] = "miss"
            cache.set(key, response, seconds_to_live())
        return response


# What purges the cache --------------------------------------------------------


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def purge_on_page_change(sender, instance=None, **kwargs):
    purge(f"{sender.__name__} {getattr(instance, 'pk', '')}")


@receiver(post_delete)
def purge_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge(f"deleted page {instance.pk}")


# Models whose rows appear on public pages without being pages themselves.
PURGING_MODELS = {
    "catalogue.certification",
    "catalogue.certificationdecision",
    "catalogue.productgroup",
    "catalogue.province",
    "reports.provincetarget",
    "reports.reportedfigure",
    "wagtailimages.image",
    "wagtailsearchpromotions.searchpromotion",
    "wagtailcore.site",
    "wagtailcore.locale",
}


@receiver(post_save)
@receiver(post_delete)
def purge_on_register_change(sender, instance, **kwargs):
    if sender._meta.label_lower in PURGING_MODELS:
        purge(f"{sender._meta.label} {instance.pk}")
