"""The places on the maps as GeoJSON (RFC 7946): display points and producers.

One FeatureCollection per language: each live display point of that locale,
and each live producer that has coordinates, as a Point feature whose
properties say what a map popup or a reuser needs (name, page URL, address,
province, kind and, for a display point, whether it is open now). Built in a
fixed number of queries however many places there are.
"""

from django.db.models import Q
from django.utils import translation

from catalogue.models import DisplayPointPage, ProducerPage, Province

DISPLAY_POINT = "display_point"
PRODUCER = "producer"

# A DecimalField(max_digits=9, decimal_places=6) holds up to ±999.999999, so a
# typing slip could put a place off the globe; such a place is left off the map.
ON_THE_GLOBE = Q(latitude__gte=-90, latitude__lte=90, longitude__gte=-180, longitude__lte=180)


def display_points_for_map(language_code):
    """Live, public display points of the locale, with what their features need."""
    return (
        DisplayPointPage.objects.live()
        .public()
        .filter(ON_THE_GLOBE, locale__language_code=language_code)
        .select_related("province")
        .prefetch_related("opening_hours")
        .order_by("title", "pk")
    )


def producers_for_map(language_code):
    """Live, public producers of the locale that have coordinates."""
    return (
        ProducerPage.objects.live()
        .public()
        .filter(ON_THE_GLOBE, locale__language_code=language_code)
        .select_related("province")
        .order_by("title", "pk")
    )


def province_names(pages, language_code):
    """{province pk: name in `language_code`} for the provinces of `pages`, in one query.

    A page's province may still be the Vietnamese row when the province has no
    translation; its own name is then the best there is.
    """
    provinces = {page.province.pk: page.province for page in pages}
    translated = dict(
        Province.objects.filter(
            translation_key__in={province.translation_key for province in provinces.values()},
            locale__language_code=language_code,
        ).values_list("translation_key", "name")
    )
    return {pk: translated.get(province.translation_key, province.name) for pk, province in provinces.items()}


def point_geometry(page):
    """GeoJSON puts longitude first."""
    return {"type": "Point", "coordinates": [float(page.longitude), float(page.latitude)]}


def display_point_feature(point, province_name, request=None):
    return {
        "type": "Feature",
        "id": point.pk,
        "geometry": point_geometry(point),
        "properties": {
            "kind": DISPLAY_POINT,
            "name": point.title,
            "url": point.get_url(request),
            "address": point.address,
            "province": province_name,
            "kind_label": str(point.get_kind_display()),
            "open_now": point.is_open_now,
            "facilities": list(point.facilities),
        },
    }


def producer_feature(producer, province_name, request=None):
    return {
        "type": "Feature",
        "id": producer.pk,
        "geometry": point_geometry(producer),
        "properties": {
            "kind": PRODUCER,
            "name": producer.title,
            "url": producer.get_url(request),
            "address": producer.address,
            "province": province_name,
            "kind_label": str(producer.get_kind_display()),
        },
    }


def feature_collection(language_code, request=None):
    """The display points, then the producers, of one language as a FeatureCollection.

    Labels (the kinds) are in `language_code` whatever language the request
    came in with; "open now" is computed at the time of the call.
    """
    with translation.override(language_code):
        points = list(display_points_for_map(language_code))
        producers = list(producers_for_map(language_code))
        names = province_names([*points, *producers], language_code)
        features = [display_point_feature(point, names[point.province_id], request) for point in points]
        features += [producer_feature(producer, names[producer.province_id], request) for producer in producers]
    return {"type": "FeatureCollection", "features": features}
