"""The site's own address, from one setting (SITE_URL), applied to Wagtail's default Site.

Traceability stamps encode the default Site's root URL, and invitations and
moderation e-mails link to WAGTAILADMIN_BASE_URL; both follow SITE_URL, so a
QR code printed from `make run PORT=8811` leads to port 8811, and one printed
in production to the public address. `migrate` applies it (the post_migrate
receiver in showcase/apps.py), and so does the demo loader.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connections

DEFAULT_PORTS = {"http": 80, "https": 443}


def host_and_port(site_url):
    """("ocop.example.vn", 443) for https://ocop.example.vn; ("127.0.0.1", 8811) for http://127.0.0.1:8811."""
    parts = urlsplit(site_url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"SITE_URL must be an http:// or https:// address, not {site_url!r}.")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    # Wagtail's Site.root_url writes https only for port 443.
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured("SITE_URL: an https:// address must use port 443.")
    return parts.hostname, port


def apply_site_url(using="default"):
    """Give the default Site the host name and port of SITE_URL; returns the Site, or None if there is none yet."""
    from wagtail.models import Site

    if Site._meta.db_table not in connections[using].introspection.table_names():
        return None
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = host_and_port(settings.SITE_URL)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(using=using, update_fields=["hostname", "port"])
    return site


def apply_site_url_after_migrate(sender, using="default", **kwargs):
    apply_site_url(using)


def absolute_url(path):
    """An address on the site for a link sent by e-mail: SITE_URL followed by `path`."""
    return settings.SITE_URL.rstrip("/") + path
