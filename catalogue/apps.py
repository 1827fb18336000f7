from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("OCOP catalogue")

    def ready(self):
        from showcase.collation import register_sqlite_collation

        from . import signals

        connection_created.connect(register_sqlite_collation, dispatch_uid="vietnamese_collation")
        signals.connect()
