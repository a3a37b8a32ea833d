"""Reviewer decisions that Wagtail's group approval task does not have: not accepting an
example, and discarding spam."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.log_actions import log

from casestudies.services.withdraw import discard_as_spam
from casestudies.services.workflow_notifications import not_accepted, submission_for_object


@transaction.atomic
def decline_submission(task_state, *, user=None, reason=""):
    """End the review without publishing, and tell the sender why."""
    if task_state.status != task_state.STATUS_IN_PROGRESS:
        raise PermissionDenied
    workflow_state = task_state.workflow_state
    # Cancelling the workflow cancels its running task without moving on to the next stage.
    workflow_state.cancel(user=user)
    type(task_state).objects.filter(pk=task_state.pk).update(comment=reason, finished_by=user)
    page = workflow_state.content_object.specific
    log(instance=page, action="casestudies.not_accepted", user=user, data={"reason": reason[:500]})
    submission = submission_for_object(page)
    if submission is not None:
        not_accepted(submission, reason)
    return submission


@transaction.atomic
def discard_spam(task_state, *, user=None):
    """Discard the example as spam: the review ends and nobody is emailed."""
    if task_state.status != task_state.STATUS_IN_PROGRESS:
        raise PermissionDenied
    page = task_state.workflow_state.content_object.specific
    submission = submission_for_object(page)
    if submission is None:  # not a community example: just stop the review
        task_state.workflow_state.cancel(user=user)
        return None
    return discard_as_spam(submission, user=user)
