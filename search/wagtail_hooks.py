from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import (
    SearchTermsReportView,
    UnansweredSearchesReportView,
    search_terms_policy,
    unanswered_searches_policy,
)


class ReportMenuItem(MenuItem):
    """A report's menu item, shown to those its permission policy lets view it."""

    def __init__(self, *args, policy, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy

    def is_shown(self, request):
        return self.policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def register_search_report_urls():
    reports = (
        ("search-terms-by-role", "search_terms_report", SearchTermsReportView),
        ("searches-with-no-results", "search_unanswered_report", UnansweredSearchesReportView),
    )
    return [
        path(f"reports/{address}/{results}", view.as_view(results_only=bool(results)), name=name + suffix)
        for address, name, view in reports
        for results, suffix in (("", ""), ("results/", "_results"))
    ]


@hooks.register("register_reports_menu_item")
def register_unanswered_searches_menu_item():
    return ReportMenuItem(
        _("Searches with no results"),
        reverse("search_unanswered_report"),
        icon_name="search",
        order=1001,
        policy=unanswered_searches_policy,
    )


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return ReportMenuItem(
        _("Search terms"),
        reverse("search_terms_report"),
        name="hub-search-terms",
        icon_name="search",
        order=1300,
        policy=search_terms_policy,
    )


@hooks.register("construct_reports_menu")
def replace_wagtails_superuser_only_search_terms(request, menu_items):
    """Wagtail's own "Search terms" item is for superusers only; the one above covers everyone allowed."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
