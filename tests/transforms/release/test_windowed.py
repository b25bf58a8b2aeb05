"""The cross-article step window by window (transforms.release.windowed)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from transforms.release.publish import prior_ids, table_path, write_tables
from transforms.release.windowed import (RECONCILED_TABLES, PreviousWindows,
                                         reconcile_release)
from transforms.settings import WindowSettings

# Two reports of my own, months after the seeds' fall of Ramadi and on other beats: the
# release's windows fall between them and the seeds.
MATCH = (
    "Harbourside Rovers Edge Past Millbrook\n\n"
    "Harbourside Rovers beat Millbrook Athletic 2-1 on Saturday, with a late header from "
    "Tomasz Wierzbicki settling a tense derby at Quayside Park. \u201cWe never stopped "
    "believing,\u201d said the Rovers manager, Ines Carvalho, after the final whistle. "
    "Millbrook had led through a penalty before the break.")
EARNINGS = (
    "Glasswing Profits Fall\n\n"
    "Glasswing Optics said on Tuesday that its quarterly profit fell by a third as demand "
    "for camera lenses slowed, sending its shares down 8% in early trading. Chief executive "
    "Pradeep Venkataraman said the company would cut 400 jobs at its plant in Leeds.")
SEED_DAY, LATER_DAYS = "2015-05-17", ("2015-09-02", "2015-09-03")


@pytest.fixture(scope="module")
def staged(seed_articles, normalize_text, nlp, settings):
    """The staged per-article tables of the seeds and the two later reports, dated."""
    from transforms.article.extract import EXTRACTED_TABLES, extract_articles
    from transforms.article.normalize import normalized_tables
    from transforms.schema import TABLES

    articles = [replace(a, published_at=SEED_DAY) for _, a in sorted(seed_articles.items())]
    articles += [replace(normalize_text(text, f"later{k}.txt"), published_at=day)
                 for k, (text, day) in enumerate(zip((MATCH, EARNINGS), LATER_DAYS))]
    extracted = extract_articles(articles, nlp, settings)
    return normalized_tables(articles) | {
        name: TABLES[name].from_rows(extracted[name]) for name in EXTRACTED_TABLES}


def _reconciled(staged, folder: Path, settings, corpus_resources, max_articles: int,
                processes: int = 1, base_key: str = "", previous=None, prior=None):
    folder.mkdir()
    write_tables(folder, staged)
    summary = reconcile_release(
        folder, corpus_resources, replace(settings, windows=WindowSettings(max_articles)),
        prior=prior, processes=processes, base_key=base_key, previous=previous)
    return summary, {name: pq.read_table(table_path(folder, name)) for name in
                     RECONCILED_TABLES}


@pytest.fixture(scope="module")
def whole(staged, tmp_path_factory, settings, corpus_resources):
    folder = tmp_path_factory.mktemp("whole") / "staging"
    # (summary, tables, the folder they are in)
    return (*_reconciled(staged, folder, settings, corpus_resources, 20_000), folder)


def test_windows_apart_in_time_give_the_tables_of_the_whole_release(
        staged, whole, tmp_path, settings, corpus_resources):
    summary, tables = _reconciled(staged, tmp_path / "staging", settings, corpus_resources, 5)
    assert whole[0].windows == 1 and summary.windows == 2
    assert not (tmp_path / "staging" / "_windows").exists()
    for name in RECONCILED_TABLES:
        assert tables[name].equals(whole[1][name]), name
    assert summary.rows == whole[0].rows


def test_entities_found_in_several_windows_are_one_row(staged, whole, tmp_path, settings,
                                                      corpus_resources):
    # Three windows cut the seeds' one day: the same names come from separate windows.
    summary, tables = _reconciled(staged, tmp_path / "staging", settings, corpus_resources, 2)
    assert summary.windows == 4
    entities = tables["entities"].to_pylist()
    assert len({e["entity_id"] for e in entities}) == len(entities)
    mentions = tables["mentions"].to_pylist()
    counts = Counter(m["entity_id"] for m in mentions)
    articles: dict[str, set] = {}
    for m in mentions:
        articles.setdefault(m["entity_id"], set()).add(m["article_id"])
    for e in entities:
        assert e["n_mentions"] == counts[e["entity_id"]], e["name"]
        assert e["n_articles"] == len(articles[e["entity_id"]]), e["name"]
    # Every seed names Ramadi: one place entity, in all five articles.
    ramadi = [e for e in entities if e["name"] == "Ramadi"]
    assert len(ramadi) == 1 and ramadi[0]["n_articles"] == 5
    assert ramadi[0]["country_code"] == "IQ"
    # The rows of each article's own reports are those of the whole release (its mentions
    # are not: linking finds a name in a body when another article of its window names it).
    for name, key in (("quotes", "quote_id"), ("figures", "figure_id"),
                      ("event_mentions", "event_mention_id")):
        assert tables[name][key].to_pylist() == whole[1][name][key].to_pylist(), name
    assert sorted(tables["articles"]["article_id"].to_pylist()) == sorted(
        whole[1]["articles"]["article_id"].to_pylist())


def test_windows_in_two_processes_give_the_tables_of_one(staged, tmp_path, settings,
                                                         corpus_resources):
    one = _reconciled(staged, tmp_path / "one", settings, corpus_resources, 2)
    two = _reconciled(staged, tmp_path / "two", settings, corpus_resources, 2, processes=2)
    assert two[0] == one[0]
    for name in RECONCILED_TABLES:
        assert two[1][name].equals(one[1][name]), name


def test_the_whole_release_with_text_reuse_found_aside_gives_the_tables_of_one_process(
        staged, whole, tmp_path, settings, corpus_resources):
    summary, tables = _reconciled(staged, tmp_path / "staging", settings, corpus_resources,
                                  20_000, processes=2)
    assert summary == whole[0] and summary.rows["text_reuse"] > 0
    for name in RECONCILED_TABLES:
        assert tables[name].equals(whole[1][name]), name


def test_a_story_the_windows_split_keeps_its_id_in_one_window_only(
        staged, whole, tmp_path, settings, corpus_resources):
    # The previous release told the seeds' day as one story of one window; cut into
    # windows of two (another --window-articles, or a day grown past a window), each window
    # holds part of it. Only the window with most of its articles keeps its id, and no
    # window makes a new id equal to one kept elsewhere: ids stay unique.
    prior = prior_ids(whole[2])
    assert len(set(prior.story_by_article.values())) < len(prior.story_by_article)
    summary, tables = _reconciled(staged, tmp_path / "staging", settings, corpus_resources,
                                  2, prior=prior)
    assert summary.windows == 4
    for name, key in (("stories", "story_id"), ("events", "event_id"), ("facts", "fact_id")):
        column = tables[name][key].to_pylist()
        assert len(set(column)) == len(column), name
    kept = set(tables["stories"]["story_id"].to_pylist()) & set(
        prior.story_by_article.values())
    assert kept  # the story still has its id, in the window with most of its articles


def test_a_day_larger_than_a_window_keeps_the_story_of_a_place_in_one_window(
        staged, whole, tmp_path, settings, corpus_resources):
    # The seeds and the two later reports all on one day, in windows of five: cut by
    # article id, the seeds' story of Ramadi would be split; cut between the places the
    # reports name, its five reports share one window and make the story of the whole
    # release.
    one_day = dict(staged, articles=staged["articles"].set_column(
        staged["articles"].schema.get_field_index("published_at"), "published_at",
        pa.array([SEED_DAY] * staged["articles"].num_rows, pa.string())))
    summary, tables = _reconciled(one_day, tmp_path / "staging", settings, corpus_resources, 5)
    assert summary.windows == 2
    seeds_story = next(s for s in whole[1]["stories"].to_pylist() if s["n_articles"] == 5)
    assert seeds_story in tables["stories"].to_pylist()


def _without(staged, article_id: str) -> dict:
    return {name: table.filter(pc.not_equal(table["article_id"], article_id))
            for name, table in staged.items()}


def test_windows_a_new_report_leaves_alone_are_read_back(staged, tmp_path, settings,
                                                          corpus_resources):
    # Two at a time: the seeds' day makes three windows with the match report; the
    # earnings report, a day later, comes in a later run and makes a fourth.
    articles = staged["articles"].to_pylist()
    latest = max(articles, key=lambda a: a["published_at"])["article_id"]
    first, _ = _reconciled(_without(staged, latest), tmp_path / "first", settings,
                           corpus_resources, 2, base_key="code-1")
    assert first.windows == 3 and first.read_back == 0
    previous = PreviousWindows(tmp_path / "first", first.keys)
    second, tables = _reconciled(staged, tmp_path / "second", settings, corpus_resources, 2,
                                 base_key="code-1", previous=previous)
    assert second.windows == 4 and second.read_back == 3
    assert second.keys[:3] == first.keys
    _, fresh = _reconciled(staged, tmp_path / "fresh", settings, corpus_resources, 2,
                           base_key="code-1")
    for name in RECONCILED_TABLES:
        assert tables[name].equals(fresh[name]), name
    # Other code or settings: every window is reconciled again.
    other, _ = _reconciled(staged, tmp_path / "other", settings, corpus_resources, 2,
                           base_key="code-2", previous=previous)
    assert other.read_back == 0


def test_the_working_folder_goes_when_a_window_fails(staged, tmp_path, settings,
                                                     corpus_resources, monkeypatch):
    import transforms.release.windowed as windowed

    def failing(**_):
        raise RuntimeError("disk full")

    monkeypatch.setattr(windowed, "reconciled_tables", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        _reconciled(staged, tmp_path / "staging", settings, corpus_resources, 5)
    assert not (tmp_path / "staging" / "_windows").exists()
