"""Shared links that show the page: Open Graph and Twitter card tags, and share links.

Every public page type, in both languages, says its title, its picture (a rendition
that exists, 1200×630 where the picture is large enough, or the site's default
picture from static/) and its language; product, producer and display point pages
link to Facebook's and Zalo's share pages, with the page's address encoded.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from showcase.sharing import OG_IMAGE_SPEC
from tests import factories
from tests.showcase.public_site import build_public_site, public_urls
from tests.utils import soup_of

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    ("home", "website", "vi_VN"),
    ("home (en)", "website", "en_US"),
    ("content page", "website", "vi_VN"),
    ("catalogue", "website", "vi_VN"),
    ("catalogue (en)", "website", "en_US"),
    ("producer index", "website", "vi_VN"),
    ("producer", "website", "vi_VN"),
    ("product", "product", "vi_VN"),
    ("product (en)", "product", "en_US"),
    ("display point index", "website", "vi_VN"),
    ("display point", "website", "vi_VN"),
    ("news index", "website", "vi_VN"),
    ("news article", "article", "vi_VN"),
    ("statistics", "website", "vi_VN"),
    ("open data page", "website", "vi_VN"),
    ("search", "website", "vi_VN"),
    ("search (en)", "website", "en_US"),
    ("verification", "website", "vi_VN"),
    ("verification (en)", "website", "en_US"),
    ("report", "website", "vi_VN"),
    ("report (en)", "website", "en_US"),
]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_public_site()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def urls(site):
    return public_urls(site)


def meta(page, key):
    tag = page.find("meta", attrs={"property": key}) or page.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def all_meta(page, key):
    return [tag["content"] for tag in page.find_all("meta", attrs={"property": key})]


def image_exists(url):
    """Whether the picture an og:image names is there: a stored rendition, or a static file."""
    path = urlsplit(url).path
    if path.startswith("/media/"):
        return default_storage.exists(path.removeprefix("/media/"))
    if path.startswith("/static/"):
        return finders.find(path.removeprefix("/static/")) is not None
    return False


@pytest.mark.parametrize(("name", "og_type", "locale"), PAGE_TYPES, ids=[row[0] for row in PAGE_TYPES])
def test_every_public_page_type_describes_itself_for_a_shared_link(client, urls, name, og_type, locale):
    response = client.get(urls[name])
    assert response.status_code == 200
    page = soup_of(response)
    assert meta(page, "og:title")
    assert meta(page, "twitter:title") == meta(page, "og:title")
    assert meta(page, "og:description")
    assert meta(page, "og:type") == og_type
    assert meta(page, "og:locale") == locale
    assert meta(page, "twitter:card") == "summary_large_image"
    url = meta(page, "og:url")
    assert url.startswith("http://testserver/") and "?" not in url
    image = meta(page, "og:image")
    assert image.startswith("http://testserver/")
    assert image_exists(image), image
    assert meta(page, "twitter:image") == image
    assert int(meta(page, "og:image:width")) > 0 and int(meta(page, "og:image:height")) > 0
    assert meta(page, "og:image:alt")


def test_a_product_shares_its_own_picture_in_its_title(client, site):
    page = soup_of(client.get(site.product.url))
    assert meta(page, "og:title") == "Đèn trang trí mây tre"
    assert meta(page, "og:url") == "http://testserver" + site.product.url
    rendition = site.product.listing_image.get_rendition(OG_IMAGE_SPEC)
    assert meta(page, "og:image") == "http://testserver" + rendition.url
    assert "fill-1200x630" in rendition.url
    assert (int(meta(page, "og:image:width")), int(meta(page, "og:image:height"))) == (
        rendition.width,
        rendition.height,
    )
    assert meta(page, "og:image:alt") == site.product.listing_image.default_alt_text
    # Translated: the other language is an alternate locale.
    assert all_meta(page, "og:locale:alternate") == ["en_US"]


def test_the_english_product_page_is_in_english(client, site):
    page = soup_of(client.get(site.english_product.url))
    assert meta(page, "og:title") == "Rattan decorative lamp"
    assert meta(page, "og:locale") == "en_US"
    assert all_meta(page, "og:locale:alternate") == ["vi_VN"]
    assert meta(page, "og:url") == "http://testserver" + site.english_product.url


def test_a_page_without_a_picture_shares_the_site_default_one(client, site):
    page = soup_of(client.get(site.display_point.url))
    image = meta(page, "og:image")
    assert urlsplit(image).path == "/static/img/og-default.png"
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("1200", "630")
    from PIL import Image

    with Image.open(finders.find("img/og-default.png")) as picture:
        assert picture.size == (1200, 630)
    # Not translated: no alternate locale.
    assert all_meta(page, "og:locale:alternate") == []


def test_a_large_picture_is_cut_to_1200_by_630(client, site):
    big = factories.ImageFactory(file__width=2400, file__height=1800)
    product = factories.ProductPageFactory(parent=site.producer, listing_image=big, certification=None)
    page = soup_of(client.get(product.url))
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("1200", "630")


@pytest.mark.parametrize("name", ["product", "producer", "display point", "product (en)"])
def test_product_producer_and_display_point_pages_link_to_facebook_and_zalo(client, urls, name):
    page = soup_of(client.get(urls[name]))
    canonical = meta(page, "og:url")
    links = {urlsplit(a["href"]).netloc: a for a in page.select(".share-links a")}
    assert set(links) == {"www.facebook.com", "sp.zalo.me"}
    facebook = urlsplit(links["www.facebook.com"]["href"])
    assert facebook.path == "/sharer/sharer.php"
    assert parse_qs(facebook.query) == {"u": [canonical]}
    assert "%3A%2F%2F" in facebook.query  # the address is encoded, not pasted
    zalo = urlsplit(links["sp.zalo.me"]["href"])
    assert zalo.path == "/share_inline"
    assert parse_qs(zalo.query) == {"url": [canonical]}
    for link in links.values():
        assert link["target"] == "_blank"
        assert "noopener" in link["rel"]


@pytest.mark.parametrize("name", ["home", "catalogue", "news article", "report"])
def test_other_pages_carry_no_share_links(client, urls, name):
    assert soup_of(client.get(urls[name])).select(".share-links") == []


def test_the_catalogue_sort_form_submits_to_the_catalogue(client, site):
    page = soup_of(client.get(site.product_index.url))
    form = page.select_one("form.sort-form")
    assert form is not None
    assert form["action"] == site.product_index.url


def test_prepare_renditions_draws_the_shared_picture_ahead(site):
    Rendition = get_image_model().get_rendition_model()
    Rendition.objects.filter(filter_spec=OG_IMAGE_SPEC).delete()
    call_command("prepare_renditions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    shared = {site.product.listing_image_id, site.producer.listing_image_id}
    drawn = set(Rendition.objects.filter(filter_spec=OG_IMAGE_SPEC).values_list("image_id", flat=True))
    assert shared <= drawn


def test_the_shared_picture_costs_the_product_page_no_query_of_its_own(client, site):
    """The picture's renditions come with the page's other pictures: a gallery of 1 or 6 costs the same."""
    product = factories.ProductPageFactory(
        parent=site.producer, listing_image=factories.ImageFactory(), certification=None
    )

    def count():
        from django.core.cache import cache

        assert client.get(product.url).status_code == 200
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(product.url).status_code == 200
        return len(captured.captured_queries)

    from catalogue.models import ProductGalleryImage

    ProductGalleryImage.objects.create(page=product, image=factories.ImageFactory(), alt_text="Ảnh 1")
    one = count()
    for number in range(5):
        ProductGalleryImage.objects.create(page=product, image=factories.ImageFactory(), alt_text=f"Ảnh {number}")
    assert count() == one
