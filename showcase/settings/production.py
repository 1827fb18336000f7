"""Production: everything secret or site-specific comes from the environment.

Run behind a TLS-terminating proxy, and name the header it sets to say a
request came over HTTPS in OCOP_TRUSTED_PROXY_SSL_HEADER (X-Forwarded-Proto).
See https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
"""

import os

from .base import *  # noqa: F403
from .base import require_env

DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in require_env("ALLOWED_HOSTS").split(",") if host.strip()]

# Any client can send X-Forwarded-Proto: only the header the site's own proxy
# sets (and overwrites) may say that a request came over HTTPS. Unset, the
# scheme is the one the server saw (gunicorn's own TLS, or its
# --forwarded-allow-ips rules).
TRUSTED_PROXY_SSL_HEADER = os.environ.get("OCOP_TRUSTED_PROXY_SSL_HEADER", "").strip()
if TRUSTED_PROXY_SSL_HEADER:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + TRUSTED_PROXY_SSL_HEADER.upper().replace("-", "_"), "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Persistent database connections: each worker keeps its connection for DATABASE_CONN_MAX_AGE
# seconds (60 unless set) instead of opening one per request, and checks it before the first
# query of each request (CONN_HEALTH_CHECKS), so after PostgreSQL restarts the next request
# opens a new connection instead of failing on the dead one.
# https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# Several workers serve the site, and a purge of the page cache must reach all
# of them: without Redis, the cache lives in a directory they share.
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "cache")),  # noqa: F405
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
