from django.apps import AppConfig


class ShowcaseConfig(AppConfig):
    name = "showcase"

    def ready(self):
        from wagtail.admin.views.mixins import SpreadsheetExportMixin

        from .spreadsheets import spreadsheet_safe

        # Every CSV and XLSX export of the admin (reports such as locked pages,
        # aging pages and site history, snippet and redirect listings, search
        # terms) prepares each cell in this one method; page titles and search
        # terms in them come from producers and visitors.
        preprocess = SpreadsheetExportMixin.preprocess_field_value

        def preprocess_safely(view, field, value, export_format):
            return spreadsheet_safe(preprocess(view, field, value, export_format))

        SpreadsheetExportMixin.preprocess_field_value = preprocess_safely
