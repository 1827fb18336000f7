"""What a producer may see in the admin: its own pages and images, and what is published.

Wagtail shows some things to anyone who may open the admin: the admin API's
image listing, the titles of the objects named in a bulk action's or a move's
confirmation (also those the user may not act on), the page chooser's parent
page, and reports that name the last edited page of each type or every
translation. Editors see everything; a producer sees a page if it is live or
its own, and an image or any other object if it may edit it. The views and
hooks that apply this are in accounts/urls.py and accounts/wagtail_hooks.py;
tests/accounts/test_producer_sees_only_its_own.py tries every admin URL.
"""

from django.db.models import Q
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import policy_registry

from .roles import is_editor


def sees_everything(user):
    return user.is_superuser or is_editor(user)


def own_pages_filter(user):
    """Q() of the page subtrees the user has permissions on (empty Q if none)."""
    own = Q()
    for permission in GroupPagePermission.objects.filter(group__user=user).select_related("page"):
        own |= Q(path__startswith=permission.page.path)
    return own


def visible_pages(user, pages):
    """`pages` less other producers' drafts."""
    if sees_everything(user):
        return pages
    own = own_pages_filter(user)
    return pages.filter(Q(live=True) | own) if own else pages.filter(live=True)


def may_see_page(user, page):
    return visible_pages(user, Page.objects.filter(pk=page.pk)).exists()


def may_edit(user, obj):
    """Whether `user` may edit `obj`: the page's own permission test, or the model's permission policy."""
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return policy_registry.get(obj).user_has_permission_for_instance(user, "change", obj)


def visible_images(user, images=None):
    """The images `user` may choose or edit: a producer's own collection, everything for an editor."""
    Image = get_image_model()
    images = Image.objects.all() if images is None else images
    if sees_everything(user):
        return images
    allowed = policy_registry.get_by_type(Image).instances_user_has_any_permission_for(user, ["choose", "change"])
    return images.filter(pk__in=allowed.values("pk"))
