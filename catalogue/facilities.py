"""What a traveller finds at a display point: parking, toilets, food, card payments...

A display point's facilities are a multiple choice stored in one text column as
",parking,toilets," (each value between commas), so that "has parking" is a plain
`facilities__contains=",parking,"` on SQLite and PostgreSQL alike, and a filter on
several facilities is one WHERE clause however many display points there are.
The values are synchronised across translations: they are facts, not words.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Facility(models.TextChoices):
    PARKING = "parking", _("Parking")
    TOILETS = "toilets", _("Toilets")
    FOOD = "food", _("Food and drink")
    CARD_PAYMENT = "card_payment", _("Card payments")
    ACCESSIBLE = "accessible", _("Step-free entrance")
    EV_CHARGING = "ev_charging", _("EV charging")


SEPARATOR = ","


def as_list(value):
    """The facilities as a list of known values, in the order of Facility, from a list or the stored text."""
    if not value:
        return []
    if isinstance(value, str):
        value = value.split(SEPARATOR)
    chosen = set(value)
    return [facility for facility in Facility.values if facility in chosen]


class FacilitiesField(models.CharField):
    """A multiple choice of Facility values, kept as ",a,b," text (a list in Python)."""

    description = "A set of facilities"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return as_list(value)

    def to_python(self, value):
        if isinstance(value, list | tuple | set):
            unknown = set(value) - set(Facility.values)
            if unknown:
                raise ValidationError(_("Unknown facility: %(value)s") % {"value": ", ".join(sorted(unknown))})
        return as_list(value)

    def get_prep_value(self, value):
        values = as_list(value)
        return f"{SEPARATOR}{SEPARATOR.join(values)}{SEPARATOR}" if values else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        # The choices are checked by to_python; CharField's own checks would see a list.
        pass

    def run_validators(self, value):
        pass

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": Facility.choices,
            "widget": forms.CheckboxSelectMultiple,
            "required": False,
        }
        defaults.update(kwargs)
        # CharField.formfield would pass max_length to a field that has no such argument.
        return models.Field.formfield(self, **defaults)


def having(facilities, field="facilities"):
    """A Q for the display points that have every one of `facilities`."""
    condition = Q()
    for facility in as_list(facilities):
        condition &= Q(**{f"{field}__contains": f"{SEPARATOR}{facility}{SEPARATOR}"})
    return condition
