"""Case-study index and case study: where they go, and creating and editing them in the admin."""

import datetime

from django.utils.text import slugify
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from blog.models import BlogIndexPage
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from hub.models import HomePage, StandardPage
from tests.admin_forms import add_url, edit_url, form_errors, page_form, publish
from tests.factories import (
    ApproachFactory,
    CaseStudyPageFactory,
    PersonFactory,
    RegionFactory,
    ResearchStageFactory,
    ThemeFactory,
    TopicFactory,
    build_site_tree,
)


class CaseStudyTreeTests(WagtailPageTestCase):
    def test_index_goes_under_the_home_page_and_holds_case_studies(self):
        self.assertAllowedParentPageTypes(CaseStudyIndexPage, {HomePage})
        self.assertCanCreateAt(CaseStudyIndexPage, CaseStudyPage)
        self.assertCanNotCreateAt(StandardPage, CaseStudyIndexPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, StandardPage)

    def test_case_study_goes_only_under_a_case_study_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})
        self.assertAllowedSubpageTypes(CaseStudyPage, set())
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)
        self.assertCanNotCreateAt(BlogIndexPage, CaseStudyPage)


def case_study_form(**overrides):
    fields = {
        "title": "Carers shaping a dementia study",
        "plain_summary": "Carers helped researchers change how they asked questions.",
        "summary": "Carers co-designed a dementia study.",
        "challenge": rich_text("<p>Few carers were taking part.</p>"),
        "who_was_involved": rich_text("<p>Twelve carers from two groups.</p>"),
        "team": inline_formset([]),
        "approaches": [],
        "research_stages": [],
        "body": streamfield([("paragraph", rich_text("<p>We met monthly.</p>"))]),
        "change_for_research": rich_text("<p>Shorter interviews.</p>"),
        "change_for_people": rich_text(""),
        "change_for_services": rich_text(""),
        "lessons_learned": rich_text("<p>Pay people promptly.</p>"),
        "payment_and_recognition": "Paid at the national rate.",
        "research_outputs": inline_formset([]),
        "start_date": "2024-01-01",
        "end_date": "2024-12-31",
        "themes": [],
        "topic": "",
        "region": "",
        "tags": "",
    }
    fields.update(overrides)
    fields.setdefault("slug", slugify(fields["title"]))
    return page_form(**fields)


class CaseStudyAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.tree = build_site_tree()
        self.index = self.tree.case_study_index
        self.login()

    def post_new(self, **overrides):
        return self.client.post(add_url(self.index, CaseStudyPage), publish(case_study_form(**overrides)))

    def test_editor_can_create_a_case_study_index(self):
        self.assertCanCreate(
            self.tree.home,
            CaseStudyIndexPage,
            page_form(title="Examples", intro="Shared learning.", items_per_page=10),
        )
        assert CaseStudyIndexPage.objects.get(slug="examples").intro == "Shared learning."

    def test_editor_can_edit_a_case_study_index(self):
        data = page_form(
            title="Our case studies", slug=self.index.slug, intro="What we learned.", items_per_page=6
        )
        response = self.client.post(edit_url(self.index), publish(data))
        assert response.status_code == 302, form_errors(response)
        self.index.refresh_from_db()
        assert (self.index.title, self.index.intro, self.index.items_per_page) == (
            "Our case studies",
            "What we learned.",
            6,
        )

    def test_editor_can_create_a_full_case_study(self):
        person = PersonFactory(name="Priya Shah")
        theme, approach, stage = ThemeFactory(), ApproachFactory(name="Co-production"), ResearchStageFactory()
        topic, region = TopicFactory(name="Dementia"), RegionFactory(name="North West")
        self.assertCanCreate(
            self.index,
            CaseStudyPage,
            case_study_form(
                team=inline_formset([{"person": person.pk, "role_in_project": "co-designed the questions"}]),
                approaches=[approach.pk],
                research_stages=[stage.pk],
                themes=[theme.pk],
                topic=topic.pk,
                region=region.pk,
                tags="carers, interviews",
                research_outputs=inline_formset(
                    [
                        {"kind": "doi", "identifier": "10.3310/abcd1234", "label": "Final report"},
                        {"kind": "isrctn", "identifier": "ISRCTN12345678", "label": "Trial"},
                    ]
                ),
            ),
        )
        study = CaseStudyPage.objects.get(slug="carers-shaping-a-dementia-study")
        assert study.live
        assert study.plain_summary.startswith("Carers helped researchers")
        assert (study.start_date, study.end_date) == (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
        assert [(m.person, m.role_in_project) for m in study.team.all()] == [
            (person, "co-designed the questions")
        ]
        assert [o.url for o in study.research_outputs.all()] == [
            "https://doi.org/10.3310/abcd1234",
            "https://www.isrctn.com/ISRCTN12345678",
        ]
        assert list(study.approaches.all()) == [approach]
        assert list(study.research_stages.all()) == [stage]
        assert list(study.themes.all()) == [theme]
        assert (study.topic, study.region) == (topic, region)
        assert sorted(study.tags.names()) == ["carers", "interviews"]
        assert "Shorter interviews." in study.change_for_research

    def test_editor_can_edit_a_case_study(self):
        study = CaseStudyPageFactory(parent=self.index, title="Old", slug="old")
        response = self.client.post(
            edit_url(study),
            publish(case_study_form(title="New title", slug="old", plain_summary="A clearer summary.")),
        )
        assert response.status_code == 302, form_errors(response)
        study.refresh_from_db()
        assert (study.title, study.plain_summary) == ("New title", "A clearer summary.")

    def assert_rejected(self, response, errors):
        assert response.status_code == 200
        assert form_errors(response) == errors
        html = response.content.decode()
        assert "The page could not be created due to validation errors" in html
        for messages in errors.values():
            for message in messages:
                assert message.replace("'", "&#x27;") in html
        assert not CaseStudyPage.objects.exists()

    def test_missing_plain_summary_is_rejected(self):
        self.assert_rejected(self.post_new(plain_summary=""), {"plain_summary": ["This field is required."]})

    def test_blank_plain_summary_is_rejected(self):
        self.assert_rejected(
            self.post_new(plain_summary="   "), {"plain_summary": ["This field is required."]}
        )

    def test_plain_summary_over_500_characters_is_rejected(self):
        self.assert_rejected(
            self.post_new(plain_summary="x" * 501),
            {"plain_summary": ["Ensure this value has at most 500 characters (it has 501)."]},
        )

    def test_plain_summary_of_exactly_500_characters_is_accepted(self):
        response = self.post_new(plain_summary="x" * 500)
        assert response.status_code == 302, form_errors(response)
        assert len(CaseStudyPage.objects.get().plain_summary) == 500

    def test_end_date_before_start_date_is_rejected(self):
        self.assert_rejected(
            self.post_new(start_date="2024-06-01", end_date="2024-05-31"),
            {"end_date": ["The end date must be on or after the start date."]},
        )

    def test_malformed_doi_is_rejected(self):
        self.assert_rejected(
            self.post_new(
                research_outputs=inline_formset([{"kind": "doi", "identifier": "doi:abcd", "label": ""}])
            ),
            {"research_outputs-0-identifier": ["A DOI starts with 10. and a slash, e.g. 10.3310/abcd1234."]},
        )

    def test_malformed_isrctn_is_rejected(self):
        self.assert_rejected(
            self.post_new(
                research_outputs=inline_formset([{"kind": "isrctn", "identifier": "ISRCTN1234", "label": ""}])
            ),
            {"research_outputs-0-identifier": ["An ISRCTN is the letters ISRCTN and 8 digits."]},
        )

    def test_link_that_is_not_a_web_address_is_rejected(self):
        self.assert_rejected(
            self.post_new(
                research_outputs=inline_formset(
                    [{"kind": "url", "identifier": "javascript:alert(1)", "label": ""}]
                )
            ),
            {"research_outputs-0-identifier": ["Give a full web address starting with https://."]},
        )

    def test_bad_edit_leaves_the_live_case_study_unchanged(self):
        study = CaseStudyPageFactory(parent=self.index, title="Kept", slug="kept", plain_summary="Original.")
        response = self.client.post(
            edit_url(study), publish(case_study_form(title="Kept", slug="kept", plain_summary="y" * 501))
        )
        assert response.status_code == 200
        assert "plain_summary" in form_errors(response)
        assert "The page could not be saved due to validation errors" in response.content.decode()
        study.refresh_from_db()
        assert study.plain_summary == "Original."
