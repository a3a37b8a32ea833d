"""Suggestions as you type: titles of live, public pages that start with what was typed."""

from modelsearch.query import And, PlainText

from search.database import HyphenatedPrefix, Prefix, match
from search.engine import backend_is_database, candidate_pages, load_pages, search_backend, with_fallback
from search.registry import type_label
from search.text import COMPOUND_RE, MAX_TERM_LENGTH, query_words

MAX_SUGGESTIONS = 6


def _autocomplete_ids(backend_name, typed, pages):
    """Pages whose headline starts with what was typed: every word, the last as a prefix."""
    *words, last = typed
    backend = search_backend(backend_name)
    if not backend_is_database(backend):
        text = " ".join([*words, last.query_string.replace("-", " ")])
        return [page.pk for page in backend.autocomplete(text, pages)[:MAX_SUGGESTIONS]]
    query = And([*(PlainText(word) for word in words), last]) if words else last
    return match(query, autocomplete=True).ranked(pages, 0, MAX_SUGGESTIONS)


def typed_query(query):
    """The words typed, the last as a ``Prefix``; a ``HyphenatedPrefix`` when the word being
    typed is hyphenated ("lay co-pro"). None when nothing searchable was typed."""
    if not query_words(query):
        return None
    *before, last = query.lower().split()
    last = last.strip("-")  # "co-" is still the word "co"
    if "-" in last and COMPOUND_RE.fullmatch(last) and len(last) <= MAX_TERM_LENGTH:
        return [*query_words(" ".join(before)), HyphenatedPrefix(last)]
    *words, last = query_words(query)
    return [*words, Prefix(last)]


def suggestions(query, locale):
    text = typed_query(query)
    if text is None:
        return []
    pages = candidate_pages(locale).only("pk")
    ids, _engine_failed = with_fallback(lambda backend_name: _autocomplete_ids(backend_name, text, pages))
    return [
        {"title": page.title, "url": page.url, "type": type_label(type(page))} for page in load_pages(ids)
    ]
