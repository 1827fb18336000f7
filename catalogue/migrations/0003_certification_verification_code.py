"""Give every certificate a public verification code.

A unique field cannot be added with a default in one step: the default would
be computed once and shared by every existing row. So the column is added
without the constraint, each existing certificate gets its own random code,
and only then is the column made unique and required.
https://docs.djangoproject.com/en/stable/howto/writing-migrations/#migrations-that-add-unique-fields
"""

import secrets

from django.db import migrations, models

import catalogue.models.certification

# Frozen here so that this migration keeps producing the same kind of code
# whatever the model's module says later.
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
LENGTH = 16


def give_each_certificate_a_code(apps, schema_editor):
    Certification = apps.get_model("catalogue", "Certification")
    used = set(Certification.objects.exclude(verification_code=None).values_list("verification_code", flat=True))
    for certification in Certification.objects.filter(verification_code=None).only("pk"):
        code = "".join(secrets.choice(ALPHABET) for _position in range(LENGTH))
        while code in used:
            code = "".join(secrets.choice(ALPHABET) for _position in range(LENGTH))
        used.add(code)
        Certification.objects.filter(pk=certification.pk).update(verification_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0002_taxonomy"),
    ]

    operations = [
        migrations.AddField(
            model_name="certification",
            name="verification_code",
            field=models.CharField(editable=False, max_length=16, null=True, verbose_name="verification code"),
        ),
        migrations.RunPython(give_each_certificate_a_code, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="certification",
            name="verification_code",
            field=models.CharField(
                default=catalogue.models.certification.new_verification_code,
                editable=False,
                max_length=16,
                unique=True,
                verbose_name="verification code",
            ),
        ),
    ]
