"""Each product's listing row (catalogue.models.listing), filled for the products already there.

The fill is frozen here, with the models as this migration knows them: each
product's newest certificate (by translation_key), and its producer, the page
directly above it.
"""

import django.db.models.deletion
import django.db.models.functions.comparison
from django.db import migrations, models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Length, Substr

STEPLEN = 4


def fill_listings(apps, schema_editor):
    product_page = apps.get_model("catalogue", "ProductPage")
    producer_page = apps.get_model("catalogue", "ProducerPage")
    certification = apps.get_model("catalogue", "Certification")
    listing = apps.get_model("catalogue", "ProductListing")
    newest = certification.objects.filter(product__translation_key=OuterRef("translation_key")).order_by(
        "-decision__issued_on", "-pk"
    )
    producer = producer_page.objects.filter(path=OuterRef("producer_path"))
    rows = (
        product_page.objects.annotate(producer_path=Substr("path", 1, Length("path") - STEPLEN))
        .annotate(
            cert_issued_on=Subquery(newest.values("decision__issued_on")[:1]),
            cert_revoked_on=Subquery(newest.values("revoked_on")[:1]),
            cert_stars=Subquery(newest.values("stars")[:1]),
            producer_ref=Subquery(producer.values("pk")[:1]),
            producer_kind=Subquery(producer.values("kind")[:1]),
            province_ref=Subquery(producer.values("province_id")[:1]),
        )
        .values(
            "pk",
            "live",
            "title",
            "cert_issued_on",
            "cert_revoked_on",
            "cert_stars",
            "producer_ref",
            "producer_kind",
            "province_ref",
            locale_ref=F("locale_id"),
            group_ref=F("group_id"),
            subgroup_ref=F("subgroup_id"),
        )
    )
    listing.objects.bulk_create(
        (
            listing(
                page_id=row["pk"],
                locale_id=row["locale_ref"],
                live=row["live"],
                title=row["title"],
                group_id=row["group_ref"],
                subgroup_id=row["subgroup_ref"],
                producer_id=row["producer_ref"],
                producer_kind=row["producer_kind"] or "",
                province_id=row["province_ref"],
                cert_issued_on=row["cert_issued_on"],
                cert_revoked_on=row["cert_revoked_on"],
                cert_stars=row["cert_stars"],
            )
            for row in rows.iterator()
        ),
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0004_vietnamese_collation"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ProductListing",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="listing",
                        serialize=False,
                        to="catalogue.productpage",
                    ),
                ),
                ("live", models.BooleanField()),
                ("title", models.CharField(max_length=255)),
                ("producer_kind", models.CharField(blank=True, max_length=20)),
                ("cert_issued_on", models.DateField(null=True)),
                ("cert_revoked_on", models.DateField(null=True)),
                ("cert_stars", models.PositiveSmallIntegerField(null=True)),
                (
                    "group",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="catalogue.productgroup",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.locale"
                    ),
                ),
                (
                    "producer",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="catalogue.producerpage",
                    ),
                ),
                (
                    "province",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="catalogue.province",
                    ),
                ),
                (
                    "subgroup",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="catalogue.productgroup",
                    ),
                ),
            ],
        ),
        migrations.RunPython(fill_listings, migrations.RunPython.noop),
    ]
