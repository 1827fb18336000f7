"""Where catalogue pages can be created, and an editor creating a producer through the admin."""

import pytest
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from catalogue.models import (
    DisplayPointIndexPage,
    DisplayPointPage,
    ProducerIndexPage,
    ProducerKind,
    ProducerPage,
    ProductIndexPage,
    ProductPage,
)
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage
from tests import factories


class CatalogueTreeRulesTests(WagtailPageTestCase):
    def test_product_lives_only_under_its_producer(self):
        self.assertAllowedParentPageTypes(ProductPage, {ProducerPage})
        self.assertCanCreateAt(ProducerPage, ProductPage)
        for parent in (HomePage, ProductIndexPage, ProducerIndexPage, DisplayPointPage, StandardPage, NewsIndexPage):
            self.assertCanNotCreateAt(parent, ProductPage)

    def test_producer_lives_only_under_the_producer_index(self):
        self.assertAllowedParentPageTypes(ProducerPage, {ProducerIndexPage})
        self.assertCanNotCreateAt(HomePage, ProducerPage)
        self.assertCanNotCreateAt(ProducerPage, ProducerPage)

    def test_producer_has_only_products_below_it(self):
        self.assertAllowedSubpageTypes(ProducerPage, {ProductPage})

    def test_display_point_lives_only_under_the_display_point_index(self):
        self.assertAllowedParentPageTypes(DisplayPointPage, {DisplayPointIndexPage})
        self.assertAllowedSubpageTypes(DisplayPointIndexPage, {DisplayPointPage})
        self.assertCanNotCreateAt(HomePage, DisplayPointPage)
        self.assertCanNotCreateAt(ProducerPage, DisplayPointPage)

    def test_catalogue_and_leaf_pages_have_no_children(self):
        for model in (ProductIndexPage, ProductPage, DisplayPointPage):
            self.assertAllowedSubpageTypes(model, set())

    def test_catalogue_indexes_live_only_under_the_home_page(self):
        for index in (ProductIndexPage, ProducerIndexPage, DisplayPointIndexPage):
            self.assertAllowedParentPageTypes(index, {HomePage})
            self.assertCanNotCreateAt(StandardPage, index)
            self.assertCanNotCreateAt(Page, index)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "index_factory",
    [factories.ProductIndexPageFactory, factories.ProducerIndexPageFactory, factories.DisplayPointIndexPageFactory],
)
def test_home_page_has_at_most_one_of_each_catalogue_index(home_page, index_factory):
    model = index_factory._meta.model
    assert model.can_create_at(home_page)
    index_factory(parent=home_page)
    assert not model.can_create_at(home_page)


class EditorCreatesProducerTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.HomePageFactory(parent=Page.get_first_root_node())
        site = Site.objects.get(is_default_site=True)
        welcome, site.root_page = site.root_page, home
        site.save()
        welcome.delete()
        cls.producer_index = factories.ProducerIndexPageFactory(parent=home)
        cls.province = factories.province("lai-chau")

    def setUp(self):
        self.login()

    def test_editor_creates_a_producer_with_story_and_sales_channel(self):
        self.assertCanCreate(
            self.producer_index,
            ProducerPage,
            nested_form_data(
                {
                    "title": "Hộ kinh doanh Đèo Thị Sớp",
                    "slug": "ho-kinh-doanh-deo-thi-sop",
                    "kind": ProducerKind.HOUSEHOLD,
                    "story": streamfield(
                        [
                            ("heading", {"text": "Thịt trâu gác bếp Ninh Sớp", "level": "h2"}),
                            ("paragraph", rich_text("<p>Gác bếp bằng khói củi nghiến, theo cách của người Thái.</p>")),
                        ]
                    ),
                    "photos": inline_formset([]),
                    "province": self.province.pk,
                    "address": "Bản Ninh Sớp, thành phố Lai Châu",
                    "phone": "0213 3 876 543",
                    "email": "",
                    "website": "",
                    "sales_channels": inline_formset(
                        [{"kind": "ecommerce", "name": "Gian hàng Voso", "url": "https://voso.vn/deo-thi-sop"}]
                    ),
                    "women_led": "on",
                    "ethnic_minority": "on",
                    "craft_village": "",
                    "comments": inline_formset([]),
                }
            ),
        )

        producer = ProducerPage.objects.get(slug="ho-kinh-doanh-deo-thi-sop")
        assert producer.live
        assert producer.kind == ProducerKind.HOUSEHOLD
        assert producer.province == self.province
        assert producer.women_led and producer.ethnic_minority and not producer.vietgap
        assert [channel.name for channel in producer.sales_channels.all()] == ["Gian hàng Voso"]
        assert [block.block_type for block in producer.story] == ["heading", "paragraph"]

        response = self.client.get(producer.url)
        assert response.status_code == 200
        self.assertContains(response, "Gác bếp bằng khói củi nghiến, theo cách của người Thái.")

    def test_editor_cannot_create_a_producer_without_a_province(self):
        with self.assertRaisesMessage(AssertionError, "province"):
            self.assertCanCreate(
                self.producer_index,
                ProducerPage,
                nested_form_data(
                    {
                        "title": "Chủ thể thiếu tỉnh",
                        "kind": ProducerKind.COOPERATIVE,
                        "story": streamfield([]),
                        "photos": inline_formset([]),
                        "address": "Không rõ",
                        "sales_channels": inline_formset([]),
                        "comments": inline_formset([]),
                    }
                ),
            )
        assert not ProducerPage.objects.filter(title="Chủ thể thiếu tỉnh").exists()
