"""Serializers for the page models' api_fields (the read-only Wagtail API v2).

Certificates are given as the register records them and with their status for
today; related pages only when they are live (a draft's title never shows);
product groups and provinces by slug, named in the page's language.
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


class CertificateSerializer(serializers.Serializer):
    stars = serializers.IntegerField()
    score = serializers.IntegerField()
    # Parts A (production and community, of 40), B (marketing and story, of 25) and
    # C (quality, of 35) where the register records them, else null.
    score_a = serializers.IntegerField()
    score_b = serializers.IntegerField()
    score_c = serializers.IntegerField()
    status = serializers.CharField()
    decision_number = serializers.CharField(source="decision.number")
    decision_date = serializers.DateField(source="decision.issued_on")
    decision_kind = serializers.CharField(source="decision.kind")
    issuing_body = serializers.CharField(source="decision.issuer")
    valid_until = serializers.DateField()
    revoked_on = serializers.DateField()
    revocation_reason = serializers.CharField()


class PageLinkSerializer(serializers.Serializer):
    """A live page this one points to: its id (for /api/v2/pages/<id>/), title and address."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    html_url = serializers.SerializerMethodField()

    def get_html_url(self, page):
        return page.get_full_url(self.context.get("request"))


class StandardsField(serializers.Field):
    """The standards a producer holds, as keys: ["vietgap", "haccp", "iso_22000", "organic"]."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [key for key, _label in value]


class ForBuyersField(serializers.Field):
    """What a buyer needs from a producer, in the page's language: capacity, minimum order, markets, contact."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, producer):
        return {
            "monthly_capacity": producer.monthly_capacity,
            "minimum_order": producer.minimum_order,
            "export_markets": producer.export_markets,
            "trade_contact": {
                "name": producer.trade_contact_name,
                "phone": producer.trade_contact_phone,
                "email": producer.trade_contact_email,
            },
        }
