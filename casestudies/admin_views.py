"""Wagtail admin views: the submissions report (with CSV) and staff entry of an example."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from casestudies.forms import StaffSubmissionForm
from casestudies.models import SharedLearningIndexPage, Submission
from casestudies.reports import (
    EXPORT_PERMISSION,
    ReportFilterForm,
    can_see_personal_data,
    csv_response,
    submissions_queryset,
)
from casestudies.services.submit import submit_example


def submissions_report(request):
    if not request.user.has_perm("casestudies.view_submission"):
        raise PermissionDenied
    personal = can_see_personal_data(request.user)
    filters = ReportFilterForm(request.GET)
    valid = filters.is_valid()
    queryset = submissions_queryset(filters.cleaned_data) if valid else Submission.objects.none()
    if request.GET.get("export") == "csv" and valid:
        if not request.user.has_perm(EXPORT_PERMISSION):
            raise PermissionDenied
        return csv_response(queryset, personal=personal)
    return render(
        request,
        "casestudies/admin/submissions_report.html",
        {
            "submissions": queryset[:200],
            "personal": personal,
            "can_export": request.user.has_perm(EXPORT_PERMISSION),
            "can_enter": request.user.has_perm("casestudies.enter_submission"),
            "statuses": Submission.Status.choices,
            "channels": Submission.Channel.choices,
            "params": request.GET,
            "filter_errors": [error for errors in filters.errors.values() for error in errors],
            "export_query": _with_export(request.GET),
        },
    )


def _with_export(params):
    query = params.copy()
    query["export"] = "csv"
    return query.urlencode()


def staff_entry(request):
    if not request.user.has_perm("casestudies.enter_submission"):
        raise PermissionDenied
    index_page = SharedLearningIndexPage.objects.live().order_by("path").first()
    if index_page is None:
        messages.error(request, _("Create a community examples index page first."))
        return redirect("casestudies_submissions_report")
    if request.method == "POST":
        form = StaffSubmissionForm(request.POST, request.FILES, locale=index_page.locale)
        if form.is_valid():
            data = form.cleaned_data
            submission, _created = submit_example(
                index_page,
                data,
                photos=data["photos"],
                language_code=getattr(request, "LANGUAGE_CODE", "en"),
                idempotency_key=form.idempotency_key,
                channel=data["channel"],
                source_note=data["source_note"],
                entered_by=request.user,
            )
            messages.success(
                request,
                _("Example %(reference)s entered and sent for review.") % {"reference": submission.reference},
            )
            return redirect("casestudies_submissions_report")
        form.renew_token()  # shown again with errors: it can still be sent, however long it was open
    else:
        form = StaffSubmissionForm(locale=index_page.locale)
    return render(request, "casestudies/admin/staff_entry.html", {"form": form, "index_page": index_page})
