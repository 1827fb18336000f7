"""schema.org JSON-LD of product, producer and display point pages (see showcase/structured_data.py).

https://schema.org/Product, https://schema.org/Organization, https://schema.org/Store
"""

from django.utils.translation import ngettext

from showcase import structured_data
from showcase.structured_data import SCHEMA

# The renditions the page templates already ask for, so no new image file is made.
PRODUCT_IMAGE = "fill-1280x960|format-jpeg"
LOGO_IMAGE = "fill-192x192|format-png"
DISPLAY_POINT_IMAGE = "fill-1440x960|format-jpeg"
DAYS_OF_WEEK = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


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
    group = structured_data.in_locale(page.group, page.locale)
    producer = page.producer
    entity = {
        "@type": "Product",
        "@id": f"{url}#product",
        "name": page.title,
        "url": url,
        "description": page.card_summary,
        "image": structured_data.image_url(image, PRODUCT_IMAGE, page, request),
        "category": group.name if group else None,
    }
    if producer is not None:
        entity["brand"] = entity["manufacturer"] = _organization_reference(producer, request)
    certification = page.current_certification
    if certification is not None:
        entity["hasCertification"] = _certification(certification)
    return structured_data.document(entity, page, request)


def producer(page, request):
    """An Organization with its address, contacts and website."""
    url = page.get_full_url(request)
    entity = {
        "@type": "Organization",
        "@id": f"{url}#organization",
        "name": page.title,
        "url": url,
        "description": page.card_summary,
        "logo": structured_data.image_url(page.logo, LOGO_IMAGE, page, request),
        "address": structured_data.postal_address(page),
        "telephone": page.phone,
        "email": page.email,
        "sameAs": [page.website] if page.website else [],
    }
    return structured_data.document(entity, page, request, page_type="ProfilePage")


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
        "image": structured_data.image_url(page.listing_image, DISPLAY_POINT_IMAGE, page, request),
        "telephone": page.phone,
        "address": structured_data.postal_address(page),
        "geo": {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude},
        "hasMap": f"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}#map=16/{latitude}/{longitude}",
        "openingHoursSpecification": _opening_hours_specification(page.intervals),
    }
    return structured_data.document(entity, page, request)
