"""The register's own rules: a score must match its stars, a revocation needs a date and a reason."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from catalogue.models import Certification, CertificationDecision
from tests import factories

pytestmark = pytest.mark.django_db


def certificate(product, **fields):
    return Certification(decision=factories.CertificationDecisionFactory(), product=product, **fields)


@pytest.fixture
def product(producer):
    return factories.ProductPageFactory(parent=producer, certification=None)


@pytest.mark.parametrize(
    ("stars", "score"),
    [(3, 50), (3, 69), (4, 70), (4, 89), (5, 90), (5, 100)],
)
def test_score_within_the_stars_band_is_accepted(product, stars, score):
    certificate(product, stars=stars, score=score).full_clean()


@pytest.mark.parametrize(
    ("stars", "score", "band"),
    [(3, 49, "50 to 69"), (3, 70, "50 to 69"), (4, 69, "70 to 89"), (4, 90, "70 to 89"), (5, 89, "90 to 100")],
)
def test_score_outside_the_stars_band_is_refused_with_the_band(product, stars, score, band):
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        certificate(product, stars=stars, score=score).full_clean()
    assert list(refused.value.message_dict) == ["score"]
    assert band in refused.value.message_dict["score"][0]


def test_score_above_100_is_refused(product):
    with pytest.raises(ValidationError) as refused:
        certificate(product, stars=5, score=101).full_clean()
    assert "score" in refused.value.message_dict


def test_two_stars_cannot_be_certified(product):
    with pytest.raises(ValidationError) as refused:
        certificate(product, stars=2, score=40).full_clean()
    assert "stars" in refused.value.message_dict


def test_revocation_without_a_reason_is_refused(product):
    with pytest.raises(ValidationError) as refused:
        certificate(product, stars=4, score=80, revoked_on=datetime.date(2025, 3, 1)).full_clean()
    assert list(refused.value.message_dict) == ["revocation_reason"]


def test_revocation_reason_without_a_date_is_refused(product):
    with pytest.raises(ValidationError) as refused:
        certificate(product, stars=4, score=80, revocation_reason="Không đánh giá lại").full_clean()
    assert list(refused.value.message_dict) == ["revoked_on"]


def test_revocation_with_date_and_reason_is_accepted(product):
    certificate(
        product, stars=4, score=80, revoked_on=datetime.date(2025, 3, 1), revocation_reason="Không đánh giá lại"
    ).full_clean()


def test_same_decision_cannot_certify_a_product_twice(product):
    first = factories.CertificationFactory(product=product)
    with pytest.raises(ValidationError):
        Certification(decision=first.decision, product=product, stars=4, score=80).validate_constraints()


def test_decision_lists_as_number_and_date(product):
    decision = factories.CertificationDecisionFactory(number="5077/QĐ-UBND", issued_on=datetime.date(2018, 12, 28))
    assert str(decision) == "5077/QĐ-UBND (28/12/2018)"
    assert decision.valid_until == datetime.date(2021, 12, 28)


# The same rules in the editor's form.


def decision_form(product, **certificate):
    return nested_form_data(
        {
            "number": "1397/QĐ-UBND",
            "issued_on": "2025-05-20",
            "issuer": "UBND tỉnh Sóc Trăng",
            "kind": "new",
            "summary": "",
            "document": "",
            "certifications": inline_formset(
                [
                    {"product": product.pk, "stars": 4, "score": 80, "revoked_on": "", "revocation_reason": ""}
                    | certificate
                ]
            ),
        }
    )


def test_editor_records_a_decision_with_its_certificates(admin_client, product):
    response = admin_client.post(reverse("wagtailsnippets_catalogue_certificationdecision:add"), decision_form(product))
    assert response.status_code == 302
    decision = CertificationDecision.objects.get(number="1397/QĐ-UBND")
    assert [(c.product_id, c.stars, c.score) for c in decision.certifications.all()] == [(product.pk, 4, 80)]


@pytest.mark.parametrize(
    ("certificate", "field"),
    [
        ({"score": "95"}, "score"),
        ({"revoked_on": "2025-06-01"}, "revocation_reason"),
        ({"revocation_reason": "Không đạt"}, "revoked_on"),
    ],
    ids=["score-outside-band", "revoked-without-reason", "reason-without-date"],
)
def test_editor_is_refused_a_certificate_that_breaks_the_rules(admin_client, product, certificate, field):
    response = admin_client.post(
        reverse("wagtailsnippets_catalogue_certificationdecision:add"), decision_form(product, **certificate)
    )
    assert response.status_code == 200, "the form comes back with the error"
    assert not CertificationDecision.objects.filter(number="1397/QĐ-UBND").exists()
    [certificate_form] = response.context["form"].formsets["certifications"].forms
    assert list(certificate_form.errors) == [field]
    assert certificate_form.errors[field][0] in response.content.decode()


def test_a_producers_products_are_the_pages_directly_below_it(producer_index):
    from wagtail.models import Page

    from catalogue import register
    from catalogue.models import ProductPage

    first = factories.ProducerPageFactory(parent=producer_index, title="HTX Hòa Bình")
    second = factories.ProducerPageFactory(parent=producer_index, title="HTX Tân Phú")
    own = [factories.ProductPageFactory(parent=first, title=f"Gạo Hòa Bình {n}") for n in range(3)]
    factories.ProductPageFactory(parent=second, title="Gạo Tân Phú")

    assert set(ProductPage.objects.filter(register.products_of_q(first.path))) == set(own)
    # Exactly what treebeard's child_of() finds, and nothing above or beside it.
    assert set(Page.objects.filter(register.products_of_q(first.path))) == set(Page.objects.child_of(first))
    assert list(Page.objects.filter(register.products_of_q(producer_index.path)).specific()) == [first, second]
    assert [product.title for product in first.certified_products()] == [p.title for p in own]
