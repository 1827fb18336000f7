"""Load the topology: 200 visitors at once over the public pages, steady, as Redis restarts, as an app server dies.

    python scripts/load_topology.py [--seconds 60] [--connections 200] [--fault-at 15] [--redis-down 10]

Starts its own topology (scripts/topology start: Varnish in front of two app
servers on $DATABASE_URL) on a Redis server of its own, started here on
127.0.0.1:$LOAD_REDIS_PORT (default TOPOLOGY_PORT + 9), because one run stops
and starts that Redis and no other may be touched. It refuses to run when a
topology is already running from $TOPOLOGY_DIR. Then wrk (installed with
apt-get when it is missing and this runs as root) loads Varnish with
--connections connections for --seconds, rotating over a mix of public pages
chosen from the database as scripts/bench.py chooses them (the home page in
both languages, the catalogue, a filtered catalogue, a product, a producer, a
display point, a news article, the statistics and a search, which Varnish never
caches, so the app servers work through every run). Three runs, one after the
other:

1. steady;
2. Redis restarts: --fault-at seconds in, the Redis server is stopped (TERM),
   and started again --redis-down seconds later, empty;
3. an app server dies: --fault-at seconds in, app server 1's gunicorn master and
   its workers get SIGKILL; Varnish's health check takes it out of rotation and
   its retry (default.vcl, vcl_backend_error) sends the requests it drops to the
   other one. It stays down: the topology is stopped after this run.

Every run reports requests, requests/s, latency p50/p99, the statuses by class
and wrk's socket errors (connect, read, write, timeout). An error is any
response outside 200-299, 5xx and 429 included, or any socket error: the pages
of the mix answer 200, so a redirect or a 404 is a broken mix, not a load
figure. wrk's one address is one visitor to the rate limits (Varnish appends it
to X-Forwarded-For, which the app trusts one hop deep); 200 visitors share its
30 searches a minute, so the topology runs with OCOP_RATE_LIMIT_SEARCH raised
to LOAD_SEARCH_RATE: still counted, in Redis or in the database while Redis is
down, never reached.

Prints a Markdown table, writes bench/load_topology.json, stops the topology
and the Redis server it started. Exits with 1 when a run saw an error, 2 when
the load test cannot run.
"""

import argparse
import contextlib
import datetime
import importlib.machinery
import importlib.util
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "scripts"))

import bench  # noqa: E402  (scripts/bench.py: wrk, its Lua counters and the pages to load)

TOPOLOGY = BASE_DIR / "scripts" / "topology"
OUTPUT = BASE_DIR / "bench" / "load_topology.json"
# The pages of the mix, by the names bench.choose_pages gives them.
MIX = (
    "home",
    "home (en)",
    "catalogue",
    "catalogue filtered",
    "product",
    "producer",
    "display point",
    "news article",
    "statistics",
    "search",
)
# Far above what 200 connections ask for in a minute: the limit is counted, never reached.
LOAD_SEARCH_RATE = "1000000/m"
REDIS_START_TIMEOUT = 10


class LoadError(Exception):
    """The load test cannot run; the message says why."""


def say(message):
    print(f"[load_topology {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def topology_script():
    loader = importlib.machinery.SourceFileLoader("topology_script", str(TOPOLOGY))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


# Redis -------------------------------------------------------------------------------------------


class RedisServer:
    """redis-server on one port, no persistence: started, stopped and started again by this script alone."""

    def __init__(self, port, log_path):
        self.port = port
        self.log_path = log_path
        self.process = None

    def start(self):
        if not shutil.which("redis-server"):
            raise LoadError("redis-server is missing: install it (sudo apt-get install redis-server)")
        if bench.redis_answers("127.0.0.1", self.port):
            raise LoadError(f"something already answers on 127.0.0.1:{self.port}: set LOAD_REDIS_PORT to a free port")
        log = self.log_path.open("a")
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + REDIS_START_TIMEOUT
        while not bench.redis_answers("127.0.0.1", self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise LoadError(f"redis-server did not start on port {self.port} (see {self.log_path})")
            time.sleep(0.1)

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# The pages ---------------------------------------------------------------------------------------

CHOOSE_PAGES = """
import json, sys
import django
django.setup()
sys.path.insert(0, "scripts")
import bench
from showcase.page_cache import CLOCK_STEP
pages = [{"name": page.name, "url": page.url} for page in bench.choose_pages()]
print("LOAD-PAGES " + json.dumps({"pages": pages, "clock_step": CLOCK_STEP}))
"""


def choose_mix(topology, state):
    """The mix's URLs from the topology's database, as the app servers see it; and the page cache's clock step."""
    env = topology.app_environment(state)
    output = topology.run([str(topology.VENV_BIN / "python"), "-c", CHOOSE_PAGES], env, "choosing the pages")
    line = next((line for line in output.splitlines() if line.startswith("LOAD-PAGES ")), None)
    if line is None:
        raise LoadError(f"choosing the pages printed no list:\n{output[-2000:]}")
    chosen = json.loads(line.removeprefix("LOAD-PAGES "))
    by_name = {page["name"]: page["url"] for page in chosen["pages"]}
    missing = [name for name in MIX if name not in by_name]
    if missing:
        raise LoadError(f"the database has no page for: {', '.join(missing)}")
    return [(name, by_name[name]) for name in MIX], chosen["clock_step"]


def check_mix(varnish_url, mix):
    """Every page answers 200 through Varnish before the load starts (and is in its cache when it may be)."""
    for name, url in mix:
        try:
            with urllib.request.urlopen(varnish_url + url, timeout=60) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        if status != 200:
            raise LoadError(f"{name} ({url}) answered {status} through Varnish")


# Faults ------------------------------------------------------------------------------------------


def varnish_backend_health(state):
    """{backend name: "healthy" or "sick"} as varnishadm reports it; empty when it cannot say."""
    result = subprocess.run(
        ["varnishadm", "-n", str(Path(state["varnish_home"]) / "work"), "backend.list"],
        capture_output=True,
        text=True,
        check=False,
    )
    health = {}
    for line in result.stdout.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 4:
            health[parts[0].rsplit(".", 1)[-1]] = "sick" if "sick" in parts else "healthy"
    return health


def kill_app_server(topology, state, number, started):
    """SIGKILL an app server's gunicorn master and its workers, which share its listening socket and would go on."""
    master = topology.read_pid(state["pid_files"][f"app{number}"])
    workers = bench.worker_pids(master)
    for pid in (master, *workers):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    killed_at = time.monotonic() - started
    events = [f"{killed_at:.1f} s: app server {number} killed (SIGKILL to pid {master} and workers {workers})"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if varnish_backend_health(state).get(f"app{number}") == "sick":
            sick_at = time.monotonic() - started
            events.append(f"{sick_at:.1f} s: Varnish's health check marks it sick ({sick_at - killed_at:.1f} s after)")
            break
        time.sleep(0.2)
    else:
        events.append("Varnish's health check did not mark it sick within 30 s")
    return events


def restart_redis(redis, down_seconds, started):
    redis.stop()
    events = [f"{time.monotonic() - started:.1f} s: Redis stopped"]
    time.sleep(down_seconds)
    redis.start()
    events.append(f"{time.monotonic() - started:.1f} s: Redis started again (empty)")
    return events


# A run -------------------------------------------------------------------------------------------


def load_run(wrk, state, mix, script, args, fault=None):
    """wrk over the mix for args.seconds; `fault(started)` runs args.fault_at seconds in. The figures and the events."""
    port = int(state["varnish_url"].rsplit(":", 1)[1])
    outcome = {}

    def run_wrk():
        try:
            outcome["report"] = bench.run_wrk(
                wrk,
                port,
                mix[0][1],
                script,
                threads=args.threads,
                connections=args.connections,
                seconds=args.seconds,
                timeout=args.timeout,
            )
        except bench.BenchError as error:
            outcome["error"] = error

    started = time.monotonic()
    clock_start = time.time()
    thread = threading.Thread(target=run_wrk)
    thread.start()
    events = []
    if fault is not None:
        time.sleep(args.fault_at)
        events = fault(started)
    thread.join()
    if "error" in outcome:
        raise LoadError(str(outcome["error"]))
    report = outcome["report"]
    counts = report["counts"]
    socket_errors = report["socket_errors"]
    return {
        "requests": report["requests"],
        "requests_per_second": report["requests_per_second"],
        "latency_p50_ms": report["latency_p50_ms"],
        "latency_p99_ms": report["latency_p99_ms"],
        "responses": counts["responses"],
        "non_2xx": counts["non_2xx"],
        "status_3xx": counts["s3xx"],
        "status_4xx": counts["s4xx"],
        "status_429": counts["s429"],
        "status_5xx": counts["s5xx"],
        "socket_errors": socket_errors,
        "errors": counts["non_2xx"] + sum(socket_errors.values()),
        "clock_start": clock_start,
        "events": events,
    }


def settle(topology, state):
    """The requests wrk left queued at the app servers are answered before the next run starts."""
    for pid_file in (state["pid_files"][name] for name in sorted(state["pid_files"]) if name.startswith("app")):
        master = topology.read_pid(pid_file)
        if topology.is_running(master):
            bench.wait_until_idle(master)


# The report --------------------------------------------------------------------------------------


def milliseconds(value):
    if value is None:
        return "-"
    return f"{value / 1000:.1f} s" if value >= 1000 else f"{value:.0f} ms"


def markdown_table(runs):
    lines = [
        "| run | requests | requests/s | p50 | p99 | non-2xx | 5xx | 429 | socket errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for run in runs:
        lines.append(
            f"| {run['name']} | {run['requests']:,} | {run['requests_per_second']:,.0f}"
            f" | {milliseconds(run['latency_p50_ms'])} | {milliseconds(run['latency_p99_ms'])}"
            f" | {run['non_2xx']} | {run['status_5xx']} | {run['status_429']} | {sum(run['socket_errors'].values())} |"
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="each run's length (60)")
    parser.add_argument("--connections", type=int, default=200, help="wrk's connections, the visitors at once (200)")
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads (2)")
    parser.add_argument("--timeout", type=int, default=90, help="wrk's timeout, s (90: above Varnish's first byte, 60)")
    parser.add_argument("--fault-at", type=float, default=15, help="seconds into a run when the fault starts (15)")
    parser.add_argument("--redis-down", type=float, default=10, help="seconds Redis stays stopped (10)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    topology = topology_script()
    existing = topology.read_state()
    if existing and any(topology.is_running(topology.read_pid(pid)) for pid in existing["pid_files"].values()):
        say(f"a topology is running from {topology.run_dir()}: stop it first (scripts/topology stop);")
        say("this load test starts its own, on a Redis server it may stop and start")
        return 2
    try:
        wrk = bench.ensure_wrk()
    except bench.BenchError as error:
        say(str(error))
        return 2

    port = int(os.environ.get("TOPOLOGY_PORT", "8080"))
    redis_port = int(os.environ.get("LOAD_REDIS_PORT", port + 9))
    run_dir = topology.run_dir()
    run_dir.mkdir(parents=True, exist_ok=True)
    redis = RedisServer(redis_port, run_dir / "load-redis.log")
    env = {
        **os.environ,
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "OCOP_RATE_LIMIT_SEARCH": LOAD_SEARCH_RATE,
    }
    runs = []
    try:
        redis.start()
        say(f"Redis on 127.0.0.1:{redis_port}; starting the topology (scripts/topology start)")
        if subprocess.run([sys.executable, str(TOPOLOGY), "start"], env=env, check=False).returncode != 0:
            raise LoadError("scripts/topology start failed")
        state = topology.read_state()
        mix, clock_step = choose_mix(topology, state)
        check_mix(state["varnish_url"], mix)
        script = run_dir / "load-rotation.lua"
        script.write_text(bench.LUA_COUNTERS + bench.LUA_ROTATION % ", ".join(bench.lua_string(u) for _, u in mix))
        plan = (
            ("steady", None),
            (
                f"Redis stopped at {args.fault_at:g} s, started {args.redis_down:g} s later",
                lambda started: restart_redis(redis, args.redis_down, started),
            ),
            (
                f"app server 1 killed at {args.fault_at:g} s",
                lambda started: kill_app_server(topology, state, 1, started),
            ),
        )
        for number, (name, fault) in enumerate(plan):
            if number:
                settle(topology, state)
            say(f"run {number + 1}: {name}, {args.connections} connections for {args.seconds} s")
            run = {"name": name, **load_run(wrk, state, mix, script, args, fault)}
            run["page_cache_expiries"] = int((run["clock_start"] + args.seconds) // clock_step) - int(
                run["clock_start"] // clock_step
            )
            for event in run["events"]:
                say(f"  {event}")
            say(
                f"  {run['requests']:,} requests, {run['requests_per_second']:,.0f}/s, p50 "
                f"{milliseconds(run['latency_p50_ms'])}, p99 {milliseconds(run['latency_p99_ms'])}, "
                f"{run['errors']} errors"
            )
            runs.append(run)
    except (LoadError, topology.TopologyError) as error:
        say(f"error: {error}")
        return 2
    finally:
        subprocess.run([sys.executable, str(TOPOLOGY), "stop"], check=False)
        redis.stop()

    result = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "load_average": bench.load_average(),
        "wrk": {"seconds": args.seconds, "connections": args.connections, "threads": args.threads},
        "app_servers": 2,
        "app_server_workers": int(os.environ.get("TOPOLOGY_WORKERS", "2")),
        "urls": dict(mix),
        "runs": runs,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    print(markdown_table(runs))
    print(f"\nWritten to {args.output}.")
    failed = [run["name"] for run in runs if run["errors"]]
    if failed:
        say(f"errors in: {'; '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
