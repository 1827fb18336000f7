"""What the index holds of a product's listing follows the register: the product is reindexed when it changes."""

from unittest import mock

import pytest

from catalogue.models import Certification
from catalogue.signals import listings_refreshed_afterwards
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def reindexed():
    with mock.patch("search.signals.index.insert_or_update_object") as reindex:
        yield lambda: {call.args[0].pk for call in reindex.call_args_list}, reindex


def test_a_revoked_certificate_reindexes_its_product_in_every_language(producer_index, frozen_today, reindexed):
    producer = factories.ProducerPageFactory(parent=producer_index)
    product = factories.ProductPageFactory(parent=producer)
    pks, reindex = reindexed
    reindex.reset_mock()
    certificate = Certification.objects.get(product=product)
    certificate.revoked_on = factories.days_ago(1)
    certificate.save()
    assert product.pk in pks()
    indexed = next(call.args[0] for call in reindex.call_args_list if call.args[0].pk == product.pk)
    assert indexed.listed_revoked_on() == certificate.revoked_on, "the listing row is refreshed before"


def test_a_new_decision_date_and_a_producer_saved_reindex_the_products(producer_index, frozen_today, reindexed):
    producer = factories.ProducerPageFactory(parent=producer_index)
    product = factories.ProductPageFactory(parent=producer)
    pks, reindex = reindexed
    reindex.reset_mock()
    decision = Certification.objects.get(product=product).decision
    decision.issued_on = factories.days_ago(2000)
    decision.save()
    assert product.pk in pks()
    reindex.reset_mock()
    producer.province = factories.province("hue")
    producer.save()
    assert product.pk in pks()


def test_bulk_writers_pause_the_reindexing(producer_index, frozen_today, reindexed):
    producer = factories.ProducerPageFactory(parent=producer_index)
    product = factories.ProductPageFactory(parent=producer)
    pks, reindex = reindexed
    reindex.reset_mock()
    with listings_refreshed_afterwards():
        certificate = Certification.objects.get(product=product)
        certificate.revoked_on = factories.days_ago(1)
        certificate.save()
    assert product.pk not in pks()
