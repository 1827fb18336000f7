"""What the maps' markup needs from the settings (see templates/components/map.html)."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def map_tiles():
    """{"url", "attribution"} of the tile server: settings MAP_TILE_URL and MAP_TILE_ATTRIBUTION."""
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}
