from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterestConfig(AppConfig):
    name = "interest"
    verbose_name = _("Interest in events and opportunities")
    default_auto_field = "django.db.models.BigAutoField"
