"""The records a catalogue plan is made of, and the small helpers the planners share."""

import datetime
import uuid
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from catalogue.register import certificate_status

from . import text
from .places import commune

MIN_PRODUCTS_PER_PRODUCER, MAX_PRODUCTS_PER_PRODUCER = 2, 20

# The first OCOP certificates were granted in 2019, under Decision 490/QĐ-TTg of 2018.
PROGRAMME_START = datetime.date(2019, 1, 1)

# Translation keys of generated pages all fall in one block of UUIDs, so that the
# generated catalogue can be found (and replaced) without a marker field.
GENERATED_KEY_PREFIX = 0x0C0B5EED
GENERATED_KEYS = (uuid.UUID(int=GENERATED_KEY_PREFIX << 96), uuid.UUID(int=((GENERATED_KEY_PREFIX + 1) << 96) - 1))


def generated_key(rng):
    return uuid.UUID(int=(GENERATED_KEY_PREFIX << 96) | rng.getrandbits(96))


# The plan -------------------------------------------------------------------------------------


@dataclass(eq=False)
class ProducerPlan:
    title: str
    slug: str
    kind: str
    province: object
    area: object
    place: str
    hamlet: str
    group_slug: str
    subgroup: object
    person: str
    honorific: str
    women_led: bool
    ethnic_minority: bool
    founded: int
    craft_village: str = ""
    vietgap: bool = False
    organic: bool = False
    address: str = ""
    latitude: Decimal = None
    longitude: Decimal = None
    email: str = ""
    website: str = ""
    sales_channels: list = field(default_factory=list)
    motif: str = ""
    has_image: bool = False
    summary: str = ""
    story: list = field(default_factory=list)
    products: list = field(default_factory=list)
    key: uuid.UUID = None

    @property
    def commune(self):
        return commune(self.place)

    @property
    def specialities(self):
        """What it makes, as phrases ("mật ong hoa nhãn"), most made first."""
        counts = Counter(text.kind_phrase(product.kind.name) for product in self.products)
        return [phrase for phrase, _count in counts.most_common()]


@dataclass(eq=False)
class ProductPlan:
    producer: ProducerPlan
    title: str
    slug: str
    group_slug: str
    subgroup_slug: str
    kind: object
    place: str
    motif: str
    has_image: bool
    packaging: str
    price_min: int = None
    price_max: int = None
    online_channels: list = field(default_factory=list)
    summary: str = ""
    description: list = field(default_factory=list)
    stars: int = 3
    certifications: list = field(default_factory=list)  # oldest first
    key: uuid.UUID = None

    @property
    def newest(self):
        return self.certifications[-1]

    def status(self, today):
        newest = self.newest
        return certificate_status(newest.decision.issued_on, newest.revoked_on, today)


@dataclass(eq=False)
class DecisionPlan:
    number: str
    issued_on: datetime.date
    issuer: str
    kind: str  # "new" or "again"
    summary: str = ""
    certifications: list = field(default_factory=list)


@dataclass(eq=False)
class CertificationPlan:
    product: ProductPlan
    decision: DecisionPlan
    stars: int
    score: int
    revoked_on: datetime.date = None
    revocation_reason: str = ""


@dataclass(eq=False)
class DisplayPointPlan:
    title: str
    slug: str
    kind: str
    province: object
    place: str
    address: str
    latitude: Decimal
    longitude: Decimal
    opening_hours: list  # (weekday, opens, closes)
    opening_hours_note: str
    motif: str
    products: list
    summary: str = ""
    body: list = field(default_factory=list)
    key: uuid.UUID = None

    @property
    def commune(self):
        return commune(self.place)

    @property
    def product_count(self):
        return len(self.products)

    @property
    def producer_count(self):
        return len({product.producer for product in self.products})


@dataclass(eq=False)
class NewsPlan:
    title: str
    slug: str
    date: datetime.date
    author: str
    summary: str
    body: list
    tags: list
    products: list
    motif: str
    key: uuid.UUID = None


@dataclass
class CataloguePlan:
    seed: int
    today: datetime.date
    producers: list
    products: list
    decisions: list
    display_points: list
    news: list

    @property
    def certifications(self):
        return [certification for decision in self.decisions for certification in decision.certifications]

    def status_counts(self):
        return Counter(product.status(self.today) for product in self.products)

    def star_counts(self):
        return Counter(product.newest.stars for product in self.products)


# Helpers ----------------------------------------------------------------------------------------


def quotas(total, shares):
    """Split `total` in proportion to `shares` (largest remainder), every share at least 1 when it can be."""
    weight = sum(shares.values())
    exact = {key: total * share / weight for key, share in shares.items()}
    counts = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(shares, key=lambda key: exact[key] - counts[key], reverse=True)
    for key in by_remainder[: total - sum(counts.values())]:
        counts[key] += 1
    if total >= len(shares):
        for key in shares:
            if counts[key] == 0:
                largest = max(counts, key=counts.get)
                counts[largest] -= 1
                counts[key] = 1
    return counts


def shuffled_quota_list(rng, total, shares):
    values = [key for key, count in quotas(total, shares).items() for _n in range(count)]
    rng.shuffle(values)
    return values


def weighted(rng, options):
    """One key of a {key: weight} mapping."""
    keys = list(options)
    return rng.choices(keys, weights=[options[key] for key in keys])[0]


def producer_sizes(rng, total):
    """How many products each producer has: between 2 and 20, mostly a handful, summing to `total`."""
    sizes_and_weights = dict(
        zip(
            range(MIN_PRODUCTS_PER_PRODUCER, MAX_PRODUCTS_PER_PRODUCER + 1),
            (30, 24, 18, 13, 10, 8, 6, 5, 4, 3.5, 3, 2.5, 2, 1.8, 1.6, 1.4, 1.2, 1.1, 1),
            strict=True,
        )
    )
    sizes, remaining = [], total
    while remaining:
        size = min(weighted(rng, sizes_and_weights), remaining)
        if remaining - size == 1:
            # Never leave a producer with a single product.
            size = size + 1 if size < MAX_PRODUCTS_PER_PRODUCER else size - 1
        sizes.append(size)
        remaining -= size
    return sizes


def coordinate(value):
    return Decimal(str(value)).quantize(Decimal("0.000001"))
