"""The Vietnamese collation the name sorts use (showcase.collation); provinces and groups in that order.

PostgreSQL built with ICU usually has "vi-x-icu" already (imported at initdb);
a cluster that did not import ICU's collations gets it here. SQLite has no
collations to create: showcase.collation registers one on each connection.
"""

from django.db import migrations, models
from django.db.models.functions import Collate

from showcase.collation import COLLATION


def create_collation(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    name = schema_editor.quote_name(COLLATION)
    schema_editor.execute(f"CREATE COLLATION IF NOT EXISTS {name} (provider = icu, locale = 'vi')")


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0003_certification_verification_code")]

    operations = [
        migrations.RunPython(create_collation, migrations.RunPython.noop, elidable=False),
        migrations.AlterModelOptions(
            name="productgroup",
            options={
                "ordering": ["sort_order", Collate(models.F("name"), "vi-x-icu")],
                "verbose_name": "product group",
                "verbose_name_plural": "product groups",
            },
        ),
        migrations.AlterModelOptions(
            name="province",
            options={
                "ordering": [Collate(models.F("name"), "vi-x-icu")],
                "verbose_name": "province",
                "verbose_name_plural": "provinces",
            },
        ),
    ]
