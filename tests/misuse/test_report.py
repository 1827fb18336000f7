"""Reporting a suspected fake: the public form, its protections, and what editors see.

A visitor (no account) reports from a product page or a verification page; the
report is stored with its photos in private storage, the editors are e-mailed
and see it on their dashboard and in the admin's listing; producers never see it.
"""

import io

import pytest
from django.core import mail
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage

from misuse.models import MisuseKind, MisuseReport, ReportStatus
from tests import factories
from tests.catalogue.test_map import translate
from tests.utils import soup_of

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


def report_url(language="vi"):
    with translation.override(language):
        return reverse("misuse_report")


def thanks_url(language="vi"):
    with translation.override(language):
        return reverse("misuse_thanks")


def jpeg(size=(640, 480), padding=0):
    out = io.BytesIO()
    PILImage.new("RGB", size, (140, 28, 19)).save(out, "JPEG")
    return out.getvalue() + bytes(padding)


def photo(name="anh.jpg", content=None):
    return SimpleUploadedFile(name, content if content is not None else jpeg(), content_type="image/jpeg")


def text_of(element):
    """An element's text, whitespace collapsed."""
    return " ".join(element.get_text(" ").split())


def private_files():
    try:
        return storages["private"].listdir("misuse")[1]
    except FileNotFoundError:
        return []


def filled(**changes):
    data = {
        "kind": MisuseKind.FAKE_COPY,
        "where_seen": "Sạp số 12, chợ Tân An, Long An",
        "description": "Chai rượu dán nhãn OCOP 4 sao, tem không quét được, giá rẻ hơn một nửa.",
        "contact": "0909 123 456",
        "homepage": "",
    }
    return data | changes


@pytest.fixture
def site(producers, products, editor):
    return products


@pytest.fixture
def rate(settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "misuse_report": "3/h"}


def test_a_product_page_links_to_the_report_form_for_that_product(client, site):
    response = client.get(site.a.url)
    link = soup_of(response).find("a", href=f"{report_url()}?product={site.a.pk}")
    assert link is not None and text_of(link) == "Báo nghi vấn hàng giả"


def test_the_form_names_the_product_and_carries_it(client, site):
    response = client.get(report_url(), {"product": site.a.pk})
    assert response.status_code == 200
    page = soup_of(response)
    assert page.find("h1").get_text(strip=True) == "Báo nghi vấn sản phẩm OCOP giả"
    assert site.a.title in text_of(page.select_one(".report__subject"))
    assert page.find("input", attrs={"name": "product"})["value"] == str(site.a.pk)
    assert page.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize("value", ["abc", "-1", "99999999999999", "0", "", "1 OR 1=1"])
def test_an_unknown_product_is_ignored(client, site, value):
    response = client.get(report_url(), {"product": value, "code": value})
    assert response.status_code == 200
    assert soup_of(response).select_one(".report__subject") is None


def test_a_report_is_stored_with_its_photos_and_the_visitor_thanked(client, site):
    response = client.post(
        report_url(), filled(product=site.a.pk, photo_1=photo("mat-truoc.jpg"), photo_2=photo("tem.JPG"))
    )
    assert response.status_code == 302
    assert response["Location"] == f"{thanks_url()}?product={site.a.pk}"
    report = MisuseReport.objects.get()
    assert report.kind == MisuseKind.FAKE_COPY
    assert report.product_id == site.a.pk
    assert report.status == ReportStatus.NEW
    assert report.contact == "0909 123 456"
    assert report.language == "vi"
    photos = list(report.photos.all())
    assert len(photos) == 2
    assert all(storages["private"].exists(p.file.name) for p in photos)
    # Random names: nothing of the uploaded file name or the report shows.
    assert not any("mat-truoc" in p.file.name or "tem" in p.file.name for p in photos)
    assert (photos[0].width, photos[0].height, photos[0].content_type) == (640, 480, "image/jpeg")

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Cảm ơn bạn đã phản ánh" in text_of(soup_of(thanks).find("h1"))
    assert soup_of(thanks).find("a", href=site.a.url) is not None


def test_a_report_from_a_verification_page_names_the_certificate(client, site):
    certification = site.a.current_certification
    verification = client.get(reverse("verify_certificate", args=[certification.verification_code]))
    href = f"{report_url()}?code={certification.verification_code}"
    assert soup_of(verification).find("a", href=href) is not None
    response = client.post(report_url(), filled(code=certification.verification_code.lower()))
    assert response.status_code == 302
    report = MisuseReport.objects.get()
    assert (report.certification_id, report.product_id) == (certification.pk, site.a.pk)


def test_the_editors_are_emailed_with_a_link_to_the_report(client, site, editor):
    factories.UserFactory(email="khach@example.vn")  # not an editor: not told
    client.post(report_url(), filled(product=site.a.pk, photo_1=photo()))
    report = MisuseReport.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [editor.email]
    assert message.subject == f"Phản ánh #{report.pk}: Bản sao giả của sản phẩm OCOP"
    assert f"http://testserver/admin/snippets/misuse/misusereport/edit/{report.pk}/" in message.body
    assert "Sạp số 12, chợ Tân An" in message.body
    assert "1 ảnh" in message.body


def test_missing_fields_are_refused_with_messages_and_nothing_is_stored(client, site):
    response = client.post(report_url(), filled(kind="", where_seen="  ", description=""))
    assert response.status_code == 400
    text = text_of(soup_of(response).select_one(".report-form"))
    assert "Hãy chọn điều bạn đã thấy." in text
    assert "Hãy cho biết bạn thấy sản phẩm ở đâu." in text
    assert "Hãy mô tả điều bạn đã thấy." in text
    assert MisuseReport.objects.count() == 0
    assert mail.outbox == []


def test_too_long_text_is_refused(client, site):
    response = client.post(report_url(), filled(description="x" * 4001, where_seen="y" * 301))
    assert response.status_code == 400
    assert MisuseReport.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("to-qua.jpg", jpeg(padding=11 * MB), "Tệp này quá lớn (11,0\xa0MB). Dung lượng tối đa 10,0\xa0MB."),
        ("ghi-chu.png", "Không phải ảnh".encode() * 50, "Hãy tải lên một hình ảnh hợp lệ."),
        (
            "trang.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Định dạng ảnh không được hỗ trợ.",
        ),
    ],
    ids=["11 MB", "not an image", "svg"],
)
def test_a_photo_too_large_or_not_an_image_is_refused_with_a_clear_message(client, site, name, content, message):
    files_before = private_files()
    response = client.post(report_url(), filled(photo_3=SimpleUploadedFile(name, content)))
    assert response.status_code == 400
    page = soup_of(response)
    errors = " ".join(text_of(error) for error in page.select(".form-field__error"))
    assert " ".join(message.split()) in errors
    assert page.find("input", attrs={"name": "photo_3"})["aria-invalid"] == "true"
    assert MisuseReport.objects.count() == 0
    assert private_files() == files_before


def test_the_honeypot_is_refused_silently(client, site):
    response = client.post(report_url(), filled(homepage="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"].startswith(thanks_url())
    assert MisuseReport.objects.count() == 0
    assert mail.outbox == []


def test_reports_are_rate_limited_per_client_with_a_429_page(client, site, rate):
    for _ in range(3):
        assert client.post(report_url(), filled()).status_code == 302
    response = client.post(report_url(), filled())
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Bạn đã gửi quá nhiều yêu cầu" in text_of(soup_of(response))
    assert MisuseReport.objects.count() == 3
    # Another connection may still report.
    other = client.post(report_url(), filled(), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


def test_reading_the_form_is_not_rate_limited(client, site, rate):
    for _ in range(6):
        assert client.get(report_url()).status_code == 200


def test_a_post_without_the_csrf_token_is_refused(site):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(report_url(), filled())
    assert response.status_code == 403
    assert MisuseReport.objects.count() == 0


def test_the_form_in_english(client, site):
    english = translate(site.a.get_parent().get_parent().get_parent(), title="Home", slug="home")  # noqa: F841
    response = client.get(report_url("en"), {"product": site.a.pk})
    assert response.status_code == 200
    page = soup_of(response)
    assert page.find("html")["lang"] == "en"
    assert page.find("h1").get_text(strip=True) == "Report a suspected fake OCOP product"
    labels = text_of(page.select_one(".report-form"))
    assert "Sold as OCOP without a certificate" in labels
    assert "Where did you see it?" in labels
    assert report_url("en") == "/en/report/"
    assert report_url("vi") == "/vi/phan-anh/"

    response = client.post(report_url("en"), filled(kind="", photo_1=photo("big.jpg", jpeg(padding=11 * MB))))
    errors = text_of(soup_of(response).select_one(".report-form"))
    assert "Choose what you saw." in errors
    assert "This file is too big (11.0 MB). Maximum filesize 10.0 MB." in errors

    response = client.post(report_url("en"), filled())
    assert response["Location"] == thanks_url("en") == "/en/report/thanks/"
    assert client.get(response["Location"]).status_code == 200
    assert MisuseReport.objects.get().language == "en"


def test_the_reporters_contact_is_never_shown_publicly(client, site):
    client.post(report_url(), filled(product=site.a.pk, contact="bimat@example.vn"))
    for url in (site.a.url, f"{thanks_url()}?product={site.a.pk}", f"{report_url()}?product={site.a.pk}"):
        assert "bimat@example.vn" not in client.get(url).content.decode()


# The admin ----------------------------------------------------------------------


def make_report(product=None, status=ReportStatus.NEW, **fields):
    return MisuseReport.objects.create(
        kind=fields.pop("kind", MisuseKind.NO_CERTIFICATE),
        where_seen=fields.pop("where_seen", "Trạm dừng chân km 45, quốc lộ 62"),
        description=fields.pop("description", "Bán mật ong ghi OCOP 5 sao, không có tem."),
        contact=fields.pop("contact", "0912 000 111"),
        product=product,
        status=status,
        **fields,
    )


def test_editors_see_reports_with_their_status_on_the_dashboard_and_in_the_listing(editor_client, site):
    make_report(site.a, where_seen="Chợ Bến Lức")
    make_report(status=ReportStatus.UNFOUNDED, where_seen="shopee.vn/mat-ong-gia")

    dashboard = soup_of(editor_client.get("/admin/"))
    panel = dashboard.select_one("#ocop-misuse-reports-section")
    assert panel is not None
    assert "Chợ Bến Lức" in text_of(panel)
    assert "shopee.vn/mat-ong-gia" not in text_of(panel)  # dealt with

    listing = editor_client.get(reverse("wagtailsnippets_misuse_misusereport:list"))
    assert listing.status_code == 200
    text = text_of(soup_of(listing))
    assert "Chợ Bến Lức" in text and "shopee.vn/mat-ong-gia" in text
    assert "Mới" in text and "Không có cơ sở" in text

    filtered = editor_client.get(reverse("wagtailsnippets_misuse_misusereport:list"), {"status": "unfounded"})
    text = text_of(soup_of(filtered).select_one("table"))
    assert "shopee.vn/mat-ong-gia" in text and "Chợ Bến Lức" not in text


def test_an_editor_records_the_status_and_a_note(editor_client, site):
    report = make_report(site.a)
    edit_url = reverse("wagtailsnippets_misuse_misusereport:edit", args=[report.pk])
    page = editor_client.get(edit_url)
    assert page.status_code == 200
    assert "0912 000 111" in page.content.decode()  # editors see the contact
    response = editor_client.post(edit_url, {"status": "checking", "editor_note": "Đã gọi cho chủ sạp."})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.editor_note) == (ReportStatus.CHECKING, "Đã gọi cho chủ sạp.")
    # The visitor's words cannot be changed from the form.
    assert report.where_seen == "Trạm dừng chân km 45, quốc lộ 62"


def test_nobody_adds_a_report_in_the_admin(editor_client, site):
    assert editor_client.get(reverse("wagtailsnippets_misuse_misusereport:add")).status_code in (302, 403)


def test_editors_open_the_photos_which_have_no_public_address(client, editor_client, site):
    client.post(report_url(), filled(photo_1=photo()))
    stored = MisuseReport.objects.get().photos.get()
    photo_url = reverse("misuse_report_photo", args=[stored.pk])
    response = editor_client.get(photo_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"
    assert client.get(photo_url).status_code in (302, 403)  # a visitor is sent to sign in
    assert "private" in response["Cache-Control"]
    with pytest.raises(ValueError):
        _url = stored.file.url  # no public URL at all


def test_producers_do_not_see_reports(producer_client, site):
    report = make_report(site.a, where_seen="Cửa hàng tiện lợi số 3")
    dashboard = producer_client.get("/admin/")
    assert "Cửa hàng tiện lợi số 3" not in dashboard.content.decode()
    assert soup_of(dashboard).select_one("#ocop-misuse-reports-section") is None
    for url in (
        reverse("wagtailsnippets_misuse_misusereport:list"),
        reverse("wagtailsnippets_misuse_misusereport:edit", args=[report.pk]),
        reverse("wagtailsnippets_misuse_misusereport:inspect", args=[report.pk]),
    ):
        response = producer_client.get(url)
        assert response.status_code in (302, 403), url
        assert "Cửa hàng tiện lợi số 3" not in response.content.decode()
    menu = dashboard.content.decode()
    assert reverse("wagtailsnippets_misuse_misusereport:list") not in menu
