"""catalogue.register: its SQL and its Python give the same answer on every boundary day.

For each decision date below, the site's today is moved over the days where
a status changes: the decision day, the last day with 90 days left, the first
expiring day, the expiry day, the day after, and a revocation's eve and day.
On each of them, every certificate's status computed by the database
(status_expression, in_force_q, expiring_q, expired_q) must be the one
certificate_status() computes in Python, and the catalogue's listing must
hold exactly the products in force.
"""

import datetime

import pytest
from wagtail.models import Locale

from catalogue import register
from catalogue.catalogue import listed_products
from catalogue.models import Certification, ProducerPage, ProductPage
from catalogue.register import CertificateStatus, certificate_status, valid_until
from tests import factories

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
# An ordinary day, 29 February (clamped to 28 February 36 months on), the day
# after it, and a month end before a shorter month.
DECISION_DATES = [
    datetime.date(2023, 3, 10),
    datetime.date(2024, 2, 29),
    datetime.date(2024, 2, 28),
    datetime.date(2024, 3, 1),
    datetime.date(2023, 5, 31),
]
REVOKED_ON = datetime.date(2025, 6, 15)


def boundary_days(decision):
    expiry = valid_until(decision)
    warning = datetime.timedelta(days=90)
    return [decision, expiry - warning, expiry - warning + DAY, expiry, expiry + DAY]


ALL_DAYS = sorted(
    {day for decision in DECISION_DATES for day in boundary_days(decision)} | {REVOKED_ON - DAY, REVOKED_ON}
)


@pytest.fixture
def certificates(producer):
    """One product per decision date (its only certificate), and one revoked on REVOKED_ON."""
    made = []
    for decision in DECISION_DATES:
        product = factories.ProductPageFactory(parent=producer, certification__decision__issued_on=decision)
        made.append(Certification.objects.get(product=product))
    revoked = factories.ProductPageFactory(
        parent=producer,
        certification__decision__issued_on=datetime.date(2024, 9, 1),
        certification__revoked_on=REVOKED_ON,
        certification__revocation_reason="Không duy trì chất lượng",
    )
    made.append(Certification.objects.get(product=revoked))
    return made


def python_statuses(certificates, today):
    return {c.pk: certificate_status(c.decision.issued_on, c.revoked_on, today) for c in certificates}


def test_the_boundaries_are_where_the_rule_says():
    decision = datetime.date(2023, 3, 10)
    expiry = valid_until(decision)
    assert expiry == datetime.date(2026, 3, 10)
    assert certificate_status(decision, today=expiry - datetime.timedelta(days=90)) == CertificateStatus.VALID
    assert certificate_status(decision, today=expiry - datetime.timedelta(days=89)) == CertificateStatus.EXPIRING
    assert certificate_status(decision, today=expiry) == CertificateStatus.EXPIRING
    assert certificate_status(decision, today=expiry + DAY) == CertificateStatus.EXPIRED
    assert valid_until(datetime.date(2024, 2, 29)) == datetime.date(2027, 2, 28)


@pytest.mark.parametrize("today", ALL_DAYS, ids=str)
def test_sql_status_agrees_with_python_status(certificates, today):
    expected = python_statuses(certificates, today)
    in_sql = dict(
        Certification.objects.filter(pk__in=expected)
        .annotate(status=register.status_expression(today=today))
        .values_list("pk", "status")
    )
    assert in_sql == expected


@pytest.mark.parametrize("today", ALL_DAYS, ids=str)
def test_sql_filters_agree_with_python_checks(certificates, today):
    rows = Certification.objects.filter(pk__in=[c.pk for c in certificates])
    in_force = set(rows.filter(register.in_force_q(today=today)).values_list("pk", flat=True))
    expiring = set(rows.filter(register.expiring_q(today=today)).values_list("pk", flat=True))
    expired = set(rows.filter(register.expired_q(today=today)).values_list("pk", flat=True))
    assert in_force == {c.pk for c in certificates if register.is_in_force(c.decision.issued_on, c.revoked_on, today)}
    assert expiring == {c.pk for c in certificates if register.is_expiring(c.decision.issued_on, c.revoked_on, today)}
    assert expired == {
        c.pk
        for c in certificates
        if certificate_status(c.decision.issued_on, c.revoked_on, today) == CertificateStatus.EXPIRED
    }


@pytest.mark.parametrize("today", ALL_DAYS, ids=str)
def test_catalogue_listing_holds_the_products_in_force_that_day(certificates, today):
    listed = set(listed_products(Locale.get_default(), today=today).values_list("page_id", flat=True))
    annotated = set(ProductPage.objects.with_current_certification().certified(today).values_list("pk", flat=True))
    in_python = {c.product_id for c in certificates if register.is_in_force(c.decision.issued_on, c.revoked_on, today)}
    assert listed == annotated == in_python


def test_every_day_of_four_years_the_cutoffs_agree_with_the_status():
    """No database: the decision-date cutoffs against certificate_status(), day by day over a leap year."""
    first = datetime.date(2023, 1, 1)
    for offset in range(0, 4 * 366, 3):
        today = first + datetime.timedelta(days=offset)
        earliest = register.earliest_valid_decision_date(today)
        not_expiring = register.first_non_expiring_decision_date(today)
        for decided in (earliest - DAY, earliest, not_expiring - DAY, not_expiring):
            status = certificate_status(decided, today=today)
            assert status.is_certified is (decided >= earliest), (today, decided)
            assert (status == CertificateStatus.VALID) is (decided >= not_expiring), (today, decided)


def test_current_certificate_is_the_newest_in_python_and_in_sql(producer):
    product = factories.ProductPageFactory(
        parent=producer, certification__decision__issued_on=datetime.date(2022, 1, 5)
    )
    newer = Certification.objects.create(
        decision=factories.CertificationDecisionFactory(issued_on=datetime.date(2024, 1, 5)),
        product=product,
        stars=5,
        score=92,
    )
    history = list(Certification.objects.for_product(product).select_related("decision"))
    assert register.current_certificate(history) == newer
    assert set(register.current_certificates().filter(product=product)) == {newer}
    annotated = ProductPage.objects.with_current_certification().get(pk=product.pk)
    assert (annotated.cert_issued_on, annotated.cert_stars) == (datetime.date(2024, 1, 5), 5)


def test_a_province_covers_those_merged_into_it_in_python_and_in_sql(producer_index):
    long_an = factories.historic_province("long-an", "Long An", merged_into="tay-ninh")
    tay_ninh, hue = factories.province("tay-ninh"), factories.province("hue")
    producers = {
        row: factories.ProducerPageFactory(parent=producer_index, province=row) for row in (long_an, tay_ninh, hue)
    }
    rows = [long_an, tay_ninh, hue]
    for slug, covered in (("tay-ninh", {long_an, tay_ninh}), ("long-an", {long_an}), ("hue", {hue})):
        assert register.covered_province_ids(slug, rows) == {row.pk for row in covered}
        assert {row for row in rows if register.province_covers(slug, row)} == covered
        in_sql = set(ProducerPage.objects.filter(register.province_covers_q(slug)))
        assert in_sql == {producers[row] for row in covered}


# The register of changes dates an expiry by expired_on(), in SQL too.

# Month ends, 29 February and the days around it, decided in 2023, 2024 and 2025.
EXPIRY_DECISION_DATES = [
    datetime.date(2023, 3, 10),
    datetime.date(2023, 5, 31),
    datetime.date(2023, 12, 31),
    datetime.date(2024, 1, 31),
    datetime.date(2024, 2, 28),
    datetime.date(2024, 2, 29),
    datetime.date(2024, 3, 1),
    datetime.date(2024, 3, 31),
    datetime.date(2025, 2, 28),
    datetime.date(2025, 3, 1),
]


@pytest.fixture
def decided(producer):
    """One certificate per decision date above."""
    return [
        Certification.objects.get(
            product=factories.ProductPageFactory(parent=producer, certification__decision__issued_on=day)
        )
        for day in EXPIRY_DECISION_DATES
    ]


def test_valid_until_and_expired_on_in_sql_agree_with_python(decided):
    rows = Certification.objects.filter(pk__in=[c.pk for c in decided]).annotate(
        until=register.ValidUntil(), expired=register.ValidUntil(days_after=1)
    )
    in_sql = {row.decision.issued_on: (row.until, row.expired) for row in rows.select_related("decision")}
    in_python = {day: (valid_until(day), register.expired_on(day)) for day in EXPIRY_DECISION_DATES}
    assert in_sql == in_python
    assert in_sql[datetime.date(2024, 2, 29)] == (datetime.date(2027, 2, 28), datetime.date(2027, 3, 1))
    assert in_sql[datetime.date(2024, 1, 31)] == (datetime.date(2027, 1, 31), datetime.date(2027, 2, 1))


EXPIRY_WINDOWS = [
    (datetime.date(2027, 2, 28), datetime.date(2027, 2, 28)),
    (datetime.date(2027, 3, 1), datetime.date(2027, 3, 1)),
    (datetime.date(2027, 3, 2), datetime.date(2027, 3, 31)),
    (datetime.date(2027, 2, 1), datetime.date(2027, 2, 28)),
    (datetime.date(2026, 3, 11), datetime.date(2026, 3, 11)),
    (datetime.date(2026, 1, 1), datetime.date(2028, 12, 31)),
    (datetime.date(2028, 2, 29), datetime.date(2028, 3, 1)),
]


@pytest.mark.parametrize(("start", "end"), EXPIRY_WINDOWS, ids=str)
@pytest.mark.parametrize("today", [datetime.date(2027, 3, 1), datetime.date(2029, 1, 1)], ids=str)
def test_expired_between_in_sql_agrees_with_python(decided, start, end, today):
    rows = Certification.objects.filter(pk__in=[c.pk for c in decided])
    in_sql = set(rows.filter(register.expired_between_q(start, end, today=today)).values_list("pk", flat=True))
    in_python = {
        c.pk
        for c in decided
        if start <= register.expired_on(c.decision.issued_on) <= min(end, today)
        and certificate_status(c.decision.issued_on, c.revoked_on, today) == CertificateStatus.EXPIRED
    }
    assert in_sql == in_python
