"""The admin's password reset sends only so many e-mails, and its error test is for superusers only."""

import pytest
from django.core import mail
from django.urls import reverse

from tests import factories
from tests.utils import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def limits(settings):
    settings.OCOP_RATE_LIMITS = settings.OCOP_RATE_LIMITS | {
        "password_reset_client": "4/h",
        "password_reset_address": "2/h",
    }


def ask_reset(client, email, address="192.0.2.10"):
    return client.post(reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=address)


def test_five_requests_for_one_address_send_two_mails_then_ask_to_wait(client, limits):
    factories.UserFactory(username="lan", email="lan@example.vn")
    answers = [ask_reset(client, "lan@example.vn") for _ in range(5)]
    assert [answer.status_code for answer in answers] == [302, 302, 429, 429, 429]
    assert len(mail.outbox) == 2
    assert int(answers[-1]["Retry-After"]) > 0
    assert "Quá nhiều yêu cầu đặt lại mật khẩu" in visible_text(answers[-1])


def test_the_answer_is_the_same_whether_an_account_has_the_address(client, limits):
    factories.UserFactory(username="lan", email="lan@example.vn")
    known = [ask_reset(client, "lan@example.vn", "192.0.2.10").status_code for _ in range(3)]
    unknown = [ask_reset(client, "khong-co@example.vn", "192.0.2.20").status_code for _ in range(3)]
    assert known == unknown == [302, 302, 429]


def test_the_address_limit_holds_from_any_connection(client, limits):
    factories.UserFactory(username="lan", email="lan@example.vn")
    for address in ("192.0.2.10", "192.0.2.11", "192.0.2.12"):
        ask_reset(client, "Lan@Example.vn", address)
    assert len(mail.outbox) == 2


def test_one_connection_cannot_ask_for_many_addresses(client, limits):
    for number in range(4):
        factories.UserFactory(username=f"user{number}", email=f"user{number}@example.vn")
    answers = [ask_reset(client, f"user{number}@example.vn").status_code for number in range(4)]
    answers.append(ask_reset(client, "user0@example.vn", "192.0.2.99").status_code)
    assert answers == [302, 302, 302, 302, 302]
    assert ask_reset(client, "user1@example.vn").status_code == 429
    assert len(mail.outbox) == 5


def test_the_error_test_page_is_refused_to_producers_and_editors(client):
    for user in (factories.EditorFactory(), factories.UserFactory()):
        client.force_login(user)
        assert client.get("/admin/failwhale/").status_code == 403


def test_a_superuser_still_gets_the_error_test(admin_client):
    with pytest.raises(Exception, match="emergency broadcast"):
        admin_client.get("/admin/failwhale/")
