"""Every spreadsheet the site writes shows a formula-looking value as text (CSV injection)."""

import csv
import io

import openpyxl
import pytest
from django.utils import timezone

from showcase.spreadsheets import spreadsheet_safe
from tests import factories


@pytest.mark.parametrize(
    "value",
    [
        "=1+1",
        "+1",
        "-1",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        " =1+1",
        "  \t -1",
        "\u00a0=1+1",
        "\u3000=1+1",
        "\uff1d1+1",
        "\uff0b1",
        "\uff0d1",
        "\uff20SUM(A1)",
    ],
)
def test_a_value_a_spreadsheet_would_calculate_gets_an_apostrophe(value):
    assert spreadsheet_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["Rượu đế Gò Đen", "3105/QĐ-UBND", "UBND tỉnh Tây Ninh", "", "a=b", "5★", "'quoted"])
def test_ordinary_text_is_left_alone(value):
    assert spreadsheet_safe(value) == value


@pytest.mark.parametrize("value", [-5, 4, 2.5, None])
def test_numbers_and_empty_cells_are_not_text(value):
    assert spreadsheet_safe(value) == value


# The admin's own exports -------------------------------------------------------------

TITLE = '=HYPERLINK("http://attacker.example/","Bấm vào")'


@pytest.fixture
def formula_titled_page(producer_index, admin_user):
    # A producer can give its own page any title; an editor then exports the locked pages report.
    page = factories.ProducerPageFactory(parent=producer_index, title=TITLE)
    page.locked, page.locked_by, page.locked_at = True, admin_user, timezone.now()
    page.save()
    return page


def test_admin_report_csv_export_writes_a_page_title_as_text(admin_client, formula_titled_page):
    response = admin_client.get("/admin/reports/locked/?export=csv")

    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8")
    titles = [row[0] for row in csv.reader(io.StringIO(content))]
    assert "'" + TITLE in titles
    assert TITLE not in titles


def test_admin_report_xlsx_export_writes_a_page_title_as_text_not_a_formula(admin_client, formula_titled_page):
    response = admin_client.get("/admin/reports/locked/?export=xlsx")

    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = [row[0] for row in workbook.active.iter_rows()]
    title_cell = next(cell for cell in cells if "HYPERLINK" in str(cell.value))
    assert title_cell.data_type == "s"
    assert title_cell.value == "'" + TITLE
