"""The admin's date field in the editor's own language: 28/08/2025 in Vietnamese.

Wagtail's date picker takes one format for everyone (WAGTAIL_DATE_FORMAT, ISO
by default) when the form class is built. This one reads the active
language's first DATE_INPUT_FORMATS (showcase/formats/) each time it renders,
and the form field parses with that language's list, so a Vietnamese editor
reads and types dd/mm/yyyy, as decisions are dated.
"""

from django import forms
from django.utils.formats import get_format
from wagtail.admin.datetimepicker import to_datetimepicker_format
from wagtail.admin.widgets import AdminDateInput


class LocalisedAdminDateInput(AdminDateInput):
    def __init__(self, attrs=None, format=None):
        super().__init__(attrs=attrs, format=format)
        # None: Django formats the value with the active language's first input format.
        self.format = format

    @property
    def js_format(self):
        return to_datetimepicker_format(self.format or get_format("DATE_INPUT_FORMATS")[0])

    @js_format.setter
    def js_format(self, value):
        """Wagtail sets one format at construction; the property above follows the language instead."""


class SearchableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes with a search box above them that hides the choices not matching what is typed.

    For lists too long to scan (the display points of a province): typing "dong thap"
    finds "Trạm dừng chân Đồng Tháp Mười", tone marks or not (static/js/admin-choice-filter.js).
    Without JavaScript it is the plain list of checkboxes.
    """

    template_name = "showcase/widgets/searchable_checkboxes.html"

    class Media:
        js = ["js/admin-choice-filter.js"]
