"""The admin's "Import a decision": upload, preview, confirm; for editors only, in Vietnamese and English."""

import io
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from catalogue.imports.reader import MAX_FILE_SIZE
from catalogue.imports.sample import SAMPLE_CSV, SAMPLE_XLSX
from catalogue.models import Certification, CertificationDecision, ProducerPage, Province
from tests import factories
from tests.accounts import conftest as accounts
from tests.catalogue import test_import as importing
from tests.catalogue.test_import import BAD_ROW_REASONS_EN, BAD_ROW_REASONS_VI, bad_rows, csv_bytes, row, snapshot
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db

# Fixtures shared with the accounts tests (an editor, producer A's invited user, their
# logged-in clients) and the import tests (the historic province the sample uses).
editor = accounts.editor
editor_client = accounts.editor_client
producers = accounts.producers
products = accounts.products
producer_user = accounts.producer_user
producer_client = accounts.producer_client
long_an = importing.long_an

UPLOAD_URL = "/admin/import-decision/"
TEXTS = {
    "en": {
        "title": "Import a decision",
        "summary": "Certificates: 12 created, 0 updated, 0 unchanged.",
        "drafts": "New drafts: 9 producer pages, 12 product pages.",
        "imported": "Decision 3105/QĐ-UBND has been imported.",
        "refused": "Nothing has been imported: the file has 13 problems.",
        "changed": "The register has changed since the preview: nothing has been imported.",
    },
    "vi": {
        "title": "Nhập quyết định",
        "summary": "Chứng nhận: 12 thêm mới, 0 cập nhật, 0 không đổi.",
        "drafts": "Bản nháp mới: 9 trang chủ thể, 12 trang sản phẩm.",
        "imported": "Đã nhập quyết định 3105/QĐ-UBND.",
        "refused": "Chưa nhập gì cả: tệp có 13 lỗi.",
        "changed": "Sổ đăng ký đã thay đổi kể từ lúc xem trước: chưa nhập gì cả.",
    },
}


@pytest.fixture
def register_ready(frozen_today, producer_index, long_an):
    """A site with its producer index and the historic province the sample uses."""
    return producer_index


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def upload(client, name, data):
    file = io.BytesIO(data)
    file.name = name
    return client.post(UPLOAD_URL, {"file": file})


def token_of(response):
    return re.fullmatch(r"/admin/import-decision/([\w-]+)/", response["Location"]).group(1)


def confirm_url(token):
    return reverse("catalogue_import_decision_confirm", args=[token])


# The flow ------------------------------------------------------------------------------


def test_editor_finds_import_a_decision_in_the_ocop_register_menu(register_ready, editor_client):
    response = editor_client.get("/admin/")

    assert UPLOAD_URL in response.content.decode()


@pytest.mark.parametrize("language", ["en", "vi"])
def test_editor_uploads_previews_and_confirms_the_sample(register_ready, editor, editor_client, language):
    speak(editor, language)
    texts = TEXTS[language]

    form = editor_client.get(UPLOAD_URL)
    assert form.status_code == 200
    assert soup_of(form).h1.get_text(strip=True) == texts["title"]

    uploaded = upload(editor_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes())
    assert uploaded.status_code == 302
    token = token_of(uploaded)

    preview = editor_client.get(uploaded["Location"])
    text = visible_text(preview)
    assert texts["summary"] in text
    assert texts["drafts"] in text
    assert "Mãng cầu ta Bà Đen HTX Nông nghiệp Mãng cầu Bà Đen 4★ 74" in text
    assert CertificationDecision.objects.count() == 0
    assert soup_of(preview).find("form", action=confirm_url(token)) is not None

    confirmed = editor_client.post(confirm_url(token))
    decision = CertificationDecision.objects.get(number="3105/QĐ-UBND")
    assert confirmed.status_code == 302
    assert confirmed["Location"] == reverse("wagtailsnippets_catalogue_certificationdecision:edit", args=[decision.pk])
    assert decision.certifications.count() == 12
    assert texts["imported"] in visible_text(editor_client.get(confirmed["Location"]))


def expect_icon_beside_its_label(button, label):
    """Wagtail's icon button: the icon in its own sized wrapper, the label beside it, not under it."""
    assert {"button", "button--icon"} <= set(button["class"])
    wrapper = button.select_one("span.icon-wrapper")
    assert wrapper is not None and wrapper.select_one("svg.icon") is not None
    wrapper.extract()
    assert button.get_text(strip=True) == label


def test_the_import_buttons_are_readable_in_vietnamese(register_ready, editor, editor_client):
    speak(editor, "vi")

    form = soup_of(editor_client.get(UPLOAD_URL))
    expect_icon_beside_its_label(form.select_one("form button[type=submit]"), "Xem trước")

    preview = soup_of(editor_client.get(upload(editor_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes())["Location"]))
    expect_icon_beside_its_label(preview.select_one("form.w-mt-8 button[type=submit]"), "Nhập quyết định này")


def test_an_xlsx_upload_is_previewed_like_the_csv(register_ready, editor, editor_client):
    speak(editor, "en")

    preview = editor_client.get(upload(editor_client, SAMPLE_XLSX.name, SAMPLE_XLSX.read_bytes())["Location"])

    assert TEXTS["en"]["summary"] in visible_text(preview)


def test_importing_again_from_the_admin_reports_everything_unchanged(register_ready, editor, editor_client):
    speak(editor, "en")
    first = token_of(upload(editor_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes()))
    editor_client.post(confirm_url(first))
    before = snapshot()

    uploaded = upload(editor_client, SAMPLE_XLSX.name, SAMPLE_XLSX.read_bytes())
    preview = visible_text(editor_client.get(uploaded["Location"]))
    confirmed = editor_client.post(confirm_url(token_of(uploaded)), follow=True)

    assert "Importing this file changes nothing" in preview
    assert "Certificates: 0 created, 0 updated, 12 unchanged." in visible_text(confirmed)
    assert snapshot() == before


@pytest.mark.parametrize(("language", "reasons"), [("en", BAD_ROW_REASONS_EN), ("vi", BAD_ROW_REASONS_VI)])
def test_preview_of_a_bad_file_lists_every_row_and_reason_and_offers_no_import(
    register_ready, editor, editor_client, language, reasons
):
    speak(editor, language)
    before = snapshot()

    uploaded = upload(editor_client, "bad.csv", csv_bytes(bad_rows()))
    preview = editor_client.get(uploaded["Location"])

    assert TEXTS[language]["refused"] in visible_text(preview)
    problems = {}
    for line in soup_of(preview).select("#import-problems tbody tr"):
        number, reasons_cell = line.find_all("td")
        problems[int(number.get_text(strip=True))] = " ".join(reasons_cell.get_text(" ").split())
    assert sorted(problems) == sorted(reasons)
    for number, expected in reasons.items():
        for reason in expected:
            assert reason in problems[number]
    assert soup_of(preview).find("form", action=confirm_url(token_of(uploaded))) is None
    assert snapshot() == before


def test_a_file_that_is_not_a_spreadsheet_is_refused_on_the_preview(register_ready, editor, editor_client):
    speak(editor, "en")

    preview = editor_client.get(upload(editor_client, "decision.xlsx", b"\x00\x01 not a workbook")["Location"])

    assert "The file is named .xlsx but is not an Excel workbook." in visible_text(preview)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(register_ready, editor, editor_client):
    speak(editor, "en")

    response = upload(editor_client, "decision.csv", b"x" * (MAX_FILE_SIZE + 1))

    assert response.status_code == 200
    assert "The file is larger than 2.0 MB." in visible_text(response)
    assert "catalogue_decision_import" not in editor_client.session


def test_the_preview_takes_the_same_queries_for_12_or_120_rows(register_ready, editor, editor_client):
    speak(editor, "en")

    def queries(count):
        rows = [row(product=f"Sản phẩm thử {n}") for n in range(count)]
        location = upload(editor_client, "decision.csv", csv_bytes(rows))["Location"]
        with CaptureQueriesContext(connection) as captured:
            response = editor_client.get(location)
        assert f"Certificates: {count} created" in visible_text(response)
        return len(captured)

    assert queries(120) == queries(12)


# Confirming checks the stored file again ---------------------------------------------------


def test_confirm_checks_the_register_again_and_writes_nothing_if_it_changed(register_ready, editor, editor_client):
    speak(editor, "en")
    token = token_of(upload(editor_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes()))
    # Between the preview and the confirmation, someone removes the historic province the file uses.
    Province.objects.filter(slug="long-an").delete()
    before = snapshot()

    response = editor_client.post(confirm_url(token))

    text = visible_text(response)
    assert response.status_code == 200
    assert TEXTS["en"]["changed"] in text
    assert "The province “Long An” is not in the list of provinces" in text
    assert snapshot() == before


def test_confirm_with_an_unknown_token_imports_nothing(register_ready, editor, editor_client):
    speak(editor, "en")
    upload(editor_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes())

    response = editor_client.post(confirm_url("not-the-token"), follow=True)

    assert "That upload is no longer available" in visible_text(response)
    assert editor_client.post(confirm_url("số-quyết-định")).status_code == 302
    assert editor_client.get(f"{UPLOAD_URL}số-quyết-định/").status_code == 302
    assert CertificationDecision.objects.count() == 0


def test_confirm_needs_a_post_with_a_csrf_token(register_ready, editor, editor_client):
    token = token_of(upload(editor_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes()))
    strict = Client(enforce_csrf_checks=True)
    strict.cookies = editor_client.cookies

    assert editor_client.get(confirm_url(token)).status_code == 405
    assert strict.post(confirm_url(token)).status_code == 403
    assert CertificationDecision.objects.count() == 0


def test_an_upload_is_imported_once(register_ready, editor_client):
    token = token_of(upload(editor_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes()))
    editor_client.post(confirm_url(token))
    certificates = Certification.objects.count()

    again = editor_client.post(confirm_url(token))

    assert again.status_code == 302 and again["Location"] == UPLOAD_URL
    assert Certification.objects.count() == certificates


# Who may import ----------------------------------------------------------------------


def test_producer_is_refused_every_step_of_the_import(register_ready, producer_client, editor_client):
    token = token_of(upload(editor_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes()))
    before = snapshot()

    assert producer_client.get(UPLOAD_URL).status_code == 403
    assert upload(producer_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes()).status_code == 403
    assert producer_client.get(f"{UPLOAD_URL}{token}/").status_code == 403
    assert producer_client.post(confirm_url(token)).status_code == 403
    assert producer_client.get(f"{UPLOAD_URL}sample/decision-sample.csv").status_code == 403
    assert snapshot() == before
    assert not ProducerPage.objects.filter(title="HTX Nông nghiệp Mãng cầu Bà Đen").exists()


def test_producer_does_not_see_the_import_in_the_menu(register_ready, producer_client):
    response = producer_client.get("/admin/")

    assert response.status_code == 200
    assert UPLOAD_URL not in response.content.decode()


def test_visitor_is_sent_to_the_login_page(register_ready, client):
    response = client.get(UPLOAD_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_user_without_the_register_permissions_is_refused(register_ready):
    from django.contrib.auth.models import Permission

    user = factories.UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)

    assert client.get(UPLOAD_URL).status_code == 403


# The sample files ------------------------------------------------------------------------


def test_editor_downloads_the_sample_files(register_ready, editor_client):
    csv_file = editor_client.get(f"{UPLOAD_URL}sample/decision-sample.csv")
    xlsx_file = editor_client.get(f"{UPLOAD_URL}sample/decision-sample.xlsx")

    assert b"".join(csv_file.streaming_content) == SAMPLE_CSV.read_bytes()
    assert "attachment" in csv_file["Content-Disposition"]
    assert b"".join(xlsx_file.streaming_content) == SAMPLE_XLSX.read_bytes()
    assert editor_client.get(f"{UPLOAD_URL}sample/decision-sample.pdf").status_code == 404
