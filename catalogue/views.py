"""The catalogue's views outside the page tree: the GeoJSON that feeds the maps."""

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from catalogue import geo
from showcase import page_cache

# Maps and reusers may keep the collection a few minutes; "open now" is no staler than that.
GEOJSON_MAX_AGE = 300


@require_safe
@page_cache.query_parameters("language")
def display_points_geojson(request):
    """Display points and producers of one language: /open-data/display-points.geojson?language=en."""
    languages = [code for code, _name in settings.LANGUAGES]
    language = request.GET.get("language", settings.LANGUAGE_CODE)
    if language not in languages:
        message = _("Unknown language “%(language)s”. Use one of: %(languages)s.") % {
            "language": language,
            "languages": ", ".join(languages),
        }
        return JsonResponse({"error": message}, status=400, json_dumps_params={"ensure_ascii": False})

    response = JsonResponse(
        geo.feature_collection(language, request),
        content_type="application/geo+json",
        json_dumps_params={"ensure_ascii": False},
    )
    # LocaleMiddleware would otherwise label the response with the visitor's language.
    response["Content-Language"] = language
    patch_cache_control(response, public=True, max_age=GEOJSON_MAX_AGE)
    return response
