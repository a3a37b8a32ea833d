"""Translations reach readers only through the editorial workflow; translators hear what changed."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Page

from hub.translation import apply_string_translations, changed_strings, submit_translation_for_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(django_user_model):
    translator = django_user_model.objects.create_user("translator", "translator@example.org", "pw")
    translator.groups.add(Group.objects.get(name="Translators"))
    moderator = django_user_model.objects.create_user("moderator", "moderator@example.org", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    return translator, moderator, editor


def test_translation_stays_hidden_until_the_workflow_approves_it(client, welsh_tree, locales, people):
    translator, moderator, editor = people
    record = apply_string_translations(
        welsh_tree.case_study,
        locales["ur"],
        {"Volunteers tend a community garden": "رضاکار ایک کمیونٹی باغ کی دیکھ بھال کرتے ہیں"},
    )
    # Urdu needs its parents: translate them first, as drafts go through the workflow too.
    state = submit_translation_for_review(record, user=translator)
    page = record.get_target_instance().specific
    assert state is not None and state.status == state.STATUS_IN_PROGRESS
    assert not page.live
    assert page.get_latest_revision_as_object().title == "رضاکار ایک کمیونٹی باغ کی دیکھ بھال کرتے ہیں"
    assert client.get(page.get_url() or "/ur/case-studies/community-garden/").status_code == 404

    # Moderators check it, then an editor signs it off and it is published.
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    state.refresh_from_db()
    page.refresh_from_db()
    assert state.status == state.STATUS_IN_PROGRESS
    assert not page.live
    task_state = state.current_task_state
    assert list(task_state.task.specific.groups.values_list("name", flat=True)) == ["Editors"]
    task_state.task.specific.on_action(task_state, editor, "approve")
    state.refresh_from_db()
    page.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    assert page.live
    response = client.get(page.get_url())
    assert response.status_code == 200
    assert "رضاکار ایک کمیونٹی باغ" in response.content.decode()


def test_translator_cannot_publish_from_the_translation_editor(client, welsh_tree, locales, people):
    translator, *_ = people
    client.force_login(translator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh_tree.case_cy.pk])
    assert client.get(edit_url).status_code == 200
    live_revision = welsh_tree.case_cy.live_revision_id
    response = client.post(edit_url, {"action": "publish"})
    # Wagtail's admin answers a refused action by sending the user back to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert Page.objects.get(pk=welsh_tree.case_cy.pk).live_revision_id == live_revision


def test_translator_submits_from_the_admin(client, welsh_tree, locales, people):
    translator, *_ = people
    apply_string_translations(
        welsh_tree.case_study, locales["cy"], {"Volunteers tend a community garden": "Gwirfoddolwyr a'r ardd"}
    )
    client.force_login(translator)
    url = reverse("hub_submit_translation_for_review", args=[welsh_tree.case_cy.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    page = Page.objects.get(pk=welsh_tree.case_cy.pk).specific
    assert page.workflow_in_progress
    # Readers still see the published Welsh title until the change is approved.
    html = client.get("/cy/astudiaethau-achos/gardd-gymunedol/").content.decode()
    assert "Gwirfoddolwyr yn gofalu am ardd gymunedol" in html
    assert "Gwirfoddolwyr a&#x27;r ardd" not in html


def test_translators_are_told_what_changed(welsh_tree, people, django_capture_on_commit_callbacks):
    page = welsh_tree.case_study
    page.summary = "Volunteers, researchers and a school grew vegetables together."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert changed_strings(page) == ["Volunteers, researchers and a school grew vegetables together."]
    sent = [m for m in mail.outbox if m.to == ["translator@example.org"]]
    assert len(sent) == 1
    assert "Volunteers, researchers and a school grew vegetables together." in sent[0].body
    assert "Cymraeg" in sent[0].body or "Welsh" in sent[0].body
    assert "/admin/localize/update/" in sent[0].body
