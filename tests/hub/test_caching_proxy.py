"""The real caching proxy (nginx, as scripts/serve.sh runs it) in front of the hub.

nginx is started from the configuration `manage.py proxy_config` renders, in front of
pytest-django's live server, and Wagtail's frontend cache purges it as in production. Without
nginx and its cache-purge module these tests are skipped, or fail when HUB_E2E_REQUIRED=1 (CI).
"""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from blog.models import BlogPage
from casestudies.models import Submission
from casestudies.services.withdraw import withdraw_submission
from hub.management.commands.proxy_config import DEBIAN_PURGE_MODULE
from hub.public_address import apply_to_default_site
from tests.casestudies.community_kit import form_data, png_bytes
from tests.factories import (
    ApproachFactory,
    BlogPageFactory,
    SharedLearningIndexPageFactory,
    ThemeFactory,
    build_site_tree,
)


def unavailable(reason):
    if os.environ.get("HUB_E2E_REQUIRED", "") in {"1", "true", "yes"}:
        pytest.fail(f"the real proxy is required (HUB_E2E_REQUIRED=1) but {reason}", pytrace=False)
    pytest.skip(reason)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def proxy(live_server, settings, django_db_serialized_rollback):
    """nginx on a free port in front of the live server; Wagtail purges it. Returns its base URL."""
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        unavailable("nginx is missing (Debian: apt-get install nginx-light)")
    if not Path(DEBIAN_PURGE_MODULE).exists():
        unavailable("nginx's cache purge module is missing (apt-get install libnginx-mod-http-cache-purge)")

    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    run_dir = Path(tempfile.mkdtemp(prefix="hub-proxy-"))
    config = run_dir / "nginx.conf"
    with config.open("w") as out:
        call_command(
            "proxy_config",
            listen=f"127.0.0.1:{port}",
            upstream=f"127.0.0.1:{urlsplit(live_server.url).port}",
            run_dir=str(run_dir),
            access_log="off",
            user="root" if os.geteuid() == 0 else "",
            stdout=out,
        )
    process = subprocess.Popen(  # noqa: S603 - our own nginx with our own configuration
        [nginx, "-c", str(config), "-p", str(run_dir)], stderr=subprocess.PIPE
    )
    wait_for_port(port, process)
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": base_url}
    }
    settings.HUB_PUBLIC_URL = settings.WAGTAILAPI_BASE_URL = base_url
    yield base_url
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(run_dir, ignore_errors=True)


def wait_for_port(port, process):
    for _ in range(100):
        if process.poll() is not None:
            pytest.fail(f"nginx stopped: {process.stderr.read().decode()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail("nginx did not start listening")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def fetch(url, **headers):
    """(status, headers, body) of one GET; a redirect is returned, not followed."""
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - a local test server
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def cache_status(url, **headers):
    return fetch(url, **headers)[1].get("X-Cache-Status")


def test_public_pages_come_from_the_cache_and_publishing_purges_every_listing(proxy):
    tree = build_site_tree()
    apply_to_default_site()
    post = BlogPageFactory(parent=tree.blog_index, title="Paying public contributors")
    listing, feed, home = f"{proxy}/en/blog/", f"{proxy}/en/blog/feed/rss/", f"{proxy}/en/"
    for url in (listing, feed, home, proxy + post.url):
        assert cache_status(url) == "MISS"
        assert cache_status(url) == "HIT"

    post.title = "Paying public contributors fairly"
    post.save_revision().publish()

    for url in (listing, feed, proxy + post.url):
        status, headers, body = fetch(url)
        assert headers["X-Cache-Status"] == "MISS", url
        assert "Paying public contributors fairly" in body
    assert cache_status(home) == "MISS"

    # Unpublished: the page is gone at once, not served from the cache, and leaves the listing.
    BlogPage.objects.get(pk=post.pk).unpublish()
    assert fetch(proxy + post.url)[0] == 404
    assert "Paying public contributors" not in fetch(listing)[2]

    # A moved page's old address is forgotten too: it now leads to the new one.
    other = BlogPageFactory(parent=tree.blog_index, title="Training for lay reviewers", slug="training")
    old_address = proxy + other.url
    assert fetch(old_address)[0] == 200 and cache_status(old_address) == "HIT"
    other.move(tree.case_study_index.specific, pos="last-child")
    status, headers, _ = fetch(old_address)
    assert status == 301 and headers["Location"].endswith("/case-studies/training/")


def test_personal_pages_and_private_files_never_come_from_the_cache(proxy):
    tree = build_site_tree()
    apply_to_default_site()
    index = SharedLearningIndexPageFactory(parent=tree.home, title="Community examples", slug="examples")
    share = f"{proxy}/en/examples/share/"
    assert fetch(share)[0] == 200
    assert cache_status(share) != "HIT"
    # An editor (or anyone part-way through the form) has a session: the cache is not used.
    assert cache_status(f"{proxy}/en/blog/", Cookie="sessionid=abc") == "BYPASS"
    assert cache_status(f"{proxy}/en/blog/", Cookie="sessionid=abc") == "BYPASS"
    assert fetch(f"{proxy}/media/original_images/anything.jpg")[0] == 404
    assert index.live


def test_a_withdrawn_example_and_its_photo_leave_the_cache_at_once(proxy, client, settings):
    from casestudies.services.workflow import ensure_workflow

    settings.COMMUNITY_FORM_MIN_SECONDS = 0
    tree = build_site_tree()
    apply_to_default_site()
    index = SharedLearningIndexPageFactory(parent=tree.home, title="Community examples", slug="examples")
    ensure_workflow(index)
    tree.index = index
    tree.themes = [ThemeFactory(name=name) for name in ("Inclusion and diversity", "Learning", "Impact")]
    tree.approach = ApproachFactory(name="Co-production")

    data = form_data(
        tree,
        title="Recipe cards with carers",
        consent_pictured="on",
        photo_1_description="Six people at a table",
    )
    data["photo_1"] = SimpleUploadedFile("group.png", png_bytes((64, 48)), content_type="image/png")
    client.post(index.url + index.reverse_subpage("share"), data)
    client.post(index.url + index.reverse_subpage("share_check"))
    submission = Submission.objects.get()
    page = submission.page.specific
    page.save_revision().publish()

    page_url = proxy + page.url
    status, _, html = fetch(page_url)
    assert status == 200
    rendition_path = re.search(r'/media/images/[^"\s]+', html).group()
    assert fetch(proxy + rendition_path)[0] == 200
    assert cache_status(page_url) == "HIT"
    assert page.title in fetch(f"{proxy}/en/examples/")[2]

    withdraw_submission(submission)

    assert fetch(page_url)[0] == 404
    assert fetch(proxy + rendition_path)[0] == 404
    assert page.title not in fetch(f"{proxy}/en/examples/")[2]
