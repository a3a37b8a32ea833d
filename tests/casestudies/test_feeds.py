"""RSS and Atom feeds of case studies and community examples: live, public pages only, newest
first, with what the listing shows and never a sender's contact details."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import (
    CaseStudyPageFactory,
    SharedLearningIndexPageFactory,
    SharedLearningPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def feed_items(client, url, content_type="application/rss+xml"):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith(content_type)
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, parsed in a test
    return root.find("channel").findall("item") if root.tag == "rss" else root


def published_days_ago(page, days):
    page.first_published_at = timezone.now() - datetime.timedelta(days=days)
    page.save(update_fields=["first_published_at"])


def test_case_study_feed_lists_live_public_case_studies_newest_first(client, site_tree):
    index = site_tree.case_study_index
    theme = ThemeFactory(name="Inclusion")
    older = CaseStudyPageFactory(parent=index, title="Older study", summary="An older one.")
    newer = CaseStudyPageFactory(parent=index, title="Newer study", summary="A newer one.", themes=[theme])
    published_days_ago(older, 30)
    published_days_ago(newer, 2)
    CaseStudyPageFactory(parent=index, title="Draft study", live=False)
    private = CaseStudyPageFactory(parent=index, title="Private study")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    html = client.get(index.url).content.decode()
    assert 'href="/en/case-studies/feed/rss/"' in html and "Follow new case studies" in html

    items = feed_items(client, index.url + "feed/rss/")
    assert [item.findtext("title") for item in items] == ["Newer study", "Older study"]
    assert items[0].findtext("description") == "A newer one."
    assert items[0].findtext("category") == "Inclusion"
    atom = feed_items(client, index.url + "feed/atom/", "application/atom+xml")
    assert len(atom.findall("{http://www.w3.org/2005/Atom}entry")) == 2


def test_community_example_feed_lists_published_examples_without_contact_details(client, site_tree):
    index = SharedLearningIndexPageFactory(parent=site_tree.home, title="Community examples", slug="examples")
    example = SharedLearningPageFactory(
        parent=index,
        title="Memory walks",
        summary="",
        what_we_did="We walked the route with two researchers. " * 40,
    )
    SharedLearningPageFactory(parent=index, title="Waiting for review", live=False)

    html = client.get(index.url).content.decode()
    assert 'href="/en/examples/feed/atom/"' in html and "Follow new examples" in html

    [item] = feed_items(client, index.url + "feed/rss/")
    assert item.findtext("title") == "Memory walks"
    assert item.findtext("link").endswith(example.url)
    description = item.findtext("description")
    assert description.startswith("We walked the route") and description.endswith("…")
    assert len(description.split()) == 60  # cut to the first sixty words
