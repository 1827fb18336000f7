"""What an approved workflow publishes (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail's default publishes the latest revision, whoever wrote it after the
page was submitted. Here the approval publishes what the reviewers saw: the
revision the last task was submitted with, plus any later revisions saved by
the reviewers themselves (an editor correcting a typo before approving). A
revision by anyone else after that point is not published (showcase/moderation.py
refuses such revisions in the first place; this does not rely on it).

This module is imported while Wagtail's models load, so it imports them lazily.
"""


def publish_reviewed_revision(workflow_state, user=None):
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    content_object = workflow_state.content_object
    approved = task_state.revision
    later = content_object.revisions.filter(pk__gt=approved.pk).select_related("user").order_by("pk")
    for revision in later:
        if revision.user is None or task.locked_for_user(content_object, revision.user):
            break
        approved = revision
    approved.publish(user=user)
