"""Two editors confirming the same import at once, each in its own committed transaction.

Kept apart from test_import_concurrency.py: a test that commits flushes the
database when it ends, so it runs after every other test (tests/conftest.py),
and pytest-xdist keeps a module's tests together.
"""

import threading

import pytest
from django.db import connection
from django.utils import translation

from catalogue.imports.sample import SAMPLE_CSV
from catalogue.imports.writer import import_decision
from catalogue.models import Certification, CertificationDecision, ProducerPage, ProductPage
from tests import factories
from tests.catalogue import test_import as importing
from tests.catalogue.test_import_concurrency import TRY_AGAIN

existing_producers = importing.existing_producers
long_an = importing.long_an


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_editors_confirming_the_same_file_at_once_get_one_import_and_a_clear_answer(existing_producers):
    editors = [factories.EditorFactory(), factories.EditorFactory()]
    data = SAMPLE_CSV.read_bytes()
    pages_before = ProducerPage.objects.count(), ProductPage.objects.count()
    start = threading.Barrier(len(editors))
    plans, errors = [None] * len(editors), []

    def confirm(index):
        try:
            with translation.override("en"):
                start.wait()
                plans[index] = import_decision(SAMPLE_CSV.name, data, user=editors[index])
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(index,)) for index in range(len(editors))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    imported = [plan for plan in plans if plan.is_valid and plan.created]
    other = next(plan for plan in plans if plan is not imported[0])
    assert len(imported) == 1 and imported[0].created == 12
    # The other editor is told the decision is already there, or to try again; nothing is written twice.
    assert (other.is_valid and not other.changes_anything) or other.file_errors == [TRY_AGAIN]
    assert CertificationDecision.objects.filter(number="3105/QĐ-UBND").count() == 1
    assert Certification.objects.filter(decision__number="3105/QĐ-UBND").count() == 12
    assert ProducerPage.objects.count() == pages_before[0] + len(imported[0].new_producers)
    assert ProductPage.objects.count() == pages_before[1] + len(imported[0].new_products) == pages_before[1] + 12
