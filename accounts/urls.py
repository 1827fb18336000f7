"""Admin URLs matched before Wagtail's own (showcase/urls.py includes them first).

The invitation is opened by people who may have no account yet. The others
replace Wagtail's views at the same paths: the password reset form (throttled),
/admin/failwhale/ (superusers only), and the views that would show a producer
another producer's drafts or images (accounts/visibility.py).
"""

from django.urls import path
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail_localize.views.report import TranslationsReportView

from . import views

urlpatterns = [
    path("invitation/<str:token>/", views.accept_invitation_view, name="accounts_accept_invitation"),
    path("password_reset/", views.ThrottledPasswordResetView.as_view()),
    path("failwhale/", views.superusers_only_error_test),
    path(
        "pages/<int:parent_page_id>/",
        views.visible_parent_only(page_viewset_registry.as_view("index", parent_page_id_kwarg="parent_page_id")),
    ),
    path(
        "pages/<int:parent_page_id>/results/",
        views.visible_parent_only(
            page_viewset_registry.as_view("index_results", parent_page_id_kwarg="parent_page_id")
        ),
    ),
    path("choose-page/<int:parent_page_id>/", views.visible_parent_only(BrowseView.as_view())),
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", views.guarded_bulk_action),
    # They name the last edited page of each type, and every translation: the office's reports.
    path("reports/page-types-usage/", views.editors_only(PageTypesUsageReportView.as_view())),
    path(
        "reports/page-types-usage/results/",
        views.editors_only(PageTypesUsageReportView.as_view(results_only=True)),
    ),
    path("localize/reports/translations/", views.editors_only(TranslationsReportView.as_view())),
    path(
        "localize/reports/translations/results/",
        views.editors_only(TranslationsReportView.as_view(results_only=True)),
    ),
]
