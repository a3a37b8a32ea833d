"""The search page, its facets, snippets, suggestions and the engine behind them."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from search.engine import candidate_pages, clean_filters, find_ids
from search.models import UnansweredSearch
from search.registry import searchable_page_models
from search.text import highlight, query_words, stem
from tests.factories import BlogPageFactory, StandardPageFactory, ThemeFactory, paragraph

pytestmark = pytest.mark.django_db

URL = "/en/search/"


def result_titles(response):
    html = response.content.decode()
    titles = re.findall(r'hub-search-result__title"><a href="[^"]*">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", title) for title in titles]


def search_titles(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return result_titles(response)


# --- What is searched -----------------------------------------------------------------------


def test_searchable_types_are_discovered_not_listed():
    names = {model.__name__ for model in searchable_page_models()}
    assert {"BlogPage", "CaseStudyPage", "StandardPage"} <= names
    assert {"SharedLearningPage", "CollectionPage"} <= names
    assert not names & {"HomePage", "BlogIndexPage", "CaseStudyIndexPage", "SharedLearningIndexPage"}


def test_finds_pages_of_every_type_by_their_own_fields(client, corpus):
    # a case study's structured field
    assert search_titles(client, q="library interviews") == ["Memory cafe partners"]
    # a blog post's author (a related field)
    assert search_titles(client, q="Okafor") == ["Paying public contributors on time"]
    # a taxonomy name
    assert "Testing a mood app with young people" in search_titles(client, q="consultation")
    # a standard page's body block
    assert search_titles(client, q="engagement team") == ["About the hub"]


def test_title_and_summary_outrank_body(client, corpus):
    StandardPageFactory(
        parent=corpus.site_tree.home,
        title="Venues",
        slug="venues",
        summary="Choosing rooms.",
        body=paragraph("Accessible venues and a note on vouchers for travel."),
    )
    BlogPageFactory(
        parent=corpus.site_tree.blog_index,
        title="Vouchers or bank transfer?",
        slug="vouchers",
        summary="Vouchers suit some contributors better than cash.",
    )
    titles = search_titles(client, q="vouchers")
    assert titles[0] == "Vouchers or bank transfer?"
    assert "Venues" in titles


def test_stemming_finds_word_families(client, corpus):
    assert search_titles(client, q="co-producing") == ["Memory cafe partners"]
    assert search_titles(client, q="co-produce") == ["Memory cafe partners"]
    assert "Paying public contributors on time" in search_titles(client, q="payment")
    assert "Lessons from a lay review panel" in search_titles(client, q="panels")


def test_every_word_then_any_word(client, corpus):
    assert search_titles(client, q="dementia library") == ["Memory cafe partners"]
    response = client.get(URL, {"q": "dementia zebra"})
    assert result_titles(response) == ["Memory cafe partners"]
    assert "No page contains all of your words" in response.content.decode()


# --- Only live, public pages in the reader's language ---------------------------------------


def test_drafts_and_private_pages_never_appear(client, corpus):
    titles = search_titles(client, q="dementia")
    assert titles == ["Memory cafe partners"]
    assert not search_titles(client, q="draft")
    assert not search_titles(client, q="password notes")


def test_unpublish_private_move_and_delete_take_effect_once_committed(
    client, corpus, django_capture_on_commit_callbacks
):
    committed = lambda: django_capture_on_commit_callbacks(execute=True)  # noqa: E731
    assert search_titles(client, q="mood app") == ["Testing a mood app with young people"]
    with committed():
        corpus.apps_study.unpublish()
    assert search_titles(client, q="mood app") == []

    assert search_titles(client, q="vouchers") == ["Paying public contributors on time"]
    with committed():
        PageViewRestriction.objects.create(page=corpus.payments, restriction_type="login")
    assert search_titles(client, q="vouchers") == []

    assert search_titles(client, q="library") == ["Memory cafe partners"]
    with committed():
        corpus.memory.move(corpus.private, pos="last-child")
    assert search_titles(client, q="library") == []

    assert search_titles(client, q="engagement team") == ["About the hub"]
    with committed():
        corpus.about.delete()
    assert search_titles(client, q="engagement team") == []


def test_results_are_in_the_readers_language(client, corpus):
    welsh, _ = Locale.objects.get_or_create(language_code="cy")
    home_cy = corpus.site_tree.home.copy_for_translation(welsh)
    home_cy.save_revision().publish()
    about_cy = corpus.about.copy_for_translation(welsh)
    about_cy.title = "Am yr hwb"
    about_cy.save_revision().publish()

    assert search_titles(client, q="engagement team") == ["About the hub"]
    response = client.get("/cy/search/", {"q": "engagement team"})
    assert response.status_code == 200
    assert result_titles(response) == ["Am yr hwb"]


# --- Facets, filters, sorting, pagination ---------------------------------------------------


def facet_counts_from(html, key):
    pattern = rf'name="{key}" type="checkbox" value="([^"]+)"(?: checked)?>\s*<label[^>]*>[^<]*<span class="hub-facet-count">\((\d+)\)'
    return {value: int(count) for value, count in re.findall(pattern, html)}


def test_facet_counts_cover_the_whole_result_set(client, corpus):
    html = client.get(URL, {"q": "people"}).content.decode()
    # "people" is in two case studies, a blog post and the about page
    assert facet_counts_from(html, "type") == {"casestudypage": 2, "blogpage": 1, "standardpage": 1}
    assert facet_counts_from(html, "theme") == {"inclusion-and-diversity": 2, "digital-technologies": 1}
    assert facet_counts_from(html, "approach") == {"co-production": 1, "consultation": 1}
    assert facet_counts_from(html, "topic") == {"dementia": 1, "mental-health": 1}
    assert facet_counts_from(html, "region") == {"north-west": 1, "wales": 1}
    assert facet_counts_from(html, "year") == {"2024": 2, "2023": 2}


def test_a_facet_is_counted_without_its_own_selection(client, corpus):
    html = client.get(URL, {"q": "people", "type": "casestudypage"}).content.decode()
    # The other content types stay offered, with what choosing them as well would add...
    assert facet_counts_from(html, "type") == {"casestudypage": 2, "blogpage": 1, "standardpage": 1}
    # ...while the other facets count only what the chosen type leaves.
    assert facet_counts_from(html, "theme") == {"inclusion-and-diversity": 1, "digital-technologies": 1}
    assert facet_counts_from(html, "year") == {"2024": 1, "2023": 1}

    both = client.get(URL, {"q": "people", "type": ["casestudypage", "blogpage"]})
    assert len(result_titles(both)) == 3
    assert "3 results for “people”" in both.content.decode()
    html = client.get(URL, {"q": "people", "theme": "digital-technologies", "year": "2024"}).content.decode()
    assert facet_counts_from(html, "theme") == {"digital-technologies": 1, "inclusion-and-diversity": 1}
    assert facet_counts_from(html, "year") == {"2024": 1}


def test_filters_combine_and_are_stated_and_removable(client, corpus):
    response = client.get(URL, {"q": "people", "theme": "inclusion-and-diversity", "type": "casestudypage"})
    html = response.content.decode()
    assert result_titles(response) == ["Memory cafe partners"]
    assert (
        "1 result for “people”, filtered by content type “Case studies” and theme “Inclusion and diversity”."
        in html
    )
    removals = re.findall(r'class="hub-active-filters__link" href="([^"]+)"', html)
    assert len(removals) == 2
    without_type = client.get(URL + removals[0].replace("&amp;", "&"))
    assert sorted(result_titles(without_type)) == [
        "Memory cafe partners",
        "Paying public contributors on time",
    ]


def test_filters_within_a_facet_are_alternatives(client, corpus):
    titles = search_titles(client, q="people", region=["wales", "north-west"])
    assert sorted(titles) == ["Memory cafe partners", "Testing a mood app with young people"]


def test_year_filter_and_browsing_without_a_query(client, corpus):
    titles = search_titles(client, year="2024")
    assert sorted(titles) == ["Paying public contributors on time", "Testing a mood app with young people"]


def test_unknown_facet_values_are_ignored_or_match_nothing(client, corpus):
    assert clean_filters({"type": ["nonsense"], "year": ["abc", "99"]}) == {}
    response = client.get(URL, {"q": "people", "theme": "no-such-theme"})
    assert response.status_code == 200
    assert result_titles(response) == []
    assert "no-such-theme" not in response.content.decode().split("hub-active-filters")[0][-10:]


def test_nothing_found_offers_the_themes_in_use_and_no_empty_filters(client, corpus):
    ThemeFactory(name="Impact", slug="impact")  # no page has it
    response = client.get(URL, {"q": "xylophone"})
    html = response.content.decode()
    assert "0 results for “xylophone”." in html
    assert "Nothing matched. Try different or fewer words, or check the spelling." in html
    # Sorting and filtering nothing would only be in the way.
    assert 'id="search-filters"' not in html
    links = re.findall(r'<li><a href="(\?theme=[^"]+)">([^<]+)</a></li>', html)
    assert [name for _url, name in links] == ["Digital technologies", "Inclusion and diversity"]
    browsed = client.get(URL + links[0][0])
    assert sorted(result_titles(browsed)) == [
        "Lessons from a lay review panel",
        "Testing a mood app with young people",
    ]


def test_a_filter_that_finds_nothing_can_still_be_undone(client, corpus):
    response = client.get(URL, {"q": "vouchers", "type": "casestudypage"})
    html = response.content.decode()
    assert result_titles(response) == []
    assert "or remove a filter." in html
    # The chosen filter stays listed, ticked, with its count of 0.
    assert 'id="search-filters"' in html
    assert re.search(
        r'value="casestudypage" checked>\s*<label[^>]*>Case studies <span class="hub-facet-count">\(0\)', html
    )


def test_results_list_no_themes_to_browse(client, corpus):
    assert "Or browse by theme" not in client.get(URL, {"q": "people"}).content.decode()


def test_sort_newest(client, corpus):
    titles = search_titles(client, q="people", sort="newest")
    assert titles[-1] == "Memory cafe partners"


def test_pagination(client, corpus):
    for number in range(12):
        StandardPageFactory(
            parent=corpus.site_tree.home, title=f"Walking group {number}", slug=f"walk-{number}"
        )
    first = client.get(URL, {"q": "walking"})
    assert len(result_titles(first)) == 10
    assert "12 results for “walking”" in first.content.decode()
    second = client.get(URL, {"q": "walking", "page": "2"})
    assert len(result_titles(second)) == 2
    # Each page of results has its own title.
    assert "<title>Search results for “walking” (page 2 of 2) |" in second.content.decode()
    assert "<title>Search results for “walking” (page 1 of 2) |" in first.content.decode()
    assert not set(result_titles(first)) & set(result_titles(second))


# --- Snippets and highlighting --------------------------------------------------------------


def test_snippets_mark_matched_words_from_the_best_field(client, corpus):
    html = client.get(URL, {"q": "library"}).content.decode()
    assert "in a <mark>library</mark> to plan the interviews" in html
    html = client.get(URL, {"q": "co-producing"}).content.decode()
    assert "<mark>co</mark>-<mark>produced</mark> the questions" in html


def test_snippets_are_the_text_a_reader_sees(client, site_tree):
    StandardPageFactory(
        parent=site_tree.home,
        title="Getting involved",
        body=[
            {"type": "heading", "value": {"text": "Support for you", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>Who takes part:</p><ul><li>researchers</li><li>People</li></ul>",
            },
            {"type": "heading", "value": {"text": "Payment", "level": "h2"}},
        ],
    )
    html = client.get(URL, {"q": "researchers"}).content.decode()
    snippet_html = re.search(r'hub-search-result__snippet">(.*?)</p>', html, re.S).group(1)
    assert "Support for you Who takes part: <mark>researchers</mark> People Payment" in snippet_html
    assert "h2" not in snippet_html


def test_highlighting_escapes_text_and_never_inserts_the_query():
    stems = ["script", "b"]
    html = str(highlight("Use <script>alert(1)</script> & <b>bold</b>", stems))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;<mark>script</mark>&gt;" in html
    assert "&amp;" in html


def test_the_query_is_shown_escaped(client, corpus):
    response = client.get(URL, {"q": '<img src=x onerror=alert(1)> "dementia"'})
    html = response.content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert result_titles(response) == ["Memory cafe partners"]


def test_query_words_and_stems():
    assert query_words('The "co-production" AND/OR -carers') == ["co-production", "carers"]
    # A compound prefix written apart joins the next word; other hyphenated words are split.
    assert query_words("co production, well-being") == ["co-production", "well", "being"]
    assert stem("paying") == "pay"
    assert stem("producing") == stem("production") == "produc"
    assert stem("researchers") == "research"


# --- Did you mean ---------------------------------------------------------------------------


def test_did_you_mean_for_a_misspelling(client, corpus):
    response = client.get(URL, {"q": "dementai"})
    html = response.content.decode()
    assert "Did you mean" in html
    assert re.search(r'Did you mean <a href="\?q=dementia">dementia</a>', html)


def test_no_did_you_mean_when_the_words_are_right(client, corpus):
    assert "Did you mean" not in client.get(URL, {"q": "dementia"}).content.decode()


# --- Suggestions as you type ----------------------------------------------------------------


def test_suggestions_endpoint(client, corpus):
    response = client.get(URL + "suggest/", {"q": "memo"})
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["suggestions"][0] == {
        "title": "Memory cafe partners",
        "url": "/en/case-studies/memory-cafe-partners/",
        "type": "Case study",
    }
    assert json.loads(client.get(URL + "suggest/", {"q": "dra"}).content)["suggestions"] == []
    assert json.loads(client.get(URL + "suggest/", {"q": "m"}).content)["suggestions"] == []


def test_page_works_without_javascript_and_loads_the_enhancement(client, corpus):
    html = client.get(URL, {"q": "dementia"}).content.decode()
    assert 'action="/en/search/"' in html and 'name="q"' in html
    assert "search/suggest.js" in html
    assert 'data-search-suggest="/en/search/suggest/"' in html


def _suggested_titles(client, typed):
    response = client.get(URL + "suggest/", {"q": typed})
    return [item["title"] for item in json.loads(response.content)["suggestions"]]


def test_a_hyphenated_word_being_typed_is_suggested(client, corpus):
    coproduced = BlogPageFactory(
        parent=corpus.site_tree.blog_index, title="Co-producing a study of loneliness", slug="co-producing"
    )
    coproduced.save()  # indexed with its title, as publishing does
    # The memory cafe case study's plain-English summary says its members "co-produced".
    assert set(_suggested_titles(client, "co-pro")) == {
        "Co-producing a study of loneliness",
        "Memory cafe partners",
    }
    assert _suggested_titles(client, "loneliness co-prod") == ["Co-producing a study of loneliness"]
    assert _suggested_titles(client, "mood co-pro") == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL keeps hyphenated words whole")
def test_a_hyphenated_word_being_typed_is_matched_whole(client, corpus):
    """ "co-pro" is the start of "co-production", not "co" and any word starting "pro"."""
    BlogPageFactory(parent=corpus.site_tree.blog_index, title="Co op programme news", slug="co-op").save()
    BlogPageFactory(
        parent=corpus.site_tree.blog_index, title="Co-production in practice", slug="co-prod"
    ).save()
    typed_hyphenated = _suggested_titles(client, "co-pro")
    assert "Co-production in practice" in typed_hyphenated
    assert "Co op programme news" not in typed_hyphenated
    assert "Co op programme news" in _suggested_titles(client, "co pro")  # two words: as before


def test_header_search_box_offers_suggestions_in_the_readers_language(client, corpus):
    welsh, _ = Locale.objects.get_or_create(language_code="cy")
    corpus.site_tree.home.copy_for_translation(welsh).save_revision().publish()
    english = client.get("/en/").content.decode()
    assert re.search(r'<form[^>]*id="search"[^>]*data-search-suggest="/en/search/suggest/"', english)
    assert 'data-suggest-label="Suggestions"' in english
    assert "search/suggest.js" in english
    welsh_html = client.get("/cy/").content.decode()
    assert re.search(r'<form[^>]*id="search"[^>]*data-search-suggest="/cy/search/suggest/"', welsh_html)
    assert 'data-suggest-label="Awgrymiadau"' in welsh_html


# --- Editors: promotions and analytics -----------------------------------------------------


def test_promoted_results_come_first(client, corpus):
    query = Query.get("dementia")
    SearchPromotion.objects.create(query=query, page=corpus.about, description="Start here.", sort_order=0)
    SearchPromotion.objects.create(query=query, page=corpus.draft, sort_order=1)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.dementiauk.org/",
        external_link_text="Dementia UK",
        sort_order=2,
    )
    SearchPromotion.objects.create(
        query=query, external_link_url="", description="A link left empty", sort_order=3
    )
    html = client.get(URL, {"q": "Dementia "}).content.decode()
    assert "Recommended" in html
    recommended = html.split("Recommended")[1].split("All results")[0]
    assert "About the hub" in recommended and "Start here." in recommended
    assert recommended.index("About the hub") < recommended.index(
        '<a href="https://www.dementiauk.org/">Dementia UK</a>'
    )
    assert "Draft about dementia" not in html
    assert "A link left empty" not in html


def test_searches_are_recorded_and_empty_ones_reported(client, corpus, django_user_model):
    client.get(URL, {"q": "dementia"})
    client.get(URL, {"q": "Unicorns"})
    client.get(URL, {"q": "unicorns"})
    assert Query.get("dementia").hits == 1
    unanswered = UnansweredSearch.objects.get()
    assert (unanswered.query_string, unanswered.hits, unanswered.language) == ("unicorns", 2, "en")

    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(admin)
    report = client.get("/admin/reports/searches-with-no-results/")
    assert report.status_code == 200
    assert "unicorns" in report.content.decode()
    export = client.get("/admin/reports/searches-with-no-results/?export=csv")
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert rows[0] == "Search terms,Language,Times searched,First searched,Last searched"
    assert rows[1].startswith("unicorns,en,2,")


def test_unanswered_report_is_not_public(client, corpus):
    editor = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    client.force_login(editor)
    assert client.get("/admin/reports/searches-with-no-results/").status_code in (302, 403)


# --- Bad input never fails ------------------------------------------------------------------

BAD_QUERIES = [
    "",
    "   ",
    "\t\n",
    "x" * 10_000,
    "dementia " * 2_000,
    '"',
    '"unbalanced',
    "'; DROP TABLE wagtailcore_page; --",
    "1 OR 1=1",
    "AND OR NOT",
    "NEAR(a b)",
    "title:dementia",
    "* ? ^ ~ : ( ) [ ] { } \\",
    "co-production -carers +payment",
    "😀🧠 dementia 🎉",
    "دیکھ بھال dementia 認知症",
    "%%%",
    "&lt;b&gt;",
]


def test_a_nul_byte_in_a_search_is_the_hubs_400_page(client, corpus):
    for url in (URL, URL + "suggest/"):
        response = client.get(url, {"q": "\x00null byte"})
        assert response.status_code == 400
        assert "Sorry, we could not read that address" in response.content.decode()


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_never_fail(client, corpus, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Traceback" not in html and "ProgrammingError" not in html and "OperationalError" not in html
    suggest = client.get(URL + "suggest/", {"q": query})
    assert suggest.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": "dementia", "page": "abc"},
        {"q": "dementia", "page": "-1"},
        {"q": "dementia", "page": "99999"},
        {"q": "dementia", "page": "1e9"},
        {"q": "dementia", "sort": "'; DROP"},
        {"q": "dementia", "type": "wagtailcore.page"},
        {"q": "dementia", "theme": "x" * 5000},
        {"q": "dementia", "year": "-2024"},
        {"q": "dementia", "year": "20240"},
        {"q": "dementia", "region": ["wales"] * 50},
        {"theme": "inclusion-and-diversity", "page": "2"},
    ],
)
def test_bad_parameters_never_fail(client, corpus, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert "Traceback" not in response.content.decode()


# --- Bounded number of SQL queries ----------------------------------------------------------


def count_queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, params)
    assert response.status_code == 200
    return len(queries), response


def test_query_count_does_not_grow_with_results(client, corpus, django_capture_on_commit_callbacks):
    client.get(URL, {"q": "walking"})  # warm caches (site root paths, content types)
    with django_capture_on_commit_callbacks(execute=True):  # publishing redraws the results
        for number in range(3):
            BlogPageFactory(
                parent=corpus.site_tree.blog_index, title=f"Walking post {number}", slug=f"w{number}"
            )
    few, response = count_queries(client, {"q": "walking"})
    assert len(result_titles(response)) == 3
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(3, 25):
            BlogPageFactory(
                parent=corpus.site_tree.blog_index, title=f"Walking post {number}", slug=f"w{number}"
            )
            StandardPageFactory(
                parent=corpus.site_tree.home, title=f"Walking page {number}", slug=f"s{number}"
            )
    many, response = count_queries(client, {"q": "walking"})
    assert len(result_titles(response)) == 10
    filtered, _ = count_queries(client, {"q": "walking", "type": "blogpage", "year": "2026"})
    assert many <= few + 1  # one more page type among the results shown
    assert many <= 30
    assert filtered <= 30


# --- Engine ---------------------------------------------------------------------------------


def test_find_ids_orders_by_relevance_and_newest(corpus):
    pages = candidate_pages(filters={})
    assert find_ids("people", pages).ids[0] in {corpus.apps_study.pk, corpus.memory.pk}
    newest = find_ids("people", pages, sort="newest").ids
    assert list(newest)[-1] == corpus.memory.pk


# --- What else is searchable ----------------------------------------------------------------


def test_a_pasted_identifier_or_a_team_role_finds_its_case_study(client, corpus, site_tree):
    from tests.factories import CaseStudyPageFactory, PersonFactory

    trial = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Falls prevention classes",
        research_outputs=[
            ("isrctn", "ISRCTN14839270", "Trial registration"),
            ("doi", "10.3310/ypmh2204", "Final report"),
            ("award", "NIHR201477", "Funding award"),
        ],
        team=[(PersonFactory(name="Sam Patel"), "Translated the questionnaires into Gujarati")],
    )
    trial.save_revision().publish()  # as an editor adding outputs would: the page is indexed again
    for pasted in ["ISRCTN14839270", "10.3310/ypmh2204", "https://doi.org/10.3310/ypmh2204", "nihr201477"]:
        assert search_titles(client, q=pasted)[:1] == ["Falls prevention classes"], pasted
    assert search_titles(client, q="questionnaires Gujarati") == ["Falls prevention classes"]


def test_a_community_photo_caption_is_searchable(client, site_tree):
    from casestudies.models import SharedLearningPhoto
    from tests.factories import ImageFactory, SharedLearningIndexPageFactory, SharedLearningPageFactory

    examples = SharedLearningIndexPageFactory(parent=site_tree.home, title="Community examples")
    example = SharedLearningPageFactory(parent=examples, title="Our garden group")
    SharedLearningPhoto.objects.create(
        page=example, image=ImageFactory(), alt_text="Two people planting", caption="Planting the raised beds"
    )
    example.save_revision().publish()
    assert search_titles(client, q="raised beds") == ["Our garden group"]


def test_a_repeated_search_is_drawn_from_kept_results_and_still_counted(
    client, corpus, django_capture_on_commit_callbacks
):
    from django.db.models import Sum

    assert search_titles(client, q="vouchers") == ["Paying public contributors on time"]
    with CaptureQueriesContext(connection) as queries:
        assert search_titles(client, q="vouchers") == ["Paying public contributors on time"]
    assert not [q for q in queries if "wagtailsearch_indexentry" in q["sql"]]  # not searched again
    assert Query.get("vouchers").daily_hits.aggregate(total=Sum("hits"))["total"] == 2

    with django_capture_on_commit_callbacks(execute=True):  # an editor's promotion is shown at once
        SearchPromotion.objects.create(
            query=Query.get("vouchers"), page=corpus.about, description="Who to ask about payment"
        )
    assert "Who to ask about payment" in client.get(URL, {"q": "vouchers"}).text
