"""Importing a certification decision from a spreadsheet (catalogue.imports and `manage.py import_decision`).

The sample decision (catalogue/imports/samples/) is 3105/QĐ-UBND of UBND tỉnh
Tây Ninh, 28/08/2025, newly recognising 12 products: 5 of four producers
already on the site (Long An, before the merger) and 7 of five new producers.
"""

import csv
import datetime
import io
import unicodedata
import zipfile

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, ModelLogEntry, Page, PageLogEntry, Revision

from catalogue.audit import CERTIFICATES_CHANGED
from catalogue.imports.columns import COLUMNS, fold
from catalogue.imports.reader import MAX_FILE_SIZE, MAX_ROWS
from catalogue.imports.sample import SAMPLE_CSV, SAMPLE_XLSX
from catalogue.imports.validation import plan_import
from catalogue.imports.writer import import_decision
from catalogue.models import Certification, CertificationDecision, ProducerKind, ProducerPage, ProductPage
from tests import factories
from tests.factories import group, historic_province

pytestmark = pytest.mark.django_db

SAMPLE_CERTIFICATES = {
    # product: (producer, stars, score)
    "Rượu đế Gò Đen ngâm chuối hột": ("HTX Rượu đế Gò Đen Phước Lợi", 3, 64),
    "Phấn hoa tràm Tân Lập": ("Tổ hợp tác nuôi ong Tân Lập", 3, 62),
    "Chanh muối Bến Lức": ("HTX Nông nghiệp Chanh Xanh Bến Lức", 3, 66),
    "Nước cốt chanh Bến Lức": ("HTX Nông nghiệp Chanh Xanh Bến Lức", 4, 71),
    "Chả lụa Vàm Cỏ": ("Công ty TNHH Thực phẩm Vàm Cỏ", 3, 65),
    "Mãng cầu ta Bà Đen": ("HTX Nông nghiệp Mãng cầu Bà Đen", 4, 74),
    "Mãng cầu sấy dẻo Bà Đen": ("HTX Nông nghiệp Mãng cầu Bà Đen", 3, 68),
    "Bánh tráng phơi sương Trảng Bàng": ("Công ty TNHH Bánh tráng Trảng Bàng", 4, 78),
    "Bánh canh Trảng Bàng đóng gói": ("Công ty TNHH Bánh tráng Trảng Bàng", 3, 63),
    "Muối tôm Tây Ninh": ("Hộ kinh doanh Muối tôm Sáu Hiền", 4, 82),
    "Giỏ lục bình Hiệp Hòa": ("Tổ hợp tác đan lục bình Hiệp Hòa", 3, 60),
    "Thanh long ruột đỏ Châu Thành": ("HTX Nông nghiệp Thanh long Châu Thành", 4, 76),
}
EXISTING_PRODUCERS = {
    "HTX Rượu đế Gò Đen Phước Lợi": ProducerKind.COOPERATIVE,
    "Tổ hợp tác nuôi ong Tân Lập": ProducerKind.COOPERATIVE_GROUP,
    "HTX Nông nghiệp Chanh Xanh Bến Lức": ProducerKind.COOPERATIVE,
    "Công ty TNHH Thực phẩm Vàm Cỏ": ProducerKind.ENTERPRISE,
}
NEW_PRODUCERS = {
    # title: (kind, province slug, address)
    "HTX Nông nghiệp Mãng cầu Bà Đen": (
        ProducerKind.COOPERATIVE,
        "tay-ninh",
        "Ấp Ninh Phú, xã Bàu Năng, tỉnh Tây Ninh",
    ),
    "Công ty TNHH Bánh tráng Trảng Bàng": (
        ProducerKind.ENTERPRISE,
        "tay-ninh",
        "Khu phố Lộc An, phường Trảng Bàng, tỉnh Tây Ninh",
    ),
    "Hộ kinh doanh Muối tôm Sáu Hiền": (
        ProducerKind.HOUSEHOLD,
        "tay-ninh",
        "Ấp Trường Lưu, xã Trường Đông, tỉnh Tây Ninh",
    ),
    "Tổ hợp tác đan lục bình Hiệp Hòa": (
        ProducerKind.COOPERATIVE_GROUP,
        "tay-ninh",
        "Ấp Hòa Bình, xã Hiệp Hòa, tỉnh Tây Ninh",
    ),
    "HTX Nông nghiệp Thanh long Châu Thành": (
        ProducerKind.COOPERATIVE,
        "tay-ninh",
        "Ấp Bình Trị 1, xã Châu Thành, tỉnh Tây Ninh",
    ),
}

# A file of its own for the tests: the sample's header, without the STT counter.
HEADER = [
    "Số quyết định",
    "Ngày quyết định",
    "Cơ quan ban hành",
    "Hình thức công nhận",
    "Tên sản phẩm",
    "Nhóm sản phẩm",
    "Tên chủ thể",
    "Loại chủ thể",
    "Tỉnh",
    "Địa chỉ chủ thể",
    "Hạng sao",
    "Điểm",
]
DECISION = ["3105/QĐ-UBND", "28/08/2025", "UBND tỉnh Tây Ninh", "Công nhận mới"]


def row(product="Chả lụa Vàm Cỏ", stars="3", score="65", changes=None):
    """A good row of HEADER (a new product of an existing producer), with `changes` by column header."""
    values = dict(
        zip(
            HEADER,
            [
                *DECISION,
                product,
                "Thực phẩm chế biến",
                "Công ty TNHH Thực phẩm Vàm Cỏ",
                "Doanh nghiệp",
                "Long An",
                "Khu phố 3, phường 4, thành phố Tân An, tỉnh Long An",
                stars,
                score,
            ],
            strict=True,
        )
    )
    values.update(changes or {})
    return [values[name] for name in HEADER]


def column(name):
    return HEADER.index(name)


def csv_bytes(rows, header=HEADER, *, encoding="utf-8", delimiter=","):
    output = io.StringIO()
    writer = csv.writer(output, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return output.getvalue().encode(encoding)


def xlsx_bytes(rows, header=HEADER, *, before=(), prepare=None):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in before:
        sheet.append(line)
    sheet.append(header)
    for line in rows:
        sheet.append(line)
    if prepare:
        prepare(sheet)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def snapshot():
    """What an import can change, counted."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "decisions": CertificationDecision.objects.count(),
        "certificates": list(Certification.objects.order_by("pk").values_list("product_id", "stars", "score")),
        "page log": PageLogEntry.objects.count(),
        "model log": ModelLogEntry.objects.count(),
    }


def messages_of(plan):
    """{row number: all its problems as one text}; file problems under 0."""
    found = {row.number: " ".join(row.messages) for row in plan.row_errors}
    if plan.file_errors:
        found[0] = " ".join(plan.file_errors)
    return found


@pytest.fixture
def long_an(db):
    return historic_province("long-an", "Long An", merged_into="tay-ninh")


@pytest.fixture
def existing_producers(frozen_today, producer_index, long_an):
    """The four producers of the sample that the site already has, published, with one product each."""
    pages = {}
    for title, kind in EXISTING_PRODUCERS.items():
        pages[title] = factories.ProducerPageFactory(parent=producer_index, title=title, kind=kind, province=long_an)
    factories.ProductPageFactory(
        parent=pages["Công ty TNHH Thực phẩm Vàm Cỏ"],
        title="Nem nướng Tân An",
        slug="nem-nuong-tan-an",
        group=group("thuc-pham"),
        subgroup=group("thuc-pham-che-bien"),
        certification__stars=3,
        certification__score=60,
    )
    return pages


def import_file(path):
    return import_decision(path.name, path.read_bytes())


# The sample ----------------------------------------------------------------------------


@pytest.mark.parametrize("sample", [SAMPLE_CSV, SAMPLE_XLSX], ids=["csv", "xlsx"])
def test_sample_creates_the_decision_and_its_certificates(existing_producers, sample):
    plan = import_file(sample)

    assert plan.error_lines() == []
    decision = CertificationDecision.objects.get(number="3105/QĐ-UBND")
    assert (decision.number, decision.issued_on, decision.issuer, decision.kind) == (
        "3105/QĐ-UBND",
        datetime.date(2025, 8, 28),
        "UBND tỉnh Tây Ninh",
        "new",
    )
    certificates = {
        c.product.title: (c.product.get_parent().title, c.stars, c.score)
        for c in decision.certifications.select_related("product")
    }
    assert certificates == SAMPLE_CERTIFICATES
    with translation.override("en"):
        assert plan.certificates_summary() == "Certificates: 12 created, 0 updated, 0 unchanged."
        assert plan.drafts_summary() == "New drafts: 5 producer pages, 12 product pages."


def test_sample_makes_new_producers_draft_pages_under_the_producer_index(existing_producers, producer_index):
    import_file(SAMPLE_CSV)

    vietnamese = Locale.get_default()
    new = ProducerPage.objects.exclude(title__in=EXISTING_PRODUCERS)
    assert {page.title: (page.kind, page.province.slug, page.address) for page in new} == NEW_PRODUCERS
    for page in new:
        assert page.get_parent().pk == producer_index.pk
        assert not page.live
        assert page.has_unpublished_changes
        assert page.locale == vietnamese
        assert page.latest_revision is not None
        assert page.revisions.count() == 1
    assert ProducerPage.objects.get(title="HTX Nông nghiệp Mãng cầu Bà Đen").slug == "htx-nong-nghiep-mang-cau-ba-den"


def test_sample_puts_each_new_product_as_a_draft_under_its_producer(existing_producers):
    import_file(SAMPLE_CSV)

    new_products = ProductPage.objects.exclude(title="Nem nướng Tân An")
    assert {page.title: page.get_parent().title for page in new_products} == {
        title: producer for title, (producer, _stars, _score) in SAMPLE_CERTIFICATES.items()
    }
    assert all(not page.live and page.revisions.count() == 1 for page in new_products)
    assert all(page.locale == Locale.get_default() for page in new_products)
    liquor = ProductPage.objects.get(title="Rượu đế Gò Đen ngâm chuối hột")
    assert (liquor.slug, liquor.group.slug, liquor.subgroup.slug) == (
        "ruou-de-go-den-ngam-chuoi-hot",
        "do-uong",
        "ruou-trang",
    )
    # Given by slug in the sample rather than by name.
    pollen = ProductPage.objects.get(title="Phấn hoa tràm Tân Lập")
    assert (pollen.group.slug, pollen.subgroup.slug) == ("thuc-pham", "nong-san-so-che")


def test_sample_leaves_existing_producer_pages_as_they_were(existing_producers):
    before = {page.pk: (page.title, page.live, page.revisions.count()) for page in existing_producers.values()}

    import_file(SAMPLE_CSV)

    after = {
        page.pk: (page.title, page.live, page.revisions.count()) for page in ProducerPage.objects.filter(pk__in=before)
    }
    assert after == before


def test_import_is_recorded_in_the_history_of_the_decision_and_the_new_pages(existing_producers):
    editor = factories.EditorFactory()
    plan = import_decision(SAMPLE_CSV.name, SAMPLE_CSV.read_bytes(), user=editor)

    decision = plan.decision_object
    assert ModelLogEntry.objects.for_instance(decision).filter(action="wagtail.create", user=editor).exists()
    logged = ModelLogEntry.objects.for_instance(decision).get(action=CERTIFICATES_CHANGED)
    assert len(logged.data["added"]) == 12
    new_page = ProductPage.objects.get(title="Muối tôm Tây Ninh")
    assert new_page.owner == editor
    assert PageLogEntry.objects.filter(page=new_page, action="wagtail.create", user=editor).exists()


def test_the_xlsx_sample_holds_the_same_rows_as_the_csv_sample(existing_producers):
    def rows(path):
        plan = plan_import(path.name, path.read_bytes())
        decision = plan.decision
        return (decision.number, decision.issued_on, decision.issuer, decision.kind), [
            (r.number, r.product_title, r.producer_title, r.stars, r.score) for r in plan.rows
        ]

    assert rows(SAMPLE_XLSX) == rows(SAMPLE_CSV)


def test_the_sample_names_demo_producers_as_the_demo_content_has_them():
    from catalogue.demo import content

    demo = {producer["title"]: (producer["kind"], producer["province"]) for producer in content.PRODUCERS}
    assert {title: demo.get(title) for title in EXISTING_PRODUCERS} == {
        title: (kind, "long-an") for title, kind in EXISTING_PRODUCERS.items()
    }
    assert not set(NEW_PRODUCERS) & set(demo)


# Importing again ----------------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing_the_second_time(existing_producers):
    import_file(SAMPLE_CSV)
    before = snapshot()

    plan = import_file(SAMPLE_XLSX)

    assert snapshot() == before
    with translation.override("en"):
        assert plan.certificates_summary() == "Certificates: 0 created, 0 updated, 12 unchanged."
        assert plan.drafts_summary() == ""
        assert plan.decision.action_message() == "The decision is already in the register."
    assert not plan.changes_anything


def test_reimporting_with_a_changed_score_updates_only_that_certificate(existing_producers):
    import_file(SAMPLE_CSV)
    pages, revisions = Page.objects.count(), Revision.objects.count()
    text = SAMPLE_CSV.read_text(encoding="utf-8")
    # Muối tôm Tây Ninh: 82 -> 86 points.
    changed = text.replace('xã Trường Đông, tỉnh Tây Ninh",4,82,', 'xã Trường Đông, tỉnh Tây Ninh",4,86,')
    assert changed != text

    plan = import_decision("decision.csv", changed.encode())

    assert (plan.created, plan.updated, plan.unchanged) == (0, 1, 11)
    certificate = Certification.objects.get(product__title="Muối tôm Tây Ninh")
    assert (certificate.stars, certificate.score) == (4, 86)
    assert Certification.objects.filter(decision__number="3105/QĐ-UBND").count() == 12
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    logged = ModelLogEntry.objects.for_instance(certificate.decision).filter(action=CERTIFICATES_CHANGED).latest("pk")
    assert logged.data["changed"][0]["changes"] == {"score": [82, 86]}


def test_a_decision_kind_changed_in_the_file_updates_the_decision(existing_producers):
    import_decision("a.csv", csv_bytes([row()]))
    recognised_again = row()
    recognised_again[column("Hình thức công nhận")] = "Công nhận lại"

    plan = import_decision("a.csv", csv_bytes([recognised_again]))

    assert CertificationDecision.objects.get(number="3105/QĐ-UBND").kind == "again"
    assert plan.unchanged == 1


def test_certificates_of_the_decision_missing_from_the_file_are_kept(existing_producers):
    import_file(SAMPLE_CSV)
    first_row_only = "\n".join(SAMPLE_CSV.read_text(encoding="utf-8").splitlines()[:2])

    plan = import_decision("decision.csv", first_row_only.encode())

    assert Certification.objects.filter(decision__number="3105/QĐ-UBND").count() == 12
    assert plan.decision.kept == 11
    with translation.override("en"):
        assert plan.decision.kept_message() == (
            "11 certificates of this decision are not in the file; they are kept as they are."
        )


# Matching what exists --------------------------------------------------------------


def test_an_existing_product_is_matched_by_producer_and_name_whatever_the_case_and_spacing(existing_producers):
    before = Page.objects.count()
    rows = [row(product="  NEM NƯỚNG   tân an ", stars="4", score="72")]

    plan = import_decision("a.csv", csv_bytes(rows))

    assert plan.error_lines() == []
    assert Page.objects.count() == before
    nem = ProductPage.objects.get(title="Nem nướng Tân An")
    assert Certification.objects.filter(product=nem, decision__number="3105/QĐ-UBND", stars=4, score=72).exists()


def test_an_existing_product_is_matched_by_its_slug_when_the_name_differs(existing_producers):
    header = [*HEADER, "Slug sản phẩm"]
    rows = [[*row(product="Nem nướng Tân An (hộp 500 g)"), "nem-nuong-tan-an"]]

    plan = import_decision("a.csv", csv_bytes(rows, header))

    assert plan.error_lines() == []
    assert not ProductPage.objects.filter(title__startswith="Nem nướng Tân An (").exists()
    assert Certification.objects.filter(product__slug="nem-nuong-tan-an", decision__number="3105/QĐ-UBND").exists()


def test_a_product_of_the_same_name_under_another_producer_is_a_new_product(existing_producers):
    rows = [
        row(
            product="Nem nướng Tân An",
            changes={"Tên chủ thể": "Hộ kinh doanh Nem Bà Sáu", "Loại chủ thể": "Hộ kinh doanh"},
        )
    ]

    import_decision("a.csv", csv_bytes(rows))

    household = ProducerPage.objects.get(title="Hộ kinh doanh Nem Bà Sáu")
    assert household.kind == ProducerKind.HOUSEHOLD
    assert ProductPage.objects.child_of(household).get().title == "Nem nướng Tân An"
    assert ProductPage.objects.filter(title="Nem nướng Tân An").count() == 2


def test_headers_are_recognised_in_english_and_without_tone_marks(existing_producers):
    header = [
        "DECISION_NUMBER",
        "decision date",
        "Issuing body",
        "decision kind",
        "product_name",
        "Product group",
        "producer name",
        "PRODUCER KIND",
        "province",
        "producer_address",
        "stars",
        "so diem",
    ]
    rows = [row(), row(product="Chả giò Vàm Cỏ", stars="4", score="75")]

    plan = import_decision("english.csv", csv_bytes(rows, header))

    assert plan.error_lines() == []
    assert Certification.objects.filter(decision__number="3105/QĐ-UBND").count() == 2


def test_every_column_name_belongs_to_one_column():
    names = [fold(name) for column_ in COLUMNS for name in column_.headers()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "written",
    ["28/08/2025", "28/8/2025", "2025-08-28", "28-08-2025", datetime.date(2025, 8, 28)],
)
def test_decision_dates_are_read_day_first_iso_or_as_excel_dates(existing_producers, written):
    line = row()
    line[column("Ngày quyết định")] = written

    plan = import_decision("dates.xlsx", xlsx_bytes([line]))

    assert plan.error_lines() == []
    assert CertificationDecision.objects.get(number="3105/QĐ-UBND").issued_on == datetime.date(2025, 8, 28)


def test_a_historic_province_and_vietnamese_or_english_kinds_are_accepted(existing_producers, long_an):
    rows = [
        row(
            product="Mật ong hoa tràm U Minh",
            changes={
                "Tên chủ thể": "Tổ hợp tác ong mật Thạnh Hóa",
                "Loại chủ thể": "cooperative group",
                "Tỉnh": "tỉnh Long An",
                "Nhóm sản phẩm": "Thực phẩm › Nông sản thô, sơ chế (gạo, ngũ cốc, mật ong)",
                "Hình thức công nhận": "new",
            },
        )
    ]

    plan = import_decision("a.csv", csv_bytes(rows, delimiter=";"))

    assert plan.error_lines() == []
    producer = ProducerPage.objects.get(title="Tổ hợp tác ong mật Thạnh Hóa")
    assert (producer.kind, producer.province) == (ProducerKind.COOPERATIVE_GROUP, long_an)
    assert ProductPage.objects.get(title="Mật ong hoa tràm U Minh").subgroup.slug == "nong-san-so-che"


# Bad rows ---------------------------------------------------------------------------


def bad_rows():
    """One good row, then one row per problem (row numbers as in the spreadsheet: header = 1)."""
    rows = {
        2: row(),
        3: row(product="Bánh phồng tôm", changes={"Tỉnh": "Sài Gòn Gia Định"}),
        4: row(product="Bánh tét lá cẩm", changes={"Nhóm sản phẩm": "Đồ ăn vặt"}),
        5: row(product="Chả lụa đặc biệt", stars="6", score="95"),
        6: row(product="Giò thủ", stars="4", score="95"),
        7: row(product="Lạp xưởng mai quế lộ", changes={"Ngày quyết định": "28/13/2025"}),
        8: row(product="Nem chua", changes={"Ngày quyết định": "30/02/2025"}),
        9: row(product="", changes={"Điểm": ""}),
        10: row(),
        11: row(product="Chà bông heo", changes={"Loại chủ thể": "Hội nông dân"}),
        12: row(product="Khô bò", changes={"Số quyết định": "3106/QĐ-UBND"}),
        13: row(product="Tré trộn", changes={"Ngày quyết định": "ngày 28 tháng 8"}),
        14: row(product="Bò bía", changes={"Hình thức công nhận": "Phúc tra"}),
    }
    assert list(rows) == list(range(2, 2 + len(rows)))
    return list(rows.values())


BAD_ROW_REASONS_EN = {
    3: ["The province “Sài Gòn Gia Định” is not in the list of provinces"],
    4: ["The product group “Đồ ăn vặt” is not in the list of product groups"],
    5: ["6 stars cannot be certified: only 3, 4 and 5-star products are OCOP products."],
    6: ["The score 95 does not fit 4 stars: a 4-star product scores 70 to 89."],
    7: ["The decision date “28/13/2025” does not exist."],
    8: ["The decision date “30/02/2025” does not exist."],
    9: ["The cell “Tên sản phẩm” is empty.", "The cell “Điểm” is empty."],
    10: ["The product “Chả lụa Vàm Cỏ” of Công ty TNHH Thực phẩm Vàm Cỏ is already in row 2."],
    11: ["The producer kind “Hội nông dân” is not one of"],
    12: ["The value of “Số quyết định” differs from row 2 (“3105/QĐ-UBND”): all rows must belong to one decision."],
    13: ["The decision date “ngày 28 tháng 8” is not a date: write dd/mm/yyyy"],
    14: ["The decision kind “Phúc tra” is neither “công nhận mới” (new) nor “công nhận lại” (again)."],
}
BAD_ROW_REASONS_VI = {
    3: ["Tỉnh “Sài Gòn Gia Định” không có trong danh mục tỉnh, thành phố"],
    4: ["Nhóm sản phẩm “Đồ ăn vặt” không có trong danh mục nhóm sản phẩm"],
    5: ["Không thể chứng nhận 6 sao: chỉ sản phẩm 3, 4 và 5 sao là sản phẩm OCOP."],
    6: ["Điểm 95 không khớp với 4 sao: sản phẩm 4 sao đạt từ 70 đến 89 điểm."],
    7: ["Ngày quyết định “28/13/2025” không có thật."],
    8: ["Ngày quyết định “30/02/2025” không có thật."],
    9: ["Ô “Tên sản phẩm” đang để trống.", "Ô “Điểm” đang để trống."],
    10: ["Sản phẩm “Chả lụa Vàm Cỏ” của Công ty TNHH Thực phẩm Vàm Cỏ đã có ở dòng 2."],
    11: ["Loại chủ thể “Hội nông dân” không phải là một trong các loại"],
    12: ["Giá trị ở cột “Số quyết định” khác với dòng 2 (“3105/QĐ-UBND”): mọi dòng phải thuộc cùng một quyết định."],
    13: ["Ngày quyết định “ngày 28 tháng 8” không phải là ngày"],
    14: ["Hình thức công nhận “Phúc tra” không phải “công nhận mới” hay “công nhận lại”."],
}


@pytest.mark.parametrize(("language", "reasons"), [("en", BAD_ROW_REASONS_EN), ("vi", BAD_ROW_REASONS_VI)])
def test_a_bad_file_is_refused_with_every_row_and_reason_and_nothing_is_written(existing_producers, language, reasons):
    before = snapshot()

    with translation.override(language):
        plan = import_decision("bad.csv", csv_bytes(bad_rows()))

    assert snapshot() == before
    assert not plan.is_valid
    found = messages_of(plan)
    assert sorted(found) == sorted(reasons)
    for number, expected in reasons.items():
        for reason in expected:
            assert reason in found[number], (number, found[number])


def test_rows_of_new_producers_must_agree_on_kind_and_province(existing_producers):
    new_producer = {"Tên chủ thể": "HTX Bò tơ Tây Ninh", "Tỉnh": "Tây Ninh"}
    rows = [
        row(product="Bò tơ tái chanh", changes=new_producer | {"Loại chủ thể": "Hợp tác xã"}),
        row(product="Bò tơ nướng lá cách", changes=new_producer | {"Loại chủ thể": "Hộ kinh doanh"}),
    ]

    with translation.override("en"):
        plan = import_decision("a.csv", csv_bytes(rows))

    assert messages_of(plan) == {3: "The producer kind differs from row 2, where HTX Bò tơ Tây Ninh first appears."}


def test_unsaved_formula_results_and_excel_errors_are_reported_by_cell(existing_producers):
    rows = [row(score="=60+5"), row(product="Chả giò Vàm Cỏ", changes={"Tỉnh": "#REF!"})]

    with translation.override("en"):
        plan = import_decision("formulas.xlsx", xlsx_bytes(rows))

    found = messages_of(plan)
    assert "The cell “Điểm” holds a formula whose result is not saved in the file" in found[2]
    assert "The cell “Tỉnh” shows the Excel error #REF!." in found[3]


def test_formula_results_saved_by_excel_are_imported(existing_producers):
    data = xlsx_bytes([row(score="=60+5")])
    # What Excel does on saving: it keeps the formula's result next to it.
    saved = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"<f>60+5</f><v />", b"<f>60+5</f><v>65</v>")
            target.writestr(item, content)

    plan = import_decision("formulas.xlsx", saved.getvalue())

    assert plan.error_lines() == []
    assert Certification.objects.get(decision__number="3105/QĐ-UBND").score == 65


def test_merged_cells_title_rows_and_blank_rows_are_read_as_the_editor_sees_them(existing_producers):
    rows = [row(), row(product="Chả giò Vàm Cỏ", stars="4", score="75"), row(product="Giò lụa Vàm Cỏ")]
    for line in rows[1:]:
        for index in range(4):  # the decision's cells are merged down from the first row
            line[index] = None

    def prepare(sheet):
        for letter in "ABCD":
            sheet.merge_cells(f"{letter}3:{letter}5")
        sheet["L40"] = None  # a formatted but empty cell far below
        sheet["L40"].number_format = "0"

    data = xlsx_bytes(rows, before=[["DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN"]], prepare=prepare)
    plan = import_decision("merged.xlsx", data)

    assert plan.error_lines() == []
    assert [r.number for r in plan.rows] == [3, 4, 5]
    assert Certification.objects.filter(decision__number="3105/QĐ-UBND").count() == 3


def test_row_numbers_are_those_of_the_spreadsheet_below_a_title_and_blank_rows(existing_producers):
    rows = [row(), [None] * len(HEADER), row(product="Giò thủ", stars="4", score="95")]

    with translation.override("en"):
        plan = import_decision("a.xlsx", xlsx_bytes(rows, before=[["QUYẾT ĐỊNH 3105/QĐ-UBND"], []]))

    assert list(messages_of(plan)) == [6]


# Files that cannot be imported ---------------------------------------------------------


def windows_1258(text):
    """Text as Excel's "CSV" (not "CSV UTF-8") saves it on a Vietnamese Windows: tone marks as separate bytes."""
    return unicodedata.normalize("NFD", text).encode("cp1258")


def too_many_rows():
    return csv_bytes([row(product=f"Sản phẩm {n}") for n in range(MAX_ROWS + 1)])


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("decision.pdf", b"%PDF-1.7 a scanned decision", "Upload a CSV file or an Excel workbook (.xlsx)."),
        ("decision.xlsx", bytes(range(256)) * 20, "The file is named .xlsx but is not an Excel workbook."),
        ("decision.xlsx", b"PK\x03\x04" + bytes(range(256)) * 20, "cannot be read as an Excel workbook"),
        ("decision.xls", b"\xd0\xcf\x11\xe0 old excel", "Old Excel files (.xls) cannot be read"),
        ("decision.csv", b"", "The file is empty."),
        ("decision.csv", b"\r\n \r\n", "The file is empty."),
        ("decision.csv", windows_1258("Hạng sao;Ngày\n3;28/08/2025"), "The CSV file is not in UTF-8."),
        ("decision.csv", csv_bytes([]), "The file has a header row but no product rows below it."),
        (
            "decision.csv",
            b"x" * (MAX_FILE_SIZE + 1),
            "The file is larger than 2.0\xa0MB. Split the decision into several files.",
        ),
        (
            "decision.csv",
            csv_bytes([row()[:-1]], header=HEADER[:-1]),
            "The column “Điểm” (score) is missing from the header row (row 1).",
        ),
    ],
    ids=[
        "not-a-spreadsheet",
        "random-bytes-named-xlsx",
        "damaged-xlsx",
        "old-xls",
        "empty",
        "blank",
        "not-utf8",
        "header-only",
        "too-large",
        "missing-column",
    ],
)
def test_files_that_cannot_be_imported_are_refused_with_a_clear_message(existing_producers, name, data, message):
    before = snapshot()

    with translation.override("en"):
        plan = import_decision(name, data)

    assert message in " ".join(plan.file_errors)
    assert plan.row_errors == []
    assert snapshot() == before


def test_more_than_the_row_limit_is_refused(existing_producers):
    with translation.override("en"):
        plan = import_decision("big.csv", too_many_rows())

    assert plan.file_errors == ["The file has more than 2,000 rows. Split the decision into several files."]


def test_an_xlsx_that_unpacks_to_far_more_than_its_size_is_refused(existing_producers):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", " " * (60 * 1024 * 1024))

    with translation.override("en"):
        plan = import_decision("bomb.xlsx", bomb.getvalue())

    assert plan.file_errors == [
        "The workbook unpacks to 60.0\xa0MB, far more than a list of products needs (at most 40.0\xa0MB)."
    ]


def test_utf8_csv_with_a_byte_order_mark_is_read(existing_producers):
    plan = import_decision("bom.csv", csv_bytes([row()], encoding="utf-8-sig"))

    assert plan.error_lines() == []


def test_a_collision_while_writing_leaves_nothing_half_written(existing_producers, monkeypatch):
    from catalogue.imports import writer

    real_create_draft = writer.create_draft
    created = []

    def create_then_collide(parent, page, user):
        created.append(real_create_draft(parent, page, user))
        if len(created) == 3:
            raise IntegrityError("another editor saved a page with this slug")
        return created[-1]

    monkeypatch.setattr(writer, "create_draft", create_then_collide)
    before = snapshot()

    with translation.override("en"):
        plan = import_file(SAMPLE_CSV)

    assert len(created) == 3
    assert snapshot() == before
    assert plan.file_errors == ["The register changed while the file was being imported. Try again."]


# Checking does not grow with the file ---------------------------------------------------


def test_checking_a_file_takes_the_same_queries_for_12_or_120_rows(existing_producers):
    def queries(count):
        rows = [row(product=f"Sản phẩm thử {n}") for n in range(count)]
        with CaptureQueriesContext(connection) as captured:
            plan = plan_import("a.csv", csv_bytes(rows))
        assert plan.error_lines() == []
        return len(captured)

    assert queries(120) == queries(12)


# The command ------------------------------------------------------------------------


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_decision", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_command_imports_the_sample_and_reports_each_row(existing_producers):
    out, err = run(str(SAMPLE_CSV), "--language", "en")

    assert err == ""
    assert "Decision 3105/QĐ-UBND of 28 August 2025, UBND tỉnh Tây Ninh (Newly recognised)" in out
    assert (
        "Row 7: Mãng cầu ta Bà Đen — HTX Nông nghiệp Mãng cầu Bà Đen, 4★ 74: "
        "certificate added; new producer (draft); new product (draft)"
    ) in out
    assert "Certificates: 12 created, 0 updated, 0 unchanged." in out
    assert "The decision has been imported." in out
    assert Certification.objects.count() == 13


def test_command_a_second_time_reports_everything_unchanged(existing_producers):
    run(str(SAMPLE_XLSX))
    before = snapshot()

    out, _err = run(str(SAMPLE_XLSX), "--language", "en")

    assert "Certificates: 0 created, 0 updated, 12 unchanged." in out
    assert snapshot() == before


def test_command_dry_run_says_what_would_change_and_writes_nothing(existing_producers):
    before = snapshot()

    out, _err = run(str(SAMPLE_CSV), "--dry-run", "--language", "en")

    assert "Certificates: 12 created, 0 updated, 0 unchanged." in out
    assert "Dry run: nothing has been written." in out
    assert snapshot() == before


def test_command_reports_in_vietnamese_by_default(existing_producers):
    out, _err = run(str(SAMPLE_CSV), "--dry-run")

    assert "Quyết định 3105/QĐ-UBND ngày 28/08/2025, UBND tỉnh Tây Ninh (Công nhận mới)" in out
    assert "Chứng nhận: 12 thêm mới, 0 cập nhật, 0 không đổi." in out


def test_command_refuses_a_bad_file_with_every_row_number_and_a_failing_exit_status(existing_producers, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_bytes(bad_rows()))
    before = snapshot()
    err = io.StringIO()

    with pytest.raises(CommandError, match="nothing has been written") as refused:
        call_command("import_decision", str(path), "--language", "en", stdout=io.StringIO(), stderr=err)

    assert refused.value.returncode == 1
    lines = err.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == [f"Row {number}" for number in BAD_ROW_REASONS_EN]
    assert "Row 6: The score 95 does not fit 4 stars" in err.getvalue()
    assert snapshot() == before


def test_command_exits_with_status_1_on_an_unreadable_or_missing_file(existing_producers, tmp_path):
    path = tmp_path / "decision.xlsx"
    path.write_bytes(b"not a workbook")

    with translation.override("en"), pytest.raises(CommandError) as refused:
        call_command("import_decision", str(path), "--language", "en", stdout=io.StringIO(), stderr=io.StringIO())
    assert refused.value.returncode == 1

    with pytest.raises(CommandError, match="cannot be opened"):
        call_command("import_decision", str(tmp_path / "missing.csv"), "--language", "en", stdout=io.StringIO())


def test_command_exit_status_seen_by_the_shell(existing_producers, tmp_path, capsys):
    from django.core.management import ManagementUtility

    path = tmp_path / "bad.csv"
    path.write_bytes(csv_bytes(bad_rows()))

    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "import_decision", str(path), "--language", "en"]).execute()

    assert exited.value.code == 1
    assert "Row 3: The province “Sài Gòn Gia Định”" in capsys.readouterr().err
