"""Certificates the office has to act on: expiring soon, or expired on a page still live."""

import datetime

from django.db.models import Exists, OuterRef, Q

from catalogue import status
from catalogue.models import Certification, ProductPage


def current_certificates():
    """Each product's newest certificate: an older one is superseded by a re-evaluation."""
    newer = Certification.objects.filter(product__translation_key=OuterRef("product__translation_key")).filter(
        Q(decision__issued_on__gt=OuterRef("decision__issued_on"))
        | Q(decision__issued_on=OuterRef("decision__issued_on"), pk__gt=OuterRef("pk"))
    )
    return Certification.objects.exclude(Exists(newer)).select_related("decision", "product")


def not_revoked(today):
    return Q(revoked_on__isnull=True) | Q(revoked_on__gt=today)


def expiring_certificates(days, today=None):
    """Current certificates with fewer than `days` days left (0 = the expiry day itself), soonest first.

    valid_until() grows with the decision date, so "valid until before
    today + days" is a range of decision dates, done in SQL.
    """
    today = today or status.local_today()
    first = status.earliest_valid_decision_date(today)
    stop = status.earliest_valid_decision_date(today + datetime.timedelta(days=days))
    return (
        current_certificates()
        .filter(not_revoked(today), decision__issued_on__gte=first, decision__issued_on__lt=stop)
        .order_by("decision__issued_on", "product__title")
    )


def expired_certificates_still_shown(today=None):
    """Current certificates that have expired while a translation of the product is still published."""
    today = today or status.local_today()
    live_translation = ProductPage.objects.filter(translation_key=OuterRef("product__translation_key"), live=True)
    return (
        current_certificates()
        .filter(not_revoked(today), Exists(live_translation))
        .filter(decision__issued_on__lt=status.earliest_valid_decision_date(today))
        .order_by("-decision__issued_on", "product__title")
    )
