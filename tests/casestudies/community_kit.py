"""Shared fixtures and helpers for the community-examples tests (imported by each test module)."""

import io
import time

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from PIL import Image

from casestudies.forms import FORM_TOKEN_SALT
from casestudies.services.workflow import ensure_workflow
from tests.factories import ApproachFactory, SharedLearningIndexPageFactory, ThemeFactory

FIVE_AREAS = [
    "Inclusion and diversity",
    "Learning and development",
    "Impact",
    "Digital technologies",
    "Processes fit for purpose",
]


@pytest.fixture
def community(site_tree):
    """The site tree plus a community-examples index (with its workflow) and the five areas of focus."""
    index = SharedLearningIndexPageFactory(parent=site_tree.home, title="Community examples", slug="examples")
    ensure_workflow(index)
    site_tree.index = index
    site_tree.themes = [ThemeFactory(name=name, sort_order=i) for i, name in enumerate(FIVE_AREAS)]
    site_tree.approach = ApproachFactory(name="Co-production")
    return site_tree


def make_user(django_user_model, username, *groups, superuser=False):
    if superuser:
        return django_user_model.objects.create_superuser(username, f"{username}@staff.example.org", "pw")
    user = django_user_model.objects.create_user(username, f"{username}@staff.example.org", "pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def staff(db, django_user_model):
    """One user per role: moderator, lay reviewer, editor, admin."""
    from types import SimpleNamespace

    return SimpleNamespace(
        moderator=make_user(django_user_model, "moderator", "Moderators"),
        reviewer=make_user(django_user_model, "reviewer", "Public reviewers"),
        editor=make_user(django_user_model, "editor", "Editors"),
        admin=make_user(django_user_model, "admin", superuser=True),
    )


def form_token(age_seconds=60, key=None):
    return signing.dumps(
        {"t": time.time() - age_seconds, "k": key or f"key-{time.time_ns()}"}, salt=FORM_TOKEN_SALT
    )


def form_data(community, **overrides):
    data = {
        "title": "Recipe cards written with a carers' group",
        "stage": "done",
        "what_we_did": "We met six times at the community centre and wrote recipe cards together.",
        "who_was_involved": "Carers from the Riverside group and two dietitians.",
        "what_changed": "The study leaflet was rewritten in plain English.",
        "advice": "Pay people for their time and meet where they already go.",
        "themes": [community.themes[0].pk, community.themes[2].pk],
        "approaches": [community.approach.pk],
        "group_name": "Riverside Carers",
        "credit_preference": "group",
        "credit_names": "",
        "contact_name": "Amira Khan",
        "contact_email": "amira@example.net",
        "consent_publish": "on",
        "consent_contact": "on",
        "website": "",
        "form_token": form_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def share_url(community):
    return community.index.url + community.index.reverse_subpage("share")


def check_url(community):
    return community.index.url + community.index.reverse_subpage("share_check")


def send(client, community, data, **extra):
    """Fill in the share form and, when it is accepted, send it from "Check your answers".

    Returns the last response: the form's own (400, 429) or the one after "Send" (302).
    """
    response = client.post(share_url(community), data, **extra)
    if response.status_code == 302 and response["Location"] == check_url(community):
        response = client.post(check_url(community), **extra)
    return response


def png_bytes(size=(20, 20), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "green").save(buffer, format=fmt)
    return buffer.getvalue()
