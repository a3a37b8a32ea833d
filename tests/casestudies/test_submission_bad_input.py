"""Bad input to the public form: each gets a clear message, and nothing is stored."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from casestudies.models import OutgoingEmail, SharedLearningPage, Submission
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, form_token, png_bytes, send

pytestmark = pytest.mark.django_db
community = kit.community


def assert_refused(client, community, data, message, status=400):
    response = send(client, community, data)
    html = response.content.decode()
    assert response.status_code == status, html[:300]
    assert "There is a problem" in html
    assert message in html
    assert Submission.objects.count() == 0
    assert SharedLearningPage.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0
    assert mail.outbox == []
    return html


def test_missing_consent_to_publish(client, community):
    html = assert_refused(
        client, community, form_data(community, consent_publish=None), "You must agree that we can publish"
    )
    assert 'href="#id_consent_publish"' in html  # the error summary links to the box


def test_missing_required_answers(client, community):
    assert_refused(
        client,
        community,
        form_data(community, title="", what_we_did=""),
        "Enter a short title for your example",
    )


def test_over_long_answer(client, community):
    assert_refused(
        client, community, form_data(community, what_we_did="a" * 3001), "3000 characters or fewer"
    )


def test_over_long_title(client, community):
    assert_refused(client, community, form_data(community, title="t" * 121), "120 characters or fewer")


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        "Hello <b>world</b>",
        '<img src=x onerror="alert(1)">',
        "Click javascript:alert(1)",
        "<a href='https://example.com'>link</a>",
    ],
)
def test_script_and_html_payloads(client, community, payload):
    assert_refused(
        client,
        community,
        form_data(community, what_we_did=payload),
        "in plain text. Remove anything that looks like web code",
    )


@pytest.mark.parametrize(
    "payload",
    ["evil\u202etxt.exe", "zero\u200bwidth", "bell\x07", "bom\ufeffhere"],
)
def test_odd_unicode(client, community, payload):
    assert_refused(client, community, form_data(community, title=payload), "hidden characters")


def test_null_character(client, community):
    assert_refused(
        client, community, form_data(community, advice="nul\x00l"), "Null characters are not allowed"
    )


def test_fake_image(client, community):
    data = form_data(community, consent_pictured="on", photo_1_description="A photo")
    data["photo_1"] = SimpleUploadedFile(
        "photo.png", b"<?php echo 'not an image'; ?>", content_type="image/png"
    )
    assert_refused(client, community, data, "must be a JPEG, PNG or WebP photo")


def test_gif_is_not_accepted(client, community):
    data = form_data(community, consent_pictured="on", photo_1_description="A photo")
    data["photo_1"] = SimpleUploadedFile("photo.gif", png_bytes(fmt="GIF"), content_type="image/gif")
    assert_refused(client, community, data, "must be a JPEG, PNG or WebP photo")


def test_oversized_image(client, community, settings):
    settings.COMMUNITY_PHOTO_MAX_BYTES = 1024 * 1024
    data = form_data(community, consent_pictured="on", photo_1_description="A photo")
    big = png_bytes() + b"\0" * (1024 * 1024 + 1)  # a real PNG header padded past the limit
    data["photo_1"] = SimpleUploadedFile("big.png", big, content_type="image/png")
    assert_refused(client, community, data, "must be smaller than 1.0\xa0MB")


def test_photo_needs_permission_from_people_pictured(client, community):
    data = form_data(community, photo_1_description="A photo")
    data["photo_1"] = SimpleUploadedFile("photo.png", png_bytes(), content_type="image/png")
    assert_refused(client, community, data, "everyone who can be recognised")


def test_honeypot(client, community):
    assert_refused(
        client, community, form_data(community, website="http://spam.example"), "Leave this field empty"
    )


def test_filled_too_fast(client, community):
    assert_refused(
        client,
        community,
        form_data(community, form_token=form_token(age_seconds=0)),
        "quicker than we expect",
    )


def test_forged_form_token(client, community):
    assert_refused(
        client, community, form_data(community, form_token="forged:token:value"), "This form has expired"
    )


def test_expired_form_token(client, community):
    assert_refused(
        client,
        community,
        form_data(community, form_token=form_token(age_seconds=2 * 86400)),
        "This form has expired",
    )


def test_rate_limit_per_address(client, community, settings):
    settings.COMMUNITY_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        assert send(client, community, form_data(community)).status_code == 302
    response = send(client, community, form_data(community))
    assert response.status_code == 429
    assert "several examples from this internet connection" in response.content.decode()
    assert Submission.objects.count() == 2
    # Another address is not affected.
    other = send(client, community, form_data(community), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


def test_replayed_form_creates_nothing_new(client, community, django_capture_on_commit_callbacks):
    data = form_data(community)
    with django_capture_on_commit_callbacks(execute=True):
        send(client, community, data)
        for _ in range(3):
            send(client, community, data)
    assert Submission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_named_credit_needs_names(client, community):
    assert_refused(
        client, community, form_data(community, credit_preference="named"), "Enter the names to show"
    )
