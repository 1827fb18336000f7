"""The public register of changes: granted, expired and revoked certificates, newest first.

The register is the one of tests/opendata/conftest.py; today is 15 September 2025.
Changes that have happened by today, newest first:

| date       | change  | product                                             |
|------------|---------|-----------------------------------------------------|
| 2025-07-02 | expired | Mật ong hoa tràm (decided 2022-07-01, valid to 07-01) |
| 2025-03-01 | revoked | Lạp xưởng                                           |
| 2025-01-15 | granted | Lồng đèn mây tre                                    |
| 2024-06-01 | granted | Rượu đế Gò Đen (its second certificate)             |
| 2024-05-11 | expired | Rượu đế Gò Đen (decided 2021-05-10)                 |
| 2024-03-01 | granted | Lạp xưởng                                           |
| 2022-10-01 | granted | Chè shan tuyết                                      |
| 2022-07-01 | granted | Mật ong hoa tràm                                    |
| 2021-05-10 | granted | Rượu đế Gò Đen                                      |

Not yet: the Gò Đen revocation due on 2025-12-01; the tea expires on 2025-10-02.
Never: the unpublished vermicelli.
"""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation

from catalogue.models import Certification
from tests import factories
from tests.utils import soup_of, visible_text

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def url(name="register_changes", language="vi"):
    with translation.override(language):
        return reverse(name)


def rows(response):
    return [" ".join(item.get_text(" ").split()) for item in soup_of(response).select(".change-list > li")]


def csv_rows(response):
    text = b"".join(response.streaming_content if response.streaming else [response.content]).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_page_lists_every_change_so_far_newest_first(client, register):
    response = client.get(url())

    assert response.status_code == 200
    found = rows(response)
    heads = [" ".join(head.get_text(" ").split()) for head in soup_of(response).select(".change__head")]
    assert [head.split(" · ") for head in heads] == [
        ["Hết hạn", "02/07/2025"],
        ["Thu hồi", "01/03/2025"],
        ["Cấp mới", "15/01/2025"],
        ["Cấp mới", "01/06/2024"],
        ["Hết hạn", "11/05/2024"],
        ["Cấp mới", "01/03/2024"],
        ["Cấp mới", "01/10/2022"],
        ["Cấp mới", "01/07/2022"],
        ["Cấp mới", "10/05/2021"],
    ]
    assert "Mật ong hoa tràm" in found[0]
    assert "Lạp xưởng" in found[1] and "Lý do" not in found[1] and "Không đánh giá lại đúng hạn" in found[1]
    assert not any("Miến dong" in line for line in found)
    assert "9 thay đổi" in visible_text(response)


def test_each_row_links_to_the_certificates_record(client, register):
    response = client.get(url())
    sausage = Certification.objects.get(product=register.products.sausage)

    revoked_row = soup_of(response).select(".change-list > li")[1]
    assert revoked_row.select_one(f'a[href="/vi/xac-minh/{sausage.verification_code}/"]')


def test_english_page_gives_the_english_reason_and_english_words(client, register):
    sausage = Certification.objects.get(product=register.products.sausage)
    sausage.revocation_reason_en = "Not re-evaluated in time"
    sausage.save()

    response = client.get(url(language="en"))

    found = rows(response)
    assert url(language="en") == "/en/certificate-changes/"
    assert found[1].startswith("Revoked · 1 March 2025")
    assert "revoked on 1 March 2025: Not re-evaluated in time" in found[1]
    assert found[0].startswith("Expired · 2 July 2025")
    assert "expired on 2 July 2025" in found[0]


def test_an_expiry_counts_only_once_its_day_has_passed(client, register, frozen_today):
    # The tea is valid until 1 October 2025: on that day it still holds; it expires on the 2nd.
    frozen_today.today = datetime.date(2025, 10, 1)
    assert not any("Chè shan tuyết" in line and "Hết hạn" in line for line in rows(client.get(url())))

    frozen_today.today = datetime.date(2025, 10, 2)
    first = rows(client.get(url()))[0]
    assert first.startswith("Hết hạn · 02/10/2025") and "Chè shan tuyết" in first


def test_a_revocation_saved_in_the_admin_appears_at_once_on_the_page_feed_and_csv(
    admin_client, client, register, settings
):
    settings.OCOP_PAGE_CACHE_SECONDS = 300
    lantern = Certification.objects.get(product=register.products.lantern)
    assert client.get(url())["X-Page-Cache"] == "miss"
    assert client.get(url())["X-Page-Cache"] == "hit"

    response = admin_client.post(
        reverse("wagtailsnippets_catalogue_certification:edit", args=[lantern.pk]),
        {
            "product": lantern.product_id,
            "stars": lantern.stars,
            "score": lantern.score,
            "revoked_on": "2025-09-10",
            "revocation_reason": "Cơ sở sản xuất vi phạm an toàn thực phẩm",
            "revocation_reason_en": "The workshop broke food safety rules",
        },
    )
    assert response.status_code == 302

    page = client.get(url())
    assert page["X-Page-Cache"] == "miss"
    first = rows(page)[0]
    assert first.startswith("Thu hồi · 10/09/2025")
    assert "Lồng đèn mây tre" in first and "Cơ sở sản xuất vi phạm an toàn thực phẩm" in first

    feed = ET.fromstring(client.get(url("register_changes_feed")).content)
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Thu hồi: Lồng đèn mây tre"
    assert entry.find(f"{ATOM}link").get("href").endswith(f"/vi/xac-minh/{lantern.verification_code}/")

    first_csv = csv_rows(client.get(url("register_changes_csv")))[0]
    assert first_csv["change"] == "revoked"
    assert first_csv["date"] == "2025-09-10"
    assert first_csv["revocation_reason"] == "Cơ sở sản xuất vi phạm an toàn thực phẩm"
    english = csv_rows(client.get(url("register_changes_csv", "en")))[0]
    assert english["revocation_reason"] == "The workshop broke food safety rules"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"change": "revoked"}, ["Lạp xưởng"]),
        ({"change": "expired"}, ["Mật ong hoa tràm", "Rượu đế Gò Đen"]),
        ({"month": "2024-06"}, ["Rượu đế Gò Đen"]),
        ({"month": "2024-05", "change": "expired"}, ["Rượu đế Gò Đen"]),
        ({"month": "2025-07"}, ["Mật ong hoa tràm"]),
        ({"province": "lai-chau"}, ["Lạp xưởng", "Lạp xưởng", "Chè shan tuyết"]),
        # Tây Ninh covers Long An, merged into it.
        ({"province": "tay-ninh", "change": "granted"}, ["Rượu đế Gò Đen", "Rượu đế Gò Đen"]),
        ({"province": "hue", "month": "2025-01"}, ["Lồng đèn mây tre"]),
        ({"month": "2030-01"}, []),
    ],
)
def test_filters_narrow_the_page_the_feed_and_the_csv_alike(client, register, params, expected):
    page = rows(client.get(url(), params))
    assert [next(title for title in TITLES if title in line) for line in page] == expected

    feed = ET.fromstring(client.get(url("register_changes_feed"), params).content)
    assert [entry.find(f"{ATOM}title").text.split(": ", 1)[1] for entry in feed.iter(f"{ATOM}entry")] == expected

    assert [row["product"] for row in csv_rows(client.get(url("register_changes_csv"), params))] == expected


TITLES = ["Mật ong hoa tràm", "Lạp xưởng", "Lồng đèn mây tre", "Rượu đế Gò Đen", "Chè shan tuyết"]


@pytest.mark.parametrize(
    "params",
    [
        {"province": "atlantis"},
        {"month": "2025-13"},
        {"month": "tháng ba"},
        {"month": "x" * 5000},
        {"change": "deleted"},
        {"page": "999"},
        {"page": "-1"},
        {"province": "<script>", "change": "'; DROP TABLE"},
    ],
)
@pytest.mark.parametrize("name", ["register_changes", "register_changes_feed", "register_changes_csv"])
def test_unknown_filter_values_are_ignored_never_an_error(client, register, params, name):
    response = client.get(url(name), params)

    assert response.status_code == 200
    if name == "register_changes":
        assert len(rows(response)) == 9
        if set(params) != {"page"}:
            assert soup_of(response).select_one(".notice[role=status]")


def test_the_page_is_paged(client, register, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX Sen Tháp Mười")
    for number in range(30):
        factories.ProductPageFactory(
            parent=producer, title=f"Trà sen {number}", certification__decision__issued_on=datetime.date(2025, 8, 1)
        )

    first, second = client.get(url()), client.get(url(), {"page": 2})

    assert len(rows(first)) == 25
    assert len(rows(second)) == 39 - 25
    assert soup_of(first).select_one('nav.pagination a[rel="next"]')["href"] == "?page=2"


def test_the_page_and_the_feed_cost_a_fixed_number_of_queries(
    client, register, producer_index, django_assert_max_num_queries
):
    producer = factories.ProducerPageFactory(parent=producer_index, title="HTX Sen Tháp Mười")
    for number in range(40):
        factories.ProductPageFactory(
            parent=producer,
            title=f"Trà sen {number}",
            certification__decision__issued_on=datetime.date(2022, 1 + number % 12, 1 + number % 27),
            certification__revoked_on=datetime.date(2024, 5, 1) if number % 3 == 0 else None,
            certification__revocation_reason="Ngừng sản xuất" if number % 3 == 0 else "",
        )
    for params in ({}, {"province": "tay-ninh", "month": "2024-05"}, {"change": "revoked", "page": "2"}):
        # The first request also fills the process's caches (sites, content types).
        with django_assert_max_num_queries(15):
            assert client.get(url(), params).status_code == 200
        with django_assert_max_num_queries(12):
            assert client.get(url("register_changes_feed"), params).status_code == 200
        with django_assert_max_num_queries(12):
            assert client.get(url("register_changes_csv"), params).status_code == 200


def test_the_page_links_its_feed_and_csv_with_the_same_filters(client, register):
    response = client.get(url(), {"province": "hue", "change": "granted"})
    soup = soup_of(response)

    feed = soup.select_one('link[rel="alternate"][type="application/atom+xml"]')["href"]
    assert feed == "/vi/thay-doi-chung-nhan/atom/?province=hue&change=granted"
    assert soup.select_one('a[type="text/csv"]')["href"] == "/vi/thay-doi-chung-nhan/csv/?province=hue&change=granted"


def test_english_rows_name_the_english_product_page(client, register, english_lantern):
    found = soup_of(client.get(url(language="en"))).select(".change-list > li")

    lantern_row = next(row for row in found if "Rattan lantern" in row.get_text())
    assert lantern_row.select_one(f'a[href="{english_lantern.url}"]')
