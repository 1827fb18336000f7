"""The editors' dashboard panel and the expiry reminder command.

Today is frozen at 15 September 2025; a certificate is valid 36 months from its decision.
"""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from accounts.models import CertificateReminder
from tests import factories
from tests.utils import visible_text

pytestmark = pytest.mark.django_db


def decided(days_left):
    """The decision date whose certificates have `days_left` days left on 15 September 2025."""
    return {
        20: datetime.date(2022, 10, 5),  # valid until 5 Oct 2025
        30: datetime.date(2022, 10, 15),
        31: datetime.date(2022, 10, 16),
        60: datetime.date(2022, 11, 14),
        120: datetime.date(2023, 1, 13),
        -10: datetime.date(2022, 9, 5),
    }[days_left]


@pytest.fixture
def register(producers):
    def product(title, days_left, parent=producers.a, **kwargs):
        return factories.ProductPageFactory(
            parent=parent, title=title, certification__decision__issued_on=decided(days_left), **kwargs
        )

    return {
        "in 20 days": product("Giỏ mây", 20),
        "in 30 days": product("Khay tre", 30),
        "in 31 days": product("Đèn mây", 31),
        "in 60 days": product("Rượu đế", 60, parent=producers.b),
        "in 120 days": product("Mật ong", 120, parent=producers.b),
        "expired, live": product("Nem nướng", -10, parent=producers.b),
        "expired, unpublished": product("Lạp xưởng", -10, parent=producers.b, live=False),
    }


def test_the_days_left_are_what_the_tests_say(register):
    for label, product in register.items():
        if label.startswith("in "):
            assert product.current_certification.days_left == int(label.split()[1])


# Dashboard -----------------------------------------------------------------------


def test_editor_dashboard_lists_expiring_and_expired_but_shown_certificates(editor_client, register):
    response = editor_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    text = visible_text(response)
    for title in ("Giỏ mây", "Khay tre", "Đèn mây", "Rượu đế", "Nem nướng"):
        assert title in text, title
    assert "Mật ong" not in text, "more than 90 days left"
    assert "Lạp xưởng" not in text, "expired, but no longer published"
    html = response.content.decode()
    product = register["in 20 days"]
    assert reverse("wagtailadmin_pages:edit", args=[product.pk]) in html
    decision = product.current_certification.decision
    assert reverse("wagtailsnippets_catalogue_certificationdecision:edit", args=[decision.pk]) in html


def test_a_renewed_certificate_is_not_listed(editor_client, register):
    product = register["in 20 days"]
    factories.CertificationFactory(product=product, decision__issued_on=datetime.date(2025, 9, 1))
    assert "Giỏ mây" not in visible_text(editor_client.get(reverse("wagtailadmin_home")))


def test_revoked_certificates_are_not_listed_as_expiring(editor_client, register):
    certificate = register["in 20 days"].current_certification
    certificate.revoked_on, certificate.revocation_reason = datetime.date(2025, 9, 1), "Không đạt"
    certificate.save()
    assert "Giỏ mây" not in visible_text(editor_client.get(reverse("wagtailadmin_home")))


def test_producer_dashboard_has_no_register_panel(producer_client, register):
    text = visible_text(producer_client.get(reverse("wagtailadmin_home")))
    assert "Rượu đế" not in text and "Nem nướng" not in text


# Reminders -----------------------------------------------------------------------


def test_reminder_is_sent_once_to_the_producers_users(producer_user, register):
    call_command("send_expiry_reminders")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [producer_user.email]
    assert "Giỏ mây" in message.body and "Khay tre" in message.body
    assert "Đèn mây" not in message.body, "31 days left: tomorrow's reminder"
    assert CertificateReminder.objects.count() == 2

    call_command("send_expiry_reminders")
    assert len(mail.outbox) == 1, "not twice"


def test_the_next_day_brings_the_next_reminder_only(producer_user, register, frozen_today):
    call_command("send_expiry_reminders")
    frozen_today.today += datetime.timedelta(days=1)
    call_command("send_expiry_reminders")
    assert len(mail.outbox) == 2
    assert "Đèn mây" in mail.outbox[1].body and "Giỏ mây" not in mail.outbox[1].body


def test_producer_without_users_is_reminded_at_its_contact_address(register, producers):
    producers.a.email = "lienhe@baola.example.vn"
    producers.a.save()
    call_command("send_expiry_reminders")
    assert [message.to for message in mail.outbox] == [["lienhe@baola.example.vn"]]


def test_producer_without_any_address_is_reminded_once_invited(register, producers):
    call_command("send_expiry_reminders")
    assert mail.outbox == [] and not CertificateReminder.objects.exists()
    from .conftest import invited

    invited(producers.a, "baola@example.vn")
    call_command("send_expiry_reminders")
    assert [message.to for message in mail.outbox] == [["baola@example.vn"]]


def test_dry_run_sends_nothing(producer_user, register):
    call_command("send_expiry_reminders", "--dry-run")
    assert mail.outbox == [] and not CertificateReminder.objects.exists()


def test_expired_and_distant_certificates_are_not_reminded(producer_user, producers, register):
    from .conftest import invited

    other_user = invited(producers.b, "goden@example.vn")
    call_command("send_expiry_reminders")
    assert all(other_user.email not in message.to for message in mail.outbox), "B has 60, 120 and expired only"
