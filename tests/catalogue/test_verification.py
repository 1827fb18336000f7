"""A certificate's public record: where a traceability stamp's QR code leads.

Today is frozen at 15 September 2025 (the frozen_today fixture). The four
certificates below cover every status a visitor can find at the end of a QR
code; each is checked in Vietnamese and in English.
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from catalogue.models import Certification, CertificationDecision
from catalogue.models.certification import VERIFICATION_CODE_ALPHABET, VERIFICATION_CODE_LENGTH
from tests import factories
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db

UNKNOWN_CODE = "7KQM4RTAX2HC9WNP"


def record_url(certification, language="vi"):
    with translation.override(language):
        return reverse("verify_certificate", kwargs={"code": certification.verification_code})


def stamp_url(certification, language="vi"):
    with translation.override(language):
        return reverse("print_stamp", kwargs={"code": certification.verification_code})


def certify(product, issued_on, **fields):
    decision = factories.CertificationDecisionFactory(issued_on=issued_on, issuer="UBND tỉnh Long An")
    return factories.CertificationFactory(product=product, decision=decision, **fields)


def translate(page):
    """The English copy of `page`, published (its parent must be translated already)."""
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = page.copy_for_translation(english)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


@pytest.fixture
def go_den(frozen_today, producer_index):
    return factories.ProducerPageFactory(
        parent=producer_index, title="HTX rượu Gò Đen", province=factories.province("tay-ninh")
    )


@pytest.fixture
def certificates(go_den):
    """One product per status; the expiring one has 16 days left."""

    def product(title):
        return factories.ProductPageFactory(parent=go_den, title=title, certification=None)

    return SimpleNamespace(
        valid=certify(product("Rượu đế Gò Đen"), datetime.date(2025, 1, 15), stars=4, score=82),
        expiring=certify(product("Chè shan tuyết"), datetime.date(2022, 10, 1), stars=3),
        expired=certify(product("Mật ong hoa tràm"), datetime.date(2022, 7, 1), stars=4),
        revoked=certify(
            product("Lạp xưởng"),
            datetime.date(2024, 2, 1),
            stars=4,
            revoked_on=datetime.date(2025, 3, 1),
            revocation_reason="Không đạt khi đánh giá lại",
        ),
    )


# What the visitor reads: the status in words, in both languages.

STATUS_TEXT = {
    ("valid", "vi"): ["Còn hiệu lực", "Còn hiệu lực: đây là sản phẩm OCOP được chứng nhận.", "hiệu lực đến 15/01/2028"],
    ("valid", "en"): ["Valid", "Valid: this is a certified OCOP product.", "in force until 15 January 2028"],
    ("expiring", "vi"): ["Sắp hết hạn", "Sắp hết hạn: còn 16 ngày. Chứng nhận có hiệu lực đến 01/10/2025."],
    ("expiring", "en"): [
        "Expiring soon",
        "Expiring soon: 16 days left. The certificate is valid until 1 October 2025.",
    ],
    ("expired", "vi"): [
        "Đã hết hạn",
        "Sản phẩm này hiện KHÔNG được chứng nhận OCOP.",
        "Chứng nhận đã hết hạn ngày 02/07/2025.",
    ],
    ("expired", "en"): [
        "Expired",
        "This product is NOT currently OCOP-certified.",
        "Certificate expired on 2 July 2025.",
    ],
    ("revoked", "vi"): [
        "Đã bị thu hồi",
        "Sản phẩm này hiện KHÔNG được chứng nhận OCOP.",
        "Chứng nhận bị thu hồi ngày 01/03/2025.",
        "Lý do: Không đạt khi đánh giá lại",
    ],
    ("revoked", "en"): [
        "Revoked",
        "This product is NOT currently OCOP-certified.",
        "Certificate revoked on 1 March 2025.",
        "Reason: Không đạt khi đánh giá lại",
    ],
}
NOT_CERTIFIED = {"vi": "KHÔNG được chứng nhận OCOP", "en": "NOT currently OCOP-certified"}


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("status", ["valid", "expiring", "expired", "revoked"])
def test_record_states_the_certificates_status_in_words(client, certificates, status, language):
    certification = getattr(certificates, status)
    assert certification.status == status

    response = client.get(record_url(certification, language))

    assert response.status_code == 200
    verdict = " ".join(soup_of(response).select_one("section.verdict").get_text(" ").split())
    for text in STATUS_TEXT[(status, language)]:
        assert text in verdict
    if status in ("valid", "expiring"):
        assert NOT_CERTIFIED[language] not in verdict
    # The status badge is a word, not only a colour.
    assert (
        soup_of(response).select_one(".verdict .status-badge").get_text(strip=True)
        == STATUS_TEXT[(status, language)][0]
    )


def test_record_shows_the_product_its_producer_and_the_certificate(client, certificates, go_den):
    certification = certificates.valid

    response = client.get(record_url(certification))

    soup = soup_of(response)
    details = {
        dt.get_text(" ", strip=True): dd
        for dt, dd in zip(soup.select("section.verdict dt"), soup.select("section.verdict dd"), strict=True)
    }
    assert soup.h1.get_text(strip=True) == "Rượu đế Gò Đen"
    assert details["Sản phẩm"].a["href"] == certification.product.url
    assert details["Chủ thể"].a["href"] == go_den.url
    assert details["Chủ thể"].get_text(strip=True) == "HTX rượu Gò Đen"
    assert details["Tỉnh, thành phố"].get_text(strip=True) == "Tây Ninh"
    assert details["Số sao"].get_text(strip=True) == "4 sao"
    assert details["Điểm"].get_text(strip=True) == "82 / 100 điểm"
    assert details["Quyết định"].get_text(strip=True) == certification.decision.number
    assert details["Ngày quyết định"].get_text(strip=True) == "15/01/2025"
    assert details["Cơ quan ban hành"].get_text(strip=True) == "UBND tỉnh Long An"
    assert details["Hiệu lực đến"].get_text(strip=True) == "15/01/2028"
    grouped = " ".join(re.findall("....", certification.verification_code))
    assert grouped in visible_text(response)


def test_record_of_a_lapsed_certificate_shows_the_stars_as_awarded_then(client, certificates):
    response = client.get(record_url(certificates.expired, "en"))

    soup = soup_of(response)
    terms = [dt.get_text(strip=True) for dt in soup.select("section.verdict dt")]
    assert "Stars awarded then" in terms
    assert "Stars" not in terms
    # No star badge: a lapsed certificate is not shown as a certified product.
    assert soup.select(".verdict .star-badge") == []
    assert "Print traceability stamp" not in visible_text(response)


def test_english_record_links_to_the_english_pages_and_falls_back_to_vietnamese(client, certificates, go_den):
    translate(go_den.get_parent().get_parent())
    translate(go_den.get_parent())
    english_producer = translate(go_den)
    english_product = translate(certificates.valid.product)

    translated = soup_of(client.get(record_url(certificates.valid, "en")))
    untranslated = soup_of(client.get(record_url(certificates.expired, "en")))

    assert translated.select_one("section.verdict dd a")["href"] == english_product.url
    assert english_product.url.startswith("/en/")
    assert translated.find("a", string=english_producer.title)["href"] == english_producer.url
    # The honey has no English page yet: its record links to the Vietnamese one.
    assert untranslated.select_one("section.verdict dd a")["href"] == certificates.expired.product.url
    assert certificates.expired.product.url.startswith("/vi/")


def test_record_of_an_unpublished_product_names_it_without_a_link(client, certificates):
    product = certificates.valid.product
    product.unpublish()

    response = client.get(record_url(certificates.valid))

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h1.get_text(strip=True) == "Rượu đế Gò Đen"
    assert soup.select_one("section.verdict dd").get_text(strip=True) == "Rượu đế Gò Đen"
    assert soup.select_one("section.verdict dd").a is None
    assert soup.find("a", href=product.url) is None


# Addresses and languages.


def test_record_and_stamp_addresses_are_translated(certificates):
    code = certificates.valid.verification_code

    assert record_url(certificates.valid, "vi") == f"/vi/xac-minh/{code}/"
    assert record_url(certificates.valid, "en") == f"/en/verify/{code}/"
    assert stamp_url(certificates.valid, "vi") == f"/vi/xac-minh/{code}/tem/"
    assert stamp_url(certificates.valid, "en") == f"/en/verify/{code}/stamp/"


@pytest.mark.parametrize(("language", "other"), [("vi", "en"), ("en", "vi")])
def test_language_switcher_leads_to_the_same_record(client, certificates, language, other):
    certification = certificates.valid

    response = client.get(record_url(certification, language))

    soup = soup_of(response)
    switcher = {a["hreflang"]: a["href"] for a in soup.select("nav.lang-switch a")}
    assert switcher == {language: record_url(certification, language), other: record_url(certification, other)}
    assert soup.select(".lang-notice") == []
    alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
    assert alternates["x-default"] == alternates["vi"] == "http://testserver" + record_url(certification, "vi")
    assert alternates["en"] == "http://testserver" + record_url(certification, "en")


def test_record_is_a_public_page_search_engines_may_index(client, certificates):
    response = client.get(record_url(certificates.valid))

    assert soup_of(response).select('meta[name="robots"]') == []


# A product certified again: the old record points to the new one.


def test_record_of_a_replaced_certificate_links_to_the_newer_one(client, certificates):
    old = certificates.expired
    newer = certify(old.product, datetime.date(2025, 6, 30), stars=5, score=92)

    old_page = client.get(record_url(old, "en"))
    new_page = client.get(record_url(newer, "en"))

    notice = soup_of(old_page).select_one(".verification__newer")
    assert newer.decision.number in notice.get_text()
    assert "30 June 2025" in notice.get_text()
    assert notice.find("a", href=record_url(newer, "en")) is not None
    assert soup_of(new_page).select(".verification__newer") == []


def test_newer_certificate_of_the_same_day_counts_as_newer(client, certificates):
    old = certificates.valid
    same_day = certify(old.product, old.decision.issued_on, stars=5, score=91)

    notice = soup_of(client.get(record_url(old))).select_one(".verification__newer")

    assert notice.find("a", href=record_url(same_day)) is not None


def test_records_cost_a_fixed_number_of_queries(client, certificates, django_assert_max_num_queries):
    certify(certificates.expired.product, datetime.date(2025, 6, 30), stars=5, score=92)
    client.get(record_url(certificates.valid))  # Wagtail caches the site's root paths on first use.

    for certification in (certificates.valid, certificates.expired, certificates.revoked):
        with django_assert_max_num_queries(15):
            assert client.get(record_url(certification, "en")).status_code == 200


# Codes that lead nowhere: a friendly 404, never an error.

BAD_CODES = {
    "unknown": UNKNOWN_CODE,
    "too-short": "7KQM4RTA",
    "ambiguous-letters": "OOOO1111IIII0000",
    "300-characters": "A" * 300,
    "control-characters": "%00%01%1B%7F" + "A" * 12,
    "newline": "7KQM4RTAX2HC9WN%0A",
    "unicode": "m%C3%A3-x%C3%A1c-minh-%F0%9F%8D%B5",
    "invalid-utf8": "%FF%FE%FD",
    "punctuation": "%3Cscript%3E",
}


@pytest.mark.parametrize("code", BAD_CODES.values(), ids=BAD_CODES.keys())
@pytest.mark.parametrize("language", ["vi", "en"])
def test_unknown_or_malformed_code_gets_a_friendly_not_found_page(client, certificates, code, language):
    prefix = {"vi": "/vi/xac-minh/", "en": "/en/verify/"}[language]

    response = client.get(f"{prefix}{code}/")

    assert response.status_code == 404
    soup = soup_of(response)
    heading = {"vi": "Không có giấy chứng nhận nào mang mã này", "en": "No certificate with this code"}[language]
    assert soup.h1.get_text(strip=True) == heading
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    assert soup.select_one("form.verify-form input[name=code]") is not None


@pytest.mark.parametrize("code", BAD_CODES.values(), ids=BAD_CODES.keys())
def test_unknown_or_malformed_code_has_no_stamp_either(client, certificates, code):
    assert client.get(f"/en/verify/{code}/stamp/").status_code == 404


def test_code_typed_in_lower_case_with_dashes_leads_to_the_record(client, certificates):
    code = certificates.valid.verification_code
    typed = "-".join(re.findall("....", code.lower()))

    response = client.get(f"/en/verify/{typed}/")

    assert response.status_code == 301
    assert response["Location"] == record_url(certificates.valid, "en")


def test_lookup_form_leads_to_the_record(client, certificates):
    code = certificates.valid.verification_code

    with translation.override("vi"):
        url = reverse("verification_lookup")

    response = client.get(url, {"code": f"  {code[:8].lower()} {code[8:]} "})

    assert response.status_code == 302
    assert response["Location"] == record_url(certificates.valid)


def test_lookup_form_explains_a_malformed_code(client, certificates):
    with translation.override("en"):
        url = reverse("verification_lookup")

    response = client.get(url, {"code": "12345"})

    assert response.status_code == 200
    soup = soup_of(response)
    assert "A code has 16 letters and digits" in soup.select_one(".verify-form__error").get_text()
    assert soup.select_one("input[name=code]")["aria-invalid"] == "true"
    assert soup.select_one("input[name=code]")["value"] == "12345"


def test_lookup_page_is_in_both_languages(client, home_page):
    assert "Tra cứu giấy chứng nhận OCOP" in visible_text(client.get("/vi/xac-minh/"))
    assert "Check an OCOP certificate" in visible_text(client.get("/en/verify/"))


# The codes themselves.


def test_every_certificate_gets_a_distinct_unguessable_code(producer):
    product = factories.ProductPageFactory(parent=producer, certification=None)
    created = [
        factories.CertificationFactory(product=product, decision=factories.CertificationDecisionFactory())
        for _ in range(120)
    ]
    codes = list(
        Certification.objects.filter(pk__in=[c.pk for c in created])
        .order_by("pk")
        .values_list("verification_code", flat=True)
    )

    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == VERIFICATION_CODE_LENGTH
        assert set(code) <= set(VERIFICATION_CODE_ALPHABET)
        assert not set(code) & set("01OI")
    # Not sequential: codes made one after another share no prefix and are in no order.
    prefixes = {code[:6] for code in codes}
    assert len(prefixes) == len(codes)
    assert codes != sorted(codes)
    assert codes != sorted(codes, reverse=True)
    # Not derived from the row: no code contains its certificate's id.
    assert not any(str(certification.pk).zfill(4) in code for certification, code in zip(created, codes, strict=True))
    # Every symbol of the alphabet turns up somewhere (about 60 times each in 1,920 symbols).
    assert set("".join(codes)) == set(VERIFICATION_CODE_ALPHABET)


def test_certificates_entered_in_the_admin_get_codes(admin_client, producer):
    products = [factories.ProductPageFactory(parent=producer, certification=None) for _ in range(2)]
    form = nested_form_data(
        {
            "number": "1397/QĐ-UBND",
            "issued_on": "2025-05-20",
            "issuer": "UBND tỉnh Sóc Trăng",
            "kind": "new",
            "summary": "",
            "document": "",
            "certifications": inline_formset(
                [
                    {"product": product.pk, "stars": 4, "score": 80, "revoked_on": "", "revocation_reason": ""}
                    # A code slipped into the form is ignored: codes are never typed in.
                    | {"verification_code": UNKNOWN_CODE}
                    for product in products
                ]
            ),
        }
    )

    response = admin_client.post(reverse("wagtailsnippets_catalogue_certificationdecision:add"), form)

    assert response.status_code == 302
    decision = CertificationDecision.objects.get(number="1397/QĐ-UBND")
    codes = [certification.verification_code for certification in decision.certifications.all()]
    assert len(codes) == 2
    assert len(set(codes)) == 2
    assert UNKNOWN_CODE not in codes
    assert all(len(code) == VERIFICATION_CODE_LENGTH for code in codes)


def test_editing_a_certificate_in_the_admin_keeps_its_code(admin_client, certificates):
    certification = certificates.valid
    code = certification.verification_code
    edit_url = reverse("wagtailsnippets_catalogue_certification:edit", args=[certification.pk])

    form_page = admin_client.get(edit_url)
    response = admin_client.post(
        edit_url,
        {
            "product": certification.product_id,
            "stars": 4,
            "score": 85,
            "revoked_on": "",
            "revocation_reason": "",
            "verification_code": UNKNOWN_CODE,
        },
    )

    assert 'name="verification_code"' not in form_page.content.decode()
    assert response.status_code == 302
    certification.refresh_from_db()
    assert certification.score == 85
    assert certification.verification_code == code
