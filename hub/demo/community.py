"""Community examples at every stage of review, sent the way the public sends them, and a
published collection that compiles the published ones.

Each example goes through the real submission service and the real review workflow: three
pass all three stages and are published, one waits for the moderator, one is with the lay
review panel, and one has had changes requested. Reviewers' decisions are made by a demo
reviewer account that cannot sign in. Examples are keyed by an idempotency key, so loading
again finds them and changes nothing.
"""

import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from wagtail.models import TaskState

from casestudies.models import Submission
from casestudies.services.submit import submit_example
from layreview.models import LayReviewLink

from .base import PageSpec, at_nine, upsert_pages

# (key, answers, how far its review has gone)
EXAMPLES = [
    (
        "memory-walks",
        {
            "title": "Memory walks: planning a study on the move",
            "stage": "done",
            "what_we_did": "Our carers' group walked the route of a local memory walk with two researchers, "
            "talking about what a study of walking groups should ask.",
            "who_was_involved": "Twelve carers and people living with dementia, two researchers.",
            "what_changed": "The study dropped a long questionnaire and now asks people about walks as they walk.",
            "advice": "Meet people where they already are, and walk at their pace.",
            "group_name": "Riverside Carers",
            "credit_preference": "group",
            "region": "north-west",
            "themes": ["inclusion-and-diversity"],
        },
        "published",
    ),
    (
        "radio-show",
        {
            "title": "A community radio show about taking part in research",
            "stage": "done",
            "what_we_did": "Volunteers made six radio shows in Urdu and English about what taking part in "
            "research is like, with researchers as guests.",
            "who_was_involved": "Eight volunteers from a community radio station, four researchers.",
            "what_changed": "Two studies changed their information sheets after listeners' questions on air.",
            "advice": "Let the community ask the questions; researchers answer them.",
            "group_name": "Sunrise Community Radio",
            "credit_preference": "group",
            "region": "west-midlands",
            "themes": ["inclusion-and-diversity", "digital-technologies"],
        },
        "published",
    ),
    (
        "paid-on-the-day",
        {
            "title": "Paid on the day: how our panel gets paid",
            "stage": "underway",
            "what_we_did": "Our public panel worked with the finance team to pay members on the day of each "
            "meeting, by bank transfer or voucher.",
            "who_was_involved": "A panel of ten public contributors and the university finance office.",
            "what_changed": "Nobody waits weeks for payment now, and more people can afford to join.",
            "advice": "Ask finance to a panel meeting early; they want to help.",
            "group_name": "Valleys Research Panel",
            "credit_preference": "anonymous",
            "region": "wales",
            "themes": ["fit-for-purpose-processes"],
        },
        "published",
    ),
    (
        "youth-podcast",
        {
            "title": "Young people's podcast on mental health research",
            "stage": "planned",
            "what_we_did": "We are planning a podcast where young people interview researchers about "
            "mental health studies.",
            "who_was_involved": "A youth group of 15 and a researcher.",
            "what_changed": "",
            "advice": "",
            "group_name": "Eastside Youth Voice",
            "credit_preference": "group",
            "region": "london",
            "themes": ["digital-technologies"],
        },
        "waiting",
    ),
    (
        "faith-groups",
        {
            "title": "Talking with faith groups about organ donation research",
            "stage": "underway",
            "what_we_did": "Researchers joined meetings at three places of worship to listen before "
            "designing their study.",
            "who_was_involved": "Members of three faith groups and a research team.",
            "what_changed": "The study will recruit through faith leaders, with materials they helped write.",
            "advice": "Listen first. Come back to say what you did with what you heard.",
            "group_name": "Leicester Faith Forum",
            "credit_preference": "group",
            "region": "east-midlands",
            "themes": ["inclusion-and-diversity"],
        },
        "lay_panel",
    ),
    (
        "hospital-menu",
        {
            "title": "Patients rewrote the hospital menu survey",
            "stage": "done",
            "what_we_did": "Patients on two wards rewrote a survey about hospital food so that it was short "
            "and easy to answer.",
            "who_was_involved": "Patients and a dietitian.",
            "what_changed": "Twice as many people answered the new survey.",
            "advice": "Test it with the people who will fill it in.",
            "group_name": "Ward 7 patients",
            "credit_preference": "anonymous",
            "region": "south-east",
            "themes": ["fit-for-purpose-processes"],
        },
        "changes_requested",
    ),
]

CHANGE_REQUEST = (
    "Thank you. Could you say a little more about how the survey was tested, and confirm that the "
    "patients agreed to their ward being named?"
)


def demo_reviewer():
    """The account the demo's review decisions are made by. It cannot sign in."""
    user, created = get_user_model().objects.get_or_create(
        username="demo-reviewer", defaults={"first_name": "Demo", "last_name": "Reviewer", "is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _current_task(page):
    return TaskState.objects.for_instance(page).filter(status=TaskState.STATUS_IN_PROGRESS).first()


def _review(submission, outcome, reviewer):
    """Take the example's review as far as ``outcome``, from wherever it is now."""
    approvals = {"waiting": 0, "lay_panel": 1, "changes_requested": 0, "published": 3}[outcome]
    page = submission.page
    for _step in range(approvals):
        task_state = _current_task(page)
        if task_state is None:
            break
        task_state.approve(user=reviewer)
        page.refresh_from_db()
    if outcome == "changes_requested" and submission.status != Submission.Status.CHANGES_REQUESTED:
        task_state = _current_task(page)
        if task_state is not None:
            task_state.reject(user=reviewer, comment=CHANGE_REQUEST)


def load_community_examples(ctx):
    ctx.progress.step("Sending community examples")
    index = ctx.page("community-examples")
    reviewer = demo_reviewer()
    outcomes = []
    for number, (key, answers, outcome) in enumerate(EXAMPLES, start=1):
        data = {
            **answers,
            "contact_name": f"{answers['group_name']} contact",
            "contact_email": f"{key}@example.org",
            "consent_publish": True,
            "consent_contact": True,
            "region": ctx.term("regions", answers["region"]),
            "themes": ctx.term_list("themes", answers["themes"]),
        }
        submission, created = submit_example(index, data, idempotency_key=f"demo-{key}")
        if created:
            _review(submission, outcome, reviewer)
            if outcome == "lay_panel":
                # A link for a lay reviewer without an account (Snippets > Lay review links).
                LayReviewLink.objects.create(page=submission.page, reviewer_name="Grace Adeyemi")
        outcomes.append("created" if created else "unchanged")
        ctx.progress.item("Community examples", number, len(EXAMPLES), answers["title"], outcomes[-1])
    ctx.progress.done("Community examples", outcomes)


def collection_spec():
    return PageSpec(
        apps.get_model("casestudies", "CollectionPage"),
        "what-you-told-us-2026",
        {
            "title": "What you told us in 2026",
            "summary": "The community examples published this year, and what they have in common.",
            "what_we_heard": "<p>Groups told us the same thing in different ways: go to where people "
            "already are, pay them promptly, and come back to say what changed.</p>",
            "include_matching": True,
            "date_from": datetime.date(2026, 1, 1),
        },
        first_published_at=at_nine(datetime.date(2026, 11, 20)),
    )


def load_collection(ctx):
    ctx.progress.step("Compiling a collection")
    upsert_pages(ctx.page("community-examples"), [collection_spec()], ctx, "Collections")
