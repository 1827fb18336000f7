from django.urls import path
from wagtail.contrib.sitemaps.views import index, sitemap

from . import views
from .api import api_router
from .sitemap import TranslatedPagesSitemap

SITEMAPS = {"pages": TranslatedPagesSitemap}

urlpatterns = [
    path("open-data/certifications.csv", views.certifications_csv, name="opendata_certifications_csv"),
    path("open-data/certifications.json", views.certifications_json, name="opendata_certifications_json"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"}, name="sitemap"),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
