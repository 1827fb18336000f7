"""Shared HTTP caches in front of the site: what pages tell them, and what they are told after a change."""

import time

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test.utils import override_settings
from wagtail.models import Locale, Site

from catalogue.models import Certification
from showcase import frontend_cache, page_cache
from showcase.frontend_cache_settings import frontend_cache_backends, in_app_page_cache
from tests import factories

RECORDING = {"recorder": {"BACKEND": "tests.showcase.test_frontend_cache.RecordingBackend"}}


class RecordingBackend(frontend_cache.VarnishBackend):
    """A Varnish backend that records what it would send instead of sending it."""

    sent = []

    def __init__(self, params):
        super().__init__({"LOCATION": "http://varnish.invalid:6081", **params})

    def _send(self, request_class, url, what):
        self.sent.append((request_class(url).get_method(), url))


@pytest.fixture
def recorded():
    RecordingBackend.sent = []
    with override_settings(WAGTAILFRONTENDCACHE=RECORDING, OCOP_PAGE_CACHE_SECONDS=300):
        yield RecordingBackend.sent


@pytest.fixture
def product(frozen_today, producer_index, product_index):
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX Gò Đen")
    return factories.ProductPageFactory(parent=producer, title="Rượu đế Gò Đen", certification__stars=4)


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


# What the pages say -----------------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(OCOP_PAGE_CACHE_SECONDS=300)
def test_an_anonymous_page_may_be_kept_by_a_shared_cache_until_the_next_clock_mark(client, product):
    response = client.get(product.url)
    directives = cache_control(response)
    assert {"public", "max-age=0"} <= directives
    (s_maxage,) = (int(part.split("=")[1]) for part in directives if part.startswith("s-maxage="))
    assert 1 <= s_maxage <= page_cache.CLOCK_STEP - int(time.time()) % page_cache.CLOCK_STEP
    # The language is in the URL, and no cookie changes an anonymous page.
    assert "Vary" not in response


@pytest.mark.django_db
@override_settings(OCOP_PAGE_CACHE_SECONDS=300)
def test_a_page_served_from_the_app_cache_says_how_long_it_has_left(client, product, monkeypatch):
    # Ten seconds past a clock mark: the entry lives until the next one, 290 seconds on.
    start = int(time.time()) // page_cache.CLOCK_STEP * page_cache.CLOCK_STEP + 10
    monkeypatch.setattr(time, "time", lambda: start)
    assert client.get(product.url)["X-Page-Cache"] == "miss"
    monkeypatch.setattr(time, "time", lambda: start + 100)
    response = client.get(product.url)
    assert response["X-Page-Cache"] == "hit"
    (s_maxage,) = (int(part.split("=")[1]) for part in cache_control(response) if part.startswith("s-maxage="))
    assert s_maxage == page_cache.CLOCK_STEP - 10 - 100


@pytest.mark.django_db
@override_settings(OCOP_PAGE_CACHE_SECONDS=300)
def test_a_signed_in_editor_gets_a_private_page(client, product, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.vn", "x"))
    directives = cache_control(client.get(product.url))
    assert "private" in directives
    assert "public" not in directives


@pytest.mark.django_db
@override_settings(OCOP_PAGE_CACHE_SECONDS=0)
def test_no_shared_cache_may_keep_a_page_when_the_page_cache_is_off(client, product):
    assert "public" not in cache_control(client.get(product.url))


@pytest.mark.django_db
@override_settings(OCOP_PAGE_CACHE_SECONDS=300)
def test_search_results_are_not_for_a_shared_cache(client, product):
    assert "public" not in cache_control(client.get("/vi/tim-kiem/?q=ruou"))


@pytest.mark.django_db
@override_settings(OCOP_PAGE_CACHE_SECONDS=300)
def test_an_unknown_query_parameter_is_not_for_a_shared_cache(client, product):
    assert "public" not in cache_control(client.get(product.url + "?utm_source=zalo"))


@pytest.mark.django_db
@override_settings(OCOP_PAGE_CACHE_SECONDS=300, OCOP_IN_APP_PAGE_CACHE=False)
def test_without_the_in_app_cache_every_request_renders_but_stays_public(client, product):
    for _ in range(2):
        response = client.get(product.url)
        assert "X-Page-Cache" not in response
        assert "public" in cache_control(response)


# What the caches are told -----------------------------------------------------------------------


@pytest.mark.django_db
def test_publishing_purges_the_page_its_listings_and_its_translations(
    recorded, product, product_index, django_capture_on_commit_callbacks
):
    english, _ = Locale.objects.get_or_create(language_code="en")
    translation = product.copy_for_translation(english, copy_parents=True)
    translation.save_revision().publish()
    recorded.clear()

    product.title = "Rượu đế Gò Đen 30 độ"
    with django_capture_on_commit_callbacks(execute=True):
        product.save_revision().publish()

    purged = {url for method, url in recorded if method == "PURGE"}
    producer = product.get_parent()
    expected = {
        product.full_url,
        producer.full_url,
        producer.get_parent().full_url,  # the producers' index
        product.get_parent().get_parent().get_parent().full_url,  # the home page
        translation.full_url,
        product_index.full_url,  # the catalogue lists every product
    }
    assert expected <= purged
    assert not [method for method, _url in recorded if method == "BAN"]


@pytest.mark.django_db
def test_a_product_sold_at_a_display_point_purges_that_display_point(
    recorded, product, home_page, django_capture_on_commit_callbacks
):
    point_index = factories.DisplayPointIndexPageFactory(parent=home_page)
    point = factories.DisplayPointPageFactory(parent=point_index)
    product.sold_at.add(point)
    with django_capture_on_commit_callbacks(execute=True):
        product.save_revision().publish()
    assert point.full_url in {url for _method, url in recorded}


@pytest.mark.django_db
def test_a_certification_saved_bans_the_whole_site_once(recorded, product, django_capture_on_commit_callbacks):
    certification = Certification.objects.get(product=product)
    with django_capture_on_commit_callbacks(execute=True):
        certification.score = 80
        certification.save()
        certification.save()
    assert recorded == [("BAN", Site.objects.get(is_default_site=True).root_url + "/")]


@pytest.mark.django_db
def test_nothing_is_sent_when_the_change_is_rolled_back(recorded, product, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Certification.objects.get(product=product).save()
    assert callbacks
    assert recorded == []


@pytest.mark.django_db
def test_without_a_front_cache_nothing_is_sent(product, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        product.save_revision().publish()
        Certification.objects.get(product=product).save()
    front_cache_modules = {frontend_cache.__name__, "wagtail.contrib.frontend_cache.utils"}
    assert not [callback for callback in callbacks if callback.__module__ in front_cache_modules]


def test_varnish_is_sent_purge_and_ban_with_the_site_s_host(monkeypatch):
    requests = []
    monkeypatch.setattr(frontend_cache, "urlopen", lambda request, timeout: requests.append(request) or _Closing())
    backend = frontend_cache.VarnishBackend({"LOCATION": "http://10.0.0.5:6081"})
    backend.purge("https://ocop.example.vn/vi/san-pham/?page=2")
    backend.purge_everything(["https://ocop.example.vn"])
    sent = [(request.get_method(), request.full_url, request.get_header("Host")) for request in requests]
    assert sent == [
        ("PURGE", "http://10.0.0.5:6081/vi/san-pham/?page=2", "ocop.example.vn"),
        ("BAN", "http://10.0.0.5:6081/", "ocop.example.vn"),
    ]


def test_a_varnish_that_does_not_answer_is_logged_not_raised(monkeypatch, caplog):
    def refuse(request, timeout):
        raise ConnectionRefusedError("refused")

    monkeypatch.setattr(frontend_cache, "urlopen", refuse)
    frontend_cache.VarnishBackend({"LOCATION": "http://127.0.0.1:9"}).purge("http://localhost/vi/")
    assert "Could not purge http://localhost/vi/" in caplog.text


class _Closing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


# Read from the environment ----------------------------------------------------------------------


def test_no_front_cache_is_configured_by_default():
    assert frontend_cache_backends({}) == {}
    assert in_app_page_cache({}, {}) is True


def test_each_varnish_server_gets_a_backend():
    backends = frontend_cache_backends({"VARNISH_URL": "http://10.0.0.5:6081/, http://10.0.0.6:6081"})
    assert [backend["LOCATION"] for backend in backends.values()] == ["http://10.0.0.5:6081", "http://10.0.0.6:6081"]
    assert in_app_page_cache({}, backends) is False
    assert in_app_page_cache({"OCOP_IN_APP_PAGE_CACHE": "true"}, backends) is True


def test_cloudflare_needs_a_token():
    with pytest.raises(ImproperlyConfigured, match="CLOUDFLARE_API_TOKEN"):
        frontend_cache_backends({"CLOUDFLARE_ZONE_ID": "zone"})
    backends = frontend_cache_backends({"CLOUDFLARE_ZONE_ID": "zone", "CLOUDFLARE_API_TOKEN": "token"})
    assert backends["cloudflare"]["BEARER_TOKEN"] == "token"


@pytest.mark.parametrize(
    "environ",
    [{"VARNISH_URL": "10.0.0.5:6081"}, {"OCOP_IN_APP_PAGE_CACHE": "sometimes"}],
)
def test_a_bad_value_stops_the_site_from_starting(environ):
    with pytest.raises(ImproperlyConfigured):
        in_app_page_cache(environ, frontend_cache_backends(environ))
