"""Build WAGTAILSEARCH_BACKENDS from the SEARCH_URL environment variable.

Imported by the settings, so it must not import Django models.

* No SEARCH_URL: Wagtail's database backend (SQLite FTS5 or PostgreSQL full text, English
  stemming on PostgreSQL).
* SEARCH_URL=<engine>[+https]://[user:password@]host:port[/index-prefix], where <engine>
  is elasticsearch7, elasticsearch8, elasticsearch9, opensearch2 or opensearch3: that engine
  is the default backend, and the database backend stays configured as "database". Both
  receive live updates and ``update_index``, so the database backend is always ready for
  the fallback used when the engine cannot be reached.
"""

from urllib.parse import urlsplit, urlunsplit

ENGINES = {
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}
ENGINE_ALIASES = {"elasticsearch": "elasticsearch8", "es": "elasticsearch8", "opensearch": "opensearch2"}

# Wagtail's database backend, indexing each language with its own text-search configuration
# on PostgreSQL ("english", else "simple") and keeping the spelling vocabulary (search/backends).
DATABASE_BACKEND = {
    "BACKEND": "search.backends",
    "SEARCH_CONFIG": "english",
}

# English stemming and folding for every text field, so the engine finds word families
# as the database backend does.
ENGINE_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "hub_english_stop": {"type": "stop", "stopwords": "_english_"},
                "hub_english_stemmer": {"type": "stemmer", "language": "english"},
                "hub_english_possessive": {"type": "stemmer", "language": "possessive_english"},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "hub_english_possessive",
                        "lowercase",
                        "asciifolding",
                        "hub_english_stop",
                        "hub_english_stemmer",
                    ],
                }
            },
        },
        # A search passes the reader's candidate pages to the engine as a list of ids
        # (search.engine); the engine's default cap of 65,536 terms would refuse it on a
        # hub of more pages than that.
        "index": {"number_of_shards": 1, "number_of_replicas": 0, "max_terms_count": 1_000_000},
    }
}


class SearchURLError(ValueError):
    pass


def search_backends_from_url(search_url, timeout=5):
    search_url = (search_url or "").strip()
    if not search_url:
        return {"default": dict(DATABASE_BACKEND)}

    parts = urlsplit(search_url)
    engine, _, transport = parts.scheme.partition("+")
    engine = ENGINE_ALIASES.get(engine, engine)
    if engine not in ENGINES:
        raise SearchURLError(
            f"SEARCH_URL must start with one of {', '.join(sorted(ENGINES))} (optionally +https), "
            f"not {parts.scheme!r}."
        )
    scheme = "https" if transport == "https" else "http"
    prefix = parts.path.strip("/")
    netloc = parts.netloc
    engine_url = urlunsplit((scheme, netloc, "", "", ""))
    return {
        "default": {
            "BACKEND": ENGINES[engine],
            "URLS": [engine_url],
            "INDEX_PREFIX": f"{prefix}_" if prefix else "hub_",
            "TIMEOUT": timeout,
            "OPTIONS": {},
            "INDEX_SETTINGS": ENGINE_INDEX_SETTINGS,
        },
        "database": dict(DATABASE_BACKEND),
    }
