"""Where the page explorer opens for a producer: its own page, in its admin language.

Wagtail opens the explorer at the closest common ancestor of the pages a user
has permissions on. A producer has them on its Vietnamese and its English
page, whose only common ancestor is the root of the tree, so it would start
above both home pages. It starts at the producer's page in the user's admin
language instead (the other translation is one click away in the editor);
what the producer may reach is Wagtail's to decide, unchanged.
"""

from wagtail.models import Page
from wagtail.permissions import policy_registry

from .dashboard import admin_locale


def explorer_start_page(user):
    """The page the explorer should open at, or None to leave it to Wagtail."""
    if user.is_superuser:
        return None
    policy = policy_registry.get_by_type(Page)
    root = policy.explorable_root_instance(user)
    if root is None or not root.is_root():
        return None
    pages = list(policy.instances_with_direct_explore_permission(user))
    locale = admin_locale(user)
    in_locale = [page for page in pages if page.locale_id == locale.pk] or pages
    if not in_locale:
        return None
    try:
        return Page.objects.first_common_ancestor_of(in_locale, include_self=True, strict=True)
    except Page.DoesNotExist:
        return None
