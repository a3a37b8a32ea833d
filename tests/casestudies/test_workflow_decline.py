"""A reviewer does not accept an example: the review ends and the sender is told why."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from casestudies.models import Submission
from casestudies.services.submit import submit_example
from casestudies.services.tokens import make_status_token
from tests.casestudies import community_kit as kit

pytestmark = pytest.mark.django_db
community = kit.community
staff = kit.staff


def test_moderator_declines_with_a_reason(client, community, staff, django_capture_on_commit_callbacks):
    submission, _ = submit_example(
        community.index,
        {
            "title": "An advert for a product",
            "stage": "done",
            "what_we_did": "Buy our product.",
            "credit_preference": "anonymous",
            "contact_name": "Sam",
            "contact_email": "sam@example.net",
            "consent_publish": True,
        },
    )
    task_state = TaskState.objects.for_instance(submission.page).get(status="in_progress")
    client.force_login(staff.moderator)
    reason = "This is an advert rather than an example of working with people."
    url = reverse("wagtailadmin_pages:workflow_action", args=[submission.page.pk, "decline", task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"comment": reason}).status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NOT_ACCEPTED
    assert WorkflowState.objects.for_instance(submission.page).get().status == "cancelled"
    assert not TaskState.objects.for_instance(submission.page).filter(status="in_progress").exists()
    last = mail.outbox[-1]
    assert last.to == ["sam@example.net"] and reason in last.body
    client.logout()
    token = make_status_token(submission)
    html = client.get(
        community.index.url + community.index.reverse_subpage("status", kwargs={"token": token})
    ).content.decode()
    assert "Not accepted" in html and reason in html
