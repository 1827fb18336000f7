"""The catalogue's models, one module per concept."""

from .certification import SCORE_BANDS, STAR_CHOICES, Certification, CertificationDecision, DecisionKind
from .display_point import (
    DisplayPointIndexPage,
    DisplayPointKind,
    DisplayPointPage,
    DisplayPointPhoto,
    OpeningHours,
    Weekday,
)
from .listing import ProductListing
from .orderables import AbstractGalleryImage, AbstractLink
from .producer import (
    ProducerIndexPage,
    ProducerKind,
    ProducerPage,
    ProducerPhoto,
    ProducerSalesChannel,
    SalesChannelKind,
)
from .product import ProductGalleryImage, ProductIndexPage, ProductOnlineChannel, ProductPage
from .taxonomy import ProductGroup, Province

__all__ = [
    "SCORE_BANDS",
    "STAR_CHOICES",
    "AbstractGalleryImage",
    "AbstractLink",
    "Certification",
    "CertificationDecision",
    "DecisionKind",
    "DisplayPointIndexPage",
    "DisplayPointKind",
    "DisplayPointPage",
    "DisplayPointPhoto",
    "OpeningHours",
    "ProducerIndexPage",
    "ProducerKind",
    "ProducerPage",
    "ProducerPhoto",
    "ProducerSalesChannel",
    "ProductGalleryImage",
    "ProductGroup",
    "ProductIndexPage",
    "ProductListing",
    "ProductOnlineChannel",
    "ProductPage",
    "Province",
    "SalesChannelKind",
    "Weekday",
]
