"""Misuse reports in the admin: a listing for editors with filters, the photos, a dashboard panel.

Only users with the report permissions (the Editors group, given them by
misuse/migrations/0002_editors_read_reports.py, and superusers) see the menu,
the reports and their photos; producers have page permissions only, so the
admin answers them 403. Nobody adds a report in the admin: reports come from
visitors (misuse/views.py).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import MisuseReport, ReportStatus

PANEL_ROWS = 10
VIEW_PERMISSION = "misuse.view_misusereport"


class ReportPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, except that nobody adds a report in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return super().users_with_any_permission(["add"]).none()
        return super().users_with_any_permission(actions)


register_permission_policy(MisuseReport, ReportPermissionPolicy(MisuseReport))


class MisuseReportViewSet(SnippetViewSet):
    model = MisuseReport
    icon = "warning"
    menu_label = _("Misuse reports")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        Column("pk", label="#"),
        Column("get_kind_display", label=_("What was seen")),
        Column("where_seen", label=_("Where it was seen")),
        Column("product", label=_("Product")),
        Column("get_status_display", label=_("Status")),
        DateColumn("created_at", label=_("Received")),
    ]
    list_filter = ["status", "kind", "created_at"]
    search_fields = ["where_seen", "description"]
    ordering = ["-created_at", "-pk"]
    copy_view_enabled = False
    inspect_view_enabled = True

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("kind", read_only=True),
                FieldPanel("where_seen", read_only=True),
                FieldPanel("description", read_only=True),
                FieldPanel("product", read_only=True),
                FieldPanel("certification", read_only=True),
                FieldPanel("contact", read_only=True),
                FieldPanel("created_at", read_only=True),
                HelpPanel(template="misuse/admin/photos_panel.html", heading=_("Photos")),
            ],
            heading=_("What the visitor reported"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("editor_note")], heading=_("What the office found")),
    ]

    def get_queryset(self, request):
        return MisuseReport.objects.select_related("product", "certification")


register_snippet(MisuseReportViewSet)


@hooks.register("register_admin_urls")
def register_photo_url():
    return [path("misuse/photos/<int:photo_id>/", admin_views.photo, name="misuse_report_photo")]


class NewReportsPanel(Component):
    """For editors: reports not dealt with yet (new, and being checked), newest first."""

    name = "ocop_misuse_reports"
    template_name = "misuse/admin/new_reports_panel.html"
    order = 15  # right after the pages to moderate: a fake on sale is urgent

    def get_context_data(self, parent_context):
        open_reports = MisuseReport.objects.filter(status__in=[ReportStatus.NEW, ReportStatus.CHECKING])
        listing_url = reverse("wagtailsnippets_misuse_misusereport:list")
        return {
            "reports": list(open_reports.select_related("product")[:PANEL_ROWS]),
            "new_count": open_reports.filter(status=ReportStatus.NEW).count(),
            "open_count": open_reports.count(),
            "listing_url": listing_url,
            "new_url": f"{listing_url}?status={ReportStatus.NEW}",
        }


@hooks.register("construct_homepage_panels")
def misuse_reports_panel(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(NewReportsPanel())
