"""The page editor's photo field: a preview through the signed-in view, never a public rendition.

Wagtail's own image chooser draws its preview as a `max-165x165` rendition, a file under
the public `media/images/`. For a photo of an example that is not yet published that would
put it online, so this chooser points the preview at `casestudies_review_photo` instead.
"""

from django.urls import reverse
from wagtail.images.widgets import AdminImageChooser

PREVIEW_SIZE = 165


class CommunityPhotoChooser(AdminImageChooser):
    show_edit_link = False  # the image editor would draw public renditions too

    def get_value_data_from_instance(self, instance):
        # BaseChooser's data (id, title), without AdminImageChooser's rendition.
        data = super(AdminImageChooser, self).get_value_data_from_instance(instance)
        scale = min(1, PREVIEW_SIZE / max(instance.width or 1, instance.height or 1))
        data["preview"] = {
            "url": reverse("casestudies_review_photo", args=[instance.pk]),
            "width": round(instance.width * scale),
            "height": round(instance.height * scale),
        }
        data["default_alt_text"] = instance.default_alt_text
        return data
