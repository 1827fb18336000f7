"""Production settings as the fault tests' site processes run them, with plain static storage.

Production's manifest storage needs collectstatic, which the tests have no use for.
"""

from showcase.settings.production import *  # noqa: F403
from showcase.settings.production import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
