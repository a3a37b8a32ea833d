"""The browser harness's record of problems: what counts as a broken request."""

from types import SimpleNamespace

from tests.e2e.conftest import PageProblems

ORIGIN = "http://localhost:8000"


def failed(url, failure="net::ERR_ABORTED", resource_type="fetch"):
    return SimpleNamespace(url=url, failure=failure, resource_type=resource_type)


def test_a_fetch_the_page_cancelled_itself_is_not_a_problem():
    problems = PageProblems(ORIGIN)
    problems.on_request_failed(failed(f"{ORIGIN}/cy/search/suggest/?q=cyfeillion"))
    assert problems.describe() == ""


def test_broken_same_site_requests_are_problems():
    problems = PageProblems(ORIGIN)
    problems.on_request_failed(failed(f"{ORIGIN}/static/css/hub.css", resource_type="stylesheet"))
    problems.on_request_failed(failed(f"{ORIGIN}/search/suggest/?q=x", failure="net::ERR_CONNECTION_RESET"))
    problems.on_request_failed(failed("https://elsewhere.example/x.js", failure="net::ERR_FAILED"))
    assert problems.describe().splitlines() == [
        f"Failed request: net::ERR_ABORTED {ORIGIN}/static/css/hub.css",
        f"Failed request: net::ERR_CONNECTION_RESET {ORIGIN}/search/suggest/?q=x",
    ]
