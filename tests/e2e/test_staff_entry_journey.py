"""Staff enter an example that came by phone or at a workshop, then find it in the report, in Chromium.

A moderator opens the report from the admin, enters the example (a real multipart post with
the browser's Origin and CSRF token), sees it listed with who entered it, filters the report
and an editor downloads the CSV.
"""

import csv
import io

import pytest
from playwright.sync_api import expect

from casestudies.models import Submission
from tests.e2e.admin_kit import sign_in

pytestmark = pytest.mark.e2e


def test_moderator_enters_a_phone_example_and_the_editor_exports_it(
    browser_page, live_server, community_site, reviewers, axe_check
):
    page = browser_page
    reviewers["mod"].first_name, reviewers["mod"].last_name = "Rhian", "Moderator"
    reviewers["mod"].save()
    sign_in(page, live_server, "mod")
    page.goto(live_server.url + "/admin/community-submissions/")
    with page.expect_navigation():
        page.get_by_role("link", name="Enter an example for a group").click()
    expect(page.locator("h1")).to_contain_text("Enter an example for a group")
    axe_check(page)

    # Sending it half-filled keeps what was typed and names what is missing.
    page.locator("#id_title").fill("Singing group helped shape a breathing study")
    with page.expect_navigation():
        page.get_by_role("button", name="Enter and send for review").click()
    expect(page.locator("#id_title")).to_have_value("Singing group helped shape a breathing study")
    expect(page.locator(".error-message").first).to_be_visible()
    assert not Submission.objects.exists()

    page.locator("#id_stage input[value='done']").check()
    page.locator("#id_what_we_did").fill(
        "Members of a lung health singing group read the study plan with us."
    )
    page.locator("#id_credit_preference input[value='anonymous']").check()
    page.locator("#id_contact_name").fill("Pat Evans")
    page.locator("#id_consent_publish").check()
    page.locator("#id_channel").select_option("phone")
    page.locator("#id_source_note").fill("Phone call with the group's organiser, 3 March")
    with page.expect_navigation():
        page.get_by_role("button", name="Enter and send for review").click()
    expect(page.locator("body")).not_to_contain_text("CSRF verification failed")

    submission = Submission.objects.get()
    assert submission.channel == "phone" and submission.entered_by == reviewers["mod"]
    assert submission.page.draft_title == "Singing group helped shape a breathing study"
    page.goto(live_server.url + "/admin/community-submissions/")
    row = page.locator("tr", has_text=submission.reference)
    expect(row).to_contain_text("Phone call with the group's organiser")
    expect(row).to_contain_text("Rhian Moderator")
    axe_check(page)

    # The editor filters by how examples came in, then downloads what is shown.
    sign_in(page, live_server, "ed")
    page.goto(live_server.url + "/admin/community-submissions/")
    page.get_by_label("Came in by").select_option("web")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    expect(page.locator("table.listing tbody")).to_contain_text("No submissions match.")
    page.get_by_label("Came in by").select_option("phone")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    expect(page.locator("table.listing tbody")).to_contain_text(submission.reference)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    with open(download.value.path(), encoding="utf-8-sig") as exported:
        rows = list(csv.reader(io.StringIO(exported.read())))
    header, first = rows[0], rows[1]
    assert len(rows) == 2
    assert first[header.index("entered by")] == "Rhian Moderator"
