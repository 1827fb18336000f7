"""Tests that stop and start what the site depends on: Elasticsearch, Redis, PostgreSQL.

They run with `make test-faults` (or `pytest tests/faults -m faults`), never as part
of `make test`: like the browser tests they are collected only when the run selects
the `faults` marker or names this folder. Each starts its own throw-away server
processes on free ports (Redis, a PostgreSQL cluster) or uses the Elasticsearch node
that scripts/with-elasticsearch started (ELASTICSEARCH_URL), and skips when the
programs it needs are missing.
"""

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import redis

from tests.utils import free_port

FAULTS_DIR = Path(__file__).resolve().parent


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
