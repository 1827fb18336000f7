"""Local development: debug on, mail to the console, a throwaway secret key."""

from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import BASE_DIR, DEFAULT_STORAGE, PRIVATE_STORAGE, SITE_URL, os

DEBUG = True
# A key for this machine only; production reads SECRET_KEY from the environment.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-" + str(BASE_DIR)
# And the host of SITE_URL, e.g. make run HOST=192.168.1.20 to try the stamps from a phone.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", urlsplit(SITE_URL).hostname]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": PRIVATE_STORAGE,
}
