"""The test suite: fast hashing, plain static storage, mail kept in memory."""

from .base import *  # noqa: F403
from .base import BASE_DIR, search_backends

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {"BACKEND": "misuse.storage.PrivateInMemoryStorage"},
}
MEDIA_ROOT = BASE_DIR / "media-test"
MEDIA_URL = "/media/"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Login throttling stays on; only the test client's login(), which authenticates
# without a request, skips it (showcase/security.py). force_login() never authenticates.
AUTHENTICATION_BACKENDS = [
    "showcase.security.RequestlessLoginsAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Pages are rendered afresh for every request; tests/showcase/test_page_cache.py turns the cache on.
OCOP_PAGE_CACHE_SECONDS = 0
# No cache in front, whatever the environment says; tests/showcase/test_frontend_cache.py configures one.
WAGTAILFRONTENDCACHE = {}
OCOP_IN_APP_PAGE_CACHE = True
# Counts are made afresh too; tests/catalogue/test_figures_cache.py turns their cache on.
OCOP_FIGURES_CACHE_SECONDS = 0
# The database backend, whatever the environment says: the Elasticsearch tests
# (tests/search) switch to the node given by ELASTICSEARCH_URL themselves.
WAGTAILSEARCH_BACKENDS = search_backends({})
OCOP_SEARCH_TYPO_TOLERANCE = False
