"""A reader's search journey in Chromium: suggestions by keyboard, a facet on and off, a result.

Checked with axe-core on the open suggestion list, the results page and the empty-results
page, and with the Nu validator on the results page.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_search_journey(demo_site, browser_page, visit, axe_check, html_check):
    page = browser_page
    visit("/en/search/")

    # Type a query: the suggestion list opens and is announced.
    box = page.locator("#search-page-field")
    expect(box).to_have_attribute("role", "combobox")
    box.press_sequentially("digital bud", delay=40)
    listbox = page.locator("#search-page-field-suggestions")
    expect(listbox).to_be_visible()
    options = listbox.locator("[role='option']")
    expect(options.first).to_contain_text("Digital buddies")
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(page.locator(".hub-search-form .hub-suggest [role='status']")).to_contain_text(
        "Suggestions available"
    )
    axe_check(page)

    # Pick a suggestion with the keyboard.
    box.press("ArrowDown")
    first_id = options.first.get_attribute("id")
    expect(box).to_have_attribute("aria-activedescendant", first_id)
    expect(options.first).to_have_attribute("aria-selected", "true")
    chosen = options.first.locator("span").first.inner_text()
    with page.expect_navigation():
        box.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q="))
    expect(page.locator(".hub-search-result__title a").first).to_have_text(chosen)
    expect(page.locator("#results")).to_contain_text("result")
    # Matched words are bold, not yellow: yellow means keyboard focus on this site.
    mark = page.locator(".hub-search-result mark").first
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert mark.evaluate("m => getComputedStyle(m).fontWeight") == "700"
    axe_check(page)
    html_check(page, "search-results")

    # Apply a facet, then remove it.
    visit("/en/search/?q=digital")
    all_count = page.locator(".hub-search-result").count()
    page.get_by_label(re.compile(r"^Case studies")).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#results")).to_contain_text("filtered by content type “Case studies”")
    filtered_count = page.locator(".hub-search-result").count()
    assert 0 < filtered_count <= all_count
    for meta in page.locator(".hub-search-result__meta").all():
        expect(meta).to_contain_text("Case study")
    # The other types stay offered: a reader can add blog posts to the case studies.
    page.get_by_label(re.compile(r"^Blog posts")).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#results")).to_contain_text(
        "filtered by content type “Blog posts” or “Case studies”"
    )
    kinds = {meta.inner_text().split(" · ")[0] for meta in page.locator(".hub-search-result__meta").all()}
    assert kinds <= {"Case study", "Blog post"} and len(kinds) == 2
    page.get_by_label(re.compile(r"^Blog posts")).uncheck()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert page.locator(".hub-search-result").count() == filtered_count
    with page.expect_navigation():
        page.locator(".hub-active-filters__link").first.click()
    expect(page.locator(".hub-active-filters")).to_have_count(0)
    assert page.locator(".hub-search-result").count() == all_count

    # Open a result.
    first = page.locator(".hub-search-result__title a").first
    title = first.inner_text()
    with page.expect_navigation():
        first.click()
    expect(page.locator("h1")).to_have_text(title)


def test_empty_results_page_is_accessible(demo_site, browser_page, visit, axe_check, html_check):
    visit("/en/search/?q=zzqxv+wwqqz")
    expect(browser_page.locator("#results")).to_contain_text("0 results")
    expect(browser_page.locator(".nhsuk-inset-text")).to_contain_text("Nothing matched")
    axe_check(browser_page)
    html_check(browser_page, "search-empty")


def test_misspelling_offers_did_you_mean(demo_site, browser_page, visit):
    visit("/en/search/?q=demensia")
    link = browser_page.locator(".hub-did-you-mean a")
    expect(link).to_have_text("dementia")
    with browser_page.expect_navigation():
        link.click()
    expect(browser_page.locator(".hub-search-result").first).to_be_visible()


def test_header_search_box_suggests_on_every_page(demo_site, browser_page, visit, axe_check):
    page = browser_page
    visit("/en/blog/")
    box = page.locator("#search-field")
    expect(box).to_have_attribute("role", "combobox")
    box.press_sequentially("demen", delay=40)
    listbox = page.locator("#search-field-suggestions")
    expect(listbox).to_be_visible()
    options = listbox.locator("[role='option']")
    expect(options.first).to_contain_text(re.compile("dementia", re.IGNORECASE))
    expect(page.locator("#search [role='status']")).to_contain_text("Suggestions available")
    axe_check(page)
    # The list opens below the box: the box and its button stay in sight and can be clicked.
    box_area, list_area = box.bounding_box(), listbox.bounding_box()
    assert list_area["y"] >= box_area["y"] + box_area["height"] - 1
    button = page.locator("#search button[type='submit']")
    assert button.evaluate(
        "b => { const r = b.getBoundingClientRect();"
        " return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); }"
    )

    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", options.first.get_attribute("id"))
    chosen = options.first.locator("span").first.inner_text()
    with page.expect_navigation():
        box.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q="))
    expect(page.locator(".hub-search-result__title a").first).to_have_text(chosen)


def test_on_a_phone_the_filters_fold_behind_a_button(demo_site, browser_page, visit, axe_check):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    visit("/en/search/?q=digital")
    toggle = page.get_by_role("button", name="Filter results")
    filters = page.locator("#search-filters")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(filters).to_be_hidden()
    # The results start on the first screen, not after every facet.
    first = page.locator(".hub-search-result__title a").first.bounding_box()
    assert first["y"] + first["height"] <= 844
    axe_check(page)

    # Open them with the keyboard, then filter.
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(filters).to_be_visible()
    axe_check(page)
    page.get_by_label(re.compile(r"^Case studies")).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#results")).to_contain_text("filtered by content type “Case studies”")

    # On a wider screen the filters sit beside the results, with no button.
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(page.locator(".hub-filters-toggle")).to_be_hidden()
    expect(filters).to_be_visible()


# Adds up layout shifts as the page is drawn (Chromium's Layout Instability API).
LAYOUT_SHIFT_OBSERVER = """
window.hubLayoutShift = 0;
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) if (!entry.hadRecentInput) window.hubLayoutShift += entry.value;
}).observe({type: "layout-shift", buffered: true});
"""


def test_on_a_phone_the_results_page_does_not_jump(demo_site, browser_page, visit):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.add_init_script(LAYOUT_SHIFT_OBSERVER)
    visit("/en/search/?q=digital")
    expect(page.get_by_role("button", name="Filter results")).to_be_visible()
    page.wait_for_timeout(300)  # any late shift is counted too
    assert page.evaluate("window.hubLayoutShift") < 0.01


def test_on_a_wide_screen_the_keyboard_skips_to_the_results(demo_site, browser_page, visit):
    page = browser_page
    visit("/en/search/?q=digital")
    page.locator("#search-page-field").focus()
    for _press in range(3):  # the search button, then the skip link
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Skip to results":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to results"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first_result = page.locator(".hub-search-result__title a").first.inner_text()
    assert page.evaluate("document.activeElement.textContent.trim()") == first_result
