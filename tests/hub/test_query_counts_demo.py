"""SQL queries per page on the demo content, and with 20 times its posts, case studies and pages.

Every live page in every language, search, the sitemap and the feeds is requested twice as
a reader would (signed out): the first request draws the page and fills the fragment cache
(header, footer, breadcrumbs, bodies, cards), the second is what most readers get until the
next publish. The second must stay within MAX_QUERIES on the demo content and, for the same
addresses, after posts, case studies and menu pages have grown twenty-fold; the first must not
grow with the hub either (no query per item).

Run with ``-s`` to print the counts. Measured on PostgreSQL, warm, on both sizes: home,
blog posts, case studies, standard pages and their indexes 0 (the page kept by the worker,
everything on it a fragment); events, opportunities, resources and impact 2-7 (what they list
changes with the clock, or is not a fragment); search 1-4; sitemap 5; feeds 2-4. The home
page ran 23 before fragments were cached.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from blog.models import BlogIndexPage, BlogPage
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from hub.models import StandardPage, Theme
from tests.factories import (
    BlogPageFactory,
    CaseStudyPageFactory,
    PersonFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db(transaction=False)

MAX_QUERIES = 15
GROWTH = 20


def count(client, url):
    connection.queries_log.clear()  # it keeps only the last 9,000 queries
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    statements = [query["sql"] for query in captured.captured_queries if not is_savepoint(query["sql"])]
    return len(statements), [sql[:300] for sql in statements]


def is_savepoint(sql):
    """Savepoints exist only because each test runs inside a transaction: in production the same
    atomic blocks are transactions of their own, whose BEGIN and COMMIT Django does not log."""
    return sql.startswith(("SAVEPOINT ", "RELEASE SAVEPOINT ", "ROLLBACK TO SAVEPOINT "))


def public_urls():
    urls = [page.url for page in Page.objects.live().public().filter(depth__gt=1).specific()]
    theme = Theme.objects.order_by("pk").first()
    blog = BlogIndexPage.objects.live().filter(locale__language_code="en").first()
    studies = CaseStudyIndexPage.objects.live().filter(locale__language_code="en").first()
    urls += [
        "/en/search/?q=involvement",
        "/en/search/?q=payment&type=blogpage",
        f"/en/search/?q=involvement&type=casestudypage&type=blogpage&theme={theme.slug}",
        f"/en/search/?theme={theme.slug}&year=2024",
        "/cy/search/?q=cyd-gynhyrchu",
        "/sitemap.xml",
        blog.url + "feed/atom/",
        blog.url + "feed/rss/",
        "/en/opportunities/feed/rss/",
        "/en/case-studies/feed/rss/",
        "/en/community-examples/feed/atom/",
        "/cy/cyfleoedd/feed/atom/",
        "/en/events/?page=2&past=1",
        f"{blog.url}?theme={theme.slug}&page=2",
        f"{studies.url}?theme={theme.slug}&page=2",
    ]
    return urls


def drawn_without_queries():
    """Pages a reader is served with no query once warm: the page is kept by the worker and
    everything on it is a fragment (hub/serving.py). Events and opportunities are not, as what
    they list changes with the clock."""
    english = {"locale__language_code": "en"}
    return [
        Page.objects.get(depth=2, **english).url,
        BlogIndexPage.objects.live().get(**english).url,
        CaseStudyIndexPage.objects.live().get(**english).url,
        BlogPage.objects.live().filter(**english).order_by("pk").first().url,
        CaseStudyPage.objects.live().filter(**english).order_by("pk").first().url,
        StandardPage.objects.live().filter(**english).order_by("pk").first().url,
    ]


def measure(client, urls):
    """{url: (cold, warm, sql of warm)} for each address; cold is with an empty cache."""
    counts = {}
    for url in urls:
        cache.clear()
        cold, _ = count(client, url)
        warm, sql = count(client, url)
        counts[url] = (cold, warm, sql)
    return counts


def grow(factor):
    """Add blog posts, case studies and menu pages, each `factor` times as many as in the demo."""
    blog = BlogIndexPage.objects.get(locale__language_code="en")
    studies = CaseStudyIndexPage.objects.get(locale__language_code="en")
    home = blog.get_parent()
    posts = list(BlogPage.objects.filter(locale=blog.locale).select_related("listing_image"))
    cases = list(CaseStudyPage.objects.filter(locale=blog.locale).select_related("listing_image"))
    themes = list(Theme.objects.all()[:3])
    standard_pages = StandardPage.objects.filter(locale=blog.locale).count()
    for copy in range(factor - 1):
        for post in posts:
            BlogPageFactory(
                parent=blog,
                title=f"{post.title} ({copy + 2})",
                listing_image=post.listing_image,
                themes=themes,
                tags=["involvement", f"copy-{copy}"],
                authors=[PersonFactory()],
            )
        for study in cases:
            CaseStudyPageFactory(
                parent=studies,
                title=f"{study.title} ({copy + 2})",
                listing_image=study.listing_image,
                themes=themes,
                team=[(PersonFactory(), "co-designed the study")],
            )
        for _ in range(standard_pages):
            StandardPageFactory(parent=home, show_in_menus=False)


def test_every_public_page_stays_within_budget_on_the_demo_content_and_twenty_times_it(client):
    call_command("load_demo_content", verbosity=0)
    before = measure(client, public_urls())
    kept = drawn_without_queries()
    pages_before = Page.objects.live().count()
    posts_before = BlogPage.objects.live().count()

    grow(GROWTH)
    # Posts, case studies and menu pages are 20 times as many; with the other sections as they
    # are (events, roles, resources, community examples and their translations), the hub as
    # a whole is more than 6 times its size.
    assert BlogPage.objects.live().count() >= GROWTH * posts_before
    assert Page.objects.live().count() > 6 * pages_before
    # The same addresses again: every kind of page, on a hub 20 times the size.
    after = measure(client, list(before))

    print(f"\n{'address':70} demo warm (cold)   x{GROWTH} warm (cold)")
    for url, (cold, warm, _) in before.items():
        cold_after, warm_after, _ = after[url]
        print(f"{url[:70]:70} {warm:4} ({cold:3})        {warm_after:4} ({cold_after:3})")

    for label, counts in (("demo content", before), (f"{GROWTH} times the demo content", after)):
        over = {url: warm for url, (_, warm, _) in counts.items() if warm > MAX_QUERIES}
        assert not over, f"Over {MAX_QUERIES} queries on the {label}: {over}\n" + "\n".join(
            counts[next(iter(over))][2]
        )
        queried = {url: counts[url][2] for url in kept if counts[url][1]}
        assert not queried, f"Queries for a page kept by the worker on the {label}: {queried}"
    grown = {
        url: (before[url][0], after[url][0])
        for url in before
        if after[url][0] > before[url][0] + 1  # one more for a second page of results
    }
    assert not grown, f"Uncached queries grow with the number of pages: {grown}"
