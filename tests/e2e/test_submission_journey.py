"""A community member shares an example and a photo with the keyboard alone, reaches the confirmation and
the private status page; a moderator approves it in Wagtail's admin. axe-core checks the form,
its error state, the confirmation and the status page."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect
from wagtail.models import TaskState

from casestudies.models import Submission

pytestmark = pytest.mark.e2e


def tab_to(page, selector, limit=150):
    """Press Tab until the element matching selector has focus, as a keyboard user would."""
    target = page.locator(selector).first
    for _ in range(limit):
        if target.evaluate("el => el === document.activeElement"):
            return target
        page.keyboard.press("Tab")
    raise AssertionError(f"Could not reach {selector} with the Tab key")


def type_into(page, selector, text):
    tab_to(page, selector)
    page.keyboard.type(text)


def photo_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "orange").save(buffer, format="JPEG")
    return buffer.getvalue()


def test_share_an_example_with_the_keyboard_then_moderator_approves(
    community_site, browser_page, visit, axe_check, html_check, django_user_model
):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    index = community_site
    share_path = index.url + index.reverse_subpage("share")

    visit(share_path)
    expect(page.locator("h1")).to_have_text("Share your example")
    axe_check(page)
    html_check(page, "share form")

    # Sending the empty form shows the NHS.UK error summary, focused, with links to each field.
    tab_to(page, "#submit-button")
    with page.expect_response(lambda response: response.request.method == "POST") as refused:
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    html_check(refused.value.text(), "share form, errors")  # the page as sent, errors and all
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Enter a short title for your example")
    expect(summary).to_contain_text("You must agree that we can publish your example")
    expect(page).to_have_title(re.compile("^Error:"))
    axe_check(page)

    # Fill it in with the keyboard alone.
    type_into(page, "#id_title", "Recipe cards with a carers' group")
    tab_to(page, "#id_stage_0")
    page.keyboard.press("Space")
    type_into(page, "#id_what_we_did", "We met six times and wrote recipe cards with researchers.")
    tab_to(page, "#id_themes_0")
    page.keyboard.press("Space")
    tab_to(page, "#id_credit_preference_0")
    page.keyboard.press("ArrowDown")  # radios move with the arrow keys: 'Name our group only'
    tab_to(page, "#id_group_name")
    type_into(page, "#id_group_name", "Riverside Carers")
    type_into(page, "#id_contact_name", "Amira Khan")
    type_into(page, "#id_contact_email", "amira@example.net")
    # A photo: the file input opens the system's chooser from the keyboard.
    tab_to(page, "#id_photo_1")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(
        files=[{"name": "IMG_0042.jpg", "mimeType": "image/jpeg", "buffer": photo_bytes()}]
    )
    type_into(page, "#id_photo_1_description", "Carers writing recipe cards at a long table")
    tab_to(page, "#id_consent_publish")
    page.keyboard.press("Space")
    tab_to(page, "#id_consent_contact")
    page.keyboard.press("Space")
    tab_to(page, "#id_consent_pictured")
    page.keyboard.press("Space")
    tab_to(page, "#submit-button")
    page.keyboard.press("Enter")
    page.wait_for_load_state("load")

    # Check your answers: nothing is sent yet.
    expect(page.locator("h1")).to_have_text("Check your answers before sending your example")
    answers = page.locator("#your-answers")
    expect(answers).to_contain_text("Recipe cards with a carers' group")
    expect(answers).to_contain_text("Photo 1: Carers writing recipe cards at a long table")
    assert not Submission.objects.exists()
    axe_check(page)
    html_check(page, "check your answers")

    # Change the title: the form comes back with every answer, and the photo kept.
    tab_to(page, "#your-answers a[href$='#id_title']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("#id_title")).to_have_value("Recipe cards with a carers' group")
    expect(page.locator("#id_contact_email")).to_have_value("amira@example.net")
    expect(page.locator("#keep-photo-1")).to_be_checked()
    expect(page.locator("#photos-again")).to_have_count(0)
    axe_check(page)
    html_check(page, "share form, changing an answer")
    tab_to(page, "#id_title")
    page.keyboard.press("Control+A")
    page.keyboard.type("Recipe cards written with a carers' group")
    tab_to(page, "#submit-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(answers).to_contain_text("Recipe cards written with a carers' group")
    expect(answers).to_contain_text("Photo 1: Carers writing recipe cards at a long table")
    tab_to(page, "#submit-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # The confirmation, with the reference number.
    expect(page.locator("h1")).to_have_text("We have your example")
    submission = Submission.objects.get()
    assert submission.credit_names == "" and submission.group_name == "Riverside Carers"
    assert submission.page.draft_title == "Recipe cards written with a carers' group"
    [photo] = submission.page.photos.all()
    assert photo.alt_text == "Carers writing recipe cards at a long table"
    assert "IMG_0042" not in photo.image.file.name
    expect(page.locator(".hub-reference")).to_have_text(submission.reference)
    axe_check(page)
    html_check(page, "confirmation")
    # "Print this page" opens the browser's print dialog (counted here: headless Chromium has none).
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    tab_to(page, "#print-page")
    page.keyboard.press("Enter")
    assert page.evaluate("window.printed") == 1

    # Follow the private link to the status page.
    tab_to(page, "a:has-text('See the progress of your example')")
    page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    expect(page.locator("#current-status")).to_contain_text("Being reviewed")
    expect(page.locator("main")).to_contain_text("Checking consent, safety and personal details")
    axe_check(page)

    # A moderator signs in and approves the first stage in the admin.
    moderator = django_user_model.objects.create_user("mod", "mod@staff.example.org", "a-long-password-1")
    from django.contrib.auth.models import Group

    moderator.groups.add(Group.objects.get(name="Moderators"))
    page.goto("/admin/login/")
    page.fill("#id_username", "mod")
    page.fill("#id_password", "a-long-password-1")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.goto(f"/admin/pages/{submission.page_id}/edit/")
    page.wait_for_load_state("load")
    approve = page.locator("button[data-workflow-action-name='approve']").first
    if not approve.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").last.click()
    with page.expect_navigation():
        approve.click()
    state = TaskState.objects.for_instance(submission.page).get(status="in_progress")
    assert state.task.name == "Lay review panel"
