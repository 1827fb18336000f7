"""Paging that treats a bad page number like any other bad parameter: ignored."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(items, number, per_page):
    """The requested page of `items`, or the first when `number` is malformed or out of range."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(number or 1)
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)
