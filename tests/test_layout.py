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


def _modules_imported(path: Path) -> set[str]:
    """Every module a file imports, dotted (`from transforms.corpus import facts` gives
    transforms.corpus and transforms.corpus.facts), at any depth of the file."""
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def _imports(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _modules_imported(path)}


def _layer_files(layer: str) -> list[Path]:
    return sorted((ROOT / "transforms" / layer).rglob("*.py"))


def _imports_layer(path: Path, layer: str) -> list[str]:
    return sorted(m for m in _modules_imported(path)
                  if m == f"transforms.{layer}" or m.startswith(f"transforms.{layer}."))


@pytest.mark.parametrize("path", _layer_files("article"), ids=lambda p: p.name)
def test_article_layer_imports_neither_corpus_nor_release(path):
    assert _imports_layer(path, "corpus") == [] and _imports_layer(path, "release") == []


@pytest.mark.parametrize("path", _layer_files("corpus"), ids=lambda p: p.name)
def test_corpus_layer_reads_articles_only_through_the_schema(path):
    # The shared modules (schema, records, ids, settings, rules) are its only way in.
    assert _imports_layer(path, "article") == [] and _imports_layer(path, "release") == []


@pytest.mark.parametrize("path", sorted((ROOT / "transforms").glob("*.py")), ids=lambda p: p.name)
def test_shared_modules_import_no_layer(path):
    for layer in ("article", "corpus", "release"):
        assert _imports_layer(path, layer) == [], (path.name, layer)


def test_the_three_layers_exist_with_their_modules():
    for layer, modules in {"article": ("ingest", "normalize", "nlp", "components", "extract"),
                           "corpus": ("entities", "geocode", "text_reuse", "stories", "facts",
                                      "reconcile"),
                           "release": ("parts", "cache", "catalog", "assemble", "publish",
                                       "files", "datacard", "page", "query")}.items():
        for module in modules:
            assert (ROOT / "transforms" / layer / f"{module}.py").is_file(), (layer, module)


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
    from transforms.release.datacard import splice_readme
    readme = (ROOT / "README.md").read_text()
    assert splice_readme(readme) == readme, "run `newsfacts generate`"


def test_readme_shows_the_two_commands_first():
    readme = (ROOT / "README.md").read_text()
    assert readme.index("make run") < readme.index("newsfacts run")
    assert readme.index("make test") < readme.index("newsfacts run")


@pytest.mark.parametrize("path", sorted(p for folder in ("transforms", "flows", "expectations",
                                                         "tests", "benchmarks", "tools")
                                        for p in (ROOT / folder).rglob("*.py")),
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_module_imports_another_modules_private_names(path):
    tree = ast.parse(path.read_text())
    private = [f"{node.module}.{alias.name}" for node in ast.walk(tree)
               if isinstance(node, ast.ImportFrom) and node.module
               for alias in node.names if alias.name.startswith("_")
               and not alias.name.startswith("__")]
    assert private == []
