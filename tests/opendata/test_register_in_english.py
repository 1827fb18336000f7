"""English readers get the issuing body as written followed by its English name, and the reason
for a revocation in English: on product pages, verification pages and the English open data."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.utils import visible_text

from .test_register import CSV_URL, by_product, csv_rows

pytestmark = pytest.mark.django_db

ISSUER = "UBND tỉnh Thừa Thiên Huế"
ISSUER_EN = "People's Committee of Thừa Thiên Huế province"
REASON = "Không đánh giá lại đúng hạn"
REASON_EN = "Not evaluated again in time"


@pytest.fixture
def register_in_english(register, english_lantern):
    decision = register.products.lantern.current_certification.decision
    decision.issuer, decision.issuer_en = ISSUER, ISSUER_EN
    decision.save()
    revoked = register.products.sausage.certification_history[0]
    revoked.revocation_reason_en = REASON_EN
    revoked.save()
    return {
        "lantern": english_lantern,
        "certificate": register.products.lantern.current_certification,
        "revoked": revoked,
    }


def verification_url(certification, language):
    with translation.override(language):
        return reverse("verify_certificate", kwargs={"code": certification.verification_code})


def test_the_english_product_page_names_the_issuer_as_written_then_in_english(client, register, register_in_english):
    english = visible_text(client.get(register_in_english["lantern"].url))
    vietnamese = visible_text(client.get(register.products.lantern.url))

    assert f"{ISSUER} ({ISSUER_EN})" in english
    assert ISSUER in vietnamese
    assert ISSUER_EN not in vietnamese


def test_the_english_verification_page_names_the_issuer_in_english_too(client, register_in_english):
    certificate = register_in_english["certificate"]

    assert f"{ISSUER} ({ISSUER_EN})" in visible_text(client.get(verification_url(certificate, "en")))
    assert ISSUER_EN not in visible_text(client.get(verification_url(certificate, "vi")))


def test_a_revocations_reason_is_given_in_the_readers_language(client, register_in_english):
    revoked = register_in_english["revoked"]

    assert REASON_EN in visible_text(client.get(verification_url(revoked, "en")))
    vietnamese = visible_text(client.get(verification_url(revoked, "vi")))
    assert REASON in vietnamese
    assert REASON_EN not in vietnamese


def test_the_english_open_data_rows_carry_the_english_names(client, register_in_english):
    english = by_product(csv_rows(client.get(CSV_URL + "?language=en")))
    vietnamese = by_product(csv_rows(client.get(CSV_URL + "?language=vi")))

    assert english[("Rattan lantern", "2025-01-15")]["issuing_body"] == f"{ISSUER} ({ISSUER_EN})"
    assert vietnamese[("Lồng đèn mây tre", "2025-01-15")]["issuing_body"] == ISSUER
    assert english[("Lạp xưởng", "2024-03-01")]["revocation_reason"] == REASON_EN
    assert vietnamese[("Lạp xưởng", "2024-03-01")]["revocation_reason"] == REASON


def test_without_an_english_name_english_readers_get_the_name_as_written(client, register, english_lantern):
    english = by_product(csv_rows(client.get(CSV_URL + "?language=en")))

    decision = register.products.lantern.current_certification.decision
    assert english[("Rattan lantern", "2025-01-15")]["issuing_body"] == decision.issuer
