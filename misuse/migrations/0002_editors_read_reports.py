"""The Editors group reads, updates and deletes misuse reports; nobody else gets them.

Permissions are fetched or created here because Django only creates them after
the last migration of a fresh database. Producers' groups get page permissions
only (accounts.invite), so they never see a report.
"""

from django.db import migrations

ACTIONS = ["view", "change", "delete"]


def give_editors_the_reports(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="misuse", model="misusereport")
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_misusereport",
            defaults={"name": f"Can {action} misuse report"},
        )
        editors.permissions.add(permission)


def take_them_back(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="misuse", content_type__model="misusereport")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("misuse", "0001_initial"),
        ("accounts", "0002_editors_and_producer_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_editors_the_reports, take_them_back)]
