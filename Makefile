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

.PHONY: run test test-elasticsearch e2e bench lint lint-css format install migrate demo check clean

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

e2e: install  ## browser tests: Playwright + Debian's Chromium (headless) + axe-core; see scripts/e2e-setup
	bash scripts/e2e-setup
	$(BIN)/python -m pytest tests/e2e -m e2e $(PYTEST_ARGS)

bench: install  ## the scaling benchmark: PostgreSQL + Elasticsearch + Redis and SQLite, 1,000 to 20,000 products (scripts/bench.py --suite)
	$(BIN)/python scripts/bench.py --suite $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

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
