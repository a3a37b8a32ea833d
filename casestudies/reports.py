"""The submissions report and reviewers' dashboard numbers: queries only, no rendering."""

import csv

from django import forms
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import TaskState

from casestudies.models import Submission
from casestudies.services.workflow import STAGE_LABELS, community_workflow

PERSONAL_DATA_PERMISSION = "casestudies.view_submission_personal_data"
EXPORT_PERMISSION = "casestudies.export_submissions"


def can_see_personal_data(user):
    return user.has_perm(PERSONAL_DATA_PERMISSION)


def waiting_by_stage():
    """For each review stage: how many examples wait there, and since when the oldest has waited."""
    workflow = community_workflow()
    if workflow is None:
        return []
    now = timezone.now()
    rows = []
    for position, task in enumerate(workflow.tasks):
        states = TaskState.objects.filter(task=task, status=TaskState.STATUS_IN_PROGRESS)
        oldest = states.order_by("started_at").values_list("started_at", flat=True).first()
        rows.append(
            {
                "stage": STAGE_LABELS[position] if position < len(STAGE_LABELS) else task.name,
                "task": task,
                "count": states.count(),
                "oldest": oldest,
                "waiting_days": (now - oldest).days if oldest else None,
            }
        )
    return rows


class ReportFilterForm(forms.Form):
    """The report's filters; a date that is not a date is an error on the form, not a crash."""

    status = forms.ChoiceField(required=False, choices=[("", "Any")] + Submission.Status.choices)
    channel = forms.ChoiceField(required=False, choices=[("", "Any")] + Submission.Channel.choices)
    date_from = forms.DateField(
        required=False, error_messages={"invalid": "Enter the first date as a date, for example 2026-03-31."}
    )
    date_to = forms.DateField(
        required=False, error_messages={"invalid": "Enter the last date as a date, for example 2026-03-31."}
    )

    def __init__(self, params):
        # The URL keeps the short names ?from= and ?to=.
        data = params.copy()
        data["date_from"] = params.get("from", "")
        data["date_to"] = params.get("to", "")
        super().__init__(data)


def submissions_queryset(filters):
    """Submissions matching a valid ReportFilterForm's cleaned data (status, channel, dates)."""
    queryset = Submission.objects.select_related("page", "consent_version", "entered_by").order_by(
        "-created_at"
    )
    queryset = queryset.annotate(
        current_task_name=Subquery(
            TaskState.objects.filter(
                status=TaskState.STATUS_IN_PROGRESS,
                workflow_state__object_id=Cast(OuterRef("page_id"), CharField()),
            )
            .order_by("-started_at")
            .values("task__name")[:1]
        ),
        waiting_since=Subquery(
            TaskState.objects.filter(
                status=TaskState.STATUS_IN_PROGRESS,
                workflow_state__object_id=Cast(OuterRef("page_id"), CharField()),
            )
            .order_by("-started_at")
            .values("started_at")[:1]
        ),
    )
    if status := filters.get("status"):
        queryset = queryset.filter(status=status)
    if channel := filters.get("channel"):
        queryset = queryset.filter(channel=channel)
    if date_from := filters.get("date_from"):
        queryset = queryset.filter(created_at__date__gte=date_from)
    if date_to := filters.get("date_to"):
        queryset = queryset.filter(created_at__date__lte=date_to)
    return queryset


PUBLIC_COLUMNS = [
    "reference",
    "title",
    "status",
    "current stage",
    "waiting since",
    "came in by",
    "source",
    "entered by",
    "received",
]
PERSONAL_COLUMNS = [
    "contact name",
    "contact email",
    "group",
    "agreed to publish",
    "agreed to contact",
    "consent wording",
]


def row(submission, personal):
    values = [
        submission.reference,
        submission.page.draft_title if submission.page else "",
        submission.get_status_display(),
        submission.current_task_name or "",
        submission.waiting_since.isoformat() if submission.waiting_since else "",
        submission.get_channel_display(),
        submission.source_note,
        entered_by(submission),
        submission.created_at.isoformat(),
    ]
    if personal:
        values += [
            submission.contact_name,
            submission.contact_email,
            submission.group_name,
            "yes" if submission.consent_publish else "no",
            "yes" if submission.consent_contact else "no",
            submission.consent_version.version,
        ]
    return values


def entered_by(submission):
    """The staff member who typed in an example for a group; blank when it came through the form."""
    user = submission.entered_by
    return (user.get_full_name() or user.get_username()) if user else ""


def _csv_safe(value):
    value = str(value or "")
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_response(queryset, *, personal):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="community-submissions.csv"'
    writer = csv.writer(response)
    writer.writerow(PUBLIC_COLUMNS + (PERSONAL_COLUMNS if personal else []))
    for submission in queryset:
        writer.writerow([_csv_safe(value) for value in row(submission, personal)])
    return response
