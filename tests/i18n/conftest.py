"""Fixtures for the multilingual tests: locales, and pages translated through wagtail-localize."""

from types import SimpleNamespace

import pytest

from hub.translation import apply_string_translations, ensure_locales, save_translation
from tests.factories import CaseStudyPageFactory


@pytest.fixture
def locales(db):
    return ensure_locales()


def translate(obj, locale, strings, publish=True):
    """Translate ``obj`` with wagtail-localize; returns (Translation, translated instance)."""
    record = apply_string_translations(obj, locale, strings)
    return record, save_translation(record, publish=publish)


@pytest.fixture
def welsh_tree(site_tree, locales):
    """The site tree with a case study, and the home page, index and case study in Welsh."""
    case_study = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Volunteers tend a community garden",
        slug="community-garden",
        summary="Volunteers and researchers grew vegetables together.",
    )
    cy = locales["cy"]
    _, home_cy = translate(site_tree.home, cy, {"Test hub home": "Hafan yr hyb prawf"})
    _, index_cy = translate(
        site_tree.case_study_index,
        cy,
        {"Case studies": "Astudiaethau achos", "case-studies": "astudiaethau-achos"},
    )
    _, case_cy = translate(
        case_study,
        cy,
        {
            "Volunteers tend a community garden": "Gwirfoddolwyr yn gofalu am ardd gymunedol",
            "community-garden": "gardd-gymunedol",
            "Volunteers and researchers grew vegetables together.": "Tyfodd gwirfoddolwyr ac ymchwilwyr lysiau gyda'i gilydd.",
        },
    )
    return SimpleNamespace(
        **vars(site_tree), case_study=case_study, home_cy=home_cy, index_cy=index_cy, case_cy=case_cy
    )
