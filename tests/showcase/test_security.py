"""The production settings' deploy check, framing, the Content-Security-Policy and login throttling."""

import base64
import datetime
import hashlib
import os
import secrets
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import UserSettingsHolder
from django.conf import settings as django_settings
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from showcase import security
from tests import factories
from tests.showcase.public_site import build_public_site, public_urls
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"  # UserFactory's
LOGIN = "/admin/login/"


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Built once; each test's own transaction nests inside this one, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_public_site()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def urls(site):
    return public_urls(site)


def policy_of(response, header="Content-Security-Policy"):
    """The policy as {directive: [sources]}."""
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


# The deploy check ----------------------------------------------------------------------------------------------


def test_production_settings_pass_the_deploy_check_with_no_warning_and_nothing_silenced(tmp_path):
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "DATABASE_", "REDIS_", "ELASTICSEARCH_", "SECURE_", "OCOP_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="showcase.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="example.org",
        CACHE_DIR=str(tmp_path / "cache"),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=django_settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


# Framing -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["home", "home (en)", "product", "product (en)", "search", "verification", "product check", "register of changes"],
)
def test_public_pages_refuse_to_be_framed(client, urls, name):
    response = client.get(urls[name])
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert policy_of(response)["frame-ancestors"] == ["'none'"]


def test_the_admins_live_preview_can_still_be_framed_by_the_admin(client, site):
    client.force_login(factories.EditorFactory())
    preview_url = f"/admin/pages/{site.about.pk}/edit/preview/"
    form = nested_form_data(
        {
            "title": "Giới thiệu OCOP (bản nháp)",
            "slug": site.about.slug,
            "body": streamfield([("paragraph", rich_text("<p>Đoạn văn đang sửa.</p>"))]),
        }
    )
    assert client.post(preview_url, form).json() == {"is_valid": True, "is_available": True}

    response = client.get(preview_url + "?in_preview_panel=true")

    assert response.status_code == 200
    assert "Đoạn văn đang sửa." in visible_text(response)
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy_of(response)["frame-ancestors"] == ["'self'"]


# Content-Security-Policy ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["home", "home (en)", "catalogue", "catalogue (en)", "product", "search", "search (en)", "verification"]
)
def test_public_pages_run_only_the_sites_own_scripts_and_styles(client, urls, name):
    response = client.get(urls[name])
    policy = policy_of(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["font-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_map_tiles_may_load_from_the_tile_server_in_settings(client, urls, settings):
    assert policy_of(client.get(urls["display point"]))["img-src"] == [
        "'self'",
        "data:",
        "https://tile.openstreetmap.org",
    ]

    settings.MAP_TILE_URL = "https://{s}.tiles.example.vn/osm/{z}/{x}/{y}.png"
    assert "https://*.tiles.example.vn" in policy_of(client.get(urls["display point"]))["img-src"]


def test_uploads_and_static_files_on_another_host_are_allowed():
    # Read through a copy of the settings: changing MEDIA_URL for real would empty the
    # test storage that holds this module's images.
    deployment = UserSettingsHolder(django_settings._wrapped)
    deployment.MEDIA_URL = "https://media.example.vn/uploads/"
    deployment.STATIC_URL = "https://static.example.vn/static/"
    with mock.patch.object(security, "settings", deployment):
        policy = security.public_policy()
    assert "https://media.example.vn" in policy["img-src"]
    assert "https://static.example.vn" in policy["img-src"]
    assert policy["script-src"] == ["'self'", "https://static.example.vn"]
    assert policy["style-src"] == ["'self'", "https://static.example.vn"]
    assert policy["font-src"] == ["'self'", "https://static.example.vn"]


def test_json_and_open_data_answers_carry_the_policy_too(client, urls):
    for name in ("suggest", "register json", "display points geojson", "api pages", "sitemap"):
        assert policy_of(client.get(urls[name]))["default-src"] == ["'self'"], name


def test_the_admin_gets_only_the_directives_that_cannot_break_it(client):
    response = client.get(LOGIN)
    policy = policy_of(response)
    assert policy == {
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
    # Wagtail's own inline scripts still run.
    assert "script-src" not in policy and "default-src" not in policy


def test_report_only_mode_sends_the_policy_under_the_report_only_header(client, urls, settings):
    settings.OCOP_CSP_REPORT_ONLY = True
    response = client.get(urls["home"])
    assert "Content-Security-Policy" not in response
    assert policy_of(response, "Content-Security-Policy-Report-Only")["script-src"] == ["'self'"]


def test_a_policy_set_by_the_view_itself_is_kept():
    # Wagtail serves documents with "default-src 'none'", stricter than the site's.
    def document_view(request):
        response = HttpResponse(b"%PDF-1.4", content_type="application/pdf")
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    response = security.ContentSecurityPolicyMiddleware(document_view)(RequestFactory().get("/documents/1/a.pdf"))
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_the_server_error_page_keeps_its_inline_styles_through_their_hash_only(client, urls):
    client.raise_request_exception = False
    with mock.patch("search.views.SiteSearch", side_effect=RuntimeError("the search index is gone")):
        response = client.get(urls["search"] + "?q=mat+ong")

    assert response.status_code == 500
    stylesheet = soup_of(response).find("style").string
    digest = base64.b64encode(hashlib.sha256(stylesheet.encode()).digest()).decode()
    policy = policy_of(response)
    assert policy["style-src"] == ["'self'", f"'sha256-{digest}'"]
    assert policy["script-src"] == ["'self'"]


def test_a_tile_url_gives_its_origin_and_a_subdomain_placeholder_becomes_a_wildcard():
    assert security.origin_of("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == "https://tile.openstreetmap.org"
    assert security.origin_of("https://{s}.basemaps.example.com/{z}/{x}/{y}.png") == "https://*.basemaps.example.com"
    assert security.origin_of("https://tiles.example.vn:8443/{z}/{x}/{y}.png") == "https://tiles.example.vn:8443"
    assert security.origin_of("/media/") == ""


HTML_PAGES = [
    "home",
    "home (en)",
    "content page",
    "catalogue",
    "catalogue (en)",
    "producer index",
    "producer",
    "product",
    "product (en)",
    "display point index",
    "display point",
    "news index",
    "news article",
    "statistics",
    "open data page",
    "verification lookup",
    "verification",
    "verification (en)",
    "stamp",
]


def inline_code(response):
    """What a strict policy would block in this page: inline scripts, styles and event handlers."""
    soup = soup_of(response)
    found = []
    for script in soup.find_all("script"):
        # JSON-LD is data: the browser never runs it, so the policy does not block it.
        if not script.get("src") and script.get("type") != "application/ld+json":
            found.append(f"inline script: {str(script)[:80]}")
    found += [f"<style> block: {str(style)[:80]}" for style in soup.find_all("style")]
    for tag in soup.find_all(True):
        for attribute, value in tag.attrs.items():
            if attribute == "style" or attribute.startswith("on"):
                found.append(f'{tag.name} {attribute}="{value}"')
            if attribute in ("href", "src", "action") and str(value).strip().lower().startswith("javascript:"):
                found.append(f'{tag.name} {attribute}="{value}"')
    return found


@pytest.mark.parametrize("name", HTML_PAGES)
def test_public_pages_have_no_inline_script_style_or_event_handler(client, urls, name):
    response = client.get(urls[name])
    assert response.status_code == 200
    assert inline_code(response) == []


def test_search_results_and_the_error_pages_have_no_inline_code_either(client, urls, settings):
    results = client.get(urls["search"] + "?q=den+trang+tri")
    assert "Đèn trang trí mây tre" in visible_text(results)
    not_found = client.get("/vi/khong-co-trang-nay/")
    assert not_found.status_code == 404
    settings.OCOP_RATE_LIMITS = {"search": "1/m", "suggest": "1/m", "check": "1/m"}
    client.get(urls["search"])
    too_many = client.get(urls["search"])
    assert too_many.status_code == 429

    for response in (results, not_found, too_many):
        assert inline_code(response) == []
        assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_the_statistics_targets_draw_their_progress_without_inline_style(client, urls):
    bars = soup_of(client.get(urls["statistics"])).select("svg.progress rect.progress__bar")
    assert bars
    assert all(bar["width"].endswith("%") for bar in bars)


# Login throttling ----------------------------------------------------------------------------------------------


def sign_in(client, username, password, address="203.0.113.7", language="vi"):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


@pytest.fixture
def editor():
    return factories.EditorFactory(username="van-phong-ocop")


def lockout_texts(language):
    with translation.override(language):
        return [
            translation.gettext("Signing in is paused"),
            translation.gettext("Too many failed sign-in attempts for this account from your connection."),
            translation.ngettext(
                "For your security, signing in is paused. Please try again in %(minutes)d minute.",
                "For your security, signing in is paused. Please try again in %(minutes)d minutes.",
                60,
            )
            % {"minutes": 60},
        ]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_after_five_wrong_passwords_even_the_right_one_is_refused_for_an_hour(client, editor, language):
    for _ in range(4):
        response = sign_in(client, "van-phong-ocop", "wrong password", language=language)
        assert response.status_code == 200  # the form again, with its error

    fifth = sign_in(client, "van-phong-ocop", "wrong password", language=language)
    sixth = sign_in(client, "van-phong-ocop", PASSWORD, language=language)

    for response in (fifth, sixth):
        assert response.status_code == 429
        assert response["Retry-After"] == "3600"
        assert soup_of(response).html["lang"] == language
        text = visible_text(response)
        assert all(sentence in text for sentence in lockout_texts(language)), text
    assert not signed_in(client)


def test_the_lockout_page_speaks_each_language(client, editor):
    # The same strings, translated: the Vietnamese page is not the English one.
    for _ in range(5):
        sign_in(client, "van-phong-ocop", "wrong password")
    vietnamese = sign_in(client, "van-phong-ocop", PASSWORD, language="vi")
    english = sign_in(client, "van-phong-ocop", PASSWORD, language="en")
    assert soup_of(vietnamese).h1.string.strip() == lockout_texts("vi")[0]
    assert soup_of(english).h1.string.strip() == "Signing in is paused"


def test_a_locked_out_username_does_not_lock_out_anyone_else(client, editor):
    factories.EditorFactory(username="bien-tap-vien")
    for _ in range(5):
        sign_in(client, "van-phong-ocop", "wrong password")

    # Another user from the same address.
    response = sign_in(client, "bien-tap-vien", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)
    client.logout()
    # The same user from another address (lockout is by username and address together).
    assert sign_in(client, "van-phong-ocop", PASSWORD, address="198.51.100.20").status_code == 302


def test_a_successful_sign_in_clears_the_count(client, editor):
    for _ in range(4):
        sign_in(client, "van-phong-ocop", "wrong password")
    assert sign_in(client, "van-phong-ocop", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "van-phong-ocop", "wrong password").status_code == 200

    assert sign_in(client, "van-phong-ocop", PASSWORD).status_code == 302


def test_the_lockout_ends_after_an_hour(client, editor):
    for _ in range(5):
        sign_in(client, "van-phong-ocop", "wrong password")
    assert sign_in(client, "van-phong-ocop", PASSWORD).status_code == 429

    later = timezone.now() + datetime.timedelta(hours=1, minutes=1)
    with mock.patch("axes.handlers.proxy.now", return_value=later):
        assert sign_in(client, "van-phong-ocop", PASSWORD).status_code == 302
    assert signed_in(client)


def test_the_test_clients_login_and_force_login_still_work(client, editor):
    assert client.login(username="van-phong-ocop", password=PASSWORD)
    assert signed_in(client)
    client.logout()
    assert not client.login(username="van-phong-ocop", password="wrong password")
    client.force_login(editor)
    assert signed_in(client)


def test_production_throttles_every_authentication_through_axes_first():
    assert django_settings.AXES_FAILURE_LIMIT == 5
    assert datetime.timedelta(hours=1) == django_settings.AXES_COOLOFF_TIME
    assert django_settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert django_settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    from showcase.settings import base

    assert base.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
