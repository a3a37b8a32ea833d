from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import (
    SearchTermsReportView,
    UnansweredSearchesReportView,
    can_view_report,
    can_view_search_terms,
)


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_search_terms(request.user)


@hooks.register("register_admin_urls")
def register_unanswered_searches_urls():
    view = UnansweredSearchesReportView
    terms = SearchTermsReportView
    return [
        path("reports/search-terms-by-role/", terms.as_view(), name="search_terms_report"),
        path(
            "reports/search-terms-by-role/results/",
            terms.as_view(results_only=True),
            name="search_terms_report_results",
        ),
        path("reports/searches-with-no-results/", view.as_view(), name="search_unanswered_report"),
        path(
            "reports/searches-with-no-results/results/",
            view.as_view(results_only=True),
            name="search_unanswered_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_unanswered_searches_menu_item():
    return ReportMenuItem(
        _("Searches with no results"),
        reverse("search_unanswered_report"),
        icon_name="search",
        order=1001,
    )


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Search terms"),
        reverse("search_terms_report"),
        name="hub-search-terms",
        icon_name="search",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def replace_wagtails_superuser_only_search_terms(request, menu_items):
    """Wagtail's own "Search terms" item is for superusers only; the one above covers everyone allowed."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
