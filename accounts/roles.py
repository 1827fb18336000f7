"""Who may do what: the two roles of the admin and the workflow between them.

Editors (the provincial OCOP office) are a Wagtail group made by a data
migration; each producer gets its own group when an editor invites it
(accounts.invite). A producer's changes go through the "Producer changes"
workflow, which an editor approves (named in Vietnamese, the site's default
language: accounts/migrations/0003_vietnamese_workflow_names.py).
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

EDITORS_GROUP = "Editors"
PRODUCER_WORKFLOW = "Thay đổi của chủ thể"
EDITORS_APPROVAL_TASK = "Biên tập viên duyệt"
# The parent collection of every producer's own image collection.
PRODUCERS_COLLECTION = "Chủ thể"

# On the producer's page (in every locale) and so on its product pages below it:
# "add" lets it create products, "change" edit them; without "publish" every
# change goes through the workflow, and only unpublished drafts can be deleted.
PRODUCER_PAGE_PERMISSIONS = ("add_page", "change_page")
PRODUCER_IMAGE_PERMISSIONS = ("add_image", "choose_image", "change_image")
# Model permissions every producer group has: the admin itself, and sending its
# own pages for translation (accounts.views guards the object).
PRODUCER_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
)

# The permission that makes someone an editor of the register in code checks
# (the Editors group has it; so does any superuser).
INVITE_PERMISSION = "accounts.add_produceraccess"
REGISTER_PERMISSION = "catalogue.change_certificationdecision"


def is_editor(user):
    """Whether the user runs the site (invites producers), as opposed to a producer."""
    return user.is_active and user.has_perm(INVITE_PERMISSION)


def editors_group():
    return Group.objects.get_or_create(name=EDITORS_GROUP)[0]


def producer_workflow():
    """The "Producer changes" workflow (made by the data migration; remade if someone deleted it)."""
    workflow, created = Workflow.objects.get_or_create(name=PRODUCER_WORKFLOW, defaults={"active": True})
    if created or not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=EDITORS_APPROVAL_TASK).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=EDITORS_APPROVAL_TASK)
            task.groups.add(editors_group())
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def model_permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)
