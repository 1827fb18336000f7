"""The decision admin writes and reads dates as the editor's language does: 28/08/2025 in Vietnamese."""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from tests import factories
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db

ISSUED_ON = datetime.date(2025, 8, 28)


@pytest.fixture
def decision():
    return factories.CertificationDecisionFactory(number="3105/QĐ-UBND", issued_on=ISSUED_ON)


def editor_speaking(client, language):
    editor = factories.EditorFactory()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    return client


def edit_url(decision):
    return reverse("wagtailsnippets_catalogue_certificationdecision:edit", args=[decision.pk])


def decision_form(decision, issued_on):
    return nested_form_data(
        {
            "number": decision.number,
            "issued_on": issued_on,
            "issuer": decision.issuer,
            "kind": decision.kind,
            "summary": "",
            "document": "",
            "certifications": inline_formset([]),
        }
    )


@pytest.mark.parametrize(("language", "shown"), [("vi", "28/08/2025"), ("en", "2025-08-28")])
def test_the_decision_form_shows_the_date_in_the_editors_language(client, decision, language, shown):
    response = editor_speaking(client, language).get(edit_url(decision))

    field = soup_of(response).select_one("input[name=issued_on]")
    assert field["value"] == shown
    # The date picker writes what it reads.
    assert ("d/m/Y" if language == "vi" else "Y-m-d") in response.content.decode()


def test_a_vietnamese_editor_types_the_date_day_first(client, decision):
    response = editor_speaking(client, "vi").post(edit_url(decision), decision_form(decision, "05/06/2025"))

    assert response.status_code == 302
    decision.refresh_from_db()
    assert decision.issued_on == datetime.date(2025, 6, 5)


def test_a_date_that_does_not_exist_is_refused_with_a_message(client, decision):
    response = editor_speaking(client, "vi").post(edit_url(decision), decision_form(decision, "31/02/2025"))

    assert response.status_code == 200
    assert "Nhập một ngày hợp lệ." in visible_text(response)
    decision.refresh_from_db()
    assert decision.issued_on == ISSUED_ON


def test_the_decision_listing_dates_decisions_day_first(client, decision):
    response = editor_speaking(client, "vi").get(reverse("wagtailsnippets_catalogue_certificationdecision:list"))

    assert "28/08/2025" in visible_text(response)
    assert "2025-08-28" not in visible_text(response)
