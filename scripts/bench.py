"""Benchmark the public site as production serves it: gunicorn, the production settings, a national-scale catalogue.

    python scripts/bench.py --suite [--sizes 1000,5000,20000] [--stacks postgres,sqlite]
    python scripts/bench.py [--products 5000] [--seconds 5] [--reuse] [--keep] [--no-load] [--quick]

--suite (what `make bench` runs) measures the stack a province runs and the
embedded default, one table each: PostgreSQL with Elasticsearch and Redis
(Elasticsearch through scripts/with-elasticsearch, Redis on 127.0.0.1:6379 or
one started on a free port, PostgreSQL at --postgres-url, whose database is
dropped and created for each size), then SQLite. For each size of --sizes it
runs the single benchmark below in a child process with the page cache off
and no load test, and prints the uncached CPU per request of every public page
type at each size, beside the standard page's, with the ratios the scale target
is stated in. Results go to bench/suite.json.

Without --suite, one run on one database:

1. Builds a temporary SQLite database (or fills the one $DATABASE_URL names, after
   a warning): migrate, the demo content (both languages), then generate_catalogue
   with --products N. --reuse keeps the result in a cache directory keyed by N, the
   seed, the migrations and the generator's code, so a re-measurement skips this.
2. collectstatic, then gunicorn with the production settings (sync workers) on a
   free port of 127.0.0.1.
3. For each public page type, a URL taken from the database: its status and size
   (one HTTP request), its SQL queries and time when rendered without the page cache (Django's
   test client in this process, the second of two requests, so Django's own caches
   are warm), then wrk for --seconds: requests/s, latency p50/p99, page-cache hits,
   and the workers' CPU time per request (utime + stime from /proc).
4. A mixed load test: wrk with 50 connections for 60 s rotating over every URL,
   with the workers' memory (VmRSS) sampled every 5 s.
5. Prints a Markdown table and writes everything to bench/results.json
   (bench/README.md explains the fields).

Exits with 1 when a page does not answer 200, an uncached page needs more than
QUERY_BUDGET SQL queries, or the load test saw an error; 2 when the benchmark
itself cannot run (no wrk, a command failed).
"""

import argparse
import contextlib
import datetime
import hashlib
import http.client
import importlib.metadata
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
QUERY_BUDGET = 16  # as tests/performance/test_query_budgets.py
DEFAULT_OUTPUT = BASE_DIR / "bench" / "results.json"
RSS_SAMPLE_SECONDS = 5
SERVER_START_TIMEOUT = 120
QUICK = {"products": 200, "news": 10, "seconds": 1, "load_seconds": 10}
SUITE_OUTPUT = BASE_DIR / "bench" / "suite.json"
SUITE_SIZES = "1000,5000,20000"
SUITE_STACKS = ("postgres", "sqlite")
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/ocop_bench"
REDIS_DB = 5
# The scale target: at the largest size, every page within these multiples.
OWN_GROWTH_LIMIT = 1.5
STANDARD_PAGE_LIMIT = 3.0
# Documents whose length is fixed by a setting rather than by a page's design: a section of
# sitemap.xml lists OCOP_SITEMAP_SECTION_SIZE pages. They are held to their own growth only.
FIXED_LENGTH_DOCUMENTS = {"sitemap section"}
DEFAULTS = {"products": 5000, "news": 50, "seconds": 5, "load_seconds": 60}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WRK_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


class BenchError(Exception):
    """The benchmark cannot go on; the message says why."""


STARTED = time.monotonic()


def say(message):
    """Progress on stderr, with the time since the start (Django changes the process's time zone)."""
    elapsed = int(time.monotonic() - STARTED)
    print(f"[bench {elapsed // 60:3d}:{elapsed % 60:02d}] {message}", file=sys.stderr, flush=True)


# The command line --------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Environment: DATABASE_URL fills that database instead of a temporary SQLite one. "
        "REDIS_URL and ELASTICSEARCH_URL are ignored, so that every run starts from the same, empty caches.",
    )
    data = parser.add_argument_group("the catalogue")
    data.add_argument("--products", type=int, help=f"products to generate (default {DEFAULTS['products']})")
    data.add_argument("--seed", type=int, default=1, help="generate_catalogue's seed (default 1)")
    data.add_argument("--news", type=int, help=f"news articles to generate (default {DEFAULTS['news']})")
    data.add_argument(
        "--no-demo",
        action="store_true",
        help="skip the demo content (it brings the English pages; without it only Vietnamese pages are measured)",
    )
    data.add_argument(
        "--reuse",
        action="store_true",
        help="keep the built database in a cache directory and start from it when nothing it depends on changed",
    )
    measure = parser.add_argument_group("the measurements")
    measure.add_argument("--seconds", type=int, help=f"wrk duration per page (default {DEFAULTS['seconds']})")
    measure.add_argument("--threads", type=int, default=2, help="wrk threads per page (default 2)")
    measure.add_argument("--connections", type=int, default=8, help="wrk connections per page (default 8)")
    measure.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    measure.add_argument("--timeout", type=int, default=10, help="seconds before wrk counts a request as timed out")
    measure.add_argument(
        "--no-page-cache", action="store_true", help="serve with OCOP_PAGE_CACHE_SECONDS=0: every request renders"
    )
    load = parser.add_argument_group("the load test")
    load.add_argument("--no-load", action="store_true", help="skip the mixed load test")
    load.add_argument("--load-seconds", type=int, help=f"its duration (default {DEFAULTS['load_seconds']})")
    load.add_argument("--load-connections", type=int, default=50, help="its concurrent connections (default 50)")
    run = parser.add_argument_group("the run")
    run.add_argument(
        "--quick",
        action="store_true",
        help="a smoke test: {products} products, {seconds} s per page, a {load_seconds} s load test, "
        "and no results file unless --output is given".format(**QUICK),
    )
    run.add_argument("--output", type=Path, help="where to write the JSON results (default bench/results.json)")
    run.add_argument("--keep", action="store_true", help="keep the temporary directory (database, logs, scripts)")
    suite = parser.add_argument_group("the suite")
    suite.add_argument(
        "--suite", action="store_true", help="the scaling tables on PostgreSQL+Elasticsearch+Redis and SQLite"
    )
    suite.add_argument("--sizes", default=SUITE_SIZES, help=f"products per run (default {SUITE_SIZES})")
    suite.add_argument("--stacks", default=",".join(SUITE_STACKS), help="postgres, sqlite or both (default both)")
    suite.add_argument("--postgres-url", default=POSTGRES_URL, help=f"the bench database (default {POSTGRES_URL})")
    suite.add_argument("--redis-db", type=int, default=REDIS_DB, help=f"the Redis database number (default {REDIS_DB})")
    suite.add_argument(
        "--services",
        action="store_true",
        help="keep REDIS_URL and ELASTICSEARCH_URL from the environment (the suite's PostgreSQL runs set it)",
    )
    args = parser.parse_args(argv)
    if args.suite:
        try:
            args.sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
        except ValueError:
            parser.error("--sizes takes numbers separated by commas, e.g. 1000,5000,20000.")
        args.stacks = [stack.strip() for stack in args.stacks.split(",") if stack.strip()]
        if not args.sizes or min(args.sizes) < 2:
            parser.error("--sizes needs at least one size of 2 products or more.")
        unknown = set(args.stacks) - set(SUITE_STACKS)
        if unknown or not args.stacks:
            parser.error(f"--stacks takes {' and '.join(SUITE_STACKS)}, not {', '.join(sorted(unknown)) or 'nothing'}.")

    defaults = QUICK if args.quick else DEFAULTS
    for name, value in defaults.items():
        if getattr(args, name, None) is None:
            setattr(args, name, value)
    if args.output is None and not args.quick:
        args.output = DEFAULT_OUTPUT
    positive = ("seconds", "threads", "connections", "workers", "timeout", "load_seconds", "load_connections")
    for name in positive:
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1.")
    if args.products < 2:
        parser.error("--products must be at least 2 (generate_catalogue's minimum).")
    if args.news < 0:
        parser.error("--news cannot be negative.")
    if args.connections < args.threads or args.load_connections < args.threads:
        parser.error("wrk needs at least as many connections as threads.")
    return args


# Subprocesses ------------------------------------------------------------------------------------


def run_command(command, env, what, timeout=None):
    """Run a command to completion; its output is shown only when it fails."""
    started = time.perf_counter()
    result = subprocess.run(
        command, cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise BenchError(f"{what} failed (exit {result.returncode}):\n{textwrap.indent(output[-4000:], '    ')}")
    return result.stdout, elapsed


def manage(args, env, what, timeout=None):
    return run_command([sys.executable, "manage.py", *args], env, what, timeout)


def ensure_wrk():
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise BenchError(
            "wrk is not installed. Install it (Debian/Ubuntu: sudo apt-get install wrk; "
            "macOS: brew install wrk) and run the benchmark again."
        )
    say("wrk is missing: installing the Debian package")
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "--no-install-recommends", "wrk"]
    if subprocess.run(install, env=apt_env, capture_output=True, check=False).returncode != 0:
        run_command(["apt-get", "update"], apt_env, "apt-get update")
        run_command(install, apt_env, "apt-get install wrk")
    if not shutil.which("wrk"):
        raise BenchError("apt-get installed wrk, but it is not on PATH.")
    return shutil.which("wrk")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# The environment every command of the run shares -------------------------------------------------


def masked_database_url(url):
    """A database URL without its user name and password, fit to print and to store."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


def bench_environment(args, workdir, database_url):
    services = ("REDIS_URL", "ELASTICSEARCH_URL")
    env = {key: value for key, value in os.environ.items() if args.services or key not in services}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "showcase.settings.production",
            # A fresh key per run: nothing signed survives it, and none is ever written down.
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            # Plain HTTP on 127.0.0.1, with no TLS proxy in front.
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "CACHE_DIR": str(workdir / "cache"),
            # Every request comes from one address; the limits would answer most of them with 429.
            "OCOP_RATE_LIMIT_SEARCH": "off",
            "OCOP_RATE_LIMIT_SUGGEST": "off",
            "OCOP_PAGE_CACHE_SECONDS": "0" if args.no_page_cache else os.environ.get("OCOP_PAGE_CACHE_SECONDS", "300"),
            "PYTHONUNBUFFERED": "1",
        }
    )
    if not os.environ.get("DATABASE_URL"):
        env["MEDIA_ROOT"] = str(workdir / "media")
    return env


# Building the database ---------------------------------------------------------------------------


def catalogue_arguments(args):
    return f"products={args.products} seed={args.seed} news={args.news} demo={not args.no_demo}"


def source_digest(args):
    """What a cached database depends on: the arguments, the migrations, the pinned packages and the generators."""
    digest = hashlib.sha256(catalogue_arguments(args).encode())
    patterns = ["*/migrations/*.py", "requirements.txt", "catalogue/generator/*.py"]
    patterns.append("catalogue/management/commands/generate_catalogue.py")
    if not args.no_demo:
        patterns += ["catalogue/demo/**/*.py", "catalogue/management/commands/load_demo_content.py"]
    files = sorted({path for pattern in patterns for path in BASE_DIR.glob(pattern) if ".venv" not in path.parts})
    for path in files:
        digest.update(str(path.relative_to(BASE_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def cache_root():
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "ocop-showcase" / "bench"


def generate(args, env, replace=False):
    command = ["generate_catalogue", "--products", str(args.products), "--seed", str(args.seed)]
    command += ["--news", str(args.news)] + (["--replace"] if replace else [])
    say(f"generate_catalogue --products {args.products} (this takes a while)")
    output, seconds = manage(command, env, "generate_catalogue")
    for line in output.strip().splitlines():
        say(f"  {line}")
    return {"generate_seconds": round(seconds, 1), "generate_output": output.strip().splitlines()}


def build_temporary_database(args, env, workdir):
    """Migrate, load the demo and generate into workdir/db.sqlite3, or copy it from the cache with --reuse."""
    database = workdir / "db.sqlite3"
    media = workdir / "media"
    cached = cache_root() / source_digest(args)
    if args.reuse and (cached / "db.sqlite3").exists():
        say(f"reusing the database built earlier ({cached})")
        shutil.copy2(cached / "db.sqlite3", database)
        if (cached / "media").exists():
            shutil.copytree(cached / "media", media)
        setup = json.loads((cached / "setup.json").read_text()) if (cached / "setup.json").exists() else {}
        return {**setup, "reused": True}

    setup = {"reused": False}
    say("migrate")
    _, setup["migrate_seconds"] = manage(["migrate", "--noinput"], env, "migrate")
    if not args.no_demo:
        say("load_demo_content")
        _, setup["demo_seconds"] = manage(["load_demo_content"], env, "load_demo_content")
    setup.update(generate(args, env))
    for key in ("migrate_seconds", "demo_seconds"):
        if key in setup:
            setup[key] = round(setup[key], 1)
    if args.reuse:
        building = cached.with_name(cached.name + f".{os.getpid()}.tmp")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        shutil.copy2(database, building / "db.sqlite3")
        if media.exists():
            shutil.copytree(media, building / "media")
        (building / "setup.json").write_text(json.dumps(setup, indent=2))
        (building / "arguments.txt").write_text(catalogue_arguments(args))
        # Databases built with the same arguments from older code will never be used again.
        for stale in cached.parent.iterdir():
            arguments = stale / "arguments.txt"
            if stale != building and arguments.exists() and arguments.read_text() == catalogue_arguments(args):
                shutil.rmtree(stale, ignore_errors=True)
        shutil.rmtree(cached, ignore_errors=True)
        building.rename(cached)
        say(f"kept the database for --reuse in {cached}")
    return setup


def fill_configured_database(args, env, workdir):
    """$DATABASE_URL: migrate, then generate unless --reuse finds a generated catalogue of the right size."""
    say(
        f"WARNING: DATABASE_URL is set: {masked_database_url(env['DATABASE_URL'])} "
        "will be migrated and filled with a generated catalogue"
    )
    setup = {"reused": False}
    say("migrate")
    _, seconds = manage(["migrate", "--noinput"], env, "migrate")
    setup["migrate_seconds"] = round(seconds, 1)

    from catalogue.generator.writer import generated_products
    from home.models import HomePage

    existing = generated_products().count()
    if existing and args.reuse and existing == args.products:
        say(f"reusing the generated catalogue already in the database ({existing} products)")
        return {**setup, "reused": True}
    # The demo loader cannot run once a generated catalogue is there: it only goes first.
    if not existing and not args.no_demo and not HomePage.objects.exists():
        say("load_demo_content")
        _, seconds = manage(["load_demo_content"], env, "load_demo_content")
        setup["demo_seconds"] = round(seconds, 1)
    setup.update(generate(args, env, replace=bool(existing)))
    return setup


# Choosing the pages ------------------------------------------------------------------------------


@dataclass
class PageResult:
    name: str
    url: str
    status: int | None = None
    bytes: int | None = None
    content_type: str = ""
    queries: int | None = None
    render_ms: float | None = None
    query_status: int | None = None
    error: str = ""
    requests: int | None = None
    requests_per_second: float | None = None
    latency_p50_ms: float | None = None
    latency_p99_ms: float | None = None
    cpu_ms_per_request: float | None = None
    cache_hits: int | None = None
    cache_misses: int | None = None
    not_cached: int | None = None
    cache_hit_percent: float | None = None
    non_2xx: int | None = None
    socket_errors: int | None = None
    workers_changed: bool = False


def choose_pages():
    """One URL per public page type, as the site links to it, chosen to be among the heaviest of its kind."""
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Locale

    from catalogue.catalogue import listed_products
    from catalogue.models import (
        Certification,
        DisplayPointIndexPage,
        DisplayPointPage,
        ProducerIndexPage,
        ProducerPage,
        ProductIndexPage,
        ProductPage,
        Province,
    )
    from catalogue.verification import verification_path
    from home.models import HomePage, StandardPage
    from news.models import NewsIndexPage, NewsPage
    from reports.models import StatisticsPage

    vi = Locale.objects.get(language_code="vi")
    pages = []

    def add(name, url):
        if url:
            pages.append(PageResult(name=name, url=url))

    def first_url(model, locale=vi):
        page = model.objects.live().filter(locale=locale).order_by("path").first()
        return page.url if page else None

    certified = ProductPage.objects.live().filter(locale=vi, listing__in=listed_products(vi))
    if not certified.exists():
        raise BenchError("The database holds no certified Vietnamese product: the generator did not run?")

    add("standard page", first_url(StandardPage))
    add("home", first_url(HomePage))
    catalogue_url = first_url(ProductIndexPage)
    add("catalogue", catalogue_url)
    # The most common group × stars × province among certified products, so the filtered page lists many.
    combination = (
        listed_products(vi)
        .values("group__slug", "cert_stars", "province_id")
        .annotate(products=Count("pk"))
        .order_by("-products", "group__slug", "cert_stars", "province_id")
        .first()
    )
    if catalogue_url and combination:
        province = Province.objects.select_related("merged_into").get(pk=combination["province_id"])
        province = province.merged_into or province
        query = {"group": combination["group__slug"], "stars": combination["cert_stars"], "province": province.slug}
        add("catalogue filtered", f"{catalogue_url}?{urlencode(query)}")

    # The product sold at the most display points; the producer with the most products; the busiest display point.
    product = certified.annotate(points=Count("sold_at")).order_by("-points", "path").first()
    add("product", product.url)
    add("producer", ProducerPage.objects.live().filter(locale=vi).order_by("-numchild", "path").first().url)
    add("producer index", first_url(ProducerIndexPage))
    add("display point index", first_url(DisplayPointIndexPage))
    sold = ProductPage.sold_at.through.objects.values("displaypointpage").annotate(products=Count("pk"))
    busiest = sold.order_by("-products", "displaypointpage").first()
    point = (
        DisplayPointPage.objects.live().filter(locale=vi, pk=busiest["displaypointpage"]).first() if busiest else None
    )
    add("display point", point.url if point else first_url(DisplayPointPage))
    add("news index", first_url(NewsIndexPage))
    newest = NewsPage.objects.live().filter(locale=vi).order_by("-date", "-pk").first()
    add("news article", newest.url if newest else None)
    add("statistics", first_url(StatisticsPage))
    with translation.override("vi"):
        add("search", reverse("search") + "?" + urlencode({"q": "mat ong"}))
        add("suggest", reverse("search_suggest") + "?" + urlencode({"q": "ruou"}))
    certificate = Certification.objects.for_product(product).newest_first().first()
    add("verification", verification_path(certificate.verification_code, "vi"))
    add("open data CSV", reverse("opendata_certifications_csv"))
    add("sitemap", reverse("sitemap"))
    add("sitemap section", reverse("sitemap_section", kwargs={"section": "pages"}))

    english = Locale.objects.filter(language_code="en").first()
    if english:
        add("home (en)", first_url(HomePage, english))
        add("catalogue (en)", first_url(ProductIndexPage, english))
    return pages


# Measuring ---------------------------------------------------------------------------------------


def count_queries(pages):
    """SQL queries and time of an uncached render: the second of two requests, page cache off, Django's caches warm."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client()

    def render(url):
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        response.close()
        return response

    with override_settings(OCOP_PAGE_CACHE_SECONDS=0):
        for page in pages:
            try:
                render(page.url)
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as captured:
                    response = render(page.url)
                page.render_ms = round((time.perf_counter() - started) * 1000, 1)
            except Exception as error:  # reported in the table and the results, and the run fails
                page.error = f"{type(error).__name__}: {error}"
                say(f"  {page.url}: {page.error}")
                continue
            page.query_status = response.status_code
            page.queries = len(captured.captured_queries)
            say(f"  {page.queries:3d} queries {page.render_ms:8.1f} ms  {page.url}")
    connection.close()


def fetch(port, url):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", url)
        response = connection.getresponse()
        body = response.read()
        return response.status, len(body), response.getheader("Content-Type", ""), response.getheader("X-Page-Cache")
    finally:
        connection.close()


def read_proc_stat(pid):
    """(parent pid, CPU ticks in user + system mode) of a process, or None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may hold spaces; count fields after it.
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def worker_pids(master_pid):
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = read_proc_stat(int(entry))
            if stat and stat[0] == master_pid:
                pids.append(int(entry))
    return sorted(pids)


def workers_cpu_ticks(master_pid):
    ticks = {}
    for pid in worker_pids(master_pid):
        stat = read_proc_stat(pid)
        if stat:
            ticks[pid] = stat[1]
    return ticks


def wait_until_idle(master_pid, timeout=180):
    """Wait until the workers use no CPU: requests queued by an earlier wrk run still get served when it stops."""
    deadline = time.monotonic() + timeout
    previous = sum(workers_cpu_ticks(master_pid).values())
    while time.monotonic() < deadline:
        time.sleep(0.5)
        current = sum(workers_cpu_ticks(master_pid).values())
        if current == previous:
            return
        previous = current
    say(f"the workers were still busy after {timeout} s; measuring anyway")


def workers_rss_kb(master_pid):
    rss = {}
    for pid in worker_pids(master_pid):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss[pid] = int(line.split()[1])
    return rss


LUA_COUNTERS = r"""
-- Counts the page cache's answers (X-Page-Cache) and the statuses, in every wrk thread.
local threads = {}
local names = {"responses", "hits", "misses", "not_cached", "non_2xx", "s3xx", "s4xx", "s429", "s5xx"}

function setup(thread)
   thread:set("thread_number", #threads)
   table.insert(threads, thread)
end

function init(args)
   for _, name in ipairs(names) do _G[name] = 0 end
   position = thread_number or 0
end

function response(status, headers, body)
   responses = responses + 1
   if status < 200 or status > 299 then non_2xx = non_2xx + 1 end
   if status >= 300 and status < 400 then s3xx = s3xx + 1 end
   if status >= 400 and status < 500 then s4xx = s4xx + 1 end
   if status == 429 then s429 = s429 + 1 end
   if status >= 500 then s5xx = s5xx + 1 end
   local state = nil
   for name, value in pairs(headers) do
      if string.lower(name) == "x-page-cache" then state = value end
   end
   if state == "hit" then hits = hits + 1
   elseif state == "miss" then misses = misses + 1
   else not_cached = not_cached + 1 end
end

function done(summary, latency, requests)
   local parts = {}
   for _, name in ipairs(names) do
      local total = 0
      for _, thread in ipairs(threads) do total = total + (thread:get(name) or 0) end
      table.insert(parts, name .. "=" .. total)
   end
   io.write("BENCH-COUNTS " .. table.concat(parts, " ") .. "\n")
end
"""

LUA_ROTATION = r"""
-- Each thread goes round every path, starting at a different one.
paths = {%s}

function request()
   position = position %% #paths + 1
   return wrk.format("GET", paths[position])
end
"""


def lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_wrk(output):
    """Requests, requests/s, p50/p99 in ms, socket errors and the Lua counters from wrk --latency's report."""
    result = {}
    match = re.search(r"(\d+) requests in ([\d.]+)(\w+)", output)
    if not match:
        raise BenchError(f"Could not read wrk's report:\n{textwrap.indent(output, '    ')}")
    result["requests"] = int(match.group(1))
    result["duration_ms"] = float(match.group(2)) * WRK_TIME_UNITS_MS[match.group(3)]
    result["requests_per_second"] = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    for percentile in ("50", "99"):
        match = re.search(rf"^\s+{percentile}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.MULTILINE)
        result[f"latency_p{percentile}_ms"] = (
            round(float(match.group(1)) * WRK_TIME_UNITS_MS[match.group(2)], 2) if match else None
        )
    match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    kinds = ("connect", "read", "write", "timeout")
    result["socket_errors"] = (
        dict(zip(kinds, map(int, match.groups()), strict=True)) if match else dict.fromkeys(kinds, 0)
    )
    match = re.search(r"^BENCH-COUNTS (.*)$", output, re.MULTILINE)
    if not match:
        raise BenchError(f"wrk's Lua script printed no counts:\n{textwrap.indent(output, '    ')}")
    result["counts"] = {key: int(value) for key, value in (pair.split("=") for pair in match.group(1).split())}
    return result


def run_wrk(wrk, port, url, script, *, threads, connections, seconds, timeout):
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s", "--latency"]
    command += ["-s", str(script), f"http://127.0.0.1:{port}{url}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + timeout + 60, check=False)
    if result.returncode != 0:
        raise BenchError(f"wrk failed (exit {result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    return parse_wrk(result.stdout)


def measure_page(page, wrk, port, script, master_pid, args):
    # Requests an earlier wrk run left queued (a slow page's) are served before this page is fetched.
    wait_until_idle(master_pid)
    try:
        page.status, page.bytes, page.content_type, _ = fetch(port, page.url)
    except OSError as error:  # a timeout: the page gets no figure, and the run goes on to the next
        page.error = page.error or f"{type(error).__name__} on a plain request: {error}"
        say(f"  {page.url}: {page.error}")
        return
    wait_until_idle(master_pid)
    before = workers_cpu_ticks(master_pid)
    report = run_wrk(
        wrk,
        port,
        page.url,
        script,
        threads=args.threads,
        connections=args.connections,
        seconds=args.seconds,
        timeout=args.timeout,
    )
    after = workers_cpu_ticks(master_pid)
    counts = report["counts"]
    page.requests = report["requests"]
    page.requests_per_second = report["requests_per_second"]
    if page.requests:  # wrk prints a distribution of zeros when no request ended in time
        page.latency_p50_ms = report["latency_p50_ms"]
        page.latency_p99_ms = report["latency_p99_ms"]
    page.cache_hits, page.cache_misses, page.not_cached = counts["hits"], counts["misses"], counts["not_cached"]
    page.non_2xx = counts["non_2xx"]
    page.socket_errors = sum(report["socket_errors"].values())
    page.workers_changed = set(before) != set(after)
    # A worker that started during the run counts in full; one that ended takes its last ticks with it.
    ticks = sum(after[pid] - before.get(pid, 0) for pid in after)
    if page.requests:
        page.cpu_ms_per_request = round(ticks / CLOCK_TICKS * 1000 / page.requests, 2)
        page.cache_hit_percent = round(100 * page.cache_hits / max(counts["responses"], 1), 1)


def page_cache_expiries(start, end, args):
    """How many times every cached page expired at once during [start, end] (the cache's marks of the clock)."""
    if args.no_page_cache:
        return 0
    from showcase.page_cache import CLOCK_STEP

    return int(end // CLOCK_STEP) - int(start // CLOCK_STEP)


def load_test(wrk, port, pages, workdir, master_pid, args):
    """wrk over a rotation of every URL, with the workers' memory sampled as it runs."""
    paths = ", ".join(lua_string(page.url) for page in pages)
    script = workdir / "rotation.lua"
    script.write_text(LUA_COUNTERS + LUA_ROTATION % paths)
    samples = []
    wait_until_idle(master_pid)
    started = time.monotonic()

    def sample():
        samples.append({"seconds": round(time.monotonic() - started, 1), "rss_kb": workers_rss_kb(master_pid)})

    stop = threading.Event()

    def sampler():
        while not stop.wait(RSS_SAMPLE_SECONDS):
            sample()

    sample()
    cpu_before = workers_cpu_ticks(master_pid)
    clock_start = time.time()
    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    try:
        report = run_wrk(
            wrk,
            port,
            pages[0].url,
            script,
            threads=args.threads,
            connections=args.load_connections,
            seconds=args.load_seconds,
            timeout=args.timeout,
        )
    finally:
        stop.set()
        thread.join()
    sample()
    cpu_after = workers_cpu_ticks(master_pid)
    clock_end = time.time()

    counts = report["counts"]
    socket_errors = report["socket_errors"]
    totals = [sum(s["rss_kb"].values()) for s in samples]
    pids = sorted({pid for s in samples for pid in s["rss_kb"]})
    per_worker = {}
    for pid in pids:
        values = [s["rss_kb"][pid] for s in samples if pid in s["rss_kb"]]
        per_worker[str(pid)] = {"start_kb": values[0], "max_kb": max(values), "end_kb": values[-1]}
    ticks = sum(cpu_after[pid] - cpu_before.get(pid, 0) for pid in cpu_after)
    return {
        "connections": args.load_connections,
        "threads": args.threads,
        "seconds": args.load_seconds,
        "urls": [page.url for page in pages],
        "requests": report["requests"],
        "requests_per_second": report["requests_per_second"],
        "latency_p50_ms": report["latency_p50_ms"],
        "latency_p99_ms": report["latency_p99_ms"],
        "non_2xx": counts["non_2xx"],
        "status_3xx": counts["s3xx"],
        "status_4xx": counts["s4xx"],
        "status_429": counts["s429"],
        "status_5xx": counts["s5xx"],
        "socket_errors": socket_errors,
        "errors": counts["non_2xx"] + sum(socket_errors.values()),
        "cache_hits": counts["hits"],
        "cache_misses": counts["misses"],
        "not_cached": counts["not_cached"],
        "cpu_ms_per_request": round(ticks / CLOCK_TICKS * 1000 / report["requests"], 2) if report["requests"] else None,
        "page_cache_expiries": page_cache_expiries(clock_start, clock_end, args),
        "workers_rss": {
            "total_start_kb": totals[0],
            "total_max_kb": max(totals),
            "total_end_kb": totals[-1],
            "per_worker": per_worker,
            "workers_restarted": len(pids) != len(samples[0]["rss_kb"]),
            "samples": samples,
        },
    }


# The server --------------------------------------------------------------------------------------


class Gunicorn:
    """gunicorn in its own session, so that Ctrl-C reaches only this script, which then stops it."""

    def __init__(self, env, workdir, workers):
        self.env = env
        self.port = free_port()
        self.log = workdir / "gunicorn.log"
        self.workers = workers
        self.process = None

    def __enter__(self):
        command = [sys.executable, "-m", "gunicorn", "showcase.wsgi", "--workers", str(self.workers)]
        command += ["--worker-class", "sync", "--bind", f"127.0.0.1:{self.port}", "--error-logfile", str(self.log)]
        say(f"gunicorn: {self.workers} sync workers on 127.0.0.1:{self.port}")
        self.process = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            self.wait_until_it_answers()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def log_tail(self):
        with contextlib.suppress(OSError):
            return textwrap.indent("\n".join(self.log.read_text().splitlines()[-30:]), "    ")
        return "    (no log)"

    def wait_until_it_answers(self):
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}")
            with contextlib.suppress(OSError, http.client.HTTPException):
                status = fetch(self.port, "/robots.txt")[0]
                if status == 200 and len(worker_pids(self.process.pid)) == self.workers:
                    return
            time.sleep(0.25)
        raise BenchError(f"gunicorn did not answer within {SERVER_START_TIMEOUT} s:\n{self.log_tail()}")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        say("stopping gunicorn")
        self.process.terminate()  # SIGTERM: gunicorn's graceful shutdown
        try:
            self.process.wait(timeout=35)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


# The report --------------------------------------------------------------------------------------


def machine_info():
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    memory = re.search(r"^MemTotal:\s+(\d+) kB", meminfo, re.MULTILINE)
    return {
        "cpu_model": model.group(1).strip() if model else platform.processor() or "unknown",
        "cpu_count": os.cpu_count(),
        "memory_gb": round(int(memory.group(1)) / 1024 / 1024, 1) if memory else None,
        "os": platform.platform(),
        "python": platform.python_version(),
    }


def load_average():
    with contextlib.suppress(OSError):
        return [float(value) for value in Path("/proc/loadavg").read_text().split()[:3]]
    return None


def software_versions(wrk):
    versions = {}
    for package in ("Django", "wagtail", "wagtail-localize", "gunicorn", "whitenoise"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[package] = importlib.metadata.version(package)
    wrk_version = subprocess.run([wrk, "-v"], capture_output=True, text=True, check=False).stdout.split("\n")[0]
    versions["wrk"] = wrk_version.split(" [")[0].removeprefix("wrk ").strip()
    return versions


def database_info(env, configured):
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
        else:
            cursor.execute("select version()")
        version = cursor.fetchone()[0]
    connection.close()
    url = env["DATABASE_URL"]
    return {
        "vendor": connection.vendor,
        "version": version,
        "url": masked_database_url(url) if configured else "temporary SQLite file",
    }


def catalogue_counts():
    from wagtail.models import Page

    from catalogue.models import Certification, DisplayPointPage, ProducerPage, ProductPage
    from news.models import NewsPage

    counts = {
        "pages": Page.objects.count(),
        "products": ProductPage.objects.count(),
        "producers": ProducerPage.objects.count(),
        "certifications": Certification.objects.count(),
        "display_points": DisplayPointPage.objects.count(),
        "news": NewsPage.objects.count(),
    }
    from django.db import connection

    connection.close()
    return counts


def cell(value, digits=None):
    if value is None:
        return "–"
    if digits is not None:
        return f"{value:,.{digits}f}"
    return str(value)


def markdown_table(pages):
    lines = [
        "| page | URL | status | KB | queries | render ms | req/s | p50 ms | p99 ms | CPU ms/req | cache hits % |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for page in pages:
        queries = cell(page.queries)
        if page.queries is not None and page.queries > QUERY_BUDGET:
            queries = f"**{queries}**"
        url = page.url if len(page.url) <= 60 else page.url[:57] + "…"
        lines.append(
            f"| {page.name} | `{url}` | {cell(page.status)} | {cell(page.bytes and page.bytes / 1024, 1)} "
            f"| {queries} | {cell(page.render_ms, 0)} | {cell(page.requests_per_second, 1)} "
            f"| {cell(page.latency_p50_ms, 1)} "
            f"| {cell(page.latency_p99_ms, 1)} | {cell(page.cpu_ms_per_request, 1)} "
            f"| {cell(page.cache_hit_percent, 1)} |"
        )
    return "\n".join(lines)


def load_summary(load):
    rss = load["workers_rss"]
    socket = ", ".join(f"{kind} {count}" for kind, count in load["socket_errors"].items())
    lines = [
        f"Load test: {load['connections']} connections for {load['seconds']} s over {len(load['urls'])} URLs",
        f"- requests: {load['requests']:,} ({load['requests_per_second']:,.1f}/s), "
        f"latency p50 {cell(load['latency_p50_ms'], 1)} ms, p99 {cell(load['latency_p99_ms'], 1)} ms, "
        f"CPU {cell(load['cpu_ms_per_request'], 2)} ms/request",
        f"- errors: {load['errors']} (non-2xx {load['non_2xx']}: 4xx {load['status_4xx']}, "
        f"5xx {load['status_5xx']}; socket errors: {socket})",
        f"- page cache: {load['cache_hits']:,} hits, {load['cache_misses']:,} misses, "
        f"{load['not_cached']:,} not cacheable"
        + (
            f"; every cached page expired at once {load['page_cache_expiries']} time(s) during the run"
            if load["page_cache_expiries"]
            else ""
        ),
        f"- workers' RSS (MB, all workers): start {rss['total_start_kb'] / 1024:.1f}, "
        f"max {rss['total_max_kb'] / 1024:.1f}, end {rss['total_end_kb'] / 1024:.1f}"
        + (" (a worker was restarted during the run)" if rss["workers_restarted"] else ""),
    ]
    for pid, worker in rss["per_worker"].items():
        lines.append(
            f"  - worker {pid}: start {worker['start_kb'] / 1024:.1f}, max {worker['max_kb'] / 1024:.1f}, "
            f"end {worker['end_kb'] / 1024:.1f}"
        )
    return "\n".join(lines)


def problems_of(pages, load):
    problems = []
    for page in pages:
        if page.error:
            problems.append(f"{page.name} ({page.url}): rendering raised {page.error}")
        if page.status != 200:
            problems.append(f"{page.name} ({page.url}): status {page.status}, expected 200")
        if page.query_status is not None and page.query_status != 200:
            problems.append(f"{page.name} ({page.url}): status {page.query_status} when rendered in-process")
        if page.queries is not None and page.queries > QUERY_BUDGET:
            problems.append(
                f"{page.name} ({page.url}): {page.queries} SQL queries uncached, over the budget of {QUERY_BUDGET}"
            )
        if page.non_2xx or page.socket_errors:
            problems.append(
                f"{page.name} ({page.url}): {page.non_2xx} non-2xx responses and "
                f"{page.socket_errors} socket errors under wrk"
            )
    if load and load["errors"]:
        problems.append(f"load test: {load['errors']} errors (non-2xx and socket errors)")
    return problems


# The run -----------------------------------------------------------------------------------------


def run(args, workdir):
    wrk = ensure_wrk()
    configured_database = os.environ.get("DATABASE_URL", "")
    database_url = configured_database or f"sqlite:///{workdir / 'db.sqlite3'}"
    env = bench_environment(args, workdir, database_url)
    load_before = load_average()
    # First, before this process reads the static files' manifest. STATIC_ROOT has no
    # environment override: the files go to the project's (ignored) static_collected/.
    say("collectstatic")
    _, collectstatic_seconds = manage(["collectstatic", "--noinput"], env, "collectstatic")

    # Django in this process (choosing URLs, counting queries) reads the same settings as gunicorn.
    os.environ.clear()
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    fill = fill_configured_database if configured_database else build_temporary_database
    setup = fill(args, env, workdir)
    setup["collectstatic_seconds"] = round(collectstatic_seconds, 1)

    say("choosing one URL per page type")
    pages = choose_pages()
    say("counting the SQL queries of uncached renders")
    count_queries(pages)

    lua_counters = workdir / "counters.lua"
    lua_counters.write_text(LUA_COUNTERS)
    load = None
    with Gunicorn(env, workdir, args.workers) as server:
        master = server.process.pid
        for page in pages:
            say(f"wrk {args.seconds} s: {page.url}")
            measure_page(page, wrk, server.port, lua_counters, master, args)
        if not args.no_load:
            say(f"load test: {args.load_connections} connections for {args.load_seconds} s over {len(pages)} URLs")
            load = load_test(wrk, server.port, pages, workdir, master, args)

    results = {
        "generated_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {**machine_info(), "load_average_before": load_before, "load_average_after": load_average()},
        "software": software_versions(wrk),
        "database": database_info(env, configured=bool(configured_database)),
        "catalogue": catalogue_counts(),
        "settings": {
            "products": args.products,
            "seed": args.seed,
            "news": args.news,
            "demo_content": not args.no_demo,
            "gunicorn_workers": args.workers,
            "worker_class": "sync",
            "page_cache_seconds": int(env["OCOP_PAGE_CACHE_SECONDS"]),
            "wrk_threads": args.threads,
            "wrk_connections": args.connections,
            "seconds_per_page": args.seconds,
            "wrk_timeout_seconds": args.timeout,
            "query_budget": QUERY_BUDGET,
            "rate_limits": "off",
        },
        "setup": setup,
        "pages": [asdict(page) for page in pages],
        "load": load,
    }
    results["problems"] = problems_of(pages, load)
    return results, pages, load


def print_report(results, pages, load):
    machine, database, setup = results["machine"], results["database"], results["setup"]
    print()
    print(markdown_table(pages))
    print()
    if load:
        print(load_summary(load))
        print()
    print(
        f"Machine: {machine['cpu_model']}, {machine['cpu_count']} CPUs, {machine['memory_gb']} GB RAM, "
        f"load average {machine['load_average_before']} before and {machine['load_average_after']} after; "
        f"Python {machine['python']}; {database['vendor']} {database['version']} ({database['url']})."
    )
    catalogue = results["catalogue"]
    timings = ", ".join(
        f"{label} {setup[key]} s"
        for key, label in (
            ("migrate_seconds", "migrate"),
            ("demo_seconds", "demo content"),
            ("generate_seconds", "generate_catalogue"),
            ("collectstatic_seconds", "collectstatic"),
        )
        if key in setup
    )
    print(
        f"Catalogue: {catalogue['products']:,} products, {catalogue['producers']:,} producers, "
        f"{catalogue['certifications']:,} certificates, {catalogue['display_points']} display points, "
        f"{catalogue['news']} news ({catalogue['pages']:,} pages); "
        + ("database reused from the cache; " if setup.get("reused") else "")
        + (timings or "no setup timings")
        + "."
    )
    if results["problems"]:
        print("\nProblems:")
        for problem in results["problems"]:
            print(f"- {problem}")


# The suite: two stacks, several sizes -------------------------------------------------------------


def redis_answers(host, port, commands=()):
    """Whether a Redis server answers on host:port, sending it `commands` (inline protocol) first."""
    try:
        with socket.create_connection((host, port), timeout=2) as connection:
            for command in (*commands, "PING"):
                connection.sendall(command.encode() + b"\r\n")
            reply = b""
            while b"PONG" not in reply:
                chunk = connection.recv(1024)
                if not chunk:
                    return False
                reply += chunk
            return True
    except OSError:
        return False


@contextlib.contextmanager
def redis_server(workdir):
    """(host, port) of Redis on loopback: the one on 6379 if it answers, else one started here for the run."""
    if redis_answers("127.0.0.1", 6379):
        yield "127.0.0.1", 6379
        return
    if not shutil.which("redis-server"):
        raise BenchError("No Redis answers on 127.0.0.1:6379 and redis-server is not installed.")
    port = free_port()
    say(f"starting redis-server on 127.0.0.1:{port}")
    command = ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
    command += ["--dir", str(workdir)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while not redis_answers("127.0.0.1", port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise BenchError("redis-server did not start.")
            time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        process.terminate()
        process.wait(timeout=30)


def recreate_postgres_database(url):
    """Drop and create the bench database named in `url` (never any other), through the server's 'postgres' database."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name or name == "postgres":
        raise BenchError(f"--postgres-url must name a database of its own for the benchmark, not {name or 'none'}.")
    maintenance = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(maintenance, autocommit=True) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as error:
        raise BenchError(f"Cannot create the bench database {masked_database_url(url)}: {error}") from error


def child_run(args, stack, size, workdir, services):
    """One single benchmark in a child process; its results."""
    output = workdir / f"{stack}-{size}.json"
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")}
    command = [sys.executable, str(Path(__file__).resolve()), "--products", str(size), "--seed", str(args.seed)]
    command += ["--news", str(args.news), "--seconds", str(args.seconds), "--threads", str(args.threads)]
    command += ["--connections", str(args.connections), "--workers", str(args.workers), "--timeout", str(args.timeout)]
    command += ["--no-page-cache", "--no-load", "--output", str(output)]
    if args.no_demo:
        command.append("--no-demo")
    if stack == "postgres":
        recreate_postgres_database(args.postgres_url)
        host, port = services["redis"]
        redis_answers(host, port, [f"SELECT {args.redis_db}", "FLUSHDB"])
        env.update({"DATABASE_URL": args.postgres_url, "REDIS_URL": f"redis://{host}:{port}/{args.redis_db}"})
        command.append("--services")
    else:
        env.pop("ELASTICSEARCH_URL", None)
    say(f"{stack}, {size:,} products: a child benchmark")
    result = subprocess.run(command, cwd=BASE_DIR, env=env, check=False)
    if result.returncode not in (0, 1) or not output.exists():
        raise BenchError(f"The {stack} benchmark at {size} products failed (exit {result.returncode}).")
    return json.loads(output.read_text())


def run_stack(args, stack, workdir):
    sizes = {}
    with contextlib.ExitStack() as stack_services:
        services = {}
        if stack == "postgres":
            services["redis"] = stack_services.enter_context(redis_server(workdir))
        for size in args.sizes:
            sizes[str(size)] = child_run(args, stack, size, workdir, services)
    return {"sizes": sizes}


def run_under_elasticsearch(args, workdir):
    """The PostgreSQL runs again in a child, under scripts/with-elasticsearch (a throw-away node on loopback)."""
    output = workdir / "postgres-suite.json"
    command = [str(BASE_DIR / "scripts" / "with-elasticsearch"), sys.executable, str(Path(__file__).resolve())]
    command += ["--suite", "--stacks", "postgres", "--sizes", ",".join(map(str, args.sizes)), "--output", str(output)]
    command += ["--postgres-url", args.postgres_url, "--redis-db", str(args.redis_db), "--seed", str(args.seed)]
    command += ["--news", str(args.news), "--seconds", str(args.seconds), "--workers", str(args.workers)]
    command += ["--threads", str(args.threads), "--connections", str(args.connections), "--timeout", str(args.timeout)]
    if args.no_demo:
        command.append("--no-demo")
    say("starting Elasticsearch for the PostgreSQL runs (scripts/with-elasticsearch)")
    # A busy machine can take longer than the script's default two minutes to start a node.
    env = {**os.environ, "ES_START_TIMEOUT": os.environ.get("ES_START_TIMEOUT", "600")}
    result = subprocess.run(command, cwd=BASE_DIR, env=env, check=False)
    if result.returncode not in (0, 1) or not output.exists():
        raise BenchError(f"The PostgreSQL and Elasticsearch runs failed (exit {result.returncode}).")
    return json.loads(output.read_text())["stacks"]["postgres"]


def scaling_rows(stack_results):
    """[(page, {size: cpu ms}, largest ÷ smallest, largest ÷ standard page)] for one stack."""
    sizes = sorted(stack_results["sizes"], key=int)
    per_page = {}
    for size in sizes:
        for page in stack_results["sizes"][size]["pages"]:
            per_page.setdefault(page["name"], {})[size] = page["cpu_ms_per_request"]
    smallest, largest = sizes[0], sizes[-1]
    standard = per_page.get("standard page", {}).get(largest)
    rows = []
    for name, figures in per_page.items():
        low, high = figures.get(smallest), figures.get(largest)
        growth = round(high / low, 2) if low and high else None
        versus_standard = round(high / standard, 2) if standard and high else None
        rows.append((name, figures, growth, versus_standard))
    return sizes, rows


def scaling_table(stack, stack_results):
    sizes, rows = scaling_rows(stack_results)
    first = stack_results["sizes"][sizes[0]]
    database = first["database"]
    search = "Elasticsearch" if stack == "postgres" else "the database backend"
    header = [f"| page ({database['vendor']}, search on {search}) |"]
    header += [f" {int(size):,} products |" for size in sizes]
    header += [f" {int(sizes[-1]):,} ÷ {int(sizes[0]):,} |", f" {int(sizes[-1]):,} ÷ standard page |"]
    lines = ["".join(header), "|---|" + "---:|" * (len(sizes) + 2)]
    for name, figures, growth, versus_standard in rows:
        cells = [cell(figures.get(size), 1) for size in sizes]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {cell(growth, 2)} | {cell(versus_standard, 2)} |")
    return "\n".join(lines)


def suite_problems(results):
    problems = []
    for stack, stack_results in results["stacks"].items():
        sizes, rows = scaling_rows(stack_results)
        for size in sizes:
            problems += [f"{stack}, {int(size):,} products: {p}" for p in stack_results["sizes"][size]["problems"]]
        if len(sizes) < 2:
            continue
        for name, _figures, growth, versus_standard in rows:
            if growth is not None and growth > OWN_GROWTH_LIMIT:
                problems.append(
                    f"{stack}: {name} costs {growth}× at {int(sizes[-1]):,} what it costs at {int(sizes[0]):,}"
                )
            if (
                versus_standard is not None
                and versus_standard > STANDARD_PAGE_LIMIT
                and name not in FIXED_LENGTH_DOCUMENTS
            ):
                problems.append(
                    f"{stack}: {name} costs {versus_standard}× the standard page at {int(sizes[-1]):,} products"
                )
    return problems


def run_suite(args):
    workdir = Path(tempfile.mkdtemp(prefix="ocop-bench-suite-"))
    try:
        stacks = {}
        for stack in args.stacks:
            if stack == "postgres" and not os.environ.get("ELASTICSEARCH_URL"):
                stacks[stack] = run_under_elasticsearch(args, workdir)
            else:
                stacks[stack] = run_stack(args, stack, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    results = {
        "generated_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "sizes": args.sizes,
        "stacks": stacks,
        "limits": {"own_growth": OWN_GROWTH_LIMIT, "standard_page": STANDARD_PAGE_LIMIT},
    }
    results["problems"] = suite_problems(results)
    return results


def print_suite(results):
    print()
    print("Uncached CPU milliseconds per request: the gunicorn workers' CPU time over a wrk run, page cache off,")
    print("divided by the requests served.")
    for stack, stack_results in results["stacks"].items():
        print()
        print(scaling_table(stack, stack_results))
    if results["problems"]:
        print("\nProblems:")
        for problem in results["problems"]:
            print(f"- {problem}")


def main(argv=None):
    args = parse_args(argv)
    # SIGTERM unwinds like Ctrl-C, so gunicorn is stopped and the temporary directory removed.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    if args.suite:
        try:
            results = run_suite(args)
        except BenchError as error:
            say(f"error: {error}")
            return 2
        except KeyboardInterrupt:
            say("interrupted")
            return 130
        print_suite(results)
        output = args.output if args.output and args.output != DEFAULT_OUTPUT else SUITE_OUTPUT
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        say(f"results written to {output}")
        return 1 if results["problems"] else 0
    workdir = Path(tempfile.mkdtemp(prefix="ocop-bench-"))
    try:
        results, pages, load = run(args, workdir)
    except BenchError as error:
        say(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    finally:
        if args.keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print_report(results, pages, load)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        say(f"results written to {args.output}")
    return 1 if results["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
