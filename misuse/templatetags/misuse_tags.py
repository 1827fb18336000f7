from django import template

register = template.Library()


@register.filter
def described(bound_field, extra=""):
    """The widget, aria-describedby naming its help (or `extra`, shared by several fields) and errors.

    With errors, also aria-invalid.
    """
    own_help = [f"{bound_field.auto_id}-help"] if bound_field.help_text else []
    ids = [extra] if extra else own_help
    ids += [f"{bound_field.auto_id}-error-{number}" for number in range(1, len(bound_field.errors) + 1)]
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)
