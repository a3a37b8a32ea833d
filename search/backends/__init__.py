"""The hub's database search backend: Wagtail's own, with two additions when indexing.

* On PostgreSQL each object is indexed with its language's text-search configuration
  (search/languages.py), by an index of a Wagtail backend configured for that language.
* Whatever is indexed adds its words to the spelling vocabulary (search/vocabulary.py).

Searching does not go through this backend's query compiler: search/database.py reads the
index entries it keeps. The admin's search does, and stems English.
"""

from django.db import connection


def SearchBackend(params):  # noqa: N802 - Wagtail looks for this name
    if connection.vendor == "postgresql":
        from search.backends.postgres import HubPostgresSearchBackend

        return HubPostgresSearchBackend(params)
    from search.backends.sqlite import HubSQLiteSearchBackend

    return HubSQLiteSearchBackend(params)
