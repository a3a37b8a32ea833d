"""Who can do what with community examples, cell by cell.

Roles: the public, someone holding a status link, moderator, lay reviewer, editor, admin.
Actions: see drafts, see personal data, approve each stage, publish, export.
"""

import csv
import io
import re

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import TaskState

from casestudies.models import Submission
from casestudies.services.submit import submit_example
from casestudies.services.tokens import make_status_token
from tests.casestudies import community_kit as kit

pytestmark = pytest.mark.django_db
community = kit.community
staff = kit.staff

EMAIL = "private.person@example.net"
STAFF_ROLES = ["moderator", "reviewer", "editor", "admin"]


@pytest.fixture
def submission(community):
    submission, _ = submit_example(
        community.index,
        {
            "title": "Draft example for permissions",
            "stage": "done",
            "what_we_did": "A draft answer that only reviewers should see.",
            "group_name": "Private Group",
            "credit_preference": "anonymous",
            "contact_name": "Private Person",
            "contact_email": EMAIL,
            "consent_publish": True,
            "consent_contact": True,
        },
    )
    return submission


def status_path(community, submission):
    token = make_status_token(submission)
    return community.index.url + community.index.reverse_subpage("status", kwargs={"token": token})


def current(submission):
    return TaskState.objects.for_instance(submission.page).get(status="in_progress")


def advance(submission, user):
    current(submission).approve(user=user)


# --- see drafts ----------------------------------------------------------------------------------


def test_public_cannot_see_a_draft(client, community, submission):
    assert client.get(submission.page.url or "/en/examples/" + submission.page.slug + "/").status_code == 404
    assert "A draft answer" not in client.get(community.index.url).content.decode()


def test_status_link_shows_the_submitters_own_draft(client, community, submission):
    response = client.get(status_path(community, submission))
    assert "A draft answer that only reviewers should see." in response.content.decode()


@pytest.mark.parametrize(
    ("role", "allowed"), [("moderator", True), ("reviewer", False), ("editor", True), ("admin", True)]
)
def test_staff_see_draft_in_admin_at_moderation_stage(client, submission, staff, role, allowed):
    client.force_login(getattr(staff, role))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[submission.page.pk]))
    assert (response.status_code == 200) is allowed


def test_lay_reviewer_sees_draft_when_it_reaches_the_panel(client, submission, staff):
    advance(submission, staff.moderator)
    client.force_login(staff.reviewer)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[submission.page.pk])).status_code == 200


# --- see personal data -----------------------------------------------------------------------------


def test_public_cannot_open_the_report(client, submission):
    response = client.get(reverse("casestudies_submissions_report"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_status_link_does_not_show_contact_details(client, community, submission):
    html = client.get(status_path(community, submission)).content.decode()
    assert EMAIL not in html and "Private Person" not in html


@pytest.mark.parametrize(
    ("role", "allowed"), [("moderator", True), ("reviewer", False), ("editor", True), ("admin", True)]
)
def test_personal_data_in_report_by_role(client, submission, staff, role, allowed):
    client.force_login(getattr(staff, role))
    response = client.get(reverse("casestudies_submissions_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert submission.reference in html
    assert (EMAIL in html) is allowed
    assert ("Private Person" in html) is allowed


def test_personal_data_never_on_public_pages(client, community, submission, staff):
    for _ in range(3):
        advance(submission, staff.admin)
    page = submission.page.specific
    page.refresh_from_db()
    assert page.live
    html = client.get(page.url).content.decode()
    assert EMAIL not in html and "Private Person" not in html and "Private Group" not in html


# --- approve each stage --------------------------------------------------------------------------

STAGE_APPROVERS = {0: {"moderator", "admin"}, 1: {"reviewer", "admin"}, 2: {"editor", "admin"}}


@pytest.mark.parametrize("stage", [0, 1, 2])
@pytest.mark.parametrize("role", STAFF_ROLES)
def test_approve_each_stage(client, submission, staff, stage, role):
    for _ in range(stage):
        advance(submission, staff.admin)
    task_state = current(submission)
    user = getattr(staff, role)
    actions = [name for name, _label, _modal in task_state.task.specific.get_actions(submission.page, user)]
    allowed = role in STAGE_APPROVERS[stage]
    assert ("approve" in actions) is allowed
    assert ("reject" in actions) is allowed
    assert ("decline" in actions) is allowed
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[submission.page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    task_state.refresh_from_db()
    assert (task_state.status == "approved") is allowed
    if not allowed:
        assert response.status_code in (302, 403)


def test_public_cannot_take_workflow_actions(client, submission):
    task_state = current(submission)
    url = reverse("wagtailadmin_pages:workflow_action", args=[submission.page.pk, "approve", task_state.pk])
    response = client.post(url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"


# --- publish ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["moderator", "reviewer", "editor", "admin"])
def test_nobody_publishes_a_community_example_directly(submission, staff, role):
    # Only the last stage's approval publishes it; editors still publish other pages.
    assert submission.page.permissions_for_user(getattr(staff, role)).can_publish() is False
    assert submission.page.get_parent().permissions_for_user(staff.editor).can_publish() is True


def test_bulk_publish_at_the_moderation_stage_is_refused(client, community, submission, staff):
    from django.urls import reverse

    client.force_login(staff.admin)
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + f"?id={submission.page_id}&next=/admin/"
    )
    client.post(url, {})
    submission.refresh_from_db()
    submission.page.refresh_from_db()
    assert not submission.page.live
    assert submission.status != Submission.Status.PUBLISHED
    assert not submission.emails.filter(kind="published").exists()


def test_status_link_cannot_publish(client, community, submission):
    client.post(
        status_path(community, submission) + "edit/", {"title": "x"}
    )  # not in changes-requested: ignored
    submission.page.refresh_from_db()
    assert not submission.page.live


# --- export ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status", "has_personal"),
    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    [("moderator", 200, True), ("reviewer", 302, False), ("editor", 200, True), ("admin", 200, True)],
)
def test_export_csv_by_role(client, submission, staff, role, status, has_personal):
    client.force_login(getattr(staff, role))
    response = client.get(reverse("casestudies_submissions_report") + "?export=csv")
    assert response.status_code == status
    if status == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
        assert "text/csv" not in response.get("Content-Type", "")
    if status == 200:
        body = response.content.decode()
        assert body.startswith("reference,title,status,current stage")
        assert submission.reference in body
        assert (EMAIL in body) is has_personal


def test_export_for_the_public_needs_login(client, submission):
    response = client.get(reverse("casestudies_submissions_report") + "?export=csv")
    assert response.status_code == 302


def test_report_filters(client, submission, staff):
    client.force_login(staff.editor)
    url = reverse("casestudies_submissions_report")
    assert submission.reference in client.get(url + "?status=in_review").content.decode()
    assert submission.reference not in client.get(url + "?status=published").content.decode()
    assert submission.reference not in client.get(url + "?channel=phone").content.decode()


def test_dashboard_panel_counts_waiting_examples(client, submission, staff):
    client.force_login(staff.moderator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Community examples waiting for review" in html
    assert "Checking consent, safety and personal details" in html


def test_staff_entry_records_channel_and_source(client, community, staff):
    client.force_login(staff.moderator)
    data = kit.form_data(community, contact_email="", consent_contact=None, website=None)
    data.update({"channel": "phone", "source_note": "Phone call from the Riverside group, 3 March"})
    response = client.post(reverse("casestudies_staff_entry"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    submission = Submission.objects.get()
    assert submission.channel == "phone"
    assert submission.source_note.startswith("Phone call")
    assert submission.entered_by == staff.moderator
    assert submission.page.get_workflow().name == "Community examples"

    # The report and its CSV say who typed it in.
    staff.moderator.first_name, staff.moderator.last_name = "Rhian", "Moderator"
    staff.moderator.save()
    report = client.get(reverse("casestudies_submissions_report")).content.decode()
    assert "<td>Rhian Moderator</td>" in report
    csv_rows = client.get(reverse("casestudies_submissions_report") + "?export=csv").content.decode()
    header, first = list(csv.reader(io.StringIO(csv_rows)))[:2]
    assert first[header.index("entered by")] == "Rhian Moderator"


def test_report_refuses_a_date_that_is_not_a_date(client, submission, staff):
    client.force_login(staff.editor)
    url = reverse("casestudies_submissions_report")
    response = client.get(url + "?from=notadate&to=2026-13-45")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter the first date as a date" in html
    assert "Enter the last date as a date" in html
    assert submission.reference not in html  # nothing is listed under filters that could not be read
    assert client.get(url + "?from=notadate&export=csv").status_code == 200
    assert submission.reference in client.get(url + "?from=2020-01-01").content.decode()


def test_lay_reviewer_cannot_enter_examples(client, community, staff):
    client.force_login(staff.reviewer)
    response = client.get(reverse("casestudies_staff_entry"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_reviewers_see_the_consent_answers_in_the_editor(client, submission, staff):
    consent = submission.consent_version
    client.force_login(staff.moderator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[submission.page_id])).content.decode()
    panel = html.split('id="consent-answers"', 1)[1].split("</div>", 1)[0]
    assert submission.reference in panel and f"version {consent.version}" in panel
    answers = dict(re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", panel, re.S))
    assert answers[escape(consent.publish_text)] == "<strong>Yes</strong>"
    assert answers[escape(consent.contact_text)] == "<strong>Yes</strong>"
    assert answers[escape(consent.pictured_text)] == "No (no photos were sent)"
    assert EMAIL not in panel  # consent answers, not personal data
