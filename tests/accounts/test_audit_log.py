"""Every change to decisions and certificates is in Wagtail's audit log: who, when, what."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from catalogue.audit import CERTIFICATES_CHANGED
from catalogue.models import Certification, CertificationDecision
from tests import factories
from tests.utils import visible_text

pytestmark = pytest.mark.django_db


def row(certification, **changes):
    return {
        "id": certification.pk,
        "product": certification.product_id,
        "stars": certification.stars,
        "score": certification.score,
        "revoked_on": "",
        "revocation_reason": "",
    } | changes


def decision_form(decision, rows, initial):
    return nested_form_data(
        {
            "number": decision.number,
            "issued_on": decision.issued_on.isoformat(),
            "issuer": decision.issuer,
            "kind": decision.kind,
            "summary": "",
            "document": "",
            "certifications": inline_formset(rows, initial=initial),
        }
    )


def entries(decision, action=CERTIFICATES_CHANGED):
    return ModelLogEntry.objects.for_instance(decision).filter(action=action)


@pytest.fixture
def decision(frozen_today, producers):
    decision = factories.CertificationDecisionFactory(issued_on=datetime.date(2025, 1, 15))
    for title in ("Lồng đèn", "Giỏ mây"):
        factories.ProductPageFactory(parent=producers.a, title=title, certification__decision=decision)
    return decision


def test_editing_certificates_inline_logs_who_and_what(editor_client, editor, decision, producers):
    lantern, basket = decision.certifications.order_by("product__title").reverse()
    tray = factories.ProductPageFactory(parent=producers.a, title="Khay tre", certification=None)
    rows = [
        row(lantern, stars=5, score=92),
        row(basket, DELETE="on"),
        {"product": tray.pk, "stars": 3, "score": 60, "revoked_on": "", "revocation_reason": ""},
    ]
    url = reverse("wagtailsnippets_catalogue_certificationdecision:edit", args=[decision.pk])
    response = editor_client.post(url, decision_form(decision, rows, initial=2))
    assert response.status_code == 302, response.content.decode()[:2000]

    entry = entries(decision).get()
    assert entry.user == editor
    assert entry.timestamp is not None
    assert [r["product"] for r in entry.data["added"]] == ["Khay tre"]
    assert [r["product"] for r in entry.data["removed"]] == ["Giỏ mây"]
    [changed] = entry.data["changed"]
    assert changed["product"] == "Lồng đèn"
    assert changed["changes"] == {"stars": [4, 5], "score": [75, 92]}

    # Editors read it in the decision's history.
    history = editor_client.get(reverse("wagtailsnippets_catalogue_certificationdecision:history", args=[decision.pk]))
    text = visible_text(history)
    assert "Lồng đèn" in text and "Khay tre" in text and "Giỏ mây" in text


def test_saving_a_decision_without_certificate_changes_logs_no_certificate_change(editor_client, decision):
    rows = [row(certification) for certification in decision.certifications.all()]
    url = reverse("wagtailsnippets_catalogue_certificationdecision:edit", args=[decision.pk])
    assert editor_client.post(url, decision_form(decision, rows, initial=2)).status_code == 302
    assert not entries(decision).exists()
    assert ModelLogEntry.objects.for_instance(decision).filter(action="wagtail.edit").exists()


def test_creating_a_decision_logs_its_certificates(editor_client, editor, producers, frozen_today):
    product = factories.ProductPageFactory(parent=producers.a, title="Khay tre", certification=None)
    form = decision_form(
        CertificationDecision(number="1397/QĐ-UBND", issued_on=datetime.date(2025, 5, 20), issuer="UBND", kind="new"),
        [{"product": product.pk, "stars": 4, "score": 80, "revoked_on": "", "revocation_reason": ""}],
        initial=0,
    )
    assert editor_client.post(reverse("wagtailsnippets_catalogue_certificationdecision:add"), form).status_code == 302
    decision = CertificationDecision.objects.get(number="1397/QĐ-UBND")
    entry = entries(decision).get()
    assert entry.user == editor and [r["product"] for r in entry.data["added"]] == ["Khay tre"]
    assert ModelLogEntry.objects.for_instance(decision).filter(action="wagtail.create").exists()


def test_revoking_a_certificate_on_its_own_form_is_logged_on_the_decision(editor_client, editor, decision):
    certification = decision.certifications.first()
    url = reverse("wagtailsnippets_catalogue_certification:edit", args=[certification.pk])
    data = row(certification, revoked_on="2025-09-01", revocation_reason="Không đạt khi đánh giá lại")
    data.pop("id")
    assert editor_client.post(url, data).status_code == 302
    [changed] = entries(decision).get().data["changed"]
    assert changed["changes"]["revoked_on"] == [None, "2025-09-01"]
    assert ModelLogEntry.objects.for_instance(certification).filter(action="wagtail.edit", user=editor).exists()


def test_deleting_a_decision_logs_the_certificates_it_removes(editor_client, editor, decision):
    pk = decision.pk
    response = editor_client.post(reverse("wagtailsnippets_catalogue_certificationdecision:delete", args=[pk]))
    assert response.status_code == 302
    assert not Certification.objects.filter(decision_id=pk).exists()
    entry = ModelLogEntry.objects.get(action=CERTIFICATES_CHANGED, object_id=str(pk))
    assert entry.user == editor
    assert sorted(r["product"] for r in entry.data["removed"]) == ["Giỏ mây", "Lồng đèn"]
