"""Admin registration for the hub's snippets, grouped so editors find them together."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub.models import Approach, Person, Region, ResearchStage, Theme, Topic


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


class ThemeViewSet(TaxonomyViewSet):
    model = Theme
    icon = "tag"


class ApproachViewSet(TaxonomyViewSet):
    model = Approach
    icon = "group"


class ResearchStageViewSet(TaxonomyViewSet):
    model = ResearchStage
    icon = "list-ol"


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    icon = "folder-open-1"


class RegionViewSet(TaxonomyViewSet):
    model = Region
    icon = "globe"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (ThemeViewSet, ApproachViewSet, ResearchStageViewSet, TopicViewSet, RegionViewSet)


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "role", "agreed_to_be_named"]
    list_filter = ["role", "agreed_to_be_named"]
    search_fields = ["name", "bio"]


register_snippet(TaxonomyGroup)
register_snippet(PersonViewSet)

# Translators' "Submit translation for review" button and view.
from hub import translation_admin  # noqa: E402, F401
