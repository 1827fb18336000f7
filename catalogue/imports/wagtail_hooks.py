"""The import's admin views and its item in the "OCOP register" menu.

Wagtail only loads <app>/wagtail_hooks.py, so catalogue/wagtail_hooks.py
imports this module.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views

# The "OCOP register" menu group collects the items registered under this hook.
REGISTER_MENU_HOOK = "register_ocop_register_menu_item"


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("import-decision/", views.upload, name="catalogue_import_decision"),
        path("import-decision/<str:token>/", views.preview, name="catalogue_import_decision_preview"),
        path("import-decision/<str:token>/confirm/", views.confirm, name="catalogue_import_decision_confirm"),
        path(
            "import-decision/sample/decision-sample.<str:extension>",
            views.sample,
            name="catalogue_import_decision_sample",
        ),
    ]


class ImportDecisionMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_import(request.user)


@hooks.register(REGISTER_MENU_HOOK)
def register_import_menu_item():
    # After the group's own items (Decisions, Certificates).
    return ImportDecisionMenuItem(
        _("Import a decision"),
        reverse("catalogue_import_decision"),
        name="import-decision",
        icon_name="upload",
        order=900,
    )
