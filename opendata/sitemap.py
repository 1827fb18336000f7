"""sitemap.xml: every live public page in every language, each with its hreflang alternates.

Wagtail's own Sitemap lists the pages under the site's root page, which is the
Vietnamese home page only: the English home page is its translation, a sibling
in the tree. So the items here are the pages under the root page and each of its
translations, and every entry names the page's translations (and x-default, the
Vietnamese page) as xhtml:link alternates, as the pages' own <head> does.
https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap

sitemap.xml is an index of sections of OCOP_SITEMAP_SECTION_SIZE pages each
(sitemap-pages.xml, sitemap-pages.xml?p=2, ...): a national register has tens
of thousands of pages, and one sitemap of all of them would cost each crawl in
proportion to the register. The index costs two queries; a section, at most
its size in pages.
"""

from django.conf import settings
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedPagesSitemap(Sitemap):
    @property
    def limit(self):
        return settings.OCOP_SITEMAP_SECTION_SIZE

    def pages(self):
        """Live, public pages under the site's root page in any language."""
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q(pk__in=[])
        for root_path in roots.values_list("path", flat=True):
            under_a_root |= Q(path__startswith=root_path)
        return Page.objects.live().public().filter(under_a_root)

    def items(self):
        return self.pages().select_related("locale").order_by("path")

    def get_latest_lastmod(self):
        """The newest page's date, for the index, from one aggregate rather than from every page."""
        dates = self.pages().aggregate(latest=Max(Coalesce("last_published_at", "latest_revision_created_at")))
        return dates["latest"]

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        # The translations of this sitemap page's items, in one query.
        translations = {}
        for translation in (
            self.pages().filter(translation_key__in={item.translation_key for item in items}).select_related("locale")
        ):
            translations.setdefault(translation.translation_key, {})[translation.locale.language_code] = translation

        urls = []
        for item in items:
            location = self.absolute_url(item)
            if location is None:
                continue
            alternates = [
                {"lang_code": code, "location": self.absolute_url(translations[item.translation_key][code])}
                for code, _name in settings.LANGUAGES
                if code in translations.get(item.translation_key, {})
            ]
            default = next((alt for alt in alternates if alt["lang_code"] == settings.LANGUAGE_CODE), None)
            if default is not None:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": self.lastmod(item),
                    "alternates": [alt for alt in alternates if alt["location"]],
                }
            )
        last_mods = [url["lastmod"] for url in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def absolute_url(self, page):
        url = page.get_url(self.request)
        return self.request.build_absolute_uri(url) if url else None
