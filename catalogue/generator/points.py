"""Display and sales points of a generated catalogue: a few places, each selling many products."""

import datetime
from collections import Counter

from . import text
from .places import HIGHWAYS, STREETS, commune, region
from .records import DisplayPointPlan, coordinate, weighted

# (title pattern, picture) per kind of place; {place}, {province} and {airport} are filled in.
POINT_KINDS = {
    "rest_stop": ("Trạm dừng chân {place}", "basket"),
    "market": ("Điểm bán OCOP chợ {place}", "fish"),
    "post_office": ("Điểm bán OCOP bưu điện {place}", "jar"),
    "tourist_site": ("Điểm bán OCOP khu du lịch {place}", "flower"),
    "craft_village": ("Điểm giới thiệu sản phẩm làng nghề {place}", "lamp"),
    "shop": ("Cửa hàng OCOP {place}", "honey"),
    "airport": ("Quầy OCOP sân bay {airport}", "bottle"),
    "mall": ("Gian hàng OCOP trung tâm thương mại {place}", "rice"),
    "station": ("Quầy OCOP bến xe {place}", "noodle"),
}

EVERY_DAY = range(7)
WORKING_DAYS = range(5)


def _hours(days, opens, closes):
    return [(day, datetime.time.fromisoformat(opens), datetime.time.fromisoformat(closes)) for day in days]


OPENING_HOURS = {
    "rest_stop": (_hours(EVERY_DAY, "05:30", "22:30"), "Mở cửa cả ngày lễ, Tết."),
    "market": (_hours(EVERY_DAY, "06:00", "18:00"), "Nghỉ ba ngày đầu năm âm lịch."),
    "post_office": (
        _hours(WORKING_DAYS, "07:30", "11:30") + _hours(WORKING_DAYS, "13:30", "17:00") + _hours([5], "07:30", "11:30"),
        "Nghỉ Chủ nhật và ngày lễ.",
    ),
    "tourist_site": (_hours(EVERY_DAY, "07:30", "17:30"), ""),
    "craft_village": (_hours(range(1, 7), "08:00", "17:00"), "Nghỉ thứ Hai."),
    "shop": (_hours(EVERY_DAY, "08:00", "21:00"), ""),
    "airport": (_hours(EVERY_DAY, "05:00", "23:00"), "Mở theo lịch bay, kể cả ngày lễ."),
    "mall": (_hours(EVERY_DAY, "09:00", "22:00"), ""),
    "station": (_hours(EVERY_DAY, "04:30", "21:00"), ""),
}


def plan_display_points(rng, products, total):
    count = max(3, min(12, total // 500))
    products_by_province = Counter(product.producer.province for product in products)
    kinds = list(POINT_KINDS)
    rng.shuffle(kinds)
    points, titles = [], set()
    for number in range(count):
        province = weighted(rng, products_by_province)
        kind = kinds[number % len(kinds)]
        if kind == "airport" and not province.airport:
            kind = "shop"
        pattern, motif = POINT_KINDS[kind]
        for _attempt in range(20):
            area = rng.choice(province.areas)
            place = rng.choice(area.places)
            title = pattern.format(place=place, province=province.name, airport=province.airport)
            if title not in titles:
                break
        else:
            title = f"{title} {number + 1}"
        titles.add(title)
        if kind == "rest_stop":
            road = rng.choice(HIGHWAYS[region(province)])
            address = f"Km {rng.randint(12, 240)} Quốc lộ {road}, {commune(place)}, {province.label}"
        elif kind == "airport":
            address = f"Nhà ga hành khách, Cảng hàng không {province.airport}, {province.label}"
        else:
            address = f"Số {rng.randint(1, 320)} đường {rng.choice(STREETS)}, {commune(place)}, {province.label}"
        hours, note = OPENING_HOURS[kind]
        sold = min(len(products), max(8, rng.randint(total // 15, max(total // 8, 1))))
        local = [product for product in products if product.producer.province is province]
        rng.shuffle(local)
        chosen = local[: sold // 2]
        chosen_set = set(chosen)
        chosen += rng.sample([product for product in products if product not in chosen_set], sold - len(chosen))
        point = DisplayPointPlan(
            title=title,
            slug=text.vi_slug(title),
            kind=kind,
            province=province,
            place=place,
            address=address,
            latitude=coordinate(round(province.latitude + rng.uniform(-0.1, 0.1), 4)),
            longitude=coordinate(round(province.longitude + rng.uniform(-0.1, 0.1), 4)),
            opening_hours=hours,
            opening_hours_note=note,
            motif=motif,
            products=chosen,
        )
        point.summary = text.display_point_summary(point)
        point.body = text.display_point_body(rng, point)
        points.append(point)
    return points
