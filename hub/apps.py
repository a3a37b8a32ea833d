from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = "Hub core"

    def ready(self):
        from hub import signals  # noqa: F401 - connects the translation signal handlers
