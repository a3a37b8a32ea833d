"""Admin report: searches that found nothing, most frequent first."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import (
    SearchTermsReportView as WagtailSearchTermsReportView,
)

from search.models import UnansweredSearch


def can_view_report(user):
    """Superusers, and editors given the 'Can view search without results' permission."""
    return user.is_active and (user.is_superuser or user.has_perm("search.view_unansweredsearch"))


class UnansweredSearchesReportView(ReportView):
    page_title = _("Searches with no results")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-hits"
    index_url_name = "search_unanswered_report"
    index_results_url_name = "search_unanswered_report_results"
    columns = [
        Column("query_string", label=_("Search terms"), sort_key="query_string"),
        Column("language", label=_("Language"), sort_key="language"),
        NumberColumn("hits", label=_("Times searched"), sort_key="hits"),
        DateColumn("last_searched_at", label=_("Last searched"), sort_key="last_searched_at"),
    ]
    export_headings = {
        "query_string": _("Search terms"),
        "language": _("Language"),
        "hits": _("Times searched"),
        "first_searched_at": _("First searched"),
        "last_searched_at": _("Last searched"),
    }
    list_export = ["query_string", "language", "hits", "first_searched_at", "last_searched_at"]

    def get_base_queryset(self):
        return UnansweredSearch.objects.all()

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


SEARCH_TERMS_PERMISSION = "wagtailsearchpromotions.view_query"


def can_view_search_terms(user):
    return user.is_active and (user.is_superuser or user.has_perm(SEARCH_TERMS_PERMISSION))


class SearchTermsReportView(WagtailSearchTermsReportView):
    """Wagtail's "Search terms" report, open to editors given the permission, not only superusers.

    Wagtail's own view refuses everyone but superusers in its dispatch; this one checks the
    permission instead, then runs the report view as usual.
    """

    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_search_terms(request.user):
            return permission_denied(request)
        return ReportView.dispatch(self, request, *args, **kwargs)
