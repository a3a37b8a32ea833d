"""Photos are personal data: no metadata survives, names are random, image bombs cost nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from casestudies.models import SharedLearningPage, Submission
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, send

pytestmark = pytest.mark.django_db
community = kit.community
staff = kit.staff


def jpeg_with_metadata():
    """A 40 x 20 photo, stored sideways (EXIF orientation 6), with GPS, camera, artist, XMP and a comment."""
    image = Image.new("RGB", (40, 20), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees to show upright
    exif[0x013B] = "Amira Khan"  # Artist
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}  # GPS
    buffer = io.BytesIO()
    image.save(
        buffer,
        format="JPEG",
        exif=exif,
        comment=b"taken at Amira's house",
        xmp=b"<x:xmpmeta><dc:creator>Amira Khan</dc:creator></x:xmpmeta>",
    )
    return buffer.getvalue()


def post_with_photo(client, community, content, name="IMG_1234 Amira at home.jpg", **overrides):
    data = form_data(
        community, consent_pictured="on", photo_1_description="Carers at the recipe workshop", **overrides
    )
    data["photo_1"] = SimpleUploadedFile(name, content, content_type="image/jpeg")
    return send(client, community, data)


def test_metadata_is_stripped_and_orientation_kept(client, community):
    assert post_with_photo(client, community, jpeg_with_metadata()).status_code == 302
    image = Submission.objects.get().page.photos.get().image
    image.file.open("rb")
    stored = image.file.read()
    image.file.close()
    for secret in (b"Amira", b"PhoneMaker", b"Model X", b"xmpmeta", b"Exif"):
        assert secret not in stored
    with Image.open(io.BytesIO(stored)) as opened:
        assert opened.size == (20, 40)  # turned upright
        assert not opened.getexif()
        assert "comment" not in opened.info and "xmp" not in opened.info
    # The rendition the public page shows is made from the clean copy.
    rendition = image.get_rendition("width-800")
    rendition.file.open("rb")
    assert b"Amira" not in rendition.file.read()
    rendition.file.close()


def test_stored_under_a_random_name_not_the_senders(client, community):
    post_with_photo(client, community, jpeg_with_metadata())
    name = Submission.objects.get().page.photos.get().image.file.name
    assert "IMG_1234" not in name and "Amira" not in name
    assert len(name.rsplit("/", 1)[-1]) >= 24


def test_image_bomb_is_refused_from_its_header(client, community, settings):
    # 12,000 x 12,000 pixels of one colour: a few hundred KB as a PNG, 144 megapixels decoded.
    buffer = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(buffer, format="PNG")
    assert len(buffer.getvalue()) < 1024 * 1024
    response = post_with_photo(client, community, buffer.getvalue(), name="bomb.png")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Photo 1 is too large: it is 12,000 by 12,000 pixels" in html
    assert "up to 30 megapixels" in html
    assert Submission.objects.count() == 0 and SharedLearningPage.objects.count() == 0


def test_a_file_that_is_not_a_photo_gets_one_plain_message(client, community):
    response = post_with_photo(client, community, b"%PDF-1.4 not a photo", name="notes.pdf")
    html = response.content.decode()
    assert "Photo 1 must be a JPEG, PNG or WebP photo" in html
    assert "Allowed extensions" not in html


def test_too_big_a_file_is_refused_before_it_is_opened(client, community, settings):
    settings.COMMUNITY_PHOTO_MAX_BYTES = 1024
    response = post_with_photo(client, community, b"\xff\xd8" + b"0" * 4096)
    assert "Photo 1 must be smaller than 1.0 KB" in response.content.decode()


def test_after_an_error_the_form_says_to_choose_photos_again(client, community):
    response = post_with_photo(client, community, jpeg_with_metadata(), title="")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Please choose your photo again" in html
    # Sending again with the description but no photo is not quietly accepted without it.
    data = form_data(community, consent_pictured="on", photo_1_description="Carers at the workshop")
    html = send(client, community, data).content.decode()
    assert "Choose photo 1, or delete its description" in html
    assert Submission.objects.count() == 0


def test_a_draft_photo_is_shown_only_to_signed_in_reviewers_and_public_once_published(
    client, community, staff
):
    from django.urls import reverse
    from wagtail.images import get_image_model

    post_with_photo(client, community, jpeg_with_metadata())
    page = Submission.objects.get().page.specific
    image = page.photos.get().image
    private_url = reverse("casestudies_review_photo", args=[image.pk])

    # A moderator previews the draft: the photo comes from the reviewers-only view, and no
    # rendition (a file at a public URL) is made.
    client.force_login(staff.moderator)
    from wagtail.models import TaskState

    task = TaskState.objects.for_instance(page).get(status="in_progress").task
    preview = client.get(reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]))
    assert preview.status_code == 200
    assert private_url in preview.content.decode()
    photo = client.get(private_url)
    assert photo.status_code == 200 and photo["Content-Type"] == "image/jpeg"
    assert "no-store" in photo["Cache-Control"] and "private" in photo["Cache-Control"]
    assert not get_image_model().get_rendition_model().objects.filter(image=image).exists()

    # Nobody else can fetch it: not the public, not a signed-in user without a review role.
    client.logout()
    assert client.get(private_url).status_code == 302  # to the sign-in page
    client.force_login(get_user_model().objects.create_user("visitor", "v@example.org", "pw"))
    assert client.get(private_url).status_code in (302, 403)

    # Published: the public page shows an ordinary rendition, never the original file.
    page.save_revision().publish()
    client.logout()
    html = client.get(page.url).content.decode()
    assert "/media/images/" in html and private_url not in html
    assert image.file.name not in html


def test_the_page_editor_and_image_chooser_make_no_public_file_of_a_draft_photo(client, community, staff):
    from django.urls import reverse
    from wagtail.images import get_image_model

    from tests.factories import ImageFactory

    post_with_photo(client, community, jpeg_with_metadata())
    page = Submission.objects.get().page.specific
    image = page.photos.get().image
    library_image = ImageFactory(title="Library picture of a workshop")

    client.force_login(staff.editor)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert editor.status_code == 200
    assert reverse("casestudies_review_photo", args=[image.pk]) in editor.content.decode()
    chooser = client.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert library_image.title in chooser
    assert image.title not in chooser  # never offered for another page
    assert not get_image_model().get_rendition_model().objects.filter(image=image).exists()


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_the_images_library_never_shows_or_draws_a_community_photo(client, community, staff, role):
    """The library's thumbnails, edit, delete and URL pages would each write a public rendition."""
    from django.urls import reverse
    from wagtail.images import get_image_model

    from tests.factories import ImageFactory

    post_with_photo(client, community, jpeg_with_metadata())
    image = Submission.objects.get().page.photos.get().image
    library_image = ImageFactory(title="Library picture of a workshop")

    client.force_login(getattr(staff, role))
    listing = client.get(reverse("wagtailimages:index")).content.decode()
    assert library_image.title in listing
    assert image.title not in listing
    for view in ("wagtailimages:edit", "wagtailimages:delete", "wagtailimages:url_generator"):
        response = client.get(reverse(view, args=[image.pk]))
        assert response.status_code in (302, 403), view
    add_form = client.get(reverse("wagtailimages:add")).content.decode()
    assert "Community examples" not in add_form  # nobody files a picture into it by hand
    assert not get_image_model().get_rendition_model().objects.filter(image=image).exists()
