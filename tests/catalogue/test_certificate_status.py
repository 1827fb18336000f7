"""A certificate's status at the edges of its 36 months, and the SQL filters agreeing with it.

A decision of 15 June 2022 is valid until 15 June 2025 (inclusive); with fewer
than 90 days left it is "expiring", from 16 June 2025 "expired".
"""

import datetime

import pytest

from catalogue.models import Certification, ProductPage
from catalogue.register import CertificateStatus, certificate_status, valid_until
from tests import factories

DECISION = datetime.date(2022, 6, 15)
EXPIRY = datetime.date(2025, 6, 15)


def days(n):
    return datetime.timedelta(days=n)


def test_certificate_is_valid_for_36_months_through_the_expiry_day():
    assert valid_until(DECISION) == EXPIRY


def test_certificate_is_valid_on_its_decision_day():
    assert certificate_status(DECISION, today=DECISION) == CertificateStatus.VALID


def test_certificate_with_exactly_90_days_left_is_still_valid():
    assert certificate_status(DECISION, today=EXPIRY - days(90)) == CertificateStatus.VALID


def test_certificate_with_89_days_left_is_expiring():
    assert certificate_status(DECISION, today=EXPIRY - days(89)) == CertificateStatus.EXPIRING


def test_certificate_is_expiring_on_its_expiry_day():
    assert certificate_status(DECISION, today=EXPIRY) == CertificateStatus.EXPIRING


def test_certificate_is_expired_the_day_after_its_expiry_day():
    assert certificate_status(DECISION, today=EXPIRY + days(1)) == CertificateStatus.EXPIRED


@pytest.mark.parametrize("revoked_on", [DECISION + days(30), datetime.date(2024, 1, 1)], ids=["earlier", "same-day"])
def test_revocation_in_effect_overrides_a_certificate_still_in_date(revoked_on):
    today = datetime.date(2024, 1, 1)
    assert certificate_status(DECISION, revoked_on=revoked_on, today=today) == CertificateStatus.REVOKED


def test_revocation_dated_in_the_future_does_not_revoke_yet():
    today = datetime.date(2024, 1, 1)
    status = certificate_status(DECISION, revoked_on=today + days(1), today=today)
    assert status == CertificateStatus.VALID


def test_revoked_certificate_stays_revoked_after_it_would_have_expired():
    status = certificate_status(DECISION, revoked_on=datetime.date(2024, 1, 1), today=EXPIRY + days(400))
    assert status == CertificateStatus.REVOKED


def test_decision_of_29_february_expires_at_the_end_of_february_three_years_on():
    leap_decision = datetime.date(2024, 2, 29)
    assert valid_until(leap_decision) == datetime.date(2027, 2, 28)
    assert certificate_status(leap_decision, today=datetime.date(2027, 2, 28)) == CertificateStatus.EXPIRING
    assert certificate_status(leap_decision, today=datetime.date(2027, 3, 1)) == CertificateStatus.EXPIRED


@pytest.mark.parametrize(
    ("status", "is_certified"),
    [("valid", True), ("expiring", True), ("expired", False), ("revoked", False)],
)
def test_only_valid_and_expiring_certificates_present_a_product_as_certified(status, is_certified):
    assert CertificateStatus(status).is_certified is is_certified


# The SQL filters must say "in force" exactly when certificate_status does.

DECISION_DATES = [
    DECISION,
    datetime.date(2024, 2, 29),  # a leap day: valid until 28 Feb 2027
    datetime.date(2024, 2, 28),
    datetime.date(2025, 2, 28),  # valid until 28 Feb 2028, the eve of a leap day
    datetime.date(2025, 3, 1),
    datetime.date(2022, 8, 31),  # valid until 31 Aug 2025
]
BOUNDARY_DAYS = [
    DECISION,
    EXPIRY - days(90),
    EXPIRY - days(89),
    EXPIRY,
    EXPIRY + days(1),
    datetime.date(2027, 2, 28),
    datetime.date(2027, 3, 1),
    datetime.date(2028, 2, 28),
    datetime.date(2028, 2, 29),
    datetime.date(2028, 3, 1),
    datetime.date(2025, 8, 31),
    datetime.date(2025, 9, 1),
]


@pytest.fixture
def certificates_on_boundary_dates(producer):
    """One product per decision date, plus revoked ones, each with a single certificate."""
    for issued_on in DECISION_DATES:
        factories.ProductPageFactory(parent=producer, certification__decision__issued_on=issued_on)
    factories.ProductPageFactory(
        parent=producer,
        certification__decision__issued_on=DECISION,
        certification__revoked_on=EXPIRY - days(90),
        certification__revocation_reason="Không đánh giá lại",
    )
    factories.ProductPageFactory(
        parent=producer,
        certification__decision__issued_on=datetime.date(2025, 2, 28),
        certification__revoked_on=datetime.date(2028, 2, 28),
        certification__revocation_reason="Không đạt",
    )
    return list(Certification.objects.select_related("decision", "product"))


def in_force_by_status(certificates, today):
    return {
        cert.pk
        for cert in certificates
        if CertificateStatus(certificate_status(cert.decision.issued_on, cert.revoked_on, today=today)).is_certified
    }


@pytest.mark.django_db
@pytest.mark.parametrize("today", BOUNDARY_DAYS, ids=str)
def test_certification_in_force_filter_agrees_with_status(certificates_on_boundary_dates, today):
    expected = in_force_by_status(certificates_on_boundary_dates, today)
    assert set(Certification.objects.in_force(today).values_list("pk", flat=True)) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("today", BOUNDARY_DAYS, ids=str)
def test_certified_products_filter_agrees_with_status(certificates_on_boundary_dates, today):
    expected = {
        cert.product_id for cert in certificates_on_boundary_dates if cert.pk in in_force_by_status([cert], today)
    }
    certified = ProductPage.objects.with_current_certification().certified(today)
    assert set(certified.values_list("pk", flat=True)) == expected


@pytest.mark.django_db
def test_product_status_follows_its_newest_certificate(producer, frozen_today):
    """Recognised again after expiry: the new decision makes the product certified again."""
    product = factories.ProductPageFactory(
        parent=producer, certification__decision__issued_on=datetime.date(2021, 3, 1)
    )
    assert product.current_status == CertificateStatus.EXPIRED

    factories.CertificationFactory(product=product, stars=5, decision__issued_on=datetime.date(2025, 3, 1))
    product = ProductPage.objects.get(pk=product.pk)
    assert product.current_status == CertificateStatus.VALID
    assert product.current_stars == 5
    listed = ProductPage.objects.with_current_certification().certified().get(pk=product.pk)
    assert (listed.cert_stars, listed.current_status) == (5, CertificateStatus.VALID)


@pytest.mark.django_db
def test_days_left_counts_from_the_sites_today(producer, frozen_today):
    frozen_today.today = EXPIRY - days(10)
    product = factories.ProductPageFactory(parent=producer, certification__decision__issued_on=DECISION)
    certificate = product.current_certification
    assert certificate.days_left == 10
    assert certificate.status == CertificateStatus.EXPIRING
    assert product.is_certified
