"""SITE_URL: one setting for where the site is, followed by the stamps, the admin's links and `make run`."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.urls import reverse
from PIL import Image
from wagtail.models import Site

from showcase.site_address import apply_site_url, host_and_port
from tests import factories
from tests.utils import soup_of

BASE_DIR = Path(__file__).resolve().parent.parent.parent
MAKE_RUN_ADDRESS = "http://127.0.0.1:8811"


@pytest.fixture
def certification(home_page, producer_index):
    producer = factories.ProducerPageFactory(parent=producer_index)
    return factories.ProductPageFactory(parent=producer).current_certification


def settings_in_a_fresh_process(environment, *names):
    """The given settings as showcase.settings.dev computes them from `environment`."""
    code = "import django; django.setup(); from django.conf import settings; " + "; ".join(
        f"print(settings.{name})" for name in names
    )
    env = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="showcase.settings.dev", **environment)
    result = subprocess.run([sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.django_db
def test_migrate_gives_the_default_site_the_address_of_site_url(home_page, settings):
    settings.SITE_URL = MAKE_RUN_ADDRESS

    call_command("migrate", verbosity=0)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8811, MAKE_RUN_ADDRESS)


@pytest.mark.django_db
def test_the_stamps_qr_code_encodes_the_configured_site_url(client, certification, settings):
    settings.SITE_URL = MAKE_RUN_ADDRESS
    call_command("migrate", verbosity=0)
    code = certification.verification_code
    expected = f"{MAKE_RUN_ADDRESS}/vi/xac-minh/{code}/"

    png = client.get(f"/stamps/{code}.png")
    [barcode] = zxingcpp.read_barcodes(Image.open(io.BytesIO(png.content)))
    stamp = soup_of(client.get(reverse("print_stamp", kwargs={"code": code})))

    assert barcode.text == expected
    # The address printed under the code is the same one, for whoever cannot scan it.
    assert stamp.select_one(".stamp__link").get_text(strip=True) == expected


@pytest.mark.django_db
def test_the_demo_loader_follows_site_url_on_a_site_built_for_another_address(home_page, settings):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    settings.SITE_URL = MAKE_RUN_ADDRESS

    apply_site_url()

    assert Site.objects.get(is_default_site=True).root_url == MAKE_RUN_ADDRESS


def test_the_admins_address_in_e_mails_is_site_url():
    assert settings_in_a_fresh_process(
        {"SITE_URL": "https://ocop.example.vn/"}, "SITE_URL", "WAGTAILADMIN_BASE_URL"
    ) == [
        "https://ocop.example.vn",
        "https://ocop.example.vn",
    ]


def test_site_url_defaults_to_what_make_run_serves():
    assert settings_in_a_fresh_process({}, "SITE_URL", "WAGTAILADMIN_BASE_URL") == ["http://127.0.0.1:8000"] * 2


def test_make_run_passes_its_host_and_port_to_every_step(tmp_path):
    installed = tmp_path / "installed"
    installed.touch()
    # Each step of `make run` (migrate, load_demo_content, prepare_renditions, runserver) prints its SITE_URL instead.
    result = subprocess.run(
        ["make", "-s", "run", "PORT=8811", f"STAMP={installed}", "MANAGE=printenv SITE_URL #"],
        cwd=BASE_DIR,
        env={key: value for key, value in os.environ.items() if key != "SITE_URL"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [MAKE_RUN_ADDRESS] * 4


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("https://ocop.example.vn", ("ocop.example.vn", 443)),
        ("http://ocop.example.vn", ("ocop.example.vn", 80)),
    ],
)
def test_site_url_is_read_as_host_and_port(site_url, expected):
    assert host_and_port(site_url) == expected


@pytest.mark.parametrize("site_url", ["127.0.0.1:8000", "ftp://ocop.example.vn", "https://ocop.example.vn:8443"])
def test_a_site_url_wagtail_cannot_serve_is_refused_with_a_message(site_url):
    with pytest.raises(ImproperlyConfigured, match="SITE_URL"):
        host_and_port(site_url)
