"""SQL queries per page stay few and do not grow with the number of items shown.

Each test renders a page with 5 items, then with 50, and asserts the same number of
queries both times and no more than MAX_QUERIES. Counts are for a warm request (the
one after the first), so one-off work such as creating image renditions or filling
the site-root cache is left out. Run with ``-s`` to print the counts.

Measured on PostgreSQL (5 items / 50 items), after the language switcher's translations
query was added; 6-8 are Wagtail's own routing, locale and view-restriction checks, plus one
each for the header/footer pages, site settings and the page's translations:
    home page 12/12, standard page 9/9, blog index 15/15 (filtered, page 2: 15/15),
    blog Atom feed 9/9, blog post 15/15, case-study index 14/14 (filtered, page 2: 14/14),
    case study 13/13.
"""

import pytest
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
    assert client.get(url).status_code == 200  # warm up
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), [_short(q["sql"]) for q in captured.captured_queries]


def _short(sql):
    """SELECT ... FROM table WHERE ..., without the long column list."""
    head, _, tail = sql.partition(" FROM ")
    return f"{head[:40]} FROM {tail[:220]}" if tail else sql[:260]


def assert_flat(label, client, url, add_items):
    """Render with 5 items and with 50: equal counts, within the limit."""
    add_items(5)
    five, _ = queries_for(client, url)
    add_items(45)
    fifty, sql = queries_for(client, url)
    print(f"\n[query count] {label}: {five} queries with 5 items, {fifty} with 50")
    assert fifty <= MAX_QUERIES, "\n".join(sql)
    assert five == fifty, "\n".join(sql)
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
