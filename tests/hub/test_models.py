"""Hub model behaviour readers notice: names, social links, descriptions, pagination."""

import pytest
from django.test import RequestFactory

from hub.models import Person, SiteSettings
from hub.pagination import paginate
from tests.factories import ImageFactory, PersonFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_person_who_agreed_is_shown_by_name():
    person = PersonFactory(name="Grace Okafor", role=Person.Role.CARER, agreed_to_be_named=True)
    assert person.display_name == "Grace Okafor"


def test_person_who_did_not_agree_is_shown_by_role_only():
    person = PersonFactory(name="Grace Okafor", role=Person.Role.CARER, agreed_to_be_named=False)
    assert person.display_name == "Carer"
    assert "Grace" not in str(person.display_name)


def test_person_is_not_named_by_default():
    assert Person(name="Anon", role=Person.Role.PATIENT).display_name == "Patient"


def test_social_links_list_only_those_filled_in_and_in_a_fixed_order():
    settings = SiteSettings(
        youtube_url="https://youtube.example/hub", mastodon_url="https://mastodon.example/@hub"
    )
    assert settings.social_links == [
        ("Mastodon", "https://mastodon.example/@hub"),
        ("YouTube", "https://youtube.example/hub"),
    ]
    assert SiteSettings().social_links == []


def test_meta_description_prefers_the_search_description(site_tree):
    page = StandardPageFactory(parent=site_tree.home, summary="Card summary", search_description="")
    assert page.meta_description == "Card summary"
    page.search_description = "For search engines"
    assert page.meta_description == "For search engines"


def test_share_image_falls_back_to_the_listing_image(site_tree):
    listing, social = ImageFactory(), ImageFactory()
    page = StandardPageFactory(parent=site_tree.home, listing_image=listing)
    assert page.share_image == listing
    page.social_image = social
    assert page.share_image == social


@pytest.mark.parametrize(
    ("value", "expected_page"),
    [("", 1), ("2", 2), ("abc", 1), ("-1", 3), ("0", 3), ("99999", 3), ("1.5", 1), ("%00", 1)],
)
def test_paginate_never_fails_on_a_bad_page_number(value, expected_page):
    request = RequestFactory().get("/", {"page": value})
    page, paginator = paginate(request, list(range(25)), 10)
    assert paginator.num_pages == 3
    assert page.number == expected_page
