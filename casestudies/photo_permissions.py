"""Photos sent with community examples stay out of Wagtail's Images library.

Wagtail's image views (the library, its edit, delete and URL-generator pages, bulk actions)
draw renditions into `media/images/`, which is served publicly. A photo sent with an example
must exist only as its private original until the example is published, and belongs to that
example alone, so this policy treats the "Community examples" collection as nobody's, superusers
included. Reviewers see the photos through `casestudies.photo_views`, and the page shows them
once published; neither asks this policy.
"""

from django.db.models import Q
from wagtail.images import get_image_model
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

from casestudies.services.submit import PHOTO_COLLECTION_NAME

IN_PHOTO_COLLECTION = Q(collection__name=PHOTO_COLLECTION_NAME, collection__depth=2)


def is_community_photo(image):
    collection = image.collection
    return collection.depth == 2 and collection.name == PHOTO_COLLECTION_NAME


class ImagePermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's own image policy, with the community photos taken out of every answer."""

    def user_has_permission_for_instance(self, user, action, instance):
        return not is_community_photo(instance) and super().user_has_permission_for_instance(
            user, action, instance
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return not is_community_photo(instance) and super().user_has_any_permission_for_instance(
            user, actions, instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return super().instances_user_has_any_permission_for(user, actions).exclude(IN_PHOTO_COLLECTION)

    def collections_user_has_any_permission_for(self, user, actions):
        # Nobody uploads into, or moves images into, the community collection by hand.
        return (
            super()
            .collections_user_has_any_permission_for(user, actions)
            .exclude(name=PHOTO_COLLECTION_NAME, depth=2)
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        if is_community_photo(instance):
            return super().users_with_any_permission_for_instance(actions, instance).none()
        return super().users_with_any_permission_for_instance(actions, instance)


def register():
    # exact_class: wins over the policy wagtail.images registers in its own ready().
    register_permission_policy(
        get_image_model(),
        ImagePermissionPolicy(
            get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )
