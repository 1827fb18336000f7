from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MisuseConfig(AppConfig):
    name = "misuse"
    verbose_name = _("Misuse reports")
    default_auto_field = "django.db.models.BigAutoField"
