"""sitemap.xml with both languages and their hreflang alternates, and robots.txt."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from .conftest import translate

pytestmark = pytest.mark.django_db

HOST = "http://testserver"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def section_urls(client):
    """The sections sitemap.xml, an index, lists."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['s']}}}sitemapindex"
    return [sitemap.findtext("s:loc", namespaces=NS) for sitemap in root.findall("s:sitemap", NS)]


def section_roots(client):
    roots = []
    for url in section_urls(client):
        assert url.startswith(HOST + "/sitemap-pages.xml")
        response = client.get(url.removeprefix(HOST))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/xml"
        roots.append(ET.fromstring(response.content))
    return roots


def sitemap_entries(client):
    """{location: {hreflang: href}} of every section of sitemap.xml."""
    entries = {}
    for root in section_roots(client):
        for url in root.findall("s:url", NS):
            location = url.findtext("s:loc", namespaces=NS)
            assert location not in entries, f"{location} is in two sections"
            entries[location] = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
    return entries


def test_sitemap_lists_the_pages_of_both_languages_with_their_alternates(client, english_lantern, register):
    entries = sitemap_entries(client)

    vietnamese = HOST + register.products.lantern.url
    english = HOST + english_lantern.url
    assert english.startswith(HOST + "/en/")
    expected = {"vi": vietnamese, "en": english, "x-default": vietnamese}
    assert entries[vietnamese] == expected
    assert entries[english] == expected
    assert entries[HOST + "/en/"] == {"vi": HOST + "/vi/", "en": HOST + "/en/", "x-default": HOST + "/vi/"}


def test_an_untranslated_page_has_no_english_alternate(client, english_lantern, register):
    entries = sitemap_entries(client)

    tea = HOST + register.products.tea.url
    assert entries[tea] == {"vi": tea, "x-default": tea}


def test_sitemap_leaves_out_unpublished_and_restricted_pages(client, register):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=register.producers.go_den, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
    )
    locations = set(sitemap_entries(client))

    assert HOST + register.products.lantern.url in locations
    assert HOST + register.products.vermicelli.url not in locations
    assert HOST + register.producers.go_den.url not in locations
    assert HOST + register.products.rice_spirit.url not in locations
    # Every live page of the site, and nothing else.
    assert len(locations) == 1 + 1 + 2 + 4  # home, producer index, two producers, four products


def test_sitemap_gives_the_date_a_page_was_last_published(client, register):
    lantern = register.products.lantern
    lantern.save_revision().publish()
    lantern.refresh_from_db()

    lastmods = {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for root in section_roots(client)
        for url in root.findall("s:url", NS)
    }

    assert lastmods[HOST + lantern.url] == timezone.localdate(lantern.last_published_at).isoformat()
    # Pages never published through a revision (made in code) carry no date rather than a wrong one.
    assert lastmods[HOST + register.products.tea.url] is None


def test_sitemap_query_count_does_not_grow_with_the_site(client, register, django_assert_max_num_queries):
    from tests import factories

    client.get("/sitemap-pages.xml")
    for _ in range(20):
        translate(factories.ProductPageFactory(parent=register.producers.bao_la))
    with django_assert_max_num_queries(10):
        response = client.get("/sitemap-pages.xml")
    assert len(ET.fromstring(response.content).findall("s:url", NS)) > 40


def test_the_sitemap_is_an_index_of_sections_that_share_the_pages_out(client, register, settings):
    every_page = sitemap_entries(client)
    assert section_urls(client) == [HOST + "/sitemap-pages.xml"]

    assert len(every_page) == 10  # home, producer index, three producers, five live products

    settings.OCOP_SITEMAP_SECTION_SIZE = 3
    sections = section_urls(client)
    assert sections == [HOST + "/sitemap-pages.xml"] + [HOST + f"/sitemap-pages.xml?p={n}" for n in (2, 3, 4)]
    assert [len(root.findall("s:url", NS)) for root in section_roots(client)] == [3, 3, 3, 1]
    assert sitemap_entries(client) == every_page


def test_the_index_costs_the_same_few_queries_however_many_pages(client, register, settings):
    from tests import factories

    settings.OCOP_SITEMAP_SECTION_SIZE = 5
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as with_ten_pages:
        assert len(section_urls(client)) == 2
    for _ in range(30):
        factories.ProductPageFactory(parent=register.producers.bao_la)
    with CaptureQueriesContext(connection) as with_forty_pages:
        assert len(section_urls(client)) == 8

    assert len(with_forty_pages) == len(with_ten_pages) <= 8


def test_the_index_gives_the_newest_publication_date(client, register):
    lantern = register.products.lantern
    lantern.save_revision().publish()
    lantern.refresh_from_db()

    root = ET.fromstring(client.get("/sitemap.xml").content)
    (lastmod,) = [sitemap.findtext("s:lastmod", namespaces=NS) for sitemap in root.findall("s:sitemap", NS)]
    assert lastmod.startswith(timezone.localtime(lantern.last_published_at).date().isoformat())


@pytest.mark.parametrize("query", ["?p=9", "?p=0", "?p=abc", "?p=-1"])
def test_a_section_that_does_not_exist_is_not_found(client, register, query):
    assert client.get("/sitemap-pages.xml" + query).status_code == 404


def test_an_unknown_section_is_not_found(client, register):
    assert client.get("/sitemap-news.xml").status_code == 404


def search_page_urls():
    """The search page in each language: /vi/tim-kiem/ and /en/search/ once the interface is translated."""
    urls = []
    for code in ("vi", "en"):
        with translation.override(code):
            urls.append(reverse("search"))
    return urls


def test_robots_txt_allows_the_site_but_not_the_admin_or_search_results(client, home_page):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:3] == ["User-agent: *", "Allow: /", "Disallow: /admin/"]
    disallowed_search = [line.removeprefix("Disallow: ") for line in lines[3:5]]
    assert disallowed_search == search_page_urls()
    assert disallowed_search[0].startswith("/vi/")
    assert disallowed_search[1] == "/en/search/"
    for url in disallowed_search:
        assert client.get(url, {"q": "mat ong"}).status_code == 200
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"
    assert client.get(lines[-1].removeprefix("Sitemap: ")).status_code == 200
