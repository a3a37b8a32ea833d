"""The admin's chooser for one community example, labelled in each editor's own language.

Wagtail's page chooser for a single page type joins "Choose a page" and the type's name when
the widget is made, and the admin makes the form (and its widgets) once per process: the
first editor's language would then label the button for everyone. This one joins them lazily.
"""

from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser


class CommunityExampleChooser(AdminPageChooser):
    def __init__(self, **kwargs):
        super().__init__(target_models=["casestudies.SharedLearningPage"], **kwargs)
        self.choose_one_text = format_lazy(
            "{} ({})", _("Choose a page"), capfirst(self.model._meta.verbose_name)
        )
