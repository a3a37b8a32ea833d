"""The impact page gathers what changed from case studies and published community examples,
grouped by kind of change, each linking to its source, filterable, with a count by region."""

import re

import pytest

from impact.models import ImpactPage
from tests.factories import (
    CaseStudyPageFactory,
    RegionFactory,
    SharedLearningIndexPageFactory,
    SharedLearningPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def impact(site_tree):
    wales = RegionFactory(name="Wales", slug="wales")
    north = RegionFactory(name="North West", slug="north-west")
    digital = ThemeFactory(name="Digital technologies", slug="digital")
    CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Memory cafe partners",
        change_for_research="<p>The interview questions were rewritten by carers.</p>",
        change_for_people="<p>Carers gained confidence to speak at conferences.</p>",
        change_for_services="",
        region=wales,
    )
    CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Digital buddies",
        change_for_research="<p>The study recruited people who are not online.</p>",
        change_for_services="<p>The library now lends tablets.</p>",
        region=north,
        themes=[digital],
    )
    examples = SharedLearningIndexPageFactory(parent=site_tree.home, title="Community examples")
    SharedLearningPageFactory(
        parent=examples, title="Garden group", what_changed="We meet researchers monthly.", region=wales
    )
    SharedLearningPageFactory(
        parent=examples, title="Draft example", what_changed="Not yet published.", live=False
    )
    page = ImpactPage(title="What changed", slug="impact")
    site_tree.home.add_child(instance=page)
    return page


def group(html, heading):
    part = html.split(f"<h2>{heading}</h2>", 1)[1].split("</ul>", 1)[0]
    return re.findall(r"<p>([^<]+)</p>\s*<p class=\"nhsuk-body-s\"><a href=\"[^\"]+\">([^<]+)</a>", part)


def test_changes_grouped_by_kind_each_linking_to_its_source(client, impact):
    html = client.get("/en/impact/").content.decode()
    assert group(html, "What changed for the research") == [
        ("The study recruited people who are not online.", "Digital buddies"),
        ("The interview questions were rewritten by carers.", "Memory cafe partners"),
    ]
    assert group(html, "What changed for services") == [("The library now lends tablets.", "Digital buddies")]
    assert group(html, "What changed, in community groups&#x27; own words") == [
        ("We meet researchers monthly.", "Garden group")
    ]
    assert "Not yet published." not in html
    # A plain count by region, as a table.
    assert re.search(r"<td[^>]*>Wales</td><td[^>]*>2</td>", html)
    assert re.search(r"<td[^>]*>North West</td><td[^>]*>1</td>", html)


@pytest.mark.parametrize(
    ("params", "sources"),
    [
        ({"theme": "digital"}, {"Digital buddies"}),
        ({"region": "wales"}, {"Memory cafe partners", "Garden group"}),
        ({"region": "nowhere"}, set()),
    ],
)
def test_filters(client, impact, params, sources):
    html = client.get("/en/impact/", params).content.decode()
    main = html.split("<main", 1)[1]
    found = set(re.findall(r'<p class="nhsuk-body-s"><a href="[^"]+">([^<]+)</a>', main)) - {
        "Clear all filters"
    }
    assert found == sources
    if not sources:
        assert "Nothing matches your filters." in html
