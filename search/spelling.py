"""'Did you mean': the known words nearest to the reader's misspelt ones.

The known words are those of the titles of live, public, searchable pages and of taxonomy
names in the reader's language, read once per content version by each worker. A word is
offered when it is at most one edit away (words of up to five letters) or two (longer), where
swapping two neighbouring letters ("paymnet") counts as one (optimal string alignment, from
rapidfuzz); the fewest edits win, then the most similar spelling.
"""

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from hub.fragment_cache import WorkerMemo, content_version
from search.engine import candidate_pages
from search.registry import TAXONOMY_FACETS, taxonomy_model
from search.text import WORD_RE, compound_parts

MIN_LENGTH, MAX_LENGTH = 3, 40
_vocabularies = WorkerMemo(size=10)  # {locale id: known words}


def words_in(text):
    return {word.lower() for word in WORD_RE.findall(text or "") if MIN_LENGTH <= len(word) <= MAX_LENGTH}


def vocabulary(locale):
    def read():
        texts = list(candidate_pages(locale).values_list("title", flat=True))
        for key, _label in TAXONOMY_FACETS:
            texts += taxonomy_model(key).objects.filter(locale=locale).values_list("name", flat=True)
        return sorted(set().union(*map(words_in, texts)))

    return _vocabularies.get_or_set(content_version(), locale.pk, read)


def allowed_edits(word):
    return 1 if len(word) <= 5 else 2


def nearest(word, known):
    """The known word fewest edits away, if any is close enough. A word found inside the
    reader's word is never offered: "coproduction" is not a misspelling of "production"."""
    close = [
        (edits, -fuzz.ratio(word, known_word), known_word)
        for known_word, edits, _index in process.extract(
            word, known, scorer=OSA.distance, score_cutoff=allowed_edits(word), limit=None
        )
        if known_word == word or known_word not in word
    ]
    return min(close)[2] if close else None


def _closest(word, known):
    """The nearest known word; a hyphenated compound keeps its prefix ("co-desing" -> "co-design")."""
    parts = compound_parts(word)
    if parts is None or "-" not in word:
        return nearest(word, known)
    prefix, rest = parts
    better = nearest(rest, known) or rest
    # A longer form of the same word ("design" -> "designed") is not a correction.
    return f"{prefix}-{rest if better.startswith(rest) else better}"


def suggest_spelling(words, locale):
    """A corrected query, or None when no word needs correcting."""
    if not words or len(words) > 6:
        return None
    known = vocabulary(locale)  # read once for every word of the query
    corrected = [
        word if len(word) < 4 or not word.replace("-", "").isalpha() else _closest(word, known) or word
        for word in words
    ]
    return " ".join(corrected) if corrected != words else None
