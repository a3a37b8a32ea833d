"""The real-browser layer: Debian's Chromium driven by Playwright, axe-core and the Nu HTML checker.

Reusable fixtures for journeys (submission, search, localisation... add modules beside these):

``demo_site``
    The demo content (``manage.py load_demo_content``, loaded once per session and put back
    from a snapshot for each test) in the test database, served by pytest-django's
    ``live_server``. Returns the live server's base URL.
``browser_page``
    A fresh Playwright page in its own browser context (English, a phone-sized
    viewport is ``browser_page.set_viewport_size(...)`` away). JavaScript errors and
    failed same-site requests are recorded and fail the test when ``visit`` is used.
``visit(path_or_url)``
    Opens a page in ``browser_page``, asserts an HTTP 200, no JavaScript errors and no
    broken same-site requests (CSS, JS, images), and returns the Playwright response.
``axe_check(page)``
    Runs axe-core (from node_modules) on the page for WCAG 2.0/2.1/2.2 A and AA rules and
    fails, listing each violation's rule, help text and target nodes, unless there are none.
``html_check(page_or_html, name)``
    Checks the HTML the server sent (a ``Page`` is re-fetched, so the check sees the raw
    response, not the DOM after JavaScript) with the Nu validator and fails on any error.

Missing tools (Chromium, Java, node_modules) skip these tests with a reason; with
``HUB_E2E_REQUIRED=1`` (set by .ci/run) they fail instead. Screenshots and HTML of failing
tests are written to ``.e2e-artifacts/``.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections

from tests.e2e import admin_kit
from tests.e2e.demo_snapshot import DemoSnapshot

CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
# A short-lived JVM starts about twice as fast with these; the checker needs a deep stack.
VNU_JVM_OPTIONS = ["-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ARTIFACTS = Path(settings.BASE_DIR) / ".e2e-artifacts"
TIMEOUT_MS = 15_000


def unavailable(reason):
    """Skip, or fail when the browser layer is required (CI)."""
    if os.environ.get("HUB_E2E_REQUIRED", "") in {"1", "true", "yes"}:
        pytest.fail(f"browser layer required (HUB_E2E_REQUIRED=1) but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures can save artefacts of failures."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


# --- Browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="package")
def chromium_browser():
    """One headless Chromium for the browser layer (Debian's, never `playwright install`)."""
    if not Path(CHROMIUM).exists():
        unavailable(f"{CHROMIUM} is missing (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Python playwright is not installed (pip install -e '.[test]')")

    # Playwright's sync API keeps an event loop running in this thread. Django then takes the
    # test thread for an async context: it refuses ORM calls (hence DJANGO_ALLOW_ASYNC_UNSAFE)
    # and would hand out new database connections, away from the test database's (the serialized
    # rollback data, SQLite's shared in-memory database). Keep the same connection objects.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    test_connections = {alias: connections[alias] for alias in connections}
    try:
        with sync_playwright() as playwright:
            for alias, connection in test_connections.items():
                connections[alias] = connection
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class PageProblems:
    """JavaScript errors and failed same-site requests seen by a page."""

    def __init__(self, base_url):
        self.origin = urlsplit(base_url).netloc
        self.js_errors = []
        self.failed_requests = []

    def on_page_error(self, error):
        self.js_errors.append(str(error))

    def on_response(self, response):
        if response.status >= 400 and urlsplit(response.url).netloc == self.origin:
            self.failed_requests.append(f"{response.status} {response.url}")

    def on_request_failed(self, request):
        if urlsplit(request.url).netloc != self.origin:
            return
        # A script's fetch cancelled by the page itself (a newer suggestion request, or the
        # reader leaving the page) is not a broken request.
        if request.resource_type in ("fetch", "xhr") and request.failure == "net::ERR_ABORTED":
            return
        self.failed_requests.append(f"{request.failure} {request.url}")

    def describe(self):
        lines = [f"JavaScript error: {error}" for error in self.js_errors]
        lines += [f"Failed request: {failure}" for failure in self.failed_requests]
        return "\n".join(lines)


@pytest.fixture
def browser_page(request, chromium_browser, live_server):
    """A fresh page in its own context, with problems recorded; artefacts saved if the test fails."""
    context = chromium_browser.new_context(
        base_url=live_server.url,
        bypass_csp=True,
        locale="en-GB",
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    problems = PageProblems(live_server.url)
    page.on("pageerror", problems.on_page_error)
    page.on("response", problems.on_response)
    page.on("requestfailed", problems.on_request_failed)
    page.hub_problems = problems
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        _save_artefacts(page, request.node.nodeid)
    context.close()


def _save_artefacts(page, nodeid):
    ARTIFACTS.mkdir(exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid)[-120:]
    try:
        page.screenshot(path=str(ARTIFACTS / f"{stem}.png"), full_page=True)
        (ARTIFACTS / f"{stem}.html").write_text(page.content(), encoding="utf-8")
    except Exception as error:  # noqa: BLE001 - artefacts are a courtesy, never the failure
        print(f"Could not save artefacts for {nodeid}: {error}")


@pytest.fixture
def visit(browser_page, live_server):
    """Open a path (or URL) and assert it loaded cleanly: HTTP 200, no JS errors, no broken assets."""

    def _visit(path_or_url):
        url = urljoin(live_server.url + "/", path_or_url)
        response = browser_page.goto(url, wait_until="load")
        assert response is not None, f"No response for {url}"
        assert response.status == 200, f"{url} answered {response.status}"
        assert_page_clean(browser_page)
        return response

    return _visit


def assert_page_clean(page):
    """Fail if the page has had JavaScript errors or failed same-site requests so far."""
    problems = page.hub_problems.describe()
    assert not problems, f"{page.url} had problems:\n{problems}"


# --- Content ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_snapshot(tmp_path_factory):
    return DemoSnapshot(tmp_path_factory.mktemp("demo-media"))


@pytest.fixture
def demo_site(live_server, django_db_serialized_rollback, settings, demo_snapshot):
    """The demo content in the test database, served by the live server; returns its base URL.

    live_server makes the test transactional (the database is emptied after it);
    serialized rollback puts back what the migrations created (root page, locales, groups).
    The first test loads the demo content; later ones get the same rows back from a
    snapshot (tests/e2e/demo_snapshot.py), so each starts from the demo as loaded.
    """
    if demo_snapshot.taken:
        demo_snapshot.restore(settings.MEDIA_ROOT)
    else:
        call_command("load_demo_content", verbosity=0)
        demo_snapshot.take(settings.MEDIA_ROOT)
    serve_links_from(live_server, settings)
    return live_server.url


COMMUNITY_AREAS = [
    "Inclusion and diversity",
    "Learning and development",
    "Impact",
    "Digital technologies",
    "Processes",
]


@pytest.fixture
def community_site(live_server, django_db_serialized_rollback, settings):
    """A community-examples index with its review workflow, the five areas and one approach."""
    from casestudies.services.workflow import ensure_workflow
    from tests.factories import ApproachFactory, SharedLearningIndexPageFactory, ThemeFactory, build_site_tree

    settings.COMMUNITY_FORM_MIN_SECONDS = 0
    tree = build_site_tree()
    index = SharedLearningIndexPageFactory(parent=tree.home, title="Community examples", slug="examples")
    ensure_workflow(index)
    for order, name in enumerate(COMMUNITY_AREAS):
        ThemeFactory(name=name, sort_order=order)
    ApproachFactory(name="Co-production")
    serve_links_from(live_server, settings)
    return index


def serve_links_from(live_server, settings):
    """Links in emails, feeds and meta tags point at the live server, as HUB_PUBLIC_URL would."""
    from hub.public_address import apply_to_default_site

    settings.HUB_PUBLIC_URL = settings.WAGTAILAPI_BASE_URL = live_server.url
    apply_to_default_site()


# --- Checkers --------------------------------------------------------------------------------


def format_axe_violations(violations, url):
    lines = [f"{len(violations)} accessibility violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"\n[{violation['impact']}] {violation['id']}: {violation['help']}\n  {violation['helpUrl']}"
        )
        for node in violation["nodes"]:
            lines.append(f"  - target: {node['target']}")
            lines.append(f"    html: {node['html'][:300]}")
            summary = (node.get("failureSummary") or "").replace("\n", "\n      ")
            if summary:
                lines.append(f"    {summary}")
    return "\n".join(lines)


@pytest.fixture
def axe_check():
    """axe_check(page, exclude=None) -> the axe results; fails on any WCAG A/AA violation.

    ``exclude`` is a list of CSS selectors axe should not look at (use sparingly, and say why).
    """
    if not AXE_JS.exists():
        unavailable(f"{AXE_JS} is missing (run `npm ci`)")

    def _check(page, exclude=None):
        if not page.evaluate("() => typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(AXE_JS))
        context = {"exclude": [[selector] for selector in exclude]} if exclude else None
        results = page.evaluate(
            """([context, tags]) => axe.run(context || document,
                   {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""",
            [context, AXE_TAGS],
        )
        violations = results["violations"]
        if violations:
            pytest.fail(format_axe_violations(violations, page.url), pytrace=False)
        return results

    return _check


def format_vnu_messages(messages, name, html):
    source_lines = html.splitlines()
    lines = [f"{len(messages)} HTML error(s) in {name}:"]
    for message in messages:
        line = message.get("lastLine") or message.get("firstLine")
        where = f"line {line}" if line else "document"
        lines.append(f"- {where}: {message.get('message')}")
        extract = message.get("extract")
        if extract:
            lines.append(f"    {extract.strip()[:200]!r}")
        elif line and 0 < line <= len(source_lines):
            lines.append(f"    {source_lines[line - 1].strip()[:200]!r}")
    return "\n".join(lines)


@pytest.fixture
def html_check(tmp_path):
    """html_check(page_or_html, name="page") -> None; fails on any Nu validator error.

    Given a Playwright page, checks the HTML the server sends for its current URL.
    """
    java = shutil.which("java")
    if not java:
        unavailable("java is missing (Debian: apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        unavailable(f"{VNU_JAR} is missing (run `npm ci`)")

    def _check(page_or_html, name="page"):
        if isinstance(page_or_html, str):
            html = page_or_html
        else:
            response = page_or_html.context.request.get(page_or_html.url)
            assert response.ok, f"{page_or_html.url} answered {response.status}"
            html = response.text()
            name = f"{name} ({page_or_html.url})"
        path = tmp_path / f"{re.sub(r'[^A-Za-z0-9_-]+', '_', name)[:80]}.html"
        path.write_text(html, encoding="utf-8")
        result = subprocess.run(  # noqa: S603 - fixed command, our own file
            [
                java,
                *VNU_JVM_OPTIONS,
                "-jar",
                str(VNU_JAR),
                "--errors-only",
                "--format",
                "json",
                "--stdout",
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        try:
            messages = json.loads(result.stdout or "{}").get("messages", [])
        except json.JSONDecodeError:
            pytest.fail(f"The Nu validator did not answer in JSON:\n{result.stdout}\n{result.stderr}")
        errors = [m for m in messages if m.get("type") in {"error", "non-document-error"}]
        if errors:
            pytest.fail(format_vnu_messages(errors, name, html), pytrace=False)
        if result.returncode != 0:
            pytest.fail(f"The Nu validator failed ({result.returncode}):\n{result.stderr}", pytrace=False)

    return _check


@pytest.fixture
def reviewers(community_site, django_user_model):
    """One signed-up user per review role, each able to sign in with admin_kit.PASSWORD."""
    from django.contrib.auth.models import Group

    def user(name, group):
        person = django_user_model.objects.create_user(name, f"{name}@staff.example.org", admin_kit.PASSWORD)
        person.groups.add(Group.objects.get(name=group))
        return person

    return {
        "mod": user("mod", "Moderators"),
        "panel": user("panel", "Public reviewers"),
        "ed": user("ed", "Editors"),
    }
