# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# The address the site is served at: stamps' QR codes, invitation and moderation e-mails link to it.
# Exported, so that migrate, load_demo_content and runserver all see the same one.
SITE_URL ?= http://$(HOST):$(PORT)
export SITE_URL
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-elasticsearch test-faults e2e test-topology load-topology bench bench-varnish lint lint-css format install migrate demo check clean

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate  ## build (or refresh) the demo site
	$(MANAGE) load_demo_content
	$(MANAGE) prepare_renditions

run: demo  ## venv, install, migrate, demo content, serve on 127.0.0.1:8000 (HOST=, PORT=, SITE_URL=)
	$(MANAGE) runserver $(HOST):$(PORT)

# Two test processes by default (pytest-xdist; a class's tests stay in one process).
PYTEST_WORKERS ?= auto

test: install  ## the whole suite (SQLite unless DATABASE_URL is set)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadscope $(PYTEST_ARGS)

test-elasticsearch: install  ## the search suite against a throw-away Elasticsearch 8 node (needs npm)
	scripts/with-elasticsearch $(BIN)/python -m pytest tests/search $(PYTEST_ARGS)

# TEST_PORTS=8200-8299 keeps the servers the fault tests start within a range of ports.
test-faults: install  ## Elasticsearch, Redis and PostgreSQL stopped and started under the site (tests/faults; needs npm, redis-server, PostgreSQL's server programs)
	@command -v redis-server >/dev/null || { echo "test-faults needs redis-server (apt-get install redis-server)"; exit 1; }
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "test-faults needs PostgreSQL's server programs (apt-get install postgresql)"; exit 1; }
	TEST_PORTS=$(TEST_PORTS) scripts/with-elasticsearch $(BIN)/python -m pytest tests/faults -m faults $(PYTEST_ARGS)

e2e: install  ## browser tests: Playwright + Debian's Chromium (headless) + axe-core; see scripts/e2e-setup
	bash scripts/e2e-setup
	$(BIN)/python -m pytest tests/e2e -m e2e $(PYTEST_ARGS)

test-topology: install  ## Varnish in front of two gunicorn app servers on PostgreSQL and Redis (scripts/topology; DATABASE_URL, REDIS_URL)
	$(BIN)/python -m pytest tests/topology -m topology -p no:xdist $(PYTEST_ARGS)

load-topology: install  ## 200 visitors for 60 s through Varnish: steady, as Redis restarts, as an app server dies (scripts/load_topology.py; DATABASE_URL, TOPOLOGY_PORT)
	@command -v redis-server >/dev/null || { echo "load-topology needs redis-server (apt-get install redis-server)"; exit 1; }
	$(BIN)/python scripts/load_topology.py $(LOAD_ARGS)

bench: install  ## the scaling benchmark: PostgreSQL + Elasticsearch + Redis and SQLite, 1,000 to 20,000 products (scripts/bench.py --suite)
	$(BIN)/python scripts/bench.py --suite $(BENCH_ARGS)

bench-varnish: install  ## requests/s of a cached page through Varnish and from one app server (scripts/bench_varnish.py)
	$(BIN)/python scripts/bench_varnish.py $(BENCH_ARGS)

lint: install  ## ruff, and the apps' layers (lint-imports: pyproject.toml [tool.importlinter])
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

lint-css:  ## stylelint on static/css/ (npm installs the pinned version into tools/css-lint/ first)
	scripts/lint-css

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install  ## Django's system checks and missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 media private-media static_collected cache test-results
