"""The site's URLs, plus the uploaded images: with DEBUG off, Django no longer serves them."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from showcase.urls import *  # noqa: F403 (the site's urlpatterns and error handlers)
from showcase.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
