"""The workflows, their tasks, the collections and the page tree's root get Vietnamese names.

Their names are data, shown as they are whatever the reader's language: the
workflow on the producer's submit button ("Gửi duyệt (Thay đổi của chủ thể)"),
in its status and in the moderation e-mails; the collections in every image and
document form; the root page in every breadcrumb. Vietnamese is the site's
default language.
"""

from django.db import migrations

RENAMES = [
    ("Workflow", ["name"], "Producer changes", "Thay đổi của chủ thể"),
    ("Task", ["name"], "Editors approval", "Biên tập viên duyệt"),
    # Wagtail's own workflow and task, on the tree's root.
    ("Workflow", ["name"], "Moderators approval", "Người kiểm duyệt phê duyệt"),
    ("Task", ["name"], "Moderators approval", "Người kiểm duyệt phê duyệt"),
    ("Collection", ["name"], "Root", "Gốc"),
    ("Collection", ["name"], "Producers", "Chủ thể"),
    # The admin shows a page's draft title.
    ("Page", ["title", "draft_title"], "Root", "Gốc"),
]


def rename(apps, old, new):
    for model_name, fields, *names in RENAMES:
        manager = apps.get_model("wagtailcore", model_name).objects
        manager.filter(**{fields[0]: names[old]}).update(**dict.fromkeys(fields, names[new]))


def to_vietnamese(apps, schema_editor):
    rename(apps, old=0, new=1)


def to_english(apps, schema_editor):
    rename(apps, old=1, new=0)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_producer_invitation")]

    operations = [migrations.RunPython(to_vietnamese, to_english)]
