"""The Content-Security-Policy and Permissions-Policy headers, and the test settings' login backend.

Why a middleware of our own rather than the django-csp package: the policy is
one fixed header per deployment (the public templates have no inline script or
style, so no nonces are needed), plus a looser one for the Wagtail admin, whose
templates use inline scripts and styles. That is a few dozen lines with no new
dependency, and the setting has the shape of Django 6.0's SECURE_CSP
({directive: [sources]}), so moving to Django's own middleware later is a
rename. https://docs.djangoproject.com/en/6.0/ref/csp/

The public policy is settings.OCOP_CSP, with what only the deployment knows
added here: the map tile server (MAP_TILE_URL) and any other host serving
static files or uploads (STATIC_URL, MEDIA_URL). Paths under
OCOP_CSP_ADMIN_PATHS get OCOP_CSP_ADMIN instead. A response that already has a
policy (Wagtail serves documents with "default-src 'none'") keeps it.
"""

import base64
import functools
import hashlib
import re
from urllib.parse import urlsplit

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.template.loader import get_template

HEADER = "Content-Security-Policy"
REPORT_ONLY_HEADER = "Content-Security-Policy-Report-Only"
PERMISSIONS_HEADER = "Permissions-Policy"


def origin_of(url):
    """ "https://tile.example.org/{z}/{x}/{y}.png" -> "https://tile.example.org"; "" for a relative URL.

    A Leaflet subdomain placeholder ({s}.tile.example.org) becomes a wildcard (*.tile.example.org).
    """
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return ""
    host = re.sub(r"^\{[a-z]+\}(?=\.)", "*", parts.netloc)
    return f"{parts.scheme}://{host}"


def public_policy():
    """settings.OCOP_CSP with the tile, static and media hosts of this deployment added."""
    policy = {directive: list(sources) for directive, sources in settings.OCOP_CSP.items()}
    static_origin = origin_of(settings.STATIC_URL)
    extra = {
        "img-src": [origin_of(settings.MAP_TILE_URL), origin_of(settings.MEDIA_URL), static_origin],
        "script-src": [static_origin],
        "style-src": [static_origin],
        "font-src": [static_origin],
    }
    for directive, sources in extra.items():
        if directive in policy:
            policy[directive] += [source for source in sources if source and source not in policy[directive]]
    return policy


@functools.cache
def error_page_style_hashes():
    """'sha256-...' sources for the <style> blocks of templates/500.html.

    The server error page is rendered without a request, the database or the static
    files' manifest, so it carries its own styles inline. A hash allows exactly that
    stylesheet and nothing else, so style-src needs no 'unsafe-inline'.
    """
    source = get_template("500.html").template.source
    return [
        f"'sha256-{base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()}'"
        for block in re.findall(r"<style>(.*?)</style>", source, flags=re.DOTALL)
    ]


def serialize(policy):
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if HEADER in response or REPORT_ONLY_HEADER in response:
            return response
        if settings.DEBUG and response.status_code >= 400:
            # Django's debug error pages are styled and scripted inline.
            return response
        if request.path_info.startswith(tuple(settings.OCOP_CSP_ADMIN_PATHS)):
            policy = settings.OCOP_CSP_ADMIN
        else:
            policy = public_policy()
            if getattr(request, "is_dummy", False) and "frame-ancestors" in policy:
                # Wagtail's preview renders the page through the middleware again, on a
                # dummy request for the page's own URL; the admin shows it in an iframe.
                policy["frame-ancestors"] = ["'self'"]
            if response.status_code >= 500 and "style-src" in policy:
                policy["style-src"] += error_page_style_hashes()
        header = REPORT_ONLY_HEADER if settings.OCOP_CSP_REPORT_ONLY else HEADER
        response[header] = serialize(policy)
        return response


def serialize_permissions(policy):
    """{"geolocation": [], "clipboard-write": ["self"]} -> "geolocation=(), clipboard-write=(self)"."""
    return ", ".join(f"{feature}=({' '.join(origins)})" for feature, origins in policy.items())


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every response: settings.OCOP_PERMISSIONS_POLICY, or _ADMIN under the admin's paths."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(tuple(settings.OCOP_CSP_ADMIN_PATHS)):
            policy = settings.OCOP_PERMISSIONS_POLICY_ADMIN
        else:
            policy = settings.OCOP_PERMISSIONS_POLICY
        response.headers.setdefault(PERMISSIONS_HEADER, serialize_permissions(policy))
        return response


class RequestlessLoginsAxesBackend(AxesStandaloneBackend):
    """The test settings' first backend: django-axes, except for authenticate() calls without a request.

    Axes cannot tell where such a call comes from and refuses it. The test client's
    login() makes exactly that call, so in tests it passes on to the next backend,
    unthrottled, while every login that comes with a request (the admin's sign-in
    form) is throttled as in production, which uses AxesStandaloneBackend itself.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
