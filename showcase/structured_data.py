"""schema.org structured data (JSON-LD) for product, producer, display point and news pages.

Each builder returns a JSON-LD document: an "@graph" with the page's main
entity (a Product, an Organization, a Store, a NewsArticle) and the WebPage
that carries it, whose inLanguage is the page's locale (inLanguage belongs
to web pages and articles, not to products or organisations). URLs are
absolute. Empty values are left out rather than sent as "".

    {% load structured_data_tags %}{% page_structured_data %}

renders the document of the current page in a <script type="application/ld+json">,
escaped by dumps() so that no text can close the script element.
https://schema.org/docs/full.html
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext, ngettext

from catalogue.models import DisplayPointPage, ProducerPage, ProductPage
from news.models import NewsPage
from showcase.images import rendition

SCHEMA = "https://schema.org"
# The renditions the page templates already ask for, so no new image file is made.
PRODUCT_IMAGE = "fill-1280x960|format-jpeg"
LOGO_IMAGE = "fill-192x192|format-png"
DISPLAY_POINT_IMAGE = "fill-1440x960|format-jpeg"
NEWS_IMAGE = "fill-1440x810|format-jpeg"
DAYS_OF_WEEK = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

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


def _document(entity, page, request, page_type="ItemPage"):
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


def _absolute(url, page, request):
    """`url` on the page's site (its Wagtail Site's root URL), like page.get_full_url()."""
    if not url.startswith("/") or url.startswith("//"):
        return url  # already absolute: media or static files served from another host
    url_parts = page.get_url_parts(request)
    root_url = url_parts[1] if url_parts else None
    return f"{root_url}{url}" if root_url else request.build_absolute_uri(url)


def _image_url(image, spec, page, request):
    if image is None:
        return None
    return _absolute(rendition(image, spec).url, page, request)


def _in_locale(snippet, locale):
    """A taxonomy row (group, province) in `locale`, or itself when it has no translation there."""
    if snippet is None or snippet.locale_id == locale.pk:
        return snippet
    return snippet.get_translation_or_none(locale) or snippet


def _postal_address(page):
    province = _in_locale(page.province, page.locale)
    return {
        "@type": "PostalAddress",
        "streetAddress": page.address,
        "addressRegion": province.name if province else None,
        "addressCountry": "VN",
    }


def _organization_reference(producer, request):
    url = producer.get_full_url(request)
    return {"@type": "Organization", "@id": f"{url}#organization", "name": producer.title, "url": url}


def _certification(certification):
    decision = certification.decision
    active = certification.is_certified
    return {
        "@type": "Certification",
        "name": ngettext("OCOP %(stars)s star", "OCOP %(stars)s stars", certification.stars)
        % {"stars": certification.stars},
        "certificationIdentification": decision.number,
        "issuedBy": {"@type": "Organization", "name": decision.issuer},
        "validFrom": decision.issued_on.isoformat(),
        "expires": certification.valid_until.isoformat(),
        "certificationStatus": f"{SCHEMA}/{'CertificationActive' if active else 'CertificationInactive'}",
        "certificationRating": {"@type": "Rating", "ratingValue": certification.stars, "bestRating": 5},
    }


def product(page, request):
    """A Product: its producer as brand and manufacturer, its newest OCOP certificate if it has one."""
    url = page.get_full_url(request)
    first_photo = page.gallery[0] if page.gallery else None
    image = first_photo.image if first_photo else page.listing_image
    group = _in_locale(page.group, page.locale)
    producer = page.producer
    entity = {
        "@type": "Product",
        "@id": f"{url}#product",
        "name": page.title,
        "url": url,
        "description": page.card_summary,
        "image": _image_url(image, PRODUCT_IMAGE, page, request),
        "category": group.name if group else None,
    }
    if isinstance(producer, ProducerPage):
        entity["brand"] = entity["manufacturer"] = _organization_reference(producer, request)
    certification = page.current_certification
    if certification is not None:
        entity["hasCertification"] = _certification(certification)
    return _document(entity, page, request)


def producer(page, request):
    """An Organization with its address, contacts and website."""
    url = page.get_full_url(request)
    entity = {
        "@type": "Organization",
        "@id": f"{url}#organization",
        "name": page.title,
        "url": url,
        "description": page.card_summary,
        "logo": _image_url(page.logo, LOGO_IMAGE, page, request),
        "address": _postal_address(page),
        "telephone": page.phone,
        "email": page.email,
        "sameAs": [page.website] if page.website else [],
    }
    return _document(entity, page, request, page_type="ProfilePage")


def _opening_hours_specification(intervals):
    """schema.org opening hours; a closing time earlier than the opening one runs past midnight, as here."""
    rows = []
    for interval in sorted(intervals, key=lambda interval: (interval.weekday, interval.opens)):
        if interval.all_day:
            opens, closes = "00:00", "23:59"
        else:
            opens, closes = interval.opens.strftime("%H:%M"), interval.closes.strftime("%H:%M")
        rows.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"{SCHEMA}/{DAYS_OF_WEEK[interval.weekday]}",
                "opens": opens,
                "closes": closes,
            }
        )
    return rows


def display_point(page, request):
    """A Store (a LocalBusiness) with its coordinates and weekly opening hours."""
    url = page.get_full_url(request)
    latitude, longitude = float(page.latitude), float(page.longitude)
    entity = {
        "@type": "Store",
        "@id": f"{url}#place",
        "name": page.title,
        "url": url,
        "description": page.card_summary,
        "image": _image_url(page.listing_image, DISPLAY_POINT_IMAGE, page, request),
        "telephone": page.phone,
        "address": _postal_address(page),
        "geo": {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude},
        "hasMap": f"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}#map=16/{latitude}/{longitude}",
        "openingHoursSpecification": _opening_hours_specification(page.intervals),
    }
    return _document(entity, page, request)


def news_article(page, request):
    """A NewsArticle published by the site."""
    url = page.get_full_url(request)
    home_url = _absolute(reverse("wagtail_serve", args=("",)), page, request)
    entity = {
        "@type": "NewsArticle",
        "@id": f"{url}#article",
        "headline": page.title,
        "url": url,
        "description": page.card_summary,
        "datePublished": page.date.isoformat(),
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
        "inLanguage": page.locale.language_code,
        # The field names an office more often than a person (the provincial OCOP office writes the news).
        "author": {"@type": "Organization", "name": page.author} if page.author else None,
        "image": _image_url(page.lead_image or page.listing_image, NEWS_IMAGE, page, request),
        "publisher": {
            "@type": "Organization",
            "name": gettext("OCOP Vietnam"),
            "url": home_url,
            "logo": {"@type": "ImageObject", "url": _absolute(static("img/lotus.svg"), page, request)},
        },
    }
    return _document(entity, page, request, page_type="WebPage")


BUILDERS = (
    (ProductPage, product),
    (ProducerPage, producer),
    (DisplayPointPage, display_point),
    (NewsPage, news_article),
)


def for_page(page, request):
    """The JSON-LD document of `page`, or None for a page type that has none."""
    for page_class, build in BUILDERS:
        if isinstance(page, page_class):
            return build(page, request)
    return None
