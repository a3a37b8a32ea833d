"""WAGTAILSEARCH_BACKENDS from the SEARCH_URL environment variable. The settings import it,
so it must not import Django models.

Without SEARCH_URL: Wagtail's database backend. With
SEARCH_URL=<engine>[+https]://[user:password@]host:port[/index-prefix], <engine> one of
``ENGINES``: one backend per language ("default" for the first, then "engine-cy" and so on),
each with its own indexes and analyzer, and the database backend as "database". All are kept
up to date, so the database is ready to answer when the engine cannot be reached.
"""

from urllib.parse import urlsplit, urlunsplit

ENGINES = ("elasticsearch7", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3")
ENGINE_ALIASES = {"elasticsearch": "elasticsearch8", "es": "elasticsearch8", "opensearch": "opensearch2"}

# Wagtail's database backend, indexing each language with its own text-search configuration
# on PostgreSQL ("english", else "simple"): search/index_backend.py.
DATABASE_BACKEND = {
    "BACKEND": "search.index_backend",
    "SEARCH_CONFIG": "english",
}

# Each language is indexed and searched in its own index, with its own analyzer: English
# stems words as the database backend does; Welsh and Polish (no stemmer ships with the
# engines) fold accents, so "cymraeg" finds "Cymraeg" and "zrodla" finds "źródła"; Urdu
# keeps its letters as written and reads Urdu and Arabic-Indic digits as digits.
LANGUAGE_FILTERS = {
    "en": ["hub_english_possessive", "lowercase", "asciifolding", "hub_english_stop", "hub_english_stemmer"],
    "cy": ["lowercase", "asciifolding", "hub_welsh_stop"],
    "ur": ["lowercase", "decimal_digit", "hub_urdu_stop"],
    "pl": ["lowercase", "asciifolding"],
}
TOKEN_FILTERS = {
    "hub_english_stop": {"type": "stop", "stopwords": "_english_"},
    "hub_english_stemmer": {"type": "stemmer", "language": "english"},
    "hub_english_possessive": {"type": "stemmer", "language": "possessive_english"},
    "hub_welsh_stop": {
        "type": "stop",
        "stopwords": ["a", "ac", "am", "ar", "at", "gan", "i", "o", "y", "yr", "yn"],
    },
    "hub_urdu_stop": {"type": "stop", "stopwords": ["اور", "کا", "کی", "کے", "کو", "میں", "سے", "ہے", "ہیں"]},
}


def index_settings(language):
    """The engine's index settings for one language: its analyzer as every text field's default."""
    filters = LANGUAGE_FILTERS.get(language, ["lowercase", "asciifolding"])
    return {
        "settings": {
            "analysis": {
                "filter": {name: TOKEN_FILTERS[name] for name in filters if name in TOKEN_FILTERS},
                "analyzer": {"default": {"type": "custom", "tokenizer": "standard", "filter": filters}},
            },
            # The candidates leave out pages behind a view restriction by their ids (Wagtail's
            # ``public()``); the engines' default cap of 65,536 terms would refuse a site
            # with more restricted pages than that.
            "index": {"number_of_shards": 1, "number_of_replicas": 0, "max_terms_count": 1_000_000},
        }
    }


def engine_backend_name(language, default_language="en"):
    """The backend searched for a language: "default" for the site's language, else its own."""
    return "default" if language == default_language else f"engine-{language}"


class SearchURLError(ValueError):
    pass


def search_backends_from_url(search_url, timeout=5, languages=("en",)):
    """WAGTAILSEARCH_BACKENDS for SEARCH_URL; with an engine, one backend (and index) per
    language, the first language's being "default"."""
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
    engine_url = urlunsplit(("https" if transport == "https" else "http", parts.netloc, "", "", ""))
    prefix = f"{parts.path.strip('/') or 'hub'}_"
    backends = {"database": dict(DATABASE_BACKEND)}
    for language in languages:
        name = engine_backend_name(language, languages[0])
        backends[name] = {
            "BACKEND": f"wagtail.search.backends.{engine}",
            "URLS": [engine_url],
            "INDEX_PREFIX": prefix if name == "default" else f"{prefix}{language}_",
            "TIMEOUT": timeout,
            "OPTIONS": {},
            "INDEX_SETTINGS": index_settings(language),
        }
    return backends
