"""Template tags shared by every page: navigation, language switching and formatting.

The navigation and the language switcher run on every page, so each costs a
fixed, small number of queries: the tree paths of the home pages come from
Wagtail's cached site root paths, never from walking the tree.
"""

import datetime

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext, ngettext
from wagtail.models import Page, Site, get_page_models

from showcase import sharing

register = template.Library()


# Where we are ----------------------------------------------------------------


def _site_root_paths(request):
    """The cached (site_id, root_path, root_url, language_code) rows of the current site."""
    site = Site.find_for_request(request) if request else None
    return [row for row in Site.get_site_root_paths() if site is None or row.site_id == site.pk]


def _home_url_path(request, language_code):
    """The url_path of the home page in `language_code`, or None if that locale has none."""
    for row in _site_root_paths(request):
        if row.language_code == language_code:
            return row.root_path
    return None


def _home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=("",))


def current_page(context):
    """The Wagtail page being rendered, or None for a view that is not a page (the apps' tag libraries use it too)."""
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


def _page_chrome(context):
    """What the header needs from the tree, in one query per request.

    Returns (home_children, translations, ancestor_translations): the live
    children of the active locale's home page in tree order, {language_code:
    page} for the live translations of the current page, and {language_code:
    page} for the closest live translation of one of its ancestors (where the
    switcher leads when the page itself is not translated). All three come from
    a single query because they are asked for on every page.
    """
    request = context.get("request")
    language = translation.get_language()
    page = current_page(context)
    cache_name = f"_showcase_chrome_{language}_{page.pk if page else 0}"
    chrome = getattr(request, cache_name, None)
    if chrome is not None:
        return chrome

    conditions = Q(pk__in=[])
    root_path = _home_url_path(request, language)
    if root_path is not None:
        # A home page sits at url_path "/slug/", its children one level below.
        depth = root_path.count("/") + 1
        conditions |= Q(url_path__startswith=root_path, depth=depth)
    if page is not None:
        conditions |= Q(translation_key=page.translation_key) & ~Q(pk=page.pk)
        ancestor_keys = page.get_ancestors().filter(depth__gt=1).values("translation_key")
        conditions |= Q(translation_key__in=ancestor_keys) & ~Q(locale_id=page.locale_id)
    rows = list(Page.objects.live().filter(conditions).select_related("locale").order_by("path"))

    home_children = [row for row in rows if root_path is not None and row.url_path.startswith(root_path)]
    home_children = [row for row in home_children if row.depth == root_path.count("/") + 1]
    translations, ancestor_translations = {}, {}
    if page is not None:
        for row in rows:
            code = row.locale.language_code
            if row.translation_key == page.translation_key and row.pk != page.pk:
                translations[code] = row
            elif row.locale_id != page.locale_id and row.depth < page.depth:
                # Rows come in tree order, so the last one seen is the deepest ancestor.
                ancestor_translations[code] = row
    chrome = (home_children, translations, ancestor_translations)
    if request is not None:
        setattr(request, cache_name, chrome)
    return chrome


def _home_children(context):
    return _page_chrome(context)[0]


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live, show-in-menus children of the active locale's home page, in tree order.

    Returns [{"page", "url", "active"}]; "active" marks the section the current
    page is in. Shares its one query with language_links, section_urls,
    footer_links and breadcrumb_trail.
    """
    request = context.get("request")
    current_path = getattr(context.get("page"), "url_path", "")
    return [
        {"page": item, "url": item.get_url(request), "active": current_path.startswith(item.url_path)}
        for item in _home_children(context)
        if item.show_in_menus
    ]


@register.simple_tag(takes_context=True)
def section_urls(context):
    """{model name: URL} of the home page's children, e.g. sections.productindexpage."""
    request = context.get("request")
    urls = {}
    for item in _home_children(context):
        model = ContentType.objects.get_for_id(item.content_type_id).model
        urls.setdefault(model, item.get_url(request))
    return urls


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer's links: the menu's sections and every plain content page (about, open data…).

    A page type is a plain content page when it sets listed_in_footer (home.StandardPage).
    """
    request = context.get("request")
    in_footer = [model for model in get_page_models() if getattr(model, "listed_in_footer", False)]
    footer_types = {content_type.pk for content_type in ContentType.objects.get_for_models(*in_footer).values()}
    return [
        {"page": item, "url": item.get_url(request)}
        for item in _home_children(context)
        if item.show_in_menus or item.content_type_id in footer_types
    ]


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page, *known):
    """The ancestors of `page` below the home page, top down, excluding the page itself.

    The sections come from the header's query and `known` pages (such as a
    product's producer, already in the context) fill the levels below, so the
    usual trail costs no query; anything deeper falls back to one.
    """
    if not isinstance(page, Page) or not page.pk:
        return []
    candidates = [*_home_children(context), *(p for p in known if isinstance(p, Page))]
    by_depth = {
        candidate.depth: candidate
        for candidate in candidates
        if page.path.startswith(candidate.path) and candidate.depth < page.depth
    }
    root_path = _home_url_path(context.get("request"), translation.get_language())
    home_depth = root_path.count("/") if root_path else 2  # "/home/" is at depth 2, under the root
    wanted = range(home_depth + 1, page.depth)
    if all(depth in by_depth for depth in wanted):
        return [by_depth[depth] for depth in wanted]
    return list(page.get_ancestors().filter(depth__gt=home_depth))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per site language: {"code", "name", "url", "current", "translated", "fallback"}.

    A view that is not a page passes `language_urls` ({code: URL}) in its context.

    A language links to the current page's translation when it is live. When it
    is not, it links to the closest ancestor that is translated ("fallback" is
    that page, so the switcher can say where it leads), or to that language's
    home page. "translated" tells whether the link is the same page, for hreflang
    alternates. The fallback comes from the header's one query (_page_chrome).
    """
    request = context.get("request")
    current_language = translation.get_language()
    page = current_page(context)
    _home_children, translations, ancestor_translations = _page_chrome(context)
    # A view that is not a Wagtail page (search, certificate verification) gives
    # its own URL in each language.
    view_urls = context.get("language_urls") or {}

    links = []
    for code, name in settings.LANGUAGES:
        link = {"code": code, "name": name, "current": code == current_language, "translated": True, "fallback": None}
        if code in view_urls:
            link["url"] = view_urls[code]
        elif link["current"]:
            link["url"] = page.get_url(request) if page else (request.path if request else _home_url(code))
        elif code in translations:
            link["url"] = translations[code].get_url(request)
        else:
            link["translated"] = False
            fallback = ancestor_translations.get(code)
            if fallback is not None:
                link["url"] = fallback.get_url(request)
                link["fallback"] = fallback
            else:
                link["url"] = _home_url(code)
            with translation.override(code):
                link["notice"] = _untranslated_notice(name, fallback)
        links.append(link)
    return links


def _untranslated_notice(language_name, fallback):
    """What the switcher says, in the other language, when this page has no translation in it."""
    if fallback is not None:
        return gettext(
            "This page is not available in %(language)s yet. The %(language)s link leads to the closest page "
            "that is: “%(title)s”."
        ) % {"language": language_name, "title": fallback.title}
    return gettext("This page is not available in %(language)s yet. The %(language)s link leads to the home page.") % {
        "language": language_name
    }


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """[(hreflang, absolute URL)]: each translation of the page, and x-default (the Vietnamese one).

    Only real translations are listed: a fallback to another page is not an alternate.
    """
    request = context.get("request")
    links = [link for link in language_links(context) if link["translated"]]
    if not links or request is None:
        return []
    alternates = [(link["code"], request.build_absolute_uri(link["url"])) for link in links]
    default = dict(alternates).get(settings.LANGUAGE_CODE)
    if default:
        alternates.append(("x-default", default))
    return alternates


# Shared links (showcase/sharing.py) -------------------------------------------


@register.inclusion_tag("components/open_graph.html", takes_context=True)
def open_graph_tags(context):
    """Open Graph and Twitter card tags for the page (or the view) being rendered."""
    request = context.get("request")
    language = translation.get_language() or settings.LANGUAGE_CODE
    page = current_page(context)
    graph = sharing.open_graph(page, request, language)
    alternates = [
        sharing.OG_LOCALES.get(link["code"], link["code"])
        for link in language_links(context)
        if link["translated"] and not link["current"]
    ]
    site_name = gettext("OCOP Vietnam")
    if context.get("og_title"):
        title = context["og_title"]
    elif page is not None:
        title = page.seo_title or page.title
    else:
        title = site_name
    description = (
        context.get("og_description")
        or (page is not None and (page.search_description or getattr(page, "listing_summary", "")))
        or gettext(
            "Vietnam’s OCOP products, the producers who make them and the places that sell them, "
            "with their certificates."
        )
    )
    return {
        "og": graph,
        "title": title,
        "description": description,
        "site_name": site_name,
        "locale_alternates": alternates,
    }


@register.simple_tag(takes_context=True)
def share_links(context):
    """[(network, URL)]: Facebook's and Zalo's share pages for the current page's canonical URL."""
    request = context.get("request")
    page = current_page(context)
    if page is None:
        return []
    return sharing.share_links(page.get_full_url(request) or request.build_absolute_uri(page.get_url(request)))


# Certificates ----------------------------------------------------------------


@register.filter
def star_glyphs(stars):
    """3 → "★★★"."""
    try:
        return "★" * int(stars)
    except (TypeError, ValueError):
        return ""


def _stars(stars):
    try:
        return int(stars)
    except (TypeError, ValueError):
        return None


@register.filter
def ocop_stars_label(stars):
    """4 → "OCOP 4 sao" / "OCOP 4 stars": a star badge's name (a filter, as cheap as the badge is common)."""
    count = _stars(stars)
    if count is None:
        return ""
    return ngettext("OCOP %(stars)s star", "OCOP %(stars)s stars", count) % {"stars": count}


@register.filter
def stars_label(stars):
    """4 → "4 sao" / "4 stars"."""
    count = _stars(stars)
    if count is None:
        return ""
    return ngettext("%(stars)s star", "%(stars)s stars", count) % {"stars": count}


@register.filter
def next_day(day):
    """The day after `day`: a certificate valid until the 4th has expired on the 5th."""
    if isinstance(day, datetime.date):
        return day + datetime.timedelta(days=1)
    return day


# Dates -----------------------------------------------------------------------


@register.filter
def local_date(day):
    """A date as the visitor's language writes it: "28/12/2023" or "28 December 2023".

    The formats are the languages' DATE_FORMAT in showcase/formats/.
    """
    if not isinstance(day, datetime.date):
        return ""
    return date_format(day, "DATE_FORMAT")


# Numbers ---------------------------------------------------------------------


def _whole_number(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@register.filter
def number(value):
    """A whole number grouped as the visitor's language does: 1.470 or 1,470."""
    value = _whole_number(value)
    return "" if value is None else number_format(value, force_grouping=True)


@register.filter
def vnd(amount):
    """A price in đồng as the visitor's language writes it: "120.000 ₫" or "VND 120,000"."""
    amount = _whole_number(amount)
    if amount is None:
        return ""
    grouped = number_format(amount, force_grouping=True)
    if translation.get_language() == "vi":
        # A no-break space keeps the amount and its symbol on one line.
        return grouped + "\u00a0₫"
    return "VND\u00a0" + grouped


@register.filter
def vnd_million(millions):
    """A sum given in millions of đồng, as reports write it: "1.470 triệu đồng" or "VND 1,470 million"."""
    millions = _whole_number(millions)
    if millions is None:
        return ""
    grouped = number_format(millions, force_grouping=True)
    if translation.get_language() == "vi":
        return grouped + "\u00a0triệu đồng"
    return f"VND\u00a0{grouped} million"


# Paging ----------------------------------------------------------------------


@register.simple_tag
def elided_pages(page_obj, on_each_side=1, on_ends=1):
    """The page numbers to show around the current one, with Paginator.ELLIPSIS for gaps."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=on_each_side, on_ends=on_ends))


@register.simple_tag(takes_context=True)
def page_url(context, number, builder=None):
    """The URL of page `number` of a listing.

    With a `builder` that has page_url(n) (the catalogue), it decides; otherwise
    the current query string is kept (e.g. ?tag=) and only "page" changes.
    """
    if builder is not None and hasattr(builder, "page_url"):
        return builder.page_url(number)
    request = context.get("request")
    params = request.GET.copy() if request else QueryDict(mutable=True)
    params["page"] = number
    return "?" + params.urlencode()


@register.filter
def is_ellipsis(value):
    return value == Paginator.ELLIPSIS


@register.simple_tag
def catalogue_url(catalogue, **changes):
    """The catalogue's URL with some filters changed: {% catalogue_url catalogue status=None %}."""
    return catalogue.url(**changes)


@register.simple_tag
def active_filter_count(catalogue):
    """How many filter values are on (two star levels count as two)."""
    return sum(len(value) if isinstance(value, list) else 1 for value in catalogue.selected.values())
