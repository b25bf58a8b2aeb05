"""Windows of a large release (transforms.corpus.windows)."""

from __future__ import annotations

import random

import pytest

from transforms import ids
from transforms.corpus.windows import EntityLedger, window_plan, with_entity_ids_renamed
from transforms.schema import TABLES


def test_a_release_within_the_window_is_one_window():
    assert window_plan(["b", "a", "c"], ["2024-01-02", None, "2024-01-01"], 3) == [
        ["a", "b", "c"]]
    assert window_plan([], [], 3) == []


def test_windows_close_between_days_in_order_of_publication():
    article_ids = ["d1a", "d1b", "d2a", "d3a", "d3b", "d4a"]
    published = ["2024-01-01", "2024-01-01T09:00:00+03:00", "2024-01-02", "2024-01-03",
                 "2024-01-03", "2024-01-04"]
    # Day 3 would overflow the first window: the window closes before it, not inside it.
    assert window_plan(article_ids, published, 4) == [["d1a", "d1b", "d2a"],
                                                      ["d3a", "d3b", "d4a"]]


def test_a_day_larger_than_a_window_is_cut_in_order_of_id():
    article_ids = [f"a{i}" for i in range(5)] + ["b0"]
    published = ["2024-05-01"] * 5 + ["2024-05-02"]
    assert window_plan(article_ids, published, 2) == [["a0", "a1"], ["a2", "a3"], ["a4", "b0"]]


def test_a_day_larger_than_a_window_keeps_the_reports_of_a_place_together():
    # One busy day (a news agency's feed) of reports on two events, in Kunduz and in
    # Mosul, with ids in no order of theirs; windows of three. Cut by id, both events
    # would be split; cut between places, each event is in one window.
    article_ids = ["a1", "a2", "a3", "a4", "a5", "a6"]
    place = {"a1": "kunduz", "a2": "mosul", "a3": "kunduz", "a4": "mosul", "a5": "kunduz",
             "a6": "mosul"}
    published = ["2024-05-01"] * 6

    def blocks(day_ids):
        return {a: place[a] for a in day_ids}

    assert window_plan(article_ids, published, 3) == [["a1", "a2", "a3"], ["a4", "a5", "a6"]]
    assert window_plan(article_ids, published, 3, day_blocks=blocks) == [
        ["a1", "a3", "a5"], ["a2", "a4", "a6"]]
    # A place of more reports than a window is cut in order of id, and no other place
    # joins its rest; articles with no place come after the places; the next day joins
    # the last window as before.
    place |= {"a7": "kunduz", "a8": None}
    plan = window_plan(article_ids + ["a7", "a8", "b1"], ["2024-05-01"] * 8 + ["2024-05-02"],
                       3, day_blocks=blocks)
    assert plan == [["a1", "a3", "a5"], ["a7"], ["a2", "a4", "a6"], ["a8", "b1"]]


def test_undated_articles_come_last_and_every_article_once():
    rng = random.Random(7)
    article_ids = [f"id{i:03d}" for i in range(200)]
    published = [None if i % 5 == 0 else f"2024-02-{1 + i % 28:02d}" for i in range(200)]
    plan = window_plan(article_ids, published, 30)
    assert sorted(a for window in plan for a in window) == article_ids
    assert all(len(window) <= 30 for window in plan)
    undated = {a for a, p in zip(article_ids, published) if p is None}
    first_undated = next(k for k, window in enumerate(plan) if set(window) & undated)
    assert all(set(window) <= undated for window in plan[first_undated:])
    # The same articles in another order give the same plan.
    order = list(range(200))
    rng.shuffle(order)
    assert window_plan([article_ids[i] for i in order], [published[i] for i in order],
                       30) == plan


def test_undated_articles_are_cut_in_order_of_their_files():
    # Feeds and archives name files in the order they were written: neighbours stay together.
    article_ids = ["f3", "a9", "c1", "b7"]
    paths = ["wire/0001.txt", "wire/0002.txt", "wire/0003.txt", "wire/0004.txt"]
    assert window_plan(article_ids, [None] * 4, 2, paths) == [["f3", "a9"], ["c1", "b7"]]


def test_a_window_holds_at_least_one_article():
    with pytest.raises(ValueError, match="at least 1"):
        window_plan(["a"], [None], 0)


TRIPOLI_LIBYA, TRIPOLI_LEBANON = 2210247, 266826


def _window(article_id: str, geonameid: int) -> dict:
    """The tables of one window that mention "Tripoli", placed at `geonameid`."""
    tripoli = ids.entity_id("GPE", "Tripoli")
    body = "Clashes broke out in Tripoli on Friday."
    start = body.index("Tripoli")
    mention = {"mention_id": ids.mention_id(article_id, start, start + 7, "GPE"),
               "article_id": article_id, "sentence_idx": 0, "start_char": start,
               "end_char": start + 7, "text": "Tripoli", "label": "GPE", "source": "model",
               "entity_id": tripoli}
    entity = {"entity_id": tripoli, "name": "Tripoli", "label": "GPE", "aliases": ["Tripoli"],
              "n_mentions": 1, "n_articles": 1, "geonameid": geonameid}
    story = {"story_id": f"story-{article_id}", "title": "Clashes in Tripoli", "n_articles": 1,
             "n_independent_sources": 1, "article_ids": [article_id],
             "top_entity_ids": [tripoli, "other"], "top_entities": ["Tripoli", "Other"]}
    return {"mentions": TABLES["mentions"].from_rows(
                [{c: mention.get(c) for c in TABLES["mentions"].column_names}]),
            "entities": TABLES["entities"].from_rows(
                [{c: entity.get(c) for c in TABLES["entities"].column_names}]),
            "stories": TABLES["stories"].from_rows(
                [{c: story.get(c) for c in TABLES["stories"].column_names}])}


def _settled(ledger: EntityLedger, tables: dict) -> dict:
    """A window's tables with the ids the ledger gives them, as the windowed step writes."""
    return with_entity_ids_renamed(tables, ledger.renamed(tables["entities"]))


def test_a_name_placed_elsewhere_in_a_later_window_gets_its_own_id():
    ledger = EntityLedger()
    first = _settled(ledger, _window("article-a", TRIPOLI_LIBYA))
    plain = ids.entity_id("GPE", "Tripoli")
    assert first["entities"]["entity_id"].to_pylist() == [plain]
    again = _settled(ledger, _window("article-b", TRIPOLI_LIBYA))
    assert again["mentions"]["entity_id"].to_pylist() == [plain]
    other = _settled(ledger, _window("article-c", TRIPOLI_LEBANON))
    lebanon = ids.composite_id("GPE", "Tripoli", str(TRIPOLI_LEBANON))
    assert other["entities"]["entity_id"].to_pylist() == [lebanon]
    assert other["mentions"]["entity_id"].to_pylist() == [lebanon]
    assert other["stories"]["top_entity_ids"].to_pylist() == [[lebanon, "other"]]
