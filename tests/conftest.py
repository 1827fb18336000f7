"""The site tree and the clock, built per test from the factories.

Each fixture builds only what a test asks for, inside the test's transaction:
`home_page` is the default site's root (served at /vi/), and each index page
sits under it. `frozen_today` and `frozen_now` control what the site believes
today and now are.
"""

import datetime
import logging
import zoneinfo

import factory
import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from . import factories
from .utils import site_today

SITE_TIME_ZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# A Monday, well away from month ends and leap days.
TODAY = datetime.date(2025, 9, 15)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Wagtail caches site root paths; a previous test's rolled-back site must not leak in."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _no_reference_index():
    """Skip updating Wagtail's reference index (the admin's "usage" counts) on each save.

    It costs about a third of the time spent building pages. A test about usage
    counts can call ReferenceIndex.create_or_update_for_object() itself.
    """
    with disable_reference_index_auto_update():
        yield


@pytest.fixture(autouse=True)
def _restart_sequences():
    """Every test sees the same titles and slugs, whatever ran before it."""
    for value in vars(factories).values():
        if isinstance(value, type) and issubclass(value, factory.Factory):
            value.reset_sequence(force=True)


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def home_page(root_page):
    """A HomePage as the root of the default site, replacing Wagtail's welcome page."""
    home = factories.HomePageFactory(parent=root_page)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()
    return home


@pytest.fixture
def product_index(home_page):
    return factories.ProductIndexPageFactory(parent=home_page)


@pytest.fixture
def producer_index(home_page):
    return factories.ProducerIndexPageFactory(parent=home_page)


@pytest.fixture
def display_point_index(home_page):
    return factories.DisplayPointIndexPageFactory(parent=home_page)


@pytest.fixture
def news_index(home_page):
    return factories.NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def producer(producer_index):
    return factories.ProducerPageFactory(parent=producer_index)


@pytest.fixture
def frozen_today():
    """Freeze the site's today at TODAY (a Monday); set `.today` on the returned clock to move it."""
    with site_today(TODAY) as clock:
        yield clock


@pytest.fixture
def frozen_now(monkeypatch):
    """Freeze django.utils.timezone.now; call the fixture with a local wall-clock time to move it."""

    def freeze(year, month, day, hour=12, minute=0):
        moment = datetime.datetime(year, month, day, hour, minute, tzinfo=SITE_TIME_ZONE)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return freeze


def pytest_configure(config):
    # WhiteNoise looks for STATIC_ROOT, which only `collectstatic` creates.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
    # Each page save logs its indexing tasks at INFO; keep failures readable.
    for name in ("django_tasks", "wagtail", "modelsearch"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _commits(item):
    marker = item.get_closest_marker("django_db")
    committed = marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("serialized_rollback"))
    return bool(committed or {"live_server", "transactional_db"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests that commit run after all the others.

    Such a test flushes the database when it ends, taking the data of the
    migrations (locales, groups, the workflow, the taxonomy) with it; the
    others would then fail. pytest-django already puts them after the tests
    marked django_db, but not after those that reach the database through a
    fixture. Sorting is stable, so every other test keeps its place; with
    pytest-xdist's --dist loadscope a module travels whole, so these tests
    live in modules of their own.
    """
    items.sort(key=_commits)
