"""The share form as a browser and a screen reader meet it: unique ids, a real action, errors
that name their field, a token that is renewed, and every statement in the reader's language."""

import re
from collections import Counter

import pytest
from django.utils import translation

from casestudies.models import Submission
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, form_token, send, share_url

pytestmark = pytest.mark.django_db
community = kit.community


def ids_in(html):
    return re.findall(r'\sid="([^"]*)"', html)


def test_error_state_has_unique_ids_and_each_group_its_own_error(client, community):
    response = send(client, community, form_data(community, stage=None, credit_preference=None))
    html = response.content.decode()
    assert response.status_code == 400
    duplicates = [i for i, n in Counter(ids_in(html)).items() if n > 1]
    assert duplicates == []
    assert not [i for i in ids_in(html) if i.startswith("-")]
    # Each radio group's fieldset points at its own error message.
    assert 'id="id_stage-error"' in html and 'id="id_credit_preference-error"' in html
    assert re.search(r'<fieldset class="nhsuk-fieldset" aria-describedby="id_stage-error">', html)
    assert f'action="{share_url(community)}"' in html


def test_errors_name_their_field_in_plain_words(client, community):
    html = client.post(
        share_url(community), form_data(community, title="t" * 200, topic="999999")
    ).content.decode()
    assert "Your title must be 120 characters or fewer. It has 200." in html
    assert "Choose a topic from the list" in html
    assert "Select a valid choice" not in html


def test_a_form_left_open_for_two_days_can_still_be_sent_after_its_errors(client, community):
    stale = form_data(community, form_token=form_token(age_seconds=2 * 86400))
    html = send(client, community, stale).content.decode()
    assert "This form has expired" in html
    renewed = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    assert renewed != stale["form_token"]
    # The reader checks their answers and sends again (after the minimum fill time).
    response = send(client, community, {**stale, "form_token": renewed})
    assert response.status_code == 302
    assert Submission.objects.count() == 1


def test_the_intro_only_promises_what_the_form_does(client, community):
    html = client.get(share_url(community)).content.decode()
    assert "Only the first questions must be answered" not in html
    assert "Questions marked (optional) can be left out" in html
    optional_labels = ["Who was involved, and how? (optional)", "What changed because of it? (optional)"]
    assert all(label in html for label in optional_labels)


def test_consent_and_hints_in_the_readers_language(client, community):
    with translation.override("cy"):
        html = client.get(share_url(community), HTTP_ACCEPT_LANGUAGE="cy").content.decode()
    # The Welsh page (served at /en/ for this test tree, so rendered directly in Welsh).
    from casestudies.forms import SubmissionForm

    with translation.override("cy"):
        form = SubmissionForm(locale=community.index.locale)
        assert form.fields["consent_publish"].label.startswith("Rwy'n cytuno y gall yr hyb gyhoeddi")
        assert str(form.fields["what_we_did"].help_text).startswith("Dywedwch wrthym yn eich geiriau")
    with translation.override("ur"):
        form = SubmissionForm(locale=community.index.locale)
        assert "ہب" in form.fields["consent_contact"].label
    assert html  # the page renders in either case
    # Every submission keeps the version it agreed to, whatever the language it was read in.
    send(client, community, form_data(community))
    assert Submission.objects.get().consent_version.version == "2025-1"
