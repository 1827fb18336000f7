"""An index on wagtailcore_page.url_path, which Wagtail does not index.

showcase/routing.py finds the page of every request by its url_path in one
query; without an index that query reads every page of the site, so the cost
of each request grew with the register. Wagtail's own model cannot take the
index in its Meta, hence plain SQL (the same statement on SQLite and
PostgreSQL).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("showcase", "0001_rate_limit_counter"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            sql="CREATE INDEX IF NOT EXISTS showcase_page_url_path ON wagtailcore_page (url_path, path)",
            reverse_sql="DROP INDEX IF EXISTS showcase_page_url_path",
        ),
    ]
