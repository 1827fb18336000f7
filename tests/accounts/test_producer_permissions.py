"""What a producer can and cannot do in the admin, tried the way a logged-in producer would."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from accounts.models import ProducerAccess
from catalogue.models import ProductPage
from tests import factories
from tests.utils import visible_text

from .conftest import producer_form, product_form

pytestmark = pytest.mark.django_db


def refused(response):
    """403, or Wagtail's redirect with "you do not have permission": never the form."""
    return response.status_code == 403 or (response.status_code == 302 and "/login/" not in response.url)


def html_of(response):
    """The page's HTML, also when a chooser answers in JSON (which escapes Vietnamese letters)."""
    if response.get("Content-Type", "").startswith("application/json"):
        return response.json().get("html", "")
    return response.content.decode()


def png():
    from io import BytesIO

    from PIL import Image as PILImage

    buffer = BytesIO()
    PILImage.new("RGB", (8, 8), "green").save(buffer, "PNG")
    return SimpleUploadedFile("anh.png", buffer.getvalue(), content_type="image/png")


# Can ----------------------------------------------------------------------------


def test_producer_can_edit_its_profile_page_as_a_draft(producer_client, producers):
    url = reverse("wagtailadmin_pages:edit", args=[producers.a.pk])
    assert 'name="phone"' in producer_client.get(url).content.decode()
    response = producer_client.post(url, producer_form(producers.a, phone="0234 3 555 666"))
    assert response.status_code == 302
    page = producers.a.specific_class.objects.get(pk=producers.a.pk)
    assert page.get_latest_revision_as_object().phone == "0234 3 555 666"
    assert page.phone != "0234 3 555 666", "not live before an editor approves"


def test_producer_can_edit_its_product_pages_and_sees_its_certificates_read_only(producer_client, products):
    response = producer_client.get(reverse("wagtailadmin_pages:edit", args=[products.a.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="packaging"' in html
    # The certificate history is shown, with no field for stars, score or decision.
    assert products.a.current_certification.decision.number in visible_text(response)
    assert not any(f'name="{field}"' in html for field in ("stars", "score", "decision", "certifications-TOTAL_FORMS"))


def test_producer_can_add_a_product(producer_client, producers):
    url = reverse("wagtailadmin_pages:add", args=["catalogue", "productpage", producers.a.pk])
    assert producer_client.get(url).status_code == 200
    response = producer_client.post(url, product_form("Giỏ mây", "gio-may", factories.group("thu-cong-my-nghe")))
    assert response.status_code == 302
    product = ProductPage.objects.get(slug="gio-may")
    assert product.get_parent().pk == producers.a.pk
    assert not product.live


def test_producer_can_delete_its_unpublished_product_but_not_a_live_one(producer_client, producers, products):
    draft = factories.ProductPageFactory(parent=producers.a, live=False, certification=None)
    response = producer_client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()

    response = producer_client.post(reverse("wagtailadmin_pages:delete", args=[products.a.pk]))
    assert refused(response)
    assert Page.objects.filter(pk=products.a.pk).exists()


def test_producer_can_upload_images_to_its_own_collection_only(producer_client, producer_user, producers):
    access = ProducerAccess.objects.get(producer_key=producers.a.translation_key)
    response = producer_client.get(reverse("wagtailimages:add"))
    assert response.status_code == 200
    response = producer_client.post(
        reverse("wagtailimages:add"), {"title": "Lồng đèn", "file": png(), "collection": access.collection.pk}
    )
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Lồng đèn").collection == access.collection

    other = Collection.get_first_root_node().add_child(name="Ảnh của văn phòng")
    producer_client.post(reverse("wagtailimages:add"), {"title": "Lén", "file": png(), "collection": other.pk})
    assert not get_image_model().objects.filter(title="Lén", collection=other).exists()


def test_producer_can_translate_its_own_page(producer_client, producers):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    response = producer_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[producers.a.pk]), {"locales": [english.pk]}
    )
    assert response.status_code == 302
    translation = producers.a.get_translation(english)
    assert producer_client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk])).status_code == 200


# Cannot -------------------------------------------------------------------------


def test_producer_cannot_publish_without_approval(producer_client, producers):
    url = reverse("wagtailadmin_pages:edit", args=[producers.a.pk])
    assert 'name="action-publish"' not in producer_client.get(url).content.decode()
    producer_client.post(url, producer_form(producers.a, phone="0234 9 999 999", **{"action-publish": "publish"}))
    producers.a.refresh_from_db()
    assert producers.a.specific.phone != "0234 9 999 999"


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailadmin_pages:edit",
        "wagtailadmin_pages:view_draft",
        "wagtailadmin_pages:history",
        "wagtailadmin_pages:delete",
    ],
)
def test_producer_cannot_open_another_producers_page_by_url(producer_client, producers, products, url_name):
    for page in (producers.b, products.b):
        response = producer_client.get(reverse(url_name, args=[page.pk]))
        assert refused(response), f"{url_name} of {page.title}"
        assert page.title not in response.content.decode()


def test_producer_cannot_post_to_another_producers_edit_form(producer_client, producers):
    url = reverse("wagtailadmin_pages:edit", args=[producers.b.pk])
    assert refused(producer_client.post(url, producer_form(producers.b, phone="0000")))
    assert producers.b.specific_class.objects.get(pk=producers.b.pk).get_latest_revision_as_object().phone != "0000"


def test_producer_cannot_add_products_to_another_producer(producer_client, producers):
    url = reverse("wagtailadmin_pages:add", args=["catalogue", "productpage", producers.b.pk])
    assert refused(producer_client.get(url))
    producer_client.post(url, product_form("Hàng giả", "hang-gia", factories.group("thuc-pham")))
    assert not ProductPage.objects.filter(slug="hang-gia").exists()


def test_producer_does_not_see_other_producers_in_explorer_search_or_chooser(producer_client, producers, products):
    draft = factories.ProductPageFactory(parent=producers.b, title="Bản nháp Gò Đen", live=False)
    for url in (
        reverse("wagtailadmin_explore", args=[producers.a.get_parent().pk]),
        reverse("wagtailadmin_pages:search") + "?q=Gò Đen",
        reverse("wagtailadmin_choose_page") + "?q=Gò",
        reverse("wagtailadmin_choose_page_child", args=[producers.b.pk]),
    ):
        assert draft.title not in html_of(producer_client.get(url, follow=True)), url
    explorer = visible_text(producer_client.get(reverse("wagtailadmin_explore", args=[producers.a.get_parent().pk])))
    assert producers.b.title not in explorer
    # The producer still sees its own pages there, and an editor sees the draft.
    own_children = producer_client.get(reverse("wagtailadmin_choose_page_child", args=[producers.a.pk]))
    assert products.a.title in html_of(own_children)


def test_an_editor_chooses_any_page_even_drafts(editor_client, producers, products):
    draft = factories.ProductPageFactory(parent=producers.b, title="Bản nháp Gò Đen", live=False)
    response = editor_client.get(reverse("wagtailadmin_choose_page_child", args=[producers.b.pk]))
    assert draft.title in html_of(response)


def test_producer_cannot_edit_or_choose_another_producers_images(producer_client, editor_client, producers):
    from accounts.invite import producer_access_for

    other = producer_access_for(producers.b)
    image = factories.ImageFactory(title="Ảnh của Gò Đen", collection=other.collection)
    assert refused(producer_client.get(reverse("wagtailimages:edit", args=[image.pk])))
    for url in (reverse("wagtailimages:index"), reverse("wagtailimages_chooser:choose")):
        assert image.title not in html_of(producer_client.get(url))
        assert image.title in html_of(editor_client.get(url)), "an editor sees it: the check can fail"


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_catalogue_certificationdecision:list",
        "wagtailsnippets_catalogue_certificationdecision:add",
        "wagtailsnippets_catalogue_certification:list",
        "wagtailsnippets_catalogue_productgroup:list",
        "wagtailsnippets_catalogue_province:list",
        "wagtailusers_users:index",
        "wagtailusers_groups:index",
        "wagtailsites:index",
        "wagtaillocales:index",
        "wagtailredirects:index",
        "wagtailadmin_workflows:index",
    ],
)
def test_producer_cannot_reach_the_register_taxonomy_users_or_settings(producer_client, url_name):
    assert refused(producer_client.get(reverse(url_name)))


def test_producer_cannot_edit_a_decision_or_certificate_by_url(producer_client, products):
    certificate = products.a.current_certification
    for url in (
        reverse("wagtailsnippets_catalogue_certificationdecision:edit", args=[certificate.decision.pk]),
        reverse("wagtailsnippets_catalogue_certification:edit", args=[certificate.pk]),
    ):
        assert refused(producer_client.get(url))
        assert refused(producer_client.post(url, {"stars": 5, "score": 95}))
    certificate.refresh_from_db()
    assert certificate.stars == 4


def test_producer_cannot_edit_news(producer_client, news_index):
    article = factories.NewsPageFactory(parent=news_index)
    assert refused(producer_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])))
    assert refused(producer_client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])))


def test_producer_cannot_translate_another_producers_page_or_a_taxonomy(producer_client, producers):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    response = producer_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[producers.b.pk]), {"locales": [english.pk]}
    )
    assert refused(response)
    assert not producers.b.has_translation(english)

    province = factories.province("hue")
    url = reverse("wagtail_localize:submit_snippet_translation", args=["catalogue", "province", province.pk])
    assert refused(producer_client.post(url, {"locales": [english.pk]}))
    assert not province.has_translation(english)


def test_admin_menu_shows_a_producer_only_what_it_may_use(producer_client):
    html = producer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/images/" in html
    for hidden in ("/admin/snippets/", "/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/workflows/"):
        assert hidden not in html, hidden


def test_editor_can_reach_what_a_producer_cannot(editor_client, producers, products):
    for url in (
        reverse("wagtailadmin_pages:edit", args=[producers.b.pk]),
        reverse("wagtailsnippets_catalogue_certificationdecision:list"),
        reverse("wagtailsnippets_catalogue_province:list"),
    ):
        assert editor_client.get(url).status_code == 200, url


def test_producer_cannot_update_translations_of_another_page_or_publish_its_own_past_the_workflow(
    producer_client, editor_client, producers
):
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    english = Locale.objects.get_or_create(language_code="en")[0]
    for producer in (producers.a, producers.b):
        response = editor_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[producer.pk]), {"locales": [english.pk]}
        )
        assert response.status_code == 302
    source_a, source_b = (
        TranslationSource.get_or_create_from_instance(producer.specific)[0] for producer in (producers.a, producers.b)
    )

    other = reverse("wagtail_localize:update_translations", args=[source_b.pk])
    assert refused(producer_client.get(other))
    assert refused(producer_client.post(other, {}))

    own = reverse("wagtail_localize:update_translations", args=[source_a.pk])
    assert producer_client.get(own).status_code == 200
    assert refused(producer_client.post(own, {"publish_translations": "on"}))
