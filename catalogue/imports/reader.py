"""An uploaded spreadsheet (CSV or XLSX) as rows of cell values, whatever the upload holds.

Anything that cannot be read raises UnreadableFile with a message for the
editor; nothing here lets an exception from a malformed file escape. Row
numbers are those the editor sees in the spreadsheet (the first row is 1).
"""

import csv
import io
import logging
import time
import zipfile
from dataclasses import dataclass, field

from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .columns import recognised_count

logger = logging.getLogger(__name__)

MAX_FILE_SIZE = 2 * 1024 * 1024
MAX_ROWS = 2000
# Cells further right than this are not read (a decision needs 13 columns).
MAX_COLUMNS = 60
# A 2 MB workbook can unpack to gigabytes (a "zip bomb"); a real decision of
# 2,000 rows unpacks to a few megabytes.
MAX_UNPACKED_SIZE = 40 * 1024 * 1024
# A few kilobytes of worksheet can still name row 1,048,576, or hold hundreds of
# thousands of cells, rows or merged ranges, that take minutes to walk. A
# decision's list of 2,000 products, with title rows and blank rows between,
# fits well within these; the worksheet is checked against them in one
# streaming pass before it is read, and reading stops at MAX_SHEET_ROWS.
MAX_SHEET_ROWS = 5000
MAX_SHEET_CELLS = 50_000
MAX_MERGED_RANGES = 5000
# Whatever a workbook holds, reading it gives up after this long rather than
# hold a server process until it is killed.
MAX_READ_SECONDS = 15
# A title row or two may sit above the header ("DANH SÁCH SẢN PHẨM ..."): the
# header is the first of these rows that names at least three known columns.
HEADER_SEARCH_ROWS = 10
MIN_HEADER_COLUMNS = 3
ZIP_SIGNATURE = b"PK\x03\x04"
CSV_DELIMITERS = ",;\t"


class UnreadableFile(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class SheetRow:
    number: int
    cells: list
    # Whether the row has a value of its own (not only values spread by merged cells).
    filled: bool = True
    # Positions of cells holding a formula whose result the file does not store.
    unsaved_formulas: frozenset = field(default_factory=frozenset)

    def value(self, position):
        return self.cells[position] if position < len(self.cells) else None


@dataclass
class Sheet:
    header_row: int
    headers: list
    rows: list


def read_spreadsheet(name, data):
    """The header and the non-blank rows of an uploaded CSV or XLSX file."""
    if len(data) > MAX_FILE_SIZE:
        raise UnreadableFile(too_large_message())
    if not data.strip():
        raise UnreadableFile(_("The file is empty."))
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if data.startswith(ZIP_SIGNATURE):
        rows = xlsx_rows(data)
    elif extension in {"xlsx", "xlsm"}:
        raise UnreadableFile(_("The file is named .xlsx but is not an Excel workbook. Save it again from Excel."))
    elif extension == "xls":
        raise UnreadableFile(_("Old Excel files (.xls) cannot be read: save the file as .xlsx or as CSV UTF-8."))
    elif extension in {"csv", "txt"}:
        rows = csv_rows(data)
    else:
        raise UnreadableFile(_("Upload a CSV file or an Excel workbook (.xlsx)."))
    return sheet_of(rows)


def too_large_message():
    return _("The file is larger than %(limit)s. Split the decision into several files.") % {
        "limit": filesizeformat(MAX_FILE_SIZE)
    }


def too_many_rows_message():
    return _("The file has more than %(limit)s rows. Split the decision into several files.") % {
        "limit": number_format(MAX_ROWS, force_grouping=True)
    }


def is_blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def sheet_of(rows):
    """Find the header among the first filled rows; keep the filled rows below it."""
    rows = iter(rows)
    leading, header = [], None
    for row in rows:
        if not row.filled:
            continue
        leading.append(row)
        if recognised_count(row.cells) >= MIN_HEADER_COLUMNS:
            header = row
            break
        if len(leading) >= HEADER_SEARCH_ROWS:
            break
    if not leading:
        raise UnreadableFile(_("The file is empty."))
    header = header or leading[0]
    data_rows = []
    for row in [*leading, *rows]:
        if row.number <= header.number or not row.filled:
            continue
        if len(data_rows) >= MAX_ROWS:
            raise UnreadableFile(too_many_rows_message())
        data_rows.append(row)
    return Sheet(header_row=header.number, headers=list(header.cells), rows=data_rows)


# CSV ---------------------------------------------------------------------------


def csv_rows(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(
            _(
                "The CSV file is not in UTF-8. In Excel choose Save As → “CSV UTF-8 (Comma delimited)”, "
                "or upload the .xlsx workbook itself."
            )
        ) from None
    if "\x00" in text:
        raise UnreadableFile(_("The file holds binary data, not the text of a CSV file."))
    first_line = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(first_line, delimiters=CSV_DELIMITERS)
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for number, cells in enumerate(reader, start=1):
            cells = [cell.strip() or None for cell in cells[:MAX_COLUMNS]]
            rows.append(SheetRow(number=number, cells=cells, filled=any(cells)))
    except csv.Error as error:
        raise UnreadableFile(
            _("Row %(row)s cannot be read as CSV (%(error)s).") % {"row": reader.line_num, "error": error}
        ) from None
    return rows


# XLSX --------------------------------------------------------------------------

EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})


def not_a_workbook():
    return UnreadableFile(_("The file cannot be read as an Excel workbook (.xlsx). Save it again from Excel."))


def too_slow():
    return UnreadableFile(
        _(
            "The workbook takes too long to read. Save only the list of products in a new workbook, "
            "or save it as “CSV UTF-8”, and upload it again."
        )
    )


class Deadline:
    def __init__(self, seconds):
        self.ends = time.monotonic() + seconds

    def check(self):
        if time.monotonic() > self.ends:
            raise too_slow()


def xlsx_rows(data):
    """The filled rows of the first worksheet: the values Excel last calculated, merged cells filled in."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise not_a_workbook() from None
    if "xl/workbook.xml" not in {member.filename for member in members}:
        raise not_a_workbook()
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_SIZE:
        raise UnreadableFile(
            _("The workbook unpacks to %(size)s, far more than a list of products needs (at most %(limit)s).")
            % {"size": filesizeformat(unpacked), "limit": filesizeformat(MAX_UNPACKED_SIZE)}
        )
    try:
        # Read here, inside the try: openpyxl parses the sheet while it is iterated.
        yield from _worksheet_rows(data)
    except UnreadableFile:
        raise
    except Exception as error:
        # openpyxl raises whatever its XML and zip layers raise on a damaged
        # file (KeyError, ValueError, TypeError, ParseError, ...); all of them
        # mean the same to the editor.
        logger.info("Unreadable workbook: %r", error)
        raise not_a_workbook() from None


def _open(data, *, data_only):
    import openpyxl

    # read_only streams the sheet: a few cells far down cannot make it build millions of cells.
    return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)


def _worksheet_rows(data):
    deadline = Deadline(MAX_READ_SECONDS)
    # Before openpyxl opens it: opening walks every worksheet that declares no <dimension> to its end.
    merged = MergedCells(_checked_workbook(data, deadline))
    values_book = _open(data, data_only=True)
    formulas_book = _open(data, data_only=False)
    try:
        if not values_book.worksheets:
            raise UnreadableFile(_("The workbook has no worksheet."))
        values_sheet, formulas_sheet = values_book.worksheets[0], formulas_book.worksheets[0]
        # The dimensions a file declares can be wrong; read what is there, down to MAX_SHEET_ROWS
        # (nothing below it holds a value: _checked_workbook made sure).
        values_sheet.reset_dimensions()
        formulas_sheet.reset_dimensions()
        pairs = zip(
            values_sheet.iter_rows(max_row=MAX_SHEET_ROWS, max_col=MAX_COLUMNS, values_only=True),
            formulas_sheet.iter_rows(max_row=MAX_SHEET_ROWS, max_col=MAX_COLUMNS, values_only=True),
            strict=False,
        )
        for number, (values, formulas) in enumerate(pairs, start=1):
            deadline.check()
            cells = [_cell_value(value) for value in values]
            filled = any(not is_blank(value) for value in cells)
            merged.fill(number, cells)
            unsaved = frozenset(
                position
                for position, (value, formula) in enumerate(zip(cells, formulas, strict=False))
                if value is None and _is_formula(formula)
            )
            if filled or unsaved:
                yield SheetRow(number=number, cells=cells, filled=True, unsaved_formulas=unsaved)
    finally:
        values_book.close()
        formulas_book.close()


class MergedCells:
    """Gives the cells of a merged range below its first row the value the editor sees in it.

    Only the range's first column is filled: that is where its value shows,
    and a header merged over two columns must not name its column twice. At
    most one range is open per column (ranges of a sound workbook never
    overlap), so filling a row costs at most MAX_COLUMNS steps however many
    ranges the sheet declares.
    """

    def __init__(self, ranges):
        self.starting = {}
        for top, left, bottom in ranges:
            if bottom > top and left <= MAX_COLUMNS:
                self.starting.setdefault(top, []).append((left, bottom))
        self.active = {}  # column: (last row, value)

    def fill(self, number, cells):
        for column, (bottom, value) in list(self.active.items()):
            if bottom < number:
                del self.active[column]
            elif column <= len(cells) and is_blank(cells[column - 1]):
                cells[column - 1] = value
        for left, bottom in self.starting.pop(number, []):
            value = cells[left - 1] if left <= len(cells) else None
            self.active[left] = (bottom, value)


def _cell_value(value):
    if isinstance(value, str):
        return value.strip() or None
    return value


def _is_formula(value):
    return (isinstance(value, str) and value.startswith("=")) or hasattr(value, "text")


def _checked_workbook(data, deadline):
    """The merged ranges (top, left, bottom) of the first worksheet, once every worksheet is known to be small enough.

    One streaming pass over each worksheet's XML, which stops at the first
    limit crossed: rows (per sheet) and cells (in all) are counted, and a value
    below MAX_SHEET_ROWS or more than MAX_MERGED_RANGES merged ranges in the
    first worksheet, the one imported, refuse the file. A read-only workbook
    does not parse merged cells, so the <mergeCell> elements are read here too.
    """
    from openpyxl.reader.excel import ExcelReader

    excel = ExcelReader(io.BytesIO(data), read_only=True)
    try:
        excel.read_manifest()
        excel.read_workbook()
        paths = [
            rel.target
            for _sheet, rel in excel.parser.find_sheets()
            if rel.target in excel.valid_files and "chartsheet" not in rel.Type
        ]
        if not paths:
            raise UnreadableFile(_("The workbook has no worksheet."))
        cells = 0
        for index, path in enumerate(paths):
            with excel.archive.open(path) as source:
                ranges, cells = _scan_worksheet(source, deadline, cells, imported=index == 0)
            if index == 0:
                first_ranges = ranges
    finally:
        excel.archive.close()
    return first_ranges


def _scan_worksheet(source, deadline, cells, *, imported):
    """(merged ranges, cells counted so far); raises UnreadableFile at the first limit crossed."""
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.xml.functions import iterparse

    ranges = []
    rows = row_number = 0
    row_has_value = False
    # End events only: a row's number is known once its cells have been seen.
    for _event, element in iterparse(source):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "c":
            cells += 1
            if cells > MAX_SHEET_CELLS:
                raise UnreadableFile(too_many_cells_message())
            row_has_value = row_has_value or _holds_a_value(element)
            element.clear()
        elif tag == "row":
            rows += 1
            row_number = _row_number(element.get("r"), row_number + 1)
            if imported and row_number > MAX_SHEET_ROWS and row_has_value:
                raise UnreadableFile(value_too_far_down_message(row_number))
            if rows > MAX_SHEET_ROWS:
                raise UnreadableFile(too_many_sheet_rows_message())
            row_has_value = False
            element.clear()
            deadline.check()
        elif tag == "mergeCell" and imported and element.get("ref"):
            left, top, _right, bottom = range_boundaries(element.get("ref"))
            if None not in (left, top, bottom):
                ranges.append((top, left, min(bottom, MAX_SHEET_ROWS)))
            if len(ranges) > MAX_MERGED_RANGES:
                raise UnreadableFile(too_many_merged_ranges_message())
            element.clear()
    return ranges, cells


def _row_number(text, following):
    try:
        return int(text)
    except (TypeError, ValueError):
        return following


def _holds_a_value(cell):
    return any(child.tag.rsplit("}", 1)[-1] in {"v", "is", "f"} for child in cell)


def too_many_sheet_rows_message():
    return _(
        "The worksheet has more than %(limit)s rows. Keep only the list of products (delete the rows below it) "
        "and upload the file again."
    ) % {"limit": number_format(MAX_SHEET_ROWS, force_grouping=True)}


def too_many_cells_message():
    return _(
        "The workbook has more than %(limit)s cells, far more than a list of products needs. Keep only the list "
        "(delete the unused rows, columns and worksheets) and upload the file again."
    ) % {"limit": number_format(MAX_SHEET_CELLS, force_grouping=True)}


def value_too_far_down_message(row):
    return _(
        "The worksheet has a value in row %(row)s, far below the list of products (at most %(limit)s rows are "
        "read). Delete the rows below the list and upload the file again."
    ) % {"row": number_format(row, force_grouping=True), "limit": number_format(MAX_SHEET_ROWS, force_grouping=True)}


def too_many_merged_ranges_message():
    return _(
        "The worksheet has more than %(limit)s merged cell ranges. Unmerge the cells of the list and upload the "
        "file again."
    ) % {"limit": number_format(MAX_MERGED_RANGES, force_grouping=True)}
