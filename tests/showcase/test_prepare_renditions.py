"""`manage.py prepare_renditions` draws what pages show before a visitor asks for it."""

import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model

from tests import factories

pytestmark = pytest.mark.django_db


def prepare():
    output = io.StringIO()
    call_command("prepare_renditions", stdout=output)
    return output.getvalue()


def test_every_rendition_a_page_shows_exists_before_the_first_visit(client, frozen_today, producer_index):
    photo = factories.ImageFactory()
    producer = factories.ProducerPageFactory(parent=producer_index, listing_image=factories.ImageFactory())
    factories.ProductPageFactory(parent=producer, listing_image=photo)
    Rendition = get_image_model().get_rendition_model()
    assert not Rendition.objects.filter(image=photo).exists()

    assert "pages rendered" in prepare()
    specs = set(Rendition.objects.filter(image=photo).values_list("filter_spec", flat=True))
    assert {"fill-480x360|format-webp", "fill-480x360|format-jpeg"} <= specs

    # A visitor's request now draws nothing.
    before = Rendition.objects.count()
    assert client.get(producer.url).status_code == 200
    assert Rendition.objects.count() == before


def test_running_it_again_draws_nothing(frozen_today, producer_index):
    factories.ProducerPageFactory(parent=producer_index, listing_image=factories.ImageFactory())
    prepare()
    assert prepare().startswith("0 renditions drawn")
