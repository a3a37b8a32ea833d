"""Every reader-facing response carries a Content-Security-Policy that needs no inline code."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def policy(response):
    return dict((part.split(" ", 1) + [""])[:2] for part in response["Content-Security-Policy"].split("; "))


@pytest.mark.parametrize("address", ["/en/", "/en/blog/", "/en/search/?q=care", "/en/no-such-page/"])
def test_reader_pages_allow_only_the_hubs_own_scripts_styles_and_frames(client, site_tree, address):
    directives = policy(client.get(address))
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    assert directives["form-action"] == "'self'"
    assert "unsafe-inline" not in str(directives) and "unsafe-eval" not in str(directives)


def test_the_error_pages_inline_style_is_allowed_by_its_hash(client, site_tree):
    """The self-contained error pages (here the 400 for a NUL byte) keep their look."""
    response = client.get("/en/blog/?tag=%00")
    assert response.status_code == 400
    style = re.search(r"<style>(.*?)</style>", response.content.decode(), flags=re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy(response)["style-src"].split()


def test_the_admin_is_left_to_wagtail(client):
    assert "Content-Security-Policy" not in client.get("/admin/login/")


def test_no_template_has_inline_script_style_or_event_handlers():
    """What the policy would refuse: <script> with code, style="...", onclick="..."."""
    found = []
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        for script in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in script and "application/json" not in script:
                found.append(f"{template}: {script}")
        found += [f"{template}: {m}" for m in re.findall(r"\s(?:style|on[a-z]+)=\"[^\"]*\"", text)]
    assert found == []
