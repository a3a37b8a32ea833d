"""The case-study index: filters with counts, pagination and bad query strings."""

import re

import pytest
from django.test import RequestFactory

from casestudies.queries import case_study_listing
from hub.models import DEFAULT_ITEMS_PER_PAGE as CASE_STUDIES_PER_PAGE
from tests.factories import (
    ApproachFactory,
    CaseStudyPageFactory,
    RegionFactory,
    ResearchStageFactory,
    ThemeFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def card_titles(response):
    return re.findall(r'<a class="nhsuk-card__link" href="[^"]*">([^<]*)</a>', response.content.decode())


@pytest.fixture
def studies(site_tree):
    index = site_tree.case_study_index
    t = {
        "inclusion": ThemeFactory(name="Inclusion", slug="inclusion"),
        "impact": ThemeFactory(name="Impact", slug="impact"),
        "coproduction": ApproachFactory(name="Co-production", slug="co-production"),
        "consultation": ApproachFactory(name="Consultation", slug="consultation"),
        "design": ResearchStageFactory(name="Designing the study", slug="design"),
        "dementia": TopicFactory(name="Dementia", slug="dementia"),
        "mental": TopicFactory(name="Mental health", slug="mental-health"),
        "north": RegionFactory(name="North West", slug="north-west"),
        "wales": RegionFactory(name="Wales", slug="wales"),
    }
    first = CaseStudyPageFactory(
        parent=index,
        title="Memory cafe panel",
        themes=[t["inclusion"], t["impact"]],
        approaches=[t["coproduction"]],
        research_stages=[t["design"]],
        topic=t["dementia"],
        region=t["north"],
    )
    second = CaseStudyPageFactory(
        parent=index,
        title="Young people's advisory group",
        themes=[t["inclusion"]],
        approaches=[t["coproduction"], t["consultation"]],
        topic=t["mental"],
        region=t["wales"],
    )
    third = CaseStudyPageFactory(parent=index, title="Carers survey", topic=t["dementia"], region=t["wales"])
    # A draft counts nowhere.
    CaseStudyPageFactory(
        parent=index,
        title="Draft study",
        live=False,
        themes=[t["impact"]],
        topic=t["mental"],
        region=t["north"],
    )
    return {"index": index, "first": first, "second": second, "third": third, **t}


def listing(index, **params):
    return case_study_listing(index, RequestFactory().get("/", params))


def counts(context, name):
    return {term.slug: term.count for term in context["filter_options"][name]}


def test_filter_options_count_live_case_studies_per_term(studies):
    context = listing(studies["index"])
    assert context["result_count"] == 3
    assert counts(context, "theme") == {"inclusion": 2, "impact": 1}
    assert counts(context, "approach") == {"co-production": 2, "consultation": 1}
    assert counts(context, "stage") == {"design": 1}
    assert counts(context, "topic") == {"dementia": 2, "mental-health": 1}
    assert counts(context, "region") == {"north-west": 1, "wales": 2}


def test_counts_are_shown_beside_each_option(client, studies):
    html = client.get(studies["index"].url).content.decode()
    assert re.search(r'<option value="inclusion"[^>]*>Inclusion \(2\)</option>', html)
    assert re.search(r'<option value="dementia"[^>]*>Dementia \(2\)</option>', html)
    assert re.search(r'<option value="consultation"[^>]*>Consultation \(1\)</option>', html)
    assert "3 case studies" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "inclusion"}, {"Memory cafe panel", "Young people&#x27;s advisory group"}),
        ({"theme": "impact"}, {"Memory cafe panel"}),
        ({"approach": "consultation"}, {"Young people&#x27;s advisory group"}),
        ({"stage": "design"}, {"Memory cafe panel"}),
        ({"topic": "dementia"}, {"Memory cafe panel", "Carers survey"}),
        ({"region": "wales"}, {"Young people&#x27;s advisory group", "Carers survey"}),
        ({"topic": "dementia", "region": "wales"}, {"Carers survey"}),
        ({"theme": "inclusion", "approach": "co-production", "region": "north-west"}, {"Memory cafe panel"}),
    ],
)
def test_each_filter_narrows_the_list(client, studies, params, expected):
    response = client.get(studies["index"].url, params)
    assert response.status_code == 200
    assert set(card_titles(response)) == expected
    html = response.content.decode()
    assert f"{len(expected)} case stud" in html and "match your filters" in html


@pytest.mark.parametrize(
    "params",
    [
        {"theme": "nope"},
        {"approach": "nope"},
        {"stage": "nope"},
        {"topic": "1"},
        {"region": "<script>"},
        {"theme": "inclusion", "region": "atlantis"},
    ],
)
def test_unknown_filter_values_show_nothing_and_a_way_back(client, studies, params):
    response = client.get(studies["index"].url, params)
    assert response.status_code == 200
    assert card_titles(response) == []
    html = response.content.decode()
    assert "No case studies match your filters." in html
    assert "Clear all filters" in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_terms_in_another_language_are_not_offered(studies):
    from wagtail.models import Locale

    welsh = Locale.objects.create(language_code="cy")
    ThemeFactory(name="Cynhwysiant", slug="cynhwysiant", locale=welsh)
    assert "cynhwysiant" not in counts(listing(studies["index"]), "theme")


@pytest.fixture
def many_studies(site_tree):
    for n in range(CASE_STUDIES_PER_PAGE * 2 + 3):  # 23: pages of 10, 10, 3
        CaseStudyPageFactory(parent=site_tree.case_study_index, title=f"Study {n:02d}")
    return site_tree.case_study_index


@pytest.mark.parametrize(
    ("page", "count"), [(None, 10), ("2", 10), ("3", 3), ("abc", 10), ("-1", 3), ("99999", 3), ("0", 3)]
)
def test_pagination_never_fails(client, many_studies, page, count):
    response = client.get(many_studies.url, {"page": page} if page is not None else {})
    assert response.status_code == 200
    assert len(card_titles(response)) == count
    assert "23 case studies" in response.content.decode()


def test_pages_do_not_overlap(client, many_studies):
    seen = []
    for page in ("1", "2", "3"):
        seen += card_titles(client.get(many_studies.url, {"page": page}))
    assert sorted(seen) == [f"Study {n:02d}" for n in range(23)]
