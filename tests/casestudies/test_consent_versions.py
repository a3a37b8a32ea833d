"""Staff publish a new consent wording in the admin; each submission keeps the wording it agreed to."""

import re

import pytest
from django.urls import reverse

from casestudies.models import ConsentVersion, Submission
from tests.casestudies import community_kit as kit

pytestmark = pytest.mark.django_db
community = kit.community
staff = kit.staff

NEW_PUBLISH = "I agree that the hub may publish my example once its reviewers have checked it."
NEW_PUBLISH_CY = "Rwy'n cytuno y caiff yr hyb gyhoeddi fy enghraifft ar ôl i'w adolygwyr ei gwirio."


def wording(**overrides):
    data = {
        "version": "2026-2",
        "publish_text": NEW_PUBLISH,
        "contact_text": "I agree that the hub may email me about my example.",
        "pictured_text": "Everyone who can be recognised in my photos has agreed to their publication.",
        "publish_text_cy": NEW_PUBLISH_CY,
    }
    data.update(overrides)
    return data


def test_an_editor_publishes_a_new_wording_and_old_submissions_keep_theirs(client, community, staff):
    kit.send(client, community, kit.form_data(community))
    earlier = Submission.objects.get()
    old_version = earlier.consent_version

    client.force_login(staff.editor)
    response = client.post(reverse("wagtailsnippets_casestudies_consentversion:add"), wording())
    assert response.status_code == 302
    new_version = ConsentVersion.objects.get(version="2026-2")
    assert new_version.translations["cy"] == {"publish_text": NEW_PUBLISH_CY}
    assert ConsentVersion.current() == new_version
    client.logout()

    form = client.get(kit.share_url(community)).content.decode()
    assert NEW_PUBLISH in form and old_version.publish_text not in form
    kit.send(client, community, kit.form_data(community, title="A second example"))
    later = Submission.objects.get(page__title="A second example")
    assert later.consent_version == new_version
    earlier.refresh_from_db()
    assert earlier.consent_version == old_version  # what that person agreed to is unchanged


def test_a_wording_people_agreed_to_cannot_be_changed(client, community, staff):
    kit.send(client, community, kit.form_data(community))
    agreed = Submission.objects.get().consent_version
    original = agreed.publish_text
    client.force_login(staff.editor)
    url = reverse("wagtailsnippets_casestudies_consentversion:edit", args=[agreed.pk])
    response = client.post(url, wording(version=agreed.version, publish_text="Something else entirely."))
    assert response.status_code == 200
    assert "People have agreed to this wording, so it cannot be changed" in response.content.decode()
    agreed.refresh_from_db()
    assert agreed.publish_text == original


def test_the_admin_list_says_how_many_agreed_to_each_wording(client, community, staff):
    kit.send(client, community, kit.form_data(community))
    client.force_login(staff.editor)
    html = client.get(reverse("wagtailsnippets_casestudies_consentversion:list")).content.decode()
    assert Submission.objects.get().consent_version.version in html
    assert "Used by" in html


def test_a_form_opened_before_a_new_wording_is_recorded_with_the_wording_it_showed(
    client, community, settings
):
    settings.COMMUNITY_FORM_MIN_SECONDS = 0  # the token is the one the page gave, sent at once
    opened = client.get(kit.share_url(community)).content.decode()
    shown = ConsentVersion.current()
    assert shown.publish_text in opened
    token = re.search(r'name="form_token" value="([^"]+)"', opened).group(1)
    new = {key: value for key, value in wording().items() if not key.endswith("_cy")}
    ConsentVersion.objects.create(**new)  # published while the reader was writing

    kit.send(client, community, kit.form_data(community, form_token=token))
    assert Submission.objects.get().consent_version == shown
