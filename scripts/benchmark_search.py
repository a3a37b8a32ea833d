"""Search benchmark: build N pages of realistic text on PostgreSQL, index them, time queries.

Not part of the test suite. It uses its own database, which it fills and may empty:

    createdb -h 127.0.0.1 -U postgres hub_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_bench \\
        .venv/bin/python scripts/benchmark_search.py --pages 10000 [--reset] [--repeat 5]

It reports the time to build and to index the pages (``update_index``), then the p50 and
p95 latency of a fixed set of queries through the hub's engine, with and without facet
counts, and of the whole search page (HTTP through Django's test client, with facets).
Record the figures in docs/search-benchmarks.md.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from blog.models import BlogIndexPage, BlogPage  # noqa: E402
from casestudies.models import CaseStudyIndexPage, CaseStudyPage  # noqa: E402
from hub.models import Approach, HomePage, Region, Theme, Topic  # noqa: E402
from search.engine import candidate_pages, facet_counts, find_ids, load_pages  # noqa: E402

QUERIES = [
    "co-production",
    "dementia",
    "paying public contributors",
    "mental health young people",
    "lay review panel",
    "digital inclusion",
    "carers",
    "early involvement",
    "community researchers",
    "consent forms",
    "co-producing",
    "sickle cell",
]
FACETED = {"theme": ["inclusion-and-diversity"]}

THEMES = [
    "Inclusion and diversity",
    "Learning and development",
    "Impact",
    "Digital technologies",
    "Processes",
]
APPROACHES = ["Co-production", "Co-design", "Engagement", "Consultation", "Informing"]
TOPICS = ["Dementia", "Mental health", "Diabetes", "Stroke", "Cancer", "Maternity", "Sickle cell", "Frailty"]
REGIONS = ["North East", "North West", "Yorkshire", "Midlands", "London", "South West", "Wales"]

SUBJECTS = [
    "patients",
    "carers",
    "families",
    "researchers",
    "nurses",
    "volunteers",
    "community",
    "groups",
    "lay",
    "members",
    "public",
    "contributors",
    "young",
    "people",
    "older",
    "people",
    "parents",
    "clinicians",
    "students",
    "peer",
    "researchers",
    "advisers",
    "charities",
]
VERBS = [
    "shaped",
    "designed",
    "reviewed",
    "tested",
    "co-produced",
    "planned",
    "explained",
    "questioned",
    "improved",
    "shared",
    "discussed",
    "translated",
    "recruited",
    "supported",
    "paid",
    "trained",
    "interviewed",
    "co-designed",
    "evaluated",
    "funded",
]
OBJECTS = [
    "the study questions",
    "the consent forms",
    "plain English summaries",
    "the interview guide",
    "the recruitment plan",
    "the trial protocol",
    "a mental health app",
    "dementia care pathways",
    "payment for public contributors",
    "accessible venues",
    "the final report",
    "a lay review panel",
    "digital inclusion training",
    "early involvement",
    "sickle cell services",
    "maternity care",
    "stroke rehabilitation",
    "diabetes education",
    "community outreach",
    "the funding application",
    "travel costs",
    "meeting times",
    "online meetings",
    "translation into Welsh and Urdu",
]
EXTRAS = [
    "because it mattered to them",
    "so that more people could take part",
    "after a slow start",
    "with support from the engagement team",
    "over eighteen months",
    "in libraries and community centres",
    "through monthly workshops",
    "despite late payments",
    "with clear feedback at every stage",
    "from the very beginning",
]


ADJECTIVES = [
    "local",
    "national",
    "regional",
    "rural",
    "urban",
    "weekly",
    "monthly",
    "practical",
    "honest",
    "careful",
    "early",
    "late",
    "shared",
    "new",
    "older",
    "younger",
    "confident",
    "anxious",
    "busy",
    "quiet",
    "open",
    "formal",
    "informal",
    "bilingual",
    "online",
    "face-to-face",
]
NOUNS = [
    "workshop",
    "meeting",
    "survey",
    "leaflet",
    "website",
    "podcast",
    "newsletter",
    "budget",
    "timetable",
    "checklist",
    "guide",
    "video",
    "poster",
    "toolkit",
    "course",
    "mentoring",
    "scheme",
    "network",
    "forum",
    "café",
    "garden",
    "library",
    "clinic",
    "hospital",
    "school",
    "pharmacy",
    "surgery",
    "helpline",
    "app",
    "dashboard",
    "report",
    "protocol",
    "consent",
    "payment",
    "voucher",
    "bus",
    "ticket",
]


def sentence(rng):
    obj = rng.choice(OBJECTS) if rng.random() < 0.35 else f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    extra = f" {rng.choice(EXTRAS)}" if rng.random() < 0.5 else ""
    return f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {obj}{extra}."


def paragraph_text(rng, sentences):
    return " ".join(sentence(rng) for _ in range(sentences))


def body_json(rng, paragraphs):
    return json.dumps(
        [
            {
                "type": "paragraph",
                "value": f"<p>{paragraph_text(rng, rng.randint(2, 4))}</p>",
                "id": str(uuid.uuid4()),
            }
            for _ in range(paragraphs)
        ]
    )


def title(rng):
    words = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}".split()
    return " ".join(words)[:250].capitalize()


def terms(model, names, locale):
    from django.utils.text import slugify

    return [
        model.objects.get_or_create(slug=slugify(name), locale=locale, defaults={"name": name})[0]
        for name in names
    ]


def ensure_site(locale):
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(slug="bench-home").first()
    if home is None:
        home = root.add_child(instance=HomePage(title="Bench home", slug="bench-home", hero_heading="Bench"))
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", is_default_site=True
    )
    site.root_page = home
    site.save()
    blog = BlogIndexPage.objects.filter(slug="bench-blog").first() or home.add_child(
        instance=BlogIndexPage(title="Blog", slug="bench-blog")
    )
    cases = CaseStudyIndexPage.objects.filter(slug="bench-cases").first() or home.add_child(
        instance=CaseStudyIndexPage(title="Case studies", slug="bench-cases")
    )
    return home, blog, cases


def insert_children(parent, model, rows, make_fields):
    """Insert pages under ``parent`` in bulk: Page rows, then the child-table rows."""
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(model)
    parent.refresh_from_db()
    start = parent.numchild
    now = timezone.now()
    pages = []
    for offset, row in enumerate(rows):
        path = Page._get_path(parent.path, parent.depth + 1, start + offset + 1)
        published = now - timezone.timedelta(days=row["age_days"])
        pages.append(
            Page(
                path=path,
                depth=parent.depth + 1,
                numchild=0,
                title=row["title"],
                draft_title=row["title"],
                slug=f"{model._meta.model_name}-{start + offset + 1}",
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{parent.url_path}{model._meta.model_name}-{start + offset + 1}/",
                first_published_at=published,
                last_published_at=published,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
    Page.objects.bulk_create(pages, batch_size=1000)
    children = []
    for page, row in zip(pages, rows, strict=True):
        child = model(page_ptr_id=page.pk, **make_fields(row))
        children.append(child)
    fields = list(model._meta.local_concrete_fields)
    for index in range(0, len(children), 500):
        model._base_manager._insert(children[index : index + 500], fields=fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=start + len(rows))
    return pages


def build(count, seed=7):
    rng = random.Random(seed)  # noqa: S311 - repeatable text, not secrets
    locale = Locale.get_default()
    home, blog, cases = ensure_site(locale)
    themes = terms(Theme, THEMES, locale)
    approaches = terms(Approach, APPROACHES, locale)
    topics = terms(Topic, TOPICS, locale)
    regions = terms(Region, REGIONS, locale)
    existing = BlogPage.objects.count() + CaseStudyPage.objects.count()
    missing = count - existing
    if missing <= 0:
        return existing, 0.0
    started = time.perf_counter()
    n_blog = int(missing * 0.6)
    chunk = 5000
    for begin in range(0, missing, chunk):
        size = min(chunk, missing - begin)
        rows = [{"title": title(rng), "age_days": rng.randint(0, 365 * 6)} for _ in range(size)]
        with transaction.atomic():
            blog_rows = rows[: max(0, min(size, n_blog - begin))]
            case_rows = rows[len(blog_rows) :]
            if blog_rows:
                created = insert_children(
                    blog,
                    BlogPage,
                    blog_rows,
                    lambda row: {
                        "summary": paragraph_text(rng, 1)[:300],
                        "date": timezone.localdate(),
                        "intro": paragraph_text(rng, 2)[:600],
                        "hero_image_alt": "",
                        "body": body_json(rng, rng.randint(2, 5)),
                    },
                )
                BlogPage.themes.through.objects.bulk_create(
                    [
                        BlogPage.themes.through(blogpage_id=page.pk, theme_id=rng.choice(themes).pk)
                        for page in created
                    ]
                )
            if case_rows:
                created = insert_children(
                    cases,
                    CaseStudyPage,
                    case_rows,
                    lambda row: {
                        "summary": paragraph_text(rng, 1)[:300],
                        "plain_summary": paragraph_text(rng, 2)[:500],
                        "challenge": f"<p>{paragraph_text(rng, 2)}</p>",
                        "who_was_involved": f"<p>{paragraph_text(rng, 2)}</p>",
                        "body": body_json(rng, rng.randint(2, 5)),
                        "change_for_research": f"<p>{paragraph_text(rng, 2)}</p>",
                        "change_for_people": f"<p>{paragraph_text(rng, 1)}</p>",
                        "change_for_services": "",
                        "lessons_learned": f"<p>{paragraph_text(rng, 2)}</p>",
                        "payment_and_recognition": paragraph_text(rng, 1),
                        "topic_id": rng.choice(topics).pk,
                        "region_id": rng.choice(regions).pk,
                    },
                )
                through = CaseStudyPage.themes.through
                through.objects.bulk_create(
                    [through(casestudypage_id=p.pk, theme_id=rng.choice(themes).pk) for p in created]
                )
                through = CaseStudyPage.approaches.through
                through.objects.bulk_create(
                    [through(casestudypage_id=p.pk, approach_id=rng.choice(approaches).pk) for p in created]
                )
        print(f"  built {begin + size}/{missing} pages", flush=True)
    return count, time.perf_counter() - started


def percentile(samples, pct):
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def time_queries(repeat, with_facets, filters=None):
    locale = Locale.get_default()
    samples = []
    counts = {}
    for _ in range(repeat):
        for query in QUERIES:
            started = time.perf_counter()
            pages = candidate_pages(locale, filters or {})
            outcome = find_ids(query, pages)
            if with_facets:
                facet_counts(outcome.ids, filters or {}, locale)
            load_pages(outcome.ids[:10])
            samples.append((time.perf_counter() - started) * 1000)
            counts[query] = len(outcome.ids)
    return samples, counts


def time_pages(repeat):
    client = Client()
    samples = []
    for _ in range(repeat):
        for query in QUERIES:
            started = time.perf_counter()
            response = client.get("/en/search/", {"q": query})
            samples.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
    return samples


def summary(samples):
    return {
        "p50_ms": round(statistics.median(samples), 1),
        "p95_ms": round(percentile(samples, 95), 1),
        "max_ms": round(max(samples), 1),
        "n": len(samples),
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reset", action="store_true", help="delete benchmark pages first")
    parser.add_argument("--skip-index", action="store_true", help="reuse the existing index")
    args = parser.parse_args()

    if connection.vendor != "postgresql":
        sys.exit("The benchmark runs on PostgreSQL: set DATABASE_URL to a benchmark database.")
    if "bench" not in connection.settings_dict["NAME"]:
        sys.exit("Refusing to run outside a database whose name contains 'bench'.")
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    if args.reset:
        for slug in ("bench-blog", "bench-cases"):
            for parent in Page.objects.filter(slug=slug):
                parent.get_descendants().delete()
                Page.objects.filter(pk=parent.pk).update(numchild=0)

    print(f"Building {args.pages} pages…", flush=True)
    total, build_seconds = build(args.pages)
    index_seconds = None
    if not args.skip_index:
        print("Indexing (update_index)…", flush=True)
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        index_seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    time_queries(1, True)  # warm up
    plain, counts = time_queries(args.repeat, with_facets=False)
    faceted, _ = time_queries(args.repeat, with_facets=True)
    filtered, _ = time_queries(args.repeat, with_facets=True, filters=FACETED)
    pages = time_pages(max(1, args.repeat // 2))
    report = {
        "pages": total,
        "build_seconds": round(build_seconds, 1),
        "index_seconds": round(index_seconds, 1) if index_seconds is not None else None,
        "matches_per_query": counts,
        "engine_without_facets": summary(plain),
        "engine_with_facets": summary(faceted),
        "engine_with_facets_and_theme_filter": summary(filtered),
        "search_page_http": summary(pages),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
