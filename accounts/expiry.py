"""Certificates the office has to act on: expiring soon, or expired on a page still live."""

from django.db.models import Exists, OuterRef

from catalogue import register
from catalogue.models import ProductPage


def current_certificates():
    """Each product's current certificate: an older one is superseded by a re-evaluation."""
    return register.current_certificates().select_related("decision", "product")


def expiring_certificates(days=None, today=None):
    """Current certificates in force with fewer than `days` days left (0 = the expiry day itself), soonest first.

    `days` is the warning period (OCOP_EXPIRING_WITHIN_DAYS) unless given.
    """
    return (
        current_certificates()
        .filter(register.expiring_q(today=today, within_days=days))
        .order_by("decision__issued_on", "product__title")
    )


def expired_certificates_still_shown(today=None):
    """Current certificates that have expired while a translation of the product is still published."""
    live_translation = ProductPage.objects.filter(translation_key=OuterRef("product__translation_key"), live=True)
    return (
        current_certificates()
        .filter(register.expired_q(today=today), Exists(live_translation))
        .order_by("-decision__issued_on", "product__title")
    )
