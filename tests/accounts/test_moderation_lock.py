"""A page in review cannot be changed by its producer by any route, and approval publishes what was reviewed."""

import json
from types import SimpleNamespace

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from tests import factories

from .conftest import producer_form

pytestmark = pytest.mark.django_db

REVIEWED_PHONE = "0234 3 555 666"


def api_action(client, page, action, **data):
    return client.post(
        f"/admin/api/main/pages/{page.pk}/action/{action}/", json.dumps(data), content_type="application/json"
    )


def submit(producer_client, page, form):
    response = producer_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form)
    assert response.status_code == 302
    return WorkflowState.objects.for_instance(page).get()


def approve(editor_client, page):
    task_state = WorkflowState.objects.for_instance(page).get().current_task_state
    response = editor_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}
    )
    assert response.status_code == 302


def live(page):
    return type(page.specific).objects.get(pk=page.pk)


@pytest.fixture
def in_review(producer_client, producers):
    """Producer A's page with an earlier draft revision, then its reviewed change submitted."""
    page = producers.a.specific
    page.phone = "0234 1 111 111"
    earlier = page.save_revision()
    state = submit(producer_client, page, producer_form(page, phone=REVIEWED_PHONE, **{"action-submit": "submit"}))
    return SimpleNamespace(page=page, earlier=earlier, state=state)


def test_admin_api_revert_is_refused_while_the_page_is_in_review(producer_client, editor_client, in_review):
    page = in_review.page
    reviewed = in_review.state.current_task_state.revision
    response = api_action(producer_client, page, "revert_to_page_revision", revision_id=in_review.earlier.pk)
    assert response.status_code == 403
    assert page.revisions.order_by("-pk").first() == reviewed, "no revision was written"
    approve(editor_client, page)
    assert live(page).phone == REVIEWED_PHONE


def test_approval_publishes_the_reviewed_revision_not_a_later_one_by_the_producer(
    producer_user, editor_client, in_review
):
    page = in_review.page
    # However a later revision came to be (a route not yet guarded), approval does not publish it.
    sneaked = page.specific_class.objects.get(pk=page.pk).get_latest_revision_as_object()
    sneaked.phone = "0999 999 999"
    revision = sneaked.save_revision(user=None)
    type(revision).objects.filter(pk=revision.pk).update(user=producer_user)
    approve(editor_client, page)
    assert live(page).phone == REVIEWED_PHONE


def test_an_editors_own_correction_during_review_is_published_on_approval(editor_client, editor, in_review):
    page = in_review.page
    corrected = page.specific_class.objects.get(pk=page.pk).get_latest_revision_as_object()
    corrected.phone = "0234 3 555 667"
    corrected.save_revision(user=editor)
    approve(editor_client, page)
    assert live(page).phone == "0234 3 555 667"


def test_revisions_written_by_any_route_are_refused_for_the_producer(producer_user, in_review):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        in_review.earlier.as_object().save_revision(user=producer_user)


def test_producer_cannot_move_delete_or_revert_its_draft_in_review(producer_client, producers, products):
    draft = factories.ProductPageFactory(parent=producers.a, live=False, certification=None, title="Giỏ mây")
    draft.save_revision()
    response = producer_client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        {"action-submit": "submit"} | _product_form(draft),
    )
    assert response.status_code == 302
    assert WorkflowState.objects.for_instance(draft).get().status == WorkflowState.STATUS_IN_PROGRESS
    assert api_action(producer_client, draft, "delete").status_code == 403
    assert producer_client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk])).status_code in (302, 403)
    assert Page.objects.filter(pk=draft.pk).exists()
    response = api_action(producer_client, draft, "move", destination_page_id=producers.a.pk, position="first-child")
    assert response.status_code == 403
    assert Page.objects.get(pk=draft.pk).path == draft.path


def _product_form(product):
    from .conftest import product_form

    return product_form(product.title, product.slug, product.group)


def test_admin_api_reverts_a_product_that_is_sold_at_a_display_point(editor_client, products, display_point_index):
    point = factories.DisplayPointPageFactory(parent=display_point_index, title="Trạm dừng chân Đồng Tháp Mười")
    product = products.a.specific
    product.sold_at = [point]
    earlier = product.save_revision()
    product.packaging = "Hộp 6 chiếc"
    product.save_revision()
    response = api_action(editor_client, product, "revert_to_page_revision", revision_id=earlier.pk)
    assert response.status_code == 200
    assert [where["title"] for where in response.json()["where_to_buy"]] == ["Trạm dừng chân Đồng Tháp Mười"]
    assert product.revisions.order_by("-pk").first().as_object().packaging != "Hộp 6 chiếc"


def test_wagtail_localize_cannot_write_a_translation_in_review_for_the_producer(producer_user, editor, producers):
    from django.core.exceptions import PermissionDenied
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    english = Locale.objects.get_or_create(language_code="en")[0]
    producers.a.get_parent().copy_for_translation(english, copy_parents=True)
    source, _created = TranslationSource.get_or_create_from_instance(producers.a.specific)
    translation = Translation.objects.create(source=source, target_locale=english)
    translation.save_target(user=editor)
    english_page = producers.a.get_translation(english).specific
    english_page.save_revision(user=producer_user)
    english_page.get_workflow().start(english_page, producer_user)
    reviewed = english_page.revisions.order_by("-pk").first()

    # The translation editor and "sync translations" both save through save_target.
    with pytest.raises(PermissionDenied):
        translation.save_target(user=producer_user)
    assert english_page.revisions.order_by("-pk").first() == reviewed
    translation.save_target(user=editor)  # a reviewer still can
    assert english_page.revisions.order_by("-pk").first() != reviewed


def test_the_edit_form_saves_nothing_while_in_review(producer_client, in_review):
    page = in_review.page
    reviewed = in_review.state.current_task_state.revision
    producer_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), producer_form(page, phone="0111"))
    assert page.revisions.order_by("-pk").first() == reviewed
