"""Which PostgreSQL text-search configuration each language is indexed and searched with.

English pages use ``english``; a language PostgreSQL has no dictionary for (Welsh, Urdu,
and Polish in a stock PostgreSQL) uses ``simple``, which lower-cases words and does not
stem them. Searches are limited to the reader's locale (search.engine.candidate_pages), so
a query never meets text indexed another way.
"""

from functools import lru_cache

from django.conf import settings
from django.db import connection

# What each language's configuration is called in PostgreSQL, if it has one.
POSTGRES_CONFIGS = {"en": "english", "cy": "welsh", "ur": "urdu", "pl": "polish"}
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
