"""What an anonymous visitor cannot do to the public site: fill the page cache, plant a page in it,
use a browser feature the site never needs, or get 405 for asking HEAD."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.db import transaction
from django.test.utils import override_settings

from showcase import page_cache
from tests.showcase.public_site import build_public_site, public_urls

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_public_site()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def urls(site):
    return public_urls(site)


@pytest.fixture
def file_cache(tmp_path):
    """The production cache without Redis: a directory of files, one per entry."""
    directory = tmp_path / "cache"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(directory),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
    with override_settings(CACHES=caches, OCOP_PAGE_CACHE_SECONDS=300):
        yield directory


def entries(directory):
    return len(list(directory.glob("*.djcache"))) if directory.exists() else 0


# The page cache: only query strings a page understands --------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["catalogue", "news index", "product", "home (en)", "register csv", "register of changes"]
)
def test_made_up_query_strings_are_served_but_never_stored(client, urls, file_cache, name):
    client.get(urls[name])
    before = entries(file_cache)

    for number in range(25):
        response = client.get(urls[name], {"explode": number})
        assert response.status_code == 200
        assert "X-Page-Cache" not in response

    assert entries(file_cache) == before


def test_a_parameter_the_page_reads_is_cached_whatever_the_order(client, urls, file_cache):
    first = client.get(urls["catalogue"] + "?stars=4&province=hue&sort=name")
    assert first["X-Page-Cache"] == "miss"

    again = client.get(urls["catalogue"] + "?sort=name&province=hue&stars=4")

    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content


def test_a_known_parameter_with_an_unknown_one_is_not_stored(client, urls, file_cache):
    client.get(urls["news index"])
    before = entries(file_cache)

    response = client.get(urls["news index"] + "?page=1&utm_source=mail")

    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert entries(file_cache) == before


@pytest.mark.parametrize(
    "name, parameters",
    [("news index", {"page": "1"}), ("statistics", {"province": "hue"}), ("register json", {"language": "en"})],
)
def test_each_page_type_caches_its_own_parameters(client, urls, name, parameters):
    with override_settings(OCOP_PAGE_CACHE_SECONDS=300):
        client.get(urls[name], parameters)
        assert client.get(urls[name], parameters)["X-Page-Cache"] == "hit"


# X-Forwarded-Proto -----------------------------------------------------------------------------------------------


def test_a_page_asked_for_over_https_is_never_served_to_an_http_visitor(client, urls):
    with override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"), OCOP_PAGE_CACHE_SECONDS=300):
        secure = client.get(urls["product"], HTTP_X_FORWARDED_PROTO="https")
        plain = client.get(urls["product"])

    assert 'href="https://testserver' in secure.content.decode()
    assert plain["X-Page-Cache"] == "miss"
    assert "https://testserver" not in plain.content.decode()


def test_without_a_trusted_proxy_a_clients_x_forwarded_proto_changes_nothing(client, urls):
    with override_settings(OCOP_PAGE_CACHE_SECONDS=300):
        planted = client.get(urls["product"], HTTP_X_FORWARDED_PROTO="https")
        plain = client.get(urls["product"])

    assert "https://testserver" not in planted.content.decode()
    assert plain["X-Page-Cache"] == "hit"


def production_setting(name, **environ):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "SECURE_", "OCOP_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="showcase.settings.production", SECRET_KEY="x" * 60, ALLOWED_HOSTS="example.vn"
    )
    environment.update(environ)
    script = f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=django_settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()


def test_production_trusts_a_proxy_header_for_https_only_when_told_which():
    assert production_setting("SECURE_PROXY_SSL_HEADER") == "None"
    assert production_setting("SECURE_PROXY_SSL_HEADER", OCOP_TRUSTED_PROXY_SSL_HEADER="X-Forwarded-Proto") == str(
        ("HTTP_X_FORWARDED_PROTO", "https")
    )


# Permissions-Policy ---------------------------------------------------------------------------------------------


def permissions_of(response):
    features = {}
    for part in response["Permissions-Policy"].split(","):
        feature, _equals, origins = part.strip().partition("=")
        features[feature] = origins
    return features


@pytest.mark.parametrize("name", ["home", "catalogue (en)", "display point", "search", "register csv", "stamp image"])
def test_every_public_response_denies_every_browser_feature(client, urls, name):
    response = client.get(urls[name])

    features = permissions_of(response)
    assert set(features.values()) == {"()"}
    for feature in ("geolocation", "camera", "microphone", "payment", "usb", "fullscreen", "browsing-topics"):
        assert features[feature] == "()"


@pytest.mark.parametrize("path", ["/vi/khong-co-trang-nay/", "/api/v2/pages/", "/robots.txt", "/admin/login/"])
def test_errors_the_api_and_the_admin_carry_the_policy_too(client, site, path):
    features = permissions_of(client.get(path))

    assert features["geolocation"] == "()"
    assert features["camera"] == "()"


def test_the_admin_may_only_copy_to_the_clipboard(client, site):
    features = permissions_of(client.get("/admin/login/"))

    assert features["clipboard-write"] == "(self)"
    assert {origins for feature, origins in features.items() if feature != "clipboard-write"} == {"()"}


def test_the_map_asks_for_no_feature_the_policy_denies():
    script = (django_settings.BASE_DIR / "static" / "js" / "map.js").read_text()
    assert "geolocation" not in script
    assert ".locate(" not in script


# HEAD -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["search", "search (en)", "suggest", "suggest (en)"])
def test_head_answers_like_get_without_a_body(client, urls, name):
    get = client.get(urls[name], {"q": "may tre"})
    head = client.head(urls[name], {"q": "may tre"})

    assert head.status_code == get.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""


def test_head_counts_against_the_rate_limit_like_get(client, urls, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "search": "2/m"}
    assert [client.head(urls["search"], {"q": "x"}).status_code for _ in range(3)] == [200, 200, 429]


def test_the_page_cache_knows_no_parameters_a_view_did_not_declare(rf):
    request = rf.get("/vi/?page=2")
    assert not page_cache.has_only_understood_parameters(request)
    page_cache.understands_query_parameters(request, ["page"])
    assert page_cache.has_only_understood_parameters(request)
