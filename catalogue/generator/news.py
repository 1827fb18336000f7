"""News articles of a generated catalogue, each about something the plan holds.

An article reports a real row of the generated register (a provincial or a
national decision, a revocation), a generated display point or producer, or a
province's programme (a fair, a training course, traceability stamps, online
sales), with its numbers and its related products taken from the plan.
"""

import datetime
from collections import Counter, defaultdict

from catalogue.register import CertificateStatus

from . import text
from .places import province_at
from .records import NewsPlan
from .text import bullet_list, facts, heading, paragraph, quote, vi_date, vi_number

CENTRAL_OFFICE = "Văn phòng Điều phối nông thôn mới trung ương"

REGION_NAMES = {"north": "các tỉnh phía Bắc", "central": "miền Trung và Tây Nguyên", "south": "Nam Bộ"}

# The mix of articles, repeated until there are enough (each round shuffled).
ARTICLE_KINDS = (
    "decision",
    "decision",
    "decision",
    "national",
    "revocation",
    "display_point",
    "producer",
    "producer",
    "fair",
    "training",
    "traceability",
    "ecommerce",
)

CLOSINGS = (
    "Văn phòng Điều phối nông thôn mới sẽ tiếp tục hỗ trợ các chủ thể quảng bá sản phẩm tại hội chợ và trên sàn "
    "thương mại điện tử.",
    "Các sản phẩm được hỗ trợ in tem truy xuất nguồn gốc để người mua kiểm tra thông tin chứng nhận bằng điện thoại.",
    "Chủ thể có sản phẩm được công nhận sẽ được ưu tiên tham gia các hội chợ và điểm bán OCOP trong năm.",
)


class NewsWriter:
    def __init__(self, rng, plan):
        self.rng, self.plan, self.today = rng, plan, plan.today
        self.titles = set()
        self.by_province = defaultdict(list)
        for product in plan.products:
            self.by_province[product.producer.province].append(product)

    # Helpers ----------------------------------------------------------------------------------

    def date_after(self, day, low=2, high=20):
        return min(day + datetime.timedelta(days=self.rng.randint(low, high)), self.today)

    def recent_date(self, years=3):
        return self.today - datetime.timedelta(days=self.rng.randint(1, 365 * years))

    def related(self, products, count=6):
        products = list(products)
        return self.rng.sample(products, min(count, len(products)))

    def any_producer(self):
        return self.rng.choice(self.plan.producers)

    @staticmethod
    def office(label):
        return f"Văn phòng Điều phối nông thôn mới {label}"

    # Articles ---------------------------------------------------------------------------------

    def decision(self):
        rng = self.rng
        decisions = [
            d for d in self.plan.decisions if not d.issuer.startswith("Bộ") and len(d.certifications) >= 3
        ] or [d for d in self.plan.decisions if not d.issuer.startswith("Bộ")]
        decision = rng.choice(decisions)
        rows = decision.certifications
        producer = rows[0].product.producer
        name, label = province_at(producer.province, producer.area, decision.issued_on)
        count, producers = len(rows), len({row.product.producer for row in rows})
        by_stars = Counter(row.stars for row in rows)
        parts = text.join_vi(f"{by_stars[stars]} sản phẩm {stars} sao" for stars in (4, 3) if by_stars[stars])
        again = decision.kind == "again"
        if again:
            title = f"{name} công nhận lại {count} sản phẩm OCOP sau đánh giá, phân hạng lại"
        else:
            title = rng.choice(
                (
                    f"{name} công nhận {count} sản phẩm OCOP năm {decision.issued_on.year}",
                    f"Thêm {count} sản phẩm của {name} đạt chuẩn OCOP",
                )
            )
        verb = "công nhận lại" if again else "công nhận"
        opening = (
            f"Theo Quyết định {decision.number} ngày {vi_date(decision.issued_on)} của {decision.issuer}, {count} sản "
            f"phẩm của {producers} chủ thể được {verb} đạt tiêu chuẩn OCOP, gồm {parts}."
        )
        body = [paragraph(rng, opening)]
        if again:
            body.append(
                paragraph(
                    rng,
                    "Đây là các sản phẩm có chứng nhận sắp hết thời hạn 36 tháng; hội đồng đã đánh giá, phân hạng "
                    "lại theo bộ tiêu chí hiện hành trước khi trình công nhận.",
                )
            )
        body.append(
            facts(
                rng,
                [(count, "sản phẩm được công nhận"), (producers, "chủ thể")]
                + [(by_stars[stars], f"sản phẩm {stars} sao") for stars in (4, 3) if by_stars[stars]],
            )
        )
        body.append(heading(rng, "Những sản phẩm trong quyết định"))
        sample = self.related([row.product for row in rows], 5)
        body.append(bullet_list(rng, "Trong danh sách có:", [f"{p.title} của {p.producer.title}" for p in sample]))
        group_counts = Counter(row.product.group_slug for row in rows)
        top_group, top_count = group_counts.most_common(1)[0]
        body.append(
            paragraph(
                rng,
                f"Nhóm {text.GROUP_SHORT_NAMES[top_group]} có nhiều sản phẩm nhất, với {top_count} sản phẩm.",
                "Chứng nhận có giá trị 36 tháng kể từ ngày ký quyết định; trong thời gian này, chủ thể phải giữ "
                "chất lượng sản phẩm như hồ sơ đã được đánh giá.",
                rng.choice(CLOSINGS),
            )
        )
        return {
            "title": title,
            "date": self.date_after(decision.issued_on),
            "author": self.office(label),
            "summary": f"Ngày {vi_date(decision.issued_on)}, {decision.issuer} ban hành Quyết định {decision.number} "
            f"{verb} {count} sản phẩm OCOP.",
            "body": body,
            "tags": [name, "chứng nhận OCOP"] + (["đánh giá lại"] if again else []),
            "products": sample,
            "motif": sample[0].motif,
        }

    def national(self):
        rng = self.rng
        decisions = [d for d in self.plan.decisions if d.issuer.startswith("Bộ")]
        if not decisions:
            return self.decision()
        decision = rng.choice(decisions)
        rows = decision.certifications
        count = len(rows)
        provinces = sorted({row.product.producer.province.name for row in rows})
        sample = self.related([row.product for row in rows], 5)
        body = [
            paragraph(
                rng,
                f"Ngày {vi_date(decision.issued_on)}, {decision.issuer} ban hành Quyết định {decision.number} công "
                f"nhận {count} sản phẩm đạt OCOP 5 sao, hạng cao nhất của chương trình.",
                f"Các sản phẩm đến từ {len(provinces)} tỉnh, thành phố.",
            ),
            paragraph(
                rng,
                "Để đạt 5 sao, sản phẩm phải đạt từ 90 điểm trở lên trên thang 100 và có khả năng cạnh tranh trên "
                "thị trường trong và ngoài nước; hồ sơ do cấp tỉnh đề nghị và được hội đồng trung ương đánh giá.",
            ),
            bullet_list(
                rng,
                "Một số sản phẩm được công nhận:",
                [f"{p.title} ({p.producer.title}, {p.producer.province.name})" for p in sample],
            ),
        ]
        return {
            "title": f"{count} sản phẩm được công nhận OCOP 5 sao cấp quốc gia năm {decision.issued_on.year}",
            "date": self.date_after(decision.issued_on),
            "author": CENTRAL_OFFICE,
            "summary": f"Quyết định {decision.number} công nhận {count} sản phẩm OCOP 5 sao, hạng cao nhất của "
            "chương trình.",
            "body": body,
            "tags": ["OCOP 5 sao", "sản phẩm quốc gia"],
            "products": sample,
            "motif": sample[0].motif,
        }

    def revocation(self):
        rng = self.rng
        events = defaultdict(list)
        for certification in self.plan.certifications:
            if certification.revoked_on:
                producer = certification.product.producer
                events[(producer.province.slug, producer.area.name, certification.revoked_on)].append(certification)
        if not events:
            return self.training()
        rows = events[rng.choice(sorted(events))]
        producer = rows[0].product.producer
        day = rows[0].revoked_on
        name, label = province_at(producer.province, producer.area, day)
        reasons = Counter(row.revocation_reason for row in rows)
        products = [row.product for row in rows]
        body = [
            paragraph(
                rng,
                f"Ngày {vi_date(day)}, UBND {label} quyết định thu hồi giấy chứng nhận OCOP của {len(rows)} sản phẩm.",
            ),
            bullet_list(rng, "Lý do thu hồi:", [f"{reason}: {n} sản phẩm" for reason, n in reasons.most_common()]),
            paragraph(
                rng,
                "Kể từ ngày thu hồi, các chủ thể không được dùng biểu trưng OCOP và hạng sao trên bao bì, nhãn mác "
                "và tài liệu quảng bá.",
                "Chủ thể muốn được công nhận lại phải nộp hồ sơ và tham gia đánh giá, phân hạng từ đầu.",
            ),
            paragraph(
                rng,
                "Người mua có thể kiểm tra tình trạng chứng nhận của từng sản phẩm trên trang danh mục; sản phẩm đã bị "
                "thu hồi được ghi rõ là không còn được chứng nhận.",
            ),
        ]
        return {
            "title": f"{name} thu hồi chứng nhận OCOP của {len(rows)} sản phẩm",
            "date": self.date_after(day, 1, 10),
            "author": self.office(label),
            "summary": f"Từ ngày {vi_date(day)}, {len(rows)} sản phẩm của {name} không còn được chứng nhận OCOP.",
            "body": body,
            "tags": [name, "thu hồi chứng nhận"],
            "products": self.related(products),
            "motif": products[0].motif,
        }

    def display_point(self):
        rng = self.rng
        point = rng.choice(self.plan.display_points)
        day = self.recent_date(2)
        body = [
            paragraph(
                rng,
                f"{point.title} ở {point.address} hiện bày bán {vi_number(point.product_count)} sản phẩm của "
                f"{vi_number(point.producer_count)} chủ thể OCOP.",
                "Hàng được xếp theo nhóm sản phẩm, mỗi kệ có bảng ghi hạng sao và số quyết định công nhận.",
            ),
            facts(rng, [(vi_number(point.product_count), "sản phẩm"), (vi_number(point.producer_count), "chủ thể")]),
            paragraph(rng, text.POINT_NOTES[point.kind]),
        ]
        return {
            "title": f"{point.title}: nơi mua sản phẩm OCOP của {vi_number(point.producer_count)} chủ thể",
            "date": day,
            "author": self.office(point.province.label),
            "summary": f"Điểm giới thiệu và bán sản phẩm OCOP ở {point.province.name}, mở cửa cả tuần.",
            "body": body,
            "tags": [point.province.name, "điểm bán"],
            "products": self.related(point.products),
            "motif": point.motif,
        }

    def producer(self):
        rng = self.rng
        producer = self.any_producer()
        certified = [
            product for product in producer.products if CertificateStatus(product.status(self.today)).is_certified
        ]
        short = text.PRODUCER_SHORT[producer.kind]
        title = rng.choice(
            (
                f"{producer.title}: giữ nghề, giữ chữ tín",
                f"{producer.title}: đưa đặc sản {producer.place} đi xa",
                f"{producer.title} và hành trình làm sản phẩm OCOP",
            )
        )
        body = [
            paragraph(rng, producer.summary),
            paragraph(
                rng,
                f"Hiện {short} có {len(producer.products)} sản phẩm tham gia chương trình, trong đó "
                f"{len(certified)} sản phẩm đang còn hiệu lực chứng nhận OCOP.",
            ),
            quote(rng, rng.choice(text.QUOTES), f"{producer.honorific} {producer.person}"),
        ]
        return {
            "title": title,
            "date": self.recent_date(),
            "author": self.office(producer.province.label),
            "summary": f"Câu chuyện của {producer.title} ở {producer.commune}, {producer.province.name}.",
            "body": body,
            "tags": [producer.province.name, text.GROUP_SHORT_NAMES[producer.group_slug]],
            "products": self.related(producer.products),
            "motif": producer.motif,
        }

    def _province_article(self):
        producer = self.any_producer()
        day = self.recent_date()
        name, label = province_at(producer.province, producer.area, day)
        return producer, day, name, label

    def fair(self):
        rng = self.rng
        producer, day, name, label = self._province_article()
        area = producer.province.tags & set(REGION_NAMES)
        region = REGION_NAMES[sorted(area)[0]] if area else "cả nước"
        neighbours = [p for p in self.plan.products if p.producer.province.tags & producer.province.tags]
        stalls, provinces = rng.randint(80, 320), rng.randint(8, 25)
        body = [
            paragraph(
                rng,
                f"Hội chợ diễn ra trong năm ngày tại {label}, với {stalls} gian hàng của các chủ thể OCOP từ "
                f"{provinces} tỉnh, thành phố.",
            ),
            facts(rng, [(stalls, "gian hàng"), (provinces, "tỉnh, thành phố")]),
            paragraph(
                rng,
                "Bên cạnh khu trưng bày, ban tổ chức bố trí khu ẩm thực, khu trình diễn nghề thủ công và các buổi kết "
                "nối giữa chủ thể với nhà phân phối.",
            ),
        ]
        return {
            "title": f"Hội chợ OCOP {region} năm {day.year} tại {name}",
            "date": day,
            "author": self.office(label),
            "summary": f"{stalls} gian hàng OCOP từ {provinces} tỉnh, thành phố trưng bày tại hội chợ ở {name}.",
            "body": body,
            "tags": [name, "hội chợ"],
            "products": self.related(neighbours),
            "motif": "basket",
        }

    def training(self):
        rng = self.rng
        producer, day, name, label = self._province_article()
        learners = rng.randint(40, 180)
        body = [
            paragraph(
                rng,
                f"Khoảng {learners} học viên là đại diện hợp tác xã, doanh nghiệp và hộ kinh doanh ở {label} tham dự "
                "lớp tập huấn về phát triển sản phẩm OCOP.",
            ),
            paragraph(
                rng,
                "Nội dung lớp học gồm quy trình đánh giá, phân hạng sản phẩm theo bộ tiêu chí hiện hành, cách hoàn "
                "thiện hồ sơ công bố chất lượng và kỹ năng bán hàng trên sàn thương mại điện tử.",
            ),
            paragraph(
                rng,
                "Nhiều học viên mang theo sản phẩm của mình để được góp ý trực tiếp về bao bì, nhãn mác và giá bán.",
            ),
        ]
        return {
            "title": f"Tập huấn phát triển sản phẩm OCOP cho {learners} chủ thể ở {name}",
            "date": day,
            "author": self.office(label),
            "summary": f"Lớp tập huấn giúp chủ thể OCOP ở {name} chuẩn bị hồ sơ đánh giá và bán hàng trực tuyến.",
            "body": body,
            "tags": [name, "tập huấn"],
            "products": self.related(self.by_province[producer.province]),
            "motif": "leaf",
        }

    def traceability(self):
        rng = self.rng
        producer, day, name, label = self._province_article()
        supported = rng.randint(15, 90)
        body = [
            paragraph(rng, f"Năm {day.year}, {label} hỗ trợ {supported} chủ thể OCOP in tem truy xuất nguồn gốc."),
            paragraph(
                rng,
                "Mỗi con tem có mã QR dẫn đến trang thông tin công khai của sản phẩm: tên chủ thể, số quyết định công "
                "nhận, ngày cấp, hạng sao và thời hạn hiệu lực.",
            ),
            paragraph(
                rng,
                "Người mua chỉ cần dùng camera điện thoại để kiểm tra; sản phẩm hết hạn hoặc bị thu hồi chứng nhận "
                "được ghi rõ trên trang.",
            ),
        ]
        return {
            "title": f"{name} hỗ trợ tem truy xuất nguồn gốc cho {supported} chủ thể OCOP",
            "date": day,
            "author": self.office(label),
            "summary": "Mã QR trên tem dẫn đến thông tin chứng nhận công khai của từng sản phẩm.",
            "body": body,
            "tags": [name, "truy xuất nguồn gốc"],
            "products": self.related(self.by_province[producer.province]),
            "motif": "jar",
        }

    def ecommerce(self):
        rng = self.rng
        producer, day, name, label = self._province_article()
        listed = rng.randint(2, 15) * 10
        body = [
            paragraph(
                rng, f"Hơn {listed} sản phẩm OCOP của {label} đã có gian hàng trên Postmart.vn, Voso.vn và Tiki."
            ),
            paragraph(
                rng,
                "Các chủ thể được hướng dẫn chụp ảnh sản phẩm, viết mô tả, đóng gói và giao hàng đi xa mà vẫn giữ được "
                "chất lượng.",
            ),
            paragraph(
                rng, "Đơn hàng tăng mạnh vào dịp cuối năm, khi nhiều người tìm mua đặc sản địa phương làm quà Tết."
            ),
        ]
        return {
            "title": f"Hơn {listed} sản phẩm OCOP của {name} lên sàn thương mại điện tử",
            "date": day,
            "author": self.office(label),
            "summary": f"Sản phẩm OCOP của {name} đến tay người mua ở mọi miền qua các sàn thương mại điện tử.",
            "body": body,
            "tags": [name, "thương mại điện tử"],
            "products": self.related(self.by_province[producer.province]),
            "motif": "bottle",
        }

    def article(self, kind):
        for _attempt in range(20):
            article = getattr(self, kind)()
            if article["title"] not in self.titles:
                self.titles.add(article["title"])
                return article
        article["title"] = f"{article['title']} ({vi_date(article['date'])})"
        self.titles.add(article["title"])
        return article


def plan_news(rng, plan, count):
    writer = NewsWriter(rng, plan)
    kinds = []
    while len(kinds) < count:
        round_kinds = list(ARTICLE_KINDS)
        rng.shuffle(round_kinds)
        kinds.extend(round_kinds)
    articles, slugs = [], set()
    for kind in kinds[:count]:
        article = writer.article(kind)
        slug = text.vi_slug(article["title"])[:80].rstrip("-")
        while slug in slugs:
            slug = f"{slug}-{len(slugs)}"
        slugs.add(slug)
        articles.append(NewsPlan(slug=slug, **article))
    return articles
