"""The admin for editors and producers: invite button, guards, dashboard panel, audit log."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.admin.views.home import UserObjectsInWorkflowModerationPanel, WorkflowObjectsToModeratePanel
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page

from catalogue import audit, register
from catalogue.models import ProducerPage

from . import views
from .dashboard import PendingInvitationsPanel, ProducerPagesPanel, RecentImportsPanel, admin_locale, producers_of
from .expiry import expired_certificates_still_shown, expiring_certificates
from .explorer import explorer_start_page
from .forms import EditorEmailForm
from .invite import ACCEPT_ACTION, INVITE_ACTION
from .roles import REGISTER_PERMISSION, is_editor
from .visibility import may_edit, may_see_page, sees_everything, visible_images, visible_pages

PANEL_ROWS = 20


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("producers/<int:page_id>/invite/", views.invite_producer_view, name="accounts_invite_producer"),
        # Same paths as wagtail-localize's, matched first: see accounts/views.py.
        path("localize/submit/page/<int:page_id>/", views.guarded_submit_page_translation),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.guarded_submit_snippet_translation,
        ),
        path("localize/update/<int:translation_source_id>/", views.guarded_update_translations),
    ]


# Invite button ----------------------------------------------------------------


class InviteProducerMenuItem(PageMenuItem):
    label = _("Invite producer")
    icon_name = "user"

    @property
    def url(self):
        return reverse("accounts_invite_producer", args=[self.page.pk])

    def is_shown(self, user):
        return is_editor(user)


def invite_button(page, user, priority):
    if issubclass(page.specific_class or Page, ProducerPage) and is_editor(user):
        yield InviteProducerMenuItem(page=page, priority=priority)


@hooks.register("register_page_header_buttons")
def page_header_invite_button(page, user, view_name, next_url=None):
    yield from invite_button(page, user, priority=80)


@hooks.register("register_page_listing_more_buttons")
def page_listing_invite_button(page, user, next_url=None):
    yield from invite_button(page, user, priority=80)


# What a producer may choose ----------------------------------------------------


@hooks.register("construct_page_chooser_queryset")
def producers_choose_published_or_own_pages(pages, request):
    """A producer links to published pages and its own drafts, never another producer's draft."""
    return visible_pages(request.user, pages)


# What a producer sees (accounts/visibility.py) ------------------------------------


class VisibleImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images (/admin/api/main/images/): those the user may choose or edit."""

    def get_queryset(self):
        return visible_images(self.request.user, super().get_queryset())


@hooks.register("construct_admin_api", order=100)  # after wagtail.images registers its own
def admin_api_lists_only_visible_images(router):
    router.register_endpoint("images", VisibleImagesAdminAPIViewSet)


@hooks.register("before_move_page")
def move_only_visible_pages(request, page_to_move, destination):
    """Wagtail's move confirmation names both pages before it checks the move: not someone else's draft."""
    if not (may_edit(request.user, page_to_move) and may_see_page(request.user, destination)):
        raise PermissionDenied


EDITORS_REPORTS = ("wagtailadmin_reports:page_types_usage", "wagtail_localize:translations_report")


@hooks.register("construct_reports_menu")
def hide_editors_reports_from_producers(request, menu_items):
    if not sees_everything(request.user):
        hidden = {reverse(name) for name in EDITORS_REPORTS}
        menu_items[:] = [item for item in menu_items if item.url not in hidden]


# Account settings -------------------------------------------------------------


class EditorEmailSettingsPanel(BaseSettingsPanel):
    """Wagtail's own e-mail field is off (WAGTAIL_EMAIL_MANAGEMENT_ENABLED): an address is what an
    invitation is sent to, so a producer must not set its own. Editors keep theirs here; a producer's
    address is changed by an editor under Settings → Users."""

    name = "ocop_email"
    title = _("E-mail address")
    order = 110
    form_class = EditorEmailForm

    def is_active(self):
        return is_editor(self.user)


@hooks.register("register_account_settings_panel")
def editor_email_settings_panel(request, user, profile):
    return EditorEmailSettingsPanel(request, user, profile)


# Dashboard ------------------------------------------------------------------


class CertificatesToWatchPanel(Component):
    """For editors: certificates expiring in the next 90 days, and expired ones still on a live page."""

    name = "ocop_certificates_to_watch"
    template_name = "accounts/home/certificates_to_watch.html"
    order = 20  # after the pages to moderate, above Wagtail's other panels: the office's to-do list

    def get_context_data(self, parent_context):
        from django.conf import settings

        expiring = expiring_certificates()
        expired = expired_certificates_still_shown()
        return {
            "expiring": list(expiring[:PANEL_ROWS]),
            "expiring_count": expiring.count(),
            "expired": list(expired[:PANEL_ROWS]),
            "expired_count": expired.count(),
            "within_days": settings.OCOP_EXPIRING_WITHIN_DAYS,
            "today": register.local_today(),
            "certificates_url": reverse("wagtailsnippets_catalogue_certification:list"),
        }


@hooks.register("construct_homepage_panels")
def dashboard_by_role(request, panels):
    """Each role's next steps first (accounts/dashboard.py)."""
    user = request.user
    if is_editor(user):
        for panel in panels:
            if isinstance(panel, WorkflowObjectsToModeratePanel):
                panel.order = 10  # what producers are waiting for
        panels.extend([RecentImportsPanel(), PendingInvitationsPanel()])
    if user.has_perm(REGISTER_PERMISSION):
        panels.append(CertificatesToWatchPanel())
    if not is_editor(user):
        producers = producers_of(user, admin_locale(user))
        if producers:
            # The producer's own panel shows each page's moderation state already.
            panels[:] = [panel for panel in panels if not isinstance(panel, UserObjectsInWorkflowModerationPanel)]
            panels.append(ProducerPagesPanel(producers))


# The explorer -----------------------------------------------------------------


class OwnPageExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's "Pages" menu, opening at a producer's own page (accounts/explorer.py) instead of the root."""

    def get_context(self, request):
        context = super().get_context(request)
        start = explorer_start_page(request.user)
        if start is not None:
            context["start_page_id"] = start.pk
        return context

    def render_component(self, request):
        start = explorer_start_page(request.user)
        if start is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name, self.label, self.url, start.pk, icon_name=self.icon_name, classname=self.classname
        )


@hooks.register("construct_main_menu")
def explorer_opens_at_own_page(request, menu_items):
    menu_items[:] = [
        OwnPageExplorerMenuItem(
            item.label,
            item.url,
            name=item.name,
            classname=item.classname,
            icon_name=item.icon_name,
            attrs=item.attrs,
            order=item.order,
        )
        if type(item) is ExplorerMenuItem
        else item
        for item in menu_items
    ]


# Audit log --------------------------------------------------------------------


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(audit.CERTIFICATES_CHANGED)(audit.CertificatesChangedFormatter)
    actions.register_action(INVITE_ACTION, _("Invite producer"), _("Producer invited"))
    actions.register_action(ACCEPT_ACTION, _("Accept producer invitation"), _("Producer invitation accepted"))
    actions.register_action(audit.DECISION_IMPORTED, _("Import a decision"), _("Decision imported"))


@hooks.register("before_edit_snippet")
def remember_certificates_before_edit(request, instance):
    audit.remember(request, [instance])


@hooks.register("after_edit_snippet")
def log_certificates_after_edit(request, instance):
    audit.record(request, [instance])


@hooks.register("after_create_snippet")
def log_certificates_after_create(request, instance):
    audit.record(request, [instance])


@hooks.register("before_delete_snippet")
def remember_certificates_before_delete(request, instances):
    if request.method == "POST":
        audit.remember(request, instances)
        audit.record_deletion(request, instances)


@hooks.register("after_delete_snippet")
def log_certificates_after_delete(request, instances):
    audit.record(request, instances, deleted=True)
