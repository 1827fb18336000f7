"""The apps' layers (DESIGN.md, Layers), checked by import-linter.

The contracts are in pyproject.toml ([tool.importlinter]): showcase at the
bottom, then catalogue, news, home, then the apps that read the content
(search, open data, reports, accounts), then misuse. `make lint` runs the same
check (lint-imports); these tests keep it in the suite, and show that it does
catch a lower layer importing a higher one.
"""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The console script installed beside the interpreter running the tests (the venv's).
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(directory):
    """Run lint-imports in `directory` (its pyproject.toml, its packages); (exit code, output)."""
    # Without PYTHONPATH, the packages are found in `directory` only, never in this checkout.
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    completed = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=directory,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return completed.returncode, completed.stdout + completed.stderr


def root_packages():
    configuration = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return configuration["tool"]["importlinter"]["root_packages"]


def copy_of_the_project(destination):
    """The apps' Python modules and pyproject.toml, copied to `destination` (no templates, media or venv)."""
    for package in root_packages():
        shutil.copytree(ROOT / package, destination / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", destination / "pyproject.toml")
    return destination


def test_the_apps_import_only_their_own_layer_and_those_below():
    code, output = lint_imports(ROOT)
    assert code == 0, output
    assert "Apps depend downwards only KEPT" in output


def test_the_check_fails_when_the_core_imports_a_content_app(tmp_path):
    project = copy_of_the_project(tmp_path / "project")
    code, _output = lint_imports(project)
    assert code == 0, "the copy passes before the upward import is added"

    # showcase is the bottom layer; the catalogue sits above it.
    (project / "showcase" / "layer_probe.py").write_text("from catalogue.models import ProductPage  # noqa\n")
    code, output = lint_imports(project)
    assert code == 1, output
    assert "Apps depend downwards only BROKEN" in output
    assert "showcase is not allowed to import catalogue" in output
    assert "showcase.layer_probe -> catalogue.models" in output


def test_the_check_fails_when_an_import_inside_a_function_goes_upwards(tmp_path):
    """An import inside a function is an import too: it cannot hide a dependency on a higher layer."""
    project = copy_of_the_project(tmp_path / "project")
    (project / "catalogue" / "layer_probe.py").write_text(
        "def latest_articles():\n    from news.models import NewsPage\n\n    return NewsPage.objects.all()\n"
    )
    code, output = lint_imports(project)
    assert code == 1, output
    assert "catalogue is not allowed to import news" in output
