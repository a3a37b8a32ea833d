"""SQL queries per page stay few and do not grow with the number of items shown.

Each test renders a page with 5 items, then with 50. Each time the page is drawn twice: cold
(empty cache, so every fragment is drawn) and warm (the header, footer, breadcrumbs, bodies
and cards come from the fragment cache, as for most readers until the next publish). Cold
counts must not grow with the items (no query per item); warm counts must stay within
MAX_QUERIES. tests/hub/test_query_counts_demo.py does the same on the demo content.

Measured on PostgreSQL, warm (cold) with 5 / 50 items alike: home page 5 (15), standard
page 7 (12), blog index 12 (18, also filtered on page 2), blog Atom feed 9 (11), blog post
9 (19), case-study index 11 (17, also filtered on page 2), case study 8 (16). 5-7 of them are
Wagtail's own routing, locale and view-restriction checks and the language switcher. Run with ``-s`` to print the counts.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ApproachFactory,
    BlogPageFactory,
    CaseStudyPageFactory,
    ImageFactory,
    PersonFactory,
    RegionFactory,
    ResearchStageFactory,
    StandardPageFactory,
    ThemeFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


def queries_for(client, url):
    """(cold, warm, sql of each): queries with an empty cache, then with fragments cached.

    A first request, with an empty cache, makes the image renditions, which is one-off work.
    """
    cache.clear()
    _capture(client, url)
    cache.clear()
    cold = _capture(client, url)
    warm = _capture(client, url)
    return len(cold), len(warm), cold, warm


def _capture(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [_short(q["sql"]) for q in captured.captured_queries]


def _short(sql):
    """SELECT ... FROM table WHERE ..., without the long column list."""
    head, _, tail = sql.partition(" FROM ")
    return f"{head[:40]} FROM {tail[:220]}" if tail else sql[:260]


def assert_flat(label, client, url, add_items):
    """Render with 5 items and with 50: equal counts, within the limit."""
    add_items(5)
    cold_five, five, _, _ = queries_for(client, url)
    add_items(45)
    cold_fifty, fifty, cold_sql, sql = queries_for(client, url)
    print(
        f"\n[query count] {label}: {five} ({cold_five} cold) with 5 items, {fifty} ({cold_fifty} cold) with 50"
    )
    assert fifty <= MAX_QUERIES, "\n".join(sql)
    assert five == fifty, "\n".join(sql)
    assert cold_five == cold_fifty, "\n".join(cold_sql)
    return five


@pytest.fixture
def taxonomy():
    return {
        "themes": [ThemeFactory(), ThemeFactory()],
        "approaches": [ApproachFactory(), ApproachFactory()],
        "stages": [ResearchStageFactory()],
        "topic": TopicFactory(),
        "region": RegionFactory(),
    }


def add_posts(index, taxonomy, author_pool=None):
    def add(n):
        for _ in range(n):
            person = PersonFactory()
            if author_pool is not None:
                author_pool.append(person)
            BlogPageFactory(
                parent=index,
                listing_image=ImageFactory(),
                themes=taxonomy["themes"],
                tags=["shared", f"tag-{person.pk}"],
                authors=[person],
            )

    return add


def add_case_studies(index, taxonomy):
    def add(n):
        for _ in range(n):
            CaseStudyPageFactory(
                parent=index,
                listing_image=ImageFactory(),
                themes=taxonomy["themes"],
                approaches=taxonomy["approaches"],
                research_stages=taxonomy["stages"],
                topic=taxonomy["topic"],
                region=taxonomy["region"],
                team=[(PersonFactory(), "co-designed the study")],
            )

    return add


def test_home_page(client, site_tree, taxonomy):
    posts = add_posts(site_tree.blog_index, taxonomy)
    studies = add_case_studies(site_tree.case_study_index, taxonomy)

    def add(n):
        posts(n)
        studies(n)
        for _ in range(n // 5):  # menu pages under the home page
            StandardPageFactory(parent=site_tree.home, show_in_menus=True)

    assert_flat("home page", client, site_tree.home.url, add)


def test_standard_page(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, body=[])

    def add(n):
        for _ in range(n):
            StandardPageFactory(parent=page, show_in_menus=True)
        page.body = (
            list(page.body.raw_data)
            + [
                {"type": "paragraph", "value": "<p>Some text.</p>"},
                {"type": "quote", "value": {"quote": "A quote.", "attribution": "A carer"}},
            ]
            * n
        )
        page.save()

    assert_flat("standard page", client, page.url, add)


def test_blog_index(client, site_tree, taxonomy):
    assert_flat("blog index", client, site_tree.blog_index.url, add_posts(site_tree.blog_index, taxonomy))


def test_blog_index_filtered_second_page(client, site_tree, taxonomy):
    theme = taxonomy["themes"][0].slug
    url = f"{site_tree.blog_index.url}?theme={theme}&tag=shared&page=2"
    assert_flat("blog index, filtered, page 2", client, url, add_posts(site_tree.blog_index, taxonomy))


def test_blog_feed(client, site_tree, taxonomy):
    url = site_tree.blog_index.url + "feed/atom/"
    assert_flat("blog atom feed", client, url, add_posts(site_tree.blog_index, taxonomy))


def test_blog_post(client, site_tree, taxonomy):
    """Items: authors and tags on the post, and other posts that could be related."""
    post = BlogPageFactory(
        parent=site_tree.blog_index, themes=taxonomy["themes"], listing_image=ImageFactory()
    )
    others = add_posts(site_tree.blog_index, taxonomy)

    def add(n):
        others(n)
        start = post.authors.count()
        for offset in range(n):
            post.authors.create(person=PersonFactory(), sort_order=start + offset)
        post.tags.add(*[f"post-tag-{start + offset}" for offset in range(n)])
        post.save()

    assert_flat("blog post", client, post.url, add)


def test_case_study_index(client, site_tree, taxonomy):
    index = site_tree.case_study_index
    assert_flat("case-study index", client, index.url, add_case_studies(index, taxonomy))


def test_case_study_index_filtered(client, site_tree, taxonomy):
    index = site_tree.case_study_index
    url = f"{index.url}?theme={taxonomy['themes'][0].slug}&approach={taxonomy['approaches'][0].slug}&page=2"
    assert_flat("case-study index, filtered, page 2", client, url, add_case_studies(index, taxonomy))


def test_case_study_page(client, site_tree):
    """Items: team members, research outputs, themes, approaches, stages and tags."""
    study = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        topic=TopicFactory(),
        region=RegionFactory(),
        start_date="2024-01-01",
    )

    def add(n):
        start = study.team.count()
        for offset in range(n):
            study.team.create(person=PersonFactory(), role_in_project="helped", sort_order=start + offset)
            study.research_outputs.create(
                kind="doi", identifier=f"10.3310/x{start + offset}", sort_order=start + offset
            )
        study.themes.add(*[ThemeFactory() for _ in range(n)])
        study.approaches.add(*[ApproachFactory() for _ in range(n)])
        study.research_stages.add(*[ResearchStageFactory() for _ in range(n)])
        study.tags.add(*[f"study-tag-{start + offset}" for offset in range(n)])
        study.save()

    assert_flat("case study", client, study.url, add)
