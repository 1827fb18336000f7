"""Moderation e-mails: one per event to each person concerned, in that person's admin language."""

from collections import Counter

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests import factories

from .conftest import producer_form
from .test_workflow import act

pytestmark = pytest.mark.django_db

VIETNAMESE_GREETING = "Xin chào"
ENGLISH_GREETING = "Hello"


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def office(editor):
    """Three people the submission concerns: an editor who never chose a language, one who reads
    English, and a superuser who is also in the Editors group."""
    english_editor = speaks(factories.EditorFactory(username="english-editor", email="en@example.vn"), "en")
    superuser = factories.EditorFactory(username="admin", email="admin@example.vn", is_superuser=True)
    return {"vi": editor, "en": english_editor, "superuser": superuser}


def submit(producer_client, producer):
    response = producer_client.post(
        reverse("wagtailadmin_pages:edit", args=[producer.pk]),
        producer_form(producer, phone="0234 3 555 666", **{"action-submit": "submit"}),
    )
    assert response.status_code == 302


def mails_to():
    return Counter(address for message in mail.outbox for address in message.to)


def message_to(address):
    [message] = [message for message in mail.outbox if address in message.to]
    return message


def test_a_submission_sends_one_e_mail_to_each_editor(producer_client, producer_user, producers, office):
    submit(producer_client, producers.a)

    assert mails_to() == {"vanphong@example.vn": 1, "en@example.vn": 1, "admin@example.vn": 1}
    assert producer_user.email not in mails_to(), "the submitter is not told of its own submission"


def test_each_editor_reads_the_submission_in_their_own_admin_language(
    producer_client, producer_user, producers, office
):
    # The producer uses the admin in English: that must not decide anyone else's language.
    speaks(producer_user, "en")

    submit(producer_client, producers.a)

    vietnamese = message_to("vanphong@example.vn")
    assert vietnamese.body.startswith(VIETNAMESE_GREETING)
    assert "đã được gửi duyệt" in vietnamese.subject
    english = message_to("en@example.vn")
    assert english.body.startswith(ENGLISH_GREETING)
    assert "has been submitted for approval" in english.subject
    assert message_to("admin@example.vn").body.startswith(VIETNAMESE_GREETING)


@pytest.mark.parametrize(("language", "greeting"), [("vi", VIETNAMESE_GREETING), ("en", ENGLISH_GREETING)])
@pytest.mark.parametrize("action", ["approve", "reject"])
def test_the_producer_is_told_once_of_the_decision_in_its_language(
    producer_client, producer_user, editor_client, producers, office, language, greeting, action
):
    speaks(producer_user, language)
    submit(producer_client, producers.a)
    mail.outbox.clear()

    assert act(editor_client, producers.a, action, "Đã kiểm tra.").status_code == 302

    assert mails_to() == {producer_user.email: 1}
    assert message_to(producer_user.email).body.startswith(greeting)


def test_the_links_in_a_moderation_e_mail_lead_to_the_site_url(producer_client, producers, office, settings):
    submit(producer_client, producers.a)

    body = message_to("vanphong@example.vn").body
    assert f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{producers.a.pk}/edit/" in body
