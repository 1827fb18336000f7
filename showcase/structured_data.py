"""schema.org structured data (JSON-LD): what every page type's document shares.

A page type that has a document defines structured_data(request), which
returns a JSON-LD document: an "@graph" with the page's main entity (a
Product, an Organization, a Store, a NewsArticle) and the WebPage that
carries it, whose inLanguage is the page's locale (inLanguage belongs to web
pages and articles, not to products or organisations). URLs are absolute.
Empty values are left out rather than sent as "". The builders live beside
the models they describe (catalogue/structured_data.py, news/structured_data.py)
and are made of the helpers below.

    {% load structured_data_tags %}{% page_structured_data %}

renders the document of the current page in a <script type="application/ld+json">,
escaped by dumps() so that no text can close the script element.
https://schema.org/docs/full.html
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from showcase.images import rendition

SCHEMA = "https://schema.org"

# json.dumps leaves these as they are; inside <script> "</script>" or "<!--"
# would end or derail the element, so they are written as JSON escapes.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(data):
    """JSON text safe to place inside a <script> element, whatever the strings in `data`."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_SAFE)


def _compact(value):
    """`value` without empty strings, None, empty lists and empty objects, at any depth."""
    if isinstance(value, dict):
        items = ((key, _compact(item)) for key, item in value.items())
        return {key: item for key, item in items if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [item for item in map(_compact, value) if item not in (None, "", [], {})]
    return value


def document(entity, page, request, page_type="ItemPage"):
    url = page.get_full_url(request)
    web_page = {
        "@type": page_type,
        "@id": url,
        "url": url,
        "name": page.seo_title or page.title,
        "inLanguage": page.locale.language_code,
        "mainEntity": {"@id": entity["@id"]},
    }
    return {"@context": SCHEMA, "@graph": [_compact(entity), _compact(web_page)]}


def absolute(url, page, request):
    """`url` on the page's site (its Wagtail Site's root URL), like page.get_full_url()."""
    if not url.startswith("/") or url.startswith("//"):
        return url  # already absolute: media or static files served from another host
    url_parts = page.get_url_parts(request)
    root_url = url_parts[1] if url_parts else None
    return f"{root_url}{url}" if root_url else request.build_absolute_uri(url)


def image_url(image, spec, page, request):
    if image is None:
        return None
    return absolute(rendition(image, spec).url, page, request)


def in_locale(snippet, locale):
    """A taxonomy row (group, province) in `locale`, or itself when it has no translation there."""
    if snippet is None or snippet.locale_id == locale.pk:
        return snippet
    return snippet.get_translation_or_none(locale) or snippet


def postal_address(page):
    province = in_locale(page.province, page.locale)
    return {
        "@type": "PostalAddress",
        "streetAddress": page.address,
        "addressRegion": province.name if province else None,
        "addressCountry": "VN",
    }


def for_page(page, request):
    """The JSON-LD document of `page`, or None for a page type that has none."""
    build = getattr(page, "structured_data", None)
    return build(request) if build is not None else None
