"""Themes, approaches, research stages, topics and regions."""

from hub.models import Approach, Region, ResearchStage, Theme, Topic

from .base import upsert_object

# (slug, name, description). Order here is the order readers see.
THEMES = [
    (
        "inclusion-and-diversity",
        "Inclusion and diversity",
        "Working with a wider range of people and communities, especially those that research "
        "has often passed by, and building relationships that last beyond one project.",
    ),
    (
        "learning-and-development",
        "Learning and development",
        "Skills and confidence for researchers, public contributors and community groups, "
        "with learning that goes beyond the basics and a path to keep growing.",
    ),
    (
        "impact",
        "Impact",
        "Understanding the difference that working with people makes to research, "
        "as learning for improvement rather than a score to hit.",
    ),
    (
        "digital-technologies",
        "Digital technologies",
        "Making good use of online tools for involvement, while making sure nobody is "
        "left out because they are not online or not confident with technology.",
    ),
    (
        "fit-for-purpose-processes",
        "Processes that are fit for purpose",
        "Simple, fair ways of doing things, such as paying public contributors promptly "
        "and making it easier to involve people early, before funding is secured.",
    ),
]

APPROACHES = [
    (
        "co-production",
        "Co-production",
        "Researchers, professionals and the public share power and make decisions together, "
        "from the first idea to the final report.",
    ),
    (
        "co-design",
        "Co-design",
        "People with lived experience and professionals design something together, "
        "such as a service, a tool or the way a study is run.",
    ),
    (
        "engagement",
        "Engagement",
        "Sharing research with people and communities and starting a two-way conversation about it.",
    ),
    (
        "consultation",
        "Consultation",
        "Asking people for their views on plans or materials, and feeding their answers into decisions.",
    ),
    (
        "informing",
        "Informing",
        "Giving people clear, accessible information about research and what it found.",
    ),
]

RESEARCH_STAGES = [
    ("identifying-priorities", "Identifying priorities", "Deciding which questions matter most."),
    ("design", "Design", "Planning how a study will work, who it is for and how it will run."),
    (
        "funding-application",
        "Funding application",
        "Writing and reviewing the bid, including the plan for involving people.",
    ),
    ("conduct", "Conduct", "Running the study: recruiting, collecting data and managing the work."),
    ("analysis", "Analysis", "Making sense of the data and what it means."),
    ("dissemination", "Dissemination", "Sharing what was found, in ways people can use."),
    ("implementation", "Implementation", "Putting findings into practice in services and policy."),
]

TOPICS = [
    ("mental-health", "Mental health", "Emotional wellbeing and mental health conditions."),
    ("dementia", "Dementia", "Living with dementia and caring for someone who has it."),
    ("diabetes", "Diabetes", "Type 1, type 2 and gestational diabetes."),
    ("maternity", "Maternity", "Pregnancy, birth and the first weeks with a new baby."),
    ("stroke", "Stroke", "Stroke care, recovery and rehabilitation."),
    (
        "long-term-conditions",
        "Long-term conditions",
        "Living well with conditions that last for years, often more than one.",
    ),
    (
        "children-and-young-people",
        "Children and young people",
        "Health and care for people under 25 and their families.",
    ),
    ("social-care", "Social care", "Support at home and in the community for adults who need it."),
    ("hearing-loss", "Hearing loss", "Hearing loss, tinnitus and hearing checks."),
    ("patient-safety", "Patient safety", "Making health care safer for everyone."),
]

REGIONS = [
    ("north-east", "North East"),
    ("north-west", "North West"),
    ("yorkshire-and-the-humber", "Yorkshire and the Humber"),
    ("east-midlands", "East Midlands"),
    ("west-midlands", "West Midlands"),
    ("east-of-england", "East of England"),
    ("london", "London"),
    ("south-east", "South East"),
    ("south-west", "South West"),
    ("wales", "Wales"),
    ("scotland", "Scotland"),
    ("northern-ireland", "Northern Ireland"),
]

VOCABULARIES = [
    ("themes", Theme, THEMES),
    ("approaches", Approach, APPROACHES),
    ("research stages", ResearchStage, RESEARCH_STAGES),
    ("topics", Topic, TOPICS),
    ("regions", Region, [(slug, name, "") for slug, name in REGIONS]),
]


def load_taxonomy(ctx):
    """Every taxonomy term, keyed in ``ctx.terms`` by vocabulary and slug."""
    for label, model, rows in VOCABULARIES:
        ctx.progress.step(f"Creating {label}")
        terms = {}
        outcomes = []
        for order, (slug, name, description) in enumerate(rows, start=1):
            term, outcome = upsert_object(
                model,
                {"slug": slug, "locale": ctx.locale},
                {"name": name, "description": description, "sort_order": order * 10},
            )
            terms[slug] = term
            outcomes.append(outcome)
        ctx.terms[label] = terms
        ctx.progress.done(label.capitalize(), outcomes)
