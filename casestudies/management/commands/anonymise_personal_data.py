"""Replace submitters' personal data with placeholders, in a copy of the database.

    manage.py anonymise_personal_data --database-name hub_copy

For a restored backup that developers or testers will use (docs/operations.md). It refuses to
run unless --database-name names the database it is connected to, so it cannot be run on the
live hub by mistake. What it changes, in one transaction:

- each submission's name, email, group and credited names become placeholders made from its
  reference, and any note on where it came from is emptied;
- every email in the outbox is addressed to example.invalid and its text removed;
- interest in events and roles keeps its page and date, with a placeholder name and email
  and no note; email alert subscriptions keep their choices with placeholder addresses;
- sessions (which may hold share-form drafts), the form rate limit's address hashes and the
  sign-in attempt records (IP addresses and usernames) are deleted;
- staff accounts keep their usernames and groups, with placeholder emails and names and no
  usable password.

What community groups wrote about their work is kept: it is the content under review.
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from alerts.models import AlertSubscription
from casestudies.models import FormPost, OutgoingEmail, Submission
from interest.models import InterestRegistration

PLACEHOLDER_DOMAIN = "example.invalid"


class Command(BaseCommand):
    help = "Replace submitters' and staff's personal data with placeholders, in a copy of the database."

    def add_arguments(self, parser):
        parser.add_argument(
            "--database-name",
            required=True,
            help="The name of the database this is connected to, to show it is the copy.",
        )

    def handle(self, *args, database_name, **options):
        connected_to = connection.settings_dict["NAME"]
        if database_name != connected_to:
            raise CommandError(
                f"This is connected to {connected_to!r}, not {database_name!r}: nothing was changed."
            )
        with transaction.atomic():
            counts = anonymise()
        for label, count in counts.items():
            self.stdout.write(f"{label}: {count}")
        self.stdout.write(self.style.SUCCESS(f"Personal data in {connected_to!r} replaced."))


def anonymise():
    submissions = 0
    for submission in Submission.objects.only("pk", "reference").iterator():
        Submission.objects.filter(pk=submission.pk).update(
            contact_name=f"Submitter {submission.reference}",
            contact_email=f"submitter-{submission.pk}@{PLACEHOLDER_DOMAIN}",
            group_name=f"Group {submission.reference}",
            credit_names="",
            source_note="",
        )
        submissions += 1
    emails = OutgoingEmail.objects.update(
        to=f"outbox@{PLACEHOLDER_DOMAIN}", body="(removed)", html_body="", last_error="", headers={}
    )
    interest = 0
    for pk in InterestRegistration.objects.values_list("pk", flat=True).iterator():
        InterestRegistration.objects.filter(pk=pk).update(
            name=f"Reader {pk}", email=f"interest-{pk}@{PLACEHOLDER_DOMAIN}", note=""
        )
        interest += 1
    alerts = 0
    for pk in AlertSubscription.objects.values_list("pk", flat=True).iterator():
        AlertSubscription.objects.filter(pk=pk).update(email=f"alerts-{pk}@{PLACEHOLDER_DOMAIN}")
        alerts += 1
    staff = 0
    for user in get_user_model().objects.all():
        user.email = f"user-{user.pk}@{PLACEHOLDER_DOMAIN}"
        user.first_name = user.last_name = ""
        user.set_unusable_password()
        user.save(update_fields=["email", "first_name", "last_name", "password"])
        staff += 1
    deleted = {
        "sessions deleted": Session.objects.all().delete()[0],
        "form rate-limit records deleted": FormPost.objects.all().delete()[0],
        "sign-in records deleted": sum(
            model.objects.all().delete()[0] for model in (AccessAttempt, AccessFailureLog, AccessLog)
        ),
    }
    return {
        "submissions": submissions,
        "outbox emails": emails,
        "interest registrations": interest,
        "alert subscriptions": alerts,
        "accounts": staff,
        **deleted,
    }
