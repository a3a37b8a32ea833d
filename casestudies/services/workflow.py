"""The community-examples workflow: find it, attach it to index pages, describe its stages."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import TaskState, Workflow, WorkflowPage, WorkflowState

from casestudies.models import COMMUNITY_WORKFLOW_NAME

# What each stage is called on the submitter's status page and in their emails, by position.
STAGE_LABELS = [
    _("Checking consent, safety and personal details"),
    _("Read by our public review panel"),
    _("Final check by an editor"),
]


def community_workflow():
    """The workflow the migration created (None if someone deleted or deactivated it)."""
    return Workflow.objects.filter(name=COMMUNITY_WORKFLOW_NAME, active=True).first()


def ensure_workflow(index_page):
    """Make sure pages under this index go through the community-examples workflow."""
    workflow = community_workflow()
    if workflow is None:
        return None
    WorkflowPage.objects.update_or_create(page_id=index_page.pk, defaults={"workflow": workflow})
    return workflow


def stage_position(task):
    """0, 1, 2... the task's place in its workflow."""
    return list(community_workflow().tasks.values_list("pk", flat=True)).index(task.pk) if task else None


def stage_label(task):
    try:
        return STAGE_LABELS[stage_position(task)]
    except (ValueError, IndexError, TypeError, AttributeError):
        return task.name if task else ""


def workflow_states(page):
    return (
        WorkflowState.objects.for_instance(page).order_by("created_at")
        if page
        else WorkflowState.objects.none()
    )


def current_workflow_state(page):
    return workflow_states(page).filter(status__in=["in_progress", "needs_changes"]).last()


def history(page):
    """Each finished or running stage for the status page, oldest first.

    Comments are included only where a reviewer asked for changes or did not accept the
    example: those are written for the submitter. Approval comments stay internal.
    """
    if page is None:
        return []
    states = (
        TaskState.objects.for_instance(page)
        .select_related("task", "workflow_state")
        .exclude(status=TaskState.STATUS_CANCELLED, comment="")
        .order_by("started_at", "pk")
    )
    items = []
    for state in states:
        for_submitter = state.status in (TaskState.STATUS_REJECTED, TaskState.STATUS_CANCELLED)
        items.append(
            {
                "stage": stage_label(state.task),
                "status": state.status,
                "started_at": state.started_at,
                "finished_at": state.finished_at,
                "comment": state.comment if for_submitter else "",
            }
        )
    return items
