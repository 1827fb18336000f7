"""Serializers of the catalogue's api_fields (the read-only Wagtail API v2, opendata/api.py).

Certificates are given as the register records them and with their status for
today. What every app shares (related pages, taxonomy) is in showcase/serializers.py.
"""

from rest_framework import serializers


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
