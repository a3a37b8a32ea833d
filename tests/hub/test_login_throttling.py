"""Guessing an admin password is throttled: after 5 wrong tries, even the right one is refused for a while."""

import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-long-password"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "editor@staff.example.org", PASSWORD, is_staff=True
    )


def sign_in(client, password, username="editor"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_thirty_wrong_passwords_then_the_right_one_is_refused(client, editor):
    for _ in range(30):
        sign_in(client, "a-wrong-guess")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many attempts to sign in" in html
    assert "paused for 15 minutes" in html
    assert "_auth_user_id" not in client.session


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_a_few_mistakes_do_not_lock_anyone_out_and_success_resets_the_count(client, editor):
    for _ in range(4):
        assert sign_in(client, "a-wrong-guess").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302  # into the admin
    client.logout()
    for _ in range(4):
        sign_in(client, "a-wrong-guess")
    assert sign_in(client, PASSWORD).status_code == 302


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_a_lockout_for_one_username_does_not_lock_out_another(client, editor, django_user_model):
    django_user_model.objects.create_user("moderator", "m@staff.example.org", PASSWORD, is_staff=True)
    for _ in range(6):
        sign_in(client, "a-wrong-guess")
    assert sign_in(client, PASSWORD, username="moderator").status_code == 302
