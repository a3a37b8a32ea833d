"""'Did you mean': the closest known words to the reader's misspelt ones.

The known words are the spelling vocabulary (search/vocabulary.py): the words of live
page titles and taxonomy names in the reader's language.

A known word is offered when it is within a few edits of the reader's word: one for words
of up to five letters, two for longer ones, where swapping two neighbouring letters
("paymnet") counts as one edit (optimal string alignment distance, from rapidfuzz). Among
those, the fewest edits win, then the most shared letter triples. On PostgreSQL the
candidates come from a pg_trgm index of the vocabulary (trigram similarity alone ranks
swapped letters too low: "carres" and "carers" share 3 of 11 triples); elsewhere (or if
the extension is missing) the whole vocabulary is compared, cached for a few minutes.
"""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from rapidfuzz import process
from rapidfuzz.distance import OSA

from search.models import SpellingWord
from search.text import compound_parts

logger = logging.getLogger("hub.search")

# Trigram similarity a candidate needs to be considered at all, and how many are compared.
CANDIDATE_SIMILARITY = 0.2
CANDIDATES = 30
VOCABULARY_TIMEOUT = 300


def allowed_edits(word):
    return 1 if len(word) <= 5 else 2


def nearest(word, candidates):
    """The candidate fewest edits away, within the allowed edits; the first on a tie.

    A word found inside the reader's word is never offered: "coproduction" is not a
    misspelling of "production", it is that word and more.
    """
    candidates = [candidate for candidate in candidates if candidate == word or candidate not in word]
    found = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=allowed_edits(word))
    return found[0] if found else None


def _vocabulary(locale):
    key = f"hub-search-vocabulary:{locale.pk}"
    words = cache.get(key)
    if words is None:
        words = list(
            SpellingWord.objects.filter(locale=locale).order_by("word").values_list("word", flat=True)
        )
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def _candidates_postgres(word, locale):
    """Known words sharing enough letter triples with ``word``, most similar first."""
    table = connection.ops.quote_name(SpellingWord._meta.db_table)
    sql = (
        f"SELECT word FROM {table} "  # noqa: S608 - the model's table
        "WHERE locale_id = %s AND word %% %s ORDER BY similarity(word, %s) DESC, word LIMIT %s"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        # The threshold of the indexed ``%`` operator, for this transaction only.
        cursor.execute(
            "SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(CANDIDATE_SIMILARITY)]
        )
        cursor.execute(sql, [locale.pk, word, word, CANDIDATES])
        return [row[0] for row in cursor.fetchall()]


def closest_word(word, locale):
    if connection.vendor == "postgresql":
        try:
            return nearest(word, _candidates_postgres(word, locale))
        except DatabaseError:
            logger.warning("pg_trgm is not available; comparing the whole vocabulary instead")
    return nearest(word, _vocabulary(locale))


def _closest_compound(word, locale):
    """A hyphenated compound keeps its prefix: only the rest is corrected ("co-desing" -> "co-design")."""
    parts = compound_parts(word)
    if parts is None or "-" not in word:
        return None
    prefix, rest = parts
    better = closest_word(rest, locale) or rest
    # A longer form of the same word ("design" -> "designed") is not a correction.
    return f"{prefix}-{rest if better.startswith(rest) else better}"


def suggest_spelling(words, locale):
    """A corrected query, or None when no word needs correcting."""
    if not words or len(words) > 6:
        return None
    corrected = []
    changed = False
    for word in words:
        if len(word) < 4 or not word.replace("-", "").isalpha():
            corrected.append(word)
            continue
        better = _closest_compound(word, locale) or closest_word(word, locale)
        if better and better != word:
            corrected.append(better)
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None
