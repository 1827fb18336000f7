from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ShowcaseConfig(AppConfig):
    name = "showcase"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.admin.views.mixins import SpreadsheetExportMixin

        from .site_address import apply_site_url_after_migrate
        from .spreadsheets import spreadsheet_safe

        # Once per migrate (sender=self), after every app's migrations have run.
        post_migrate.connect(apply_site_url_after_migrate, sender=self, dispatch_uid="showcase_apply_site_url")

        # Every CSV and XLSX export of the admin (reports such as locked pages,
        # aging pages and site history, snippet and redirect listings, search
        # terms) prepares each cell in this one method; page titles and search
        # terms in them come from producers and visitors.
        preprocess = SpreadsheetExportMixin.preprocess_field_value

        def preprocess_safely(view, field, value, export_format):
            return spreadsheet_safe(preprocess(view, field, value, export_format))

        SpreadsheetExportMixin.preprocess_field_value = preprocess_safely
