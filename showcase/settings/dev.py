"""Local development: debug on, mail to the console, a throwaway secret key."""

from .base import *  # noqa: F403
from .base import BASE_DIR, os

DEBUG = True
# A key for this machine only; production reads SECRET_KEY from the environment.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-" + str(BASE_DIR)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
