from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LayReviewConfig(AppConfig):
    name = "layreview"
    verbose_name = _("Lay review by private link")
    default_auto_field = "django.db.models.BigAutoField"
