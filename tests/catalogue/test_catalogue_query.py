"""The catalogue's filters, facets, sort orders and paging, read from a query string.

The register fixture (tests/catalogue/conftest.py) has six products in force,
one expired, one revoked and one never certified.
"""

import pytest
from django.http import QueryDict
from wagtail.models import Locale

from catalogue.catalogue import CatalogueQuery

pytestmark = pytest.mark.django_db

IN_FORCE = {
    "Lồng đèn mây tre",
    "Nấm đông trùng hạ thảo",
    "Rượu đế Gò Đen",
    "Thịt trâu gác bếp",
    "Vang chanh Long An",
    "Chè shan tuyết",
}


def catalogue(query_string="", locale=None, **kwargs):
    return CatalogueQuery(QueryDict(query_string), locale=locale or Locale.get_default(), **kwargs)


def listed(query_string="", **kwargs):
    """The titles on the catalogue page for this query string, in the order shown."""
    return [product.title for product in catalogue(query_string, **kwargs).page.object_list]


def facet_counts(query, name):
    facet = next(facet for facet in query.facets if facet.name == name)
    return {option.value: option.count for option in facet.options}


def test_catalogue_lists_only_products_whose_certificate_is_in_force(register):
    query = catalogue()
    assert {product.title for product in query.page.object_list} == IN_FORCE
    assert query.count == 6
    assert not query.is_filtered


def test_expiring_certificate_is_still_listed_as_certified(register):
    assert "Chè shan tuyết" in listed()


def test_status_all_adds_expired_and_revoked_products_but_not_uncertified_ones(register):
    titles = set(listed("status=all"))
    assert titles == IN_FORCE | {"Mật ong hoa tràm", "Lạp xưởng"}
    assert "Miến dong" not in titles
    assert catalogue("status=all").show_all


def test_group_filter_lists_only_that_group(register):
    assert set(listed("group=do-uong")) == {"Rượu đế Gò Đen", "Vang chanh Long An"}


def test_subgroup_filter_lists_only_that_subgroup_and_selects_its_group(register):
    query = catalogue("subgroup=ruou-trang")
    assert [product.title for product in query.page.object_list] == ["Rượu đế Gò Đen"]
    assert query.selected == {"group": "do-uong", "subgroup": "ruou-trang"}


def test_subgroup_of_another_group_is_ignored(register):
    assert set(listed("group=thuc-pham&subgroup=ruou-trang")) == {"Thịt trâu gác bếp", "Chè shan tuyết"}


def test_current_province_also_finds_producers_recorded_under_a_merged_province(register):
    assert set(listed("province=tay-ninh")) == {"Nấm đông trùng hạ thảo", "Rượu đế Gò Đen", "Vang chanh Long An"}


def test_historic_province_finds_only_what_was_recorded_under_it(register):
    assert set(listed("province=long-an")) == {"Rượu đế Gò Đen", "Vang chanh Long An"}


def test_stars_filter_accepts_several_star_ratings(register):
    assert set(listed("stars=3&stars=5")) == {
        "Nấm đông trùng hạ thảo",
        "Thịt trâu gác bếp",
        "Vang chanh Long An",
        "Chè shan tuyết",
    }
    assert set(listed("stars=4")) == {"Lồng đèn mây tre", "Rượu đế Gò Đen"}


def test_producer_kind_filter_lists_products_of_that_kind_of_producer(register):
    assert set(listed("kind=household")) == {"Thịt trâu gác bếp", "Chè shan tuyết"}
    assert set(listed("kind=enterprise")) == {"Nấm đông trùng hạ thảo"}


@pytest.mark.parametrize(
    ("query_string", "expected"),
    [
        ("group=do-uong&province=tay-ninh&stars=4", {"Rượu đế Gò Đen"}),
        ("group=thuc-pham&province=lai-chau&stars=3&kind=household", {"Thịt trâu gác bếp", "Chè shan tuyết"}),
        ("province=tay-ninh&kind=cooperative&stars=3&stars=4", {"Rượu đế Gò Đen", "Vang chanh Long An"}),
        ("group=do-uong&subgroup=do-uong-co-con-khac&province=long-an", {"Vang chanh Long An"}),
        ("group=duoc-lieu&province=hue", set()),
        ("status=all&kind=household", {"Thịt trâu gác bếp", "Chè shan tuyết", "Lạp xưởng"}),
        ("status=all&group=thuc-pham&province=tay-ninh", {"Mật ong hoa tràm"}),
    ],
)
def test_filters_combine(register, query_string, expected):
    assert set(listed(query_string)) == expected


def test_newest_certified_come_first_by_default(register):
    assert listed() == [
        "Lồng đèn mây tre",
        "Nấm đông trùng hạ thảo",
        "Rượu đế Gò Đen",
        "Thịt trâu gác bếp",
        "Vang chanh Long An",
        "Chè shan tuyết",
    ]


def test_sort_by_name(register):
    assert listed("sort=name") == [
        "Chè shan tuyết",
        "Lồng đèn mây tre",
        "Nấm đông trùng hạ thảo",
        "Rượu đế Gò Đen",
        "Thịt trâu gác bếp",
        "Vang chanh Long An",
    ]


def test_sort_by_stars_puts_most_stars_first_then_newest(register):
    assert listed("sort=stars") == [
        "Nấm đông trùng hạ thảo",
        "Lồng đèn mây tre",
        "Rượu đế Gò Đen",
        "Thịt trâu gác bếp",
        "Vang chanh Long An",
        "Chè shan tuyết",
    ]


def test_sort_applies_within_a_filter(register):
    assert listed("stars=3&sort=name") == ["Chè shan tuyết", "Thịt trâu gác bếp", "Vang chanh Long An"]


def test_group_facet_counts_products_in_force_per_group(register):
    assert facet_counts(catalogue(), "group") == {
        "thuc-pham": 2,
        "do-uong": 2,
        "duoc-lieu": 1,
        "thu-cong-my-nghe": 1,
        "sinh-vat-canh": 0,
        "dich-vu-du-lich": 0,
    }


def test_facet_counts_follow_the_other_filters_but_not_their_own(register):
    query = catalogue("stars=3")
    assert facet_counts(query, "group") == {
        "thuc-pham": 2,
        "do-uong": 1,
        "duoc-lieu": 0,
        "thu-cong-my-nghe": 0,
        "sinh-vat-canh": 0,
        "dich-vu-du-lich": 0,
    }
    # Choosing 3 stars leaves the other ratings' counts as they were, so they can be added.
    assert facet_counts(query, "stars") == {"3": 3, "4": 2, "5": 1}
    assert facet_counts(query, "kind") == {"cooperative": 1, "enterprise": 0, "household": 2, "cooperative_group": 0}


def test_province_facet_counts_merged_provinces_into_the_current_one(register):
    query = catalogue()
    assert facet_counts(query, "province") == {"tay-ninh": 3, "long-an": 2, "lai-chau": 2, "hue": 1}
    labels = {
        option.value: str(option.label) for option in next(f for f in query.facets if f.name == "province").options
    }
    assert "Long An" in labels["long-an"]
    assert "Tây Ninh" in labels["long-an"]
    assert labels["tay-ninh"] == "Tây Ninh"


def test_subgroup_facet_appears_once_a_group_is_chosen(register):
    assert "subgroup" not in [facet.name for facet in catalogue().facets]
    assert facet_counts(catalogue("group=do-uong"), "subgroup") == {
        "ruou-trang": 1,
        "do-uong-co-con-khac": 1,
        "do-uong-khong-con": 0,
    }


def test_status_all_counts_every_certified_product_ever(register):
    assert facet_counts(catalogue("status=all"), "stars") == {"3": 3, "4": 4, "5": 1}


def test_facet_links_toggle_one_filter_and_keep_the_others(register):
    query = catalogue("stars=3&province=tay-ninh&sort=name")
    stars = {option.value: option for option in next(f for f in query.facets if f.name == "stars").options}
    assert stars["3"].selected
    assert QueryDict(stars["5"].url[1:]) == QueryDict("province=tay-ninh&stars=3&stars=5&sort=name")
    assert QueryDict(stars["3"].url[1:]) == QueryDict("province=tay-ninh&sort=name")
    assert "page" not in QueryDict(stars["5"].url[1:])


def test_leaving_a_group_also_leaves_its_subgroup(register):
    query = catalogue("group=do-uong&subgroup=ruou-trang")
    groups = {option.value: option for option in next(f for f in query.facets if f.name == "group").options}
    assert groups["do-uong"].selected
    assert QueryDict(groups["do-uong"].url[1:]) == QueryDict("")
    assert QueryDict(groups["thuc-pham"].url[1:]) == QueryDict("group=thuc-pham")


def test_pages_split_the_list_in_order(register):
    first, second, third = (listed(f"page={number}", per_page=2) for number in (1, 2, 3))
    assert first == ["Lồng đèn mây tre", "Nấm đông trùng hạ thảo"]
    assert second == ["Rượu đế Gò Đen", "Thịt trâu gác bếp"]
    assert third == ["Vang chanh Long An", "Chè shan tuyết"]


def test_page_links_keep_the_filters(register):
    query = catalogue("stars=3&stars=4&group=do-uong&sort=stars&page=1", per_page=1)
    assert query.page.paginator.num_pages == 2
    assert QueryDict(query.page_url(2)[1:]) == QueryDict("group=do-uong&stars=3&stars=4&sort=stars&page=2")


def test_catalogue_shows_24_products_per_page_by_default(settings, register):
    assert catalogue().per_page == settings.OCOP_PRODUCTS_PER_PAGE == 24


def test_each_listed_product_knows_its_producer(register):
    producers = {product.title: product.producer.title for product in catalogue().page.object_list}
    assert producers["Vang chanh Long An"] == "HTX rượu Gò Đen"
    assert producers["Chè shan tuyết"] == "Hộ kinh doanh Đèo Thị Sớp"


# Anything malformed is ignored: the visitor gets the unfiltered first page.

BAD_FILTERS = [
    "group=khong-co-nhom-nay",
    "group=may-tre-dan",  # a sub-group given as a group
    "subgroup=khong-co",
    "subgroup=thuc-pham",  # a group given as a sub-group
    "province=sai-gon-cu",
    "stars=9",
    "stars=abc",
    "stars=",
    "stars=4.0",
    "stars=-3",
    "stars=9&stars=abc",
    "kind=farmer",
    "status=everything",
    "status=ALL",
    "sort=drop table catalogue_productpage",
    "sort=-title",
    "sort=title",
    "group=" + "x" * 5000,
    "province=" + "tây-ninh" * 1000,
    "group=thực-phẩm",
    "group=%F0%9F%8D%B5",
    "group=thuc-pham%00",
    "province=%00",
    "kind=%0D%0ASet-Cookie:%20x=1",
    "sort=%1B%5B31m",
    "group[]=thuc-pham",
    "group=khong-co&group=cung-khong-co",
]


def test_malformed_filters_are_ignored(register, subtests):
    unfiltered = listed()
    for query_string in BAD_FILTERS:
        with subtests.test(query_string=query_string[:60]):
            query = catalogue(query_string)
            assert query.selected == {}
            assert query.sort == "newest"
            assert [product.title for product in query.page.object_list] == unfiltered


BAD_PAGES = ["page=-1", "page=0", "page=99999", "page=abc", "page=1.5", "page=", "page=%00", "page=" + "9" * 400]


def test_malformed_or_out_of_range_page_gives_the_first_page(register, subtests):
    for query_string in BAD_PAGES:
        with subtests.test(query_string=query_string[:60]):
            page = catalogue(query_string, per_page=2).page
            assert page.number == 1
            assert [product.title for product in page.object_list] == ["Lồng đèn mây tre", "Nấm đông trùng hạ thảo"]


def test_repeated_stars_count_once(register):
    assert listed("stars=4&stars=4") == listed("stars=4")
    assert catalogue("stars=4&stars=4").selected["stars"] == ["4"]


def test_repeated_conflicting_filter_uses_one_of_the_values(register):
    assert listed("group=do-uong&group=thu-cong-my-nghe") in (
        listed("group=do-uong"),
        listed("group=thu-cong-my-nghe"),
    )


# Translations: certificates belong to the product, whatever its language.


@pytest.fixture
def english_rice_spirit(register):
    english = Locale.objects.create(language_code="en")
    translation = register.products.rice_spirit.copy_for_translation(english, copy_parents=True)
    translation.title = "Go Den rice spirit"
    translation.slug = "go-den-rice-spirit"
    translation.save_revision().publish()
    return translation


def test_english_catalogue_lists_translations_with_the_original_certificate(english_rice_spirit):
    query = catalogue(locale=english_rice_spirit.locale)
    assert [(product.title, product.cert_stars) for product in query.page.object_list] == [("Go Den rice spirit", 4)]
    assert listed("province=tay-ninh", locale=english_rice_spirit.locale) == ["Go Den rice spirit"]


def test_vietnamese_catalogue_does_not_list_english_translations(english_rice_spirit):
    assert "Go Den rice spirit" not in listed()
    assert "Rượu đế Gò Đen" in listed()
