"""Photos of examples that are not yet published, shown only to signed-in reviewers.

A draft's photo is drawn in memory for each request and never stored as a rendition, so
nothing about it exists at a public URL until the example is published (originals are
never served at all: see hub/urls.py and the proxy configuration).
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from wagtail.images import get_image_model
from wagtail.images.models import Filter

REVIEW_PHOTO_FILTER = "width-800"  # as the published page draws it
REVIEW_PERMISSION = "casestudies.view_submission"


@never_cache
def review_photo(request, image_id):
    if not request.user.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied
    image = get_object_or_404(get_image_model(), pk=image_id)
    drawn = image.generate_rendition_file(Filter(REVIEW_PHOTO_FILTER))
    response = HttpResponse(drawn.read(), content_type=_content_type(drawn.name))
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _content_type(name):
    extension = name.rsplit(".", 1)[-1].lower()
    return {"png": "image/png", "webp": "image/webp", "avif": "image/avif"}.get(extension, "image/jpeg")
