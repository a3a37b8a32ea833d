from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from search.facts import install_after_migrate

        # After every migrate, so the facts triggers cover every page type's taxonomy links.
        post_migrate.connect(install_after_migrate, sender=self)
