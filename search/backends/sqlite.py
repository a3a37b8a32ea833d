"""The SQLite backend (FTS5): Wagtail's, adding indexed words to the spelling vocabulary."""

from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex, SQLiteSearchBackend

from search.vocabulary import remember_words


class VocabularyIndex(SQLiteIndex):
    def add_items(self, model, objs):
        super().add_items(model, objs)
        remember_words(objs)


class HubSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = VocabularyIndex
