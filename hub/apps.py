from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = "Hub core"

    def ready(self):
        from django.db.models.signals import post_migrate

        from hub import signals  # noqa: F401 - connects the translation signal handlers

        post_migrate.connect(write_public_address, sender=self)


def write_public_address(using, **kwargs):
    """After every migrate, the default Site says the address in HUB_PUBLIC_URL."""
    from hub.public_address import apply_to_default_site

    if using == "default":
        apply_to_default_site()
