"""The English interface catalogue is complete and its compiled .mo is the one committed."""

import polib
from django.conf import settings
from django.utils import translation

from tests.showcase.test_translations import entries

CATALOGUE = settings.BASE_DIR / "locale" / "en" / "LC_MESSAGES"


def test_every_interface_string_has_an_english_entry():
    catalogue = polib.pofile(CATALOGUE / "django.po")
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


def test_the_committed_english_mo_file_matches_the_po_file():
    assert entries(polib.mofile(CATALOGUE / "django.mo")) == entries(polib.pofile(CATALOGUE / "django.po"))


def test_django_serves_the_english_catalogue():
    with translation.override("en"):
        assert translation.gettext("Valid until") == "Valid until"
        assert translation.ngettext("%(counter)s product", "%(counter)s products", 5) % {"counter": 5} == "5 products"
