"""The same view in every site language, for views that are not Wagtail pages.

Such a view (the search, the product check, certificate verification, the
register of changes, the misuse report) passes these URLs as `language_urls`
in its context: the language switcher and the hreflang alternates read them
(showcase_tags.language_links).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode


def language_urls(url_name, params=None, **kwargs):
    """{language code: URL} of the view `url_name` in every site language.

    `kwargs` are the URL's arguments. `params` is its query string, kept in every
    language: a dict of parameters, or a string already encoded ("code=…", with
    or without its "?").
    """
    query = params.removeprefix("?") if isinstance(params, str) else urlencode(params or {})
    suffix = f"?{query}" if query else ""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse(url_name, kwargs=kwargs or None) + suffix
    return urls
