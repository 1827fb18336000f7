"""Index updates as background tasks that outlive an Elasticsearch outage.

Wagtail (modelsearch) updates the index from post_save through a task, and on
post_delete at once; for Elasticsearch it logs and swallows any error, so a
change saved while the node is down never reaches the index. With
Elasticsearch the settings therefore turn the backend's AUTO_UPDATE off (so
Wagtail's handlers leave it alone) and these receivers take over:

- every save or delete of an indexed model enqueues `sync_search_index` for
  that object, and the product reindexing of search.signals goes the same way;
- the task reads the object as it is when it runs, and indexes it, or removes
  it when it is gone: run late, twice or out of order, it still leaves the
  index matching the database;
- when the node cannot be reached (search.outage) the task enqueues itself
  again for later (RETRY_DELAYS), so nothing is lost while it is down.

Why a task queue in the database (django-tasks-db's backend, settings TASKS,
run by `manage.py db_worker`): the queued task is a row written in the same
transaction as the change, so a publish either commits both or neither, a
worker or server restart loses nothing, and publishing never waits on the
node. Redis would be a second service that can fail; Elasticsearch's own
client retries only within one request.

Without Elasticsearch (the database backends) nothing here runs: the index is
a table of the same database, updated in the same transaction as before.
"""

import datetime
import logging

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django_tasks import task
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_instance, get_indexed_models

from .outage import SearchUnavailable, backend_answers

logger = logging.getLogger(__name__)

# Seconds before each new attempt while the node is down: about a day in all, after which
# the task is recorded as failed and `manage.py update_index` rebuilds what it missed.
RETRY_DELAYS = (10, 30, 60, 120, 300, 600, 1200, 1800, *([3600] * 22))


def queued_backends():
    """The search backends updated by these tasks: those whose AUTO_UPDATE the settings turned off."""
    return [name for name, config in settings.WAGTAILSEARCH_BACKENDS.items() if config.get("AUTO_UPDATE") is False]


@task()
def sync_search_index(app_label, model_name, pk, attempt=0):
    """Make the index's entry for one object match the database: indexed if it exists, removed if not."""
    model = apps.get_model(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    indexed = get_indexed_instance(instance) if instance is not None else None
    try:
        for name in queued_backends():
            backend = get_search_backend(name)
            with backend_answers(f"indexing {model_name} {pk}"):
                if indexed is not None:
                    backend.add(indexed)
                else:
                    backend.delete(model(pk=pk))
    except SearchUnavailable:
        if attempt >= len(RETRY_DELAYS):
            raise
        later = timezone.now() + datetime.timedelta(seconds=RETRY_DELAYS[attempt])
        sync_search_index.using(run_after=later).enqueue(app_label, model_name, pk, attempt + 1)
        return "retry"
    return "indexed" if indexed is not None else "removed"


def enqueue_sync(instance):
    if queued_backends():
        sync_search_index.enqueue(instance._meta.app_label, instance._meta.model_name, str(instance.pk))


def object_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        enqueue_sync(instance)


def object_deleted(sender, instance, **kwargs):
    enqueue_sync(instance)


def connect():
    for model in get_indexed_models():
        if getattr(model, "search_auto_update", True):
            post_save.connect(object_saved, sender=model, dispatch_uid=f"search_queued_saved_{model._meta.label}")
            post_delete.connect(object_deleted, sender=model, dispatch_uid=f"search_queued_deleted_{model._meta.label}")
