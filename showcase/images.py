"""Loading images for listings without a query per card."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

# The renditions every card template asks for ({% picture ... fill-480x360 format-{webp,jpeg} %}).
CARD_RENDITIONS = ("fill-480x360|format-webp", "fill-480x360|format-jpeg")


def prefetch_images(*fields, renditions=CARD_RENDITIONS):
    """Prefetch lookups for image foreign keys, with their renditions.

    A listing then costs two queries per image field, however long it is.
    renditions=None prefetches every rendition an image has (for templates
    that ask for several sizes).
    """
    images = get_image_model().objects.prefetch_renditions(*(renditions or ()))
    return [Prefetch(field, queryset=images) for field in fields]
