"""Photos sent with community examples. A photo is personal data, so:

- the cheap checks come first: the file's size, then its header (format and pixel count),
  all before a single pixel is decoded, so a small file that claims billions of pixels
  (an "image bomb") is refused at almost no cost;
- what is stored is a fresh image: the orientation is applied, then every piece of
  metadata (EXIF with GPS position, camera and owner, XMP, IPTC, comments) is left behind;
- it is stored under a random name, never the sender's own file name.
"""

import io
import secrets

from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# Pillow format -> the file extension the stored copy gets.
PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# A stored photo is at most this many pixels on its longest side: plenty for the page and
# its enlargements, and it keeps every later rendition (in the admin too) cheap.
STORED_LONG_EDGE = 3000


def max_bytes():
    return getattr(settings, "COMMUNITY_PHOTO_MAX_BYTES", 5 * 1024 * 1024)


def max_megapixels():
    return getattr(settings, "COMMUNITY_PHOTO_MAX_MEGAPIXELS", 30)


def _refuse(message, number, code, **params):
    return forms.ValidationError(str(message) % {"number": number, **params}, code=code)


def check_photo(upload, number):
    """Check one upload without decoding it. Returns its Pillow format, or raises ValidationError."""
    if upload.size > max_bytes():
        raise _refuse(
            _("Photo %(number)d must be smaller than %(size)s"),
            number,
            "too_big",
            size=filesizeformat(max_bytes()),
        )
    upload.seek(0)
    try:
        # Opening reads only the header; Pillow refuses absurd sizes here too.
        with Image.open(upload, formats=list(PHOTO_FORMATS)) as image:
            image_format, (width, height) = image.format, image.size
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError) as error:
        raise _refuse(_("Photo %(number)d must be a JPEG, PNG or WebP photo"), number, "format") from error
    finally:
        upload.seek(0)
    if width * height > max_megapixels() * 1_000_000:
        raise _refuse(
            _(
                "Photo %(number)d is too large: it is %(width)s by %(height)s pixels. Choose a photo of "
                "up to %(limit)d megapixels, for example 6,000 by 5,000 pixels. Most phone photos are smaller."
            ),
            number,
            "too_many_pixels",
            width=f"{width:,}",
            height=f"{height:,}",
            limit=max_megapixels(),
        )
    return image_format


def _plain_mode(image):
    if image.mode in ("RGB", "RGBA", "L", "LA"):
        return image
    has_alpha = "transparency" in image.info or image.mode in ("PA", "RGBa", "La")
    return image.convert("RGBA" if has_alpha else "RGB")


def clean_copy(upload, image_format):
    """A metadata-free copy of a checked upload, upright, under a random name (a ContentFile)."""
    upload.seek(0)
    with Image.open(upload, formats=[image_format]) as image:
        # JPEGs can be decoded at a reduced scale, which keeps memory low for big photos.
        image.draft("RGB", (STORED_LONG_EDGE, STORED_LONG_EDGE))
        image.thumbnail((STORED_LONG_EDGE, STORED_LONG_EDGE))
        upright = _plain_mode(ImageOps.exif_transpose(image))
        if image_format == "JPEG" and upright.mode not in ("RGB", "L"):
            upright = upright.convert("RGB")
        # A new image carries none of the original's info: no EXIF, XMP, IPTC or comments.
        clean = Image.new(upright.mode, upright.size)
        clean.paste(upright)
        icc_profile = image.info.get("icc_profile")
    output = io.BytesIO()
    options = {"quality": 88} if image_format in ("JPEG", "WEBP") else {"optimize": True}
    if icc_profile:
        options["icc_profile"] = icc_profile  # colour only; says nothing about the sender
    clean.save(output, format=image_format, **options)
    return ContentFile(output.getvalue(), name=f"{secrets.token_urlsafe(18)}.{PHOTO_FORMATS[image_format]}")


class PhotoField(forms.FileField):
    """An optional photo upload, checked by check_photo. Cleans to the upload, with its format."""

    def __init__(self, *, number, **kwargs):
        self.number = number
        kwargs.setdefault(
            "widget",
            forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        )
        super().__init__(**kwargs)
        self.error_messages["invalid"] = str(
            _("Photo %(number)d must be a JPEG, PNG or WebP photo") % {"number": number}
        )
        self.error_messages["empty"] = str(_("Photo %(number)d is an empty file") % {"number": number})

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            upload.photo_format = check_photo(upload, self.number)
        return upload
