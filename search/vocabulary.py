"""The spelling vocabulary: the words of live page titles and taxonomy names, per locale.

'Did you mean' (search/spelling.py) looks for the nearest of these words. The search
index adds the words of whatever it indexes (search/backends), so the
vocabulary grows as pages are published; ``rebuild_vocabulary`` starts it afresh from
what is live, e.g. after pages were loaded in bulk.
"""

from wagtail.models import Page

from search.models import SpellingWord
from search.registry import TAXONOMY_FACETS, taxonomy_model
from search.text import WORD_RE

MIN_LENGTH = 3
MAX_LENGTH = 40


def words_in(text):
    return {word.lower() for word in WORD_RE.findall(text or "") if MIN_LENGTH <= len(word) <= MAX_LENGTH}


def _taxonomy_models():
    return tuple(taxonomy_model(key) for key, _label in TAXONOMY_FACETS)


def _text_of(obj):
    if isinstance(obj, Page):
        return obj.title if obj.live else ""
    if isinstance(obj, _taxonomy_models()):
        return obj.name
    return ""


def _save(pairs, word_model=SpellingWord):
    word_model.objects.bulk_create(
        [word_model(locale_id=locale_id, word=word) for locale_id, word in pairs],
        ignore_conflicts=True,
        batch_size=1000,
    )


def remember_words(objects):
    """Add the words of the live pages and taxonomy terms among ``objects`` (any indexed objects)."""
    pairs = set()
    for obj in objects:
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is not None:
            pairs.update((locale_id, word) for word in words_in(_text_of(obj)))
    _save(pairs)


def fill_vocabulary(page_model, term_models, word_model):
    """Every word of live page titles and term names. Takes the models, so a migration can call it."""
    pairs = set()
    texts = page_model.objects.filter(live=True).order_by().values_list("locale_id", "title")
    for model in term_models:
        texts = texts.union(model.objects.order_by().values_list("locale_id", "name"), all=True)
    for locale_id, text in texts.iterator(chunk_size=2000):
        pairs.update((locale_id, word) for word in words_in(text))
    _save(pairs, word_model)


def rebuild_vocabulary():
    SpellingWord.objects.all().delete()
    fill_vocabulary(Page, _taxonomy_models(), SpellingWord)
