"""The admin's Vietnamese catalogue (locale_admin/) is complete, compiles, and is the one Django uses.

scripts/admin_translations.py explains what it holds and how to bring it up to date
after an upgrade.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from tests.showcase.test_translations import entries

CATALOGUE = settings.BASE_DIR / "locale_admin" / "vi" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")

sys.path.insert(0, str(settings.BASE_DIR / "scripts"))
import admin_translations  # noqa: E402


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_admin_string_has_a_vietnamese_translation(domain):
    catalogue = polib.pofile(CATALOGUE / f"{domain}.po")
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert [entry.msgid for entry in catalogue.obsolete_entries()] == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_catalogue_holds_every_msgid_of_the_installed_packages(domain):
    """After an upgrade brings new strings, `scripts/admin_translations.py update` adds them here."""
    ours = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(CATALOGUE / f"{domain}.po")}
    wanted = admin_translations.source_entries(domain, corrections=ours)
    assert sorted(wanted.keys() - ours, key=str) == []
    assert sorted(ours - wanted.keys(), key=str) == [], "messages no installed package has any more"


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_catalogue_compiles_with_its_placeholders_checked(domain, tmp_path):
    """msgfmt --check: every python-format or brace placeholder of a msgid is in its msgstr, the header is whole."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("GNU gettext (msgfmt) is not installed")
    result = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "out.mo"), str(CATALOGUE / f"{domain}.po")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_committed_admin_mo_file_matches_the_po_file(domain):
    assert entries(polib.mofile(CATALOGUE / f"{domain}.mo")) == entries(polib.pofile(CATALOGUE / f"{domain}.po"))


def test_the_catalogue_comes_after_the_projects_own_so_makemessages_never_writes_there():
    assert [Path(path) for path in settings.LOCALE_PATHS] == [
        settings.BASE_DIR / "locale",
        settings.BASE_DIR / "locale_admin",
    ]


def test_it_overrides_wagtails_garbled_vietnamese():
    with translation.override("vi"):
        assert translation.gettext("Sign in to Wagtail") == "Đăng nhập trang quản trị"
        assert translation.gettext("Save draft") == "Lưu bản nháp"
        assert translation.gettext("Reports") == "Báo cáo"
        assert translation.gettext("live + in moderation") == "đã xuất bản + đang kiểm duyệt"
        # Wagtail's own reads "Nhập %(username_field_name)scủa bạn" and "%(label)svà Xuất bản".
        assert translation.gettext("Enter your %(username_field_name)s") == "Nhập %(username_field_name)s của bạn"
        assert translation.gettext("%(label)s and Publish") == "%(label)s và xuất bản"
        # Sites and pages are two things: Wagtail's own calls both "Trang".
        assert translation.gettext("Sites") == "Website"
        assert translation.gettext("Pages") == "Các trang"  # the project's own catalogue says so first


def test_one_word_for_publish_and_draft():
    """The README's glossary: "xuất bản" and "bản nháp" wherever the English says publish or draft."""
    catalogue = polib.pofile(CATALOGUE / "django.po")
    for entry in catalogue:
        msgstr = (entry.msgstr or entry.msgstr_plural.get(0, "")).lower()
        if "publish" in entry.msgid.lower():
            assert "xuất bản" in msgstr, (entry.msgid, msgstr)
        if "draft" in entry.msgid.lower():
            assert "bản nháp" in msgstr, (entry.msgid, msgstr)
