"""A page's pictures are read with the page, never written back to the cache on each view.

Wagtail's Image.get_rendition() stores the rendition in the cache every time it
is called; with the file-based cache of a production site without Redis that is
a file written on every view of every page with a picture. The Open Graph and
structured-data pictures and the photo galleries come from the page's own
prefetched renditions instead, so a second view writes nothing.
"""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages_with_pictures(producer_index, display_point_index):
    point = factories.DisplayPointPageFactory(
        parent=display_point_index, title="Trạm dừng chân Đồng Tháp Mười", listing_image=factories.ImageFactory()
    )
    for _ in range(2):
        point.photos.create(image=factories.ImageFactory(), alt_text="Quầy hàng OCOP")
    producer = factories.ProducerPageFactory(parent=producer_index, listing_image=factories.ImageFactory())
    producer.photos.create(image=factories.ImageFactory(), alt_text="Xưởng đan mây")
    product = factories.ProductPageFactory(
        parent=producer, listing_image=factories.ImageFactory(), sold_at=[point], certification__stars=4
    )
    product.gallery_images.create(image=factories.ImageFactory(), alt_text="Đèn mây tre")
    for page in (point, producer, product):
        page.save_revision().publish()
    return [point, producer, product]


def test_a_second_view_of_a_page_with_pictures_writes_nothing_to_the_cache(client, pages_with_pictures, cache_writes):
    for page in pages_with_pictures:
        first = client.get(page.url)
        assert first.status_code == 200
        assert b'property="og:image"' in first.content

        cache_writes.clear()
        assert client.get(page.url).status_code == 200
        assert cache_writes == [], f"{page.url} wrote {cache_writes}"
