"""Part scores A (production and community, 40), B (marketing and story, 25), C (quality, 35).

Optional; where recorded, all three, each within its maximum, adding up to the
score. The editor's forms and the spreadsheet import refuse anything else with
a clear message; the product page, the verification record, the open data and
the API show them beside the total.
"""

import csv
import datetime
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from catalogue.imports.validation import plan_import
from catalogue.imports.writer import import_decision
from catalogue.models import Certification, CertificationDecision
from tests import factories
from tests.utils import soup_of, visible_text

from . import test_import
from .test_import import HEADER, csv_bytes, row, snapshot

# The import tests' register (their producers, and Long An merged into Tây Ninh), as fixtures here too.
existing_producers = test_import.existing_producers
long_an = test_import.long_an

pytestmark = pytest.mark.django_db


@pytest.fixture
def certified(frozen_today, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX rượu Gò Đen")
    product = factories.ProductPageFactory(
        parent=producer,
        title="Rượu đế Gò Đen",
        certification__stars=4,
        certification__score=82,
        certification__score_a=34,
        certification__score_b=20,
        certification__score_c=28,
        certification__decision__issued_on=datetime.date(2025, 1, 15),
    )
    return Certification.objects.get(product=product)


# The model, as the admin's forms call it -----------------------------------------


@pytest.mark.parametrize(
    ("parts", "field", "message"),
    [
        ((30, 20, 28), "score", "The part scores add up to 78 (A 30 + B 20 + C 28), not to the score 82."),
        ((34, 20, None), "score_c", "Give all three part scores, or none."),
        ((45, 10, 27), "score_a", "Ensure this value is less than or equal to 40."),
        ((34, 26, 22), "score_b", "Ensure this value is less than or equal to 25."),
    ],
)
def test_full_clean_refuses_part_scores_that_do_not_fit(certified, parts, field, message):
    certified.score_a, certified.score_b, certified.score_c = parts
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            certified.full_clean()
        assert message in [str(text) for text in refused.value.message_dict[field]]


def test_no_part_scores_or_three_that_add_up_are_accepted(certified):
    certified.full_clean()
    certified.score_a = certified.score_b = certified.score_c = None
    certified.full_clean()


def test_the_database_refuses_part_scores_that_do_not_add_up(certified):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certification.objects.filter(pk=certified.pk).update(score_a=10)


def admin_form(certified, **changes):
    fields = {
        "product": certified.product_id,
        "stars": 4,
        "score": 82,
        "score_a": 34,
        "score_b": 20,
        "score_c": 28,
        "revoked_on": "",
        "revocation_reason": "",
        "revocation_reason_en": "",
    }
    return fields | changes


def test_the_certificate_editor_refuses_a_mismatch_with_a_clear_message(admin_client, certified):
    url = reverse("wagtailsnippets_catalogue_certification:edit", args=[certified.pk])

    response = admin_client.post(url, admin_form(certified, score_c=30))

    assert response.status_code == 200
    assert "Tổng các phần điểm là 84 (A 34 + B 20 + C 30), không bằng tổng điểm 82." in visible_text(response)
    certified.refresh_from_db()
    assert certified.score_c == 28


def test_the_certificate_editor_saves_part_scores_that_add_up(admin_client, certified):
    url = reverse("wagtailsnippets_catalogue_certification:edit", args=[certified.pk])

    response = admin_client.post(url, admin_form(certified, score=80, score_c=26))

    assert response.status_code == 302
    certified.refresh_from_db()
    assert (certified.score, certified.score_a, certified.score_b, certified.score_c) == (80, 34, 20, 26)


def test_the_decision_editor_refuses_a_certificate_whose_parts_do_not_add_up(admin_client, certified):
    form = nested_form_data(
        {
            "number": "1397/QĐ-UBND",
            "issued_on": "2025-05-20",
            "issuer": "UBND tỉnh Sóc Trăng",
            "issuer_en": "",
            "kind": "new",
            "summary": "",
            "document": "",
            "certifications": inline_formset(
                [
                    {
                        "product": certified.product_id,
                        "stars": 3,
                        "score": 60,
                        "score_a": 25,
                        "score_b": 15,
                        "score_c": "",
                        "revoked_on": "",
                        "revocation_reason": "",
                        "revocation_reason_en": "",
                    }
                ]
            ),
        }
    )

    response = admin_client.post(reverse("wagtailsnippets_catalogue_certificationdecision:add"), form)

    assert response.status_code == 200
    assert "Nhập đủ cả ba phần điểm, hoặc để trống cả ba." in visible_text(response)
    assert not CertificationDecision.objects.filter(number="1397/QĐ-UBND").exists()


# The spreadsheet import ---------------------------------------------------------

PART_HEADER = [*HEADER, "Điểm A", "Điểm B", "Điểm C"]


def part_row(product, score, parts):
    return [*row(product=product, score=score), *parts]


def test_an_import_with_part_scores_records_them(existing_producers):
    data = csv_bytes([part_row("Chả lụa Vàm Cỏ", "65", ["30", "15", "20"])], header=PART_HEADER)

    plan = import_decision("parts.csv", data)

    assert plan.error_lines() == []
    certificate = Certification.objects.get(decision__number="3105/QĐ-UBND")
    assert (certificate.score, certificate.score_a, certificate.score_b, certificate.score_c) == (65, 30, 15, 20)


def test_english_headers_name_the_part_columns_too(existing_producers):
    header = [*HEADER, "score_a", "Score B", "part c"]
    plan = import_decision("parts.csv", csv_bytes([part_row("Chả lụa Vàm Cỏ", "65", ["30", "15", "20"])], header))

    assert plan.error_lines() == []
    assert Certification.objects.get(decision__number="3105/QĐ-UBND").score_c == 20


@pytest.mark.parametrize(
    ("parts", "vietnamese", "english"),
    [
        (
            ["30", "15", "10"],
            "Tổng các phần điểm là 55 (A 30 + B 15 + C 10), không bằng tổng điểm 65.",
            "The part scores add up to 55 (A 30 + B 15 + C 10), not to the score 65.",
        ),
        (
            ["30", "15", ""],
            "Nhập đủ ba phần điểm A, B và C cùng lúc, hoặc không nhập phần nào: dòng này có A, B.",
            "Give the three part scores A, B and C together, or none of them: this row gives A, B.",
        ),
        (
            ["45", "10", "10"],
            "Phần điểm A là 45, nhưng phần A tối đa 40 điểm.",
            "The part score A is 45, but part A counts at most 40 points.",
        ),
        (
            ["30", "mười", "20"],
            "Phần điểm B “mười” không phải là số điểm nguyên.",
            "The part score B “mười” is not a whole number of points.",
        ),
    ],
)
def test_a_row_whose_parts_do_not_fit_is_reported_by_row_number_and_nothing_is_written(
    existing_producers, parts, vietnamese, english
):
    rows = [
        part_row("Chả lụa Vàm Cỏ", "65", ["30", "15", "20"]),
        part_row("Bánh tráng phơi sương", "65", parts),
    ]
    before = snapshot()

    for language, message in (("vi", vietnamese), ("en", english)):
        with translation.override(language):
            plan = plan_import("parts.csv", csv_bytes(rows, header=PART_HEADER))
            problems = {line.number: " ".join(line.messages) for line in plan.row_errors}
        assert list(problems) == [3]
        assert message in problems[3]

    refused = import_decision("parts.csv", csv_bytes(rows, header=PART_HEADER))
    assert refused.row_errors
    assert snapshot() == before


def test_a_file_without_part_columns_keeps_the_parts_recorded(existing_producers):
    import_decision("parts.csv", csv_bytes([part_row("Chả lụa Vàm Cỏ", "65", ["30", "15", "20"])], header=PART_HEADER))

    plan = import_decision("again.csv", csv_bytes([row(product="Chả lụa Vàm Cỏ", score="65")]))

    assert plan.error_lines() == []
    certificate = Certification.objects.get(decision__number="3105/QĐ-UBND")
    assert (certificate.score_a, certificate.score_b, certificate.score_c) == (30, 15, 20)


# What visitors and reusers see --------------------------------------------------


PARTS_SHOWN = {
    "vi": [
        "A: sản xuất và cộng đồng: 34 / 40",
        "B: tiếp thị và câu chuyện sản phẩm: 20 / 25",
        "C: chất lượng: 28 / 35",
    ],
    "en": ["A: production and community: 34 / 40", "B: marketing and story: 20 / 25", "C: quality: 28 / 35"],
}


def parts_shown(response):
    assert response.status_code == 200
    return [" ".join(item.get_text(" ").split()) for item in soup_of(response).select(".part-scores li")]


def test_the_product_page_shows_the_parts_beside_the_total(client, certified):
    response = client.get(certified.product.url)

    assert "82 / 100" in visible_text(response)
    assert parts_shown(response) == PARTS_SHOWN["vi"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_verification_record_shows_the_parts_beside_the_total(client, certified, language):
    with translation.override(language):
        url = reverse("verify_certificate", kwargs={"code": certified.verification_code})

    assert parts_shown(client.get(url)) == PARTS_SHOWN[language]


def test_a_certificate_without_parts_shows_only_the_total(client, certified):
    Certification.objects.filter(pk=certified.pk).update(score_a=None, score_b=None, score_c=None)

    response = client.get(certified.product.url)

    assert "82 / 100" in visible_text(response)
    assert not soup_of(response).select(".part-scores")


def test_open_data_and_api_give_the_parts(client, certified):
    rows = list(csv.DictReader(io.StringIO(client.get("/open-data/certifications.csv").content.decode("utf-8-sig"))))
    assert (rows[0]["score"], rows[0]["score_a"], rows[0]["score_b"], rows[0]["score_c"]) == ("82", "34", "20", "28")

    document = json.loads(client.get("/open-data/certifications.json").content)
    first = document["certifications"][0]
    assert (first["score_a"], first["score_b"], first["score_c"]) == (34, 20, 28)

    api = json.loads(client.get(f"/api/v2/pages/{certified.product_id}/").content)
    assert {key: api["current_certification"][key] for key in ("score", "score_a", "score_b", "score_c")} == {
        "score": 82,
        "score_a": 34,
        "score_b": 20,
        "score_c": 28,
    }
