"""Rate limits on search and its suggestions: 429 with Retry-After, per client address, per window."""

import json
from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from showcase.ratelimit import Rate, parse_rate, rate_limits_from, retry_message
from tests.utils import soup_of, visible_text

SEARCH = {"vi": "/vi/tim-kiem/?q=mat+ong", "en": "/en/search/?q=honey"}
SUGGEST = {"vi": "/vi/tim-kiem/suggest/?q=mat", "en": "/en/search/suggest/?q=hon"}
# 15 seconds into a minute: a one-minute window has 45 seconds left.
START = 1_700_000_040.0 + 15


class FakeClock:
    def __init__(self, now):
        self.now = now

    def time(self):
        return self.now


@pytest.fixture
def clock():
    fake = FakeClock(START)
    with mock.patch("showcase.ratelimit.time", fake):
        yield fake


@pytest.fixture
def small_limits(settings):
    settings.OCOP_RATE_LIMITS = {"search": "3/m", "suggest": "5/m"}


def expected_message(language, seconds):
    with translation.override(language):
        return retry_message(seconds)


def get(client, url, address="203.0.113.7", **headers):
    return client.get(url, REMOTE_ADDR=address, **headers)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_search_past_its_limit_answers_429_with_retry_after_and_a_page_in_the_visitors_language(
    client, home_page, small_limits, clock, language
):
    for _ in range(3):
        assert get(client, SEARCH[language]).status_code == 200

    response = get(client, SEARCH[language])

    assert response.status_code == 429
    assert response["Retry-After"] == "45"
    soup = soup_of(response)
    assert soup.html["lang"] == language
    assert expected_message(language, 45) in visible_text(response)
    assert "45" in expected_message(language, 45)
    # A way on: the same search again, later.
    assert soup.find("a", href=SEARCH[language])
    # Never stored by a cache, where it would refuse other visitors.
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_suggestions_past_their_limit_answer_429_in_json(client, home_page, small_limits, clock, language):
    for _ in range(5):
        assert get(client, SUGGEST[language]).status_code == 200

    response = get(client, SUGGEST[language])

    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "45"
    assert json.loads(response.content) == {"error": expected_message(language, 45), "retry_after": 45}


def test_search_and_suggestions_are_counted_apart(client, home_page, small_limits, clock):
    for _ in range(3):
        get(client, SEARCH["vi"])
    assert get(client, SEARCH["vi"]).status_code == 429
    assert get(client, SUGGEST["vi"]).status_code == 200


def test_other_addresses_are_not_limited(client, home_page, small_limits, clock):
    for _ in range(4):
        get(client, SEARCH["vi"], address="203.0.113.7")
    assert get(client, SEARCH["vi"], address="203.0.113.7").status_code == 429

    assert get(client, SEARCH["vi"], address="198.51.100.20").status_code == 200


def test_the_limit_resets_with_the_next_window(client, home_page, small_limits, clock):
    for _ in range(3):
        get(client, SEARCH["vi"])
    clock.now += 44
    response = get(client, SEARCH["vi"])
    assert response.status_code == 429
    assert response["Retry-After"] == "1"

    clock.now += 1  # the next minute begins

    for _ in range(3):
        assert get(client, SEARCH["vi"]).status_code == 200
    assert get(client, SEARCH["vi"]).status_code == 429


def test_a_forwarded_for_header_is_ignored_unless_settings_trust_a_proxy(client, home_page, small_limits, clock):
    for number in range(3):
        get(client, SEARCH["vi"], HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    # Changing the header does not make a new client.
    assert get(client, SEARCH["vi"], HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


def test_behind_a_trusted_proxy_the_address_it_appended_counts(client, home_page, small_limits, clock, settings):
    settings.OCOP_TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    proxy = "10.0.0.2"
    for number in range(3):
        # The visitor sends any address it likes on the left; the proxy appends the real one.
        get(client, SEARCH["vi"], address=proxy, HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 203.0.113.7")
    assert get(client, SEARCH["vi"], address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429

    # Another visitor behind the same proxy is not limited.
    assert get(client, SEARCH["vi"], address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.20").status_code == 200


def test_behind_two_proxies_the_address_the_outer_one_appended_counts(client, home_page, small_limits, clock, settings):
    settings.OCOP_TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    settings.OCOP_TRUSTED_PROXY_COUNT = 2
    for _ in range(3):
        get(client, SEARCH["vi"], address="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.7, 10.0.0.1")
    assert (
        get(client, SEARCH["vi"], address="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7, 10.0.0.1").status_code
        == 429
    )
    assert (
        get(client, SEARCH["vi"], address="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.20, 10.0.0.1").status_code == 200
    )


def test_a_garbled_forwarded_header_falls_back_to_the_connection_address(
    client, home_page, small_limits, clock, settings
):
    settings.OCOP_TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    for _ in range(3):
        get(client, SEARCH["vi"], address="203.0.113.7", HTTP_X_FORWARDED_FOR="not-an-address")
    assert get(client, SEARCH["vi"], address="203.0.113.7").status_code == 429


def test_ipv6_clients_are_counted_by_their_network(client, home_page, small_limits, clock):
    for host in range(3):
        get(client, SEARCH["vi"], address=f"2001:db8:1:2::{host + 1}")
    # Another address in the same /64: the same client.
    assert get(client, SEARCH["vi"], address="2001:db8:1:2:ffff::9").status_code == 429
    assert get(client, SEARCH["vi"], address="2001:db8:1:3::1").status_code == 200


def test_a_limit_set_to_off_never_refuses(client, home_page, settings, clock):
    settings.OCOP_RATE_LIMITS = {"search": "off", "suggest": "off"}
    for _ in range(40):
        assert get(client, SUGGEST["vi"]).status_code == 200


def test_the_default_limits_allow_a_person_typing_and_searching():
    from django.conf import settings

    assert parse_rate(settings.OCOP_RATE_LIMITS["search"]) == Rate(30, 60)
    assert parse_rate(settings.OCOP_RATE_LIMITS["suggest"]) == Rate(120, 60)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("30/m", Rate(30, 60)),
        ("100/5m", Rate(100, 300)),
        ("2/s", Rate(2, 1)),
        ("1000/h", Rate(1000, 3600)),
        ("5000 / d", Rate(5000, 86400)),
    ],
)
def test_rates_are_written_as_requests_per_period(text, rate):
    assert parse_rate(text) == rate


def test_the_environment_overrides_a_limit():
    limits = rate_limits_from({"OCOP_RATE_LIMIT_SEARCH": "10/m"}, {"search": "30/m", "suggest": "120/m"})
    assert limits == {"search": "10/m", "suggest": "120/m"}


@pytest.mark.parametrize("text", ["30 per minute", "30", "0/m", "30/0m", "-1/m", "30/w", ""])
def test_a_limit_that_is_not_a_rate_stops_the_site_from_starting_with_a_clear_message(text):
    with pytest.raises(ImproperlyConfigured, match=r"OCOP_RATE_LIMIT_SEARCH.*30/m"):
        rate_limits_from({"OCOP_RATE_LIMIT_SEARCH": text}, {"search": "30/m"})
