"""What a link to the site shows when it is shared: Open Graph and Twitter card tags, share links.

Every public page carries og:title, og:description, og:url (the page's canonical
absolute URL), og:type, og:image (a 1200×630 crop of the page's own picture, or the
site's default picture from static/), og:locale with its alternates, and a
summary_large_image Twitter card (templates/components/open_graph.html).

The picture is a Wagtail rendition (OG_IMAGE_SPEC). It is prepared ahead like every
other rendition: `manage.py prepare_renditions` (which `make demo` runs) renders every
live page, and so draws it; a page published later draws it once, on its first view,
and it is then kept like any rendition. The renditions of the pictures a page shows at
its top (its listing, lead, hero, logo and gallery images) are fetched in one query
(prefetch_page_images), which their {% picture %} tags then reuse: sharing costs the
page no query of its own.
"""

import copy
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.templatetags.static import static
from wagtail.images import get_image_model

from showcase.images import rendition as image_rendition

OG_IMAGE_SPEC = "fill-1200x630|format-jpeg"
OG_IMAGE_SIZE = (1200, 630)
# static/img/og-default.png: 1200×630, for pages without a picture of their own.
DEFAULT_IMAGE = "img/og-default.png"
# The image fields a page may show near its top, whose renditions are fetched together.
PAGE_IMAGE_FIELDS = ("listing_image", "lead_image", "hero_image", "logo")
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}

FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php"
# Zalo's share plugin (sp.zalo.me) takes the address to share in `url`; no Zalo script is loaded.
ZALO_SHARER = "https://sp.zalo.me/share_inline"


def _loaded_images(page):
    """The images the page already holds in memory (select_related, or its gallery as read)."""
    images = []
    cached = page._state.fields_cache
    for field in PAGE_IMAGE_FIELDS:
        image = cached.get(field)
        if image is not None:
            images.append(image)
    for row in page.__dict__.get("gallery") or ():
        if getattr(row, "image", None) is not None:
            images.append(row.image)
    return images


def prefetch_page_images(page):
    """Give every image the page holds its renditions, in one query, unless they already have them."""
    images = [image for image in _loaded_images(page) if image._get_prefetched_renditions() is None]
    if not images:
        return
    Rendition = get_image_model().get_rendition_model()
    by_image = {}
    for rendition in Rendition.objects.filter(image_id__in={image.pk for image in images}):
        by_image.setdefault(rendition.image_id, []).append(rendition)
    for image in images:
        renditions = [copy.copy(rendition) for rendition in by_image.get(image.pk, ())]
        for rendition in renditions:
            rendition.image = image  # its alt text and focal point come from this very object, no query
        # A list per object: a rendition drawn now is appended to it (Wagtail's _add_to_prefetched_renditions).
        image.prefetched_renditions = renditions


def share_image(page):
    """The image a shared link shows, or None: the first of the page's share_image_fields that is set."""
    for field in getattr(page, "share_image_fields", ("listing_image",)):
        if field == "gallery":
            gallery = page.gallery
            if gallery:
                return gallery[0].image
            continue
        if getattr(page, f"{field}_id", None):
            return getattr(page, field)
    return None


def absolute(base_url, path):
    if path.startswith(("http://", "https://")):
        return path
    return base_url + path


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def open_graph(page, request, language):
    """The values of the page's Open Graph tags; `page` may be None (a view that is not a page)."""
    if page is not None:
        url = page.get_full_url(request) or (request.build_absolute_uri(page.get_url(request)) if request else "")
    else:
        url = request.build_absolute_uri(request.path) if request else settings.SITE_URL + "/"
    base = origin_of(url) if url else settings.SITE_URL
    image = share_image(page) if page is not None else None
    if page is not None:
        # Before the body asks for them: the page's pictures and the shared one, in one query.
        prefetch_page_images(page)
    if image is not None:
        rendition = image_rendition(image, OG_IMAGE_SPEC)
        picture = {
            "url": absolute(base, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text or page.title,
            "type": "image/jpeg",
        }
    else:
        width, height = OG_IMAGE_SIZE
        picture = {"url": absolute(base, static(DEFAULT_IMAGE)), "width": width, "height": height, "type": "image/png"}
    return {
        "url": url,
        "type": getattr(page, "og_type", "website") if page is not None else "website",
        "image": picture,
        "locale": OG_LOCALES.get(language, language),
    }


def share_links(url):
    """[(network, share URL)] for a page's absolute URL: plain links, no script of theirs."""
    return [
        ("facebook", f"{FACEBOOK_SHARER}?{urlencode({'u': url})}"),
        ("zalo", f"{ZALO_SHARER}?{urlencode({'url': url})}"),
    ]
