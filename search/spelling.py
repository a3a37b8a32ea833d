"""'Did you mean': the closest known words to the reader's misspelt ones.

The known words are the spelling vocabulary (search/vocabulary.py): the words of live
page titles and taxonomy names in the reader's language. On PostgreSQL the nearest word
comes from pg_trgm similarity over a trigram index of them; elsewhere (or if the
extension is missing) from difflib over the same words, cached for a few minutes.
"""

import difflib
import logging
import re

from django.core.cache import cache
from django.db import DatabaseError, connection, transaction

from search.models import SpellingWord

logger = logging.getLogger("hub.search")

MIN_SIMILARITY = 0.45
VOCABULARY_TIMEOUT = 300


def _vocabulary(locale):
    key = f"hub-search-vocabulary:{locale.pk}"
    words = cache.get(key)
    if words is None:
        words = list(
            SpellingWord.objects.filter(locale=locale).order_by("word").values_list("word", flat=True)
        )
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def _closest_postgres(word, locale):
    table = connection.ops.quote_name(SpellingWord._meta.db_table)
    sql = (
        f"SELECT word, similarity(word, %s) AS s FROM {table} "  # noqa: S608 - the model's table
        "WHERE locale_id = %s AND word %% %s ORDER BY s DESC, word LIMIT 1"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [word, locale.pk, word])
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
