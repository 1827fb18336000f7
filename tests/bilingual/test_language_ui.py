"""The language layer every page shares: the / redirect, the switcher's fallback, dates and amounts.

Built from the factories: a Vietnamese tree with, where a test needs it, English
translations made by wagtail-localize's own copy (copy_for_translation), the way
an editor's "Translate" action starts one.
"""

import datetime

import pytest
from django.utils import translation
from wagtail.models import Locale

from showcase.templatetags.showcase_tags import local_date, number, vnd, vnd_million
from tests import factories
from tests.utils import soup_of

pytestmark = pytest.mark.django_db


def translate(page):
    """The English copy of `page`, published (its parent must be translated already)."""
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = page.copy_for_translation(english)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def switcher(response):
    """{language code: (href, visible notice or "")} from the header's language switcher."""
    soup = soup_of(response)
    links = {a["hreflang"]: a["href"] for a in soup.select("nav.lang-switch a")}
    notices = {p["lang"]: " ".join(p.get_text(" ").split()) for p in soup.select(".lang-notice")}
    return {code: (href, notices.get(code, "")) for code, href in links.items()}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("en-US", "/en/"),
        ("vi-VN,vi;q=0.9,en;q=0.5", "/vi/"),
        ("fr-FR,fr;q=0.9", "/vi/"),
        (None, "/vi/"),
    ],
)
def test_root_redirects_to_the_visitors_language_defaulting_to_vietnamese(client, home_page, accept_language, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_untranslated_page_links_to_its_closest_translated_ancestor_and_says_so(client, producer_index):
    translate(producer_index.get_parent())
    english_index = translate(producer_index)
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX mây tre đan Bao La")
    product = factories.ProductPageFactory(parent=producer, title="Đèn trang trí", certification=None)

    response = client.get(product.url)
    assert response.status_code == 200
    href, notice = switcher(response)["en"]
    assert href == english_index.url == "/en/chu-the/"
    assert "This page is not available in English yet" in notice
    assert f"“{english_index.title}”" in notice
    # A fallback is not an alternate of this page: only Vietnamese and x-default are listed.
    alternates = {link["hreflang"] for link in soup_of(response).select('link[rel="alternate"][hreflang]')}
    assert alternates == {"vi", "x-default"}


def test_page_without_any_translated_ancestor_links_to_the_english_home_page(client, home_page):
    about = factories.StandardPageFactory(parent=home_page)
    href, notice = switcher(client.get(about.url))["en"]
    assert href == "/en/"
    assert "leads to the home page" in notice


def test_translated_page_links_to_its_translation_without_a_notice(client, home_page):
    about = factories.StandardPageFactory(parent=home_page, slug="gioi-thieu")
    translate(home_page)
    english = translate(about)
    response = client.get(about.url)
    assert switcher(response)["en"] == (english.url, "")
    assert soup_of(response).select(".lang-notice") == []
    back = client.get(english.url)
    assert soup_of(back).html["lang"] == "en"
    assert switcher(back)["vi"] == (about.url, "")


@pytest.mark.parametrize(
    ("language", "date", "amount", "price", "millions"),
    [
        ("vi", "25/12/2024", "1.470", "120.000\u00a0₫", "1.470\u00a0triệu đồng"),
        ("en", "25 December 2024", "1,470", "VND\u00a0120,000", "VND\u00a01,470 million"),
    ],
)
def test_dates_and_amounts_are_written_the_way_each_language_writes_them(language, date, amount, price, millions):
    with translation.override(language):
        assert local_date(datetime.date(2024, 12, 25)) == date
        assert number(1470) == amount
        assert vnd(120000) == price
        assert vnd_million(1470) == millions
