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


def attach_images(objects, fields, renditions=CARD_RENDITIONS):
    """Load the images that several listings show, with their renditions, in two queries in all.

    `objects` may mix page types; `fields` names the image foreign keys to
    fill (a field an object does not have is skipped). Use it where a page
    shows several listings, instead of prefetch_images on each.
    """
    objects = list(objects)
    wanted = {getattr(obj, f"{field}_id", None) for obj in objects for field in fields} - {None}
    if not wanted:
        return objects
    images = get_image_model().objects.filter(pk__in=wanted).prefetch_renditions(*(renditions or ()))
    by_pk = {image.pk: image for image in images}
    for obj in objects:
        for field in fields:
            image_id = getattr(obj, f"{field}_id", None)
            if image_id in by_pk:
                setattr(obj, field, by_pk[image_id])
    return objects


def rendition(image, spec):
    """One rendition of `image`, for Python code (Open Graph, structured data).

    Wagtail's Image.get_rendition() writes the rendition to the cache on every
    call, even when it came from the image's prefetched renditions: with the
    file-based cache that is a file written, and the cache directory listed,
    on each view of each page. get_renditions() reuses prefetched renditions
    without writing anything, as {% picture %} does.
    """
    return image.get_renditions(spec)[spec]
