"""Elasticsearch stopped: the site answers, publishing works, and the index catches up.

"Down" is the node's address pointed at a port nothing listens on (what the
site sees when the node is stopped: connections refused); "back" is the real
node that scripts/with-elasticsearch started. Index updates go through the
task queue in the database (search/indexing.py), run here by `db_worker`.
"""

import io
import os

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from modelsearch.backends import get_search_backend

from catalogue.models import Certification
from search.backend_settings import search_backends
from tests import factories
from tests.utils import free_port

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set: `make test-faults` starts a node"),
    # The worker reads the task queue in transactions of its own: the data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PREFIX = "test_faults_"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class Node:
    """Switches the site between the real node and a stopped one."""

    def __init__(self, settings):
        self.settings = settings
        self.closed = f"http://127.0.0.1:{free_port()}"

    def up(self):
        self.settings.WAGTAILSEARCH_BACKENDS = search_backends(
            {"ELASTICSEARCH_URL": ELASTICSEARCH_URL, "ELASTICSEARCH_INDEX_PREFIX": PREFIX}
        )

    def down(self):
        self.settings.WAGTAILSEARCH_BACKENDS = search_backends(
            {"ELASTICSEARCH_URL": self.closed, "ELASTICSEARCH_INDEX_PREFIX": PREFIX}
        )


@pytest.fixture
def node(settings):
    settings.TASKS = DATABASE_TASKS
    node = Node(settings)
    node.up()
    call_command("update_index", stdout=io.StringIO())
    yield node
    node.up()
    get_search_backend().es.indices.delete(index=f"{PREFIX}*")


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", stdout=io.StringIO())


def let_retries_fall_due():
    """As if the retry delays had passed."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def found(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    return [result.page.title for result in response.context["search"].page.object_list]


def test_while_the_node_is_down_pages_answer_and_no_change_is_lost(client, node, producer, product_index):
    kept = factories.ProductPageFactory(parent=producer, title="Honey of the cajuput forest")
    edited = factories.ProductPageFactory(parent=producer, title="Dried mango slices")
    removed = factories.ProductPageFactory(parent=producer, title="Lotus seed tea")
    run_worker()
    get_search_backend().refresh_indexes()
    assert found(client, "lotus seed") == ["Lotus seed tea"]

    node.down()
    # Searching: a plain message, no results, no error.
    response = client.get("/en/search/", {"q": "honey"})
    assert response.status_code == 200
    assert response.context["search"].unavailable
    assert "Search is unavailable for a moment" in response.content.decode()
    assert client.get("/vi/tim-kiem/", {"q": "mat ong"}).status_code == 200
    suggest = client.get("/en/search/suggest/", {"q": "hon"})
    assert suggest.status_code == 200
    assert suggest.json()["suggestions"] == []
    check = client.get("/en/check/", {"q": "cajuput"})
    assert check.status_code == 200
    assert "Finding products by name is unavailable" in check.content.decode()
    # Every other page never asks the node.
    for page in (kept, producer, product_index, producer.get_parent()):
        assert client.get(page.url).status_code == 200, page.url
    assert client.get("/").status_code in (200, 302)

    # Publishing, editing and deleting while it is down.
    added = factories.ProductPageFactory(parent=producer, title="Coconut candy of Ben Tre")
    edited.title = "Dried mango with chilli salt"
    edited.save_revision().publish()
    Certification.objects.filter(product=removed).delete()
    removed.delete()
    run_worker()
    waiting = DBTaskResult.objects.filter(status="READY")
    assert waiting.exists()
    assert all(task.args_kwargs["args"][3] == 1 for task in waiting)

    node.up()
    let_retries_fall_due()
    run_worker()
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert not DBTaskResult.objects.filter(status="FAILED").exists()
    get_search_backend().refresh_indexes()
    assert found(client, "coconut candy") == [added.title]
    assert found(client, "mango chilli") == ["Dried mango with chilli salt"]
    assert found(client, "lotus seed") == []
    assert found(client, "cajuput honey") == [kept.title]


def test_a_task_run_after_the_node_is_back_indexes_what_the_database_holds_then(client, node, producer):
    """Run late or twice, an update leaves the index as the database is, never as it was."""
    product = factories.ProductPageFactory(parent=producer, title="Cinnamon bark")
    node.down()
    product.title = "Cinnamon bark of Yen Bai"
    product.save_revision().publish()
    run_worker()
    product.title = "Star anise of Lang Son"
    product.save_revision().publish()
    node.up()
    let_retries_fall_due()
    run_worker()
    get_search_backend().refresh_indexes()
    assert found(client, "star anise") == ["Star anise of Lang Son"]
    assert found(client, "yen bai") == []
