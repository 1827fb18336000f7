"""The datasets the open data page documents: links per format and language, size today, fields.

Everything here is computed when the page is shown, in a fixed number of
queries, so the page never describes a register that has since changed.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from catalogue import geo
from news.feeds import NewsFeed
from news.models import NewsIndexPage

from .register import COLUMNS, public_certifications
from .sitemap import TranslatedPagesSitemap

# Everything the site publishes for reuse is under this licence; reusers credit the site.
LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}

CHANGE_COLUMNS = [
    ("change", _("“granted”, “expired” or “revoked”.")),
    ("date", _("The day of the change (YYYY-MM-DD): the decision date, the first day expired, the revocation date.")),
    ("certification_id", _("The certificate’s number in the register, as in the register’s own files.")),
    ("product, producer, province", _("Names in the language of the file.")),
    ("stars, score", _("As awarded by the decision.")),
    ("decision_number, decision_date, issuing_body", _("The decision that granted the certificate.")),
    ("valid_until", _("The last day the certificate is valid.")),
    ("status", _("Its status on the day of the download.")),
    ("revoked_on, revocation_reason", _("The revocation, if any, and its reason.")),
    ("verification_url", _("The certificate’s public record on this site.")),
]

GEOJSON_PROPERTIES = [
    ("kind", _("“display_point” or “producer”.")),
    ("name", _("The name of the place or producer.")),
    ("url", _("Its page on this site.")),
    ("address", _("The address, as written.")),
    ("province", _("The province, in the chosen language.")),
    ("kind_label", _("What kind of place or producer it is, in the chosen language.")),
    ("open_now", _("Display points only: whether it is open at the time of the download.")),
    (
        "facilities",
        _(
            "Display points only: what a traveller finds there, as a list of parking, toilets, food, "
            "card_payment, accessible, ev_charging."
        ),
    ),
]


@dataclass
class Link:
    label: str
    url: str
    media_type: str
    language: str = ""


@dataclass
class Dataset:
    slug: str
    title: str
    description: str
    links: list
    size: str
    frequency: str
    fields: list = field(default_factory=list)
    fields_heading: str = ""


def language_names():
    return dict(settings.LANGUAGES)


def datasets(request, locale):
    """The datasets as the open data page lists them, sized for today."""
    # The API and the sitemap both list every live public page of the site.
    published = TranslatedPagesSitemap(request).pages().count()
    return [
        _register(),
        _changes(),
        _places(locale),
        _news_feeds(request, locale),
        _pages_api(locale, published),
        _sitemap(published),
    ]


def _per_language(label, url_name, media_type):
    return [
        Link(label, f"{reverse(url_name)}?{urlencode({'language': code})}", media_type, code)
        for code in language_names()
    ]


def _register():
    total = public_certifications().count()
    in_force = public_certifications().in_force().count()
    size = ngettext(
        "%(count)s certificate, %(in_force)s of them in force today",
        "%(count)s certificates, %(in_force)s of them in force today",
        total,
    ) % {"count": total, "in_force": in_force}
    return Dataset(
        slug="certifications",
        title=_("The register of OCOP certificates"),
        description=_(
            "Every certificate of a published product, one row each: valid, expiring, expired and revoked ones "
            "alike, so that a product’s history can be followed. Names and page links come in the language "
            "chosen; a product not yet translated keeps its Vietnamese name."
        ),
        links=[
            *_per_language("CSV", "opendata_certifications_csv", "text/csv"),
            *_per_language("JSON", "opendata_certifications_json", "application/json"),
        ],
        size=size,
        frequency=_("Live: computed from the register at each download (caches may keep it for 5 minutes)."),
        fields=COLUMNS,
        fields_heading=_("Columns"),
    )


def _changes():
    """The register of changes: its page, its Atom feed and its CSV, in each language."""
    links = []
    for label, url_name, media_type in (
        (_("Page"), "register_changes", "text/html"),
        ("Atom", "register_changes_feed", "application/atom+xml"),
        ("CSV", "register_changes_csv", "text/csv"),
    ):
        for code in language_names():
            with translation.override(code):
                links.append(Link(label, reverse(url_name), media_type, code))
    return Dataset(
        slug="register-changes",
        title=_("Changes to the OCOP register"),
        description=_(
            "Certificates granted, expired and revoked, newest first, each dated by the day it happened, with "
            "the reason of each revocation. Filter the page by province, month and kind of change: its Atom "
            "feed and its CSV follow the same filters (?province=, ?month=YYYY-MM, ?change=granted|expired|revoked)."
        ),
        links=links,
        size=_("The same certificates as the register above, one row per change."),
        frequency=_("Live: a revocation entered in the register appears at once (caches may keep it for 5 minutes)."),
        fields=CHANGE_COLUMNS,
        fields_heading=_("Columns of the CSV"),
    )


def _places(locale):
    language = locale.language_code
    count = geo.display_points_for_map(language).count() + geo.producers_for_map(language).count()
    size = ngettext("%(count)s place in this language", "%(count)s places in this language", count) % {"count": count}
    return Dataset(
        slug="places",
        title=_("Display points and producers on the map"),
        description=_(
            "The display and sales points, and the producers whose location is known, as GeoJSON points "
            "(longitude, latitude), ready for any map software."
        ),
        links=_per_language("GeoJSON", "display_points_geojson", "application/geo+json"),
        size=size,
        frequency=_("Live: “open now” is computed at each download (caches may keep it for 5 minutes)."),
        fields=GEOJSON_PROPERTIES,
        fields_heading=_("Properties of each point"),
    )


def _news_feeds(request, locale):
    names = language_names()
    indexes = NewsIndexPage.objects.live().public().select_related("locale").order_by("path")
    feeds = {}
    for index in indexes:
        feeds.setdefault(index.locale.language_code, index)
    links = [
        Link("RSS", feeds[code].get_url(request) + feeds[code].reverse_subpage("feed"), "application/rss+xml", code)
        for code in names
        if code in feeds
    ]
    index = feeds.get(locale.language_code)
    articles = NewsFeed(index).items().count() if index else 0
    size = ngettext(
        "%(count)s article in this language’s feed", "%(count)s articles in this language’s feed", articles
    ) % {"count": articles}
    return Dataset(
        slug="news",
        title=_("News of the OCOP office"),
        description=_("The newest news articles of each language, as an RSS feed for news readers."),
        links=links,
        size=size,
        frequency=_("Live: an article appears as soon as it is published."),
    )


def _pages_api(locale, pages):
    products = "?" + urlencode({"type": "catalogue.ProductPage", "fields": "*", "locale": locale.language_code})
    return Dataset(
        slug="api",
        title=_("Wagtail API v2 (read only)"),
        description=_(
            "Every published page in both languages (products, producers, display points, news and the rest) "
            "and the images they show, as JSON. Filter by page type with ?type=, by language with ?locale=, "
            "and ask for every field with ?fields=*."
        ),
        links=[
            Link(_("Pages"), reverse("wagtailapi:pages:listing"), "application/json"),
            Link(
                _("Products in this language, every field"),
                reverse("wagtailapi:pages:listing") + products,
                "application/json",
            ),
            Link(_("Images"), reverse("wagtailapi:images:listing"), "application/json"),
        ],
        size=ngettext("%(count)s published page", "%(count)s published pages", pages) % {"count": pages},
        frequency=_("Live: a page appears as soon as it is published."),
    )


def _sitemap(pages):
    return Dataset(
        slug="sitemap",
        title=_("Sitemap"),
        description=_(
            "Every published page in both languages for search engines, each with links to its translations."
        ),
        links=[Link("sitemap.xml", reverse("sitemap"), "application/xml")],
        size=ngettext("%(count)s address", "%(count)s addresses", pages) % {"count": pages},
        frequency=_("Live: a page appears as soon as it is published."),
    )
