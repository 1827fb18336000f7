"""The data plan of a generated catalogue: plain Python objects, no database.

build_plan(products=5000, seed=1, news=50, today=...) decides every producer,
product, decision, certificate, display point and news article, their names,
texts and dates. The same arguments always give the same plan: every random
choice comes from random.Random streams seeded with the seed (one stream per
part, so asking for more news does not change the products).

Dates are relative to `today` (the site's today when generating), so that the
mix of certificate statuses is realistic on the day the catalogue is made:
about 70% valid, 8% expiring, 15% expired and 7% revoked, by newest
certificate. Stars are about 70% 3★, 25% 4★ and 5% 5★, each score inside its
star's band. The same seed on another day gives the same names and stars, with
dates moved along.

How the register is built, as provinces do it: products of one province are
certified in batches, one decision per batch (10-45 rows), and 5★ products by
the ministry in national decisions (up to 60 rows). Some batches are
re-evaluations ("công nhận lại"): the same products were certified about three
years earlier by an earlier decision. A decision dated before the 2025 merger
is signed by the People's Committee of the province of its time.
"""

import datetime
import math
import random
from collections import Counter, defaultdict

from catalogue import register
from catalogue.demo import content as demo
from catalogue.models.certification import SCORE_BANDS
from catalogue.register import CertificateStatus, add_months, certificate_status, earliest_valid_decision_date

from . import text
from .news import plan_news
from .places import HAMLETS, PROVINCES, hamlet_style, ministry, provincial_issuer
from .points import plan_display_points
from .records import (
    MIN_PRODUCTS_PER_PRODUCER,
    PROGRAMME_START,
    CataloguePlan,
    CertificationPlan,
    DecisionPlan,
    ProducerPlan,
    ProductPlan,
    coordinate,
    generated_key,
    producer_sizes,
    quotas,
    shuffled_quota_list,
    weighted,
)
from .vocabulary import (
    BRANDS,
    COMPANY_FORMS,
    COMPANY_TRADES,
    FAMILY_NAMES,
    GIVEN_NAMES,
    GROUP_WEIGHTS,
    MIDDLE_NAMES,
    MINORITY_NAMES,
    PRODUCER_KIND_WEIGHTS,
    REVOCATION_REASONS,
    SUBGROUPS,
)

STATUS_SHARES = {
    CertificateStatus.VALID: 70,
    CertificateStatus.EXPIRING: 8,
    CertificateStatus.EXPIRED: 15,
    CertificateStatus.REVOKED: 7,
}
STAR_SHARES = {3: 70, 4: 25, 5: 5}
PROVINCIAL_BATCH = (10, 45)  # a stray few more may join the last batch of an area
NATIONAL_BATCH = (10, 60)


def weekday_between(rng, low, high, wanted_status, today):
    """A working day in [low, high] on which a decision gives `wanted_status` today."""
    span = (high - low).days
    for _attempt in range(500):
        day = low + datetime.timedelta(days=rng.randint(0, max(span, 0)))
        if day.weekday() < 5 and certificate_status(day, None, today) == wanted_status:
            return day
    raise ValueError(f"No working day between {low} and {high} gives a {wanted_status} certificate on {today}.")


def round_price(value):
    step = 1_000 if value < 100_000 else 5_000
    return int(round(value / step) * step)


# The planner ------------------------------------------------------------------------------------


class Planner:
    def __init__(self, products, seed, news, today):
        if products < MIN_PRODUCTS_PER_PRODUCER:
            raise ValueError(f"A catalogue needs at least {MIN_PRODUCTS_PER_PRODUCER} products.")
        self.total, self.seed, self.news_count, self.today = products, seed, news, today
        self.streams = {}
        self.used_producer_titles = set()
        self.used_decision_numbers = set()

    def rng(self, part):
        if part not in self.streams:
            self.streams[part] = random.Random(f"ocop-catalogue:{self.seed}:{part}")
        return self.streams[part]

    def build(self):
        producers = self.plan_producers()
        products = [product for producer in producers for product in producer.products]
        decisions = self.plan_register(products)
        for producer in producers:
            first_year = min(product.certifications[0].decision.issued_on.year for product in producer.products)
            producer.story = text.producer_story(self.rng("texts"), producer, first_year)
        display_points = self.plan_display_points(products)
        plan = CataloguePlan(self.seed, self.today, producers, products, decisions, display_points, [])
        plan.news = plan_news(self.rng("news"), plan, self.news_count)
        keys = self.rng("keys")
        for page in [*producers, *products, *display_points, *plan.news]:
            page.key = generated_key(keys)
        return plan

    # Producers and products -------------------------------------------------------------------

    def person(self, rng, province, female, minority):
        sex = "f" if female else "m"
        style = hamlet_style(province) if minority else None
        if style in MINORITY_NAMES:
            families, middles, givens, given_first = rng.choice(MINORITY_NAMES[style])
            family, middle, given = rng.choice(families), rng.choice(middles[sex]), rng.choice(givens[sex])
            return f"{middle}{given} {family}" if given_first else f"{family} {middle} {given}"
        family = rng.choices([name for name, _w in FAMILY_NAMES], weights=[w for _n, w in FAMILY_NAMES])[0]
        return f"{family} {rng.choice(MIDDLE_NAMES[sex])} {rng.choice(GIVEN_NAMES[sex])}"

    def producer_title(self, rng, kind, group_slug, subgroup, place, person, hamlet):
        for attempt in range(12):
            where = place if attempt < 6 else f"{hamlet} {place}"
            if kind == "cooperative":
                trade = subgroup.specialty if rng.random() < 0.7 else rng.choice(("Nông nghiệp", "Dịch vụ nông nghiệp"))
                title = f"HTX {trade} {where}"
            elif kind == "cooperative_group":
                title = f"Tổ hợp tác {subgroup.specialty.lower()} {where}"
            elif kind == "enterprise":
                form, trade, brand = (
                    rng.choice(COMPANY_FORMS),
                    rng.choice(COMPANY_TRADES[group_slug]),
                    rng.choice(BRANDS),
                )
                title = f"{form} {trade} {brand}" if rng.random() < 0.6 else f"{form} {brand} {where}"
            else:
                title = f"Hộ kinh doanh {person}" if attempt < 6 else f"Hộ kinh doanh {person} ({place})"
            if title not in self.used_producer_titles:
                break
        # At national scale names repeat, as they do in life; a number keeps pages apart.
        unique, number = title, 2
        while unique in self.used_producer_titles:
            unique, number = f"{title} {number}", number + 1
        self.used_producer_titles.add(unique)
        return unique

    def plan_producers(self):
        rng = self.rng("producers")
        sizes = producer_sizes(rng, self.total)
        # The first producers cover every province and every group, so that even a small
        # catalogue has all six groups and a large one all 34 provinces.
        province_order = list(PROVINCES)
        rng.shuffle(province_order)
        group_order = list(GROUP_WEIGHTS)
        rng.shuffle(group_order)
        province_weights = {province: province.weight for province in PROVINCES}
        producers = []
        for number, size in enumerate(sizes):
            province = province_order[number] if number < len(province_order) else weighted(rng, province_weights)
            group_slug = group_order[number] if number < len(group_order) else weighted(rng, GROUP_WEIGHTS)
            producers.append(self.plan_producer(rng, province, group_slug, size))
        return producers

    def plan_producer(self, rng, province, group_slug, size):
        area = rng.choices(province.areas, weights=[len(area.places) for area in province.areas])[0]
        place = rng.choice(area.places)
        subgroups = [s for s in SUBGROUPS[group_slug] if any(k.fits(province) for k in s.kinds)] or list(
            SUBGROUPS[group_slug]
        )
        subgroup = rng.choices(subgroups, weights=[s.weight for s in subgroups])[0]
        kind_weights = dict(PRODUCER_KIND_WEIGHTS)
        if group_slug == "dich-vu-du-lich":
            kind_weights["household"] = 8
        kind = weighted(rng, kind_weights)
        women_led = rng.random() < 0.4
        style = hamlet_style(province)
        minority = rng.random() < {"mountain": 0.5, "highland": 0.45, "south": 0.04}.get(style, 0.02)
        hamlet_word, hamlet_names = HAMLETS[style]
        hamlet = f"{hamlet_word} {rng.choice(hamlet_names)}"
        person = self.person(rng, province, women_led, minority)
        title = self.producer_title(rng, kind, group_slug, subgroup, place, person, text.capitalise(hamlet))
        producer = ProducerPlan(
            title=title,
            slug=text.vi_slug(title),
            kind=kind,
            province=province,
            area=area,
            place=place,
            hamlet=hamlet,
            group_slug=group_slug,
            subgroup=subgroup,
            person=person,
            honorific=("Chị" if women_led else "Anh") if rng.random() < 0.6 else ("Bà" if women_led else "Ông"),
            women_led=women_led,
            ethnic_minority=minority,
            founded=rng.randint(1995, 2020),
        )
        if subgroup.craft_village and rng.random() < (0.7 if group_slug == "thu-cong-my-nghe" else 0.15):
            producer.craft_village = f"Làng nghề {subgroup.craft_village} {place}"
        if group_slug in ("thuc-pham", "do-uong", "duoc-lieu"):
            producer.vietgap = rng.random() < 0.3
            producer.organic = rng.random() < 0.08
        producer.address = f"{text.capitalise(hamlet)}, {producer.commune}, {province.label}"
        producer.latitude = coordinate(round(province.latitude + rng.uniform(-0.25, 0.25), 4))
        producer.longitude = coordinate(round(province.longitude + rng.uniform(-0.25, 0.25), 4))
        if kind != "household" and rng.random() < 0.6:
            producer.website = f"https://{producer.slug}.example.vn"
        if rng.random() < 0.7:
            producer.email = f"lienhe@{producer.slug}.example.vn"
        channels = [demo.POSTMART_SHOP, demo.VOSO_SHOP, demo.TIKI_SHOP, demo.COOPMART, demo.BIGC]
        producer.sales_channels = [
            (channel["kind"], channel["name"], channel["url"]) for channel in rng.sample(channels, rng.randint(0, 3))
        ]
        producer.products = self.plan_products(rng, producer, size)
        producer.motif = producer.products[0].motif
        producer.has_image = rng.random() < 0.4
        producer.summary = text.producer_summary(producer)
        return producer

    def plan_products(self, rng, producer, size):
        province, subgroup = producer.province, producer.subgroup

        def fitting(group_subgroup):
            return [k for k in group_subgroup.kinds if k.fits(province)] or list(group_subgroup.kinds)

        main = fitting(subgroup)
        rng.shuffle(main)
        siblings = [(s, k) for s in SUBGROUPS[producer.group_slug] if s is not subgroup for k in fitting(s)]
        rng.shuffle(siblings)
        # Candidates in the order a producer grows its range: its main kinds, then variants
        # of them, then neighbouring kinds, then the same kinds named after nearby places.
        candidates = [(subgroup, k, "", producer.place) for k in main]
        candidates += [(subgroup, k, v, producer.place) for v in (subgroup.variants or ()) for k in main]
        candidates += [(s, k, "", producer.place) for s, k in siblings]
        nearby = [place for place in producer.area.places if place != producer.place]
        candidates += [(subgroup, k, "", place) for place in nearby for k in main]
        candidates += [(s, k, "", place) for place in nearby for s, k in siblings]
        further = [place for area in province.areas if area is not producer.area for place in area.places]
        candidates += [(s, k, "", place) for place in further for s in SUBGROUPS[producer.group_slug] for k in s.kinds]
        products, titles = [], set()
        texts = self.rng("texts")
        for group_subgroup, kind, variant, place in candidates:
            if len(products) == size:
                break
            title = kind.name.format(place=place) + (f" {variant}" if variant else "")
            if title in titles:
                continue
            titles.add(title)
            price_min = price_max = None
            if rng.random() < 0.9:
                # Log-uniform: cheap items are common, expensive ones rare.
                low, high = group_subgroup.price
                price_min = round_price(math.exp(rng.uniform(math.log(low), math.log(high))))
                if rng.random() < 0.6:
                    price_max = round_price(price_min * rng.choice((1.5, 2, 2.5, 3)))
            product = ProductPlan(
                producer=producer,
                title=title,
                slug=text.vi_slug(title),
                group_slug=producer.group_slug,
                subgroup_slug=group_subgroup.slug,
                kind=kind,
                place=place,
                motif=kind.motif,
                has_image=rng.random() < 0.85,
                packaging=rng.choice(group_subgroup.packaging),
                price_min=price_min,
                price_max=price_max,
            )
            if rng.random() < 0.35:
                shops = rng.sample((demo.POSTMART, demo.VOSO, demo.TIKI), rng.randint(1, 2))
                product.online_channels = [(shop["name"], shop["url"]) for shop in shops]
            products.append(product)
        if len(products) < size:
            raise ValueError(f"{producer.title} cannot have {size} distinct products.")
        for product in products:
            product.summary = text.product_summary(texts, product)
            product.description = text.product_description(texts, product)
        return products

    # The register -----------------------------------------------------------------------------

    def windows(self):
        """(low, high, status) of decision dates for each bucket of newest certificates."""
        today = self.today
        earliest_valid = earliest_valid_decision_date(today)
        expiring_high = earliest_valid + datetime.timedelta(days=95)
        return {
            "current": (
                expiring_high - datetime.timedelta(days=10),
                today - datetime.timedelta(days=7),
                CertificateStatus.VALID,
            ),
            "expiring": (earliest_valid, expiring_high, CertificateStatus.EXPIRING),
            "expired": (PROGRAMME_START, earliest_valid - datetime.timedelta(days=1), CertificateStatus.EXPIRED),
        }

    def plan_register(self, products):
        rng = self.rng("register")
        if self.windows()["expired"][1] <= PROGRAMME_START:
            raise ValueError("The catalogue's dates need today to be at least three years after 2019.")
        for product, stars in zip(products, shuffled_quota_list(rng, len(products), STAR_SHARES), strict=True):
            product.stars = stars
        statuses = quotas(len(products), STATUS_SHARES)
        bucket_quota = {
            "current": statuses[CertificateStatus.VALID] + statuses[CertificateStatus.REVOKED],
            "expiring": statuses[CertificateStatus.EXPIRING],
            "expired": statuses[CertificateStatus.EXPIRED],
        }
        batches = self.batches(rng, products, bucket_quota)
        decisions = []
        for bucket, unit, members in batches:
            decisions.extend(self.certify(rng, bucket, unit, members))
        for product in products:
            product.certifications.sort(key=lambda c: c.decision.issued_on)
        self.revoke(rng, decisions, statuses[CertificateStatus.REVOKED])
        for decision in decisions:
            decision.certifications.sort(key=lambda c: (c.product.producer.title, c.product.title))
            decision.summary = decision_summary(decision)
        decisions.sort(key=lambda d: (d.issued_on, d.issuer, d.number))
        return decisions

    def batches(self, rng, products, bucket_quota):
        """(bucket, unit, products) batches: one province's products, or the ministry's 5★ products."""
        by_area = defaultdict(list)
        for product in products:
            by_area[(product.producer.province.slug, product.producer.area.name)].append(product)
        areas = list(by_area.values())
        rng.shuffle(areas)
        remaining = dict(bucket_quota)
        batches, national = [], defaultdict(list)
        for pool in areas:
            rng.shuffle(pool)
            position = 0
            while position < len(pool):
                bucket = weighted(rng, {b: n for b, n in remaining.items() if n})
                size = min(rng.randint(*PROVINCIAL_BATCH), remaining[bucket], len(pool) - position)
                leftover = len(pool) - position - size
                if 0 < leftover < PROVINCIAL_BATCH[0] and size + leftover <= remaining[bucket]:
                    # A decision rarely lists a handful of products: take the area's last few along.
                    size += leftover
                members = pool[position : position + size]
                position += size
                remaining[bucket] -= size
                provincial = [p for p in members if p.stars < 5]
                national[bucket].extend(p for p in members if p.stars == 5)
                if provincial:
                    batches.append((bucket, "province", provincial))
        for bucket, members in national.items():
            rng.shuffle(members)
            while members:
                size = rng.randint(*NATIONAL_BATCH)
                if len(members) - size < NATIONAL_BATCH[0] and len(members) <= NATIONAL_BATCH[1]:
                    size = len(members)
                batches.append((bucket, "ministry", members[:size]))
                members = members[size:]
        return batches

    def certify(self, rng, bucket, unit, members):
        """The decision certifying `members` now, and the earlier ones of a re-evaluation."""
        low, high, wanted = self.windows()[bucket]
        day = weekday_between(rng, low, high, wanted, self.today)
        stars = {product: product.stars for product in members}
        decisions = []
        while True:
            earlier = add_months(day, -rng.randint(34, 38))
            again = earlier >= PROGRAMME_START and rng.random() < (0.4 if not decisions else 0.3)
            decision = self.decision(rng, unit, members, day, "again" if again else "new")
            for product in members:
                product.certifications.append(
                    CertificationPlan(product, decision, stars[product], score(rng, stars[product]))
                )
            decision.certifications = [product.certifications[-1] for product in members]
            decisions.append(decision)
            if not again:
                return decisions
            # Earlier certificates: some 4★ products were 3★ the first time.
            day = earlier if earlier.weekday() < 5 else earlier - datetime.timedelta(days=earlier.weekday() - 4)
            stars = {p: 3 if stars[p] == 4 and rng.random() < 0.3 else stars[p] for p in members}

    def decision(self, rng, unit, members, day, kind):
        if unit == "ministry":
            issuer, suffix = ministry(day)
        else:
            producer = members[0].producer
            issuer, suffix = provincial_issuer(producer.province, producer.area, day), "QĐ-UBND"
        # Decision numbers run through the year, a few thousand per issuer.
        number = max(1, int(day.timetuple().tm_yday * rng.uniform(6, 14)) + rng.randint(0, 40))
        while (issuer, day.year, number) in self.used_decision_numbers:
            number += 1
        self.used_decision_numbers.add((issuer, day.year, number))
        return DecisionPlan(number=f"{number}/{suffix}", issued_on=day, issuer=issuer, kind=kind)

    def revoke(self, rng, decisions, quota):
        """Revoke `quota` current certificates, a few per decision at a time, as provinces do after inspections."""
        # Decisions whose certificates are valid today (not expiring), and old enough to have been inspected since.
        latest = self.today - datetime.timedelta(days=60)
        candidates = [
            d
            for d in decisions
            if d.issued_on <= latest and certificate_status(d.issued_on, None, self.today) == CertificateStatus.VALID
        ]
        rng.shuffle(candidates)
        while quota and candidates:
            for decision in candidates:
                if not quota:
                    break
                # Only a product's newest certificate is revoked: an older one has run its course.
                open_rows = [c for c in decision.certifications if c.revoked_on is None and c is c.product.newest]
                if not open_rows:
                    continue
                count = min(quota, rng.randint(1, max(1, len(open_rows) // 4)), len(open_rows))
                revoked_on = decision.issued_on + datetime.timedelta(
                    days=rng.randint(30, (self.today - decision.issued_on).days)
                )
                for certification in rng.sample(open_rows, count):
                    certification.revoked_on = revoked_on
                    certification.revocation_reason = rng.choice(REVOCATION_REASONS)
                quota -= count
            candidates = [
                d for d in candidates if any(c.revoked_on is None and c is c.product.newest for c in d.certifications)
            ]

    # Display points ---------------------------------------------------------------------------

    def plan_display_points(self, products):
        return plan_display_points(self.rng("display_points"), products, self.total)


def score(rng, stars):
    """A score inside the star's band, most of them in its lower half."""
    low, high = SCORE_BANDS[stars]
    return round(rng.triangular(low, high, low + (high - low) * 0.3))


def decision_summary(decision):
    count = len(decision.certifications)
    by_stars = Counter(certification.stars for certification in decision.certifications)
    parts = [f"{by_stars[stars]} sản phẩm {stars} sao" for stars in (5, 4, 3) if by_stars[stars]]
    if decision.kind == "again":
        return f"Công nhận lại {count} sản phẩm OCOP sau khi đánh giá, phân hạng lại ({', '.join(parts)})."
    if decision.issuer.startswith("Bộ"):
        return f"Công nhận {count} sản phẩm OCOP 5 sao cấp quốc gia."
    return f"Công nhận {count} sản phẩm đạt tiêu chuẩn OCOP ({', '.join(parts)})."


def build_plan(products, seed=1, news=50, today=None):
    return Planner(products, seed, news, today or register.local_today()).build()
