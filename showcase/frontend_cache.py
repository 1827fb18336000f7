"""Telling the HTTP caches in front of the site (Varnish, Cloudflare, CloudFront) what changed.

Pages an anonymous visitor may get from a shared cache say so in their
Cache-Control (showcase/page_cache.py); the caches configured in
WAGTAILFRONTENDCACHE (showcase/frontend_cache_settings.py) are then told,
through Wagtail's frontend_cache, when one of them changes:

- a page published or unpublished: that page, the pages above it (its index
  and the home page list it), its translations (they link to it), and what
  its page type says lists it too (`pages_listing_this()`, e.g. a product's
  catalogue and display points). Each is purged with every query string
  (paging, filters): Varnish's PURGE is by path (deploy/varnish/default.vcl);
- everything else a visitor can notice (a certification, a decision, the
  taxonomy, a page moved or deleted, an import: whatever makes the in-app
  cache start a new generation) appears on too many pages to list, so the
  whole site is banned at once: BAN / on Varnish, purge_everything on
  Cloudflare, an invalidation of /* on CloudFront.

Both are sent once the transaction commits, so that a cache asking the site
again at once never gets the version that is being replaced; a transaction
that rolls back sends nothing. Many bans requested in one transaction (a
subtree deleted, an import) are sent as one. Wagtail's own signal handlers
(the wagtail.contrib.frontend_cache app) are not installed: they would purge the
published page before the commit, when a cache asking again could still get
the old version.

Time changes pages too, and no purge says so: the caches keep a page only
until the next five-minute mark of the clock (its s-maxage).
"""

import itertools
import logging
import threading
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.backends import CloudflareBackend as WagtailCloudflareBackend
from wagtail.contrib.frontend_cache.backends import CloudfrontBackend as WagtailCloudfrontBackend
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends

logger = logging.getLogger(__name__)

# Varnish: a request with this method bans every object of its Host whose URL matches its path as a regular expression.
BAN_EVERYTHING_PATH = "/"
PURGE_TIMEOUT_SECONDS = 5


class BanRequest(PurgeRequest):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purge backend, which can also ban everything a host serves."""

    def purge(self, url):
        # Wagtail's purge, with a timeout: a Varnish that does not answer must not hold up a publish.
        self._send(PurgeRequest, url, "purge")

    def purge_everything(self, root_urls):
        for root_url in root_urls:
            self._send(BanRequest, root_url.rstrip("/") + BAN_EVERYTHING_PATH, "ban everything under")

    def _send(self, request_class, url, what):
        parts = urlsplit(url)
        request = request_class(
            urlunsplit((self.cache_scheme, self.cache_netloc, parts.path or "/", parts.query, "")),
            headers={"Host": parts.netloc, "User-Agent": "ocop-showcase frontend cache"},
        )
        try:
            with urlopen(request, timeout=PURGE_TIMEOUT_SECONDS):
                pass
        except (URLError, OSError) as error:
            logger.error("Could not %s %s on the Varnish at %s: %s", what, url, self.cache_netloc, error)


class CloudflareBackend(WagtailCloudflareBackend):
    def purge_everything(self, root_urls):
        import requests

        if self.cloudflare_token:
            headers = {"Authorization": f"Bearer {self.cloudflare_token}"}
        else:
            headers = {"X-Auth-Email": self.cloudflare_email, "X-Auth-Key": self.cloudflare_api_key}
        try:
            response = requests.post(
                self.cloudflare_purge_endpoint_url,
                json={"purge_everything": True},
                headers=headers,
                timeout=PURGE_TIMEOUT_SECONDS * 6,
            )
            response.raise_for_status()
        except requests.RequestException as error:
            logger.error("Could not purge everything from Cloudflare: %s", error)


class CloudfrontBackend(WagtailCloudfrontBackend):
    def purge_everything(self, root_urls):
        self._create_invalidation(self.cloudfront_distribution_id, ["/*"])


def is_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def site_root_urls():
    """Each Site's root URL, as Site.root_url gives it.

    Only the columns Wagtail's first migration made are read: migrations save
    and delete rows that ban everything, before the Site table has its later columns.
    """
    from wagtail.models import Site

    urls = set()
    for hostname, port in Site.objects.order_by().values_list("hostname", "port"):
        if port == 80:
            urls.add(f"http://{hostname}")
        elif port == 443:
            urls.add(f"https://{hostname}")
        else:
            urls.add(f"http://{hostname}:{port}")
    return sorted(urls)


def pages_to_purge(page):
    """The live pages a change to `page` shows on, where they can be listed (see the module's docstring)."""
    page = page.specific_deferred
    pages = [page, *page.get_ancestors().filter(depth__gt=1).live().specific()]
    pages.extend(page.get_translations().live().specific())
    listing = getattr(page, "pages_listing_this", None)
    if listing is not None:
        pages.extend(listing())
    return pages


def purge_pages(pages):
    """Purge these pages (with all their query strings) from every front cache once the transaction commits."""
    if not is_configured():
        return
    batch = PurgeBatch()
    for page in pages:
        for related in pages_to_purge(page):
            batch.add_page(related)
    if batch.urls:
        transaction.on_commit(batch.purge)


_ban_lock = threading.Lock()
_ban_counter = itertools.count(1)
_last_ban_sent = 0


def ban_everything(reason=""):
    """Make every front cache forget the whole site once the transaction commits."""
    if not is_configured():
        return
    requested = next(_ban_counter)

    def send():
        global _last_ban_sent
        with _ban_lock:
            # A ban sent after this one was asked for (earlier in the same commit) covers it.
            if _last_ban_sent > requested:
                return
            _last_ban_sent = next(_ban_counter)
        root_urls = site_root_urls()
        for name, backend in get_backends().items():
            purge_everything = getattr(backend, "purge_everything", None)
            if purge_everything is None:
                logger.error("The front cache %r cannot purge everything; pages stay until their s-maxage ends.", name)
                continue
            purge_everything(root_urls)
        logger.info("Front caches told to forget everything%s", f": {reason}" if reason else "")

    transaction.on_commit(send)
