"""Settings shared by every environment.

Secure by default: DEBUG is off and the secret key, allowed hosts and database
come from the environment. dev.py and test.py set safe local values;
production.py insists on the real ones.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from search.backend_settings import search_backends, typo_tolerant
from showcase.frontend_cache_settings import frontend_cache_backends, in_app_page_cache
from showcase.ratelimit import rate_limits_from
from showcase.storage_settings import media_storages

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before the Wagtail apps: its admin URLs guard wagtail-localize's (accounts/views.py).
    "accounts",
    "home",
    "catalogue",
    "search",
    "news",
    "reports",
    "opendata",
    "misuse",
    "showcase",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # Login throttling for the admin (AXES_* below).
    "axes",
    # Only for Leaflet's static files (leaflet/leaflet.js, leaflet.css, marker
    # images), so maps work without a CDN; its form widgets are not used.
    "leaflet",
    # The task queue kept in the database (TASKS below).
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy (OCOP_CSP, OCOP_PERMISSIONS_POLICY below).
    "showcase.security.ContentSecurityPolicyMiddleware",
    "showcase.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication, so that a cached page costs no query.
    "showcase.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # LocaleMiddleware activates the language of the /vi/ or /en/ prefix and
    # redirects prefix-less URLs (such as "/") to the visitor's language.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "showcase.urls"
WSGI_APPLICATION = "showcase.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL (e.g. postgres://...) selects another.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several server processes write to one file: transactions take the write
    # lock when they begin and wait up to 20 seconds for it rather than fail
    # with "database is locked"; in WAL mode readers never wait for a writer.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes): after 5 failed sign-ins for one username from
# one address, that pair is refused for an hour (429, templates/security/).
# Another user, or the same user elsewhere, is not affected; a success clears the count.
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AUTHENTICATION_BACKENDS = [
    # First, as axes requires: refuses a locked-out pair before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "showcase.ratelimit.login_locked_out"
# The same client address as the rate limits (OCOP_TRUSTED_PROXY_HEADER below).
AXES_CLIENT_IP_CALLABLE = "showcase.ratelimit.client_ip"
# Failed attempts are recorded (that is the count); successful sign-ins are not.
AXES_DISABLE_ACCESS_LOG = True

# Internationalisation: Vietnamese first, English second.
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
# locale/ holds the project's own strings (makemessages writes there, the first entry);
# locale_admin/ the admin's Vietnamese for Wagtail, wagtail-localize, taggit and the
# gaps in Django's, overriding the packages' own (scripts/admin_translations.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Dates and number separators per language (25/12/2024 and 1.470 in Vietnamese,
# 25 December 2024 and 1,470 in English): showcase/formats/<language>/formats.py.
# USE_THOUSAND_SEPARATOR stays off: it would also group ids and years rendered
# in the admin's templates; the site's own filters (vnd, vnd_million, number)
# group amounts explicitly.
# https://docs.djangoproject.com/en/stable/ref/settings/#format-module-path
FORMAT_MODULE_PATH = ["showcase.formats"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Static files and uploads
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files only editors may see (the photos of misuse reports): outside MEDIA_ROOT,
# with no URL of their own; the admin serves them after checking permissions.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# Or in S3 buckets (AWS, MinIO, a provider's object storage) when OCOP_MEDIA_S3_BUCKET,
# and OCOP_PRIVATE_MEDIA_S3_BUCKET for the private files, are set: showcase/storage_settings.py.
# Static files stay with WhiteNoise either way.
DEFAULT_STORAGE, PRIVATE_STORAGE, MEDIA_BUCKET_URL = media_storages(os.environ, PRIVATE_MEDIA_ROOT)
if MEDIA_BUCKET_URL:
    # Where the images' URLs point, which the Content-Security-Policy's img-src then allows.
    MEDIA_URL = MEDIA_BUCKET_URL
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "private": PRIVATE_STORAGE,
}

# Security headers that hold everywhere; production.py adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# No page may be framed. The admin's live preview, which shows a page in a
# same-origin iframe, still works: Wagtail's preview views (and wagtail-localize's)
# set SAMEORIGIN on their own responses (xframe_options_sameorigin_override).
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (showcase/security.py): the public pages run only the
# site's own scripts and styles, with no inline script, style or event handler.
# JSON-LD (<script type="application/ld+json">) is data, which CSP does not block.
# The map tile server (MAP_TILE_URL) is added to img-src, and any host in
# STATIC_URL or MEDIA_URL where they are absolute.
OCOP_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# Wagtail's admin uses inline scripts and styles and shows embeds from other
# sites, so it gets only the directives that cannot break it.
OCOP_CSP_ADMIN_PATHS = ["/admin/"]
OCOP_CSP_ADMIN = {
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Content-Security-Policy-Report-Only instead: the browser reports what the policy would block.
OCOP_CSP_REPORT_ONLY = os.environ.get("OCOP_CSP_REPORT_ONLY", "false").lower() == "true"

# Permissions-Policy: no page may use a browser feature it does not need, nor
# let a frame use one. The public pages use none of them (the map shows points
# and tiles; it never asks where the visitor is), so every feature browsers
# know is denied. The admin copies links to the clipboard.
OCOP_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "clipboard-read",
        "clipboard-write",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "gamepad",
        "geolocation",
        "gyroscope",
        "hid",
        "identity-credentials-get",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "otp-credentials",
        "payment",
        "picture-in-picture",
        "publickey-credentials-create",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "storage-access",
        "usb",
        "web-share",
        "window-management",
        "xr-spatial-tracking",
    )
}
OCOP_PERMISSIONS_POLICY_ADMIN = {**OCOP_PERMISSIONS_POLICY, "clipboard-write": ["self"]}

# The client address for rate limits and login throttling is REMOTE_ADDR. Behind
# a reverse proxy, name the header it sets (e.g. X-Forwarded-For) and how many
# proxies append to it; never set this when clients can reach the site directly.
OCOP_TRUSTED_PROXY_HEADER = os.environ.get("OCOP_TRUSTED_PROXY_HEADER", "")
OCOP_TRUSTED_PROXY_COUNT = int(os.environ.get("OCOP_TRUSTED_PROXY_COUNT", "1"))
# Requests per client address (an IPv6 /64) for the views a script could call in
# a loop (showcase/ratelimit.py): requests/period (30/m, 100/5m, 1000/h) or "off".
# OCOP_RATE_LIMIT_SEARCH and OCOP_RATE_LIMIT_SUGGEST in the environment override them.
# Password reset e-mails (accounts.views): per client address, and per e-mail address asked for.
# OCOP_RATE_LIMIT_MISUSE_REPORT: reports of a suspected fake sent per client address.
OCOP_RATE_LIMITS = rate_limits_from(
    os.environ,
    {
        "search": "30/m",
        "suggest": "120/m",
        "check": "30/m",
        "password_reset_client": "10/h",
        "password_reset_address": "3/h",
        # Reports of a suspected fake (misuse/views.py), counted when one is sent.
        "misuse_report": "5/h",
    },
)
# A cache shared by every server process (Redis) makes the limits hold across them.
OCOP_RATE_LIMIT_CACHE = "default"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ocop@localhost")

# Page editors can have many inline rows (a decision lists dozens of products).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A request body's form fields, files not counted (Django's default, stated):
# more is refused with 400. Uploaded files above FILE_UPLOAD_MAX_MEMORY_SIZE go
# to a temporary file instead of memory; their size is checked by the image and
# document fields below. Cap the whole body at the proxy too (nginx client_max_body_size 25m).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Wagtail
WAGTAIL_SITE_NAME = "OCOP"
# The admin speaks the site's two languages, whose admin catalogues are complete
# (English is Wagtail's own, Vietnamese locale_admin/).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Wagtail's sign-in form, with the "Password" label it leaves untranslated.
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
# Where the site is served: the default Site's host name and port (set by
# migrate and the demo loader, showcase/site_address.py), so what QR stamps
# encode, and the admin's address in invitations and moderation e-mails.
# Defaults to what `make run` serves; the Makefile passes its HOST and PORT.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# The database backend, or Elasticsearch when ELASTICSEARCH_URL is set: search/backend_settings.py.
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
# When a search finds nothing, try again forgiving typos, where the backend can.
OCOP_SEARCH_TYPO_TOLERANCE = typo_tolerant(os.environ)
# Background tasks (django-tasks). With Elasticsearch, index updates are tasks kept in the
# database and run by `manage.py db_worker`, retried while the node is down (search/indexing.py);
# without it they run at once, in the request, as the database index always did.
# https://github.com/RealOrangeOne/django-tasks-db
if os.environ.get("ELASTICSEARCH_URL", "").strip():
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "jpg", "jpeg", "png", "csv", "xlsx"]
# Scanned decisions run to a few megabytes; anything bigger is refused with a message.
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# SVG is left out on purpose: it can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Against decompression bombs (a few kilobytes that decode to gigabytes). 40
# megapixels holds a usual 12-24 megapixel photo; a bigger one is refused with
# a message giving the limit, and must be scaled down first (Wagtail's default is 128).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: the admin would send every user's hashed e-mail address to a
# third party, and show a broken image wherever that site cannot be reached.
# Users without an uploaded avatar get Wagtail's default one, served here.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
# Nobody sets their own e-mail address in the account settings but editors (accounts.wagtail_hooks):
# an invitation goes to an address, and an address typed into an account proves nothing.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# Approval publishes the revision that was reviewed, not whatever came later.
WAGTAIL_FINISH_WORKFLOW_ACTION = "showcase.approval.publish_reviewed_revision"

# The read-only Wagtail API (/api/v2/) answers in JSON only: the browsable HTML
# renderer would need Django REST framework's own templates and scripts.
# https://www.django-rest-framework.org/api-guide/renderers/#setting-the-renderers
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Django's cache: local memory in one process, Redis when REDIS_URL is set.
# It holds the full-page cache (showcase/page_cache.py), so in production,
# where several workers must see the same purges, production.py uses Redis or
# a directory the workers share.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    # Django's Redis cache, answering misses while Redis is down (showcase/cache.py), and
    # giving up on a connection or a reply after half a second rather than hanging a page.
    CACHES = {
        "default": {
            "BACKEND": "showcase.cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    # Sessions read from Redis by whichever app server gets the request, written through to the database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# How long an anonymous visitor's page may be served from the cache, at most;
# entries also end at every five-minute mark of the clock. 0 turns it off.
OCOP_PAGE_CACHE_SECONDS = int(os.environ.get("OCOP_PAGE_CACHE_SECONDS", "300"))
# The HTTP caches in front of the site (Varnish, Cloudflare, CloudFront), told what
# changed: showcase/frontend_cache_settings.py reads VARNISH_URL, CLOUDFLARE_*, CLOUDFRONT_*.
# showcase/frontend_cache.py sends the purges through wagtail.contrib.frontend_cache's
# backends and PurgeBatch once the transaction commits; the app itself is not installed,
# as its signal handlers would purge the published page a second time, before the commit.
WAGTAILFRONTENDCACHE = frontend_cache_backends(os.environ)
# The pages' translations are purged by name (showcase/frontend_cache.py): their
# slugs differ, so Wagtail's swapping of the /vi/ prefix for /en/ would purge nothing.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# The app's own copy of the pages: on unless a cache in front holds them (OCOP_IN_APP_PAGE_CACHE).
OCOP_IN_APP_PAGE_CACHE = in_app_page_cache(os.environ, WAGTAILFRONTENDCACHE)
# How long counts over the whole register (facets, headline figures, statistics)
# are kept until the register or the date changes them (catalogue/figures_cache.py).
# 0 turns it off.
OCOP_FIGURES_CACHE_SECONDS = int(os.environ.get("OCOP_FIGURES_CACHE_SECONDS", str(24 * 3600)))

# The programme's own rules, kept in one place.
OCOP_CERTIFICATE_VALID_MONTHS = 36
OCOP_EXPIRING_WITHIN_DAYS = 90
OCOP_PRODUCTS_PER_PAGE = 24
# Where the register's downloads are written once per change (opendata/downloads.py).
OCOP_DOWNLOADS_ROOT = Path(os.environ.get("OCOP_DOWNLOADS_ROOT", BASE_DIR / "downloads"))
# Pages per section of sitemap.xml (opendata/sitemap.py); search engines accept up to 50,000.
OCOP_SITEMAP_SECTION_SIZE = int(os.environ.get("OCOP_SITEMAP_SECTION_SIZE", "1000"))
# send_expiry_reminders (daily cron) tells a producer this many days before a
# certificate expires; the issuer must warn at least 30 days ahead.
OCOP_REMINDER_DAYS_BEFORE_EXPIRY = 30

# Map tiles (static/js/map.js). The markers come from the site's own GeoJSON,
# so the maps still show every point when tiles cannot load. The standard
# OpenStreetMap server asks heavy users to run or rent their own:
# https://operations.osmfoundation.org/policies/tiles/
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


def require_env(name):
    """Fetch a setting that production cannot run without."""
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value
