"""Requests/s of one anonymous page through Varnish (cached) and straight from one app server, in one run.

    python scripts/bench_varnish.py [--path /vi/san-pham/] [--seconds 10] [--connections 8] [--threads 2]

Runs against the topology scripts/topology started (it is started, and stopped
afterwards, when none is running). The page is fetched once through Varnish so
that it is cached, then wrk loads it through Varnish, then the same page from
the first app server (gunicorn with the production settings, whose in-app page
cache is off behind Varnish, so every request renders), then from one more
gunicorn started for the purpose on the port after the app servers', the same
but with its in-app page cache on (OCOP_IN_APP_PAGE_CACHE=true, in Redis), as
one server without Varnish runs. They are measured one after the other, never
at once, with the same wrk settings. Prints a Markdown table and writes
bench/varnish.json. wrk is installed with apt-get when it is missing and this
runs as root.

Exits with 1 when a response was not 200, Varnish's answers were not cache
hits, or Varnish was not at least --min-ratio (5) times faster; 2 when the
benchmark cannot run.
"""

import argparse
import contextlib
import datetime
import importlib.machinery
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
TOPOLOGY = BASE_DIR / "scripts" / "topology"
OUTPUT = BASE_DIR / "bench" / "varnish.json"


def say(message):
    print(f"[bench_varnish] {message}", file=sys.stderr, flush=True)


def ensure_wrk():
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing Debian's wrk package")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=env)
        return shutil.which("wrk")
    sys.exit("wrk is missing: install it (sudo apt-get install wrk).")


def topology_script():
    loader = importlib.machinery.SourceFileLoader("topology_script", str(TOPOLOGY))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@contextlib.contextmanager
def app_server_with_its_own_cache(topology, state):
    """One more gunicorn like the topology's, with the in-app page cache on; its URL."""
    port = int(state["app_urls"][-1].rsplit(":", 1)[1]) + 1
    run_dir = Path(state["dir"])
    pid_file = run_dir / "bench-app.pid"
    env = {**topology.app_environment(state), "OCOP_IN_APP_PAGE_CACHE": "true"}
    subprocess.run(
        [
            str(BASE_DIR / ".venv" / "bin" / "gunicorn"),
            "showcase.wsgi",
            "--bind", f"127.0.0.1:{port}",
            "--workers", os.environ.get("TOPOLOGY_WORKERS", "2"),
            "--daemon",
            "--pid", str(pid_file),
            "--error-logfile", str(run_dir / "bench-app.log"),
            "--control-socket", str(run_dir / "bench-app.ctl"),
        ],
        cwd=BASE_DIR, env=env, check=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        topology.wait_for(f"{url}/robots.txt", "the benchmark's app server", None)
        yield url
    finally:
        topology.stop_pid("the benchmark's app server", pid_file)


def headers_of(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        return response.status, response.headers


def wrk(binary, url, args):
    command = [
        binary,
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.seconds}s",
        "--timeout",
        "10s",
        "--latency",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    requests_per_second = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    total = int(re.search(r"(\d+) requests in", output)[1])
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, flags=re.MULTILINE))
    return {
        "url": url,
        "requests_per_second": requests_per_second,
        "requests": total,
        "non_2xx": int(non_2xx[1]) if non_2xx else 0,
        "latency_p50": latency.get("50"),
        "latency_p99": latency.get("99"),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", default="/vi/san-pham/", help="the page (default the catalogue, /vi/san-pham/)")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--min-ratio", type=float, default=5.0)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    binary = ensure_wrk()

    started_topology = False
    if subprocess.run([sys.executable, str(TOPOLOGY), "status"], capture_output=True).returncode != 0:
        say("starting the topology (scripts/topology start)")
        subprocess.run([sys.executable, str(TOPOLOGY), "start"], check=True)
        started_topology = True
    try:
        topology = topology_script()
        state = topology.read_state()
        through_varnish = state["varnish_url"] + args.path
        direct = state["app_urls"][0] + args.path
        for url in (through_varnish, through_varnish, direct):
            status, _headers = headers_of(url)
            if status != 200:
                say(f"{url} answered {status}")
                return 1
        if headers_of(through_varnish)[1].get("X-Cache") != "HIT":
            say(f"{through_varnish} is not a cache hit: the page is not cacheable")
            return 1
        say(f"wrk {args.seconds} s through Varnish: {through_varnish}")
        varnish = wrk(binary, through_varnish, args)
        say(f"wrk {args.seconds} s straight from app server 1: {direct}")
        app = wrk(binary, direct, args)
        with app_server_with_its_own_cache(topology, state) as own_cache_url:
            own_cache_page = own_cache_url + args.path
            headers_of(own_cache_page)
            if headers_of(own_cache_page)[1].get("X-Page-Cache") != "hit":
                say(f"{own_cache_page} is not an in-app cache hit")
                return 1
            say(f"wrk {args.seconds} s from a gunicorn with its in-app page cache: {own_cache_page}")
            in_app = wrk(binary, own_cache_page, args)
    finally:
        if started_topology:
            subprocess.run([sys.executable, str(TOPOLOGY), "stop"], check=False)

    ratio = varnish["requests_per_second"] / app["requests_per_second"]
    result = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "wrk": {"seconds": args.seconds, "connections": args.connections, "threads": args.threads},
        "app_server_workers": int(os.environ.get("TOPOLOGY_WORKERS", "2")),
        "path": args.path,
        "varnish": varnish,
        "app_server": app,
        "app_server_with_in_app_cache": in_app,
        "ratio": round(ratio, 1),
        "ratio_to_in_app_cache": round(varnish["requests_per_second"] / in_app["requests_per_second"], 1),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    print(f"| {args.path} | requests/s | p50 | p99 |")
    print("| --- | ---: | ---: | ---: |")
    rows = (
        ("through Varnish (cache hit)", varnish),
        ("one gunicorn, no page cache", app),
        ("one gunicorn, in-app page cache hit (Redis)", in_app),
    )
    for name, measured in rows:
        latencies = f"{measured['latency_p50']} | {measured['latency_p99']}"
        print(f"| {name} | {measured['requests_per_second']:,.0f} | {latencies} |")
    print(
        f"\nVarnish: {ratio:.1f}x the requests/s of one app server rendering every request,"
        f" {result['ratio_to_in_app_cache']}x one answering from its own page cache. Written to {args.output}."
    )
    failed = varnish["non_2xx"] or app["non_2xx"] or in_app["non_2xx"] or ratio < args.min_ratio
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
