"""The cached taxonomy (catalogue.models.taxonomy.cached_taxonomy) is forgotten when an editor changes it."""

import pytest
from wagtail.models import Locale

from catalogue.models import ProductGroup, Province
from catalogue.models.taxonomy import cached_taxonomy

pytestmark = pytest.mark.django_db


def test_a_renamed_province_is_read_afresh_on_the_next_page():
    province = Province.objects.order_by("pk").first()
    assert province.name in [row.name for row in cached_taxonomy().provinces]

    province.name = "Tỉnh Thử Nghiệm"
    province.save()

    assert "Tỉnh Thử Nghiệm" in [row.name for row in cached_taxonomy().provinces]


def test_a_deleted_product_group_leaves_the_cached_taxonomy():
    group = ProductGroup.objects.create(name="Nhóm thử nghiệm", slug="nhom-thu-nghiem", locale=Locale.get_default())
    assert group.pk in [row.pk for row in cached_taxonomy().groups]

    group.delete()

    assert "nhom-thu-nghiem" not in [row.slug for row in cached_taxonomy().groups]
