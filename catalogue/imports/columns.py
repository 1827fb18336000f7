"""The columns of a decision spreadsheet and the header names each one accepts.

Editors get spreadsheets from the People's Committee with Vietnamese headers,
or make their own with English ones; a header is recognised whatever its case,
its tone marks and its punctuation ("Số quyết định", "SO QUYET DINH" and
"decision_number" are the same column). Columns that are not listed here (an
"STT" row counter, notes) are ignored and shown as such in the preview.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from showcase.text import fold as fold_marks

_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def fold(text):
    """Lower case ASCII words separated by single spaces: "Số quyết định" -> "so quyet dinh"."""
    return _NOT_ALPHANUMERIC.sub(" ", fold_marks(str(text))).strip()


def same_text(text):
    """A key for comparing names as written: same letters and tone marks, any case and spacing."""
    return " ".join(unicodedata.normalize("NFC", str(text)).casefold().split())


@dataclass(frozen=True)
class Column:
    key: str
    vietnamese: str  # the header of the sample file
    english: str
    aliases: tuple = ()
    required: bool = True
    description: str = ""

    def headers(self):
        """Every folded header naming this column."""
        return {fold(name) for name in (self.key, self.vietnamese, self.english, *self.aliases)}


COLUMNS = (
    Column(
        "decision_number",
        "Số quyết định",
        "Decision number",
        ("so qd", "so hieu quyet dinh", "decision no"),
        description=_("As written on the decision, e.g. 1546/QĐ-UBND. The same on every row."),
    ),
    Column(
        "decision_date",
        "Ngày quyết định",
        "Decision date",
        ("ngay ban hanh", "ngay ky", "ngay qd", "date"),
        description=_("dd/mm/yyyy, yyyy-mm-dd or an Excel date. The same on every row."),
    ),
    Column(
        "issuer",
        "Cơ quan ban hành",
        "Issuing body",
        ("co quan quyet dinh", "don vi ban hanh", "issuer", "issued by"),
        description=_("As written on the decision, e.g. UBND tỉnh Tây Ninh. The same on every row."),
    ),
    Column(
        "decision_kind",
        "Hình thức công nhận",
        "Decision kind",
        ("loai cong nhan", "hinh thuc", "loai quyet dinh"),
        description=_("“công nhận mới” (new) or “công nhận lại” (again). The same on every row."),
    ),
    Column(
        "product_name",
        "Tên sản phẩm",
        "Product name",
        ("san pham", "product"),
        description=_("The Vietnamese name of the product."),
    ),
    Column(
        "product_group",
        "Nhóm sản phẩm",
        "Product group",
        ("nhom", "phan nhom", "bo nhom", "group", "subgroup", "sub group"),
        description=_("A sub-group (preferred) or a group, by name or slug, e.g. “Rượu trắng” or ruou-trang."),
    ),
    Column(
        "producer_name",
        "Tên chủ thể",
        "Producer name",
        ("chu the", "chu the ocop", "ten chu the ocop", "producer"),
        description=_("The Vietnamese name of the producer, as on its page."),
    ),
    Column(
        "producer_kind",
        "Loại chủ thể",
        "Producer kind",
        ("loai hinh chu the", "loai hinh", "producer type"),
        description=_("Cooperative, enterprise, household business or cooperative group (Vietnamese names accepted)."),
    ),
    Column(
        "province",
        "Tỉnh",
        "Province",
        ("tinh thanh", "tinh thanh pho", "tinh tp", "dia phuong"),
        description=_("The province of the producer's address, by name or slug; historic provinces (Long An) too."),
    ),
    Column(
        "stars",
        "Hạng sao",
        "Stars",
        ("so sao", "sao", "hang", "xep hang", "star rating"),
        description=_("3, 4 or 5."),
    ),
    Column(
        "score",
        "Điểm",
        "Score",
        ("so diem", "tong diem", "diem danh gia", "points"),
        description=_("A whole number out of 100 that fits the stars: 3★ 50-69, 4★ 70-89, 5★ 90-100."),
    ),
    Column(
        "score_a",
        "Điểm A",
        "Score A",
        ("diem phan a", "phan a", "part a", "score part a"),
        required=False,
        description=_(
            "Optional: part A, production and community, out of 40. Give A, B and C together, adding up to the score."
        ),
    ),
    Column(
        "score_b",
        "Điểm B",
        "Score B",
        ("diem phan b", "phan b", "part b", "score part b"),
        required=False,
        description=_("Optional: part B, marketing and story, out of 25."),
    ),
    Column(
        "score_c",
        "Điểm C",
        "Score C",
        ("diem phan c", "phan c", "part c", "score part c"),
        required=False,
        description=_("Optional: part C, quality, out of 35."),
    ),
    Column(
        "producer_address",
        "Địa chỉ chủ thể",
        "Producer address",
        ("dia chi", "address"),
        required=False,
        description=_("Optional: the address of a new producer, as written."),
    ),
    Column(
        "product_slug",
        "Slug sản phẩm",
        "Product slug",
        ("slug", "duong dan san pham"),
        required=False,
        description=_("Optional: the slug of an existing product page, when its name in the file differs."),
    ),
)

COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
_COLUMN_BY_HEADER = {header: column for column in COLUMNS for header in column.headers()}


def column_for_header(header):
    """The Column a header names, or None."""
    return _COLUMN_BY_HEADER.get(fold(header)) if header is not None else None


@dataclass
class HeaderMatch:
    positions: dict  # column key -> index of its cell in each row
    missing: list  # required Columns with no header
    duplicated: list  # Columns named by more than one header
    ignored: list  # headers that name no column


def match_headers(headers):
    positions, duplicated, ignored = {}, [], []
    for index, header in enumerate(headers):
        if header is None or not str(header).strip():
            continue
        column = column_for_header(header)
        if column is None:
            ignored.append(str(header).strip())
        elif column.key in positions:
            if column not in duplicated:
                duplicated.append(column)
        else:
            positions[column.key] = index
    missing = [column for column in COLUMNS if column.required and column.key not in positions]
    return HeaderMatch(positions=positions, missing=missing, duplicated=duplicated, ignored=ignored)


def recognised_count(headers):
    """How many distinct columns a row of cells names (to find the header row below a title)."""
    return len({column.key for header in headers if (column := column_for_header(header)) is not None})
