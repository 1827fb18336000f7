"""Fill the database with a synthetic, national-scale OCOP catalogue, for benchmarks.

    manage.py generate_catalogue --products 5000 [--seed 1] [--news 50] [--replace] [--no-index] [--no-images]

Producers (2-20 products each) spread over the 34 provinces and the six
groups, products with Vietnamese names, certification decisions of 10-45 rows
(national 5★ decisions up to 60), re-certifications and revocations, a few
display points that sell hundreds of products, and news articles about all of
it. The same seed gives the same names, stars and dates (dates count back from
today, so the mix of statuses is right on the day it runs).

Generated pages are recognised by their translation keys (a reserved block of
UUIDs). A second run refuses to add a second catalogue; --replace deletes the
generated one first. Pages are Vietnamese only.
"""

import io
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from catalogue.generator.plan import build_plan
from catalogue.generator.writer import CatalogueWriter, GeneratedContentError, delete_generated, generated_products
from showcase import page_cache

MAX_PRODUCTS = 100_000
MAX_NEWS = 2_000


class Command(BaseCommand):
    help = "Generate a synthetic OCOP catalogue (producers, products, register, display points, news) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, required=True, help="How many products (2 to 100000).")
        parser.add_argument("--seed", type=int, default=1, help="The same seed gives the same catalogue (default 1).")
        parser.add_argument("--news", type=int, default=50, help="How many news articles (default 50).")
        parser.add_argument("--replace", action="store_true", help="Delete a previously generated catalogue first.")
        parser.add_argument(
            "--no-index", action="store_true", help="Do not rebuild the search index afterwards (update_index)."
        )
        parser.add_argument("--no-images", action="store_true", help="Leave every generated page without an image.")

    def handle(self, *args, products, seed, news, replace, no_index, no_images, **options):
        if not 2 <= products <= MAX_PRODUCTS:
            raise CommandError(f"--products must be between 2 and {MAX_PRODUCTS}.")
        if not 0 <= news <= MAX_NEWS:
            raise CommandError(f"--news must be between 0 and {MAX_NEWS}.")
        existing = generated_products().count()
        if existing and not replace:
            raise CommandError(
                f"The database already holds a generated catalogue ({existing} products). "
                "Run again with --replace to delete it and generate a new one."
            )
        started = time.perf_counter()
        try:
            plan = build_plan(products, seed=seed, news=news)
        except ValueError as error:
            raise CommandError(str(error)) from error
        planned = time.perf_counter()
        try:
            with transaction.atomic():
                deleted = delete_generated(search_index_rebuilt=not no_index) if existing else 0
                counts = CatalogueWriter(plan, images=not no_images).write()
        except GeneratedContentError as error:
            raise CommandError(str(error)) from error
        written = time.perf_counter()
        # Written in bulk, without the signals that purge the page cache and draw renditions.
        page_cache.purge("generated catalogue")
        # The tables grew many times over at once: the query planner's statistics are refreshed, as
        # PostgreSQL's autovacuum would do later and SQLite never does by itself (without them SQLite
        # reads every page of a locale to find the three latest news articles).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        if not no_images:
            call_command("prepare_renditions", no_pages=True, stdout=io.StringIO())
        if not no_index:
            call_command("update_index", verbosity=0, stdout=self.stdout)
        indexed = time.perf_counter()

        if deleted:
            self.stdout.write(f"Deleted the previously generated catalogue ({deleted} pages).")
        statuses = plan.status_counts()
        stars = plan.star_counts()
        self.stdout.write(
            self.style.SUCCESS(
                "Generated {products} products of {producers} producers, {decisions} decisions with "
                "{certifications} certificates, {display_points} display points and {news} news articles "
                "(seed {seed}).".format(seed=seed, **counts)
            )
        )
        self.stdout.write(
            "Newest certificates today: "
            + ", ".join(f"{statuses[status]} {status}" for status in ("valid", "expiring", "expired", "revoked"))
            + "; stars: "
            + ", ".join(f"{stars[n]} × {n}★" for n in (3, 4, 5))
            + "."
        )
        self.stdout.write(
            f"Time: {indexed - started:.1f} s (plan {planned - started:.1f} s, database {written - planned:.1f} s, "
            + ("search index skipped)." if no_index else f"search index {indexed - written:.1f} s).")
        )
