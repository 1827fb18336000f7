"""The sample decision editors can download, as CSV and as an Excel workbook with the same rows.

The CSV is the source; the workbook is made from it with real Excel dates and
numbers, as an editor's own file would have them:

    .venv/bin/python -m catalogue.imports.sample
"""

import csv
import datetime
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent / "samples"
SAMPLE_CSV = SAMPLES / "decision-sample.csv"
SAMPLE_XLSX = SAMPLES / "decision-sample.xlsx"
NUMBER_HEADERS = {"STT", "Hạng sao", "Điểm"}
DATE_HEADERS = {"Ngày quyết định"}


def excel_value(header, text):
    if not text:
        return None
    if header in NUMBER_HEADERS:
        return int(text)
    if header in DATE_HEADERS:
        return datetime.datetime.strptime(text, "%d/%m/%Y").date()
    return text


def write_xlsx(csv_path=SAMPLE_CSV, xlsx_path=SAMPLE_XLSX):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    with open(csv_path, encoding="utf-8-sig", newline="") as source:
        header, *rows = list(csv.reader(source))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Quyết định"
    sheet.append(header)
    for row in rows:
        sheet.append([excel_value(name, text) for name, text in zip(header, row, strict=True)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD/MM/YYYY"
    for index, name in enumerate(header, start=1):
        width = max(len(name), *(len(row[index - 1]) for row in rows))
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, 60)
    sheet.freeze_panes = "A2"
    workbook.save(xlsx_path)


if __name__ == "__main__":
    write_xlsx()
