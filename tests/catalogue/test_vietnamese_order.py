"""Names sort in Vietnamese alphabetical order, the same in Python, on SQLite and on PostgreSQL.

a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, letters before
tone marks, tone marks before capitals.
"""

import random

import pytest
from django.http import QueryDict
from wagtail.models import Locale

from catalogue.catalogue import CatalogueQuery
from catalogue.models import Province
from showcase.collation import vietnamese, vietnamese_sort_key
from tests import factories
from tests.factories import province

IN_ORDER = [
    "An Giang",
    "Ăn",
    "Ân",
    "ba",
    "Ba",
    "Bà",
    "Bả",
    "Bã",
    "Bá",
    "Bạ",
    "Bà Rịa",
    "Ca",
    "cà",
    "Cá",
    "Ca Mau",
    "Cà Mau",
    "Cá mè",
    "Cao Bằng",
    "Dương",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Nội",
    "Hải Phòng",
    "Huế",
    "Hưng Yên",
    "O",
    "Ô",
    "Ơ",
    "U",
    "Ư",
]


def test_the_python_sort_key_gives_the_vietnamese_order():
    shuffled = random.Random(7).sample(IN_ORDER, len(IN_ORDER))
    assert sorted(shuffled, key=vietnamese_sort_key) == IN_ORDER
    assert sorted(["Gia Lai", "Đồng Tháp", "Dương"], key=vietnamese_sort_key) == ["Dương", "Đồng Tháp", "Gia Lai"]


def test_decomposed_and_precomposed_spellings_sort_alike():
    decomposed = "Đo\u0302\u0300ng Tha\u0301p"
    assert vietnamese_sort_key(decomposed) == vietnamese_sort_key("Đồng Tháp")


@pytest.mark.django_db
def test_the_database_sorts_names_as_python_does():
    locale = Locale.get_default()
    current = province("gia-lai")
    for number, name in enumerate(IN_ORDER):
        Province.objects.create(name=name, slug=f"ten-{number}", locale=locale, merged_into=current)
    names = list(
        Province.objects.filter(slug__startswith="ten-").order_by(vietnamese("name")).values_list("name", flat=True)
    )
    assert names == IN_ORDER


@pytest.mark.django_db
def test_provinces_are_listed_in_vietnamese_order_by_default():
    names = list(Province.objects.filter(slug__in=["gia-lai", "dong-thap", "da-nang"]).values_list("name", flat=True))
    assert names == sorted(names, key=vietnamese_sort_key)
    assert names.index("Đồng Tháp") < names.index("Gia Lai")


@pytest.mark.django_db
def test_catalogue_sorted_by_name_puts_dong_thap_after_duong_and_before_gia_lai(producer, frozen_today):
    for title in ("Gia Lai cà phê", "Đồng Tháp sen", "Dương xỉ", "Đà Lạt dâu", "An Giang mắm"):
        factories.ProductPageFactory(parent=producer, title=title)
    query = CatalogueQuery(QueryDict("sort=name"), locale=Locale.get_default())
    titles = [product.title for product in query.page.object_list]
    assert titles == ["An Giang mắm", "Dương xỉ", "Đà Lạt dâu", "Đồng Tháp sen", "Gia Lai cà phê"]


@pytest.mark.django_db
def test_catalogue_province_filter_lists_provinces_in_vietnamese_order(producer_index, frozen_today):
    for slug in ("gia-lai", "dong-thap", "an-giang", "da-nang"):
        factories.ProductPageFactory(
            parent=factories.ProducerPageFactory(parent=producer_index, province=province(slug))
        )
    query = CatalogueQuery(QueryDict(""), locale=Locale.get_default())
    facet = next(facet for facet in query.facets if facet.name == "province")
    labels = [option.label for option in facet.options]
    assert labels == ["An Giang", "Đà Nẵng", "Đồng Tháp", "Gia Lai"]
