"""Tests that stop and start what the site depends on: Elasticsearch, Redis, PostgreSQL.

They run with `make test-faults` (or `pytest tests/faults -m faults`), never as part
of `make test`: like the browser tests they are collected only when the run selects
the `faults` marker or names this folder. Each starts its own throw-away server
processes on free ports (Redis, a PostgreSQL cluster) or uses the Elasticsearch node
that scripts/with-elasticsearch started (ELASTICSEARCH_URL), and skips when the
programs it needs are missing.
"""

import contextlib
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import redis

from tests.utils import free_port

FAULTS_DIR = Path(__file__).resolve().parent
BASE_DIR = FAULTS_DIR.parent.parent


def _faults_requested(config):
    if re.search(r"(?<!not )\bfaults\b", config.option.markexpr or ""):
        return True
    invocation_dir = config.invocation_params.dir
    for arg in config.args:
        path = (invocation_dir / arg.split("::")[0]).resolve()
        if path == FAULTS_DIR or FAULTS_DIR in path.parents:
            return True
    return False


def pytest_ignore_collect(collection_path, config):
    if collection_path.name.startswith("test_") and not _faults_requested(config):
        return True
    return None


class RedisServer:
    """A throw-away redis-server of the test's own (nothing saved), stopped and started at will."""

    def __init__(self, directory):
        self.port = free_port()
        self.directory = directory
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(
            [*command, "--daemonize", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on port {self.port}.") from None
                time.sleep(0.05)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def redis_server(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


class PostgresCluster:
    """A throw-away PostgreSQL cluster of the test's own, run as the postgres user, restarted at will."""

    def __init__(self):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins or shutil.which("runuser") is None:
            pytest.skip("PostgreSQL's server programs (/usr/lib/postgresql/*/bin) or runuser are missing")
        self.bin = Path(bins[-1]).parent
        self.port = free_port()
        # Under /tmp, not pytest's own folder, which the postgres user cannot enter.
        self.directory = Path(tempfile.mkdtemp(prefix="ocop-faults-postgres-"))
        self.data = self.directory / "data"
        shutil.chown(self.directory, "postgres", "postgres")
        self.as_postgres(self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def as_postgres(self, *command):
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *map(str, command)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def pg_ctl(self, action, *extra):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.as_postgres(
            self.bin / "pg_ctl", action, "-D", self.data, "-w", "-l", self.directory / "log", "-o", options, *extra
        )

    def start(self):
        self.pg_ctl("start")

    def stop(self):
        self.pg_ctl("stop", "-m", "fast")

    def restart(self):
        self.pg_ctl("restart", "-m", "fast")

    def psql(self, sql, database="postgres"):
        url = self.url(database).replace("postgres://", "postgresql://")
        result = subprocess.run(
            ["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout.strip()

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster():
    cluster = PostgresCluster()
    cluster.start()
    yield cluster
    cluster.remove()


# What the test process's own environment may say about services the site processes must not use.
SERVICE_VARIABLES = ("DJANGO_", "ELASTICSEARCH", "REDIS", "DATABASE_", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT")


def site_environment(database_url, **extra):
    """The environment a site process runs in: production settings (tests/faults/settings.py), the given database."""
    return {
        **{key: value for key, value in os.environ.items() if not key.startswith(SERVICE_VARIABLES)},
        "DJANGO_SETTINGS_MODULE": "tests.faults.settings",
        "SECRET_KEY": "faults-tests-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "SITE_URL": "http://127.0.0.1:8000",
        **extra,
    }


def manage(environment, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=environment, check=True, capture_output=True, text=True
    )


def run_site_function(environment, name):
    """Run a function of tests/faults/small_site.py in a site process; what it printed, read as JSON."""
    code = f"import django; django.setup(); from tests.faults import small_site; small_site.{name}()"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=environment, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def migrated_template(postgres_cluster):
    """A database with every migration applied, copied by each test (CREATE DATABASE ... TEMPLATE)."""
    postgres_cluster.psql("CREATE DATABASE site_template")
    manage(site_environment(postgres_cluster.url("site_template")), "migrate", "--noinput")
    return "site_template"
