from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from catalogue import verification
from catalogue import views as catalogue_views
from search import views as search_views

urlpatterns = [
    # Before the admin's own URLs: accepting an invitation, the throttled password reset,
    # the error test for superusers only (accounts/urls.py).
    path("admin/", include("accounts.urls")),
    # Before Wagtail's own: the explorer's root takes a producer to its page (accounts/explorer.py).
    path("admin/pages/", accounts_views.explore_root),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Open data has one URL for every language (?language=vi|en), so it sits outside i18n_patterns.
    path("open-data/display-points.geojson", catalogue_views.display_points_geojson, name="display_points_geojson"),
    # The register as CSV and JSON, the read-only API, sitemap.xml and robots.txt.
    path("", include("opendata.urls")),
    # The QR code of a traceability stamp: /stamps/<code>.svg and .png, one address in every language.
    path("stamps/", include(verification.stamp_image_urlpatterns)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under /vi/ or /en/; "/" is redirected to the
# visitor's language by LocaleMiddleware.
urlpatterns += i18n_patterns(
    # /vi/tim-kiem/ and /en/search/: the path is translated like any other string.
    path(pgettext_lazy("URL path", "search/"), include("search.urls")),
    # /vi/xac-minh/<code>/ and /en/verify/<code>/: a certificate's public record, where its stamp leads.
    path(pgettext_lazy("URL path", "verify/"), include(verification.urlpatterns)),
    # /vi/kiem-tra/ and /en/check/: check a product without its stamp (decision number, code or name).
    path(pgettext_lazy("URL path", "check/"), search_views.check_product, name="check_product"),
    # /vi/thay-doi-chung-nhan/ and /en/certificate-changes/: revocations, expiries and new certificates.
    path(pgettext_lazy("URL path", "certificate-changes/"), include("opendata.changes_urls")),
    # /vi/phan-anh/ and /en/report/: report a suspected fake or misuse of the OCOP mark.
    path(pgettext_lazy("URL path", "report/"), include("misuse.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
