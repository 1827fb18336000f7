"""{% picture %} as Wagtail's, with its filters parsed once per template instead of on every render.

Wagtail's picture tag builds its Filter objects from the spec on each render,
and each Filter inspects its operations' signatures when first asked for a
cache key: in a listing of 24 cards, about half the time the pictures take.
The specs are literals in the template, so the Filters are made when the
template is compiled and reused, with everything they worked out, by every
render after. Load this library after wagtailimages_tags.
"""

from django import template
from wagtail.images.templatetags import wagtailimages_tags

register = template.Library()


@register.tag
def picture(parser, token):
    node = wagtailimages_tags.image(parser, token)
    filters = node.get_filters()
    node.get_filters = lambda: filters
    return node
