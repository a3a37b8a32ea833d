"""Outside translators work on PO files: export, edit, import, and the translated page updates."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import Translation

from hub.translation import save_translation

pytestmark = pytest.mark.django_db


def test_po_export_edit_import_updates_the_page(welsh_tree):
    record = Translation.objects.get(
        source__object_id=welsh_tree.case_study.translation_key, target_locale__language_code="cy"
    )
    po = polib.pofile(str(record.export_po()))
    entry = next(e for e in po if e.msgid == "Volunteers tend a community garden")
    assert entry.msgstr == "Gwirfoddolwyr yn gofalu am ardd gymunedol"
    entry.msgstr = "Gwirfoddolwyr yn tyfu llysiau mewn gardd gymunedol"

    warnings = record.import_po(polib.pofile(str(po)))
    assert warnings == []
    save_translation(record)
    welsh_tree.case_cy.refresh_from_db()
    assert welsh_tree.case_cy.title == "Gwirfoddolwyr yn tyfu llysiau mewn gardd gymunedol"


def test_po_download_and_upload_through_the_admin(admin_client, welsh_tree, client):
    record = Translation.objects.get(
        source__object_id=welsh_tree.case_study.translation_key, target_locale__language_code="cy"
    )
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[record.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    next(
        e for e in po if e.msgid == "Volunteers and researchers grew vegetables together."
    ).msgstr = "Testun newydd."
    upload = SimpleUploadedFile("cy.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[record.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    save_translation(record)
    assert "Testun newydd." in client.get("/cy/astudiaethau-achos/gardd-gymunedol/").content.decode()
