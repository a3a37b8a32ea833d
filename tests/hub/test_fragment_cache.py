"""Cached fragments (menu, footer, cards, bodies) are drawn afresh once a change is committed."""

import pytest

from hub.models import SiteSettings
from tests.factories import BlogPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def publish(page, django_capture_on_commit_callbacks, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_a_published_title_replaces_the_cached_menu_item_and_card(
    client, site_tree, django_capture_on_commit_callbacks
):
    about = StandardPageFactory(parent=site_tree.home, title="About the hub", show_in_menus=True)
    post = BlogPageFactory(parent=site_tree.blog_index, title="Paying contributors")
    assert "About the hub" in client.get(site_tree.home.url).text
    assert "Paying contributors" in client.get(site_tree.blog_index.url).text

    publish(about, django_capture_on_commit_callbacks, title="Who we are")
    publish(post, django_capture_on_commit_callbacks, title="Paying public contributors fairly")

    home = client.get(site_tree.home.url).text
    assert "Who we are" in home and "About the hub" not in home
    listing = client.get(site_tree.blog_index.url).text
    assert "Paying public contributors fairly" in listing
    assert "Paying contributors<" not in listing


def test_an_unpublished_page_leaves_the_cached_menu(client, site_tree, django_capture_on_commit_callbacks):
    about = StandardPageFactory(parent=site_tree.home, title="About the hub", show_in_menus=True)
    assert "About the hub" in client.get(site_tree.blog_index.url).text

    with django_capture_on_commit_callbacks(execute=True):
        about.unpublish()

    assert "About the hub" not in client.get(site_tree.blog_index.url).text


def test_new_contact_details_replace_the_cached_footer(client, site_tree, django_capture_on_commit_callbacks):
    settings = SiteSettings.for_site(site_tree.site)
    settings.contact_email = "old@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    assert "old@example.org" in client.get(site_tree.home.url).text

    settings.contact_email = "involve@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()

    footer = client.get(site_tree.home.url).text
    assert "involve@example.org" in footer and "old@example.org" not in footer


def test_a_changed_body_is_shown_after_publishing(client, site_tree, django_capture_on_commit_callbacks):
    page = StandardPageFactory(
        parent=site_tree.home, body=[("paragraph", "<p>Meetings are on Tuesdays.</p>")]
    )
    assert "Meetings are on Tuesdays." in client.get(page.url).text

    publish(
        page, django_capture_on_commit_callbacks, body=[("paragraph", "<p>Meetings are on Thursdays.</p>")]
    )

    assert "Meetings are on Thursdays." in client.get(page.url).text


def test_signed_in_editors_never_get_cached_fragments(client, site_tree, admin_user):
    """No on-commit callbacks run here, so a reader would still get the old menu; an editor does not."""
    about = StandardPageFactory(parent=site_tree.home, title="About the hub", show_in_menus=True)
    assert "About the hub" in client.get(site_tree.home.url).text
    about.title = "Who we are"
    about.save_revision().publish()

    client.force_login(admin_user)
    assert "Who we are" in client.get(site_tree.home.url).text


def test_a_worker_keeps_fragments_for_one_version_only(monkeypatch):
    from hub import fragment_cache

    memo = fragment_cache.WorkerMemo(size=2, seconds=60)
    memo.set("v1", "menu", "<nav>old</nav>")
    assert memo.get("v1", "menu") == "<nav>old</nav>"
    assert memo.get("v2", "menu") is None  # published since: drawn afresh

    memo.set("v2", "menu", "<nav>new</nav>")
    memo.set("v2", "footer", "<footer>")
    memo.set("v2", "cards", "<ul>")  # full: starts afresh rather than grow
    assert memo.get("v2", "menu") is None and memo.get("v2", "cards") == "<ul>"

    now = fragment_cache.time.monotonic()
    monkeypatch.setattr(fragment_cache.time, "monotonic", lambda: now + 61)
    assert memo.get("v2", "cards") is None  # kept no longer than Redis keeps it


def test_a_listing_is_kept_for_each_page_and_filter_and_costs_no_listing_query_when_kept(
    client, site_tree, django_capture_on_commit_callbacks
):
    import datetime

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import ThemeFactory

    carers = ThemeFactory(name="Carers", slug="carers")
    for day, title in ((1, "Oldest post"), (2, "Middle post"), (3, "Newest post")):
        themes = [carers] if day == 1 else []
        BlogPageFactory(
            parent=site_tree.blog_index, title=title, date=datetime.date(2026, 3, day), themes=themes
        )
    publish(site_tree.blog_index, django_capture_on_commit_callbacks, items_per_page=2)
    url = site_tree.blog_index.url

    first = client.get(url).text
    assert "Newest post" in first and "Oldest post" not in first
    second = client.get(url + "?page=2").text
    assert "Oldest post" in second and "Newest post" not in second
    themed = client.get(url + "?theme=carers").text
    assert "1 post match your filters" in " ".join(themed.split()) and "Newest post" not in themed

    with CaptureQueriesContext(connection) as queries:
        again = client.get(url + "?page=2").text
    assert "Oldest post" in again and "Newest post" not in again
    assert not [q for q in queries if '"blog_blogpage"' in q["sql"]]  # drawn from the fragment


def test_a_value_is_worked_out_once_per_version_and_never_kept_without_one():
    from hub import fragment_cache

    memo = fragment_cache.WorkerMemo(size=10)
    reads = []

    def read_locales():
        reads.append(1)
        return {1: "en", 2: "cy"}

    for _ in range(3):
        assert memo.get_or_set("v1", "codes", read_locales) == {1: "en", 2: "cy"}
    assert len(reads) == 1
    memo.get_or_set("v2", "codes", read_locales)  # a locale saved since
    assert len(reads) == 2
    memo.get_or_set(None, "codes", read_locales)  # a signed-in editor
    memo.get_or_set(None, "codes", read_locales)
    assert len(reads) == 4
