"""Involvement opportunities: open ones listed closing soonest first, closed ones leave the
listing by themselves and say so on their page; payment is stated and linked."""

import datetime
import re

import pytest
from django.utils import timezone

from opportunities.models import OpportunityPage
from tests.factories import (
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    RegionFactory,
    StandardPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(site_tree):
    index = OpportunityIndexPageFactory(parent=site_tree.home, title="Get involved", slug="opportunities")
    payment = StandardPageFactory(parent=site_tree.home, title="Payment for your time", slug="payment")
    today = timezone.localdate()
    digital = ThemeFactory(name="Digital technologies", slug="digital")
    leeds = RegionFactory(name="Yorkshire and the Humber", slug="yorkshire")
    later = OpportunityPageFactory(
        parent=index,
        title="Dementia advisory group",
        slug="dementia",
        closes_on=today + datetime.timedelta(days=40),
        payment_page=payment,
        payment_covers="Meetings and reading time.",
    )
    soon = OpportunityPageFactory(
        parent=index,
        title="Stroke trial co-applicant",
        slug="stroke",
        closes_on=today + datetime.timedelta(days=3),
        format=OpportunityPage.Format.HYBRID,
        region=leeds,
    )
    last_day = OpportunityPageFactory(
        parent=index, title="App testing panel", slug="apps", closes_on=today, themes=[digital]
    )
    closed = OpportunityPageFactory(
        parent=index,
        title="Young people's panel",
        slug="closed",
        closes_on=today - datetime.timedelta(days=1),
    )
    return index, later, soon, last_day, closed


def listed(html):
    return re.findall(r'nhsuk-card__link" href="[^"]+">([^<]+)</a>', html)


def test_open_roles_closing_soonest_first_and_closed_ones_left_out(client, roles):
    html = client.get("/en/opportunities/").content.decode()
    assert listed(html) == ["App testing panel", "Stroke trial co-applicant", "Dementia advisory group"]
    assert "3 open opportunities" in html
    assert html.count("Closing soon") == 2


def test_a_role_leaves_the_listing_the_day_after_it_closes(client, roles, monkeypatch):
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr("opportunities.models.timezone.now", lambda: tomorrow)
    html = client.get("/en/opportunities/").content.decode()
    assert listed(html) == ["Stroke trial co-applicant", "Dementia advisory group"]


def test_a_closed_role_says_so_and_offers_no_contact(client, roles):
    html = client.get("/en/opportunities/closed/").content.decode()
    assert "This opportunity closed on" in html and "You can no longer express interest." in html
    assert "mailto:" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_an_open_role_states_payment_time_and_who_to_contact(client, roles):
    html = client.get("/en/opportunities/dementia/").content.decode()
    assert "£25 an hour" in html and "Meetings and reading time." in html
    assert 'href="/en/payment/">Payment for your time</a>' in html
    assert "Two hours a quarter" in html
    assert 'href="mailto:involvement@hub.example?subject=Dementia%20advisory%20group"' in html


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({"theme": "digital"}, ["App testing panel"]),
        ({"format": "in_person"}, ["Stroke trial co-applicant"]),  # hybrid roles can be done in person
        ({"region": "yorkshire"}, ["Stroke trial co-applicant"]),
        ({"region": "atlantis"}, []),
    ],
)
def test_filters(client, roles, params, titles):
    html = client.get("/en/opportunities/", params).content.decode()
    assert listed(html) == titles
    if not titles:
        assert "No open opportunities match your filters." in html


def test_opportunities_are_searchable(client, roles):
    html = re.sub(r"</?mark>", "", client.get("/en/search/", {"q": "stroke co-applicant"}).content.decode())
    assert ">Stroke trial co-applicant</a>" in html


def test_feeds_list_open_roles_newest_first_with_closing_date_and_payment(client, roles):
    import xml.etree.ElementTree as ET

    index, later, soon, last_day, closed = roles
    for n, role in enumerate([soon, later, last_day, closed]):  # published in this order
        role.first_published_at = timezone.now() - datetime.timedelta(days=10 - n)
        role.save(update_fields=["first_published_at"])
    later.payment_rate = "£25 an hour"
    later.summary = "Help a study of dementia care."
    later.save_revision().publish()

    html = client.get("/en/opportunities/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/en/opportunities/feed/rss/"' in html

    response = client.get("/en/opportunities/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "App testing panel",
        "Dementia advisory group",
        "Stroke trial co-applicant",
    ]  # the closed role is left out
    closes = later.closes_on
    assert items[1].findtext("description") == (
        f"Help a study of dementia care. Closes on {closes.day} {closes:%B %Y}. Payment: £25 an hour."
    )
    assert items[0].findtext("category") == "Digital technologies"

    atom = client.get("/en/opportunities/feed/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert b"Dementia advisory group" in atom.content and b"Young people" not in atom.content
