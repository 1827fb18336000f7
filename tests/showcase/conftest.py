"""Fixtures shared by the showcase tests."""

import pytest
from wagtail.images import get_image_model


@pytest.fixture
def cache_writes(monkeypatch):
    """Every key written to the renditions' cache."""
    backend = get_image_model().get_rendition_model().cache_backend
    written = []
    set_one, set_many = backend.set, backend.set_many

    def record_one(key, *args, **kwargs):
        written.append(key)
        return set_one(key, *args, **kwargs)

    def record_many(mapping, *args, **kwargs):
        written.extend(mapping)
        return set_many(mapping, *args, **kwargs)

    monkeypatch.setattr(backend, "set", record_one)
    monkeypatch.setattr(backend, "set_many", record_many)
    return written
