"""The Content-Security-Policy for every reader-facing page (django-csp reads it from settings).

Scripts, styles, fonts and images come from the hub itself; nothing inline runs. The one
inline style, on the self-contained error pages (templates/errors/standalone.html, drawn
when the database may be down and so with no static files), is allowed by its hash, worked
out here from the template so the two cannot drift apart. Nonces are not used: public pages
are cached by the proxy, and a cached nonce would be no secret.

The admin (/admin/, /django-admin/) is left out: Wagtail's editor is not built for a policy
without inline styles.
"""

import base64
import hashlib
import re
from pathlib import Path

from csp.constants import NONE, SELF

ERROR_PAGE = Path(__file__).resolve().parent.parent / "templates" / "errors" / "standalone.html"

# Players the embed block (hub/blocks.py) may show in a frame; other embeds show their link.
EMBED_FRAMES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]


def inline_style_hashes(template=ERROR_PAGE):
    """'sha256-...' for each <style> block in a template, as browsers hash it."""
    blocks = re.findall(r"<style>(.*?)</style>", template.read_text(encoding="utf-8"), flags=re.S)
    return [f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'" for b in blocks]


def content_security_policy():
    return {
        "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
        "DIRECTIVES": {
            "default-src": [SELF],
            "script-src": [SELF],
            "style-src": [SELF, *inline_style_hashes()],
            "img-src": [SELF, "data:"],
            "font-src": [SELF],
            "connect-src": [SELF],
            "media-src": [SELF],
            "frame-src": [SELF, *EMBED_FRAMES],
            "object-src": [NONE],
            "base-uri": [SELF],
            "form-action": [SELF],
            # Only the hub may frame its pages (Wagtail's preview does).
            "frame-ancestors": [SELF],
        },
    }
