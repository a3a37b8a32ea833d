#!/usr/bin/env python
"""Peak memory and time to refuse an image bomb on the share form, and to store a real photo.

    .venv/bin/python scripts/benchmark_photo_bomb.py

Builds a 12,000 x 12,000 PNG (144 megapixels in a small file) and runs the share form's photo
check (casestudies.photos.check_photo) on it, then stores a 4,000 x 3,000 JPEG through
clean_copy. Prints the peak resident memory above the idle process for each. Results are
written down in docs/photos.md.
"""

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import Image  # noqa: E402

from casestudies.photos import check_photo, clean_copy  # noqa: E402


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_inputs(folder):
    """Written by a child process, so building them does not raise this process's peak."""
    Image.new("1", (12_000, 12_000)).save(folder / "bomb.png", format="PNG")
    Image.radial_gradient("L").resize((4000, 3000)).convert("RGB").save(folder / "photo.jpg", quality=85)


def main():
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        subprocess.run([sys.executable, __file__, "--make", name], check=True)  # noqa: S603
        bomb, photo = (folder / "bomb.png").read_bytes(), (folder / "photo.jpg").read_bytes()

    idle = peak_mb()
    start = time.perf_counter()
    try:
        check_photo(SimpleUploadedFile("bomb.png", bomb, content_type="image/png"), 1)
        refused = False
    except ValidationError:
        refused = True
    elapsed = (time.perf_counter() - start) * 1000
    print(
        f"image bomb: {len(bomb) / 1024:.0f} KB file, 144 megapixels, refused={refused}, {elapsed:.1f} ms, "
        f"peak {peak_mb() - idle:.1f} MB above idle ({idle:.0f} MB)"
    )

    before = peak_mb()
    start = time.perf_counter()
    upload = SimpleUploadedFile("photo.jpg", photo, content_type="image/jpeg")
    stored = clean_copy(upload, check_photo(upload, 1))
    elapsed = (time.perf_counter() - start) * 1000
    print(
        f"12 MP JPEG stored: {len(photo) / 1024:.0f} KB in, {stored.size / 1024:.0f} KB out, {elapsed:.0f} ms, "
        f"peak {peak_mb() - before:.1f} MB above the previous peak"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make_inputs(Path(sys.argv[2]))
    else:
        main()
