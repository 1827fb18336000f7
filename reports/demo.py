"""The demo's statistics page, province targets and reported figures.

Facts from the provinces' published plans and reports (the project's domain
notes); the wording is the demo's own. Idempotent: a target or a reported
figure is recognised by its province, what it counts and its year or date, and
is left alone if an editor has changed its wording.
"""

import datetime

from wagtail.models import Locale

from catalogue.models import Province

from .models import DatePrecision, Metric, ProvinceTarget, ReportedFigure, StatisticsPage

PAGE = {
    "slug": "thong-ke",
    "title": "Thống kê chương trình OCOP",
    "summary": (
        "Số sản phẩm OCOP đang còn hiệu lực theo số sao, nhóm sản phẩm, tỉnh và loại chủ thể; "
        "số quyết định công nhận qua từng năm; chỉ tiêu của các tỉnh và số liệu tỉnh đã công bố."
    ),
    "intro": (
        "<p>Các con số trên trang này được tính trực tiếp từ sổ chứng nhận của danh mục, "
        "mỗi lần trang được mở. Chọn một tỉnh để xem riêng số liệu, chỉ tiêu kế hoạch và "
        "số liệu tỉnh đã báo cáo của tỉnh đó.</p>"
    ),
}

PAGE_EN = {
    "title": "OCOP programme statistics",
    "summary": (
        "Certified OCOP products by stars, product group, province and kind of producer; certification "
        "decisions year by year; the provinces' targets and the figures they have published."
    ),
    "intro": (
        "<p>Every number on this page is counted from the catalogue's register each time the page is "
        "opened. Choose a province to see its own figures, the targets of its plan and the totals it "
        "has reported.</p>"
    ),
}

TARGETS = [
    {
        "province": "long-an",
        "metric": Metric.CERTIFIED_PRODUCTS,
        "target_value": 60,
        "deadline_year": 2025,
        "description": "Ít nhất 60 sản phẩm được công nhận đạt chuẩn OCOP",
        "description_en": "At least 60 products certified as OCOP products",
        "source": "Chương trình OCOP tỉnh Long An, mục tiêu đến năm 2025",
        "source_en": "Long An OCOP programme, goals for 2025",
    },
    {
        "province": "long-an",
        "metric": Metric.FIVE_STAR,
        "target_value": 2,
        "deadline_year": 2025,
        "description": "Có 2 sản phẩm OCOP cấp quốc gia (5 sao)",
        "description_en": "Two national (5-star) OCOP products",
        "source": "Chương trình OCOP tỉnh Long An, mục tiêu đến năm 2025",
        "source_en": "Long An OCOP programme, goals for 2025",
    },
    {
        "province": "long-an",
        "metric": Metric.DISPLAY_POINTS,
        "target_value": 3,
        "deadline_year": 2025,
        "description": "Thêm ít nhất 2 điểm trưng bày, bán sản phẩm OCOP (3 điểm, tính cả trạm Đồng Tháp Mười)",
        "description_en": ("At least 2 more OCOP display and sales points (3 with the Đồng Tháp Mười stop)"),
        "source": "Chương trình OCOP tỉnh Long An, mục tiêu đến năm 2025",
        "source_en": "Long An OCOP programme, goals for 2025",
    },
    {
        "province": "thua-thien-hue",
        "metric": Metric.CERTIFIED_PRODUCTS,
        "target_value": 100,
        "deadline_year": 2025,
        "description": "Trên 100 sản phẩm đạt chuẩn OCOP",
        "description_en": "More than 100 certified OCOP products",
        "source": "Định hướng phát triển OCOP tỉnh Thừa Thiên Huế đến năm 2025",
        "source_en": "Thừa Thiên Huế OCOP development goals for 2025",
    },
    {
        "province": "thua-thien-hue",
        "metric": Metric.FIVE_STAR,
        "target_value": 5,
        "deadline_year": 2025,
        "description": "Ít nhất 5 sản phẩm đạt 5 sao",
        "description_en": "At least 5 five-star products",
        "source": "Định hướng phát triển OCOP tỉnh Thừa Thiên Huế đến năm 2025",
        "source_en": "Thừa Thiên Huế OCOP development goals for 2025",
    },
    {
        "province": "dong-thap",
        "metric": Metric.NEW_PRODUCTS,
        "target_value": 150,
        "counted_from_year": 2021,
        "deadline_year": 2025,
        "description": "Thêm trên 150 sản phẩm đạt từ 3 sao trở lên trong giai đoạn 2021-2025",
        "description_en": "More than 150 new products rated 3 stars or more in 2021-2025",
        "source": "Kế hoạch 432/KH-UBND (thay Kế hoạch 124/KH-UBND)",
        "source_en": "Plan 432/KH-UBND (replacing Plan 124/KH-UBND)",
    },
    {
        "province": "dong-thap",
        "metric": Metric.OTHER,
        "target_value": 15,
        "deadline_year": 2025,
        "description": "15 sản phẩm tiềm năng được chọn để nâng lên 5 sao",
        "description_en": "15 promising products chosen to be raised to 5 stars",
        "source": "Kế hoạch 432/KH-UBND (thay Kế hoạch 124/KH-UBND)",
        "source_en": "Plan 432/KH-UBND (replacing Plan 124/KH-UBND)",
    },
]

SOC_TRANG_SOURCE = (
    "Báo cáo của tỉnh Sóc Trăng khi đoàn Văn phòng Điều phối nông thôn mới tỉnh An Giang "
    "đến trao đổi kinh nghiệm (27-28/4/2023)"
)
LONG_AN_SOURCE = "Báo cáo kết quả thực hiện Chương trình OCOP tỉnh Long An (Kế hoạch theo Quyết định 5077/QĐ-UBND)"
LAI_CHAU_SOURCE = "Báo cáo tổng kết Chương trình OCOP tỉnh Lai Châu năm 2023"
HUE_SOURCE = "Kết quả đánh giá, phân hạng sản phẩm OCOP tỉnh Thừa Thiên Huế giai đoạn 2019-2020"
SOURCES_EN = {
    SOC_TRANG_SOURCE: "Sóc Trăng's report to the visiting An Giang new-countryside coordination office (27-28/4/2023)",
    LONG_AN_SOURCE: "Long An's report on its OCOP programme (the plan of Decision 5077/QĐ-UBND)",
    LAI_CHAU_SOURCE: "Lai Châu's OCOP programme review for 2023",
    HUE_SOURCE: "Thừa Thiên Huế's OCOP evaluation and ranking results, 2019-2020",
}

# (province, as of, precision, source, {metric: value})
REPORTS = [
    (
        "soc-trang",
        datetime.date(2023, 4, 1),
        DatePrecision.MONTH,
        SOC_TRANG_SOURCE,
        {
            Metric.CERTIFIED_PRODUCTS: 189,
            Metric.PRODUCERS: 102,
            Metric.FIVE_STAR: 1,
            Metric.FOUR_STAR: 19,
            Metric.THREE_STAR: 169,
        },
    ),
    (
        "long-an",
        datetime.date(2021, 5, 1),
        DatePrecision.MONTH,
        LONG_AN_SOURCE,
        {Metric.CERTIFIED_PRODUCTS: 14, Metric.FOUR_STAR: 9, Metric.THREE_STAR: 5},
    ),
    (
        "lai-chau",
        datetime.date(2023, 12, 31),
        DatePrecision.YEAR,
        LAI_CHAU_SOURCE,
        {Metric.CERTIFIED_PRODUCTS: 204, Metric.PRODUCERS: 89, Metric.FOUR_STAR: 13, Metric.THREE_STAR: 191},
    ),
    (
        "thua-thien-hue",
        datetime.date(2020, 12, 31),
        DatePrecision.YEAR,
        HUE_SOURCE,
        {Metric.CERTIFIED_PRODUCTS: 25, Metric.FOUR_STAR: 6, Metric.THREE_STAR: 19},
    ),
]


def load_reports_demo(home, locale=None):
    """Create the statistics page under `home`, the targets and the reported figures, if missing.

    Returns the number of pages and snippets created.
    """
    locale = locale or Locale.get_default()
    provinces = {province.slug: province for province in Province.objects.filter(locale=locale)}
    created = 0

    if not home.get_children().filter(slug=PAGE["slug"]).exists():
        page = StatisticsPage(
            slug=PAGE["slug"],
            title=PAGE["title"],
            intro=PAGE["intro"],
            listing_summary=PAGE["summary"],
            search_description=PAGE["summary"],
            show_in_menus=True,
            locale=locale,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        created += 1

    for row in TARGETS:
        province = provinces.get(row["province"])
        if province is None:
            continue
        _target, made = ProvinceTarget.objects.get_or_create(
            locale=locale,
            province=province,
            metric=row["metric"],
            deadline_year=row["deadline_year"],
            target_value=row["target_value"],
            defaults={
                "description": row["description"],
                "source": row["source"],
                "counted_from_year": row.get("counted_from_year"),
            },
        )
        created += made

    for slug, as_of, precision, source, values in REPORTS:
        province = provinces.get(slug)
        if province is None:
            continue
        for metric, value in values.items():
            _figure, made = ReportedFigure.objects.get_or_create(
                locale=locale,
                province=province,
                metric=metric,
                as_of=as_of,
                defaults={"value": value, "as_of_precision": precision, "source": source},
            )
            created += made
    return created


def english_strings():
    """English for every string the statistics demo writes, for the demo loader's English pass.

    The English page, targets and reported figures are made by wagtail-localize
    from these, like the rest of the demo, so they go out of date in its editor
    when the Vietnamese ones change.
    """
    strings = {
        PAGE["slug"]: "statistics",
        PAGE["title"]: PAGE_EN["title"],
        PAGE["summary"]: PAGE_EN["summary"],
        _paragraph_text(PAGE["intro"]): _paragraph_text(PAGE_EN["intro"]),
    }
    strings |= {row["description"]: row["description_en"] for row in TARGETS}
    strings |= {row["source"]: row["source_en"] for row in TARGETS}
    return strings | SOURCES_EN


def _paragraph_text(html):
    """The text of a one-paragraph rich text, as wagtail-localize segments it."""
    return html.removeprefix("<p>").removesuffix("</p>")
