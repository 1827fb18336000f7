"""The Vietnamese interface catalogue is complete and its compiled .mo is the one committed."""

import polib
import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

CATALOGUE = settings.BASE_DIR / "locale" / "vi" / "LC_MESSAGES"


def entries(catalogue):
    return {
        (entry.msgctxt, entry.msgid): (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
        for entry in catalogue
        if entry.msgid
    }


def test_every_interface_string_has_a_vietnamese_translation():
    catalogue = polib.pofile(CATALOGUE / "django.po")
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


def test_the_committed_mo_file_matches_the_po_file():
    """The .mo is committed so the site runs without GNU gettext; it must be rebuilt after every edit."""
    assert entries(polib.mofile(CATALOGUE / "django.mo")) == entries(polib.pofile(CATALOGUE / "django.po"))


def test_django_serves_the_vietnamese_catalogue():
    with translation.override("vi"):
        assert translation.gettext("Valid until") == "Hiệu lực đến"
        assert translation.ngettext("%(counter)s product", "%(counter)s products", 5) % {"counter": 5} == "5 sản phẩm"


@pytest.mark.django_db
def test_root_redirects_to_vietnamese_by_default():
    response = Client().get("/")
    assert response.status_code == 302
    assert response["Location"] == "/vi/"
