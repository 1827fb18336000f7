"""The Editors group with everything content, and the "Producer changes" workflow.

Wagtail's own initial data already made an "Editors" group (add/edit pages);
this completes it. Permissions are fetched or created here because Django
only creates them after the last migration of a fresh database.
"""

from django.db import migrations

SNIPPET_MODELS = {
    "catalogue": ["productgroup", "province", "certificationdecision", "certification"],
}
SNIPPET_ACTIONS = ["add", "change", "delete", "view"]
# Page permissions on the tree's root, so both locales' home pages and
# everything added later are covered (news and producers included).
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("image", ["add_image", "change_image", "choose_image", "delete_image"]),
    "wagtaildocs": ("document", ["add_document", "change_document", "choose_document", "delete_document"]),
}
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]
INVITE_ACTIONS = ["add", "change", "view"]


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})[0]


def model_permission(apps, app_label, model, action):
    verbose_name = apps.get_model(app_label, model)._meta.verbose_name_raw
    return permission(apps, app_label, model, f"{action}_{model}", f"Can {action} {verbose_name}")


def create_editors_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    editors, _ = Group.objects.get_or_create(name="Editors")

    for app_label, models in SNIPPET_MODELS.items():
        for model in models:
            for action in SNIPPET_ACTIONS:
                editors.permissions.add(model_permission(apps, app_label, model, action))
    for action in INVITE_ACTIONS:
        editors.permissions.add(model_permission(apps, "accounts", "produceraccess", action))
    for app_label, model, codename, name in MODEL_PERMISSIONS:
        editors.permissions.add(permission(apps, app_label, model, codename, name))

    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            action = codename.split("_")[0]
            page_permission = permission(apps, "wagtailcore", "page", codename, f"Can {action} page")
            GroupPagePermission.objects.get_or_create(group=editors, page=root_page, permission=page_permission)

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, (model, codenames) in COLLECTION_PERMISSIONS.items():
            for codename in codenames:
                action = codename.split("_")[0]
                collection_permission = permission(apps, app_label, model, codename, f"Can {action} {model}")
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=root_collection, permission=collection_permission
                )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name="Editors approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Editors approval", content_type=task_type, active=True)
    task.groups.add(editors)
    workflow, _ = Workflow.objects.get_or_create(name="Producer changes", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("catalogue", "0002_taxonomy"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_and_workflow, migrations.RunPython.noop)]
