"""The register's downloads are written once per change to the register, then served as written.

With the figures cache on (it is off in the test settings), a second download
reads nothing from the register; a certificate revoked, a product hidden
behind a view restriction or the day moving on shows in the very next one.
"""

import csv
import datetime
import io
import json
import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import Certification

pytestmark = pytest.mark.django_db

CSV_URL = "/open-data/certifications.csv"
JSON_URL = "/open-data/certifications.json"
DOWNLOADS = [CSV_URL, CSV_URL + "?language=en", JSON_URL, JSON_URL + "?language=en"]


@pytest.fixture(autouse=True)
def figures_cache_on(settings, tmp_path):
    settings.OCOP_FIGURES_CACHE_SECONDS = 3600
    settings.OCOP_DOWNLOADS_ROOT = tmp_path / "downloads"


def body_of(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def rows_of(response):
    body = body_of(response)
    if response["Content-Type"].startswith("application/json"):
        return json.loads(body)["certifications"]
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def status_of(response, title):
    (row,) = [row for row in rows_of(response) if row["product"] == title]
    return row["status"]


def register_queries(client, url):
    """The SQL queries a download makes on the register's own tables."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries if "catalogue_certification" in query["sql"]]


@pytest.mark.parametrize("url", DOWNLOADS)
def test_a_second_download_reads_nothing_from_the_register(client, register, url):
    first = body_of(client.get(url))
    assert first

    assert register_queries(client, url) == []
    assert body_of(client.get(url)) == first


@pytest.mark.parametrize("url", [CSV_URL, JSON_URL])
def test_a_revoked_certificate_shows_in_the_next_download(client, register, url):
    assert status_of(client.get(url), "Lồng đèn mây tre") == "valid"

    lantern = Certification.objects.get(product__title="Lồng đèn mây tre")
    lantern.revoked_on = datetime.date(2025, 6, 1)
    lantern.revocation_reason = "Không đạt khi đánh giá lại"
    lantern.save()

    assert status_of(client.get(url), "Lồng đèn mây tre") == "revoked"


@pytest.mark.parametrize("url", [CSV_URL, JSON_URL])
def test_a_page_put_behind_a_view_restriction_leaves_the_next_download(client, register, url):
    from wagtail.models import PageViewRestriction

    assert "Lồng đèn mây tre" in {row["product"] for row in rows_of(client.get(url))}

    PageViewRestriction.objects.create(
        page=register.products.lantern, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
    )

    assert "Lồng đèn mây tre" not in {row["product"] for row in rows_of(client.get(url))}


def test_the_next_day_the_download_is_written_again_with_that_days_statuses(client, register, frozen_today):
    # Chè shan tuyết: decided 1/10/2022, so valid until 1/10/2025.
    frozen_today.today = datetime.date(2025, 10, 1)
    assert status_of(client.get(CSV_URL), "Chè shan tuyết") == "expiring"

    frozen_today.today = datetime.date(2025, 10, 2)
    assert status_of(client.get(CSV_URL), "Chè shan tuyết") == "expired"


def test_a_download_is_sent_as_a_file_with_its_own_name_and_a_public_cache_life(client, register):
    response = client.get(CSV_URL)

    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="ocop-certifications-vi-')
    assert "max-age=300" in response["Cache-Control"]
    assert int(response["Content-Length"]) == len(body_of(client.get(CSV_URL)))
    assert "Content-Disposition" not in client.get(JSON_URL)


def test_one_file_per_version_is_kept(client, register, settings):
    client.get(CSV_URL)
    client.get(CSV_URL)
    assert len(list(settings.OCOP_DOWNLOADS_ROOT.glob("certifications-csv-*"))) == 1

    Certification.objects.filter(product__title="Lồng đèn mây tre").get().save()
    client.get(CSV_URL)
    # The older file stays a while for a request that may still be sending it, then goes.
    files = sorted(settings.OCOP_DOWNLOADS_ROOT.glob("certifications-csv-*"), key=lambda path: path.stat().st_mtime)
    assert len(files) == 2
    os.utime(files[0], (0, 0))
    Certification.objects.filter(product__title="Lồng đèn mây tre").get().save()
    client.get(CSV_URL)
    assert files[0].exists() is False
    assert not list(settings.OCOP_DOWNLOADS_ROOT.glob(".*partial"))


def test_each_site_address_gets_links_to_itself(client, register):
    ours = rows_of(client.get(CSV_URL))
    theirs = rows_of(client.get(CSV_URL, HTTP_HOST="localhost"))

    assert all(row["product_url"].startswith("http://testserver/") for row in ours if row["product_url"])
    assert all(row["product_url"].startswith("http://localhost/") for row in theirs if row["product_url"])
