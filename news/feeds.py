"""The RSS feed of an index's news, at <news index>/rss/."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.seo_title or self.index_page.title

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.search_description or self.index_page.listing_summary

    def items(self):
        return self.index_page.articles()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.card_summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        # Articles carry a date only; publish them at the office's morning.
        return timezone.make_aware(datetime.combine(item.date, time(7, 0)))

    def item_author_name(self, item):
        return item.author

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]
