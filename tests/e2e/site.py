"""The demo site as a visitor finds it, in each language (built by catalogue/demo/).

Paths and words the browser tests start from. Verification codes are drawn at random
when the demo is built, so the tests follow the links to them instead.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

LANGUAGES = ["vi", "en"]


@dataclass(frozen=True)
class Demo:
    language: str
    other_language: str
    home: str
    catalogue: str
    search: str
    verification: str
    display_points: str
    # A product whose certificate is in force, and one whose certificate was revoked.
    product: str
    revoked_product: str
    # (what a visitor types, words the first product found has in its name)
    searches: tuple
    # What a visitor starts typing in a search box, and words of the suggestion it leads to.
    suggestion_typed: str
    suggestion_words: tuple
    # Part of the name of the display point at the Đồng Tháp Mười rest stop.
    rest_stop: str
    # A decision of the demo whose certificates are in force, as a buyer reads it off a label.
    decision_number: str
    # One page of each public type, for the accessibility checks.
    pages: dict


VI = Demo(
    language="vi",
    other_language="en",
    home="/vi/",
    catalogue="/vi/san-pham/",
    search="/vi/tim-kiem/",
    verification="/vi/xac-minh/",
    display_points="/vi/diem-ban/",
    product="/vi/chu-the/to-hop-tac-nuoi-ong-tan-lap/mat-ong-hoa-tram/",
    revoked_product="/vi/chu-the/htx-sen-my-hoa/sua-hat-sen/",
    searches=(("mật ong", ("mật ong",)), ("mat ong", ("mật ong",))),
    suggestion_typed="ruou de g",
    suggestion_words=("rượu đế", "gò đen"),
    rest_stop="Đồng Tháp Mười",
    decision_number="3920/QĐ-UBND",
    pages={
        "home": "/vi/",
        "catalogue": "/vi/san-pham/",
        "filtered catalogue": "/vi/san-pham/?group=do-uong&stars=4",
        "producer index": "/vi/chu-the/",
        "producer": "/vi/chu-the/to-hop-tac-nuoi-ong-tan-lap/",
        "product": "/vi/chu-the/to-hop-tac-nuoi-ong-tan-lap/mat-ong-hoa-tram/",
        "product, certificate expiring": "/vi/chu-the/htx-nong-nghiep-binh-lu/mien-dong-binh-lu/",
        "product, certificate revoked": "/vi/chu-the/htx-sen-my-hoa/sua-hat-sen/",
        "display point index": "/vi/diem-ban/",
        "display point": "/vi/diem-ban/tram-dung-chan-dong-thap-muoi/",
        "news index": "/vi/tin-tuc/",
        "news article": "/vi/tin-tuc/long-an-co-14-san-pham-ocop/",
        "statistics": "/vi/thong-ke/",
        "open data": "/vi/du-lieu-mo/",
        "standard page": "/vi/gioi-thieu-ocop/",
        "search results": "/vi/tim-kiem/?q=mat+ong",
        "verification form": "/vi/xac-minh/",
        "product check": "/vi/kiem-tra/?q=3920%2Fqd-ubnd",
        "register of changes": "/vi/thay-doi-chung-nhan/",
        "not found": "/vi/khong-co-trang-nay/",
    },
)

EN = Demo(
    language="en",
    other_language="vi",
    home="/en/",
    catalogue="/en/products/",
    search="/en/search/",
    verification="/en/verify/",
    display_points="/en/where-to-buy/",
    product="/en/producers/tan-lap-beekeeping-group/melaleuca-honey/",
    revoked_product="/en/producers/my-hoa-lotus-cooperative/lotus-seed-milk/",
    # English has no tone marks of its own, but Vietnamese names keep theirs.
    searches=(("honey", ("honey",)), ("go den", ("gò đen",))),
    # The English titles say "Gò Đen rice spirit", not "rượu đế".
    suggestion_typed="go den r",
    suggestion_words=("gò đen", "rice spirit"),
    rest_stop="Đồng Tháp Mười",
    decision_number="3920/QĐ-UBND",
    pages={
        "home": "/en/",
        "catalogue": "/en/products/",
        "filtered catalogue": "/en/products/?group=do-uong&stars=4",
        "producer index": "/en/producers/",
        "producer": "/en/producers/tan-lap-beekeeping-group/",
        "product": "/en/producers/tan-lap-beekeeping-group/melaleuca-honey/",
        "product, certificate expiring": "/en/producers/binh-lu-agricultural-cooperative/binh-lu-dong-vermicelli/",
        "product, certificate revoked": "/en/producers/my-hoa-lotus-cooperative/lotus-seed-milk/",
        "display point index": "/en/where-to-buy/",
        "display point": "/en/where-to-buy/dong-thap-muoi-rest-stop/",
        "news index": "/en/news/",
        "news article": "/en/news/long-an-has-14-ocop-products/",
        "statistics": "/en/statistics/",
        "open data": "/en/open-data/",
        "standard page": "/en/about-ocop/",
        "search results": "/en/search/?q=honey",
        "verification form": "/en/verify/",
        "product check": "/en/check/?q=3920%2Fqd-ubnd",
        "register of changes": "/en/certificate-changes/",
        "not found": "/en/no-such-page/",
    },
)

DEMO = {"vi": VI, "en": EN}


def number_in(text):
    """The first whole number in a text such as "4 sản phẩm" or "(18 products)"."""
    match = re.search(r"\d+", text)
    assert match, f"no number in {text!r}"
    return int(match.group())


def path_of(url):
    return urlsplit(url).path


def query_of(url):
    return parse_qs(urlsplit(url).query)
