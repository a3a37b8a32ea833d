"""Search benchmark: build N pages of realistic text on PostgreSQL, index them, time queries.

Not part of the test suite. It uses its own database, which it fills and may empty:

    createdb -h 127.0.0.1 -U postgres hub_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_bench \\
        .venv/bin/python scripts/benchmark_search.py --pages 10000 [--reset] [--repeat 5]

It reports the time to build and to index the pages (``update_index``), then the p50 and
p95 latency of a fixed set of queries through the hub's engine, with and without facet
counts, of "did you mean" for misspelt queries, of suggestions as you type for partly
typed words, and of the whole search page (HTTP through Django's test client, with facets).
Record the figures in docs/search-benchmarks.md.
"""

import argparse
import itertools
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
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from blog.models import BlogIndexPage, BlogPage  # noqa: E402
from casestudies.models import CaseStudyIndexPage, CaseStudyPage  # noqa: E402
from hub.fragment_cache import VERSION_KEY  # noqa: E402
from hub.models import Approach, HomePage, Region, Theme, Topic  # noqa: E402
from search.engine import (  # noqa: E402
    candidate_pages,
    find_ids,
    load_pages,
    without_filters,
)
from search.facets import facet_counts  # noqa: E402
from search.spelling import suggest_spelling, vocabulary  # noqa: E402
from search.suggest import suggestions  # noqa: E402
from search.text import query_words  # noqa: E402

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
# Misspelt queries for "did you mean" (searched when a query finds fewer than 3 results).
MISSPELT = ["dementai", "carres", "paymnet", "co-prodution", "sickel cell", "midwifes", "consnet forms"]
# What a reader has typed so far, for suggestions as you type.
TYPED = ["car", "carers", "dem", "co-pro", "mental he", "lay rev", "sickle c", "consent"]

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

# The text model. Real collections of research-engagement writing share a small core of
# very common words and a long tail of rare ones (Zipf's law), and each page is about one or
# two subjects whose words cluster in it. So every page draws most of its words from one
# Zipf-ranked vocabulary (function words, then common words of the field, then a long tail
# of generated rare words), and the rest from the vocabularies of its subjects. A query for
# a subject word therefore matches a few per cent of pages, as on a real site, instead of
# the 20-68% that the earlier sentence templates gave.
FUNCTION_WORDS = (  # noqa: SIM905 - one readable block of words
    "the of and to a in for is on that with was as it by at from we they this be are were their "
    "our have has not but or all more about who which when what how can also into them some so "
    "than then there one two first new after before over would could should may these those each "
    "other many most only very just much well"
).split()
COMMON_WORDS = (  # noqa: SIM905
    "people research health care public study team group work support involvement researchers "
    "patients community time project services members local staff meeting meetings experience "
    "involved questions views help needs information findings evidence people's feedback "
    "organisations partners partnership funding plan change learning training review practice "
    "report results day year years month months week family families carers lived role roles "
    "voice voices trust working together share shared sharing ideas listen listened hospital "
    "clinic doctors nurses social access language languages online face groups session sessions "
    "priorities priority design designed designing approach decision decisions process sure "
    "improve improved better difficult easy plain english summary summaries accessible venue "
    "travel costs expenses budget survey interviews workshop workshops panel advisory steering "
    "charity charities volunteers volunteer national regional city town rural areas area"
).split()
SUBJECTS = {
    "dementia": "dementia memory cognitive alzheimer's cafe cafes diagnosis forgetfulness "
    "care homes carers respite reminiscence confusion wellbeing",
    "co-production": "co-production co-produced co-producing power equal partners ownership "
    "decisions trust relationships sharing start finish values principles",
    "payment": "payment payments paying paid contributors vouchers invoice benefits tax "
    "reimbursement rates fair late hourly recognition finance",
    "consent": "consent forms participant information sheet ethics approval withdraw "
    "confidential data protection signature capacity agreement",
    "mental health": "mental health anxiety depression wellbeing crisis therapy counselling "
    "psychosis stigma recovery peer loneliness",
    "young people": "young people teenagers school students youth apprenticeship "
    "social media parents adolescents college gaming",
    "digital": "digital inclusion devices broadband tablets smartphones apps online "
    "skills buddies video calls passwords internet",
    "diabetes": "diabetes insulin blood sugar glucose diet type foot retinopathy prevention weight cooking",
    "stroke": "stroke rehabilitation physiotherapy speech aphasia survivors recovery "
    "mobility paralysis therapists",
    "maternity": "maternity pregnancy midwives midwife antenatal postnatal birth babies "
    "mothers breastfeeding perinatal",
    "sickle cell": "sickle cell anaemia haemoglobin crisis pain transfusion blood donors genetic trait",
    "cancer": "cancer chemotherapy screening oncology tumour radiotherapy survivorship "
    "diagnosis palliative biopsy",
    "frailty": "frailty falls older adults mobility independence housebound "
    "loneliness balance strength ageing",
    "early involvement": "early involvement funding application grant proposal "
    "pre-application design stage beginning outset",
    "lay review": "lay review panel reviewers lay summary scoring applications panel members assessment",
    "community researchers": "community researchers peer researchers fieldwork "
    "interviewing training outreach neighbourhood trusted",
    "impact": "impact outcomes difference evaluation measure scorecard legacy influence benefit",
    "inclusion": "inclusion diversity ethnicity underserved seldom-heard barriers "
    "disability deaf interpreter translation racism equity",
}
SUBJECT_WORDS = {name: words.split() for name, words in SUBJECTS.items()}
SYLLABLES = (  # noqa: SIM905
    "ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu "
    "na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo wa we wi "
    "ya yo za ze zi an en in on ar er or ul el al ish ent ant ist ing ter der ner ton son"
).split()
TAIL_WORDS = 12_000
ZIPF_EXPONENT = 1.05
SUBJECT_SHARE = 0.15  # of a page's words, from its subjects' vocabularies


class TextModel:
    def __init__(self, seed):
        rng = random.Random(seed)  # noqa: S311 - repeatable text, not secrets
        tail = set()
        while len(tail) < TAIL_WORDS:
            tail.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
        common = COMMON_WORDS[:]
        rng.shuffle(common)
        tail = sorted(tail)
        rng.shuffle(tail)
        # Function words first, then the field's common words spread through the first ranks
        # of the tail, so they are frequent but not as frequent as "the" and "of".
        ranked = FUNCTION_WORDS[:]
        for index, word in enumerate(tail):
            if common and index % 6 == 0:
                ranked.append(common.pop())
            ranked.append(word)
        self.words = ranked
        self.cum_weights = list(
            itertools.accumulate(1 / (r**ZIPF_EXPONENT) for r in range(1, len(ranked) + 1))
        )
        self.subjects = list(SUBJECT_WORDS)
        self.subject_cum = {
            name: list(itertools.accumulate(1 / r for r in range(1, len(words) + 1)))
            for name, words in SUBJECT_WORDS.items()
        }

    def page_subjects(self, rng):
        return rng.sample(self.subjects, rng.choice((1, 1, 2)))

    def words_for(self, rng, subjects, count):
        general = rng.choices(self.words, cum_weights=self.cum_weights, k=count)
        for index in range(count):
            if rng.random() < SUBJECT_SHARE:
                name = subjects[0] if len(subjects) == 1 or rng.random() < 0.7 else subjects[1]
                general[index] = rng.choices(SUBJECT_WORDS[name], cum_weights=self.subject_cum[name])[0]
        return general

    def text(self, rng, subjects, count):
        words = self.words_for(rng, subjects, count)
        sentences = []
        while words:
            size = rng.randint(7, 18)
            chunk, words = words[:size], words[size:]
            sentences.append(" ".join(chunk).capitalize() + ".")
        return " ".join(sentences)

    def title(self, rng, subjects):
        subject_words = SUBJECT_WORDS[subjects[0]]
        words = [rng.choice(subject_words) for _ in range(rng.randint(1, 3))]
        words += rng.choices(self.words[:400], cum_weights=self.cum_weights[:400], k=rng.randint(2, 6))
        rng.shuffle(words)
        return " ".join(words)[:250].capitalize()


def body_json(model, rng, subjects, paragraphs):
    return json.dumps(
        [
            {
                "type": "paragraph",
                "value": f"<p>{model.text(rng, subjects, rng.randint(40, 120))}</p>",
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            }
            for _ in range(paragraphs)
        ]
    )


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
    model = TextModel(seed)
    n_blog = int(missing * 0.6)
    chunk = 2000
    for begin in range(0, missing, chunk):
        size = min(chunk, missing - begin)
        rows = []
        for _ in range(size):
            subjects = model.page_subjects(rng)
            rows.append(
                {
                    "subjects": subjects,
                    "title": model.title(rng, subjects),
                    "age_days": rng.randint(0, 365 * 6),
                }
            )

        def text(row, low, high):
            return model.text(rng, row["subjects"], rng.randint(low, high))

        def html(row, low, high):
            return f"<p>{text(row, low, high)}</p>"

        with transaction.atomic():
            blog_rows = rows[: max(0, min(size, n_blog - begin))]
            case_rows = rows[len(blog_rows) :]
            if blog_rows:
                created = insert_children(
                    blog,
                    BlogPage,
                    blog_rows,
                    lambda row: {
                        "summary": text(row, 15, 35)[:300],
                        "date": timezone.localdate(),
                        "intro": text(row, 30, 70)[:600],
                        "hero_image_alt": "",
                        "body": body_json(model, rng, row["subjects"], rng.randint(2, 6)),
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
                        "summary": text(row, 15, 35)[:300],
                        "plain_summary": text(row, 30, 60)[:500],
                        "challenge": html(row, 30, 90),
                        "who_was_involved": html(row, 20, 60),
                        "body": body_json(model, rng, row["subjects"], rng.randint(1, 4)),
                        "change_for_research": html(row, 20, 60),
                        "change_for_people": html(row, 15, 40),
                        "change_for_services": "",
                        "lessons_learned": html(row, 20, 60),
                        "payment_and_recognition": text(row, 10, 30),
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
    """All samples in ms, the matches per query, and each query's own samples."""
    locale = Locale.get_default()
    samples = []
    counts = {}
    by_query = {query: [] for query in QUERIES}
    for _ in range(repeat):
        for query in QUERIES:
            started = time.perf_counter()
            # As the search page does (search/views.py).
            pages = candidate_pages(locale, filters or {})
            outcome = find_ids(query, pages, "relevance")
            if with_facets:
                unfiltered = without_filters(query, "relevance", locale, outcome, filters or {})
                facet_counts(outcome.ids, filters or {}, locale, unfiltered)
            load_pages(outcome.ids[:10])
            elapsed = (time.perf_counter() - started) * 1000
            samples.append(elapsed)
            by_query[query].append(elapsed)
            counts[query] = len(outcome.ids)
    return samples, counts, by_query


def slowest(by_query, top=4):
    """The queries with the highest median, which decide p95 over a small query set."""
    medians = {query: statistics.median(times) for query, times in by_query.items()}
    ranked = sorted(medians.items(), key=lambda item: -item[1])[:top]
    return {query: round(ms, 1) for query, ms in ranked}


def time_spelling(repeat):
    locale = Locale.get_default()
    samples = []
    corrected = {}
    for _ in range(repeat):
        for query in MISSPELT:
            started = time.perf_counter()
            corrected[query] = suggest_spelling(query_words(query), locale)
            samples.append((time.perf_counter() - started) * 1000)
    return samples, corrected


def time_vocabulary(repeat):
    """Reading the spelling vocabulary afresh, as the first 'did you mean' after a publish does."""
    samples = []
    for _ in range(repeat):
        cache.delete(VERSION_KEY)  # a new content version, as a publish makes
        started = time.perf_counter()
        vocabulary(Locale.get_default())
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def time_suggestions(repeat):
    locale = Locale.get_default()
    samples = []
    by_prefix = {prefix: [] for prefix in TYPED}
    for _ in range(repeat):
        for prefix in TYPED:
            started = time.perf_counter()
            suggestions(prefix, locale)
            elapsed = (time.perf_counter() - started) * 1000
            samples.append(elapsed)
            by_prefix[prefix].append(elapsed)
    return samples, by_prefix


def time_pages(repeat):
    """The whole search page, drawn: a new content version before each request, so nothing is
    served from kept fragments (results, header or footer), as on the first search after a publish."""
    from hub.fragment_cache import new_content_version

    client = Client()
    samples = []
    for _ in range(repeat):
        for query in QUERIES:
            new_content_version()
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
        # What autovacuum would do soon after a rebuild: drop dead rows, refresh statistics.
        cursor.execute("VACUUM ANALYZE")

    time_queries(1, True)  # warm up
    plain, counts, _ = time_queries(args.repeat, with_facets=False)
    faceted, _, faceted_by_query = time_queries(args.repeat, with_facets=True)
    filtered, _, _ = time_queries(args.repeat, with_facets=True, filters=FACETED)
    vocabulary_reads = time_vocabulary(args.repeat)
    spelling, spelling_suggestions = time_spelling(args.repeat)
    typed, typed_by_prefix = time_suggestions(args.repeat)
    pages = time_pages(max(1, args.repeat // 2))
    report = {
        "pages": total,
        "build_seconds": round(build_seconds, 1),
        "index_seconds": round(index_seconds, 1) if index_seconds is not None else None,
        "matches_per_query": counts,
        "engine_without_facets": summary(plain),
        "engine_with_facets": summary(faceted),
        "slowest_with_facets_p50_ms": slowest(faceted_by_query),
        "engine_with_facets_and_theme_filter": summary(filtered),
        "vocabulary_read_once_per_version": summary(vocabulary_reads),
        "did_you_mean": summary(spelling),
        "did_you_mean_suggestions": spelling_suggestions,
        "suggestions_as_you_type": summary(typed),
        "slowest_suggestions_p50_ms": slowest(typed_by_prefix),
        "search_page_http": summary(pages),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
