"""Import a certification decision from a CSV or XLSX file (the admin's "Import a decision", from a shell).

    manage.py import_decision quyet-dinh-3105.xlsx --dry-run
    manage.py import_decision quyet-dinh-3105.xlsx --user van-phong-ocop

Exits with status 1, writing nothing, if the file cannot be read or any row is
bad; every problem is printed with its row number.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from catalogue.imports.plan import CertificateAction, row_message
from catalogue.imports.reader import MAX_FILE_SIZE, too_large_message
from catalogue.imports.writer import import_decision


class Command(BaseCommand):
    help = (
        "Import a certification decision (decision, producers, products, certificates) from a CSV or XLSX file. "
        "Nothing is written if any row is bad."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV (UTF-8) or XLSX file of the decision")
        parser.add_argument("--dry-run", action="store_true", help="check the file and say what would change")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="language of the report (default: %(default)s)",
        )
        parser.add_argument("--user", help="username recorded as the author in the admin's history")

    def handle(self, *args, **options):
        with translation.override(options["language"]):
            user = self.get_user(options["user"])
            path = Path(options["file"])
            data = self.read(path)
            plan = import_decision(path.name, data, user=user, dry_run=options["dry_run"])
            if not plan.is_valid:
                for line in plan.error_lines():
                    self.stderr.write(line)
                raise CommandError(
                    _("The file was not imported: nothing has been written. Correct the rows above and try again.")
                )
            self.report(plan, dry_run=options["dry_run"])

    def get_user(self, username):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("There is no user “%(username)s”.") % {"username": username})
        return user

    def read(self, path):
        try:
            size = path.stat().st_size
            if size > MAX_FILE_SIZE:
                raise CommandError(too_large_message())
            return path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("The file %(path)s cannot be opened: %(error)s") % {"path": path, "error": error.strerror}
            ) from None

    def report(self, plan, *, dry_run):
        decision = plan.decision
        labels = {
            CertificateAction.CREATED: _("certificate added"),
            CertificateAction.UPDATED: _("certificate changed"),
            CertificateAction.UNCHANGED: _("no change"),
        }
        self.stdout.write(
            _("Decision %(number)s of %(date)s, %(issuer)s (%(kind)s)")
            % {
                "number": decision.number,
                "date": decision.issued_on_display,
                "issuer": decision.issuer,
                "kind": decision.get_kind_display(),
            }
        )
        self.stdout.write(decision.action_message())
        if decision.kept_message():
            self.stdout.write(decision.kept_message())
        for row in plan.rows:
            what = [str(labels[row.action])]
            if row.action == CertificateAction.UPDATED:
                what[0] += f" ({row.previous.stars}★ {row.previous.score} → {row.stars}★ {row.score})"
            if row.new_producer:
                what.append(_("new producer (draft)"))
            if row.new_product:
                what.append(_("new product (draft)"))
            self.stdout.write(
                row_message(
                    row.number,
                    f"{row.product_title} — {row.producer_title}, {row.stars}★ {row.score}: {'; '.join(what)}",
                )
            )
        for number, note in plan.notes:
            self.stdout.write(row_message(number, note) if number else note)
        self.stdout.write(plan.certificates_summary())
        if plan.drafts_summary():
            self.stdout.write(plan.drafts_summary())
        if dry_run:
            self.stdout.write(_("Dry run: nothing has been written."))
        else:
            self.stdout.write(self.style.SUCCESS(_("The decision has been imported.")))
