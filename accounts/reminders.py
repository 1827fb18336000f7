"""Expiry reminders: each producer is told once, 30 days ahead, that a certificate runs out.

The issuer has to warn a producer at least 30 days before its certificate
expires (DOMAIN.md). send_expiry_reminders runs daily from cron; a
CertificateReminder row per certificate (unique) makes sure nobody is told twice.
"""

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from catalogue import register
from catalogue.models import ProducerPage

from .expiry import expiring_certificates
from .models import CertificateReminder, ProducerAccess


def due_certificates(today=None):
    """Certificates with REMINDER_DAYS days or fewer left that nobody has been reminded of."""
    return expiring_certificates(settings.OCOP_REMINDER_DAYS_BEFORE_EXPIRY + 1, today).filter(
        expiry_reminder__isnull=True
    )


def recipients_of(producer):
    """The producer's invited users; its public contact address if nobody has been invited yet."""
    access = ProducerAccess.objects.filter(producer_key=producer.translation_key).first()
    emails = [user.email for user in access.users() if user.email] if access else []
    if not emails and producer.email:
        emails = [producer.email]
    return emails


def send_expiry_reminders(today=None, dry_run=False):
    """Send the due reminders, one e-mail per producer; return [(producer, certificates, recipients)]."""
    by_producer = defaultdict(list)
    for certificate in due_certificates(today):
        by_producer[register.producer_path(certificate.product.path)].append(certificate)
    producers = {page.path: page for page in ProducerPage.objects.filter(path__in=by_producer)}

    report = []
    for path, certificates in by_producer.items():
        producer = producers.get(path)
        recipients = recipients_of(producer) if producer else []
        report.append((producer, certificates, recipients))
        if dry_run or not recipients:
            continue
        try:
            with transaction.atomic():
                # Recorded first: a second run at the same time fails on the unique
                # constraint instead of sending again; a failed send rolls it back.
                for certificate in certificates:
                    CertificateReminder.objects.create(certification=certificate, recipients=", ".join(recipients))
                send_reminder(producer, certificates, recipients)
        except IntegrityError:
            continue
    return report


def send_reminder(producer, certificates, recipients):
    context = {"producer": producer, "certificates": certificates}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("accounts/emails/expiry_reminder_subject.txt", context).strip()
        body = render_to_string("accounts/emails/expiry_reminder.txt", context)
    send_mail(subject, body, None, recipients)
