"""What every page shares: content pages, the base page's listing fields, errors and language."""

import pytest
from wagtail.models import get_page_models
from wagtail.rich_text import RichText

from showcase.models import BasePage
from tests import factories
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db


def test_content_page_renders_its_body(client, home_page):
    about = factories.StandardPageFactory(
        parent=home_page,
        title="Chương trình OCOP là gì",
        body=factories.paragraph("Mỗi xã một sản phẩm, bắt đầu từ Quyết định 490/QĐ-TTg năm 2018."),
    )
    response = client.get(about.url)
    assert response.status_code == 200
    assert [" ".join(h.get_text(" ").split()) for h in soup_of(response).find_all("h1")] == ["Chương trình OCOP là gì"]
    assert "Mỗi xã một sản phẩm, bắt đầu từ Quyết định 490/QĐ-TTg năm 2018." in visible_text(response)


def test_content_pages_nest(client, home_page):
    about = factories.StandardPageFactory(parent=home_page, slug="gioi-thieu")
    how = factories.StandardPageFactory(parent=about, slug="quy-trinh-chung-nhan", title="Quy trình chứng nhận")
    assert how.url == "/vi/gioi-thieu/quy-trinh-chung-nhan/"
    response = client.get(how.url)
    assert response.status_code == 200
    assert "Quy trình chứng nhận" in visible_text(response)


def test_content_page_renders_every_block_type(client, home_page):
    image = factories.ImageFactory(title="Đèn mây tre")
    about = factories.StandardPageFactory(
        parent=home_page,
        body=[
            ("heading", {"text": "Bộ tiêu chí", "level": "h2"}),
            ("paragraph", RichText("<p>Ba phần A, B, C.</p>")),
            ("image", {"image": image, "alt_text": "Đèn mây tre thắp sáng", "caption": "Sản phẩm 4 sao"}),
            ("quote", {"text": "Mỗi chai rượu là công sức của cả làng.", "attribution": "Một chủ thể"}),
            ("facts", [{"value": "14", "label": "sản phẩm được chứng nhận"}]),
        ],
    )
    response = client.get(about.url)
    assert response.status_code == 200
    text = visible_text(response)
    for expected in (
        "Bộ tiêu chí",
        "Ba phần A, B, C.",
        "Sản phẩm 4 sao",
        "Mỗi chai rượu là công sức của cả làng.",
        "sản phẩm được chứng nhận",
    ):
        assert expected in text
    assert soup_of(response).find("img", alt="Đèn mây tre thắp sáng") is not None


def test_unknown_address_is_a_404_page(client, home_page):
    response = client.get("/vi/khong-co-trang-nay/")
    assert response.status_code == 404


def test_draft_page_is_not_public(client, home_page):
    draft = factories.StandardPageFactory(parent=home_page, live=False)
    assert client.get(f"/vi/{draft.slug}/").status_code == 404


def test_listing_title_and_summary_fall_back_to_the_page_title_and_description(home_page):
    page = factories.StandardPageFactory(parent=home_page, title="Giới thiệu", search_description="Về OCOP")
    assert (page.card_title, page.card_summary) == ("Giới thiệu", "Về OCOP")
    page.listing_title, page.listing_summary = "Về chương trình", "Tóm tắt"
    assert (page.card_title, page.card_summary) == ("Về chương trình", "Tóm tắt")


def test_every_site_page_type_builds_on_the_base_page_and_declares_its_place_in_the_tree():
    """DESIGN.md: every page type sets parent_page_types and subpage_types (nothing lands anywhere by default)."""
    site_models = [model for model in get_page_models() if model._meta.app_label in {"home", "catalogue", "news"}]
    assert len(site_models) == 10
    for model in site_models:
        assert issubclass(model, BasePage), model
        assert "parent_page_types" in vars(model), f"{model.__name__} sets parent_page_types"
        assert "subpage_types" in vars(model), f"{model.__name__} sets subpage_types"
        assert model.template, model
