"""manage.py invite_producer <page> <email>: invite someone to edit a producer's pages."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from accounts.invite import invite_producer
from catalogue.models import ProducerPage


class Command(BaseCommand):
    help = (
        "Invite a producer's contact to edit its pages: makes the producer's group and e-mails a one-time link; "
        "access is granted only when whoever reads that mailbox accepts it."
    )

    def add_arguments(self, parser):
        parser.add_argument("page", help="The producer page: its id, or its slug (in any language).")
        parser.add_argument("email", help="The e-mail address of the person to invite.")

    def handle(self, page, email, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an e-mail address: {email}") from error
        producer = self.find_producer(page)
        invitation = invite_producer(producer, email)
        self.stdout.write(
            self.style.SUCCESS(
                f"Sent {invitation.email} an invitation to edit “{producer.title}” "
                f"(group “{invitation.access.group.name}”); access starts when they accept it."
            )
        )

    def find_producer(self, reference):
        producers = ProducerPage.objects.all()
        matches = producers.filter(pk=int(reference)) if reference.isdigit() else producers.filter(slug=reference)
        matches = list(matches[:2])
        if not matches:
            raise CommandError(f"No producer page with id or slug “{reference}”.")
        if len({page.translation_key for page in matches}) > 1:
            raise CommandError(f"Several producers have the slug “{reference}”; give the page id instead.")
        return matches[0]
