from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ShowcaseConfig(AppConfig):
    name = "showcase"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .site_address import apply_site_url_after_migrate

        # Once per migrate (sender=self), after every app's migrations have run.
        post_migrate.connect(apply_site_url_after_migrate, sender=self, dispatch_uid="showcase_apply_site_url")
