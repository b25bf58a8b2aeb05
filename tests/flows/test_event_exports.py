"""The events of a published release, read back from the ACLED and UCDP GED files, and
their ids kept when the next release adds a report."""

from __future__ import annotations

import csv
import shutil

import duckdb

from flows.pipeline import build_release
from tests.conftest import SEEDS
from transforms.release.exports import (
    ACLED_COLUMNS, ACLED_FILE, UCDP_COLUMNS, UCDP_FILE, UNFILLED,
)


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return tuple(reader.fieldnames), list(reader)


def test_acled_and_ucdp_files_have_their_columns_and_the_events(seed_release):
    output, _ = seed_release
    latest = output / "latest"
    events = duckdb.sql(f"select * from read_parquet('{latest / 'events.parquet'}')").df()
    header, acled = read_csv(latest / ACLED_FILE)
    assert header == ACLED_COLUMNS and len(acled) == len(events)
    ramadi = next(r for r in acled if r["location"] == "Ramadi"
                  and r["sub_event_type"] == "Non-state actor overtakes territory")
    assert ramadi["iso"] == "368" and ramadi["country"] == "Iraq"  # numeric ISO 3166
    assert ramadi["event_id_cnty"].startswith("IRQ")
    assert {r["disorder_type"] for r in acled} <= {"Political violence", "Demonstrations",
                                                   "Strategic developments",
                                                   "Political violence; Demonstrations"}
    for column in UNFILLED[ACLED_FILE]:
        assert all(r[column] == "" for r in acled)
    header, ged = read_csv(latest / UCDP_FILE)
    assert header == UCDP_COLUMNS and 0 < len(ged) <= len(events)
    for row in ged:
        assert float(row["low"]) <= float(row["best"]) <= float(row["high"])
        assert row["type_of_violence"] in ("", "1", "2", "3")
    card = (latest / "README.md").read_text()
    assert "events_ucdp_ged.csv" in card and "deaths_civilians" in card


def test_event_and_story_ids_stay_when_a_report_joins(tmp_path, prefect_harness, settings):
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    first_seed = sorted(inputs.iterdir())[0]
    held_back = tmp_path / first_seed.name
    first_seed.rename(held_back)
    output = tmp_path / "out"

    def sizes(table, key):
        return dict(duckdb.sql(f"select {key}, n_articles from read_parquet("
                               f"'{output / 'latest' / table}.parquet')").fetchall())

    def joined(table, key):
        """The id and size of the largest row of `table` the held-back report is in."""
        return duckdb.sql(
            f"select t.{key}, t.n_articles from read_parquet('{output / 'latest' / table}"
            f".parquet') t, read_parquet('{output / 'latest' / 'articles'}.parquet') a "
            f"where list_contains(t.article_ids, a.article_id) and a.source_path = "
            f"'{first_seed.name}' order by t.n_articles desc, t.{key} limit 1").fetchall()[0]

    build_release(inputs, output, settings)
    events_before, stories_before = sizes("events", "event_id"), sizes("stories", "story_id")
    held_back.rename(inputs / first_seed.name)
    build_release(inputs, output, settings)
    (event, n_after), (story, _) = joined("events", "event_id"), joined("stories", "story_id")
    # The report joins an event and a story of the reports before it, which keep their ids.
    assert event in events_before and story in stories_before
    n_before = events_before[event]
    assert n_after > n_before
    changelog = (output / "latest" / "CHANGELOG.md").read_text()
    assert f"`{event}`" in changelog.split("Changed events:")[1].split("\n\n")[1]
    assert f"articles {n_before} -> {n_after}" in changelog
