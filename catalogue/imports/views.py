"""The admin's "Import a decision": upload, preview, confirm.

The uploaded file is kept in the editor's session between the preview and
the confirmation, under a random token, and read and checked again when the
editor confirms: nothing the browser sends back is trusted as data, and a
register that changed in between is checked as it is at that moment.
"""

import base64
import functools
import secrets

from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from .columns import COLUMNS
from .forms import DecisionUploadForm
from .reader import MAX_FILE_SIZE
from .sample import SAMPLE_CSV, SAMPLE_XLSX
from .validation import plan_import
from .writer import import_decision

IMPORT_PERMISSIONS = ("catalogue.add_certificationdecision", "catalogue.change_certificationdecision")
SESSION_KEY = "catalogue_decision_import"
SAMPLES = {"csv": SAMPLE_CSV, "xlsx": SAMPLE_XLSX}


def can_import(user):
    return user.is_active and user.has_perms(IMPORT_PERMISSIONS)


def page_context(**context):
    title = _("Import a decision")
    return {"page_title": title, "header_title": title, "header_icon": "upload", **context}


def forbidden(request):
    # Wagtail's own answer to PermissionDenied is a redirect to the dashboard; a plain 403 says it straight.
    return TemplateResponse(request, "catalogue/imports/forbidden.html", page_context(), status=403)


def guarded(view):
    @functools.wraps(view)
    def check_permission(request, *args, **kwargs):
        if not can_import(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return check_permission


# The upload between preview and confirmation -------------------------------------------


def store_upload(request, name, data):
    """Keep the file in the session (one import at a time); the token names it in the URLs."""
    token = secrets.token_urlsafe(16)
    request.session[SESSION_KEY] = {"token": token, "name": name, "data": base64.b64encode(data).decode("ascii")}
    return token


def stored_upload(request, token):
    """(name, bytes) of the upload `token` names, None if the session no longer has it."""
    stored = request.session.get(SESSION_KEY)
    if not isinstance(stored, dict) or not secrets.compare_digest(
        str(stored.get("token", "")).encode(), token.encode()
    ):
        return None
    data = base64.b64decode(stored["data"])
    if len(data) > MAX_FILE_SIZE:
        return None
    return stored["name"], data


def forget_upload(request):
    request.session.pop(SESSION_KEY, None)


def upload_expired(request):
    messages.error(
        request, _("That upload is no longer available (it was imported or replaced). Upload the file again.")
    )
    return redirect("catalogue_import_decision")


# Views ----------------------------------------------------------------------------------


@guarded
def upload(request):
    form = DecisionUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["file"]
        token = store_upload(request, file.name, file.read())
        return redirect("catalogue_import_decision_preview", token=token)
    return TemplateResponse(
        request,
        "catalogue/imports/upload.html",
        page_context(form=form, columns=COLUMNS),
    )


def preview_response(request, token, name, plan):
    return TemplateResponse(
        request,
        "catalogue/imports/preview.html",
        page_context(
            page_subtitle=name,
            plan=plan,
            token=token,
            file_name=name,
            form=DecisionUploadForm(),
        ),
    )


@guarded
def preview(request, token):
    stored = stored_upload(request, token)
    if stored is None:
        return upload_expired(request)
    name, data = stored
    return preview_response(request, token, name, plan_import(name, data, user=request.user))


@guarded
@require_POST
def confirm(request, token):
    stored = stored_upload(request, token)
    if stored is None:
        return upload_expired(request)
    name, data = stored
    plan = import_decision(name, data, user=request.user)
    if not plan.is_valid:
        messages.error(request, _("The register has changed since the preview: nothing has been imported."))
        return preview_response(request, token, name, plan)
    forget_upload(request)
    decision = plan.decision_object
    if not plan.changes_anything:
        # Often another editor confirmed the same file a moment earlier.
        already = _("Decision %(number)s is already in the register as this file has it: nothing was changed.")
        messages.success(request, " ".join((already % {"number": decision.number}, plan.certificates_summary())))
        return redirect("wagtailsnippets_catalogue_certificationdecision:edit", decision.pk)
    message = " ".join(
        part
        for part in (
            _("Decision %(number)s has been imported.") % {"number": decision.number},
            plan.certificates_summary(),
            plan.drafts_summary(),
        )
        if part
    )
    messages.success(
        request,
        message,
        buttons=[messages.button(reverse("catalogue_import_decision"), _("Import another decision"))],
    )
    return redirect("wagtailsnippets_catalogue_certificationdecision:edit", decision.pk)


@guarded
def sample(request, extension):
    if extension not in SAMPLES:
        raise Http404
    path = SAMPLES[extension]
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
