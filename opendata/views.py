"""Open data outside the page tree: the register as CSV and JSON, and robots.txt.

These URLs are the same for every language (?language=vi|en chooses the
language of names and page links), so they sit outside i18n_patterns.
"""

import csv
import io
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from catalogue import register
from showcase import page_cache
from showcase.spreadsheets import spreadsheet_safe

from .datasets import LICENCE
from .downloads import written_once
from .register import COLUMN_NAMES, language_codes, register_rows

# Reusers and caches may keep a download this long; the register changes a few times a year.
MAX_AGE = 300


def _language_or_error(request):
    """(language code, None) or (None, a 400 response saying which languages exist)."""
    language = request.GET.get("language", settings.LANGUAGE_CODE)
    if language in language_codes():
        return language, None
    message = _("Unknown language “%(language)s”. Use one of: %(languages)s.") % {
        "language": language,
        "languages": ", ".join(language_codes()),
    }
    return None, HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _public(response, language):
    # LocaleMiddleware would otherwise label the response with the visitor's language.
    response["Content-Language"] = language
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


@require_safe
@page_cache.query_parameters("language")
def certifications_csv(request):
    language, error = _language_or_error(request)
    if error:
        return error
    today = register.local_today()
    response = written_once(
        "certifications-csv",
        _document_parts(request, language),
        lambda: _csv_document(request, language, today),
        today=today,
        content_type="text/csv; charset=utf-8",
        suffix=".csv",
    )
    response["Content-Disposition"] = f'attachment; filename="ocop-certifications-{language}-{today:%Y-%m-%d}.csv"'
    return _public(response, language)


@require_safe
@page_cache.query_parameters("language")
def certifications_json(request):
    language, error = _language_or_error(request)
    if error:
        return error
    response = written_once(
        "certifications-json",
        _document_parts(request, language),
        lambda: _json_document(request, language),
        today=register.local_today(),
        content_type="application/json; charset=utf-8",
        suffix=".json",
    )
    return _public(response, language)


def _document_parts(request, language):
    """What a download's content depends on besides the register and the day: links point to the address asked."""
    return (language, request.scheme, request.get_host())


def _csv_document(request, language, today):
    buffer = io.StringIO()
    # The byte order mark makes Excel read the file as UTF-8, so Vietnamese names survive.
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=COLUMN_NAMES, lineterminator="\r\n")
    writer.writeheader()
    for row in register_rows(request, language, today):
        writer.writerow({name: _csv_value(value) for name, value in row.items()})
    return buffer.getvalue().encode("utf-8")


def _json_document(request, language):
    rows = register_rows(request, language)
    document = {
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
        "language": language,
        "license": LICENCE,
        "count": len(rows),
        "certifications": rows,
    }
    return json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).encode("utf-8")


@require_safe
def robots_txt(request):
    """Crawl everything but the admin and search results (endless, and noindex anyway)."""
    search_paths = []
    for code in language_codes():
        with translation.override(code):
            search_paths.append(reverse("search"))
    context = {"search_paths": search_paths, "sitemap_url": request.build_absolute_uri(reverse("sitemap"))}
    return render(request, "opendata/robots.txt", context, content_type="text/plain; charset=utf-8")


def _csv_value(value):
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return spreadsheet_safe(value)
