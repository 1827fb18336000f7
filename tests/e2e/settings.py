"""The site as the browser tests serve it.

The development settings with DEBUG off, so visitors see the site's own 404 page and
no debug pages. Static files are served by WhiteNoise straight from the apps' and the
project's static folders (no collectstatic); uploads by the URLconf beside this file.
The database (DATABASE_URL) and MEDIA_ROOT are set by conftest.py, in temporary folders.
"""

import os

from showcase.settings.dev import *  # noqa: F403

DEBUG = False
# https://whitenoise.readthedocs.io/en/stable/django.html#WHITENOISE_USE_FINDERS
WHITENOISE_USE_FINDERS = True
ROOT_URLCONF = "tests.e2e.urls"
STATIC_ROOT = None  # nothing is collected: WhiteNoise reads the finders (above)
# E-mails go to files (conftest.py gives the folder), where the admin flows read the invitation.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")
