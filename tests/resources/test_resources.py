"""The resource library: each resource with its files' format and size and its accessible
versions; filters by type, area of focus and audience; files found by search."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from resources.models import ResourceDownload, ResourcePage
from tests.factories import ResourceIndexPageFactory, ResourcePageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def document(title, name, size):
    return get_document_model().objects.create(title=title, file=ContentFile(b"x" * size, name=name))


@pytest.fixture
def library(site_tree):
    index = ResourceIndexPageFactory(parent=site_tree.home, title="Resource library", slug="resources")
    inclusion = ThemeFactory(name="Inclusion and diversity", slug="inclusion")
    questions = ResourcePageFactory(
        parent=index,
        title="Reflective questions",
        slug="questions",
        kind=ResourcePage.Kind.REFLECTIVE_QUESTIONS,
        themes=[inclusion],
        downloads=[
            ("main", "Reflective questions", document("Questions", "questions.pdf", 2048), "Five questions."),
            ("easy_read", "Easy read version", document("Questions easy", "easy.pdf", 1024), ""),
            (
                "editable",
                "To edit",
                document("Questions odt", "questions.odt", 4096),
                "Sharing power in meetings.",
            ),
        ],
    )
    template = ResourcePageFactory(
        parent=index,
        title="Role description template",
        slug="template",
        kind=ResourcePage.Kind.TEMPLATE,
        audience=ResourcePage.Audience.RESEARCHERS,
        downloads=[("editable", "Template", document("Template", "template.odt", 3000), "")],
    )
    public = ResourcePageFactory(
        parent=index,
        title="Your rights when you take part",
        slug="rights",
        audience=ResourcePage.Audience.PUBLIC,
        downloads=[("main", "Your rights", document("Rights", "rights.pdf", 100), "")],
    )
    return index, questions, template, public


def listed(html):
    return re.findall(r'nhsuk-card__link" href="[^"]+">([^<]+)</a>', html)


def test_listing_says_type_audience_and_versions(client, library):
    html = client.get("/en/resources/").content.decode()
    assert listed(html) == [
        "Reflective questions",
        "Role description template",
        "Your rights when you take part",
    ]
    assert "Reflective questions · Everyone" in html
    assert "Versions: Main version (PDF), Easy read (PDF), Editable (Word or OpenDocument) (ODT)" in html


def test_a_resource_lists_every_version_with_format_and_size(client, library):
    html = client.get("/en/resources/questions/").content.decode()
    assert re.search(
        r'questions\.pdf">Reflective questions</a> <span class="nhsuk-body-s">\(PDF, 2\.0\xa0KB\)', html
    )
    assert "Easy read" in html and "(ODT, 4.0\xa0KB)" in html


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({"type": "template"}, ["Role description template"]),
        ({"theme": "inclusion"}, ["Reflective questions"]),
        # Resources for everyone are for researchers too.
        ({"audience": "researchers"}, ["Reflective questions", "Role description template"]),
        ({"audience": "public"}, ["Reflective questions", "Your rights when you take part"]),
        ({"audience": "nobody"}, []),
    ],
)
def test_filters(client, library, params, titles):
    assert listed(client.get("/en/resources/", params).content.decode()) == titles


def test_files_are_found_by_their_title_and_description(client, library):
    html = re.sub(
        r"</?mark>", "", client.get("/en/search/", {"q": "sharing power meetings"}).content.decode()
    )
    assert ">Reflective questions</a>" in html
    html = re.sub(r"</?mark>", "", client.get("/en/search/", {"q": "easy read"}).content.decode())
    assert ">Reflective questions</a>" in html


def test_a_recording_needs_a_transcript_or_captions(library):
    _index, questions, *_ = library
    download = ResourceDownload(
        page=questions, version="audio", title="Audio", media_url="https://audio.example/"
    )
    with pytest.raises(ValidationError) as error:
        download.full_clean()
    assert "Add a transcript" in str(error.value)
    empty = ResourceDownload(page=questions, version="main", title="Nothing")
    with pytest.raises(ValidationError) as error:
        empty.full_clean()
    assert "Choose a file" in str(error.value)
