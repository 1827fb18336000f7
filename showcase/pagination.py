"""Paging that treats a bad page number like any other bad parameter: ignored."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(items, number, per_page, count=None):
    """The requested page of `items`, or the first when `number` is malformed or out of range.

    `count`, when the caller knows it already, saves the paginator its COUNT query.
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    try:
        return paginator.page(number or 1)
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)
