"""'Did you mean': the closest known words to the reader's misspelt ones.

The vocabulary is the words of live page titles and taxonomy names in the reader's
language. On PostgreSQL the nearest word comes from pg_trgm similarity, in the database;
elsewhere (or if the extension is missing) from difflib over the same vocabulary, cached
for a few minutes.
"""

import difflib
import logging
import re

from django.core.cache import cache
from django.db import DatabaseError, connection, transaction

from search.registry import TAXONOMY_FACETS, taxonomy_model
from search.text import WORD_RE

logger = logging.getLogger("hub.search")

MIN_SIMILARITY = 0.45
VOCABULARY_TIMEOUT = 300


def _vocabulary(locale):
    key = f"hub-search-vocabulary:{locale.pk}"
    words = cache.get(key)
    if words is None:
        from wagtail.models import Page

        texts = list(Page.objects.live().filter(locale=locale).values_list("title", flat=True)[:20_000])
        for facet_key, _label in TAXONOMY_FACETS:
            texts += list(
                taxonomy_model(facet_key).objects.filter(locale=locale).values_list("name", flat=True)
            )
        words = sorted({w.lower() for text in texts for w in WORD_RE.findall(text) if len(w) > 2})
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def _taxonomy_union_sql():
    parts = []
    for facet_key, _label in TAXONOMY_FACETS:
        table = connection.ops.quote_name(taxonomy_model(facet_key)._meta.db_table)
        parts.append(f"SELECT name AS text FROM {table} WHERE locale_id = %s")  # noqa: S608
    return " UNION ALL ".join(parts)


def _closest_postgres(word, locale):
    sql = (
        "SELECT w, similarity(w, %s) AS s FROM ("  # noqa: S608
        "  SELECT DISTINCT lower(t) AS w FROM ("
        "    SELECT regexp_split_to_table(title, '[^[:alnum:]]+') AS t"
        "    FROM wagtailcore_page WHERE live AND locale_id = %s"
        f"    UNION ALL SELECT regexp_split_to_table(text, '[^[:alnum:]]+') FROM ({_taxonomy_union_sql()}) terms"
        "  ) words WHERE length(t) > 2"
        ") vocabulary WHERE w %% %s ORDER BY s DESC, w LIMIT 1"
    )
    params = [word, locale.pk] + [locale.pk] * len(TAXONOMY_FACETS) + [word]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row and row[1] >= MIN_SIMILARITY:
        return row[0]
    return None


def _closest_difflib(word, vocabulary):
    matches = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
    return matches[0] if matches else None


def closest_word(word, locale):
    if connection.vendor == "postgresql":
        try:
            return _closest_postgres(word, locale)
        except DatabaseError:
            logger.warning("pg_trgm is not available; using difflib for spelling suggestions")
    return _closest_difflib(word, _vocabulary(locale))


def suggest_spelling(words, locale):
    """A corrected query, or None when no word needs correcting."""
    if not words or len(words) > 6:
        return None
    corrected = []
    changed = False
    for word in words:
        if len(word) < 4 or not word.isalpha() or re.fullmatch(r"\d+", word):
            corrected.append(word)
            continue
        better = closest_word(word, locale)
        if better and better != word:
            corrected.append(better)
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None
