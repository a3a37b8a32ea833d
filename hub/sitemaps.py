"""The sitemap lists every language's pages, not only the default language's tree.

Wagtail's sitemap lists the descendants of the site's root page. With wagtail-localize
each language's home page is a separate tree beside it (a translation of the root
page), so the sitemap also walks the trees of the root page's translations.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
        in_a_tree = Q()
        for path in roots:
            in_a_tree |= Q(path__startswith=path)
        # Plain pages: no page type changes its sitemap entry, so loading each type is not needed.
        return Page.objects.filter(in_a_tree).live().public().order_by("path")
