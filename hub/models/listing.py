"""How many items a listing page shows at a time, chosen by its editors."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

DEFAULT_ITEMS_PER_PAGE = 10
MAX_ITEMS_PER_PAGE = 50


class ItemsPerPageField(models.PositiveSmallIntegerField):
    """1 to 50, in the model and in the editor's form, whose number box the browser then
    keeps within those bounds too (a positive integer field's form would allow 0)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [MinValueValidator(1), MaxValueValidator(MAX_ITEMS_PER_PAGE)])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"min_value": 1, "max_value": MAX_ITEMS_PER_PAGE, **kwargs})


class PagedListing(models.Model):
    """An index page whose listing is split into pages of ``items_per_page``."""

    items_per_page = ItemsPerPageField(
        _("items per page"),
        default=DEFAULT_ITEMS_PER_PAGE,
        help_text=_("How many items each page of the listing shows, from 1 to 50. Short pages suit phones."),
    )

    listing_panels = [FieldPanel("items_per_page")]

    class Meta:
        abstract = True
