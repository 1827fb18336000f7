"""The demo site in both languages: every page translated through wagtail-localize, and kept in step.

The demo (with its English, made by DemoLoader.load_english) is built once for
the class, with small images and the site's today frozen at the demo's date, as
tests/catalogue/test_demo_content.py does.
"""

import json
import re

import polib
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from catalogue.demo.translations_en import EN
from catalogue.models import Certification, ProducerPage, ProductPage
from tests.catalogue.test_demo_content import DEMO_TODAY, load_demo_content, small_images, visible_text
from tests.utils import site_today


def vietnamese_ui_phrases():
    """The Vietnamese interface phrases of the catalogue (msgstr), two words or more."""
    catalogue = polib.pofile(settings.BASE_DIR / "locale" / "vi" / "LC_MESSAGES" / "django.po")
    for entry in catalogue:
        for msgstr in filter(None, (entry.msgstr, *entry.msgstr_plural.values())):
            for part in re.split(r"%\(\w+\)s|\{\{[^}]*\}\}|<[^>]+>", msgstr):
                part = part.strip(" .,:()“”")
                if len(part.split()) >= 2:
                    yield part


def own_text(page):
    """What editors wrote on `page`, as plain text (StreamFields arrive as JSON with \\u escapes)."""
    raw = json.dumps(page.serializable_data(), ensure_ascii=False, default=str)
    return re.sub(r"\\+u([0-9a-fA-F]{4})", lambda match: chr(int(match.group(1), 16)), raw)


def switcher_links(html):
    """{href: language} of the header's language switcher."""
    return dict(re.findall(r'<a href="([^"]+)" lang="\w+" hreflang="(\w+)"', html))


class EnglishDemoTests(TestCase):
    @classmethod
    def setUpClass(cls):
        cls.clock = cls.enterClassContext(site_today(DEMO_TODAY))
        cls.enterClassContext(small_images())
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        load_demo_content()
        cls.vi = Locale.objects.get(language_code="vi")
        cls.en = Locale.objects.get(language_code="en")

    def live_pages(self, locale):
        return Page.objects.live().filter(locale=locale, depth__gt=1).specific().order_by("path")

    def alternates(self, html):
        return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))

    def test_every_vietnamese_page_has_a_live_english_translation_in_english(self):
        vietnamese = list(self.live_pages(self.vi))
        assert len(vietnamese) > 70
        for page in vietnamese:
            with self.subTest(page=page.url):
                english = page.get_translation(self.en).specific
                assert english.live
                assert english.url.startswith("/en/")
                # Pages another part of the demo translates itself (the statistics page) are not in EN.
                assert english.title == EN.get(page.title, english.title)
                response = self.client.get(english.url)
                assert response.status_code == 200
                html = response.content.decode()
                assert '<html lang="en">' in html
                text = visible_text(html)
                assert english.title in text
                if english.title != page.title:
                    assert page.title not in text, "the Vietnamese title leaks onto the English page"

    def test_english_slugs_are_english(self):
        products = ProductPage.objects.live().filter(locale=self.en)
        assert {p.url for p in products if p.slug == "decorative-lamp"} == {
            "/en/producers/bao-la-rattan-and-bamboo-cooperative/decorative-lamp/"
        }
        for page in self.live_pages(self.en):
            with self.subTest(page=page.url):
                vietnamese = page.get_translation(self.vi)
                if page.depth > 2 and vietnamese.slug in EN:
                    assert page.slug == EN[vietnamese.slug]

    def test_language_switcher_round_trips_every_demo_page(self):
        for page in self.live_pages(self.vi):
            with self.subTest(page=page.url):
                english = page.get_translation(self.en)
                there = switcher_links(self.client.get(page.url).content.decode())
                assert there == {page.url: "vi", english.url: "en"}
                back = switcher_links(self.client.get(english.url).content.decode())
                assert back == there

    def test_every_page_lists_both_languages_and_x_default_as_alternates(self):
        for page in self.live_pages(self.en):
            with self.subTest(page=page.url):
                vietnamese = page.get_translation(self.vi)
                alternates = self.alternates(self.client.get(page.url).content.decode())
                assert alternates == {
                    "vi": f"http://testserver{vietnamese.url}",
                    "en": f"http://testserver{page.url}",
                    "x-default": f"http://testserver{vietnamese.url}",
                }

    def test_every_english_demo_page_shows_no_vietnamese_ui_string(self):
        """Render every live page under /en/ and look for the Vietnamese msgstrs of the vi catalogue."""
        vietnamese = sorted(set(vietnamese_ui_phrases()), key=len, reverse=True)
        assert len(vietnamese) > 100
        for page in self.live_pages(self.en):
            with self.subTest(page=page.url):
                response = self.client.get(page.url)
                assert response.status_code == 200
                text = visible_text(response.content.decode())
                own_content = own_text(page)
                leaked = [phrase for phrase in vietnamese if phrase in text and phrase not in own_content]
                assert leaked == [], f"{page.url} shows Vietnamese UI text: {leaked}"

    def test_english_pages_show_english_taxonomy_and_dates(self):
        lamp = ProductPage.objects.live().get(locale=self.en, slug="decorative-lamp")
        text = visible_text(self.client.get(lamp.url).content.decode())
        assert "Rattan and bamboo" in text and "Mây, tre đan" not in text
        certificate = Certification.objects.filter(product__translation_key=lamp.translation_key).latest(
            "decision__issued_on"
        )
        assert certificate.decision.issued_on.strftime("%-d %B %Y") in text
        vietnamese = lamp.get_translation(self.vi)
        assert certificate.decision.issued_on.strftime("%d/%m/%Y") in visible_text(
            self.client.get(vietnamese.url).content.decode()
        )

    def test_changing_the_stars_changes_what_both_languages_show(self):
        lamp_vi = ProductPage.objects.live().get(locale=self.vi, slug="den-trang-tri")
        lamp_en = lamp_vi.get_translation(self.en)
        certificate = Certification.objects.for_product(lamp_vi).newest_first().first()
        assert certificate.stars != 5
        certificate.stars, certificate.score = 5, 95
        certificate.save()
        for url in (lamp_vi.url, lamp_en.url):
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                assert "star-badge--5" in html
                assert "95" in visible_text(html)

    def test_synchronised_coordinates_follow_the_vietnamese_page_after_a_sync(self):
        producer = ProducerPage.objects.live().get(locale=self.vi, slug="htx-may-tre-dan-bao-la")
        english = producer.get_translation(self.en).specific
        producer.latitude = english.latitude + 1
        producer.save_revision().publish()
        english.refresh_from_db()
        assert english.latitude != producer.latitude, "nothing changes in English before the sync"

        # What the admin's "Sync translated pages" does: refresh the source, then save each translation.
        source, _created = TranslationSource.update_or_create_from_instance(producer)
        with self.captureOnCommitCallbacks(execute=True):
            for target in Translation.objects.filter(source=source, enabled=True):
                target.save_target()
        english = producer.get_translation(self.en).specific
        assert english.latitude == producer.latitude
        assert english.title == EN[producer.title], "translated fields keep their English"
        assert english.live

    def test_editing_the_vietnamese_page_puts_its_english_translation_out_of_date(self):
        admin = get_user_model().objects.create_superuser("editor", "editor@example.vn", "pw")
        self.client.force_login(admin)
        product = ProductPage.objects.live().get(locale=self.vi, slug="gio-may-tre-dan")
        source = TranslationSource.objects.get_for_instance(product)
        translation = Translation.objects.get(source=source, target_locale=self.en)
        total, translated = translation.get_progress()
        assert total == translated, "fully translated to begin with"

        product.title = "Giỏ mây tre đan cỡ lớn"
        product.save_revision().publish()
        source.refresh_from_db()
        assert source.last_updated_at < Page.objects.get(pk=product.pk).last_published_at, (
            "the translation was made from an older version of the page"
        )
        response = self.client.get(reverse("wagtail_localize:update_translations", args=[source.pk]))
        assert response.status_code == 200

        source, _created = TranslationSource.update_or_create_from_instance(product)
        total, translated = translation.get_progress()
        assert translated < total, "the new title waits for its English"
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk]))
        assert "Giỏ mây tre đan cỡ lớn" in edit.content.decode(), "the translation editor shows the new source text"
        english = product.get_translation(self.en)
        assert english.title == EN["Giỏ mây tre đan"], "the English page keeps its last translation meanwhile"

    def test_english_home_page_is_served_for_the_default_site(self):
        site = Site.objects.get(is_default_site=True)
        english_home = site.root_page.get_translation(self.en)
        assert self.client.get("/en/").context["page"].pk == english_home.pk
