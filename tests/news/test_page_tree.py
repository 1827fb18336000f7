"""Where news pages can be created, and an editor writing an article through the admin."""

import pytest
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from catalogue.models import ProducerPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from tests import factories


class NewsTreeRulesTests(WagtailPageTestCase):
    def test_article_lives_only_under_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        for parent in (HomePage, StandardPage, ProducerPage):
            self.assertCanNotCreateAt(parent, NewsPage)

    def test_news_index_lives_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsPage, set())


@pytest.mark.django_db
def test_home_page_has_at_most_one_news_index(home_page):
    assert NewsIndexPage.can_create_at(home_page)
    factories.NewsIndexPageFactory(parent=home_page)
    assert not NewsIndexPage.can_create_at(home_page)


class EditorWritesArticleTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.HomePageFactory(parent=Page.get_first_root_node())
        site = Site.objects.get(is_default_site=True)
        welcome, site.root_page = site.root_page, home
        site.save()
        welcome.delete()
        cls.news_index = factories.NewsIndexPageFactory(parent=home)

    def setUp(self):
        self.login()

    def test_editor_publishes_an_article_with_body_and_tags(self):
        self.assertCanCreate(
            self.news_index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Lai Châu công nhận 93 sản phẩm OCOP",
                    "slug": "lai-chau-cong-nhan-93-san-pham",
                    "date": "2023-12-20",
                    "author": "Phóng viên",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Mười một sản phẩm đạt bốn sao.</p>")),
                            ("quote", {"text": "Doanh thu tăng hơn 10%.", "attribution": "Một chủ thể"}),
                        ]
                    ),
                    "tags": "Lai Châu, công nhận mới",
                }
            ),
        )
        article = NewsPage.objects.get(slug="lai-chau-cong-nhan-93-san-pham")
        assert sorted(tag.name for tag in article.tags.all()) == ["Lai Châu", "công nhận mới"]
        response = self.client.get(article.url)
        assert response.status_code == 200
        self.assertContains(response, "Mười một sản phẩm đạt bốn sao.")
        self.assertContains(response, "Doanh thu tăng hơn 10%.")
