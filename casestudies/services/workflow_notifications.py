"""Tell the submitter, in plain English, what happened at each step of the review.

Called by the signal receivers in casestudies/signals.py; each function takes Wagtail's
own objects and does nothing for pages that did not come in as a community example.
"""

from django.utils import timezone

from casestudies.models import SharedLearningIndexPage, SharedLearningPage, Submission
from casestudies.services.outbox import queue_email
from casestudies.services.tokens import status_url
from casestudies.services.workflow import stage_label, stage_position


def submission_for_object(obj):
    """The Submission behind a page (or its id), or None."""
    page_id = getattr(obj, "pk", obj)
    return Submission.objects.filter(page_id=page_id).select_related("page").first()


def _index_page(submission):
    return SharedLearningIndexPage.objects.ancestor_of(submission.page).specific().last()


def _context(submission, **extra):
    index_page = _index_page(submission)
    return {
        "page": submission.page,
        "status_url": status_url(submission, index_page) if index_page else "",
        **extra,
    }


def _set_status(submission, status):
    Submission.objects.filter(pk=submission.pk).update(status=status, updated_at=timezone.now())
    submission.status = status


def task_started(task_state):
    """A stage began. The first stage is covered by the 'received' email."""
    submission = submission_for_object(task_state.workflow_state.object_id)
    if submission is None or submission.status == Submission.Status.WITHDRAWN:
        return
    _set_status(submission, Submission.Status.IN_REVIEW)
    position = stage_position(task_state.task)
    if not position:
        return
    queue_email(
        submission,
        "in_review",
        f"{submission.pk}:in_review:{task_state.pk}",
        _context(submission, stage=stage_label(task_state.task)),
    )


def changes_requested(workflow_state):
    submission = submission_for_object(workflow_state.object_id)
    if submission is None:
        return
    task_state = workflow_state.current_task_state
    _set_status(submission, Submission.Status.CHANGES_REQUESTED)
    queue_email(
        submission,
        "changes_requested",
        f"{submission.pk}:changes_requested:{task_state.pk}",
        _context(submission, comment=task_state.comment, stage=stage_label(task_state.task)),
    )


def not_accepted(submission, reason):
    _set_status(submission, Submission.Status.NOT_ACCEPTED)
    queue_email(
        submission,
        "not_accepted",
        f"{submission.pk}:not_accepted",
        _context(submission, reason=reason),
    )


def page_published(page):
    if not isinstance(page, SharedLearningPage):
        return
    submission = submission_for_object(page)
    if submission is None or submission.status == Submission.Status.WITHDRAWN:
        return
    _set_status(submission, Submission.Status.PUBLISHED)
    queue_email(
        submission,
        "published",
        f"{submission.pk}:published",
        _context(submission, public_url=page.get_full_url()),
    )
