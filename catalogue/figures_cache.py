"""Counts over the whole register, kept in Django's cache until the register or the date changes them.

The catalogue's facets, the home page's headline figures and the statistics
page's tables are GROUP BY queries over every product in force (the
certifications per year over every certificate). They are exact, but their
cost grows with the register, while their results are a few rows that change
only when the register does or when the date does: the cutoffs that say what
is in force are computed from today's date, in the query (catalogue.register).

So each result is kept under a key made of what it counts, the date the
cutoffs were computed for, and the page cache's generation, which every
change to the register bumps (showcase.page_cache: a page published,
unpublished, moved or deleted; a certificate, decision, group, province,
target or reported figure saved or deleted; an explicit purge by the bulk
writers). The first request after a change, or after midnight, counts afresh;
the figures are never older than the register.

OCOP_FIGURES_CACHE_SECONDS bounds how long a result is kept (a day); 0 turns
the cache off, as the test settings do.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from showcase import page_cache

from . import register

KEY_PREFIX = "register-figures:"


def enabled():
    return settings.OCOP_FIGURES_CACHE_SECONDS > 0


def version(name, parts, today=None):
    """A digest that changes when the register, the date or (name, parts) do."""
    today = today or register.local_today()
    described = repr((name, parts, today.isoformat(), page_cache.generation()))
    return hashlib.sha256(described.encode()).hexdigest()


def remembered(name, parts, compute, today=None):
    """compute()'s result for (name, parts) on `today`, from the cache while the register is unchanged."""
    if not enabled():
        return compute()
    seconds = settings.OCOP_FIGURES_CACHE_SECONDS
    key = KEY_PREFIX + version(name, parts, today)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value
