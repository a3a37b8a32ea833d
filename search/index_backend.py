"""The hub's database search backend: Wagtail's own, with each language's pages indexed on
PostgreSQL with that language's text-search configuration (search/languages.py).

Readers' searches do not go through its query compiler: search/database.py reads the index
entries it keeps. The admin's search does, and stems English.
"""

from collections import defaultdict
from functools import cache

from django.db import connection
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

from hub.languages import locale_language
from search.languages import config_for_language


@cache
def _backend_for(config):
    return PostgresSearchBackend({"SEARCH_CONFIG": config})


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            locale_id = getattr(obj, "locale_id", None)
            groups[
                self.backend.config if locale_id is None else config_for_language(locale_language(locale_id))
            ].append(obj)
        for config, group in groups.items():
            PostgresIndex(_backend_for(config)).add_items(model, group)


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex


def SearchBackend(params):  # noqa: N802 - Wagtail looks for this name
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return database.SearchBackend(params)
