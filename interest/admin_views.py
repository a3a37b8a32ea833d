"""Admin report: who has registered interest in which event or opportunity, newest first."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.reports import ReportView

from interest.models import InterestRegistration

PERMISSION = "interest.view_interestregistration"


def can_view(user):
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


class InterestReportView(ReportView):
    page_title = _("Interest registrations")
    header_icon = "mail"
    is_searchable = True
    search_fields = ["name", "email", "page__title"]
    default_ordering = "-created_at"
    index_url_name = "interest_report"
    index_results_url_name = "interest_report_results"
    columns = [
        Column("page", label=_("Event or opportunity"), accessor="page.title", sort_key="page__title"),
        Column("name", label=_("Name"), sort_key="name"),
        Column("email", label=_("Email address")),
        BooleanColumn("wants_bursary", label=_("Bursary")),
        Column("note", label=_("Access needs and questions")),
        DateColumn("created_at", label=_("Sent"), sort_key="created_at"),
    ]
    list_export = ["page", "name", "email", "wants_bursary", "note", "language_code", "created_at"]
    export_headings = {
        "page": _("Event or opportunity"),
        "name": _("Name"),
        "email": _("Email address"),
        "wants_bursary": _("Asks for a bursary place"),
        "note": _("Access needs and questions"),
        "language_code": _("Language"),
        "created_at": _("Sent"),
    }

    def get_base_queryset(self):
        return InterestRegistration.objects.select_related("page")

    def dispatch(self, request, *args, **kwargs):
        if not can_view(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
