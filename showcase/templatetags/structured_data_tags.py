"""schema.org JSON-LD in a page's <head> (see showcase/structured_data.py)."""

from django import template
from django.utils.safestring import mark_safe

from showcase import structured_data

register = template.Library()


@register.filter
def json_ld(data):
    """`data` as a <script type="application/ld+json"> element; "" for no data.

    A data block, not a script, so a Content-Security-Policy without
    'unsafe-inline' allows it; dumps() escapes <, > and & so that no value
    (a title containing "</script>", say) can end the element early.
    """
    if not data:
        return ""
    return mark_safe(f'<script type="application/ld+json">{structured_data.dumps(data)}</script>')


@register.simple_tag(takes_context=True)
def page_structured_data(context):
    """The JSON-LD of the current page (product, producer, display point or news article), or ""."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None:
        return ""
    return json_ld(structured_data.for_page(page, request))
