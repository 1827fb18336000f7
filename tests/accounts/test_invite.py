"""An editor invites a producer; only whoever reads the invited mailbox can accept, and nothing is granted before."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from accounts.invite import accept_invitation, invitation_url, invite_producer
from accounts.models import ProducerAccess
from tests import factories
from tests.utils import visible_text

from .conftest import PASSWORD, logged_in, producer_form

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "mây tre đan 1990!"


def invitation_link(message):
    return re.search(r"http://testserver(/admin/invitation/\S+/)", message.body).group(1)


def can_edit(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return response.status_code == 200 and 'name="title"' in response.content.decode()


def group_of(producer):
    return ProducerAccess.objects.get(producer_key=producer.translation_key).group


def test_editor_sees_the_invite_button_on_a_producer_page(editor_client, producers):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[producers.a.pk]))
    assert reverse("accounts_invite_producer", args=[producers.a.pk]) in response.content.decode()


def test_invite_button_is_only_on_producer_pages(editor_client, producers, products):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[products.a.pk]))
    assert "/invite/" not in response.content.decode()


def test_invite_flow_end_to_end_for_a_new_account(client, editor_client, producers, products):
    invite_url = reverse("accounts_invite_producer", args=[producers.a.pk])
    assert editor_client.get(invite_url).status_code == 200

    response = editor_client.post(invite_url, {"email": "BaoLa@Example.vn"})
    assert response.status_code == 302
    # Nothing exists yet but the invitation: no account, no access.
    assert not User.objects.filter(email__iexact="baola@example.vn").exists()
    assert "BaoLa@example.vn" in visible_text(editor_client.get(invite_url)), "listed as not accepted yet"

    # One e-mail, in Vietnamese, to the address, with a link and never a password.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["BaoLa@example.vn"]
    assert producers.a.title in message.subject
    assert "Nhận lời mời" in message.body
    link = invitation_link(message)

    # The link asks for a password, makes the account, signs it in and gives it the producer's pages.
    response = client.get(link)
    assert response.status_code == 200 and "new_password1" in response.content.decode()
    response = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    user = User.objects.get(email__iexact="baola@example.vn")
    assert user.check_password(NEW_PASSWORD)
    assert can_edit(client, producers.a) and not can_edit(client, producers.b)

    # The link works once.
    client.logout()
    response = client.get(link)
    assert response.status_code == 400 and "new_password1" not in response.content.decode()

    # Signing in lands in the admin, which offers only the producer's own pages.
    response = client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": NEW_PASSWORD})
    assert response.status_code == 302
    response = client.get(reverse("wagtailadmin_explore_root"), follow=True)
    listed = visible_text(response)
    assert producers.a.title in listed and products.a.title in listed
    assert producers.b.title not in listed and products.b.title not in listed


def test_an_account_that_claims_the_address_gets_nothing_without_the_mail(editor, producers, products):
    """The attack: producer B's account puts producer A's public contact address in its own e-mail field."""
    producers.a.email = "lienhe@baola.example.vn"
    producers.a.save()
    intruder = factories.UserFactory(username="go-den", email="goden@example.vn")
    invite_producer(producers.b, intruder.email)  # the intruder is a genuine producer
    accept_invitation(invite_producer(producers.b, intruder.email), intruder)
    User.objects.filter(pk=intruder.pk).update(email=producers.a.email)  # however it got there
    intruder_client = logged_in(intruder)
    mail.outbox.clear()

    invite_producer(producers.a, producers.a.email, invited_by=editor)

    assert not intruder.groups.filter(pk=group_of(producers.a).pk).exists()
    assert not can_edit(intruder_client, producers.a)
    # The link goes to the mailbox; someone holding it must sign in to the account with that address.
    assert [message.to for message in mail.outbox] == [[producers.a.email]]
    link = invitation_link(mail.outbox[0])
    anonymous = logged_in(factories.UserFactory(username="khach", email="khach@example.vn"))
    response = anonymous.post(link)
    assert "lienhe@baola.example.vn" in visible_text(response)
    assert not can_edit(anonymous, producers.a)


def account_settings(**fields):
    """Wagtail's account settings form as a browser posts it (every panel's fields), with `fields`."""
    return {
        "name_email-first_name": "Lan",
        "name_email-last_name": "Nguyễn",
        "theme-theme": "system",
        "theme-contrast": "system",
        "theme-density": "default",
    } | fields


def test_a_producer_cannot_change_its_own_email_in_the_account_settings(producer_client, producer_user):
    response = producer_client.get(reverse("wagtailadmin_account"))
    assert response.status_code == 200
    assert 'name="name_email-email"' not in response.content.decode()
    assert 'name="ocop_email-email"' not in response.content.decode()
    response = producer_client.post(
        reverse("wagtailadmin_account"),
        account_settings(
            **{"name_email-email": "lienhe@goden.example.vn", "ocop_email-email": "lienhe@goden.example.vn"}
        ),
    )
    assert response.status_code == 302, "the rest of the form is saved"
    producer_user.refresh_from_db()
    assert producer_user.email == "baola@example.vn"
    assert producer_user.first_name == "Lan"


def test_an_editor_changes_its_own_email_in_the_account_settings(editor_client, editor):
    response = editor_client.get(reverse("wagtailadmin_account"))
    assert 'name="ocop_email-email"' in response.content.decode()
    response = editor_client.post(
        reverse("wagtailadmin_account"),
        account_settings(**{"ocop_email-email": "ocop@example.vn"}),
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.email == "ocop@example.vn"


def test_an_existing_account_signs_in_and_accepts(client, producers, products):
    existing = factories.UserFactory(username="lan", email="lan@example.vn")
    UserProfile.get_for_user(existing).__class__.objects.filter(user=existing).update(preferred_language="en")
    invitation = invite_producer(producers.a, "lan@example.vn")
    # In the language the account chose.
    assert "Accept the invitation with this link" in mail.outbox[0].body
    link = invitation_link(mail.outbox[0])

    response = client.get(link)
    assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))
    assert not existing.groups.exists(), "nothing granted before accepting"
    client.post(response.url, {"username": "lan", "password": PASSWORD})
    response = client.get(link)
    assert response.status_code == 200 and "new_password1" not in response.content.decode()
    assert not can_edit(client, producers.a)
    response = client.post(link)
    assert response.status_code == 302
    assert can_edit(client, producers.a)
    invitation.refresh_from_db()
    assert invitation.accepted_by == existing
    assert client.post(link).status_code == 400, "used"


def test_a_forged_or_expired_link_is_refused(client, producers, settings):
    invitation = invite_producer(producers.a, "new@example.vn")
    link = invitation_link(mail.outbox[0])
    assert client.get(link[:-3] + "xx/").status_code == 400
    settings.PASSWORD_RESET_TIMEOUT = -1
    response = client.get(link)
    assert response.status_code == 400
    assert "new_password1" not in response.content.decode()
    # The e-mailed link is the invitation's own. Signed again now, only its timestamp
    # and signature may differ, when the second has turned since the e-mail was sent.
    signed_now = invitation_url(invitation).removeprefix("http://testserver")
    assert signed_now.split(":")[0] == link.split(":")[0]


def test_invitation_and_acceptance_are_logged_on_the_producer_page(editor_client, client, producers):
    editor_client.post(reverse("accounts_invite_producer", args=[producers.a.pk]), {"email": "baola@example.vn"})
    client.post(invitation_link(mail.outbox[0]), {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    history = visible_text(editor_client.get(reverse("wagtailadmin_pages:history", args=[producers.a.pk])))
    # The admin speaks the site's default language, Vietnamese, to an editor who chose none.
    assert "Đã mời chủ thể" in history
    assert "Đã nhận lời mời" in history


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
    assert mail.outbox == []
    response = producer_client.get(reverse("wagtailadmin_pages:edit", args=[producers.a.pk]))
    assert "/invite/" not in response.content.decode()


def test_command_invites_by_slug_or_id_and_grants_nothing_until_accepted(producers, products):
    existing = factories.UserFactory(username="baola", email="baola@example.vn")
    call_command("invite_producer", "bao-la", "baola@example.vn")
    call_command("invite_producer", str(producers.a.pk), "baola@example.vn")
    access = ProducerAccess.objects.get(producer_key=producers.a.translation_key)
    assert list(access.users()) == []
    assert not existing.groups.exists()
    assert len(mail.outbox) == 2
    assert all(invitation_link(message) for message in mail.outbox)


def test_command_refuses_unknown_producers_and_bad_addresses(producers):
    with pytest.raises(CommandError):
        call_command("invite_producer", "khong-co", "a@example.vn")
    with pytest.raises(CommandError):
        call_command("invite_producer", "bao-la", "not-an-email")


def test_one_producer_can_invite_several_people(producers, products):
    for email in ("lan@example.vn", "minh@example.vn"):
        accept_invitation(invite_producer(producers.a, email), factories.UserFactory(username=email, email=email))
    access = ProducerAccess.objects.get(producer_key=producers.a.translation_key)
    assert [user.email for user in access.users()] == ["lan@example.vn", "minh@example.vn"]


def test_an_english_translation_made_later_is_covered(producer_client, producers):
    english = Locale.objects.get_or_create(language_code="en")[0]
    producers.a.get_parent().copy_for_translation(english, copy_parents=True)
    translation = producers.a.copy_for_translation(english)
    assert can_edit(producer_client, translation)


def test_the_invited_producer_edits_as_a_draft(producer_client, producers):
    response = producer_client.post(
        reverse("wagtailadmin_pages:edit", args=[producers.a.pk]), producer_form(producers.a, phone="0234 3 555 666")
    )
    assert response.status_code == 302
