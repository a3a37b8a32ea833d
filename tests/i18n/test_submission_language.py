"""A submission made in Urdu records its language, and every email to the submitter is in Urdu."""

import pytest
from django.core import mail

from casestudies.models import Submission
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data
from tests.i18n.conftest import translate

pytestmark = pytest.mark.django_db

community = kit.community


@pytest.fixture
def urdu_community(community, locales):
    ur = locales["ur"]
    translate(community.home, ur, {"Test hub home": "ہوم پیج"})
    _, index_ur = translate(community.index, ur, {"Community examples": "کمیونٹی کی مثالیں"})
    community.index_ur = index_ur
    # The form offers the areas of focus and approaches in the page's own language.
    community.themes_ur = [
        translate(theme, ur, {theme.name: f"{theme.name} (اردو)"})[1] for theme in community.themes
    ]
    community.approach_ur = translate(community.approach, ur, {"Co-production": "مشترکہ تخلیق"})[1]
    return community


def test_submission_in_urdu_gets_urdu_email(client, urdu_community, django_capture_on_commit_callbacks):
    index = urdu_community.index_ur
    url = index.url + index.reverse_subpage("share")
    assert url.startswith("/ur/")
    form = client.get(url)
    assert form.status_code == 200
    assert '<html lang="ur" dir="rtl"' in form.content.decode()

    data = form_data(
        urdu_community,
        themes=[urdu_community.themes_ur[0].pk, urdu_community.themes_ur[2].pk],
        approaches=[urdu_community.approach_ur.pk],
    )
    check_url = client.post(url, data)["Location"]
    assert check_url.startswith("/ur/")
    check = client.get(check_url).content.decode()
    assert "اپنی مثال بھیجنے سے پہلے اپنے جوابات دیکھ لیں" in check  # "Check your answers..."
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(check_url)
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.language_code == "ur"
    assert submission.page.get_parent().pk == index.pk

    sent = [m for m in mail.outbox if m.to == ["amira@example.net"]]
    assert len(sent) == 1
    english_words = ("Thank you", "We have received", "Your reference", "Engagement Hub")
    assert not any(word in sent[0].body for word in english_words), sent[0].body
    assert any("\u0600" <= ch <= "\u06ff" for ch in sent[0].subject + sent[0].body)
    assert "/ur/" in sent[0].body
    assert "صحت اور نگہداشت کی تحقیق کا انگیجمنٹ ہب" in sent[0].body  # the hub's name, in Urdu
