"""A release larger than the cross-article step's window, end to end."""

from __future__ import annotations

import csv
from dataclasses import replace
import json
from pathlib import Path

import pyarrow.parquet as pq

from flows.pipeline import build_release
from tests.conftest import SEEDS, copy_seeds
from transforms.settings import WindowSettings

# A report of my own, a day after the seeds' date.
LATER = (
    "Harbourside Rovers Edge Past Millbrook\n\n"
    "Harbourside Rovers beat Millbrook Athletic 2-1 on Saturday, with a late header from "
    "Tomasz Wierzbicki settling a tense derby at Quayside Park. \u201cWe never stopped "
    "believing,\u201d said the Rovers manager, Ines Carvalho, after the final whistle.\n")


def _dated(folder: Path, day: str) -> None:
    """A manifest.csv dating every file of `folder`."""
    with (folder / "manifest.csv").open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["path", "published_at"])
        for path in sorted(folder.glob("*.txt")):
            writer.writerow([path.name, day if path.name != "later.txt" else "2015-05-18"])


def _manifest(output: Path) -> dict:
    return json.loads((output / "latest" / "manifest.json").read_text())


def test_a_release_larger_than_a_window_publishes_window_by_window(tmp_path, prefect_harness):
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(app, ["run", "--input", str(SEEDS), "--output",
                                      str(tmp_path / "out"), "--window-articles", "2",
                                      "--workers", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    latest = tmp_path / "out" / "latest"
    # Published, so the merged tables passed validation; five undated seeds, two at a time.
    assert _manifest(tmp_path / "out")["cross_article_windows"] == 3
    entities = pq.read_table(latest / "entities.parquet").to_pylist()
    assert len({e["entity_id"] for e in entities}) == len(entities)
    ramadi = [e for e in entities if e["name"] == "Ramadi"]
    assert len(ramadi) == 1 and ramadi[0]["n_articles"] == 5
    assert not list(latest.glob("_windows*"))


def test_a_later_report_leaves_the_earlier_windows_to_be_read_back(
        tmp_path, prefect_harness, settings):
    small = replace(settings, windows=WindowSettings(max_articles=2))
    inputs, output = copy_seeds(tmp_path / "in", 5), tmp_path / "out"
    _dated(inputs, "2015-05-17")
    build_release(inputs, output, small, workers=1)
    first = _manifest(output)
    assert first["cross_article_windows"] == 3 and first["cross_article_windows_read_back"] == 0
    (inputs / "later.txt").write_text(LATER)
    _dated(inputs, "2015-05-17")
    build_release(inputs, output, small, workers=1)
    second = _manifest(output)
    # The seeds' day fills two windows and half a third, which the later report joins.
    assert second["cross_article_windows"] == 3
    assert second["cross_article_windows_read_back"] == 2
    assert second["cross_article_window_keys"][:2] == first["cross_article_window_keys"][:2]
    articles = pq.read_table(output / "latest" / "articles.parquet").num_rows
    assert articles == 6


def test_another_window_size_publishes_a_new_release(tmp_path, prefect_harness, settings):
    # The window size changes the cross-article tables (stories do not cross a window's
    # edge), so the same inputs and code with another size are no unchanged run.
    inputs, output = copy_seeds(tmp_path / "in", 5), tmp_path / "out"
    build_release(inputs, output, replace(settings, windows=WindowSettings(max_articles=2)),
                  workers=1)
    first = _manifest(output)
    build_release(inputs, output, settings, workers=1)
    second = _manifest(output)
    assert first["cross_article_windows"] == 3
    assert second["cross_article_windows"] == 1
    assert second["run_fingerprint"] != first["run_fingerprint"]
