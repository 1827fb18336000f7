"""manage.py send_expiry_reminders: run daily (cron); each certificate's reminder goes out once.

# m h dom mon dow  command
0 7 * * *  cd /srv/ocop && .venv/bin/python manage.py send_expiry_reminders
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from accounts.reminders import send_expiry_reminders


class Command(BaseCommand):
    help = (
        f"E-mail each producer about its certificates that expire within "
        f"{settings.OCOP_REMINDER_DAYS_BEFORE_EXPIRY} days, once per certificate."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List what would be sent; send nothing.")

    def handle(self, dry_run=False, **options):
        report = send_expiry_reminders(dry_run=dry_run)
        sent = 0
        for producer, certificates, recipients in report:
            products = ", ".join(certificate.product.title for certificate in certificates)
            name = producer.title if producer else "?"
            if recipients:
                sent += 0 if dry_run else 1
                verb = "Would remind" if dry_run else "Reminded"
                self.stdout.write(f"{verb} {name} ({', '.join(recipients)}): {products}")
            else:
                self.stderr.write(
                    self.style.WARNING(f"No e-mail address for {name}; not reminded yet: {products}. Invite it.")
                )
        self.stdout.write(self.style.SUCCESS(f"{sent} reminder e-mail(s) sent."))
