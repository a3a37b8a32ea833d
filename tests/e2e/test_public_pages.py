"""Readers' journeys through the public pages, in Chromium, each page checked by axe-core and the Nu validator."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from blog.models import BlogIndexPage, BlogPage
from casestudies.models import CaseStudyIndexPage, CaseStudyPage

pytestmark = pytest.mark.e2e


def home_page():
    """The default site's home page, which the demo content sets up."""
    return Site.objects.get(is_default_site=True).root_page.specific


def path_of(page):
    """The page's path on the default site (the live server's host differs from the Site's)."""
    return page.specific.get_url_parts()[2]


def test_home_page(demo_site, browser_page, visit, axe_check, html_check):
    home = home_page()

    visit("/")

    assert browser_page.url.endswith("/en/"), "The site root should send readers to the English home page"
    expect(browser_page.locator("h1")).to_have_count(1)
    expect(browser_page).to_have_title(re.compile(re.escape(home.seo_title or home.title)))
    for section in (BlogIndexPage, CaseStudyIndexPage):
        index = section.objects.live().descendant_of(home).first()
        expect(browser_page.locator(f"a[href='{path_of(index)}']").first).to_be_attached()
    axe_check(browser_page)
    html_check(browser_page, "home")

    # Phone-sized screen: the same checks, since reflow and target-size rules depend on it.
    browser_page.set_viewport_size({"width": 375, "height": 812})
    axe_check(browser_page)


def test_blog_index_and_post(demo_site, browser_page, visit, axe_check, html_check):
    blog_index = BlogIndexPage.objects.live().descendant_of(home_page()).first()
    posts = BlogPage.objects.live().descendant_of(blog_index)
    assert posts.exists(), "The demo content should include blog posts"

    visit(path_of(blog_index))

    expect(browser_page.locator("h1")).to_have_text(blog_index.title)
    axe_check(browser_page)
    html_check(browser_page, "blog index")

    # Open the first listed post as a reader would.
    first_link = browser_page.locator("main a.nhsuk-card__link").first
    post = posts.get(title=first_link.inner_text().strip())
    first_link.click()
    browser_page.wait_for_url(re.compile(re.escape(path_of(post)) + "$"), wait_until="load")

    expect(browser_page.locator("h1")).to_have_text(post.title)
    assert not browser_page.hub_problems.describe(), browser_page.hub_problems.describe()
    axe_check(browser_page)
    html_check(browser_page, "blog post")


def test_case_studies_filtered_by_theme_and_a_case_study(
    demo_site, browser_page, visit, axe_check, html_check
):
    index = CaseStudyIndexPage.objects.live().descendant_of(home_page()).first()
    case_studies = CaseStudyPage.objects.live().descendant_of(index)
    assert case_studies.exists(), "The demo content should include case studies"

    visit(path_of(index))
    expect(browser_page.locator("h1")).to_have_text(index.title)
    axe_check(browser_page)
    html_check(browser_page, "case study index")

    # Choose the first theme in the filter form and apply it.
    theme_select = browser_page.get_by_label("Theme", exact=True)
    options = theme_select.locator("option:not([value=''])")
    assert options.count() > 0, "The theme filter should offer the demo themes"
    slug = options.first.get_attribute("value")
    theme_select.select_option(slug)
    browser_page.get_by_role("button", name="Apply filters").click()
    browser_page.wait_for_url(re.compile(rf"[?&]theme={re.escape(slug)}(&|$)"), wait_until="load")

    matching = case_studies.filter(themes__slug=slug).distinct()
    expected = matching.count()
    assert expected > 0, f"The demo theme {slug!r} should have case studies"
    expect(browser_page.locator("#results")).to_contain_text(f"{expected} case stud")
    expect(browser_page.locator("#results")).to_contain_text("match your filters")
    expect(theme_select).to_have_value(slug)
    assert not browser_page.hub_problems.describe(), browser_page.hub_problems.describe()
    axe_check(browser_page)
    html_check(browser_page, "case study index filtered by theme")

    # Open the first matching case study.
    link = browser_page.locator("main a.nhsuk-card__link").first
    case_study = matching.get(title=link.inner_text().strip())
    link.click()
    browser_page.wait_for_url(re.compile(re.escape(path_of(case_study)) + "$"), wait_until="load")

    expect(browser_page.locator("h1")).to_have_text(case_study.title)
    assert not browser_page.hub_problems.describe(), browser_page.hub_problems.describe()
    axe_check(browser_page)
    html_check(browser_page, "case study")


def test_an_address_with_a_nul_byte_gets_the_hubs_own_400_page(
    community_site, browser_page, live_server, axe_check, html_check
):
    response = browser_page.goto(live_server.url + "/en/blog/?tag=%00", wait_until="load")
    assert response.status == 400
    expect(browser_page.locator("h1")).to_have_text("Sorry, we could not read that address")
    axe_check(browser_page)
    html_check(response.text(), "400 page")
    browser_page.get_by_role("link", name="Go to the home page").click()
    browser_page.wait_for_load_state("load")
    assert browser_page.url.startswith(live_server.url + "/")
