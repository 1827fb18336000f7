"""Browser tests: Playwright drives the machine's Chromium, headless, against a live demo site.

They run with `make e2e` (or `.venv/bin/pytest tests/e2e -m e2e`), never as part of
`make test`: the test modules here are not even collected unless the run names this
folder or selects the `e2e` marker, so the plain suite needs neither Playwright nor a
browser. scripts/e2e-setup installs what they need.

The site is the demo content (migrate + load_demo_content) in a temporary SQLite
database and media folder, served by `manage.py runserver` on a free port with
tests/e2e/settings.py. Building it takes minutes, so the built database and images are
kept under ~/.cache/ocop-showcase/e2e-site/ and reused while what they are made from
(DATABASE_SOURCES) and the date stay the same; delete that folder to force a rebuild. The browser never
leaves that site: every other request (map tiles included) is refused, as offline.

Environment: CHROMIUM_PATH (default /usr/bin/chromium), AXE_CORE_PATH (default: where
scripts/e2e-setup puts axe.min.js), E2E_BASE_URL (test an already running demo site
instead of starting one). A failed test leaves a screenshot in test-results/e2e/.
"""

import contextlib
import datetime
import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zoneinfo
from pathlib import Path

import pytest

from .site import DEMO

E2E_DIR = Path(__file__).resolve().parent
BASE_DIR = E2E_DIR.parent.parent
RESULTS_DIR = BASE_DIR / "test-results" / "e2e"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ocop-showcase"
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_CORE_PATH = Path(os.environ.get("AXE_CORE_PATH") or CACHE_DIR / "axe-core" / "axe.min.js")
SETTINGS_MODULE = "tests.e2e.settings"
SITE_TIME_ZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
VIEWPORT = {"width": 1280, "height": 900}
# The machine may be busy (two cores shared with other test runs): be patient, not flaky.
TIMEOUT_MS = 15_000
SERVER_START_SECONDS = 90

PAGES = pytest.StashKey[list]()


# Collection: only when asked for ------------------------------------------------------


def _e2e_requested(config):
    """True when the run selects the e2e marker or names this folder (or a file in it)."""
    if re.search(r"(?<!not )\be2e\b", config.option.markexpr or ""):
        return True
    invocation_dir = config.invocation_params.dir
    for arg in config.args:
        path = (invocation_dir / arg.split("::")[0]).resolve()
        if path == E2E_DIR or E2E_DIR in path.parents:
            return True
    return False


def pytest_ignore_collect(collection_path, config):
    if collection_path.name.startswith("test_") and not _e2e_requested(config):
        return True
    return None


# Screenshots of failures ----------------------------------------------------------


def _file_name(nodeid):
    name = nodeid.split("/")[-1]
    return re.sub(r"[^\w.-]+", "_", name, flags=re.ASCII).strip("_")[:150]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        for number, page in enumerate(item.stash.get(PAGES, []), start=1):
            if page.is_closed():
                continue
            suffix = f"-{number}" if number > 1 else ""
            path = RESULTS_DIR / f"{_file_name(item.nodeid)}{suffix}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=path, full_page=True)
            report.sections.append(("e2e", f"page: {page.url}\nscreenshot: {path.relative_to(BASE_DIR)}"))
    return report


# The demo site -------------------------------------------------------------------


def _site_env(site_dir, site_url=None):
    env = dict(os.environ)
    # The database search backend, whatever the developer's shell says.
    env.pop("ELASTICSEARCH_URL", None)
    env.update(
        # One browser searching faster than any visitor: the search rate limits would refuse it.
        OCOP_RATE_LIMIT_SEARCH="off",
        OCOP_RATE_LIMIT_SUGGEST="off",
        # The report form is sent more often by the tests than by any visitor (tests/misuse checks its limit).
        OCOP_RATE_LIMIT_MISUSE_REPORT="off",
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        DATABASE_URL=f"sqlite:///{site_dir / 'db.sqlite3'}",
        MEDIA_ROOT=str(site_dir / "media"),
        # The photos of misuse reports, which have no public address.
        PRIVATE_MEDIA_ROOT=str(site_dir / "private-media"),
        # The site's e-mails (invitations, moderation), one file each, for the admin flows to read.
        EMAIL_FILE_PATH=str(site_dir / "mail"),
        PYTHONUNBUFFERED="1",
    )
    if site_url:
        # Where invitation and moderation e-mails lead (showcase/site_address.py).
        env["SITE_URL"] = site_url
    return env


# What the demo database is made from; a change elsewhere (views, templates) needs no new one.
DATABASE_SOURCES = [
    "requirements.txt",
    "showcase/settings/*.py",
    "*/apps.py",
    "*/models.py",
    "*/models/*.py",
    "*/migrations/*.py",
    "*/signals.py",
    "*/wagtail_hooks.py",
    "*/demo/*.py",
    "*/management/commands/*.py",
]


def _database_fingerprint():
    """The demo database's sources, and today's date: the demo dates one certificate from today."""
    digest = hashlib.sha256(datetime.datetime.now(SITE_TIME_ZONE).date().isoformat().encode())
    for path in sorted({path for pattern in DATABASE_SOURCES for path in BASE_DIR.glob(pattern)}):
        digest.update(str(path.relative_to(BASE_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _manage(args, site_dir, log):
    log.write(f"\n$ manage.py {' '.join(args)}\n")
    log.flush()
    command = [sys.executable, "manage.py", *args]
    result = subprocess.run(command, cwd=BASE_DIR, env=_site_env(site_dir), stdout=log, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        log.flush()
        tail = Path(log.name).read_text(errors="replace")[-3000:]
        pytest.fail(f"manage.py {' '.join(args)} failed while building the demo site:\n{tail}", pytrace=False)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_serving(url, server, log_path):
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    tail = log_path.read_text(errors="replace")[-3000:]
    pytest.fail(f"The demo site did not start at {url}:\n{tail}", pytrace=False)


@contextlib.contextmanager
def _serving(site_dir, log_path):
    """The site in `site_dir`, served by runserver on a free port; yields its address."""
    url = f"http://127.0.0.1:{_free_port()}"
    with log_path.open("a") as log:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", url.removeprefix("http://"), "--noreload", "--skip-checks"],
            cwd=BASE_DIR,
            env=_site_env(site_dir, url),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_serving(f"{url}/vi/", server, log_path)
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _pages_to_warm():
    """The pages the tests open first: rendering them once makes their image renditions."""
    for demo in DEMO.values():
        yield from (path for page_type, path in demo.pages.items() if page_type != "not found")
        yield from (f"{demo.search}?{urllib.parse.urlencode({'q': query})}" for query, _words in demo.searches)
        yield demo.revoked_product
        yield f"{demo.catalogue}?group=do-uong"


def _warm(site_dir, log_path):
    with _serving(site_dir, log_path) as url:
        for path in _pages_to_warm():
            try:
                urllib.request.urlopen(url + path, timeout=120).close()
            except urllib.error.HTTPError as error:
                pytest.fail(f"{path} answered {error.code} while the demo site was being prepared", pytrace=False)


def _built_demo_site(log_path):
    """The folder holding the demo database and images, built now or taken from the cache."""
    cache_root = CACHE_DIR / "e2e-site"
    built = cache_root / _database_fingerprint()
    if (built / "db.sqlite3").is_file():
        return built
    building = Path(f"{built}.building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    (building / "media").mkdir(parents=True)
    with log_path.open("w") as log:
        _manage(["migrate", "--noinput"], building, log)
        _manage(["load_demo_content", "--no-admin"], building, log)
    _warm(building, log_path)
    for stale in cache_root.iterdir():
        if stale != building:
            shutil.rmtree(stale, ignore_errors=True)
    building.rename(built)
    return built


@pytest.fixture(scope="session")
def results_dir():
    """test-results/e2e/, emptied at the start of the run: what is there after it belongs to this run."""
    shutil.rmtree(RESULTS_DIR, ignore_errors=True)
    RESULTS_DIR.mkdir(parents=True)
    return RESULTS_DIR


@pytest.fixture(scope="session")
def served_site(results_dir, tmp_path_factory):
    """(address, folder) of the running demo site; the folder is None for an E2E_BASE_URL site."""
    if os.environ.get("E2E_BASE_URL"):
        yield os.environ["E2E_BASE_URL"].rstrip("/"), None
        return
    built = _built_demo_site(results_dir / "site-build.log")
    site_dir = tmp_path_factory.mktemp("site")
    shutil.copy2(built / "db.sqlite3", site_dir / "db.sqlite3")
    shutil.copytree(built / "media", site_dir / "media")
    with _serving(site_dir, results_dir / "server.log") as url:
        yield url, site_dir


@pytest.fixture(scope="session")
def site_url(served_site):
    """The address of the running demo site, e.g. http://127.0.0.1:41234 (no trailing slash)."""
    return served_site[0]


class SiteAdmin:
    """The served demo site's database and outbox, for the admin flows: users are made with
    manage.py against the same database, and e-mails are read from the files the site writes."""

    def __init__(self, site_dir, log_path):
        self.site_dir = site_dir
        self.log_path = log_path

    def manage(self, *args):
        with self.log_path.open("a") as log:
            _manage(list(args), self.site_dir, log)

    def run_python(self, code):
        """Run `code` in the site's Django (manage.py shell -c) and return what it printed."""
        command = [sys.executable, "manage.py", "shell", "-c", code]
        result = subprocess.run(
            command, cwd=BASE_DIR, env=_site_env(self.site_dir), capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            pytest.fail(f"manage.py shell failed:\n{result.stderr[-3000:]}", pytrace=False)
        return result.stdout

    def mails(self):
        """The e-mails the site has sent, oldest first, as email.message.Message objects."""
        import email
        import email.policy

        folder = self.site_dir / "mail"
        if not folder.is_dir():
            return []
        messages = []
        for path in sorted(folder.iterdir(), key=lambda path: path.stat().st_mtime_ns):
            # The file backend appends every message of one connection to one file, separated by a line of dashes.
            for chunk in path.read_text().split("\n" + "-" * 79 + "\n"):
                if chunk.strip():
                    messages.append(email.message_from_string(chunk.strip() + "\n", policy=email.policy.default))
        return messages


@pytest.fixture(scope="session")
def site_admin(served_site, results_dir):
    _url, site_dir = served_site
    if site_dir is None:
        pytest.skip("The admin flows need the demo site this run builds (E2E_BASE_URL is set).")
    return SiteAdmin(site_dir, results_dir / "site-admin.log")


# The browser ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM_PATH, os.X_OK):
        pytest.fail(
            f"No Chromium at {CHROMIUM_PATH}: run scripts/e2e-setup (Debian's chromium package) or set CHROMIUM_PATH.",
            pytrace=False,
        )
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError:
        pytest.fail("Playwright is not installed: run scripts/e2e-setup.", pytrace=False)

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        # Debian's Chromium, never a browser that Playwright downloads.
        chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True)
        yield chromium
        chromium.close()


class PageProblems:
    """What a visitor would suffer without the test asking: script errors, blocked or missing files."""

    def __init__(self, site_url):
        self.site_url = site_url
        self.found = []

    def watch(self, page):
        page.on("pageerror", lambda error: self.found.append(f"uncaught script error on {page.url}: {error}"))
        page.on("console", self._console)
        page.on("response", self._response)

    def _console(self, message):
        # Refused off-site requests (the map tiles) log "Failed to load resource"; the
        # site's own files are checked by their responses instead.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.found.append(f"console error: {message.text}")

    def _response(self, response):
        path = response.url.removeprefix(self.site_url)
        if path != response.url and path.startswith(("/static/", "/media/")) and response.status >= 400:
            self.found.append(f"{response.status} for {path}")


def _open_page(browser, site_url, request, **context_options):
    context = browser.new_context(
        base_url=site_url,
        viewport=VIEWPORT,
        # The map then skips its animations (static/js/map.js), as for visitors who ask.
        reduced_motion="reduce",
        **context_options,
    )
    context.set_default_timeout(TIMEOUT_MS)
    # Offline, as the site must work: only the site itself answers.
    context.route(lambda url: not url.startswith(site_url + "/"), lambda route: route.abort())
    page = context.new_page()
    problems = PageProblems(site_url)
    problems.watch(page)
    request.node.stash.setdefault(PAGES, []).append(page)
    return context, page, problems


@pytest.fixture
def page(browser, site_url, request):
    """A fresh browser tab on the demo site (relative URLs: page.goto("/vi/")).

    The test fails if the page throws a script error, logs an error (a Content-Security-Policy
    refusal among them) or misses one of the site's static files or images.
    """
    context, page, problems = _open_page(browser, site_url, request)
    yield page
    context.close()
    assert not problems.found, "The pages had problems:\n" + "\n".join(problems.found)


@pytest.fixture(scope="session")
def axe_core_path():
    """axe.min.js, as scripts/e2e-setup fetched and checked it."""
    if not AXE_CORE_PATH.is_file():
        pytest.fail(f"No axe-core at {AXE_CORE_PATH}: run scripts/e2e-setup (or set AXE_CORE_PATH).", pytrace=False)
    return AXE_CORE_PATH


@pytest.fixture
def axe_page(browser, site_url, request):
    """A tab for the accessibility checks. page.add_script_tag(path=...) injects axe-core as an
    inline script, which the site's Content-Security-Policy (no 'unsafe-inline') refuses, so
    this context bypasses the policy. Only the axe checks use it; the flows run under the policy."""
    context, page, _problems = _open_page(browser, site_url, request, bypass_csp=True)
    yield page
    context.close()
