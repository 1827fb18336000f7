"""Which HTTP caches in front of the site are told about changes, read from the environment by the settings.

Imports nothing of Django but its exceptions, so that settings/base.py can use it.

The result is Wagtail's WAGTAILFRONTENDCACHE setting
(https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html),
with the backends of showcase/frontend_cache.py, which add "everything" (a
Varnish BAN, Cloudflare's purge_everything, a CloudFront invalidation of /*)
to Wagtail's URL purges:

- VARNISH_URL: the address of each Varnish server the app servers reach,
  comma-separated (http://10.0.0.5:6081,http://10.0.0.6:6081); PURGE and BAN
  requests go there, and its VCL (deploy/varnish/default.vcl) accepts them
  only from the addresses in its purge ACL.
- CLOUDFLARE_ZONE_ID with CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and
  CLOUDFLARE_API_KEY).
- CLOUDFRONT_DISTRIBUTION_ID, with AWS credentials as boto3 finds them
  (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY or an instance role).

None set, nothing is in front, and the in-app page cache serves the pages.
"""

from django.core.exceptions import ImproperlyConfigured

VARNISH_BACKEND = "showcase.frontend_cache.VarnishBackend"
CLOUDFLARE_BACKEND = "showcase.frontend_cache.CloudflareBackend"
CLOUDFRONT_BACKEND = "showcase.frontend_cache.CloudfrontBackend"


def _value(environ, name):
    return environ.get(name, "").strip()


def frontend_cache_backends(environ):
    """The WAGTAILFRONTENDCACHE setting for this environment: {} when no front cache is configured."""
    backends = {}
    varnish_urls = [url.strip().rstrip("/") for url in _value(environ, "VARNISH_URL").split(",") if url.strip()]
    for number, url in enumerate(varnish_urls, start=1):
        if not url.startswith(("http://", "https://")):
            raise ImproperlyConfigured(f"VARNISH_URL: {url!r} is not an http:// or https:// address.")
        name = "varnish" if len(varnish_urls) == 1 else f"varnish-{number}"
        backends[name] = {"BACKEND": VARNISH_BACKEND, "LOCATION": url}

    zone = _value(environ, "CLOUDFLARE_ZONE_ID")
    if zone:
        cloudflare = {"BACKEND": CLOUDFLARE_BACKEND, "ZONEID": zone}
        if _value(environ, "CLOUDFLARE_API_TOKEN"):
            cloudflare["BEARER_TOKEN"] = _value(environ, "CLOUDFLARE_API_TOKEN")
        elif _value(environ, "CLOUDFLARE_EMAIL") and _value(environ, "CLOUDFLARE_API_KEY"):
            cloudflare["EMAIL"] = _value(environ, "CLOUDFLARE_EMAIL")
            cloudflare["API_KEY"] = _value(environ, "CLOUDFLARE_API_KEY")
        else:
            raise ImproperlyConfigured(
                "CLOUDFLARE_ZONE_ID needs CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY."
            )
        backends["cloudflare"] = cloudflare

    distribution = _value(environ, "CLOUDFRONT_DISTRIBUTION_ID")
    if distribution:
        backends["cloudfront"] = {"BACKEND": CLOUDFRONT_BACKEND, "DISTRIBUTION_ID": distribution}
    return backends


def in_app_page_cache(environ, front_cache_backends):
    """Whether the app keeps its own page cache: by default only when no cache stands in front.

    With one in front, it holds the pages and is purged precisely; a second
    copy inside the app would only have to be purged as well. OCOP_IN_APP_PAGE_CACHE=true|false decides otherwise.
    """
    value = _value(environ, "OCOP_IN_APP_PAGE_CACHE").lower()
    if value in ("true", "1", "yes", "on"):
        return True
    if value in ("false", "0", "no", "off"):
        return False
    if value:
        raise ImproperlyConfigured(f"OCOP_IN_APP_PAGE_CACHE: {value!r} is neither true nor false.")
    return not front_cache_backends
