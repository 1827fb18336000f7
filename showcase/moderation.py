"""While a page is in review, only its reviewers may change it.

Wagtail locks the editor form of a page in moderation for everyone the
current workflow task does not let review it, but other routes ask only
`can_edit()`: the admin API's revert action, for one, writes a new latest
revision, which the approval would then publish. So the rule is here, and it
is enforced where every route passes: writing a revision
(`BasePage.save_revision`) and the permission checks of the actions that
delete or move a page (`ReviewAwarePermissionTester`).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.models import PagePermissionTester


def locked_for_review(page, user):
    """Whether `page` is in review and `user` is not among the reviewers of its current task."""
    if user is None or page.pk is None:
        return False
    task = page.current_workflow_task
    return task is not None and task.locked_for_user(page, user)


def refuse_if_locked_for_review(page, user):
    if locked_for_review(page, user):
        raise PermissionDenied(_("This page is awaiting review: only its reviewers can change it until then."))


class ReviewAwarePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, less deleting or moving a page whose review is locked to the user.

    Editing keeps Wagtail's answer: the editor opens read-only for a page in
    review, and saving from it is refused there (and by `save_revision`).
    """

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and not locked_for_review(self.page, self.user)
