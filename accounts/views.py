"""The admin's "Invite producer" view, and guards on wagtail-localize's submit views.

wagtail-localize lets anyone with its submit_translation permission submit or
update the translation of any page or snippet by id. Producers need that
permission to translate their own pages, so the same URLs are registered
first (accounts is above wagtail_localize in INSTALLED_APPS) with a check on
the object before handing over to wagtail-localize's own views.
"""

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import submit_translations, update_translations

from catalogue.models import ProducerPage

from .explorer import explorer_start_page
from .forms import InviteProducerForm
from .invite import invite_producer
from .models import ProducerAccess
from .roles import is_editor


def invite_producer_view(request, page_id):
    if not is_editor(request.user):
        raise PermissionDenied
    producer = get_object_or_404(ProducerPage, pk=page_id)
    form = InviteProducerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation = invite_producer(producer, form.cleaned_data["email"], invited_by=request.user)
        messages.success(
            request,
            _("%(email)s can now edit the pages of %(producer)s; an e-mail with how to log in has been sent.")
            % {"email": invitation.user.email, "producer": producer.title},
        )
        return redirect("accounts_invite_producer", page_id=producer.pk)
    access = ProducerAccess.objects.filter(producer_key=producer.translation_key).first()
    return TemplateResponse(
        request,
        "accounts/invite_producer.html",
        {
            "page_title": _("Invite producer"),
            "header_title": _("Invite producer"),
            "page_subtitle": producer.get_admin_display_title(),
            "header_icon": "user",
            "producer": producer,
            "form": form,
            "users_with_access": access.users() if access else [],
            "edit_url": reverse("wagtailadmin_pages:edit", args=[producer.pk]),
        },
    )


wagtail_explore_root = page_viewset_registry.as_view("index", is_base_page=True)


@never_cache
@require_admin_access
def explore_root(request):
    """/admin/pages/: a producer is taken to its own page (accounts/explorer.py); anyone else to Wagtail's root."""
    start = explorer_start_page(request.user)
    if start is not None:
        return redirect("wagtailadmin_explore", start.pk)
    return wagtail_explore_root(request)


def guarded_submit_page_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return submit_translations.SubmitPageTranslationView.as_view()(request, page_id=page_id)


def guarded_submit_snippet_translation(request, app_label, model_name, pk):
    model = _snippet_model(app_label, model_name)
    get_object_or_404(model, pk=pk)
    if not request.user.has_perm(get_permission_name("add", model)):
        raise PermissionDenied
    return submit_translations.SubmitSnippetTranslationView.as_view()(
        request, app_label=app_label, model_name=model_name, pk=pk
    )


def guarded_update_translations(request, translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        permissions = instance.permissions_for_user(request.user)
        # Updating can also publish every translation at once, past the workflow.
        publishing = request.method == "POST" and request.POST.get("publish_translations")
        if not permissions.can_edit() or (publishing and not permissions.can_publish()):
            raise PermissionDenied
    elif not request.user.has_perm(get_permission_name("change", type(instance))):
        raise PermissionDenied
    return update_translations.UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


def _snippet_model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
