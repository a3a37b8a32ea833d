"""The whole loop, as people would do it: submit, three stages of review with a change request,
publication, search, a collection shared back, and every email on the way.

Each request commits, as on the live site, so every email goes through the outbox after its
change is saved: the submitter's and Wagtail's own notifications to the reviewers.

Run it on PostgreSQL: DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_submissions pytest ...
"""

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState

from casestudies.models import CollectionPage, OutgoingEmail, SharedLearningPage, Submission
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, send

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
community = kit.community
staff = kit.staff

SUBMITTER = "amira@example.net"


def emails_to(address):
    return [message for message in mail.outbox if address in message.to]


def current_task_state(page):
    return TaskState.objects.for_instance(page).filter(status="in_progress").get()


def act(client, user, page, action, comment=""):
    """Take a workflow action through Wagtail's admin, as the reviewer would."""
    client.force_login(user)
    task_state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment})
    client.logout()
    assert response.status_code == 302, response.content[:500]
    return task_state


def status_link(message):
    return re.search(r"https?://\S+/status/[A-Za-z0-9_\-]+/", message.body).group(0)


def test_submit_review_change_request_resubmit_publish_search_and_share_back(client, community, staff):
    # 1. A community member shares an example.
    response = send(client, community, form_data(community))
    assert response.status_code == 302
    submission = Submission.objects.get()
    page = submission.page
    [received] = emails_to(SUBMITTER)
    assert submission.reference in received.subject
    assert "Amira Khan" in received.body
    link = status_link(received)
    path = link.split("localhost", 1)[1]

    # Reviewers in the wrong group cannot act on the moderation stage.
    client.force_login(staff.reviewer)
    forbidden = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", current_task_state(page).pk])
    )
    assert forbidden.status_code in (302, 403)
    assert current_task_state(page).task.name.startswith("Moderation")
    client.logout()

    # 2. The moderator approves; the submitter hears it has moved to the lay panel.
    act(client, staff.moderator, page, "approve")
    assert current_task_state(page).task.name == "Lay review panel"
    in_review = emails_to(SUBMITTER)[-1]
    assert "being reviewed" in in_review.subject.lower()
    assert "public review panel" in in_review.body

    # 3. The lay panel asks for changes, with a comment for the submitter.
    comment = "Please say how many carers took part and how they were paid."
    act(client, staff.reviewer, page, "reject", comment)
    submission.refresh_from_db()
    assert submission.status == Submission.Status.CHANGES_REQUESTED
    changes = emails_to(SUBMITTER)[-1]
    assert "change" in changes.subject.lower()
    assert comment in changes.body
    assert status_link(changes)

    # 4. The submitter opens the private link, sees the comment, edits and resubmits.
    status = client.get(path)
    assert status.status_code == 200
    assert comment in status.content.decode()
    assert "Change your answers" in status.content.decode()
    edit_path = path + "edit/"
    edit = client.get(edit_path)
    assert edit.status_code == 200
    revisions_before = page.revisions.count()
    new_answer = "Twelve carers took part over six sessions. Each was paid £25 per session in vouchers."
    data = {
        "title": "Recipe cards written with a carers' group",
        "stage": "done",
        "what_we_did": new_answer,
        "who_was_involved": "Carers from the Riverside group and two dietitians.",
        "what_changed": "The study leaflet was rewritten in plain English.",
        "advice": "Pay people for their time.",
        "themes": [community.themes[0].pk, community.themes[2].pk],
        "approaches": [community.approach.pk],
    }
    resubmitted = client.post(edit_path, data)
    assert resubmitted.status_code == 302
    assert page.revisions.count() == revisions_before + 1
    submission.refresh_from_db()
    assert submission.status == Submission.Status.IN_REVIEW
    # The changed text goes back to moderation first: consent and personal data are checked again.
    assert current_task_state(page).task.name.startswith("Moderation")
    page.refresh_from_db()
    assert current_task_state(page).revision_id == page.get_latest_revision().pk
    # A second "Send your changes" (a double click, another tab) changes nothing.
    assert client.post(edit_path, data).status_code == 302
    assert page.revisions.count() == revisions_before + 1
    assert TaskState.objects.for_instance(page).filter(status="in_progress").count() == 1

    # 5. The moderator, the panel and then the editor approve; the page goes live with the new answer.
    act(client, staff.moderator, page, "approve")
    assert current_task_state(page).task.name == "Lay review panel"
    act(client, staff.reviewer, page, "approve")
    assert current_task_state(page).task.name == "Editor sign-off"
    act(client, staff.editor, page, "approve")
    page = SharedLearningPage.objects.get(pk=page.pk)
    assert page.live
    assert page.what_we_did == new_answer
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PUBLISHED
    published = emails_to(SUBMITTER)[-1]
    assert "published" in published.subject.lower()
    assert page.get_full_url() in published.body

    # The public can read it, and find it by search; nobody's contact details appear.
    public = client.get(page.url)
    assert public.status_code == 200
    assert new_answer.replace("'", "&#x27;") in public.content.decode()
    assert SUBMITTER not in public.content.decode() and "Amira Khan" not in public.content.decode()
    assert page.pk in [p.pk for p in Page.objects.live().search("vouchers")]

    # 6. An editor publishes a collection that includes it; the submitter is told, once.
    collection = CollectionPage(title="What you told us: spring", slug="spring", live=False)
    community.index.add_child(instance=collection)
    collection.themes.set([community.themes[0]])
    collection.save_revision(user=staff.editor).publish(user=staff.editor)
    collection_email = emails_to(SUBMITTER)[-1]
    assert "What you told us: spring" in collection_email.subject
    assert collection.get_full_url() in collection_email.body
    collection.save_revision(user=staff.editor).publish(user=staff.editor)  # republished: no second email
    assert len([m for m in emails_to(SUBMITTER) if "spring" in m.subject]) == 1
    page_html = client.get(collection.url).content.decode()
    assert "Recipe cards written with a carers" in page_html

    # Every email to the submitter went to them only, in order, and all were sent.
    to_submitter = OutgoingEmail.objects.exclude(kind="notification").order_by("pk")
    kinds = list(to_submitter.values_list("kind", flat=True))
    assert kinds == [
        "received",
        "in_review",
        "changes_requested",
        "in_review",
        "in_review",
        "published",
        "collection",
    ]
    assert set(OutgoingEmail.objects.values_list("state", flat=True)) == {"sent"}
    assert {tuple(m.to) for m in mail.outbox if m.to == [SUBMITTER]} == {(SUBMITTER,)}
    assert len(emails_to(SUBMITTER)) == 7
    # Wagtail told each stage's reviewers that an example was waiting, through the same outbox.
    for reviewer in (staff.moderator, staff.reviewer, staff.editor):
        notices = OutgoingEmail.objects.filter(kind="notification", to=reviewer.email)
        assert notices.exists() and all(n.state == "sent" for n in notices)
        assert any("Recipe cards" in m.subject for m in emails_to(reviewer.email))
