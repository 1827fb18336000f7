"""/vi/phan-anh/ and /en/report/: included under i18n_patterns by showcase/urls.py."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path("", views.report, name="misuse_report"),
    path(pgettext_lazy("URL path", "thanks/"), views.thanks, name="misuse_thanks"),
]
