"""Where the home page, the content pages and the section indexes can be created."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from catalogue.models import DisplayPointIndexPage, ProducerIndexPage, ProducerPage, ProductIndexPage, ProductPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from opendata.models import OpenDataPage
from reports.models import StatisticsPage
from tests import factories

SECTION_INDEXES = {ProductIndexPage, ProducerIndexPage, DisplayPointIndexPage, NewsIndexPage}


class HomeTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_top_of_the_tree(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        for parent in (HomePage, StandardPage, ProducerIndexPage, NewsIndexPage):
            self.assertCanNotCreateAt(parent, HomePage)

    def test_home_page_offers_editors_the_section_indexes_and_content_pages(self):
        self.assertEqual(
            set(HomePage.creatable_subpage_models()), SECTION_INDEXES | {StandardPage, StatisticsPage, OpenDataPage}
        )

    def test_content_pages_nest_under_the_home_page_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        for parent in (ProducerIndexPage, ProducerPage, ProductPage, NewsIndexPage, NewsPage):
            self.assertCanNotCreateAt(parent, StandardPage)


@pytest.mark.django_db
def test_only_one_home_page_can_be_added_under_the_root(home_page, root_page):
    assert not HomePage.can_create_at(root_page)


@pytest.mark.django_db
def test_several_content_pages_can_sit_side_by_side_and_nest(home_page):
    about = factories.StandardPageFactory(parent=home_page)
    assert StandardPage.can_create_at(home_page)
    assert StandardPage.can_create_at(about)
