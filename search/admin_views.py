"""Admin reports on what readers search for, open to anyone given the permission to view them."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query
from wagtail.contrib.search_promotions.views.reports import (
    SearchTermsReportView as WagtailSearchTermsReportView,
)
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import UnansweredSearch

# Superusers, and groups given "Can view search without results" or "Can view query".
unanswered_searches_policy = ModelPermissionPolicy(UnansweredSearch)
search_terms_policy = ModelPermissionPolicy(Query)


class UnansweredSearchesReportView(ReportView):
    """Searches that found nothing, most frequent first."""

    permission_policy = unanswered_searches_policy
    permission_required = "view"
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
    # Exported columns are headed with the fields' verbose names ("Search terms", ...).
    list_export = ["query_string", "language", "hits", "first_searched_at", "last_searched_at"]

    def get_base_queryset(self):
        return UnansweredSearch.objects.all()


class SearchTermsReportView(WagtailSearchTermsReportView):
    """Wagtail's "Search terms" report, checked by permission where Wagtail's own view admits
    superusers only (its ``dispatch``); ``ReportView``'s checks ``permission_required``."""

    permission_policy = search_terms_policy
    permission_required = "view"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    dispatch = ReportView.dispatch
