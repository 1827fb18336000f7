"""Serving a page in a fixed number of queries, however deep it sits.

Wagtail routes a URL one path segment at a time, loading each page on the way
twice (as a Page, then as its own type): a product four levels down costs six
queries before its template starts. Every URL of this site is a page's
url_path below the locale's home page, so the page can be found in one query
and loaded as its type in a second. Paths that are not a page's url_path
(a RoutablePage's sub-routes such as the news feed at .../rss/, or a URL that
does not exist) fall back to Wagtail's own routing, which also raises the 404.

View restrictions are checked by Wagtail on every page with two queries (the
ancestors, then their restrictions). Sites rarely have any, so whether any
exist at all is kept in the cache and refreshed whenever one is saved or
deleted.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction

VIEW_RESTRICTIONS_KEY = "showcase:view-restrictions-exist"


def find_page(root, path_components):
    """The live page at `path_components` below `root`, as its own type, or None."""
    url_path = root.url_path + "".join(f"{component}/" for component in path_components)
    page = Page.objects.filter(url_path=url_path).only("pk", "content_type").first()
    if page is None:
        return None
    model = page.specific_class
    if model is None:
        return None
    related = ["locale", *getattr(model, "serve_select_related", ())]
    return model._default_manager.select_related(*related).get(pk=page.pk)


def view_restrictions_exist():
    exist = cache.get(VIEW_RESTRICTIONS_KEY)
    if exist is None:
        exist = PageViewRestriction.objects.exists()
        cache.set(VIEW_RESTRICTIONS_KEY, exist, None)
    return exist


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def forget_view_restrictions(**kwargs):
    cache.delete(VIEW_RESTRICTIONS_KEY)
