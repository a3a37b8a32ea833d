"""'Check your answers': nothing is sent until the reader says so, and going back keeps everything."""

import os
import time

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from casestudies import share_draft
from casestudies.models import Submission
from tests.casestudies import community_kit as kit

pytestmark = pytest.mark.django_db
community = kit.community


def pending_photos():
    folder = settings.MEDIA_ROOT / share_draft.PHOTO_DIR
    return sorted(os.listdir(folder)) if folder.exists() else []


@pytest.fixture(autouse=True)
def _no_pending_photos_left():
    before = pending_photos()
    yield
    for name in set(pending_photos()) - set(before):
        os.remove(settings.MEDIA_ROOT / share_draft.PHOTO_DIR / name)


def with_photo(community, **overrides):
    data = kit.form_data(
        community, consent_pictured="on", photo_1_description="Carers at the recipe workshop", **overrides
    )
    data["photo_1"] = SimpleUploadedFile("IMG_1.png", kit.png_bytes(), content_type="image/png")
    return data


def test_the_form_leads_to_check_your_answers_and_sends_nothing_yet(client, community):
    response = client.post(kit.share_url(community), kit.form_data(community))
    assert response.status_code == 302
    assert response["Location"] == kit.check_url(community)
    assert not Submission.objects.exists()

    check = client.get(kit.check_url(community))
    html = check.content.decode()
    assert check.status_code == 200
    assert "Check your answers before sending your example" in html
    assert "Recipe cards written with a carers&#x27; group" in html
    assert community.themes[0].name in html and community.themes[2].name in html
    assert "amira@example.net" in html
    assert f'href="{kit.share_url(community)}#id_title"' in html
    assert 'Change<span class="nhsuk-u-visually-hidden"> give your example a short title</span>' in html
    assert "private" in check["Cache-Control"] and "no-store" in check["Cache-Control"]
    assert not Submission.objects.exists()


def test_change_keeps_every_answer_and_the_photo(client, community):
    client.post(kit.share_url(community), with_photo(community))
    assert len(pending_photos()) == 1

    back = client.get(kit.share_url(community)).content.decode()
    assert 'value="Recipe cards written with a carers&#x27; group"' in back
    assert "Keep photo 1, which you have already chosen" in back
    assert "Please choose your photo again" not in back

    changed = kit.form_data(
        community,
        title="Recipe cards, second edition",
        consent_pictured="on",
        photo_1_description="Carers at the recipe workshop",
        keep_photo_1="on",
    )
    assert client.post(kit.share_url(community), changed)["Location"] == kit.check_url(community)
    check = client.get(kit.check_url(community)).content.decode()
    assert "Recipe cards, second edition" in check
    assert "Photo 1: Carers at the recipe workshop" in check

    received = client.post(kit.check_url(community))
    assert "/share/received/" in received["Location"]
    submission = Submission.objects.get()
    assert submission.page.draft_title == "Recipe cards, second edition"
    assert submission.page.photos.count() == 1
    assert pending_photos() == []  # the draft's copy is gone once the example is stored


def test_unticking_keep_removes_the_photo(client, community):
    client.post(kit.share_url(community), with_photo(community))
    without = kit.form_data(community)  # no keep_photo_1, no description
    assert client.post(kit.share_url(community), without)["Location"] == kit.check_url(community)
    assert pending_photos() == []
    assert "No photos" in client.get(kit.check_url(community)).content.decode()
    client.post(kit.check_url(community))
    assert Submission.objects.get().page.photos.count() == 0


def test_a_second_click_on_send_shows_the_same_confirmation(client, community):
    client.post(kit.share_url(community), kit.form_data(community))
    first = client.post(kit.check_url(community))
    second = client.post(kit.check_url(community))
    assert first["Location"] == second["Location"]
    assert Submission.objects.count() == 1


def test_without_a_draft_the_check_page_goes_back_to_the_form(client, community):
    response = client.get(kit.check_url(community))
    assert response.status_code == 302 and response["Location"] == kit.share_url(community)
    assert client.post(kit.check_url(community))["Location"] == kit.share_url(community)
    assert not Submission.objects.exists()


def test_an_expired_draft_goes_back_to_the_form_with_its_message(client, community):
    client.post(kit.share_url(community), kit.form_data(community, form_token=kit.form_token(age_seconds=60)))
    session = client.session
    session[share_draft.SESSION_KEY]["answers"]["form_token"] = [kit.form_token(age_seconds=2 * 86400)]
    session.save()
    assert client.post(kit.check_url(community))["Location"] == kit.share_url(community)
    assert not Submission.objects.exists()
    # The form comes back filled in, with a fresh token, so continuing works.
    html = client.get(kit.share_url(community)).content.decode()
    assert 'value="Recipe cards written with a carers&#x27; group"' in html
    assert "This form has expired" not in html


def test_abandoned_draft_photos_are_cleared(client, community, settings):
    client.post(kit.share_url(community), with_photo(community))
    [name] = pending_photos()
    path = settings.MEDIA_ROOT / share_draft.PHOTO_DIR / name
    old = time.time() - settings.SESSION_COOKIE_AGE - 60
    os.utime(path, (old, old))
    assert share_draft.clear_abandoned() == 1
    assert pending_photos() == []


def test_the_confirmation_says_how_to_ask_a_question_and_keep_a_copy(client, community):
    from hub.models import SiteSettings

    SiteSettings.objects.update_or_create(
        site=community.site, defaults={"contact_email": "hello@hub.example", "contact_phone": "0161 000 0000"}
    )
    sent = kit.send(client, community, kit.form_data(community))
    html = client.get(sent["Location"]).content.decode()
    contact = html.split('id="contact-us"', 1)[1].split("</ul>", 1)[0]
    assert 'href="mailto:hello@hub.example"' in contact
    assert '<a href="tel:01610000000"><bdi dir="ltr">0161 000 0000</bdi></a>' in contact
    assert Submission.objects.get().reference in html
    assert 'id="print-page" data-hub-print hidden>Print this page</button>' in html
