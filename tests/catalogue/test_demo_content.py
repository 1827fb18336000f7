"""`manage.py load_demo_content` builds the whole demo site, and running it again changes nothing.

The demo is built once for the class (setUpTestData) and each test runs in its
own transaction on top of it. The demo's certificate statuses are written for
catalogue.demo.content.DEMO_TODAY, so the site's today is frozen there. Images
are generated smaller than the real demo's, by the same code, to keep the
suite fast.
"""

import datetime
import functools
import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from html import unescape
from unittest import mock
from urllib.parse import urlsplit

import polib
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import TestCase
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from catalogue.demo import content as demo
from catalogue.demo import images, loader
from catalogue.models import (
    Certification,
    CertificationDecision,
    DisplayPointPage,
    ProducerPage,
    ProductIndexPage,
    ProductPage,
)
from catalogue.register import certificate_status
from home.models import HomePage
from misuse.models import MisuseReport, ReportStatus
from news.models import NewsIndexPage, NewsPage
from tests.utils import site_today

DEMO_TODAY = datetime.date.fromisoformat(demo.DEMO_TODAY)


def load_demo_content():
    output = io.StringIO()
    call_command("load_demo_content", "--no-admin", stdout=output)
    return output.getvalue()


def small_images():
    """Generate the demo images at thumbnail size: same drawing code, a fraction of the time."""
    return mock.patch.object(loader, "make_image", functools.partial(images.make_image, width=160, height=120))


def ui_phrases():
    """The English interface phrases the Vietnamese catalogue translates."""
    catalogue = polib.pofile(settings.BASE_DIR / "locale" / "vi" / "LC_MESSAGES" / "django.po")
    for entry in catalogue:
        for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
            phrase = re.sub(r"%\(\w+\)s|<[^>]+>", "\n", msgid)
            for part in phrase.split("\n"):
                part = part.strip(" .,:()“”")
                if len(part.split()) >= 2:
                    yield part


def visible_text(html):
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", unescape(html))


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "images": get_image_model().objects.count(),
        "decisions": CertificationDecision.objects.count(),
        "certifications": Certification.objects.count(),
        "sites": Site.objects.count(),
        "misuse reports": MisuseReport.objects.count(),
    }


class DemoContentTests(TestCase):
    @classmethod
    def setUpClass(cls):
        cls.clock = cls.enterClassContext(site_today(DEMO_TODAY))
        cls.enterClassContext(small_images())
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.output = load_demo_content()
        cls.site = Site.objects.get(is_default_site=True)

    def test_loading_the_demo_again_creates_nothing_new(self):
        first = counts()
        load_demo_content()
        assert counts() == first

    def test_demo_home_page_is_the_default_sites_root(self):
        assert isinstance(self.site.root_page.specific, HomePage)
        assert self.client.get("/vi/").status_code == 200

    def test_demo_has_the_producers_products_points_and_news_it_promises(self):
        assert ProducerPage.objects.live().count() >= 12
        products = ProductPage.objects.live()
        assert products.count() >= 30
        assert products.values("group").distinct().count() >= 4
        assert DisplayPointPage.objects.live().count() >= 3
        assert NewsPage.objects.live().count() >= 6

    def test_demo_has_a_report_of_a_suspected_fake_in_each_status_for_the_editors(self):
        reports = MisuseReport.objects.select_related("product")
        assert {report.status for report in reports} == set(ReportStatus.values)
        assert {report.language for report in reports} == {"vi", "en"}
        assert all(report.product and report.product.live for report in reports)
        # What the editor wrote is there where a report was looked into.
        assert all(report.editor_note for report in reports.exclude(status=ReportStatus.NEW))

    def test_demo_register_shows_every_certificate_status(self):
        statuses = Counter(
            certificate_status(certificate.decision.issued_on, certificate.revoked_on)
            for certificate in Certification.objects.select_related("decision")
        )
        assert set(statuses) == {"valid", "expiring", "expired", "revoked"}, statuses

    def test_demo_register_names_every_issuer_and_revocation_reason_in_english_too(self):
        decisions = CertificationDecision.objects.all()
        assert all(decision.issuer_en for decision in decisions)
        long_an = decisions.filter(issuer="UBND tỉnh Long An").first()
        assert long_an.issuer_for("en") == "UBND tỉnh Long An (People's Committee of Long An province)"
        revoked = Certification.objects.exclude(revocation_reason="")
        assert revoked.exists()
        assert all(certificate.revocation_reason_en for certificate in revoked)

    def test_demo_certificates_with_part_scores_show_them_on_their_record(self):
        with_parts = Certification.objects.filter(score_a__isnull=False)
        assert with_parts.count() >= 4
        for certificate in with_parts:
            assert certificate.score_a + certificate.score_b + certificate.score_c == certificate.score
        record = self.client.get(f"/vi/xac-minh/{with_parts.first().verification_code}/").content.decode()
        assert "A: sản xuất và cộng đồng" in visible_text(record)

    def test_demo_register_of_changes_shows_a_revocation_with_its_reason(self):
        for language, path, reason_field in (
            ("vi", "/vi/thay-doi-chung-nhan/?change=revoked", "revocation_reason"),
            ("en", "/en/certificate-changes/?change=revoked", "revocation_reason_en"),
        ):
            response = self.client.get(path)
            assert response.status_code == 200, language
            revoked = Certification.objects.exclude(revocation_reason="").first()
            assert getattr(revoked, reason_field) in visible_text(response.content.decode())

    def test_demo_producers_have_details_for_buyers_in_both_languages(self):
        bao_la = ProducerPage.objects.get(slug="htx-may-tre-dan-bao-la")
        english = bao_la.get_translation(Locale.objects.get(language_code="en"))
        vietnamese_page = visible_text(self.client.get(bao_la.url).content.decode())
        english_page = visible_text(self.client.get(english.url).content.decode())
        assert "Dành cho nhà phân phối" in vietnamese_page and "Nhật Bản, Pháp, Úc" in vietnamese_page
        assert "For buyers" in english_page and "Japan, France, Australia" in english_page
        assert ProducerPage.objects.exclude(monthly_capacity="").filter(locale__language_code="vi").count() >= 3

    def test_demo_site_is_at_the_address_of_site_url(self):
        assert self.site.root_url == settings.SITE_URL

    def test_demo_has_the_dong_thap_muoi_rest_stop_with_products_for_sale(self):
        rest_stop = (
            DisplayPointPage.objects.live()
            .filter(locale=self.site.root_page.locale)
            .get(title__icontains="Đồng Tháp Mười")
        )
        assert rest_stop.products().exists()
        assert rest_stop.intervals, "it has opening hours"
        response = self.client.get(rest_stop.url)
        assert response.status_code == 200
        assert list(response.context["products"])

    def test_demo_key_pages_render(self):
        home = self.site.root_page.specific
        catalogue = ProductIndexPage.objects.live().get(locale=home.locale)
        product = ProductPage.objects.live().with_current_certification().certified().first()
        urls = [
            home.url,
            *(page.url for page in home.get_children().live()),
            ProducerPage.objects.live().first().url,
            product.url,
            NewsPage.objects.live().order_by("-date").first().url,
            f"{catalogue.url}?stars=4&stars=5&sort=stars",
            f"{catalogue.url}?province=tay-ninh",
        ]
        for url in urls:
            with self.subTest(url=url):
                assert self.client.get(url).status_code == 200

    def test_every_demo_page_in_vietnamese_shows_no_untranslated_ui_string(self):
        """Render every live page under /vi/ and look for the English msgids of the catalogue.

        A msgid of two words or more that shows up in a page's visible text is
        an interface string that was not translated.
        """
        english = sorted(ui_phrases(), key=len, reverse=True)
        # The Vietnamese tree; tests/bilingual checks the English one against the Vietnamese msgstrs.
        for page in Page.objects.live().filter(depth__gt=1, locale=self.site.root_page.locale).specific():
            with self.subTest(page=page.url):
                response = self.client.get(page.url)
                assert response.status_code == 200
                text = visible_text(response.content.decode())
                # What editors wrote (an article may well quote "One Commune One Product") is content, not UI.
                own_content = json.dumps(page.serializable_data(), ensure_ascii=False, default=str)
                leaked = [phrase for phrase in english if phrase in text and phrase not in own_content]
                assert leaked == [], f"{page.url} shows untranslated UI text: {leaked}"

    def test_every_link_and_image_of_the_demo_site_works(self):
        """Crawl the Vietnamese site from its home page: no broken internal link, no missing image file."""
        seen, queue, images_checked = set(), ["/vi/"], 0
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            response = self.client.get(url)
            with self.subTest(url=url):
                assert response.status_code == 200, f"{url} answers {response.status_code}"
            if "html" not in response.get("Content-Type", ""):
                continue
            html = response.content.decode()
            for href in re.findall(r'href="([^"#]*)', html):
                target = urlsplit(href)
                if not target.netloc and target.path.startswith("/vi/"):
                    queue.append(href)
            for src in re.findall(r'(?:src|srcset)="([^"]+)"', html):
                for candidate in (part.strip().split(" ")[0] for part in src.split(",")):
                    path = urlsplit(candidate).path
                    if path.startswith(settings.MEDIA_URL):
                        images_checked += 1
                        assert default_storage.exists(path.removeprefix(settings.MEDIA_URL)), f"{url}: {path}"
                    elif path.startswith(settings.STATIC_URL):
                        assert finders.find(path.removeprefix(settings.STATIC_URL)), f"{url}: {path}"
        assert len(seen) > 70
        assert images_checked > 100

    def test_demo_news_feed_has_the_articles(self):
        feed = self.client.get(NewsIndexPage.objects.live().get(locale=self.site.root_page.locale).url + "rss/")
        assert feed.status_code == 200
        assert len(ET.fromstring(feed.content).findall("channel/item")) >= 6

    def test_demo_catalogue_lists_certified_products_only(self):
        response = self.client.get(ProductIndexPage.objects.live().get(locale=self.site.root_page.locale).url)
        assert response.status_code == 200
        listed = response.context["catalogue"].count
        assert listed >= 20
        assert listed < ProductPage.objects.live().filter(locale=self.site.root_page.locale).count(), (
            "expired and revoked products are not listed"
        )


def test_demo_image_is_a_real_picture_at_full_size():
    picture = PILImage.open(io.BytesIO(images.make_image("leaf", 0, seed=1)))
    assert picture.size == (1200, 900)
