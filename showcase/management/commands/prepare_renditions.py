"""Make every image rendition the site shows before a visitor asks for it.

Wagtail draws a rendition the first time a template needs it, on that
visitor's request; a page with twenty new product photos is then slow for
whoever opens it first. This command draws them ahead: the card renditions of
every image, then whatever each live page asks for, by rendering every live
page once (in both languages, with the page cache off). Run it after loading
content in bulk (the demo, an import, `generate_catalogue`) or a deploy that
changes image sizes in templates; running it again only draws what is missing.
"""

from django.core.management.base import BaseCommand
from django.test import Client
from django.test.utils import override_settings
from wagtail.images import get_image_model
from wagtail.models import Page

from showcase.images import CARD_RENDITIONS


class Command(BaseCommand):
    help = "Draw the image renditions the site's pages show, so that no visitor waits for one."

    def add_arguments(self, parser):
        parser.add_argument("--no-pages", action="store_true", help="Only the card renditions of every image.")

    def handle(self, *args, no_pages=False, **options):
        Rendition = get_image_model().get_rendition_model()
        before = Rendition.objects.count()
        images = get_image_model().objects.all()
        for image in images.iterator(chunk_size=200):
            image.get_renditions(*CARD_RENDITIONS)
        pages = 0
        if not no_pages:
            pages = self.render_pages()
        drawn = Rendition.objects.count() - before
        self.stdout.write(f"{drawn} renditions drawn ({images.count()} images, {pages} pages rendered).")

    def render_pages(self):
        client = Client(SERVER_NAME=self.server_name())
        rendered = 0
        with override_settings(OCOP_PAGE_CACHE_SECONDS=0):
            for page in Page.objects.live().filter(depth__gt=1).iterator(chunk_size=200):
                url = page.get_url()
                if not url:
                    continue
                response = client.get(url)
                if response.status_code != 200:
                    self.stderr.write(f"{url}: {response.status_code}")
                    continue
                rendered += 1
        return rendered

    def server_name(self):
        from django.conf import settings

        hosts = [host for host in settings.ALLOWED_HOSTS if host and host != "*" and not host.startswith(".")]
        return hosts[0] if hosts else "localhost"
