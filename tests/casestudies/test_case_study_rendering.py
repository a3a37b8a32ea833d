"""What readers see on a case study and the case-study index."""

import datetime

import pytest

from tests.factories import (
    ApproachFactory,
    CaseStudyPageFactory,
    PersonFactory,
    RegionFactory,
    ResearchStageFactory,
    ThemeFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_case_study_index_shows_its_intro_and_cards(client, site_tree):
    index = site_tree.case_study_index
    index.intro = "How people shaped research."
    index.save()
    CaseStudyPageFactory(
        parent=index, title="Memory cafe panel", summary="", plain_summary="Carers met monthly."
    )
    html = client.get(index.url).content.decode()
    assert "<h1>Case studies</h1>" in html
    assert "How people shaped research." in html
    assert "Memory cafe panel" in html
    assert "Carers met monthly." in html  # the plain summary stands in for an empty summary


def test_case_study_shows_every_structured_section(client, site_tree):
    named = PersonFactory(name="Priya Shah", role="public_contributor")
    unnamed = PersonFactory(name="Hidden Person", role="patient", agreed_to_be_named=False)
    study = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Carers shaping a dementia study",
        plain_summary="Carers changed how the study asked questions.",
        summary="Carers co-designed a study.",
        challenge="<p>Few carers took part.</p>",
        who_was_involved="<p>Twelve carers.</p>",
        body=[{"type": "paragraph", "value": "<p>We met every month.</p>"}],
        change_for_research="<p>Shorter interviews.</p>",
        change_for_people="<p>More confidence.</p>",
        change_for_services="<p>A new clinic for carers.</p>",
        lessons_learned="<p>Pay people promptly.</p>",
        payment_and_recognition="Paid at the national rate.",
        start_date=datetime.date(2024, 1, 1),
        end_date=None,
        themes=[ThemeFactory(name="Impact", slug="impact")],
        approaches=[ApproachFactory(name="Co-production", slug="co-production")],
        research_stages=[ResearchStageFactory(name="Designing the study")],
        topic=TopicFactory(name="Dementia", slug="dementia"),
        region=RegionFactory(name="North West", slug="north-west"),
        tags=["carers"],
        team=[(named, "co-designed the questions"), (unnamed, "tested the survey")],
        research_outputs=[
            ("doi", "10.3310/abcd1234", "Final report"),
            ("isrctn", "ISRCTN12345678", ""),
            ("award", "NIHR123456", "Funding award"),
        ],
    )
    response = client.get(study.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "<h1>Carers shaping a dementia study</h1>",
        "Carers changed how the study asked questions.",
        "Few carers took part.",
        "Twelve carers.",
        "We met every month.",
        "Shorter interviews.",
        "More confidence.",
        "A new clinic for carers.",
        "Pay people promptly.",
        "Paid at the national rate.",
        "to now (ongoing)",
        "Co-production",
        "Designing the study",
        "Impact",
        '<a href="/en/case-studies/?topic=dementia">Dementia</a>',
        '<a href="/en/case-studies/?region=north-west">North West</a>',
        "carers",
        '<strong>Priya Shah</strong> <span class="hub-people__role">(Public contributor)</span>: co-designed the questions',
        "<strong>Patient</strong>: tested the survey",
        '<a href="https://doi.org/10.3310/abcd1234">Final report</a>',
        '<a href="https://www.isrctn.com/ISRCTN12345678">ISRCTN12345678</a>',
        "Funding award",
        '<meta name="description" content="Carers co-designed a study.">',
        '<meta property="og:type" content="article">',
    ]:
        assert text in html, text
    assert "Hidden Person" not in html


def test_case_study_leaves_out_empty_sections(client, site_tree):
    study = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        challenge="",
        who_was_involved="",
        change_for_research="",
        lessons_learned="",
        payment_and_recognition="",
    )
    html = client.get(study.url).content.decode()
    assert "The challenge" not in html
    assert "What changed because people were involved" not in html
    assert "Lessons learned" not in html
    assert "Research outputs" not in html
