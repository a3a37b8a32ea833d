"""The read API gives each page type's content, as readers see it, and never personal data."""

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from casestudies.models import Submission
from casestudies.services.submit import submit_example
from tests.casestudies import community_kit as kit
from tests.factories import BlogPageFactory, CaseStudyPageFactory, PersonFactory, ThemeFactory

pytestmark = pytest.mark.django_db
community = kit.community


def api_pages(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content.decode()[:500]
    return response.json()["items"]


def test_the_documented_summary_example_answers(client, site_tree):
    BlogPageFactory(parent=site_tree.blog_index, title="Paying people for their time", summary="How we pay.")
    [post] = api_pages(client, type="blog.BlogPage", fields="summary")
    assert post["summary"] == "How we pay."


def test_a_case_study_gives_its_story_outputs_and_team_as_the_page_shows_them(client, site_tree):
    theme = ThemeFactory(name="Inclusion and diversity")
    named = PersonFactory(name="Dr Asha Patel", agreed_to_be_named=True)
    unnamed = PersonFactory(name="Private Carer", role="carer", agreed_to_be_named=False)
    CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Carers shaped the interview questions",
        themes=[theme],
        team=[(named, "led the study"), (unnamed, "co-designed the questions")],
        research_outputs=[("isrctn", "ISRCTN12345678", "Trial registration")],
    )
    [study] = api_pages(client, type="casestudies.CaseStudyPage", fields="*")
    assert study["challenge"] == "<p>Few carers took part in the research.</p>"
    assert study["themes"] == [{"name": "Inclusion and diversity", "slug": theme.slug}]
    assert study["research_outputs"] == [
        {"kind": "isrctn", "identifier": "ISRCTN12345678", "label": "Trial registration"}
    ]
    assert study["team"] == [
        {"name": "Dr Asha Patel", "part": "led the study"},
        {"name": "Carer", "part": "co-designed the questions"},  # not named without agreement
    ]
    assert "Private Carer" not in json.dumps(study)


def test_a_published_community_example_shows_no_submitter_details(client, community):
    submission, _ = submit_example(
        community.index,
        {
            "title": "Recipe cards with carers",
            "stage": "done",
            "what_we_did": "We wrote recipe cards together.",
            "group_name": "Riverside Carers",
            "credit_preference": "anonymous",
            "contact_name": "Amira Khan",
            "contact_email": "amira@example.net",
            "consent_publish": True,
        },
    )
    page = Submission.objects.get(pk=submission.pk).page.specific
    assert api_pages(client, type="casestudies.SharedLearningPage") == []  # not until it is published
    page.save_revision().publish()
    [example] = api_pages(client, type="casestudies.SharedLearningPage", fields="*")
    assert example["what_we_did"] == "We wrote recipe cards together."
    assert example["photos"] == []
    dumped = json.dumps(example)
    for private in ("Amira Khan", "amira@example.net", submission.reference, "Riverside Carers"):
        assert private not in dumped


@pytest.mark.parametrize(
    "page_type",
    [
        "hub.HomePage",
        "blog.BlogIndexPage",
        "blog.BlogPage",
        "casestudies.CaseStudyIndexPage",
        "casestudies.CaseStudyPage",
        "casestudies.SharedLearningIndexPage",
    ],
)
def test_every_page_type_answers_all_its_fields(client, community, page_type):
    BlogPageFactory(parent=community.blog_index)
    CaseStudyPageFactory(parent=community.case_study_index)
    items = api_pages(client, type=page_type, fields="*")
    assert items and "summary" in items[0]


def documented_examples():
    """The example addresses in docs/api.md and search/api.py, as a reader would copy them."""
    root = Path(__file__).resolve().parents[2]
    texts = (root / "docs" / "api.md").read_text() + (root / "search" / "api.py").read_text()
    return sorted(set(re.findall(r"^\s+(/api/v2/\S+)$", texts, re.MULTILINE)))


def test_every_documented_example_answers_with_the_fields_it_asks_for(client, site_tree):
    theme = ThemeFactory(name="Inclusion and diversity", slug="inclusion-and-diversity")
    BlogPageFactory(
        parent=site_tree.blog_index,
        title="Dementia cafes and co-production",
        summary="Co-production with people living with dementia.",
        first_published_at=datetime(2024, 5, 1, tzinfo=UTC),
        themes=[theme],
    )
    CaseStudyPageFactory(
        parent=site_tree.case_study_index, title="Carers shaped the questions", themes=[theme]
    )
    examples = documented_examples()
    assert len(examples) >= 4
    for address in examples:
        response = client.get(address)
        assert response.status_code == 200, (address, response.content.decode()[:300])
        items = response.json()["items"]
        assert items, address
        fields = parse_qs(urlsplit(address).query).get("fields", [""])[0]
        for name in filter(None, fields.split(",")):
            assert all(name in item or name in item["meta"] for item in items), (address, name)
