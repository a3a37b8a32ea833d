"""The hub's database search backend, with a PostgreSQL text-search configuration per language.

Each page is indexed with the configuration for its own locale, and a search uses the
configuration for the reader's language, so stemming and stop words match the text:
English pages use ``english``; a language PostgreSQL has no dictionary for (Welsh,
Urdu, and Polish in a stock PostgreSQL) uses ``simple``, which lower-cases words and
does not stem them. Searches are already limited to the reader's locale (see
search.engine.candidate_pages), so a query never meets text indexed another way.

A search from the Wagtail admin uses the editor's interface language, so it stems
English words; it still finds other languages' pages by exact words and prefixes.

On SQLite (FTS5, no stemming) and on Elasticsearch/OpenSearch nothing changes. On every
database, what is indexed also feeds the spelling vocabulary.
"""

from collections import defaultdict
from functools import lru_cache

from django.conf import settings
from django.db import connection
from django.utils.translation import get_language

from search.backends import database

# What each language's configuration is called in PostgreSQL, if it has one.
POSTGRES_CONFIGS = {
    "en": "english",
    "cy": "welsh",
    "ur": "urdu",
    "pl": "polish",
}
FALLBACK_CONFIG = "simple"


@lru_cache(maxsize=1)
def available_configs():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


def config_for_language(language_code):
    """The text-search configuration for a language: its own where PostgreSQL has one, else simple."""
    code = (language_code or settings.LANGUAGE_CODE).split("-")[0].lower()
    wanted = POSTGRES_CONFIGS.get(code)
    return wanted if wanted in available_configs() else FALLBACK_CONFIG


@lru_cache(maxsize=64)
def _language_of_locale(locale_id):
    from wagtail.models import Locale

    return Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()


def config_for_object(obj, default):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return default
    return config_for_language(_language_of_locale(locale_id))


def _multilingual(backend):
    base_compiler = backend.query_compiler_class
    base_index = backend.index_class

    class LanguageQueryCompiler(base_compiler):
        def get_config(self, backend):
            return config_for_language(get_language())

    class LanguageIndex(base_index):
        def add_items(self, model, objs):
            # The indexer reads backend.config; index each language's objects with its own.
            groups = defaultdict(list)
            default = self.backend.config
            for obj in objs:
                groups[config_for_object(obj, default)].append(obj)
            try:
                for config, group in groups.items():
                    self.backend.config = config
                    super().add_items(model, group)
            finally:
                self.backend.config = default

    backend.query_compiler_class = LanguageQueryCompiler
    backend.index_class = LanguageIndex
    return backend


def _keeping_vocabulary(backend):
    """Whatever is indexed adds its words to the spelling vocabulary (search/vocabulary.py)."""
    from search.vocabulary import remember_words

    base_index = backend.index_class

    class VocabularyIndex(base_index):
        def add_items(self, model, objs):
            super().add_items(model, objs)
            remember_words(objs)

    backend.index_class = VocabularyIndex
    return backend


def SearchBackend(params):  # noqa: N802 - Wagtail looks for this name
    backend = database.SearchBackend(params)
    if connection.vendor == "postgresql":
        backend = _multilingual(backend)
    return _keeping_vocabulary(backend)
