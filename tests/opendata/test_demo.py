"""The demo's open data page, in both languages, over the whole demo register."""

import csv
import io

from django.test import TestCase
from wagtail.models import Locale

from catalogue.models import Certification
from opendata.models import OpenDataPage
from tests.catalogue.test_demo_content import DEMO_TODAY, load_demo_content, small_images
from tests.utils import site_today, soup_of


class OpenDataDemoTests(TestCase):
    @classmethod
    def setUpClass(cls):
        cls.clock = cls.enterClassContext(site_today(DEMO_TODAY))
        cls.enterClassContext(small_images())
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        load_demo_content()

    def test_open_data_page_is_published_in_both_languages_and_linked_from_the_footer(self):
        vietnamese = OpenDataPage.objects.get(locale__language_code="vi")
        english = vietnamese.get_translation(Locale.objects.get(language_code="en"))

        assert (vietnamese.url, english.url) == ("/vi/du-lieu-mo/", "/en/open-data/")
        assert (vietnamese.title, english.title) == ("Dữ liệu mở", "Open data")
        for page, home in [(vietnamese, "/vi/"), (english, "/en/")]:
            footer = soup_of(self.client.get(home)).select_one("footer nav")
            assert footer.find("a", href=page.url).get_text(strip=True) == page.title

    def test_every_dataset_link_of_the_demo_works(self):
        for url in ("/vi/du-lieu-mo/", "/en/open-data/"):
            soup = soup_of(self.client.get(url))
            links = {a["href"] for a in soup.select("main section[id^=dataset-] a[href^='/']")}
            assert len(links) >= 10
            for href in links:
                with self.subTest(page=url, link=href):
                    assert self.client.get(href).status_code == 200

    def test_demo_register_is_downloaded_whole_with_every_status_on_show(self):
        response = self.client.get("/open-data/certifications.csv?language=en")
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))

        assert len(rows) == Certification.objects.count()
        assert {row["status"] for row in rows} == {"valid", "expiring", "expired", "revoked"}
        # The demo translates every product, so every link leads to an English page.
        assert all(row["product_url"].startswith("http://testserver/en/") for row in rows)

    def test_demo_images_are_listed_by_the_api_because_live_pages_show_them(self):
        images = self.client.get("/api/v2/images/").json()

        assert images["meta"]["total_count"] > 20
