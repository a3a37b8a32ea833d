"""The community examples listing: published examples newest first, filtered by area of focus,
in pages of the editors' chosen size, each card saying what the example is about."""

import re

import pytest

from tests.factories import SharedLearningIndexPageFactory, SharedLearningPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'nhsuk-card__link" href="[^"]+">([^<]+)</a>', html)


def test_examples_filter_by_area_page_by_the_editors_choice_and_describe_themselves(client, site_tree):
    index = SharedLearningIndexPageFactory(parent=site_tree.home, slug="examples", items_per_page=2)
    digital = ThemeFactory(name="Digital technologies", slug="digital")
    for n in range(3):
        SharedLearningPageFactory(parent=index, title=f"Example {n}", summary=f"Summary {n}.")
    SharedLearningPageFactory(
        parent=index, title="Radio show", summary="", what_we_did="We made radio shows.", themes=[digital]
    )
    SharedLearningPageFactory(parent=index, title="Not yet published", live=False)

    html = client.get("/en/examples/").content.decode()
    assert titles(html) == ["Radio show", "Example 2"]  # newest first, two a page
    assert "4 examples" in html and 'rel="next"' in html
    assert '<a href="#results">Skip to results</a>' in html and 'id="results"' in html
    assert "We made radio shows." in html  # no summary: what they did describes it

    assert titles(client.get("/en/examples/?page=2").content.decode()) == ["Example 1", "Example 0"]
    filtered = client.get("/en/examples/", {"theme": "digital"}).content.decode()
    assert titles(filtered) == ["Radio show"] and "1 example" in filtered
    assert '<meta name="robots" content="noindex, follow">' in filtered
