"""Small real files for the resource library: PDFs and OpenDocument text, made here from
plain sentences (no outside files), kept in the "Resources" collection."""

import io
import zipfile

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection


def _pdf(lines, size=12):
    """A one-page PDF 1.4 showing ``lines`` in Helvetica: enough for any reader to open."""
    text = "\n".join(
        f"BT /F1 {size} Tf 56 {780 - i * int(size * 1.6)} Td ({line.replace('(', '[').replace(')', ']')}) Tj ET"
        for i, line in enumerate(lines)
    ).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(text)).encode() + b" >>\nstream\n" + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _odt(lines):
    """An OpenDocument text file with one paragraph per line, for people who edit in Word or LibreOffice."""
    paragraphs = "".join(
        f"<text:p>{line.replace('&', '&amp;').replace('<', '&lt;')}</text:p>" for line in lines
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


MAKERS = {"pdf": _pdf, "large.pdf": lambda lines: _pdf(lines, size=20), "odt": _odt}


def resources_collection():
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name="Resources").first()
    return found or root.add_child(name="Resources")


def ensure_document(ctx, key, title, kind, lines):
    """The document ``title`` in the Resources collection, made if missing; kept in ``ctx.documents``."""
    model = get_document_model()
    collection = resources_collection()
    document = model.objects.filter(title=title, collection=collection).first()
    if document is None or not document.file.storage.exists(document.file.name):
        data = MAKERS[kind](lines)
        extension = "pdf" if kind.endswith("pdf") else kind
        document = document or model(title=title, collection=collection)
        document.file = ContentFile(data, name=f"{key}.{extension}")
        document.file_size = len(data)
        document.file_hash = ""
        document.save()
    ctx.documents[key] = document
    return document
