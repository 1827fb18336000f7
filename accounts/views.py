"""The admin's "Invite producer" view, accepting an invitation, guards on wagtail-localize's submit views,
and the admin's password reset (throttled) and error test (superusers only).

wagtail-localize lets anyone with its submit_translation permission submit or
update the translation of any page or snippet by id. Producers need that
permission to translate their own pages, so the same URLs are registered
first (accounts is above wagtail_localize in INSTALLED_APPS) with a check on
the object before handing over to wagtail-localize's own views.
"""

import functools
import hashlib
import math

from django.apps import apps
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import account
from wagtail.admin.views.bulk_action import index as bulk_actions_index
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.home import error_test
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import submit_translations, update_translations

from catalogue.models import ProducerPage
from showcase.ratelimit import seconds_until_allowed

from .explorer import explorer_start_page
from .forms import InviteProducerForm
from .invite import (
    InvitationUnavailable,
    accept_invitation,
    accounts_with_email,
    invitation_from_token,
    invite_producer,
)
from .models import ProducerAccess, ProducerInvitation
from .roles import is_editor
from .visibility import may_edit, may_see_page, sees_everything


def invite_producer_view(request, page_id):
    if not is_editor(request.user):
        raise PermissionDenied
    producer = get_object_or_404(ProducerPage, pk=page_id)
    form = InviteProducerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation = invite_producer(producer, form.cleaned_data["email"], invited_by=request.user)
        messages.success(
            request,
            _("An invitation has been sent to %(email)s. They can edit the pages of %(producer)s once they accept it.")
            % {"email": invitation.email, "producer": producer.title},
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
            "pending_invitations": (
                ProducerInvitation.objects.filter(access=access, accepted_at__isnull=True).order_by("-created_at")
                if access
                else []
            ),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[producer.pk]),
        },
    )


INVITATION_TEMPLATE = "accounts/invitation.html"


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
def accept_invitation_view(request, token):
    """The link in an invitation: a new account chooses a password; an existing one signs in and accepts."""
    try:
        invitation = invitation_from_token(token)
    except InvitationUnavailable:
        return TemplateResponse(request, INVITATION_TEMPLATE, {"step": "unavailable"}, status=400)
    context = {"invitation": invitation, "producer": invitation.producer}
    user = request.user
    if user.is_authenticated and user.email.lower() == invitation.email.lower():
        if request.method == "POST":
            return _accepted(request, invitation, user)
        return TemplateResponse(request, INVITATION_TEMPLATE, context | {"step": "accept"})
    if accounts_with_email(invitation.email):
        # The address has an account: only signing in to it can accept.
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        return TemplateResponse(request, INVITATION_TEMPLATE, context | {"step": "sign_in"})
    account = _account_without_password(invitation.email)
    form = SetPasswordForm(account, request.POST or None)
    if request.method == "POST" and form.is_valid():
        account = form.save()
        return _accepted(request, invitation, account, log_in=True)
    return TemplateResponse(request, INVITATION_TEMPLATE, context | {"step": "new_account", "form": form})


def _account_without_password(email):
    """The account this address will sign in with: one made earlier that never got a password, or a new one."""
    User = get_user_model()
    existing = User.objects.filter(email__iexact=email, is_active=True).order_by("pk").first()
    if existing is not None:
        return existing
    username_length = User._meta.get_field("username").max_length
    username = email[:username_length]
    suffix = 1
    while User.objects.filter(username=username).exists():
        suffix += 1
        username = f"{email[: username_length - 4]}-{suffix}"
    return User(username=username, email=email, is_active=True)


def _accepted(request, invitation, user, log_in=False):
    try:
        accept_invitation(invitation, user)
    except InvitationUnavailable:
        return TemplateResponse(request, INVITATION_TEMPLATE, {"step": "unavailable"}, status=400)
    if log_in:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(
        request, _("You can now edit the pages of %(producer)s.") % {"producer": invitation.producer.title}
    )
    return redirect("wagtailadmin_home")


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
    model = _model(app_label, model_name)
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


def _model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error


# Password reset and the admin's error test --------------------------------------


class ThrottledPasswordResetView(account.PasswordResetView):
    """Wagtail's password reset, sending only so many e-mails per client and per address asked for.

    The answer past a limit is the same whether an account has the address or
    not, so it tells nobody which addresses have accounts.
    """

    def form_valid(self, form):
        address = form.cleaned_data["email"].strip().lower()
        address_key = hashlib.sha256(address.encode()).hexdigest()
        wait = seconds_until_allowed("password_reset_client", self.request) or seconds_until_allowed(
            "password_reset_address", self.request, key=address_key
        )
        if wait:
            return password_reset_paused(self.request, wait)
        return super().form_valid(form)


def password_reset_paused(request, seconds):
    minutes = math.ceil(seconds / 60)
    response = TemplateResponse(
        request,
        "accounts/password_reset_paused.html",
        {
            "wait": ngettext(
                "Too many password reset requests for this address or from your connection. "
                "Please try again in %(minutes)d minute.",
                "Too many password reset requests for this address or from your connection. "
                "Please try again in %(minutes)d minutes.",
                minutes,
            )
            % {"minutes": minutes}
        },
        status=429,
    )
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response


def superusers_only_error_test(request):
    """Wagtail's /admin/failwhale/ raises an error on purpose, to test error reporting: superusers only."""
    if not request.user.is_superuser:
        raise PermissionDenied
    return error_test(request)


# What a producer sees (accounts/visibility.py) -----------------------------------


def editors_only(view):
    """A view for editors (and superusers) only."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        if not sees_everything(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return require_admin_access(guarded)


def visible_parent_only(view):
    """A view inside a page (the explorer, the page chooser), which shows that page's title: only a page the
    user may see."""

    @functools.wraps(view)
    def guarded(request, parent_page_id, *args, **kwargs):
        if not may_see_page(request.user, get_object_or_404(Page, pk=parent_page_id)):
            raise Http404
        return view(request, *args, parent_page_id=parent_page_id, **kwargs)

    return require_admin_access(guarded)


@require_admin_access
def guarded_bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk actions, on the chosen objects the user may edit; the others are not even named."""
    model = _model(app_label, model_name)
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    if not sees_everything(request.user):
        ids = request.GET.getlist("id")
        if "all" in ids:
            ids = action_class(request, model).get_all_objects_in_listing_query(request.GET.get("childOf"))
        try:
            chosen = list(model.objects.filter(pk__in=ids))
        except (ValueError, ValidationError) as error:
            raise Http404 from error
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(obj.pk) for obj in chosen if may_edit(request.user, obj)])
    return bulk_actions_index(request, app_label, model_name, action)
