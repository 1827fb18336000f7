"""A report's photo, for editors only: read from the private storage, never from a public URL."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control

from .models import MisuseReportPhoto


def photo(request, photo_id):
    if not request.user.has_perm("misuse.view_misusereport"):
        raise PermissionDenied
    photo = get_object_or_404(MisuseReportPhoto, pk=photo_id)
    try:
        handle = photo.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    # The type was read from the file's content when it was uploaded, never taken from the browser.
    response = FileResponse(handle, content_type=photo.content_type or "application/octet-stream")
    response["Content-Disposition"] = f'inline; filename="{photo}"'
    patch_cache_control(response, private=True, max_age=3600)
    return response
