"""The admin for editors and producers: invite button, guards, dashboard panel, audit log."""

from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from catalogue import register
from catalogue.models import ProducerPage

from . import audit, views
from .expiry import expired_certificates_still_shown, expiring_certificates
from .invite import INVITE_ACTION
from .roles import REGISTER_PERMISSION, is_editor

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
    user = request.user
    if user.is_superuser or is_editor(user):
        return pages
    own = Q()
    for page_permission in user_page_permissions(user):
        own |= Q(path__startswith=page_permission.page.path)
    return pages.filter(Q(live=True) | own) if own else pages.filter(live=True)


def user_page_permissions(user):
    from wagtail.models import GroupPagePermission

    return GroupPagePermission.objects.filter(group__user=user).select_related("page")


# Dashboard ------------------------------------------------------------------


class CertificatesToWatchPanel(Component):
    """For editors: certificates expiring in the next 90 days, and expired ones still on a live page."""

    name = "ocop_certificates_to_watch"
    template_name = "accounts/home/certificates_to_watch.html"
    order = 90  # above Wagtail's own panels: this is the office's to-do list

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
def add_certificates_to_watch_panel(request, panels):
    if request.user.has_perm(REGISTER_PERMISSION):
        panels.append(CertificatesToWatchPanel())


# Audit log --------------------------------------------------------------------


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(audit.CERTIFICATES_CHANGED)(audit.CertificatesChangedFormatter)
    actions.register_action(INVITE_ACTION, _("Invite producer"), _("Producer invited"))


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
