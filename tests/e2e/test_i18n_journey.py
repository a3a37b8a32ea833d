"""A reader's journey in Welsh and in Urdu, in Chromium, on the demo content.

From an English page the reader switches language with the switcher, reads a case
study, searches and opens the form for sharing an example. Every page is checked with
axe-core. In Urdu the layout must be mirrored: the header's home link (logo and site
name) sits on the right and the search on the left, the opposite of English, which is
checked from the elements' positions; screenshots of both are saved to .e2e-artifacts/.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, assert_page_clean, unavailable

pytestmark = pytest.mark.e2e

JOURNEYS = {
    "cy": {
        "dir": "ltr",
        "case_study_path": "/cy/astudiaethau-achos/cyfeillion-digidol/",
        "case_study_title": "Cyfeillion digidol",
        "query": "cyfeillion",
        "examples_path": "/cy/enghreifftiau-cymunedol/",
    },
    "ur": {
        "dir": "rtl",
        "case_study_path": "/ur/case-studies/digital-buddies-for-online-involvement/",
        "case_study_title": "ڈیجیٹل ساتھی",
        "query": "ساتھی",
        "examples_path": "/ur/community-examples/",
    },
}


def switch_to(page, code):
    link = page.locator(f".hub-languages a[data-language='{code}']")
    expect(link).to_have_count(1)
    with page.expect_navigation():
        link.click()
    expect(page.locator("html")).to_have_attribute("lang", code)
    assert_page_clean(page)


def header_boxes(page):
    home = page.locator(".nhsuk-header__service-logo").bounding_box()
    search = page.locator(".nhsuk-header__search").bounding_box()
    width = page.viewport_size["width"]
    return home, search, width


@pytest.mark.parametrize("code", ["cy", "ur"])
def test_reader_journey_in_another_language(code, demo_site, browser_page, visit, axe_check):
    journey = JOURNEYS[code]
    page = browser_page

    # The home page, in English, offers the language; the switcher leads to its translation.
    visit("/en/")
    switch_to(page, code)
    expect(page).to_have_url(re.compile(rf"/{code}/$"))
    expect(page.locator("html")).to_have_attribute("dir", journey["dir"])
    axe_check(page)

    # A case study, reached from its English version through the switcher.
    visit("/en/case-studies/digital-buddies-for-online-involvement/")
    switch_to(page, code)
    expect(page).to_have_url(re.compile(re.escape(journey["case_study_path"].split("/")[-2]) + "/$"))
    expect(page.locator("h1")).to_contain_text(journey["case_study_title"])
    # The switcher leads back to English.
    expect(page.locator(".hub-languages a[data-language='en']")).to_have_count(1)
    axe_check(page)

    # Search from the header: results in this language only.
    box = page.locator("#search-field")
    box.fill(journey["query"])
    with page.expect_navigation():
        box.press("Enter")
    expect(page).to_have_url(re.compile(rf"/{code}/search/\?q="))
    titles = page.locator(".hub-search-result__title a")
    expect(titles.first).to_be_visible()
    for href in titles.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        assert href.startswith(f"/{code}/"), href
    expect(page.locator(".hub-search-results, main").first).to_contain_text(journey["case_study_title"])
    axe_check(page)

    # The community examples page, and its form for sharing an example.
    visit(journey["examples_path"])
    share = page.locator(f"main a[href$='{journey['examples_path']}share/']").first
    with page.expect_navigation():
        share.click()
    expect(page).to_have_url(re.compile(r"/share/$"))
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator("form button[type='submit'], form input[type='submit']").first).to_be_visible()
    assert_page_clean(page)
    axe_check(page)


def test_urdu_layout_is_mirrored(demo_site, browser_page, visit):
    page = browser_page
    ARTIFACTS.mkdir(exist_ok=True)

    visit("/en/case-studies/digital-buddies-for-online-involvement/")
    home, search, width = header_boxes(page)
    assert home["x"] + home["width"] / 2 < width / 2, "English: the home link should be on the left"
    assert search["x"] + search["width"] / 2 > width / 2, "English: the search should be on the right"
    english_h1 = page.locator("h1").bounding_box()
    page.screenshot(path=str(ARTIFACTS / "i18n-en-ltr.png"))

    visit("/ur/case-studies/digital-buddies-for-online-involvement/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    home, search, width = header_boxes(page)
    page.screenshot(path=str(ARTIFACTS / "i18n-ur-rtl.png"))
    assert home["x"] + home["width"] / 2 > width / 2, "Urdu: the home link should be on the right"
    assert search["x"] + search["width"] / 2 < width / 2, "Urdu: the search should be on the left"
    # The heading starts from the right edge of the content, where English starts from the left.
    urdu_h1 = page.locator("h1").bounding_box()
    content = page.locator("main").bounding_box()
    assert urdu_h1["x"] + urdu_h1["width"] == pytest.approx(
        content["x"] + content["width"] - (english_h1["x"] - content["x"]), abs=24
    )
    # The text itself is right-aligned: the heading's text hugs its right edge.
    text_right = page.evaluate(
        """() => { const r = document.createRange(); const h = document.querySelector('h1');
                   r.selectNodeContents(h); const b = r.getBoundingClientRect();
                   return [b.right, h.getBoundingClientRect().right]; }"""
    )
    assert abs(text_right[0] - text_right[1]) < 4

    # A listing's cards fill the column from edge to edge on a phone, as in English: a list
    # of cards keeps no indent on its right.
    page.set_viewport_size({"width": 390, "height": 844})
    visit("/ur/events/")
    card = page.locator("main .hub-event-list .nhsuk-card").first.bounding_box()
    assert card["x"] == pytest.approx(390 - (card["x"] + card["width"]), abs=2)


NASTALIQ_FONT = Path("/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf")

# Every visible element holding Urdu text, with its line height as a multiple of its font size.
URDU_LINE_HEIGHTS = """
() => [...document.querySelectorAll("main *, footer *")]
  .filter((el) => el.offsetParent !== null && [...el.childNodes].some(
    (n) => n.nodeType === 3 && /[\\u0600-\\u06ff]/.test(n.textContent)))
  .map((el) => {
    const style = getComputedStyle(el);
    const lineHeight = parseFloat(style.lineHeight) || 0;
    return [el.tagName + "." + el.className, lineHeight / parseFloat(style.fontSize)];
  })
"""

# Where each of two words of a text node is drawn, left edge first.
LEFT_EDGES = """
([selector, first, second]) => {
  const node = [...document.querySelector(selector).childNodes].find((n) => n.nodeType === 3);
  const left = (word) => {
    const range = document.createRange();
    const start = node.textContent.indexOf(word);
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    return range.getBoundingClientRect().left;
  };
  return [left(first), left(second)];
}
"""


def test_urdu_in_a_nastaliq_font_has_room_and_numbers_read_left_to_right(demo_site, browser_page, visit):
    if not NASTALIQ_FONT.exists():
        unavailable("Debian's fonts-noto-core (Noto Nastaliq Urdu) is not installed")
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})

    visit("/ur/")
    cramped = [(name, round(ratio, 2)) for name, ratio in page.evaluate(URDU_LINE_HEIGHTS) if ratio < 1.9]
    assert cramped == [], f"Urdu lines too tight for Nastaliq letters: {cramped}"
    # The phone number reads 0300 123 4567 from the left, as dialled; the year stays whole.
    zero_three, four_five = page.evaluate(LEFT_EDGES, ["footer a[href^='tel:']", "0300", "4567"])
    assert zero_three < four_five
    expect(page.locator("footer bdi").first).to_have_text(re.compile(r"^\d{4}$"))

    # The share form's error summary and a select box, after sending it empty.
    visit("/ur/community-examples/share/")
    with page.expect_navigation():
        page.locator("main form button[type='submit']").last.click()
    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    cramped = [(name, round(ratio, 2)) for name, ratio in page.evaluate(URDU_LINE_HEIGHTS) if ratio < 1.9]
    assert cramped == [], f"Urdu lines too tight for Nastaliq letters: {cramped}"
    select = page.locator("main select").first
    heights = select.evaluate("s => [s.clientHeight, parseFloat(getComputedStyle(s).fontSize)]")
    assert heights[0] >= 1.9 * heights[1], "the chosen option would be cut off"
    page.screenshot(path=str(ARTIFACTS / "urdu-share-errors-390.png"))
