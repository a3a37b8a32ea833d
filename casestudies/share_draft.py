"""A share-form draft: the answers and photos kept between the form and "Check your answers".

The answers live in the reader's session; each photo is stored as its clean copy (no metadata,
a random name, see casestudies/photos.py) under media/pending-photos/, which is never served.
A draft ends when the example is sent, or it is deleted with the session
(`manage.py clear_share_drafts` removes photos left behind by sessions that expired).
"""

from datetime import timedelta

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import QueryDict
from django.utils import timezone

from casestudies.forms import PHOTO_SLOTS
from casestudies.photos import clean_copy

SESSION_KEY = "casestudies_share_draft"
SENT_KEY = "casestudies_share_sent"
PHOTO_DIR = "pending-photos"
# Fields that are not answers: tokens are issued afresh, the honeypot stays empty.
NOT_ANSWERS = {"csrfmiddlewaretoken", "website"}


def keep_photo_field(slot):
    return f"keep_photo_{slot}"


def _photo_key(slot):
    return str(slot)


def kept_photos(request):
    """{slot: {"name", "format"}} for the photos the current draft holds."""
    draft = request.session.get(SESSION_KEY) or {}
    return {int(slot): photo for slot, photo in draft.get("photos", {}).items()}


def files_with_kept_photos(request, files):
    """The posted files, plus each kept photo whose "keep" box is ticked and not replaced."""
    files = files.copy()
    for slot, photo in kept_photos(request).items():
        field = f"photo_{slot}"
        if field not in files and request.POST.get(keep_photo_field(slot)):
            files[field] = _open(photo)
    return files


def save(request, form):
    """Keep a valid form's answers and photos in the session, replacing any earlier draft."""
    previous = kept_photos(request)
    photos = {}
    for slot in range(1, PHOTO_SLOTS + 1):
        upload = form.cleaned_data.get(f"photo_{slot}")
        if not upload:
            continue
        kept = getattr(upload, "kept_photo", None)
        if kept:
            photos[_photo_key(slot)] = kept  # a photo this draft already holds: nothing to store again
            continue
        clean = clean_copy(upload, upload.photo_format)
        stored = default_storage.save(f"{PHOTO_DIR}/{clean.name}", clean)
        photos[_photo_key(slot)] = {"name": stored, "format": upload.photo_format}
    for slot, photo in previous.items():
        if photos.get(_photo_key(slot)) != photo:
            default_storage.delete(photo["name"])
    answers = {key: form.data.getlist(key) for key in form.data if key not in NOT_ANSWERS}
    request.session[SESSION_KEY] = {"answers": answers, "photos": photos}


def load(request):
    """(answers as a QueryDict, files) for the draft, or None when there is none."""
    draft = request.session.get(SESSION_KEY)
    if not draft:
        return None
    answers = QueryDict(mutable=True)
    for key, values in draft["answers"].items():
        answers.setlist(key, values)
    files = {f"photo_{slot}": _open(photo) for slot, photo in kept_photos(request).items()}
    return answers, files


def discard(request, *, sent_token=None):
    """End the draft and delete its stored photos; remember what was sent (for a double click)."""
    for photo in kept_photos(request).values():
        default_storage.delete(photo["name"])
    request.session.pop(SESSION_KEY, None)
    if sent_token:
        request.session[SENT_KEY] = sent_token


def _open(photo):
    with default_storage.open(photo["name"]) as stored:
        upload = SimpleUploadedFile(photo["name"].rsplit("/", 1)[-1], stored.read())
    upload.kept_photo = photo
    return upload


def clear_abandoned():
    """Delete draft photos older than any session could still use. Returns how many."""
    if not default_storage.exists(PHOTO_DIR):
        return 0
    cutoff = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    _dirs, names = default_storage.listdir(PHOTO_DIR)
    removed = 0
    for name in names:
        path = f"{PHOTO_DIR}/{name}"
        if default_storage.get_modified_time(path) < cutoff:
            default_storage.delete(path)
            removed += 1
    return removed
