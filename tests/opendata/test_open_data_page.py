"""The open data page: each dataset with working links per language, its size today and its columns."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from opendata.models import OpenDataPage
from opendata.register import COLUMN_NAMES
from tests import factories
from tests.utils import soup_of, visible_text

from .conftest import OpenDataPageFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_data_site(register, news_index, display_point_index):
    """The register, a news article and a display point, and the open data page, in Vietnamese and English."""
    factories.NewsPageFactory(parent=news_index, title="Long An có thêm 5 sản phẩm OCOP")
    factories.DisplayPointPageFactory(parent=display_point_index, title="Trạm dừng chân Đồng Tháp Mười")
    page = OpenDataPageFactory(parent=news_index.get_parent())
    english = translate(page, title="Open data", slug="open-data")
    translate(news_index, title="News", slug="news")
    return page, english


def dataset_links(response):
    """{href: text} of the links in the page's dataset sections."""
    soup = soup_of(response)
    return {
        a["href"]: " ".join(a.get_text(" ").split())
        for section in soup.select("main section[id^=dataset-]")
        for a in section.select("a[href]")
        if not a["href"].startswith("https://creativecommons.org/")
    }


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_dataset_link_works_in_both_languages(client, open_data_site, language):
    page = open_data_site[0] if language == "vi" else open_data_site[1]
    response = client.get(page.url)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()

    links = dataset_links(response)
    for path in [
        "/open-data/certifications.csv?language=vi",
        "/open-data/certifications.csv?language=en",
        "/open-data/certifications.json?language=vi",
        "/open-data/certifications.json?language=en",
        "/open-data/display-points.geojson?language=vi",
        "/open-data/display-points.geojson?language=en",
        "/api/v2/pages/",
        "/api/v2/images/",
        "/sitemap.xml",
        "/vi/tin-tuc/rss/",
        "/en/news/rss/",
    ]:
        assert path in links
    for href in links:
        assert client.get(href).status_code == 200, href


def test_links_name_their_format_and_language(client, open_data_site):
    links = dataset_links(client.get(open_data_site[1].url))

    assert links["/open-data/certifications.csv?language=vi"] == "CSV · Tiếng Việt"
    assert links["/open-data/certifications.json?language=en"] == "JSON · English"
    assert links["/open-data/display-points.geojson?language=en"] == "GeoJSON · English"


def dataset_size(response, slug):
    return soup_of(response).select_one(f"#dataset-{slug} dd").get_text(" ", strip=True)


def test_page_says_how_big_each_dataset_is_today(client, open_data_site):
    page, english = open_data_site
    vietnamese, response = client.get(page.url), client.get(english.url)

    # 6 public certificates (the draft's is not): expired (2), revoked (1) and the valid or expiring rest (3).
    assert dataset_size(response, "certifications") == "6 certificates, 3 of them in force today"
    # Each language counts its own news feed and places: the article and the display point are Vietnamese.
    assert dataset_size(response, "news") == "0 articles in this language’s feed"
    assert dataset_size(vietnamese, "news").startswith("1 ")
    assert dataset_size(response, "places") == "0 places in this language"
    # The display point and the three producers of the register, which have no coordinates.
    assert dataset_size(vietnamese, "places").startswith("1 ")


def test_page_describes_every_column_of_the_register(client, open_data_site):
    soup = soup_of(client.get(open_data_site[1].url))

    table = soup.select_one("#dataset-certifications table")
    names = [th.get_text(strip=True) for th in table.select("tbody th")]
    assert names == COLUMN_NAMES
    assert all(td.get_text(strip=True) for td in table.select("tbody td"))


def test_page_documents_the_properties_the_geojson_really_has(client, open_data_site):
    soup = soup_of(client.get(open_data_site[1].url))
    documented = {th.get_text(strip=True) for th in soup.select("#dataset-places table tbody th")}

    features = client.get("/open-data/display-points.geojson").json()["features"]
    assert features
    assert set().union(*(feature["properties"] for feature in features)) == documented


def test_page_gives_the_licence_and_the_update_frequency(client, open_data_site):
    response = client.get(open_data_site[1].url)
    soup = soup_of(response)

    licences = {a["href"] for a in soup.select('a[rel="license"]')}
    assert licences == {"https://creativecommons.org/licenses/by/4.0/"}
    assert "CC BY 4.0" in visible_text(response)
    assert "Live: computed from the register at each download" in visible_text(response)


def test_footer_links_to_the_open_data_page_in_each_language(client, open_data_site):
    page, english = open_data_site
    for home, target in [(page.get_parent(), page), (english.get_parent(), english)]:
        footer = soup_of(client.get(home.url)).select_one("footer nav")
        assert footer.find("a", href=target.url).get_text(strip=True) == target.title


def test_page_query_count_does_not_grow_with_the_register(client, register, open_data_site):
    page = open_data_site[0]
    client.get(page.url)  # warms the site root paths cache
    with CaptureQueriesContext(connection) as before:
        client.get(page.url)

    for _ in range(10):
        factories.ProductPageFactory(parent=register.producers.bao_la)
    with CaptureQueriesContext(connection) as after:
        assert client.get(page.url).status_code == 200

    assert len(after) == len(before)


class OpenDataPageTreeTests(WagtailPageTestCase):
    def test_open_data_page_sits_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(OpenDataPage, {HomePage})
        self.assertAllowedSubpageTypes(OpenDataPage, {})
