"""The whole flow over seeds/ into a temporary folder, and what stops a publication."""

from __future__ import annotations

import gc
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flows.cli import app
from expectations.validate import validate_release
from flows.pipeline import (CROSS_ARTICLE_GC_THRESHOLD, ReleaseValidationError,
                            fewer_collections, publish, validate)
from tests.conftest import SEEDS
from transforms.release.layout import OutputLayout
from transforms.release.publish import MANIFEST, create_staging, read_table, write_table

runner = CliRunner()


def test_seed_run_publishes_latest_with_all_tables(seed_release):
    output, summary = seed_release
    latest = output / "latest"
    assert latest.is_symlink() and latest.resolve() == summary.release_dir.resolve()
    articles = read_table(latest, "articles")
    assert articles.num_rows == 5
    assert sorted(articles.column("source_path").to_pylist()) == sorted(
        p.name for p in SEEDS.glob("*.txt"))
    assert summary.row_counts["sentences"] == read_table(latest, "sentences").num_rows > 50
    assert (latest / "manifest.json").exists() and (latest / "validation.json").exists()


def test_parquet_is_zstd_and_carries_column_descriptions(seed_release):
    output, _ = seed_release
    path = output / "latest" / "mentions.parquet"
    metadata = pq.ParquetFile(path).metadata
    assert metadata.row_group(0).column(0).compression == "ZSTD"
    field = pq.read_schema(path).field("label")
    assert b"spaCy" in field.metadata[b"description"]


def test_query_command_counts_articles(seed_release):
    output, _ = seed_release
    result = runner.invoke(app, ["query", "select count(*) as n from articles",
                                 "--release", str(output / "latest")])
    assert result.exit_code == 0, result.output
    assert "5" in result.output.split("n")[-1]


def test_query_command_refuses_writes(seed_release):
    output, _ = seed_release
    result = runner.invoke(app, ["query", "delete from articles",
                                 "--release", str(output / "latest")])
    assert result.exit_code == 2
    assert "read-only" in result.output


def test_validate_command_fails_on_duplicated_article_row(seed_release, tmp_path):
    output, _ = seed_release
    copy = tmp_path / "copy"
    shutil.copytree(output / "latest", copy)
    articles = read_table(copy, "articles")
    pq.write_table(pa.concat_tables([articles, articles.slice(0, 1)]),
                   copy / "articles.parquet")
    result = runner.invoke(app, ["validate", str(copy)])
    assert result.exit_code == 1
    assert "articles.article_id: expect_column_values_to_be_unique" in result.output
    # Counted and sampled for a failing table only (the first pass says pass or fail).
    assert "(2 failing rows," in result.output
    assert runner.invoke(app, ["validate", str(output / "latest")]).exit_code == 0
    # Tables validated in forked processes make the same report, in the same order.
    assert validate_release(copy, processes=3).to_json() == validate_release(copy).to_json()


def test_broken_table_stops_publication_and_latest_is_unchanged(seed_release):
    output, summary = seed_release
    layout = OutputLayout(output)
    before = (output / "latest").resolve()
    staging = create_staging(layout, "broken-release")
    for path in [*summary.release_dir.glob("*.parquet"), summary.release_dir / MANIFEST]:
        shutil.copy(path, staging / path.name)
    sentences = read_table(staging, "sentences")
    texts = sentences.column("text").to_pylist()
    texts[0] = texts[0].upper() + " (edited)"
    write_table(staging, "sentences", sentences.set_column(
        sentences.schema.get_field_index("text"), sentences.schema.field("text"),
        pa.array(texts)))
    report = validate.fn(layout, staging, 2)  # found in a forked process
    assert not report.success
    assert any(f.table == "sentences" and f.column == "check__text_equals_body_slice"
               for f in report.failures)
    with pytest.raises(ReleaseValidationError, match="sentences"):
        publish.fn(layout, staging, report)
    assert (output / "latest").resolve() == before
    assert not (layout.releases / "broken-release").exists()
    assert (layout.quarantine / "broken-release" / "validation.json").exists()


def test_input_folder_without_articles_is_a_usage_error(tmp_path, prefect_harness):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    result = runner.invoke(app, ["run", "--input", str(tmp_path / "in"),
                                 "--output", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no article could be read" in result.output
    assert not (tmp_path / "out" / "latest").exists()


def test_seed_release_is_one_story_with_reconciled_facts(seed_release):
    # The five seeds report one event; cross-source facts and wire copy come with it.
    output, _ = seed_release
    latest = output / "latest"
    stories = read_table(latest, "stories").to_pylist()
    assert [s["n_articles"] for s in stories] == [5]
    assert set(read_table(latest, "articles").column("story_id").to_pylist()) == {
        stories[0]["story_id"]}
    facts = read_table(latest, "facts").to_pylist()
    killed_500 = [f for f in facts if f["category"] == "killed" and f["best"] == 500]
    assert killed_500 and killed_500[0]["n_articles"] >= 4
    assert killed_500[0]["low"] <= killed_500[0]["best"] <= killed_500[0]["high"]
    assert any(f["category"] == "displaced" and f["best"] == 8000 and f["n_articles"] >= 2
               for f in facts)
    assert read_table(latest, "text_reuse").num_rows > 0


def test_manifest_and_summary_count_the_candidates_left_out(seed_release):
    # Dates and numbers the model tags are no name mentions; the seeds quote at least one
    # title or scare quote. Both are counted, by table and reason, never silently dropped.
    import json
    output, summary = seed_release
    manifest = json.loads((output / "latest" / "manifest.json").read_text())
    drops = manifest["dropped_candidates"]
    assert drops == summary.dropped_candidates
    assert drops["mentions.not_a_name"] > 0
    assert any(key.startswith("quotes.") for key in drops)
    assert all(key.split(".")[0] in {"mentions", "quotes", "figures", "event_mentions"} and n > 0
               for key, n in drops.items())


def test_the_cross_article_step_collects_less_often_and_restores_the_setting():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with fewer_collections():
            assert gc.get_threshold() == (CROSS_ARTICLE_GC_THRESHOLD, *before[1:])
            raise RuntimeError("the step failed")
    assert gc.get_threshold() == before
