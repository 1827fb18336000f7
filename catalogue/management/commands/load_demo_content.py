"""Build the demo site: provinces, producers, products, the register, display points and news.

Safe to run again: nothing is created twice, and an editor's changes to demo
pages are kept. Creates an "admin" superuser with a random password the first
time and prints it; later runs leave the account alone.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.urls import reverse

from catalogue.demo.loader import DemoLoader
from showcase.site_address import apply_site_url


class Command(BaseCommand):
    help = "Build (or complete) the demo OCOP site from code. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create the admin account.")
        parser.add_argument(
            "--reset-admin-password",
            action="store_true",
            help="Give the admin account a new random password and print it.",
        )

    def handle(self, *args, no_admin=False, reset_admin_password=False, **options):
        created = DemoLoader().run()
        # A site built earlier for another address (make run PORT=...) follows SITE_URL.
        apply_site_url()
        self.stdout.write(
            "Demo content ready: {pages} pages, {images} images, {decisions} decisions and "
            "{certifications} certificates created on this run.".format(**created)
        )
        if not no_admin:
            self.ensure_admin(reset_admin_password)

    def ensure_admin(self, reset_password):
        User = get_user_model()
        user = User.objects.filter(username="admin").first()
        if user and not reset_password:
            self.stdout.write(
                f"Admin: log in at {self.admin_url()} as 'admin' with the password printed when it "
                "was created (new one: manage.py load_demo_content --reset-admin-password)."
            )
            return
        password = secrets.token_urlsafe(12)
        if user is None:
            User.objects.create_superuser("admin", "admin@localhost", password)
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
        self.stdout.write(self.style.SUCCESS(f"Admin: {self.admin_url()}  user: admin  password: {password}"))

    def admin_url(self):
        return settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_home")
