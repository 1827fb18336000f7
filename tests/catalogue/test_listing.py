"""The catalogue's listing rows never disagree with the register, whatever an editor changes.

After each change an editor (or an import, or the generator) can make, the
stored rows must equal rows computed afresh from the certificates and the
page tree, for every product page of every language.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from catalogue.models import Certification, ProducerKind, ProductListing, ProductPage
from catalogue.models.listing import LISTED_FIELDS, listing_rows_from_register
from tests import factories
from tests.factories import group, province

pytestmark = pytest.mark.django_db


def snapshot(rows):
    return {
        row.page_id: tuple(getattr(row, f"{name}_id", None) or getattr(row, name) for name in LISTED_FIELDS)
        for row in rows
    }


def assert_in_step():
    stored = snapshot(ProductListing.objects.all())
    fresh = snapshot(listing_rows_from_register(ProductPage.objects.all()))
    assert stored == fresh
    assert set(stored) == set(ProductPage.objects.values_list("pk", flat=True))


@pytest.fixture
def product(producer, frozen_today):
    return factories.ProductPageFactory(parent=producer, certification__stars=4)


def test_a_new_product_and_its_certificate_are_listed(product):
    assert_in_step()
    row = ProductListing.objects.get(page=product)
    assert (row.cert_stars, row.live, row.producer_id) == (4, True, product.get_parent().pk)


def test_a_new_certificate_a_revocation_and_a_deletion_are_followed(product):
    newer = Certification.objects.create(
        decision=factories.CertificationDecisionFactory(issued_on=factories.days_ago(1)),
        product=product,
        stars=5,
        score=95,
    )
    assert_in_step()
    assert ProductListing.objects.get(page=product).cert_stars == 5
    newer.revoked_on, newer.revocation_reason = factories.days_ago(0), "Vi phạm"
    newer.save()
    assert_in_step()
    newer.delete()
    assert_in_step()
    assert ProductListing.objects.get(page=product).cert_stars == 4


def test_a_decision_moved_to_another_date_moves_its_products(product):
    decision = Certification.objects.get(product=product).decision
    decision.issued_on = datetime.date(2019, 1, 2)
    decision.save()
    assert_in_step()
    assert ProductListing.objects.get(page=product).cert_issued_on == datetime.date(2019, 1, 2)
    decision.delete()
    assert_in_step()
    assert ProductListing.objects.get(page=product).cert_issued_on is None


def test_a_certificate_given_to_another_product_leaves_the_first(product, producer):
    other = factories.ProductPageFactory(parent=producer, certification=None)
    certificate = Certification.objects.get(product=product)
    certificate.product = other
    certificate.save()
    assert_in_step()
    assert ProductListing.objects.get(page=product).cert_stars is None


def test_unpublishing_publishing_and_editing_a_product_are_followed(product):
    product.unpublish()
    assert_in_step()
    assert not ProductListing.objects.get(page=product).live
    product = ProductPage.objects.get(pk=product.pk)
    product.title = "Đồ gốm Bát Tràng"
    product.group = group("thu-cong-my-nghe")
    product.subgroup = group("may-tre-dan")
    product.save_revision().publish()
    assert_in_step()
    row = ProductListing.objects.get(page=product)
    assert (row.title, row.live, row.group_id) == ("Đồ gốm Bát Tràng", True, group("thu-cong-my-nghe").pk)


def test_a_producer_changing_kind_or_province_and_a_product_moved_are_followed(product, producer_index):
    producer = product.get_parent().specific
    producer.kind = ProducerKind.ENTERPRISE
    producer.province = province("hue")
    producer.save_revision().publish()
    assert_in_step()
    assert ProductListing.objects.get(page=product).producer_kind == ProducerKind.ENTERPRISE
    other = factories.ProducerPageFactory(parent=producer_index, province=province("lai-chau"))
    product.move(other, pos="last-child")
    assert_in_step()
    assert ProductListing.objects.get(page=product).producer_id == other.pk


def test_a_translation_is_listed_with_the_same_certificate(product):
    english, _created = Locale.objects.get_or_create(language_code="en")
    translated = product.copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()
    assert_in_step()
    row = ProductListing.objects.get(page=translated)
    assert (row.locale_id, row.cert_stars) == (english.pk, 4)


def test_deleting_a_product_deletes_its_row(producer, frozen_today):
    product = factories.ProductPageFactory(parent=producer, certification=None)
    product.delete()
    assert not ProductListing.objects.filter(page_id=product.pk).exists()
    assert_in_step()


def test_the_generated_catalogue_and_its_replacement_are_listed(frozen_today):
    call_command("generate_catalogue", products=60, seed=3, no_images=True, news=2, stdout=io.StringIO())
    assert_in_step()
    assert ProductListing.objects.count() == ProductPage.objects.count() >= 60
    call_command("generate_catalogue", products=40, seed=4, no_images=True, news=2, replace=True, stdout=io.StringIO())
    assert_in_step()
