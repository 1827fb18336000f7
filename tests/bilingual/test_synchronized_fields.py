"""Contacts, links and images are synchronised, never translated: the translation editor cannot override them."""

import pytest
from wagtail_localize.models import OverridableSegment, TranslationSource

from tests import factories

pytestmark = pytest.mark.django_db


def test_a_translator_cannot_override_a_producers_contacts_links_or_images(producer_index):
    image = factories.ImageFactory()
    producer = factories.ProducerPageFactory(
        parent=producer_index,
        phone="0272 3800 101",
        email="lienhe@example.vn",
        website="https://htx.example.vn",
        listing_image=image,
        logo=image,
    )
    source, _created = TranslationSource.get_or_create_from_instance(producer)
    overridable = set(OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert overridable.isdisjoint({"phone", "email", "website", "listing_image", "logo"})
