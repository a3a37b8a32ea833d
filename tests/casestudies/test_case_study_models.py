"""Case-study model rules that editors and readers depend on."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from casestudies.models import CaseStudyPage, ResearchOutput


@pytest.mark.parametrize(
    ("kind", "identifier", "url"),
    [
        ("doi", "10.3310/abcd1234", "https://doi.org/10.3310/abcd1234"),
        ("isrctn", "ISRCTN12345678", "https://www.isrctn.com/ISRCTN12345678"),
        ("url", "https://example.org/report.pdf", "https://example.org/report.pdf"),
        ("award", "NIHR123456", ""),
    ],
)
def test_research_output_links_to_the_right_place(kind, identifier, url):
    assert ResearchOutput(kind=kind, identifier=identifier).url == url


@pytest.mark.parametrize(
    ("kind", "identifier"),
    [
        ("doi", "10.3310/abcd1234"),
        ("doi", " 10.1000/xyz-99 "),
        ("isrctn", "ISRCTN00000001"),
        ("url", "http://example.org/a"),
        ("award", "NIHR/200123"),
    ],
)
def test_valid_research_outputs_pass(kind, identifier):
    output = ResearchOutput(kind=kind, identifier=identifier)
    output.clean()
    assert output.identifier == identifier.strip()


@pytest.mark.parametrize(
    ("kind", "identifier", "message"),
    [
        ("doi", "https://doi.org/10.3310/abcd", "A DOI starts with 10."),
        ("doi", "10.33/abc", "A DOI starts with 10."),
        ("doi", "10.3310/has space", "A DOI starts with 10."),
        ("isrctn", "12345678", "An ISRCTN is the letters ISRCTN and 8 digits."),
        ("isrctn", "ISRCTN123456789", "An ISRCTN is the letters ISRCTN and 8 digits."),
        ("url", "www.example.org", "Give a full web address"),
        ("url", "javascript:alert(1)", "Give a full web address"),
        ("award", "<script>", "Use letters, numbers"),
    ],
)
def test_malformed_research_outputs_fail_with_a_helpful_message(kind, identifier, message):
    with pytest.raises(ValidationError) as excinfo:
        ResearchOutput(kind=kind, identifier=identifier).clean()
    assert message in excinfo.value.message_dict["identifier"][0]


@pytest.mark.django_db  # a new page takes the default locale from the database
def test_case_study_end_date_cannot_be_before_start_date():
    page = CaseStudyPage(
        title="x",
        plain_summary="ok",
        start_date=datetime.date(2024, 2, 1),
        end_date=datetime.date(2024, 1, 31),
    )
    with pytest.raises(ValidationError) as excinfo:
        page.clean()
    assert excinfo.value.message_dict == {"end_date": ["The end date must be on or after the start date."]}


@pytest.mark.django_db  # a new page takes the default locale from the database
def test_case_study_may_end_on_the_day_it_starts_or_be_ongoing():
    day = datetime.date(2024, 2, 1)
    CaseStudyPage(title="x", plain_summary="ok", start_date=day, end_date=day).clean()
    CaseStudyPage(title="x", plain_summary="ok", start_date=day, end_date=None).clean()


@pytest.mark.django_db  # a new page takes the default locale from the database
def test_case_study_summary_of_only_spaces_is_rejected():
    with pytest.raises(ValidationError) as excinfo:
        CaseStudyPage(title="x", plain_summary="   ").clean()
    assert excinfo.value.message_dict == {"plain_summary": ["Write a plain-English summary."]}


@pytest.mark.django_db  # a new page takes the default locale from the database
def test_has_changes_is_true_only_when_a_change_is_written():
    assert not CaseStudyPage(title="x").has_changes
    assert CaseStudyPage(title="x", change_for_people="<p>More confident.</p>").has_changes
