"""The layout rules: import direction, generated suites current, commands documented."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from expectations.suites import generated_suite, render, suite_path
from flows.cli import app
from transforms.schema import TABLES

ROOT = Path(__file__).resolve().parents[1]
ORCHESTRATION = {"prefect", "typer", "great_expectations", "flows", "expectations", "rich"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "transforms").rglob("*.py")),
                         ids=lambda p: p.name)
def test_transforms_never_import_orchestration(path):
    assert not _imports(path) & ORCHESTRATION


def test_transforms_read_no_environment():
    for path in (ROOT / "transforms").rglob("*.py"):
        assert "os.environ" not in path.read_text(), path


@pytest.mark.parametrize("table", sorted(TABLES))
def test_expectation_suite_file_is_current(table):
    # Regenerate with `newsfacts expectations` after changing transforms/schema.py.
    assert suite_path(table).read_text() == render(generated_suite(TABLES[table]))


def test_every_table_column_has_a_description():
    for table in TABLES.values():
        for field in table.arrow_schema:
            assert len(field.metadata[b"description"]) > 10, (table.name, field.name)


@pytest.mark.parametrize("command", [c.name or c.callback.__name__
                                     for c in app.registered_commands])
def test_every_command_is_documented_with_help_and_example(command):
    readme = (ROOT / "README.md").read_text()
    assert f"newsfacts {command}" in readme
    callback = next(c.callback for c in app.registered_commands
                    if (c.name or c.callback.__name__) == command)
    assert "Example:" in (callback.__doc__ or "")


def test_readme_tables_section_is_current():
    from transforms.datacard import splice_readme
    readme = (ROOT / "README.md").read_text()
    assert splice_readme(readme) == readme, "run `newsfacts generate`"


def test_readme_shows_the_two_commands_first():
    readme = (ROOT / "README.md").read_text()
    assert readme.index("make run") < readme.index("newsfacts run")
    assert readme.index("make test") < readme.index("newsfacts run")
