"""The register's rules, written once: in SQL for querysets and in Python for one row.

A certificate is valid for OCOP_CERTIFICATE_VALID_MONTHS (36) months from the
decision date, through the expiry day itself. With fewer than
OCOP_EXPIRING_WITHIN_DAYS (90) days left it is "expiring" (the issuer has to
warn the producer); from the day after it is "expired". A revocation that has
taken effect overrides everything.

A product's *current* certificate is its newest (latest decision date, then
the latest entered); an older one is superseded by a re-evaluation.
Certificates belong to a product whatever its language: they are found from
every translation of it by translation_key.

A product's *producer* is the page directly above it in the tree.

A province *covers* itself and the historic provinces merged into it
(1 July 2025), so that what was recorded under an old name is still found.

Every date rule becomes, in SQL, a cutoff on the decision date, computed here
from `today`: valid_until() only grows with the decision date, so "valid
until on or after D" is "decided on or after first_decision_valid_on(D)".
The cutoffs are computed for each query, never stored, so status changes at
midnight without anything being written. tests/catalogue/test_register_rules.py
holds the SQL and the Python to the same answer on every boundary day.
"""

import calendar
import datetime

from django.apps import apps
from django.conf import settings
from django.db import NotSupportedError, models
from django.db.models import Case, CharField, DateField, Exists, Func, OuterRef, Q, Value, When
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRING = "expiring", _("Expiring soon")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")

    @property
    def is_certified(self):
        """Whether a product with this status may be presented as OCOP-certified."""
        return self in (CertificateStatus.VALID, CertificateStatus.EXPIRING)


# The clock ----------------------------------------------------------------------------------


def local_today():
    """Today in the site's time zone (Asia/Ho_Chi_Minh), not the server's.

    Every rule below asks this function, through this module, for the date.
    """
    return timezone.localdate()


# Dates ----------------------------------------------------------------------------------------


def add_months(day, months):
    """The same day `months` later, clamped to the month's end (29 Feb → 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def valid_until(decision_date):
    """The last day a certificate from a decision of this date is valid."""
    return add_months(decision_date, settings.OCOP_CERTIFICATE_VALID_MONTHS)


def expired_on(decision_date):
    """The first day a certificate from a decision of this date is expired: the day after its expiry day."""
    return valid_until(decision_date) + datetime.timedelta(days=1)


def decided_before_expiry_of(day):
    """The decision date whose certificates expire on `day` or, if none does (clamping), the first after."""
    return add_months(day, -settings.OCOP_CERTIFICATE_VALID_MONTHS)


def first_decision_valid_on(day):
    """The oldest decision date whose certificates are still valid on `day`.

    Going back 36 months is right except around a clamped month end (from
    29 Feb 2028 back to 28 Feb 2025, whose certificates expired on 28 Feb
    2028), hence the steps.
    """
    first = decided_before_expiry_of(day)
    while valid_until(first) < day:
        first += datetime.timedelta(days=1)
    while valid_until(first - datetime.timedelta(days=1)) >= day:
        first -= datetime.timedelta(days=1)
    return first


def earliest_valid_decision_date(today=None):
    """Certificates decided on or after this date are valid or expiring today (unless revoked)."""
    return first_decision_valid_on(today or local_today())


def first_non_expiring_decision_date(today=None):
    """Certificates decided on or after this date have at least the warning period left today."""
    today = today or local_today()
    return first_decision_valid_on(today + datetime.timedelta(days=settings.OCOP_EXPIRING_WITHIN_DAYS))


def expiry_month(decision_month):
    """The month certificates of decisions of `decision_month` (its first day) expire in."""
    return add_months(decision_month, settings.OCOP_CERTIFICATE_VALID_MONTHS)


# One certificate, in Python -------------------------------------------------------------------


def is_revoked(revoked_on, today=None):
    return revoked_on is not None and revoked_on <= (today or local_today())


def days_left(decision_date, today=None):
    """Days until the expiry day (0 on the expiry day itself, negative once expired)."""
    return (valid_until(decision_date) - (today or local_today())).days


def certificate_status(decision_date, revoked_on=None, today=None):
    today = today or local_today()
    if is_revoked(revoked_on, today):
        return CertificateStatus.REVOKED
    left = days_left(decision_date, today)
    if left < 0:
        return CertificateStatus.EXPIRED
    if left < settings.OCOP_EXPIRING_WITHIN_DAYS:
        return CertificateStatus.EXPIRING
    return CertificateStatus.VALID


def is_in_force(decision_date, revoked_on=None, today=None):
    """Valid or expiring: the product may be presented as certified."""
    return decision_date is not None and certificate_status(decision_date, revoked_on, today).is_certified


def is_expiring(decision_date, revoked_on=None, today=None):
    return decision_date is not None and certificate_status(decision_date, revoked_on, today) == (
        CertificateStatus.EXPIRING
    )


# Certificates, in SQL -------------------------------------------------------------------------
#
# Each takes the names of the decision-date and revocation-date columns, so the
# same rule filters certificates (decision__issued_on, revoked_on), products
# annotated with their current certificate (cert_issued_on, cert_revoked_on)
# and the catalogue's listing rows.

CERTIFICATE_FIELDS = {"issued": "decision__issued_on", "revoked": "revoked_on"}
CURRENT_CERTIFICATE_FIELDS = {"issued": "cert_issued_on", "revoked": "cert_revoked_on"}


def not_revoked_q(revoked="revoked_on", today=None):
    # Spelled out: exclude(revoked_on__lte=today) on an annotation would become
    # NOT (NULL <= today) and drop every certificate never revoked.
    today = today or local_today()
    return Q(**{f"{revoked}__isnull": True}) | Q(**{f"{revoked}__gt": today})


def in_force_q(issued="decision__issued_on", revoked="revoked_on", today=None):
    """Valid or expiring today."""
    today = today or local_today()
    return not_revoked_q(revoked, today) & Q(**{f"{issued}__gte": earliest_valid_decision_date(today)})


def expiring_q(issued="decision__issued_on", revoked="revoked_on", today=None, within_days=None):
    """In force with fewer than `within_days` (the warning period by default) days left."""
    today = today or local_today()
    within = settings.OCOP_EXPIRING_WITHIN_DAYS if within_days is None else within_days
    stop = first_decision_valid_on(today + datetime.timedelta(days=within))
    return in_force_q(issued, revoked, today) & Q(**{f"{issued}__lt": stop})


def expired_q(issued="decision__issued_on", revoked="revoked_on", today=None):
    """Past its expiry day and never revoked (a revocation is reported as such)."""
    today = today or local_today()
    return not_revoked_q(revoked, today) & Q(**{f"{issued}__lt": earliest_valid_decision_date(today)})


def expired_between_q(start, end, issued="decision__issued_on", revoked="revoked_on", today=None):
    """Certificates whose expired_on() falls between `start` and `end` (inclusive), and not after today.

    As expired_q(), a certificate revoked by today is reported as revoked, not
    as expired. In SQL through decision-date cutoffs: expired_on(d) is in
    [start, end] when valid_until(d) is in [start - 1 day, end - 1 day].
    """
    today = today or local_today()
    end = min(end, today)
    if end < start:
        return Q(pk__in=[])
    first = first_decision_valid_on(start - datetime.timedelta(days=1))
    stop = first_decision_valid_on(end)
    return not_revoked_q(revoked, today) & Q(**{f"{issued}__gte": first, f"{issued}__lt": stop})


class ValidUntil(Func):
    """valid_until() (or, with days_after=1, expired_on()) of a decision-date column, in SQL.

    For ordering rows by the day their certificate expires. Month ends clamp as
    add_months() does (29 February 2024 + 36 months is 28 February 2027): on
    PostgreSQL date + interval clamps by itself; on SQLite, whose date() rolls
    over into the next month instead, the smaller of that and the target month's
    last day is taken. tests/catalogue/test_register_rules.py holds it to the
    Python on the boundary days.
    """

    output_field = DateField()

    def __init__(self, issued="decision__issued_on", days_after=0):
        super().__init__(issued)
        self.days_after = int(days_after)

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError(f"ValidUntil has no SQL for {connection.vendor}.")

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        months = int(settings.OCOP_CERTIFICATE_VALID_MONTHS)
        rolled_over = f"date({sql}, '+{months} months')"
        month_end = f"date({sql}, 'start of month', '+{months + 1} months', '-1 day')"
        clamped = f"min({rolled_over}, {month_end})"
        return f"date({clamped}, '+{self.days_after} days')", (*params, *params)

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        months = int(settings.OCOP_CERTIFICATE_VALID_MONTHS)
        return f"((({sql})::date + make_interval(months => {months}))::date + {self.days_after})", params


def status_expression(issued="decision__issued_on", revoked="revoked_on", today=None):
    """The status as a SQL expression: certificate_status() for every row in one query."""
    today = today or local_today()
    return Case(
        When(Q(**{f"{revoked}__lte": today}), then=Value(CertificateStatus.REVOKED.value)),
        When(Q(**{f"{issued}__lt": earliest_valid_decision_date(today)}), then=Value(CertificateStatus.EXPIRED.value)),
        When(
            Q(**{f"{issued}__lt": first_non_expiring_decision_date(today)}),
            then=Value(CertificateStatus.EXPIRING.value),
        ),
        default=Value(CertificateStatus.VALID.value),
        output_field=CharField(),
    )


# A product's current certificate -----------------------------------------------------------

# Newest first: the first of a product's certificates in this order is its current one.
CURRENT_FIRST = ("-decision__issued_on", "-pk")


def current_certificate(certificates):
    """The current one of a product's certificates (objects with .decision and .pk), or None."""
    return max(certificates, key=lambda c: (c.decision.issued_on, c.pk), default=None)


def newest_certificates_of(translation_key):
    """SQL: certificates of the product(s) with this translation_key (an OuterRef), current first."""
    certification = apps.get_model("catalogue", "Certification")
    return certification.objects.filter(product__translation_key=translation_key).order_by(*CURRENT_FIRST)


def newer_than_q(issued_on, pk):
    """SQL: certificates that come after the one decided on `issued_on` with this pk (values or OuterRefs)."""
    return Q(decision__issued_on__gt=issued_on) | Q(decision__issued_on=issued_on, pk__gt=pk)


def current_certificates():
    """SQL: every product's current certificate and no superseded one."""
    certification = apps.get_model("catalogue", "Certification")
    newer = certification.objects.filter(
        newer_than_q(OuterRef("decision__issued_on"), OuterRef("pk")),
        product__translation_key=OuterRef("product__translation_key"),
    )
    return certification.objects.exclude(Exists(newer))


# A product's producer -----------------------------------------------------------------------


def producer_path(product_path):
    """The tree path of a product's producer: products sit directly under their producer."""
    return product_path[: -Page.steplen]


def producer_path_expression(path="path"):
    """producer_path() in SQL."""
    return Substr(path, 1, Length(path) - Page.steplen)


def products_of_q(producer_path):
    """SQL: the pages directly below the producer at `producer_path`, its products.

    A range of the indexed path column (a child's path is its parent's and one
    step of Page.alphabet), where treebeard's child_of() is a LIKE that SQLite
    answers by reading every page of the site.
    """
    first, last = Page.alphabet[0] * Page.steplen, Page.alphabet[-1] * Page.steplen
    return Q(
        path__gte=producer_path + first,
        path__lte=producer_path + last,
        depth=len(producer_path) // Page.steplen + 1,
    )


# Provinces -----------------------------------------------------------------------------------


def province_covers(province_slug, row):
    """Whether the province with this slug covers `row` (a Province): itself or one merged into it."""
    return row.slug == province_slug or (row.merged_into_id is not None and row.merged_into.slug == province_slug)


def covered_province_ids(province_slug, rows):
    """Pks of the province rows (every locale) the province with this slug covers."""
    return {row.pk for row in rows if province_covers(province_slug, row)}


def province_covers_q(province_slug, province="province"):
    """province_covers() in SQL, over a foreign key to Province."""
    return Q(**{f"{province}__slug": province_slug}) | Q(**{f"{province}__merged_into__slug": province_slug})


def current_province(row):
    """The province `row` is part of today: itself, or the one it merged into."""
    return row.merged_into if row.merged_into_id else row
