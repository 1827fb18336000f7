"""Template tags of the catalogue's pages and cards: taxonomy names, certificate statuses, opening hours.

What every page shares (navigation, language links, dates, numbers) is in
showcase_tags; a template that needs both loads both.
"""

from django import template
from django.utils import translation

from catalogue import register as register_rules
from catalogue.models.taxonomy import cached_taxonomy
from catalogue.register import CertificateStatus
from showcase.templatetags.showcase_tags import current_page

register = template.Library()


# Taxonomy names in the visitor's language ------------------------------------


def _taxonomy_names(context):
    """{("group" | "province", pk): name in the active language}, from the cached taxonomy."""
    request = context.get("request")
    language = translation.get_language()
    cache_name = f"_catalogue_taxonomy_{language}"
    names = getattr(request, cache_name, None)
    if names is not None:
        return names
    taxonomy = cached_taxonomy()
    rows = [
        (kind, row.pk, row.translation_key, row.locale.language_code, row.name)
        for kind, table in (("group", taxonomy.groups), ("province", taxonomy.provinces))
        for row in table
    ]
    preferred = {(kind, key): name for kind, _pk, key, code, name in rows if code == language}
    names = {(kind, pk): preferred.get((kind, key), name) for kind, pk, key, _code, name in rows}
    if request is not None:
        setattr(request, cache_name, names)
    return names


def _localized_name(context, owner, field_name, kind):
    """The name of `owner`'s `field_name` (a group or province) in the visitor's language.

    When the related row is already loaded and in the page's locale, it is used
    as it is; otherwise the name comes from _taxonomy_names.
    """
    if owner is None:
        return ""
    field = owner._meta.get_field(field_name)
    pk = getattr(owner, field.attname, None)
    if not pk:
        return ""
    page = current_page(context)
    if page is not None and field.is_cached(owner):
        row = getattr(owner, field_name)
        if row.locale_id == page.locale_id:
            return row.name
    return _taxonomy_names(context).get((kind, pk), "")


@register.simple_tag(takes_context=True)
def group_name(context, owner, field_name="group"):
    """A product's group (or, with "subgroup", its sub-group) in the visitor's language."""
    return _localized_name(context, owner, field_name, "group")


@register.simple_tag(takes_context=True)
def province_name(context, owner):
    """The province of a producer or display point in the visitor's language."""
    return _localized_name(context, owner, "province", "province")


# Certificates ----------------------------------------------------------------


@register.filter
def status_label(status):
    """valid → "Valid", expiring → "Expiring soon", … (translated)."""
    try:
        return CertificateStatus(status).label
    except ValueError:
        return ""


@register.filter
def is_certified(status):
    """Whether a product with this certificate status may be presented as certified."""
    try:
        return CertificateStatus(status).is_certified
    except ValueError:
        return False


# Opening hours ---------------------------------------------------------------


@register.simple_tag
def local_weekday():
    """Today's weekday (0 = Monday) in the site's time zone, to highlight today's opening hours."""
    return register_rules.local_today().weekday()
