"""The read-only Wagtail API v2: /api/v2/pages/ and /api/v2/images/.

The endpoints only list and show: Wagtail's API viewsets have no write
actions, so POST, PUT, PATCH and DELETE answer 405. Pages are the live, public
pages of the site in every language (Wagtail's default); images are those a
live, public page uses, so a photo uploaded for a product that is not published
yet stays out of the API. Fields beyond Wagtail's own are declared with
api_fields on each page model.
https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from rest_framework.renderers import JSONRenderer
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from showcase import page_cache


class JSONAnswersMixin:
    # JSON only: Wagtail adds the browsable HTML renderer whenever rest_framework is installed.
    renderer_classes = [JSONRenderer]

    def initial(self, request, *args, **kwargs):
        # The page cache keeps an answer only when the query string holds nothing
        # else; unknown parameters are refused with 400 by the API anyway.
        page_cache.understands_query_parameters(request._request, self.known_query_parameters)
        return super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        # A 404 is the API's answer. LocaleMiddleware would turn it into a redirect
        # to /vi/api/v2/… (Wagtail's catch-all page pattern accepts any path), and
        # the client would end on an HTML page; it only does so when the request's
        # URLconf uses i18n_patterns, which this one does not.
        request._request.urlconf = "opendata.urls"
        return super().finalize_response(request, response, *args, **kwargs)


class PublicPagesAPIViewSet(JSONAnswersMixin, PagesAPIViewSet):
    pass


class PublicImagesAPIViewSet(JSONAnswersMixin, ImagesAPIViewSet):
    def get_queryset(self):
        # Wagtail's reference index records what each page uses (fields, photos
        # and StreamField blocks) from its live content.
        public_page_ids = (
            get_public_pages_queryset(self.request)
            .order_by()
            .annotate(pk_text=Cast("pk", CharField()))
            .values("pk_text")
        )
        used_image_ids = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=public_page_ids,
            to_content_type=ContentType.objects.get_for_model(get_image_model()),
        ).values("to_object_id")
        return super().get_queryset().annotate(pk_text=Cast("pk", CharField())).filter(pk_text__in=used_image_ids)

    def check_query_parameters(self, queryset):
        # Full-text search can only keep filters on fields the search index holds,
        # and the filter above is not one: say so, rather than fail with a server error.
        if "search" in self.request.GET:
            raise BadRequestError("search is not available for images")
        super().check_query_parameters(queryset)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
