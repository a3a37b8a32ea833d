"""Registering interest in an event or an opportunity without an account: what is stored, what
is sent (an acknowledgement in the reader's language and a note to staff, both through the
outbox), what is refused, and who can read the staff report."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone, translation

from casestudies.models import OutgoingEmail
from hub.models import SiteSettings
from interest.models import InterestRegistration
from interest.services import register
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
)

pytestmark = pytest.mark.django_db

FORM = "register-interest/"


@pytest.fixture
def pages(site_tree):
    SiteSettings.objects.update_or_create(
        site=site_tree.site, defaults={"contact_email": "events@hub.example"}
    )
    events = EventIndexPageFactory(parent=site_tree.home, slug="events")
    opportunities = OpportunityIndexPageFactory(parent=site_tree.home, slug="opportunities")
    today = timezone.localdate()
    return {
        "role": OpportunityPageFactory(
            parent=opportunities, title="Dementia advisory group", slug="dementia"
        ),
        "closed": OpportunityPageFactory(
            parent=opportunities,
            title="Closed panel",
            slug="closed",
            closes_on=today - datetime.timedelta(days=1),
        ),
        "webinar": EventPageFactory(parent=events, title="Paying people webinar", slug="webinar"),
        "course": EventPageFactory(parent=events, title="A course", slug="course", bursary_places=4),
        "booked": EventPageFactory(parent=events, title="Full workshop", slug="full", fully_booked=True),
        "elsewhere": EventPageFactory(
            parent=events, title="Booked elsewhere", slug="elsewhere", booking_url="https://tickets.example/"
        ),
    }


def send(client, page, **answers):
    data = {"name": "Ada Lovelace", "email": "ada@example.org", "note": "", "website": "", **answers}
    return client.post(page.url + FORM, data)


def test_the_page_offers_the_form_only_where_interest_is_taken(client, pages):
    assert "Express interest" in client.get(pages["role"].url).content.decode()
    assert "Register your interest" in client.get(pages["webinar"].url).content.decode()
    for key in ("closed", "booked", "elsewhere"):
        html = client.get(pages[key].url).content.decode()
        assert FORM not in html, key
        response = client.get(pages[key].url + FORM)
        assert response.status_code == 302 and response["Location"] == pages[key].url, key


def test_the_form_is_never_cached_and_asks_about_a_bursary_only_where_there_are_places(client, pages):
    response = client.get(pages["webinar"].url + FORM)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert 'name="wants_bursary"' not in response.content.decode()
    assert 'name="wants_bursary"' in client.get(pages["course"].url + FORM).content.decode()


def test_a_registration_is_stored_and_acknowledged_through_the_outbox(client, pages):
    response = send(client, pages["role"], note="I need a hearing loop.")
    assert response.status_code == 302
    assert response["Location"] == pages["role"].url + FORM + "sent/"
    registration = InterestRegistration.objects.get()
    assert (registration.page_id, registration.name, registration.email) == (
        pages["role"].pk,
        "Ada Lovelace",
        "ada@example.org",
    )
    assert registration.note == "I need a hearing loop." and registration.language_code == "en"
    to_reader = OutgoingEmail.objects.get(to="ada@example.org")
    assert "Dementia advisory group" in to_reader.subject
    assert "I need a hearing loop." in to_reader.body
    assert to_reader.headers["Reply-To"] == "involvement@hub.example"  # the role's own contact
    to_staff = OutgoingEmail.objects.get(to="involvement@hub.example")
    assert "Ada Lovelace" in to_staff.body and to_staff.headers["Reply-To"] == "ada@example.org"
    assert "Thank you" in client.get(response["Location"]).content.decode()


def test_an_event_without_its_own_contact_tells_the_hubs_contact_address(client, pages):
    send(client, pages["course"], wants_bursary="on")
    assert InterestRegistration.objects.get().wants_bursary
    staff = OutgoingEmail.objects.get(to="events@hub.example")
    assert "Asks for a bursary place." in staff.body


def test_sending_again_updates_the_one_registration(client, pages):
    send(client, pages["webinar"])
    send(client, pages["webinar"], email="ADA@example.org", name="Ada King")
    registration = InterestRegistration.objects.get()
    assert registration.name == "Ada King" and registration.email == "ada@example.org"
    assert "updated your details" in OutgoingEmail.objects.filter(to="ADA@example.org").get().body


def test_the_acknowledgement_is_in_the_readers_language(pages):
    with translation.override("cy"):
        register(pages["webinar"], {"name": "Ffion", "email": "ffion@example.org"}, "cy")
    email = OutgoingEmail.objects.get(to="ffion@example.org")
    assert "Paying people webinar" in email.subject and "interest" not in email.subject.lower()
    assert email.body.startswith("Helo Ffion")


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"name": "", "email": ""}, "Enter your name"),
        ({"email": "not an address"}, "Enter an email address in the correct format"),
        ({"note": "x" * 1001}, "must be 1000 characters or fewer"),
        ({"website": "http://spam.example"}, "Leave this field empty"),
    ],
)
def test_bad_answers_are_shown_plainly_and_change_nothing(client, pages, answers, message):
    response = send(client, pages["role"], **answers)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "There is a problem" in response.content.decode()
    assert not InterestRegistration.objects.exists() and not OutgoingEmail.objects.exists()


def test_too_many_posts_from_one_address_are_refused(client, pages, settings):
    settings.COMMUNITY_POSTS_PER_HOUR = 2
    for n in range(2):
        assert send(client, pages["role"], email=f"p{n}@example.org").status_code == 302
    response = send(client, pages["role"], email="p3@example.org")
    assert response.status_code == 429
    assert InterestRegistration.objects.count() == 2


def test_editors_and_moderators_read_the_report_others_cannot(client, pages, django_user_model):
    send(client, pages["role"])
    admin_access = Permission.objects.get(codename="access_admin")
    for group in ("Editors", "Moderators", None):
        user = django_user_model.objects.create_user(f"user-{group}", password="x")
        user.user_permissions.add(admin_access)
        if group:
            user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        response = client.get("/admin/reports/interest/")
        if group:
            assert response.status_code == 200, group
            assert "ada@example.org" in response.content.decode()
            assert "Interest registrations" in client.get("/admin/", follow=True).content.decode()
            export = client.get("/admin/reports/interest/?export=csv")
            assert b"Dementia advisory group" in b"".join(export.streaming_content)
        else:
            assert response.status_code == 302  # back to the dashboard, with a message
            assert "ada@example.org" not in client.get(response["Location"]).content.decode()
        client.logout()


def test_registrations_are_erased_after_a_year(pages):
    old = InterestRegistration.objects.create(
        page=pages["role"],
        name="Old",
        email="old@example.org",
        language_code="en",
        created_at=timezone.now() - datetime.timedelta(days=366),
    )
    recent = InterestRegistration.objects.create(
        page=pages["role"], name="New", email="new@example.org", language_code="en"
    )
    call_command("erase_old_interest", verbosity=0)
    assert list(InterestRegistration.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not InterestRegistration.objects.filter(pk=old.pk).exists()
