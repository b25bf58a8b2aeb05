"""Scheduled re-runs: only new or changed articles are extracted, deleted ones drop out,
an unchanged input publishes nothing, and two runs never write one output at once."""

from __future__ import annotations

from pyarrow.parquet import read_table as read_table_file
import pytest

from flows.pipeline import build_release
from tests.conftest import copy_seeds
from transforms.publish import OutputLayout, OutputLockedError, output_lock, read_table

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
    from transforms.cache import ExtractionCache
    from transforms.extract import extractor_fingerprint

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


def test_second_run_on_a_locked_output_exits_with_a_clear_message(tmp_path):
    layout = OutputLayout(tmp_path / "out")
    with output_lock(layout):
        with pytest.raises(OutputLockedError, match="another newsfacts run"):
            with output_lock(layout):
                pass
    with output_lock(layout):  # released once the first run ends
        pass
