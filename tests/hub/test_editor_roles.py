"""Editors and Moderators can reach what their work needs in the admin, and nothing more.

Each cell of the table in docs/roles.md is one case here: 200 means the page opens, "home"
means Wagtail sends the user back to the admin home with "you do not have permission".
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGES = {
    "taxonomy list": ("wagtailsnippets_hub_theme:list", []),
    "add a theme": ("wagtailsnippets_hub_theme:add", []),
    "people list": ("wagtailsnippets_hub_person:list", []),
    "add a person": ("wagtailsnippets_hub_person:add", []),
    "promoted results": ("wagtailsearchpromotions:index", []),
    "add a promoted result": ("wagtailsearchpromotions:add", []),
    "search terms report": ("search_terms_report", []),
    "no-results report": ("search_unanswered_report", []),
    "add a consent wording": ("wagtailsnippets_casestudies_consentversion:add", []),
}
EXPECTED = {
    "Editors": dict.fromkeys(PAGES, 200),
    "Moderators": {
        "taxonomy list": 200,
        "add a theme": "home",
        "people list": 200,
        "add a person": "home",
        "promoted results": "home",
        "add a promoted result": "home",
        "search terms report": "home",
        "no-results report": "home",
        "add a consent wording": "home",
    },
}
CELLS = [(role, page) for role in EXPECTED for page in PAGES]


def member_of(django_user_model, group):
    user = django_user_model.objects.create_user(
        f"{group.lower()}-user", f"{group.lower()}@staff.example.org", "pw"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.mark.parametrize(("role", "page"), CELLS, ids=[f"{role}: {page}" for role, page in CELLS])
def test_role_reaches_what_its_work_needs(client, django_user_model, role, page):
    client.force_login(member_of(django_user_model, role))
    name, args = PAGES[page]
    response = client.get(reverse(name, args=args))
    if EXPECTED[role][page] == 200:
        assert response.status_code == 200
    else:
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("superuser", [False, True], ids=["editor", "superuser"])
def test_the_reports_menu_has_one_search_terms_report(client, django_user_model, superuser):
    user = member_of(django_user_model, "Editors")
    user.is_superuser = superuser
    user.save()
    client.force_login(user)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert menu.count('"name": "hub-search-terms", "label": "Search terms"') == 1
    assert '"name": "search-terms"' not in menu  # Wagtail's own, for superusers only


def test_the_search_terms_report_lists_what_readers_searched_for(client, django_user_model):
    from wagtail.contrib.search_promotions.models import Query

    Query.get("paying people").add_hit()
    client.force_login(member_of(django_user_model, "Editors"))
    html = client.get(reverse("search_terms_report")).content.decode()
    assert "paying people" in html
