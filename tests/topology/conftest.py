"""Tests of the site behind Varnish, as scripts/topology runs it: Varnish, two app servers, PostgreSQL, Redis.

They run with `make test-topology` (or `.venv/bin/pytest tests/topology -m topology`),
never as part of `make test`: the modules here are not collected unless the run names
this folder or selects the `topology` marker, so the plain suite needs neither Varnish
nor PostgreSQL.

A topology already running from $TOPOLOGY_DIR (scripts/topology start) is used as it
is and left running; otherwise one is started for the run (DATABASE_URL, REDIS_URL and
TOPOLOGY_PORT as scripts/topology reads them) and stopped afterwards. Its first start
loads the demo content, which takes minutes.
"""

import importlib.machinery
import importlib.util
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

TOPOLOGY_DIR = Path(__file__).resolve().parent
BASE_DIR = TOPOLOGY_DIR.parent.parent
SCRIPT = BASE_DIR / "scripts" / "topology"


def _topology_requested(config):
    if re.search(r"(?<!not )\btopology\b", config.option.markexpr or ""):
        return True
    invocation_dir = config.invocation_params.dir
    for arg in config.args:
        path = (invocation_dir / arg.split("::")[0]).resolve()
        if path == TOPOLOGY_DIR or TOPOLOGY_DIR in path.parents:
            return True
    return False


def pytest_ignore_collect(collection_path, config):
    if collection_path.name.startswith("test_") and not _topology_requested(config):
        return True
    return None


def _script_module():
    loader = importlib.machinery.SourceFileLoader("topology_script", str(SCRIPT))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Topology:
    def __init__(self, script, state):
        self.script = script
        self.state = state
        self.varnish_url = state["varnish_url"]
        self.app_urls = state["app_urls"]

    def get(self, url, headers=None):
        """(status, headers, body) of a GET through Varnish (a path) or to a full URL."""
        if url.startswith("/"):
            url = self.varnish_url + url
        request = urllib.request.Request(url, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def get_without_redirects(self, path, headers=None):
        """(status, headers, body) of a GET through Varnish, a redirect given back rather than followed."""
        opener = urllib.request.build_opener(NoRedirects)
        request = urllib.request.Request(self.varnish_url + path, headers=headers or {})
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def send(self, method, path):
        request = urllib.request.Request(self.varnish_url + path, method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status

    def start_python(self, code):
        """Start `code` in an app server's Django, as run_python does; the running process, its output a pipe."""
        return subprocess.Popen(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=BASE_DIR,
            env=self.script.app_environment(self.state),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run_python(self, code):
        """Run `code` in an app server's Django (manage.py shell -c, same settings and database); what it printed."""
        env = self.script.app_environment(self.state)
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            pytest.fail(f"manage.py shell failed:\n{result.stderr[-3000:]}", pytrace=False)
        return result.stdout


@pytest.fixture(scope="session")
def topology():
    script = _script_module()
    started = False
    state = script.read_state()
    if state is None or subprocess.run([sys.executable, str(SCRIPT), "status"], capture_output=True).returncode != 0:
        result = subprocess.run([sys.executable, str(SCRIPT), "start"], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.fail(f"scripts/topology start failed:\n{result.stderr[-3000:]}", pytrace=False)
        started = True
        state = json.loads(script.state_path().read_text())
    yield Topology(script, state)
    if started:
        subprocess.run([sys.executable, str(SCRIPT), "stop"], check=False)


@pytest.fixture
def away_from_the_clock_mark():
    """Pages expire at every five-minute mark: a test that needs a page to stay cached starts well before one."""
    from showcase.page_cache import CLOCK_STEP

    left = CLOCK_STEP - time.time() % CLOCK_STEP
    if left < 5:
        time.sleep(left + 0.5)
