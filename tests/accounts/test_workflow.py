"""Producer changes go through the "Producer changes" workflow; editors' own changes publish directly."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from tests.utils import visible_text

from .conftest import producer_form

pytestmark = pytest.mark.django_db

NEW_PHONE = "0234 3 555 666"


def submit(producer_client, producer):
    response = producer_client.post(
        reverse("wagtailadmin_pages:edit", args=[producer.pk]),
        producer_form(producer, phone=NEW_PHONE, **{"action-submit": "submit"}),
    )
    assert response.status_code == 302
    return WorkflowState.objects.for_instance(producer).get()


def act(editor_client, producer, action, comment=""):
    task_state = WorkflowState.objects.for_instance(producer).get().current_task_state
    return editor_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[producer.pk, action, task_state.pk]),
        {"comment": comment},
    )


def live_phone(producer):
    return type(producer.specific).objects.get(pk=producer.pk).phone


def test_producer_pages_are_under_the_producer_changes_workflow(producer_user, producers, products):
    assert producers.a.get_workflow().name == "Thay đổi của chủ thể"
    assert products.a.get_workflow().name == "Thay đổi của chủ thể"


def test_submit_then_approve_makes_the_change_live(producer_client, producer_user, editor_client, editor, producers):
    state = submit(producer_client, producers.a)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert live_phone(producers.a) != NEW_PHONE
    # The editors are told there is something to approve.
    assert any(editor.email in message.to for message in mail.outbox)

    # The editor sees it on the dashboard and approves it.
    assert producers.a.title in visible_text(editor_client.get(reverse("wagtailadmin_home")))
    mail.outbox.clear()
    assert act(editor_client, producers.a, "approve").status_code == 302

    assert live_phone(producers.a) == NEW_PHONE
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert any(producer_user.email in message.to for message in mail.outbox), "the producer is told"


def test_submit_then_reject_keeps_the_live_page_and_tells_the_producer_why(
    producer_client, producer_user, editor_client, producers
):
    state = submit(producer_client, producers.a)
    mail.outbox.clear()
    comment = "Số điện thoại chưa đúng, vui lòng kiểm tra lại."
    assert act(editor_client, producers.a, "reject", comment).status_code == 302

    assert live_phone(producers.a) != NEW_PHONE
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_producer = [message for message in mail.outbox if producer_user.email in message.to]
    assert to_producer and comment in to_producer[0].body
    # The comment is also in the page's history in the admin.
    history = producer_client.get(reverse("wagtailadmin_pages:history", args=[producers.a.pk]))
    assert comment in visible_text(history)


def test_producer_cannot_approve_its_own_change(producer_client, producers):
    submit(producer_client, producers.a)
    response = act(producer_client, producers.a, "approve")
    assert response.status_code in (302, 403)
    assert live_phone(producers.a) != NEW_PHONE


def test_editor_publishes_directly(editor_client, producer_user, producers):
    url = reverse("wagtailadmin_pages:edit", args=[producers.a.pk])
    assert 'name="action-publish"' in editor_client.get(url).content.decode()
    response = editor_client.post(url, producer_form(producers.a, phone=NEW_PHONE, **{"action-publish": "publish"}))
    assert response.status_code == 302
    assert live_phone(producers.a) == NEW_PHONE
    assert not WorkflowState.objects.for_instance(producers.a).exists()
