"""Recording a lay reviewer's decision, made by private link, as the lay panel stage's decision."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import TaskState

from casestudies.services.workflow import community_workflow
from layreview.models import LayReviewLink

LAY_PANEL_STAGE = 1  # the second stage of the community-examples workflow
LINK_ACCOUNT = "lay-review-by-link"


class LinkNotUsable(Exception):
    """The link has expired, was revoked or used, or the example is not with the lay panel."""


def lay_panel_task_state(page):
    """The example's lay panel stage, when that is the stage it is at now; else None."""
    workflow = community_workflow()
    tasks = list(workflow.tasks.values_list("pk", flat=True)) if workflow else []
    if len(tasks) <= LAY_PANEL_STAGE:
        return None
    return (
        TaskState.objects.for_instance(page)
        .filter(status=TaskState.STATUS_IN_PROGRESS, task_id=tasks[LAY_PANEL_STAGE])
        .first()
    )


def link_account():
    """Who the workflow's history names for decisions made by link: an account that cannot sign in."""
    user, created = get_user_model().objects.get_or_create(
        username=LINK_ACCOUNT,
        defaults={"first_name": "Lay reviewer", "last_name": "(private link)", "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def usable(link):
    return link is not None and link.is_usable and lay_panel_task_state(link.page) is not None


def decide(link, decision, comment):
    """Approve the lay panel stage, or ask the sender for changes (``comment`` is then sent to them)."""
    with transaction.atomic():
        link = LayReviewLink.objects.select_for_update().get(pk=link.pk)
        task_state = lay_panel_task_state(link.page)
        if not link.is_usable or task_state is None:
            raise LinkNotUsable
        if decision == LayReviewLink.Decision.APPROVED:
            note = f"{link.reviewer_name} (lay review panel, by private link)"
            task_state.approve(user=link_account(), comment=f"{note}: {comment}" if comment else note)
        else:
            task_state.reject(user=link_account(), comment=comment)
        link.decision = decision
        link.decided_at = timezone.now()
        link.save(update_fields=["decision", "decided_at"])
    return link
