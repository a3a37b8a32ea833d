"""Serializers for the read API's page fields (`api_fields`): only what a page shows its readers.

Personal data never appears: people are given as the page shows them (`display_name`, the
role for someone who has not agreed to be named), and submissions are not exposed at all.
"""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.rich_text import expand_db_html


class RichTextHTML(serializers.Field):
    """Rich text as readers get it: internal links and images resolved to real addresses."""

    def to_representation(self, value):
        return expand_db_html(value) if value else ""


class Terms(serializers.Field):
    """Taxonomy terms (themes, approaches, stages) as name and slug."""

    def to_representation(self, manager):
        return [{"name": term.name, "slug": term.slug} for term in manager.all()]


class Term(serializers.Field):
    """One taxonomy term (topic, region), or null."""

    def to_representation(self, term):
        return {"name": term.name, "slug": term.slug} if term else None


class Authors(serializers.Field):
    """Authors as the page credits them."""

    def to_representation(self, manager):
        return [row.person.display_name for row in manager.select_related("person")]


class Team(serializers.Field):
    """Team members as the page shows them, with the part they played."""

    def to_representation(self, manager):
        return [
            {"name": row.person.display_name, "part": row.role_in_project}
            for row in manager.select_related("person")
        ]


class ResearchOutputs(serializers.Field):
    """Award IDs, DOIs, trial registrations and links, with their labels."""

    def to_representation(self, manager):
        return [{"kind": row.kind, "identifier": row.identifier, "label": row.label} for row in manager.all()]


class Photos(serializers.Field):
    """A published example's photos: public renditions with their descriptions, never the originals."""

    rendition = ImageRenditionField("width-800")

    def to_representation(self, manager):
        return [
            {
                "image": self.rendition.to_representation(row.image),
                "alt": row.alt_text,
                "caption": row.caption,
            }
            for row in manager.select_related("image")
        ]


def rich_text(name):
    return APIField(name, serializer=RichTextHTML())


def terms(name):
    return APIField(name, serializer=Terms())


def term(name):
    return APIField(name, serializer=Term())


def authors(name):
    return APIField(name, serializer=Authors())


def team(name):
    return APIField(name, serializer=Team())


def research_outputs(name):
    return APIField(name, serializer=ResearchOutputs())


def photos(name):
    return APIField(name, serializer=Photos())


def image(name, spec="fill-1200x630"):
    """An image as a public rendition (url, width, height, alt), never its original file."""
    return APIField(f"{name}_rendition", serializer=ImageRenditionField(spec, source=name))
