"""Serializers every app's api_fields use (the read-only Wagtail API v2, opendata/api.py).

Related pages only when they are live (a draft's title never shows); product
groups and provinces by slug, named in the page's language.
"""

from rest_framework import serializers


class TaxonomyField(serializers.Field):
    """A product group or province as {"slug", "name"}, named in the page's language where translated."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        term = super().get_attribute(instance)
        if term is None or term.locale_id == instance.locale_id:
            return term
        return term.get_translation_or_none(instance.locale) or term

    def to_representation(self, value):
        return {"slug": value.slug, "name": value.name}


class PageLinkSerializer(serializers.Serializer):
    """A live page this one points to: its id (for /api/v2/pages/<id>/), title and address."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    html_url = serializers.SerializerMethodField()

    def get_html_url(self, page):
        return page.get_full_url(self.context.get("request"))
