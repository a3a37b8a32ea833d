"""The impact page: what changed because people were involved, gathered from every case
study and published community example in the reader's language."""

from django.utils.translation import gettext_lazy as _

from hub.models import SectionIndexPage


class ImpactPage(SectionIndexPage):
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("impact page")

    def listing(self, request):
        from impact.gather import impact_context

        return impact_context(self, request)
