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

A shared HTTP cache in front (Varnish: deploy/varnish/default.vcl) may keep
the same responses for the same time: they carry
"Cache-Control: public, max-age=0, s-maxage=<seconds to the entry's end>"
(browsers ask again every time; shared caches keep the page until the
mark). Responses to a visitor with a session cookie are "private". When such
a cache is configured (WAGTAILFRONTENDCACHE), the events above purge it too
(showcase/frontend_cache.py), and the app keeps no copy of its own unless
OCOP_IN_APP_PAGE_CACHE says so: the generation is still bumped, as the
figures cache (catalogue/figures_cache.py) keys on it.
"""

import functools
import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import frontend_cache
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


def new_generation(reason=""):
    """Make every page in the app's cache stale (and the figures cached with this generation)."""
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


def purge(reason=""):
    """Make every cached page stale, in the app and in the caches in front of it."""
    new_generation(reason)
    frontend_cache.ban_everything(reason)


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
    return f"page-cache:v2:{generation()}:{digest}"


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


def mark_shared(response, until):
    """Let shared caches keep the response until `until` (a time.time()); browsers ask again each time."""
    patch_cache_control(response, public=True, max_age=0, s_maxage=max(1, int(until - time.time())))


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and "Cache-Control" not in response:
                # An editor's or a producer's page (the user bar, unpublished changes): for them alone.
                patch_cache_control(response, private=True)
            return response
        in_app = settings.OCOP_IN_APP_PAGE_CACHE
        if in_app:
            key = cache_key(request)
            cached = cache.get(key)
            if cached is not None:
                expires, response = cached
                response["X-Page-Cache"] = "hit"
                mark_shared(response, expires)
                return response
        response = self.get_response(request)
        if request.method == "GET" and is_cacheable_response(response) and has_only_understood_parameters(request):
            ttl = seconds_to_live()
            expires = time.time() + ttl
            mark_shared(response, expires)
            if in_app:
                response["X-Page-Cache"] = "miss"
                cache.set(key, (expires, response), ttl)
        return response


# What purges the cache --------------------------------------------------------


@receiver(page_published)
@receiver(page_unpublished)
def purge_on_publication(sender, instance, **kwargs):
    new_generation(f"{sender.__name__} {instance.pk}")
    # In front, only the pages that show this one: the rest of the site keeps its cache.
    frontend_cache.purge_pages([instance])


@receiver(post_page_move)
def purge_on_page_move(sender, instance=None, **kwargs):
    # Every URL below the page changed, and the pages that linked to the old ones.
    purge(f"moved page {getattr(instance, 'pk', '')}")


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
    # A restriction hides a page, and its certificates, from listings and downloads.
    "wagtailcore.pageviewrestriction",
}


@receiver(post_save)
@receiver(post_delete)
def purge_on_register_change(sender, instance, **kwargs):
    if sender._meta.label_lower in PURGING_MODELS:
        purge(f"{sender._meta.label} {instance.pk}")
