"""Turning what a reader typed into search terms, and marking those terms in result text.

Nothing here touches the database. The reader's text is treated as words only: quotes,
operators and punctuation never reach a search backend as syntax, and highlighted
snippets are built from escaped pieces, so the query is never inserted as HTML.
"""

import re
import unicodedata

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_TERM_LENGTH = 40
MIN_PREFIX_STEM = 4
# A stem this short is matched as a prefix only when it came from stripping a suffix:
# "paying" -> "pay*" finds "payment"; a typed "pay" stays a whole word.
MIN_DERIVED_STEM = 3

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
WORD_SPLIT_RE = re.compile(r"([^\W_]+)", re.UNICODE)
# A word with its hyphenated parts kept together: "co-production".
COMPOUND_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)

# Prefixes people write joined, hyphenated or apart ("coproduction", "co-production",
# "co production"; Welsh "cydgynhyrchu", "cyd-gynhyrchu"): each spelling finds the others.
COMPOUND_PREFIXES = ("co", "cyd")
MIN_COMPOUND_REST = 4

STOP_WORD_LIST = (
    "a about an and are as at be but by for from has have how i in into is it its of on or our "
    "that the their them they this to was we were what when where which who why will with you "
    "your"
)
STOP_WORDS = frozenset(STOP_WORD_LIST.split())

# Longest first. Enough to bring word families together ("co-producing", "co-produced" and
# "co-production" all become "produc"); not a full stemmer, and it does not need to be one:
# the stem is matched as a prefix, and on PostgreSQL the English dictionary stems as well.
SUFFIX_LIST = (
    "ational ations ation itions ition tions tion sions sion ments ment ness ings ing ities ity "
    "ies ied ers er ed es ly s"
)
SUFFIXES = tuple(SUFFIX_LIST.split())


def strip_control(text):
    """Drop control characters (NUL and friends), which no database should be sent."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text)


def normalise_query(raw):
    """The query as shown back to the reader: trimmed, single-spaced, bounded in length."""
    if not isinstance(raw, str):
        return ""
    text = " ".join(strip_control(raw[: MAX_QUERY_LENGTH * 4]).split())
    return text[:MAX_QUERY_LENGTH].strip()


def _tokens(query):
    """Words and hyphenated compounds; a compound prefix written apart joins the next word."""
    tokens = []
    for match in COMPOUND_RE.finditer(query.lower()):
        token = match.group()
        if tokens and tokens[-1] in COMPOUND_PREFIXES and "-" not in token:
            tokens[-1] = f"{tokens[-1]}-{token}"
        else:
            tokens.append(token)
    return tokens


def query_words(query):
    """Lower-case words of any script, without stop words, duplicates or overlong tokens.

    A compound ("co-production", or "co production") stays one term; other hyphenated
    words are split into their words, as the search index splits them.
    """
    words = []
    for token in _tokens(query):
        parts = [token] if compound_parts(token) else token.split("-")
        for part in parts:
            word = part[:MAX_TERM_LENGTH]
            if word in STOP_WORDS or word in words:
                continue
            words.append(word)
            if len(words) == MAX_TERMS:
                return words
    return words


def compound_parts(word):
    """(prefix, rest) for a compound written joined or hyphenated ("coproduction"), else None."""
    for prefix in COMPOUND_PREFIXES:
        for head in (prefix + "-", prefix):
            rest = word[len(head) :]
            if word.startswith(head) and len(rest) >= MIN_COMPOUND_REST and rest.isalpha():
                return prefix, rest
    return None


def highlight_terms(words):
    """What to mark in result text: each word, its parts, and its stem as a prefix."""
    terms = set()
    for word in words:
        parts = compound_parts(word)
        for part in [word.replace("-", ""), *(parts or ())]:
            terms.add(part)
            word_stem = stem(part)
            if word_stem != part and len(word_stem) >= MIN_DERIVED_STEM:
                terms.add(word_stem + "*")
    return sorted(terms)


def stem(word):
    """A light, predictable English stem. Non-Latin words are returned unchanged."""
    word = word.lower()
    if not word.isascii():
        return word
    for suffix in SUFFIXES:
        rest = len(word) - len(suffix)
        if word.endswith(suffix) and (
            rest >= MIN_PREFIX_STEM or (rest >= MIN_DERIVED_STEM and len(word) >= 6)
        ):
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > MIN_PREFIX_STEM:
        word = word[:-1]
    return word


def term_matches(word, stems):
    """Whether ``word`` is one of ``stems``: equal, or starting with one (a "pay*" or a long one)."""
    word = word.lower()
    return any(
        word == s
        or (s.endswith("*") and word.startswith(s[:-1]))
        or (len(s) >= MIN_PREFIX_STEM and word.startswith(s))
        for s in stems
    )


def _windows(text, stems, size):
    """The slice of ``text`` (about ``size`` words) that holds the first matching word."""
    tokens = text.split()
    if len(tokens) <= size:
        return text, False, False
    first = next((index for index, token in enumerate(tokens) if contains_match(token, stems)), 0)
    end = min(len(tokens), max(0, first - size // 3) + size)
    start = max(0, end - size)
    return " ".join(tokens[start:end]), start > 0, end < len(tokens)


def highlight(text, stems, size=40):
    """Escaped ``text`` (cut to about ``size`` words round the first match) with matches in <mark>."""
    if not text:
        return ""
    window, cut_start, cut_end = _windows(text, stems, size)
    # Words at odd positions, the text between them at even ones; each piece escaped.
    pieces = WORD_SPLIT_RE.split(window)
    html = "".join(
        format_html("<mark>{}</mark>", piece) if n % 2 and term_matches(piece, stems) else escape(piece)
        for n, piece in enumerate(pieces)
    )
    return mark_safe(("… " if cut_start else "") + html + (" …" if cut_end else ""))  # noqa: S308


def contains_match(text, stems):
    return bool(text) and any(term_matches(m.group(), stems) for m in WORD_RE.finditer(text))
