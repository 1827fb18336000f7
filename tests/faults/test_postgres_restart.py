"""PostgreSQL restarted under a running gunicorn: the next requests succeed on a fresh connection.

Production settings keep each worker's connection (DATABASE_CONN_MAX_AGE) and check it
before a request uses it (CONN_HEALTH_CHECKS). The test runs its own PostgreSQL cluster
(tests/faults/conftest.py) and one gunicorn worker on it, and restarts the cluster
between requests.
"""

import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.utils import free_port

from .conftest import BASE_DIR, run_site_function, site_environment

pytestmark = pytest.mark.faults

# Never cached, and each reads the database: the product check, the search, the API.
URLS = ("/en/check/?q=5077%2FQ%C4%90-UBND", "/en/search/?q=mat+ong", "/api/v2/pages/")


def status_of(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def gunicorn(postgres_cluster, migrated_template, tmp_path):
    postgres_cluster.psql(f"CREATE DATABASE site_restart TEMPLATE {migrated_template}")
    port = free_port()
    environment = site_environment(
        postgres_cluster.url("site_restart"),
        DATABASE_CONN_MAX_AGE="600",
        CACHE_DIR=str(tmp_path / "cache"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    # A home page, which anonymous visitors are served from the page cache.
    run_site_function(environment, "build")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "1", "--bind", f"127.0.0.1:{port}", "showcase.wsgi"],
        cwd=BASE_DIR,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            status_of(port, "/en/check/")
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not start") from None
            time.sleep(0.2)
    yield port
    server.terminate()
    server.wait(timeout=30)
    postgres_cluster.psql("DROP DATABASE site_restart WITH (FORCE)")


def connections(cluster):
    return cluster.psql(
        "SELECT pid FROM pg_stat_activity WHERE datname = 'site_restart' AND backend_type = 'client backend'"
    ).split()


def test_requests_after_a_restart_succeed_on_a_new_connection(postgres_cluster, gunicorn):
    assert [status_of(gunicorn, url) for url in URLS] == [200, 200, 200]
    kept = connections(postgres_cluster)
    assert len(kept) == 1
    assert [status_of(gunicorn, url) for url in URLS] == [200, 200, 200]
    assert connections(postgres_cluster) == kept, "the worker's connection is persistent"

    postgres_cluster.restart()
    assert [status_of(gunicorn, url) for url in URLS * 2] == [200] * 6
    after = connections(postgres_cluster)
    assert len(after) == 1 and after != kept


def cache_header(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
        return response.status, response.headers.get("X-Page-Cache")


def test_while_postgresql_is_stopped_cached_pages_answer_others_fail_and_the_first_request_after_succeeds(
    postgres_cluster, gunicorn
):
    assert status_of(gunicorn, URLS[0]) == 200
    cache_header(gunicorn, "/vi/")
    assert cache_header(gunicorn, "/vi/") == (200, "hit")
    postgres_cluster.stop()
    try:
        assert status_of(gunicorn, URLS[0]) == 500
        assert cache_header(gunicorn, "/vi/") == (200, "hit")
    finally:
        postgres_cluster.start()
    assert status_of(gunicorn, URLS[0]) == 200
