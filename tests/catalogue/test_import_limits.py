"""Small workbooks built to hold a server process for minutes are refused, or read quickly, never walked to the end.

Each file here is a few kilobytes to a few hundred, made in code: a cell at the
sheet's last row, a sheet without a <dimension> holding hundreds of thousands
of cells or rows, thousands of merged ranges reaching down to row 1,048,576.
"""

import io
import time
import zipfile

from django.utils import translation

from catalogue.imports import reader
from catalogue.imports.writer import import_decision
from tests.catalogue import test_import as importing
from tests.catalogue.test_import import HEADER, row, snapshot, xlsx_bytes

existing_producers = importing.existing_producers
long_an = importing.long_an

LAST_EXCEL_ROW = 1_048_576
# Far more than any of these files needs once it is bounded, far less than it took unbounded (26 to 104 s).
SECONDS = 8


def replace_sheet(workbook_bytes, sheet_xml):
    """The workbook with its first worksheet's XML replaced (the <dimension> goes with it)."""
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode("utf-8")
            archive.writestr(member.filename, data)
    return output.getvalue()


def sheet_xml(rows_xml, merges_xml=""):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows_xml}</sheetData>{merges_xml}</worksheet>"
    )


def inline_row(number, values):
    cells = "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)
    return f'<row r="{number}">{cells}</row>'


def good_rows_xml():
    return inline_row(1, HEADER) + inline_row(2, row())


def read_in_english(name, data):
    started = time.monotonic()
    with translation.override("en"):
        plan = import_decision(name, data)
    return plan, time.monotonic() - started


def test_a_cell_in_the_sheets_last_row_is_refused_at_once(existing_producers):
    def far_cell(sheet):
        sheet.cell(row=LAST_EXCEL_ROW, column=1, value="x")

    data = xlsx_bytes([row()], prepare=far_cell)
    assert len(data) < 10_000
    before = snapshot()

    plan, seconds = read_in_english("far.xlsx", data)

    assert plan.file_errors == [
        "The worksheet has a value in row 1,048,576, far below the list of products (at most 5,000 rows are read). "
        "Delete the rows below the list and upload the file again."
    ]
    assert seconds < SECONDS
    assert snapshot() == before


def test_a_sheet_without_dimension_holding_a_hundred_thousand_cells_is_refused_at_once(existing_producers):
    filler = "".join(f'<row r="{number}">' + '<c t="n"><v>1</v></c>' * 20 + "</row>" for number in range(3, 5003))
    data = replace_sheet(xlsx_bytes([row()]), sheet_xml(good_rows_xml() + filler))
    assert len(data) < reader.MAX_FILE_SIZE
    assert "<dimension" not in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()

    plan, seconds = read_in_english("cells.xlsx", data)

    assert plan.file_errors == [
        "The workbook has more than 50,000 cells, far more than a list of products needs. Keep only the list "
        "(delete the unused rows, columns and worksheets) and upload the file again."
    ]
    assert seconds < SECONDS


def test_a_sheet_of_a_million_empty_rows_is_refused_at_once(existing_producers):
    filler = "".join(f'<row r="{number}"/>' for number in range(3, 300_000))
    data = replace_sheet(xlsx_bytes([row()]), sheet_xml(good_rows_xml() + filler))
    assert len(data) < reader.MAX_FILE_SIZE

    plan, seconds = read_in_english("rows.xlsx", data)

    assert plan.file_errors == [
        "The worksheet has more than 5,000 rows. Keep only the list of products (delete the rows below it) "
        "and upload the file again."
    ]
    assert seconds < SECONDS


def test_two_thousand_merged_ranges_down_to_the_last_row_are_read_quickly(existing_producers):
    merges = "".join(
        f'<mergeCell ref="{column}{number}:{column}{LAST_EXCEL_ROW}"/>' for column in "NOPQ" for number in range(3, 503)
    )
    merges_xml = f'<mergeCells count="2000">{merges}</mergeCells>'
    data = replace_sheet(xlsx_bytes([row()]), sheet_xml(good_rows_xml(), merges_xml))

    plan, seconds = read_in_english("merged.xlsx", data)

    assert plan.file_errors == []
    assert plan.error_lines() == []
    assert seconds < SECONDS


def test_more_merged_ranges_than_any_list_needs_are_refused(existing_producers):
    merges = "".join(f'<mergeCell ref="N{number}:O{number}"/>' for number in range(3, 5010))
    data = replace_sheet(xlsx_bytes([row()]), sheet_xml(good_rows_xml(), f"<mergeCells>{merges}</mergeCells>"))

    plan, _seconds = read_in_english("merged.xlsx", data)

    assert plan.file_errors == [
        "The worksheet has more than 5,000 merged cell ranges. Unmerge the cells of the list and upload the file again."
    ]


def test_a_workbook_that_takes_too_long_is_given_up_with_a_clear_message(existing_producers, monkeypatch):
    monkeypatch.setattr(reader, "MAX_READ_SECONDS", -1)

    plan, _seconds = read_in_english("slow.xlsx", xlsx_bytes([row()]))

    assert plan.file_errors == [
        "The workbook takes too long to read. Save only the list of products in a new workbook, "
        "or save it as “CSV UTF-8”, and upload it again."
    ]


def test_the_refusal_speaks_vietnamese_too(existing_producers):
    def far_cell(sheet):
        sheet.cell(row=LAST_EXCEL_ROW, column=1, value="x")

    with translation.override("vi"):
        plan = import_decision("far.xlsx", xlsx_bytes([row()], prepare=far_cell))

    (message,) = plan.file_errors
    assert "1.048.576" in message
    assert "dòng" in message


def test_a_normal_workbook_with_blank_rows_and_merged_cells_still_imports(existing_producers):
    def merge(sheet):
        sheet.merge_cells("A2:A4")

    rows = [row(product="Chả lụa Vàm Cỏ"), [None] * len(HEADER), row(product="Lạp xưởng Cần Đước")]
    rows[2][0] = None  # the decision number comes from the merged cell above

    plan, _seconds = read_in_english("good.xlsx", xlsx_bytes(rows, prepare=merge))

    assert plan.error_lines() == []
    assert len(plan.rows) == 2
