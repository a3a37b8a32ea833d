"""A search backend that behaves like an unreachable external engine."""

from modelsearch.backends.base import BaseSearchBackend


class EngineUnreachable(ConnectionError):
    pass


class SearchBackend(BaseSearchBackend):
    def __init__(self, params):
        super().__init__(params)

    def search(self, *args, **kwargs):
        raise EngineUnreachable("Connection refused: search engine at 127.0.0.1:9")

    def autocomplete(self, *args, **kwargs):
        raise EngineUnreachable("Connection refused: search engine at 127.0.0.1:9")

    def add(self, obj):
        raise EngineUnreachable("down")

    def add_bulk(self, model, obj_list):
        raise EngineUnreachable("down")

    def delete(self, obj):
        raise EngineUnreachable("down")

    def get_index_for_model(self, model):
        return None
