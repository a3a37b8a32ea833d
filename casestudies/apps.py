from django.apps import AppConfig


class CaseStudiesConfig(AppConfig):
    name = "casestudies"
    verbose_name = "Case studies and community examples"

    def ready(self):
        from casestudies import signals  # noqa: F401 - connects the workflow receivers
