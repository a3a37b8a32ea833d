"""People credited as authors and case-study team members."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Person(TranslatableMixin, index.Indexed, models.Model):
    class Role(models.TextChoices):
        RESEARCHER = "researcher", _("Researcher")
        PUBLIC_CONTRIBUTOR = "public_contributor", _("Public contributor")
        CARER = "carer", _("Carer")
        PATIENT = "patient", _("Patient")
        CLINICIAN = "clinician", _("Clinician")
        COMMUNITY_ORGANISER = "community_organiser", _("Community organiser")
        ENGAGEMENT_LEAD = "engagement_lead", _("Engagement lead")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=40, choices=Role.choices)
    job_title = models.CharField(
        _("job title or description"),
        max_length=160,
        blank=True,
        help_text=_("Optional, e.g. 'Patient and public involvement lead'."),
    )
    bio = models.TextField(_("short bio"), blank=True, max_length=600)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agreed_to_be_named = models.BooleanField(
        _("agreed to be named"),
        default=False,
        help_text=_(
            "Only tick this if the person has agreed. If not, the site shows their role instead of their name."
        ),
    )

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("bio"),
        index.FilterField("role"),
        index.FilterField("locale_id"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("job_title"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("agreed_to_be_named"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        """What readers see: the name only if the person agreed to be named."""
        return self.name if self.agreed_to_be_named else self.get_role_display()
