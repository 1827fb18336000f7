"""Two editors confirming the same import at once: one import, and a clear answer for the other, never an error."""

import pytest
from django.conf import settings

from catalogue.imports.sample import SAMPLE_CSV
from catalogue.models import CertificationDecision
from tests import factories
from tests.accounts.conftest import logged_in
from tests.catalogue import test_import as importing
from tests.catalogue.test_import_admin import confirm_url, speak, token_of, upload
from tests.utils import visible_text

existing_producers = importing.existing_producers
long_an = importing.long_an

TRY_AGAIN = "Another change to the register is being saved. Wait a moment and try again."


ALREADY = {
    "en": "Decision 3105/QĐ-UBND is already in the register as this file has it: nothing was changed.",
    "vi": "Quyết định 3105/QĐ-UBND đã có trong sổ đăng ký đúng như trong tệp này: không có gì thay đổi.",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_editor_who_confirms_second_is_told_it_is_already_imported(existing_producers, language):
    first, second = factories.EditorFactory(), factories.EditorFactory()
    speak(second, language)
    first_client, second_client = logged_in(first), logged_in(second)
    first_token = token_of(upload(first_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes()))
    second_token = token_of(upload(second_client, SAMPLE_CSV.name, SAMPLE_CSV.read_bytes()))
    first_client.post(confirm_url(first_token))

    response = second_client.post(confirm_url(second_token), follow=True)

    assert response.status_code == 200
    assert ALREADY[language] in visible_text(response)
    assert CertificationDecision.objects.filter(number="3105/QĐ-UBND").count() == 1


def test_sqlite_writers_wait_for_each_other_instead_of_failing():
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("SQLite's settings")
    options = database["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 10
    assert "journal_mode=WAL" in options["init_command"]
