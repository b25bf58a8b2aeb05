"""Scheduled re-runs: only new or changed articles are extracted, deleted ones drop out,
an unchanged input publishes nothing, and two runs never write one output at once."""

from __future__ import annotations

from pyarrow.parquet import read_table as read_table_file
import pytest

from flows.pipeline import build_release
from tests.conftest import copy_seeds
from transforms.release.layout import OutputLayout, output_lock
from transforms.release.publish import read_table

NEW_ARTICLE = ("Floods Hit Valley\n\nHeavy rain flooded the valley on Monday, killing at least "
               "12 people and forcing 3,000 to flee their homes, officials said.\n")


@pytest.fixture
def inputs(tmp_path):
    return copy_seeds(tmp_path / "in", 2)


def test_unchanged_rerun_publishes_nothing_and_extracts_nothing(inputs, tmp_path,
                                                                prefect_harness, settings):
    first = build_release(inputs, tmp_path / "out", settings)
    again = build_release(inputs, tmp_path / "out", settings)
    assert first.changed and first.n_articles_extracted == 2
    assert not again.changed and again.n_articles_extracted == 0
    assert again.release_id == first.release_id
    assert "extract" not in again.stage_seconds
    assert len([p for p in (tmp_path / "out" / "releases").iterdir() if p.is_dir()]) == 1


def test_new_file_is_the_only_one_extracted_and_deleted_file_drops_out(inputs, tmp_path,
                                                                       prefect_harness,
                                                                       settings):
    build_release(inputs, tmp_path / "out", settings)
    (inputs / "floods.txt").write_text(NEW_ARTICLE)
    removed = sorted(inputs.glob("0*.txt"))[0]
    removed.unlink()
    second = build_release(inputs, tmp_path / "out", settings)
    assert second.n_articles_extracted == 1
    assert second.n_documents_normalized == 1  # the other input's from the cache
    changes = second.input_changes
    assert (changes.new, changes.changed, changes.deleted, changes.unchanged) == (1, 0, 1, 1)
    catalog = read_table_file(tmp_path / "out" / "state" / "inputs.parquet")
    assert sorted(catalog.column("source_path").to_pylist()) == sorted(
        p.name for p in inputs.glob("*.txt"))
    assert set(catalog.column("status").to_pylist()) == {"article"}
    articles = read_table(second.release_dir, "articles")
    assert sorted(articles.column("source_path").to_pylist()) == sorted(
        p.name for p in inputs.glob("*.txt"))
    figures = read_table(second.release_dir, "figures").to_pylist()
    assert {(f["value"], f["category"]) for f in figures
            if f["article_id"] not in {a for a in articles.column("article_id").to_pylist()}
            } == set()
    assert (12.0, "killed") in {(f["value"], f["category"]) for f in figures}


def test_cache_forgets_articles_whose_files_are_gone(inputs, tmp_path, prefect_harness,
                                                     settings):
    from transforms.fingerprints import extractor_fingerprint
    from transforms.release.cache import ExtractionCache

    first = build_release(inputs, tmp_path / "out", settings)
    for path in inputs.glob("*.txt"):
        path.unlink()
    (inputs / "floods.txt").write_text(NEW_ARTICLE)
    second = build_release(inputs, tmp_path / "out", settings)
    cache = ExtractionCache(tmp_path / "out" / "cache", extractor_fingerprint(settings))
    assert cache.covered_ids() == set(read_table(second.release_dir, "articles")
                                      .column("article_id").to_pylist())
    assert first.release_dir.exists()  # the earlier release keeps its own tables


def test_leftovers_of_a_dead_run_are_cleared_by_the_next_run(inputs, tmp_path,
                                                             prefect_harness, settings):
    leftover = tmp_path / "out" / "staging" / "20260101T000000Z-deadbeef"
    leftover.mkdir(parents=True)
    (leftover / "articles.parquet").write_bytes(b"half-written")
    summary = build_release(inputs, tmp_path / "out", settings)
    assert not leftover.exists()
    assert (tmp_path / "out" / "latest").resolve() == summary.release_dir.resolve()


def test_second_run_on_a_locked_output_exits_at_once_naming_the_holder(tmp_path):
    # A `serve` schedule holds the output; a `newsfacts run` on it says so in one line,
    # before starting Prefect, with no traceback, and publishes nothing.
    import subprocess
    import sys
    import time

    inputs = copy_seeds(tmp_path / "in", 1)
    layout = OutputLayout(tmp_path / "out")
    with output_lock(layout, "the newsfacts serve schedule '0 6 * * *'"):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--input",
                                 str(inputs), "--output", str(layout.root)],
                                capture_output=True, text=True)
        seconds = time.perf_counter() - started
    assert result.returncode == 3
    assert "is being written by the newsfacts serve schedule '0 6 * * *'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert seconds < 15  # no temporary Prefect server was started to find this out
    assert not (layout.root / "latest").exists()


def test_the_lock_is_taken_again_by_the_process_that_holds_it(tmp_path):
    # The CLI locks before it starts Prefect; the flow it runs locks again in-process.
    layout = OutputLayout(tmp_path / "out")
    with output_lock(layout, "newsfacts run"):
        with output_lock(layout, "newsfacts run"):
            pass
        assert "newsfacts run (pid" in layout.lock.read_text()
    with output_lock(layout):  # released once the outer holder ends
        pass


def _respaced(text: str) -> str:
    """The same article as another crawler saved it: double spaces between words."""
    return "\n".join(line.replace(" ", "  ") for line in text.split("\n"))


@pytest.mark.parametrize("articles_per_batch", [100, 1])
def test_copy_differing_only_in_whitespace_is_extracted_once(inputs, tmp_path,
                                                            prefect_harness, settings,
                                                            articles_per_batch):
    # Two crawls of one wire story whose bytes differ only in spacing normalize to one
    # article. It must be extracted once, in one batch or across batches, or its mentions
    # appear twice and validation stops the release (seen on Reuters-21578).
    from dataclasses import replace

    original = sorted(inputs.glob("*.txt"))[0]
    (inputs / "zz_copy.txt").write_text(_respaced(original.read_text()))
    summary = build_release(inputs, tmp_path / "out",
                            replace(settings, articles_per_batch=articles_per_batch))
    assert summary.changed and summary.n_articles_extracted == 2
    rejects = read_table(summary.release_dir, "rejects").to_pylist()
    assert [(r["source_path"], r["reason"]) for r in rejects] == [("zz_copy.txt", "duplicate")]
    assert original.name in rejects[0]["detail"]
    mentions = read_table(summary.release_dir, "mentions")
    ids = mentions.column("mention_id").to_pylist()
    assert len(ids) == len(set(ids)) > 0


UNCHANGED_RUN = """
import sys
from typer.testing import CliRunner
from flows.cli import app
result = CliRunner().invoke(app, ["run", "--input", sys.argv[1], "--output", sys.argv[2]])
heavy = sorted(m for m in ("prefect", "spacy", "great_expectations", "duckdb")
               if m in sys.modules)
print(result.exit_code, "|", " ".join(heavy), "|", " ".join(result.output.split()))
"""


def test_unchanged_run_is_told_apart_before_prefect_spacy_or_gx_load(inputs, tmp_path,
                                                                     prefect_harness,
                                                                     settings):
    import subprocess
    import sys

    build_release(inputs, tmp_path / "out", settings)
    result = subprocess.run([sys.executable, "-c", UNCHANGED_RUN, str(inputs),
                             str(tmp_path / "out")], capture_output=True, text=True, check=True)
    exit_code, heavy, output = result.stdout.strip().split(" | ")
    assert exit_code == "0" and heavy == ""
    assert "inputs and code unchanged" in output and "nothing to publish" in output
    # Any change to the input folder takes the full path again.
    (inputs / "floods.txt").write_text(NEW_ARTICLE)
    from transforms.release.layout import OutputLayout
    from transforms.release.state import input_state_key, unchanged_release
    assert unchanged_release(OutputLayout(tmp_path / "out"),
                             input_state_key(inputs, settings)) is None


def test_truncated_cache_part_heals_with_the_tables_of_a_clean_run(inputs, tmp_path,
                                                                  prefect_harness, settings):
    # A disk error cuts a cache file short. The next run sets the part aside, extracts its
    # articles again and publishes what a run with a clean cache publishes.
    from transforms.fingerprints import extractor_fingerprint
    from transforms.release.cache import ExtractionCache
    from transforms.schema import TABLES

    first = build_release(inputs, tmp_path / "out", settings)
    cache = ExtractionCache(tmp_path / "out" / "cache", extractor_fingerprint(settings))
    part_file = cache.part_files("quotes")[0]
    part_file.write_bytes(part_file.read_bytes()[:100])
    (inputs / "floods.txt").write_text(NEW_ARTICLE)  # a change, so the run publishes
    healed = build_release(inputs, tmp_path / "out", settings)
    clean = build_release(inputs, tmp_path / "clean", settings)
    assert healed.cache_parts_set_aside and healed.n_articles_extracted == 3
    assert first.changed and healed.changed
    for name in TABLES:
        assert (read_table(healed.release_dir, name).equals(
            read_table(clean.release_dir, name))), name
