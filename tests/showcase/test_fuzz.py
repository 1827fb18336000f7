"""Whatever a visitor puts in the query string, a public URL never answers with a server error.

Hypothesis writes the query strings: the parameter names the site reads plus
random ones, values with control characters, very long strings, any Unicode,
repeated keys, and raw bytes that are not UTF-8. Each URL type has the statuses
it may answer; anything else (a 500 above all) fails with the query that caused it.
The site is built once for the module (public_site.py).
"""

from urllib.parse import quote, urlencode

import pytest
from django.db import transaction
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.showcase.public_site import build_public_site, public_urls

pytestmark = pytest.mark.django_db

# The parameters the public views read (catalogue filters, paging, search,
# news tags, statistics, open data, verification, the Wagtail API).
KNOWN_KEYS = [
    "q",
    "type",
    "group",
    "subgroup",
    "province",
    "stars",
    "kind",
    "status",
    "sort",
    "page",
    "tag",
    "language",
    "code",
    "product",
    "facility",
    "format",
    "fields",
    "limit",
    "offset",
    "order",
    "search",
    "search_operator",
    "locale",
    "child_of",
    "descendant_of",
    "translation_of",
    "id",
    "slug",
    "html_path",
    "show_in_menus",
]
TELLING_VALUES = [
    "",
    "0",
    "1",
    "-1",
    "2",
    "99999999999999999999999",
    "1e400",
    "NaN",
    "all",
    "vi",
    "en",
    "xx",
    "*",
    "title",
    "-title",
    "random",
    "?",
    "%",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "thu-cong-my-nghe",
    "hue",
    "cooperative",
    "rượu đế gò đen",
    "mat ong",
    "đ",
    "\x00",
    "a" * 5000,
]

text_without_surrogates = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
control_characters = st.text(st.characters(codec="ascii", categories=("Cc",)), min_size=1, max_size=10)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), text_without_surrogates)
values = st.one_of(
    st.sampled_from(TELLING_VALUES),
    text_without_surrogates,
    control_characters,
    st.integers().map(str),
    st.builds(lambda word, times: word * times, st.sampled_from(["a", "ừ", "🙂", "%"]), st.integers(500, 3000)),
)
# Keys repeat (lists such as stars=3&stars=4, or a key given twice).
query_pairs = st.lists(st.tuples(keys, values), max_size=8)
# Percent-encoded bytes that need not be UTF-8 (%ff%fe...), with = and & left as they are.
raw_query_bytes = st.binary(max_size=200).map(lambda raw: quote(raw, safe="=&"))
query_strings = st.one_of(query_pairs.map(urlencode), raw_query_bytes)

# What each URL type may answer. 400: a ?language= that is not a site language
# (open data) or a query the API cannot run (unknown field, order, type...).
# 404 from the API: a ?format= other than json (Django REST framework's format
# override), or a page its filters leave out.
HTML_PAGE = {200}
ALLOWED = {
    "register csv": {200, 400},
    "register json": {200, 400},
    "display points geojson": {200, 400},
    "api pages": {200, 400, 404},
    "api page": {200, 400, 404},
    "api images": {200, 400, 404},
    # /vi/xac-minh/?code=... redirects to the record when the code is well formed, else says none was found.
    "verification lookup": {200, 302, 404},
}
# The views that read the query string get most of the examples; the pages that
# read none are still fuzzed (middleware, the language switcher and the page
# cache all see the query string), more lightly.
READS_PARAMETERS = [
    "home",
    "catalogue",
    "catalogue (en)",
    "producer index",
    "display point index",
    "news index",
    "news feed",
    "statistics",
    "search",
    "search (en)",
    "suggest",
    "suggest (en)",
    "verification lookup",
    "product check",
    "product check (en)",
    "register of changes",
    "register of changes (en)",
    "register of changes feed",
    "register of changes csv",
    "report",
    "report (en)",
    "register csv",
    "register json",
    "display points geojson",
    "api pages",
    "api page",
    "api images",
]
READS_NONE = [
    "home (en)",
    "content page",
    "producer",
    "product",
    "product (en)",
    "display point",
    "news article",
    "open data page",
    "verification",
    "verification (en)",
    "stamp",
    "stamp image",
    "sitemap",
    "sitemap section",
    "robots",
]
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Built once; each test's own transaction nests inside this one, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_public_site()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def urls(site):
    return public_urls(site)


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    """Hundreds of searches from one address: the limits have their own tests (test_ratelimit.py)."""
    settings.OCOP_RATE_LIMITS = {"search": "off", "suggest": "off", "check": "off"}


def check(client, name, url):
    response = client.get(url)
    allowed = ALLOWED.get(name, HTML_PAGE)
    assert response.status_code in allowed, f"{url} answered {response.status_code}"
    return response


def test_every_public_url_type_is_fuzzed(urls):
    assert sorted(READS_PARAMETERS + READS_NONE) == sorted(urls)


@pytest.mark.parametrize("name", READS_PARAMETERS)
@FUZZ
@given(query=query_strings)
# Found by a longer run: /api/v2/images/?search=0 was a server error (opendata/api.py).
@example(query="search=0")
@example(query="page=1&page=2&stars=5&stars=x&language=vi&language=en")
@example(query="q=%00%ff&code=%c3%28&tag=%ed%a0%80")
def test_any_query_string_gets_an_answer_not_a_server_error(client, urls, name, query):
    check(client, name, f"{urls[name]}?{query}")


@pytest.mark.parametrize("name", READS_NONE)
@settings(FUZZ, max_examples=10)
@given(query=query_strings)
def test_pages_without_parameters_ignore_any_query_string(client, urls, name, query):
    check(client, name, f"{urls[name]}?{query}")


@FUZZ
@given(
    typed=st.one_of(
        text_without_surrogates,
        st.sampled_from(
            ["ABCD-EFGH-JKLM-NPQR", "abcd efgh jklm npqr", "0000000000000000", "I1O0" * 4, "..", "%", "tem"]
        ),
    )
)
def test_any_verification_code_in_the_address_gets_a_page_not_a_server_error(client, urls, typed):
    """A stamp may be counterfeit or misread: an unknown code is a 404 page (or a redirect to the canonical form)."""
    segment = quote(typed, safe="")
    for url in (
        f"/vi/xac-minh/{segment}/",
        f"/en/verify/{segment}/",
        f"/stamps/{segment}.svg",
        f"/stamps/{segment}.png",
    ):
        response = client.get(url)
        assert response.status_code in {200, 301, 302, 404}, f"{url} answered {response.status_code}"
