"""The hub's database search backend: Wagtail's own, with each language's pages indexed on
PostgreSQL with that language's text-search configuration.

English uses ``english``; a language PostgreSQL has no dictionary for (Welsh, Urdu, and
Polish in a stock PostgreSQL) uses ``simple``, which lower-cases words without stemming.
Searches keep to the reader's locale, so a query never meets text indexed another way.
Readers' searches do not go through this backend's query compiler: search/database.py reads
the index entries it keeps. The admin's search does, and stems English.
"""

from collections import defaultdict
from functools import cache

from django.conf import settings
from django.db import connection
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

POSTGRES_CONFIGS = {"en": "english", "cy": "welsh", "ur": "urdu", "pl": "polish"}


@cache
def available_configs():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


def config_for_language(language_code):
    """The text-search configuration for a language: its own where PostgreSQL has one, else simple."""
    wanted = POSTGRES_CONFIGS.get((language_code or settings.LANGUAGE_CODE).split("-")[0].lower())
    return wanted if wanted in available_configs() else "simple"


@cache
def _backend_for(config):
    return PostgresSearchBackend({"SEARCH_CONFIG": config})


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            groups[config_for_language(languages.get(getattr(obj, "locale_id", None)))].append(obj)
        for config, group in groups.items():
            PostgresIndex(_backend_for(config)).add_items(model, group)


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex


def SearchBackend(params):  # noqa: N802 - Wagtail looks for this name
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return database.SearchBackend(params)
