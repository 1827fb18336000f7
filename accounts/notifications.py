"""Moderation e-mails: one per event to each person concerned, in that person's admin language.

Wagtail sends two e-mails when a page is submitted to a group approval task:
one from the task to the group's members and the superusers, and one from the
workflow to the superusers again, so a superuser got both. And it renders each
e-mail in the recipient's chosen admin language or, for someone who never
chose one, in the language of whoever caused the event: an editor was told in
English because a producer happened to use the admin in English.

These notifiers replace Wagtail's (same signals, same dispatch_uid; accounts
is set up before wagtail.admin, so Wagtail's own connect is then a no-op):
the workflow's submission e-mail goes only to those the first task does not
already tell, never to the submitter, and whoever has not chosen a language
reads the site's default one (Vietnamese).
https://docs.wagtail.org/en/stable/reference/settings.html (WAGTAILADMIN_NOTIFICATION_*)
"""

from django.conf import settings
from django.utils import translation
from wagtail.admin import mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted


class SiteLanguageByDefault:
    """Each e-mail in its recipient's chosen admin language, else in the site's default language."""

    def send_emails(self, template_set, context, recipients, **kwargs):
        # UserProfile.get_preferred_language() falls back to the active language.
        with translation.override(settings.LANGUAGE_CODE):
            return super().send_emails(template_set, context, recipients, **kwargs)


class TaskSubmissionNotifier(SiteLanguageByDefault, mail.GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class WorkflowSubmissionNotifier(SiteLanguageByDefault, mail.WorkflowStateSubmissionEmailNotifier):
    def get_recipient_users(self, workflow_state, **kwargs):
        recipients = super().get_recipient_users(workflow_state, **kwargs)
        submitter = kwargs.get("user")
        if submitter is not None:
            recipients = recipients.exclude(pk=submitter.pk)
        task_state = workflow_state.current_task_state
        if task_state is not None and task_submission_notifier.can_handle(task_state, **kwargs):
            told_by_the_task = task_submission_notifier.get_recipient_users(task_state, **kwargs)
            recipients = recipients.exclude(pk__in=told_by_the_task.values("pk"))
        return recipients


class WorkflowApprovalNotifier(SiteLanguageByDefault, mail.WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejectionNotifier(SiteLanguageByDefault, mail.WorkflowStateRejectionEmailNotifier):
    pass


task_submission_notifier = TaskSubmissionNotifier()

# (signal, sender, notifier, Wagtail's dispatch_uid: wagtail/admin/signal_handlers.py)
NOTIFIERS = [
    (task_submitted, TaskState, task_submission_notifier, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, WorkflowSubmissionNotifier(), "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, WorkflowRejectionNotifier(), "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, WorkflowApprovalNotifier(), "workflow_state_approved_email_notification"),
]


def replace_wagtails_notifiers():
    for signal, sender, notifier, dispatch_uid in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
