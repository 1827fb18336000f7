"""Certificate validity: computed from dates, never typed in.

A certificate is valid for OCOP_CERTIFICATE_VALID_MONTHS (36) months from the
decision date, through the expiry day itself. With fewer than
OCOP_EXPIRING_WITHIN_DAYS (90) days left it is "expiring" (the issuer has to
warn the producer); from the day after it is "expired". A revocation that has
taken effect overrides everything.
"""

import calendar
import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRING = "expiring", _("Expiring soon")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")

    @property
    def is_certified(self):
        """Whether a product with this status may be presented as OCOP-certified."""
        return self in (CertificateStatus.VALID, CertificateStatus.EXPIRING)


def add_months(day, months):
    """The same day `months` later, clamped to the month's end (29 Feb → 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def local_today():
    """Today in the site's time zone (Asia/Ho_Chi_Minh), not the server's."""
    return timezone.localdate()


def valid_until(decision_date):
    """The last day a certificate from a decision of this date is valid."""
    return add_months(decision_date, settings.OCOP_CERTIFICATE_VALID_MONTHS)


def earliest_valid_decision_date(today=None):
    """The oldest decision date whose certificates are still valid `today`.

    The catalogue filters in SQL with `issued_on >= this`, so it must agree
    with certificate_status() on every day. Going back 36 months is right
    except when that clamps to a shorter month (from 29 Feb 2028 back to
    28 Feb 2025, whose certificates expired on 28 Feb 2028), hence the step
    forward.
    """
    today = today or local_today()
    earliest = add_months(today, -settings.OCOP_CERTIFICATE_VALID_MONTHS)
    while valid_until(earliest) < today:
        earliest += datetime.timedelta(days=1)
    return earliest


def certificate_status(decision_date, revoked_on=None, today=None):
    today = today or local_today()
    if revoked_on is not None and revoked_on <= today:
        return CertificateStatus.REVOKED
    days_left = (valid_until(decision_date) - today).days
    if days_left < 0:
        return CertificateStatus.EXPIRED
    if days_left < settings.OCOP_EXPIRING_WITHIN_DAYS:
        return CertificateStatus.EXPIRING
    return CertificateStatus.VALID
