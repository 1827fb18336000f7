"""The search page and the suggestions its search box asks for as the visitor types."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from showcase.languages import language_urls
from showcase.ratelimit import rate_limit, too_many_requests_json

from .check import ProductCheck
from .check import language_urls as check_language_urls
from .query import KIND_LABELS, SiteSearch, result_kind, suggestions


@require_safe
@rate_limit("search")
def search(request):
    search = SiteSearch(request.GET, Locale.get_active())
    response = TemplateResponse(
        request,
        "search/search_page.html",
        {
            "search": search,
            "language_urls": language_urls("search", {"q": search.query} if search.query else {}),
        },
    )
    # Result pages are for visitors, not for search engines' indexes; and
    # countless query strings would only crowd the page cache out.
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, private=True)
    return response


@require_safe
@rate_limit("suggest", answer=too_many_requests_json)
def suggest(request):
    locale = Locale.get_active()
    pages = suggestions(request.GET.get("q", ""), locale)
    return JsonResponse(
        {
            "query": request.GET.get("q", "")[:200],
            "suggestions": [
                {"title": page.title, "url": page.get_url(request), "kind": str(KIND_LABELS[result_kind(page)])}
                for page in pages
            ],
        },
        json_dumps_params={"ensure_ascii": False},
        headers={"X-Robots-Tag": "noindex", "Cache-Control": "private, max-age=60"},
    )


@require_safe
@rate_limit("check")
def check_product(request):
    """Check a product without its stamp: by decision number, verification code or name."""
    check = ProductCheck(request.GET, request)
    response = TemplateResponse(
        request,
        "search/check_product.html",
        {"check": check, "language_urls": check_language_urls(check.query)},
    )
    # Like search results: for visitors, not for search engines' indexes, and not cached.
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, private=True)
    return response
