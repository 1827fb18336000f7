from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import views
from .api import api_router
from .sitemap import TranslatedPagesSitemap

urlpatterns = [
    path("open-data/certifications.csv", views.certifications_csv, name="opendata_certifications_csv"),
    path("open-data/certifications.json", views.certifications_json, name="opendata_certifications_json"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedPagesSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
