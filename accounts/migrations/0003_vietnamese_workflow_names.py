"""The producer workflow, its task and the collections the admin shows get Vietnamese names.

Their names are data, shown as they are whatever the reader's language: the
workflow on the producer's submit button ("Gửi duyệt (Thay đổi của chủ thể)"),
in its status and in the moderation e-mails; the collections in every image and
document form. Vietnamese is the site's default language.
"""

from django.db import migrations

RENAMES = [
    ("wagtailcore", "Workflow", "Producer changes", "Thay đổi của chủ thể"),
    ("wagtailcore", "Task", "Editors approval", "Biên tập viên duyệt"),
    ("wagtailcore", "Collection", "Root", "Gốc"),
    ("wagtailcore", "Collection", "Producers", "Chủ thể"),
]


def to_vietnamese(apps, schema_editor):
    for app_label, model_name, english, vietnamese in RENAMES:
        apps.get_model(app_label, model_name).objects.filter(name=english).update(name=vietnamese)


def to_english(apps, schema_editor):
    for app_label, model_name, english, vietnamese in RENAMES:
        apps.get_model(app_label, model_name).objects.filter(name=vietnamese).update(name=english)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_editors_and_producer_workflow")]

    operations = [migrations.RunPython(to_vietnamese, to_english)]
