"""The register's headline numbers, which the home page shows.

Counted like the statistics page (reports.figures), from the products' listing
rows, and held to agree with it by a test.
"""

from django.db.models import Count, Q
from django.db.models.functions import Coalesce

from . import register
from .catalogue import listed_products
from .figures_cache import remembered

STARS = (3, 4, 5)


def headline_figures(locale, today=None):
    """The home page's numbers: certified products, their producers, their provinces, and products by stars.

    One aggregate query on the listing rows; a historic province counts as the
    one it merged into. Agrees with RegisterFigures for the whole country (a
    test holds them to it).
    """
    today = today or register.local_today()
    current_province = Coalesce("province__merged_into__translation_key", "province__translation_key")
    stars = {value: Count("pk", filter=Q(cert_stars=value)) for value in STARS}

    def count():
        return (
            listed_products(locale, today=today)
            .order_by()
            .aggregate(
                products=Count("pk"),
                producers=Count("producer_id", distinct=True),
                provinces=Count(current_province, distinct=True),
                **{f"stars_{value}": count for value, count in stars.items()},
            )
        )

    totals = remembered("headline figures", (locale.pk,), count, today)
    return {
        "products": totals["products"],
        "producers": totals["producers"],
        "provinces": totals["provinces"],
        "stars": {value: totals[f"stars_{value}"] for value in STARS},
    }
