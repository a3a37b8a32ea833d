"""Two people's interest in an event and a role, so the staff report has something to show.

The people are made up and their addresses use the reserved example.org domain; stored
directly, so loading the demo sends no email.
"""

from datetime import timedelta

from django.utils import timezone

from interest.models import InterestRegistration

REGISTRATIONS = [
    (
        "paying-public-contributors-webinar",
        "Sam Okoye",
        "sam.okoye@example.org",
        "I use a screen reader. Will the slides be sent before the webinar?",
        False,
    ),
    (
        "dementia-study-advisory-group",
        "Aled Rees",
        "aled.rees@example.org",
        "I care for my father, who has dementia. I can only meet in the evenings.",
        False,
    ),
]


def load_interest(ctx):
    ctx.progress.step("Adding interest in an event and an opportunity")
    for days_ago, (slug, name, email, note, bursary) in enumerate(REGISTRATIONS, start=2):
        InterestRegistration.objects.update_or_create(
            page=ctx.page(slug),
            email=email,
            defaults={
                "name": name,
                "note": note,
                "wants_bursary": bursary,
                "language_code": "en",
                "created_at": timezone.now() - timedelta(days=days_ago),
            },
        )
