"""An editor invites a producer; the producer sets a password through a one-time link and logs in."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Locale

from accounts.invite import invite_producer
from accounts.models import ProducerAccess
from tests import factories
from tests.utils import visible_text

from .conftest import PASSWORD, logged_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "mây tre đan 1990!"


def set_password_link(message):
    return re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", message.body).group(1)


def test_editor_sees_the_invite_button_on_a_producer_page(editor_client, producers):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[producers.a.pk]))
    assert reverse("accounts_invite_producer", args=[producers.a.pk]) in response.content.decode()


def test_invite_button_is_only_on_producer_pages(editor_client, producers, products):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[products.a.pk]))
    assert "/invite/" not in response.content.decode()


def test_invite_flow_end_to_end(client, editor_client, producers, products):
    invite_url = reverse("accounts_invite_producer", args=[producers.a.pk])
    assert editor_client.get(invite_url).status_code == 200

    response = editor_client.post(invite_url, {"email": "BaoLa@Example.vn"})
    assert response.status_code == 302
    user = User.objects.get(email__iexact="baola@example.vn")
    assert not user.has_usable_password()

    # One e-mail, to the producer, with a link and never a password.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert producers.a.title in message.subject
    link = set_password_link(message)
    # No password exists yet (unusable), so none can be in the e-mail: the producer chooses it.
    assert not user.has_usable_password()

    # The link leads to Wagtail's set-password form and sets the password.
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)

    # The link works once.
    client.logout()
    response = client.get(link, follow=True)
    assert "new_password1" not in response.content.decode()

    # Login lands in the admin, which offers only the producer's own pages.
    response = client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    response = client.get(reverse("wagtailadmin_explore_root"), follow=True)
    assert response.status_code == 200
    listed = visible_text(response)
    assert producers.a.title in listed and products.a.title in listed
    assert producers.b.title not in listed and products.b.title not in listed


def test_invitation_is_logged_on_the_producer_page(editor_client, editor, producers):
    editor_client.post(reverse("accounts_invite_producer", args=[producers.a.pk]), {"email": "baola@example.vn"})
    response = editor_client.get(reverse("wagtailadmin_pages:history", args=[producers.a.pk]))
    # The admin speaks the site's default language, Vietnamese, to an editor who chose none.
    assert "Đã mời chủ thể" in visible_text(response)


def test_invite_page_lists_who_has_access(editor_client, producer_user, producers):
    response = editor_client.get(reverse("accounts_invite_producer", args=[producers.a.pk]))
    assert producer_user.email in visible_text(response)


def test_invalid_email_is_refused(editor_client, producers):
    response = editor_client.post(reverse("accounts_invite_producer", args=[producers.a.pk]), {"email": "not-an-email"})
    assert response.status_code == 200
    assert not User.objects.exclude(username="van-phong-ocop").exists()
    assert mail.outbox == []


def test_producer_cannot_invite(producer_client, producers):
    for producer in (producers.a, producers.b):
        response = producer_client.post(
            reverse("accounts_invite_producer", args=[producer.pk]), {"email": "intruder@example.vn"}
        )
        assert response.status_code in (302, 403)
        assert not User.objects.filter(email="intruder@example.vn").exists()
    response = producer_client.get(reverse("wagtailadmin_pages:edit", args=[producers.a.pk]))
    assert "/invite/" not in response.content.decode()


def test_command_invites_by_slug_and_reuses_the_user(producers, products):
    call_command("invite_producer", "bao-la", "baola@example.vn")
    call_command("invite_producer", str(producers.a.pk), "baola@example.vn")
    assert User.objects.filter(email="baola@example.vn").count() == 1
    access = ProducerAccess.objects.get(producer_key=producers.a.translation_key)
    assert list(access.users()) == [User.objects.get(email="baola@example.vn")]
    assert len(mail.outbox) == 2
    assert all(set_password_link(message) for message in mail.outbox)


def test_command_refuses_unknown_producers_and_bad_addresses(producers):
    with pytest.raises(CommandError):
        call_command("invite_producer", "khong-co", "a@example.vn")
    with pytest.raises(CommandError):
        call_command("invite_producer", "bao-la", "not-an-email")


def test_a_user_who_has_a_password_is_not_sent_a_link(producers, products):
    existing = factories.UserFactory(email="lan@example.vn")
    invitation = invite_producer(producers.a, "lan@example.vn")
    assert invitation.user == existing and not invitation.user_created
    assert "/admin/login/" in mail.outbox[0].body
    assert "password_reset" not in mail.outbox[0].body
    assert existing.groups.filter(pk=invitation.access.group.pk).exists()


def test_one_producer_can_invite_several_people(producers, products):
    invite_producer(producers.a, "lan@example.vn")
    invite_producer(producers.a, "minh@example.vn")
    access = ProducerAccess.objects.get(producer_key=producers.a.translation_key)
    assert [user.email for user in access.users()] == ["lan@example.vn", "minh@example.vn"]


def test_an_english_translation_made_later_is_covered(producer_client, producers):
    english = Locale.objects.get_or_create(language_code="en")[0]
    producers.a.get_parent().copy_for_translation(english, copy_parents=True)
    translation = producers.a.copy_for_translation(english)
    response = producer_client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    assert response.status_code == 200
    assert 'name="title"' in response.content.decode()


def test_password_is_never_set_by_the_invitation(producers):
    invitation = invite_producer(producers.a, "new@example.vn")
    assert not invitation.user.has_usable_password()
    assert not logged_in(invitation.user).login(username="new@example.vn", password=PASSWORD)
