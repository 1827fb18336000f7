"""The footer's link to the open data page."""

from django import template

from showcase.templatetags.showcase_tags import _home_children

from ..models import OpenDataPage

register = template.Library()


@register.simple_tag(takes_context=True)
def open_data_link(context):
    """{"title", "url"} of the active language's open data page, or None.

    Taken from the home page's children the header has already read, so it
    costs no query. A page shown in the menus is in the footer already.
    """
    for page in _home_children(context):
        if page.specific_class is OpenDataPage and not page.show_in_menus:
            return {"title": page.title, "url": page.get_url(context.get("request"))}
    return None
