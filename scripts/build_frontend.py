#!/usr/bin/env python3
"""Copy the NHS.UK design system from node_modules into static_build/.

Run after `npm ci`:

    python scripts/build_frontend.py

It writes static_build/nhsuk/ (CSS, JS module, icons), which Django finds
through STATICFILES_DIRS. static_build/ is not committed.

The package's CSS is adjusted so it works under STATIC_URL and offline:
- absolute `/assets/...` URLs become relative to the CSS file;
- the @font-face rules that load the NHS's licensed Frutiger font from a
  remote host are dropped (the hub is not an NHS service; the design system
  falls back to Arial / the system sans-serif);
- source-map comments are dropped, so hashed static storage does not look
  for .map files that are not copied.
"""

import json
import re
import shutil
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = BASE_DIR / "node_modules" / "nhsuk-frontend"
SOURCE_DIR = PACKAGE_DIR / "dist" / "nhsuk"
OUTPUT_DIR = BASE_DIR / "static_build" / "nhsuk"

FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
SOURCE_MAP = re.compile(r"/[*/]#\s*sourceMappingURL=[^\s*]+\s*(\*/)?")
ASSET_URL = re.compile(r"url\((['\"]?)/assets/")


def build_css(text):
    text = FONT_FACE.sub("", text)
    text = ASSET_URL.sub(r"url(\1assets/", text)
    return SOURCE_MAP.sub("", text).rstrip() + "\n"


def build_js(text):
    return SOURCE_MAP.sub("", text).rstrip() + "\n"


def main():
    if not SOURCE_DIR.is_dir():
        sys.exit(f"{SOURCE_DIR} is missing: run `npm ci` first.")
    version = json.loads((PACKAGE_DIR / "package.json").read_text())["version"]

    if OUTPUT_DIR.exists():
        shutil.rmtree(OUTPUT_DIR)
    (OUTPUT_DIR / "assets").mkdir(parents=True)

    css = (SOURCE_DIR / "nhsuk-frontend.min.css").read_text(encoding="utf-8")
    (OUTPUT_DIR / "nhsuk-frontend.min.css").write_text(build_css(css), encoding="utf-8")
    js = (SOURCE_DIR / "nhsuk-frontend.min.js").read_text(encoding="utf-8")
    (OUTPUT_DIR / "nhsuk-frontend.min.js").write_text(build_js(js), encoding="utf-8")
    shutil.copytree(SOURCE_DIR / "assets" / "images", OUTPUT_DIR / "assets" / "images")
    (OUTPUT_DIR / "VERSION").write_text(version + "\n", encoding="utf-8")

    print(f"nhsuk-frontend {version} copied to {OUTPUT_DIR.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main()
