"""The PostgreSQL backend: each language's objects indexed with that language's configuration."""

from collections import defaultdict
from functools import cache

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

from search.languages import config_for_language, language_of_locale
from search.vocabulary import remember_words


@cache
def _backend_for(config):
    return PostgresSearchBackend({"SEARCH_CONFIG": config})


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            locale_id = getattr(obj, "locale_id", None)
            config = (
                self.backend.config
                if locale_id is None
                else config_for_language(language_of_locale(locale_id))
            )
            groups[config].append(obj)
        for config, group in groups.items():
            PostgresIndex(_backend_for(config)).add_items(model, group)
        remember_words(objs)


class HubPostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
