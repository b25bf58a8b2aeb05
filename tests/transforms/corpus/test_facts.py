"""Facts and quote clusters: figures that agree are one fact, disagreements are named."""

from __future__ import annotations

import hashlib

import pytest

from transforms.corpus import facts as facts_module
from transforms.corpus.facts import speaker_mismatches
from transforms.corpus.resources import load_unit_numbers
from transforms.schema import FACTS
from transforms.settings import FactSettings

FACT_SETTINGS = FactSettings()
UNIT_NUMBERS = load_unit_numbers()


def facts(figures, story_by_article, reuse):
    return facts_module.facts(figures, story_by_article, reuse, UNIT_NUMBERS, FACT_SETTINGS)


def quote_clusters(quotes, story_by_article):
    return facts_module.quote_clusters(quotes, story_by_article, FACT_SETTINGS)


def window_hours(text):
    return facts_module.window_hours(text, UNIT_NUMBERS)

STORY = "story-dam"
OTHER_STORY = "story-election"
ARTICLES = ("art-a", "art-b", "art-c", "art-d")
STORY_BY_ARTICLE = {a: STORY for a in ARTICLES} | {"art-x": OTHER_STORY}


def _figure(article_id: str, value: float | None, qualifier: str = "exact", *,
            low: float | None = None, high: float | None = None, category: str = "killed",
            time_text: str | None = None, subject: str | None = "people",
            start: int = 0) -> dict:
    """A figures row as the extractor writes it; bounds from the qualifier when not given."""
    bounds = {"exact": (value, value), "at_least": (value, None), "more_than": (value, None),
              "at_most": (0.0, value), "less_than": (0.0, value),
              "approximately": (value * 0.9 if value else None, value * 1.1 if value else None)}
    default_low, default_high = bounds[qualifier]
    figure_id = hashlib.sha256(f"{article_id}{start}{category}{value}".encode()).hexdigest()[:16]
    return {"figure_id": figure_id, "article_id": article_id, "value": value,
            "value_text": "many" if value is None else f"{value:g}", "qualifier": qualifier, "low": default_low if low is None else low,
            "high": default_high if high is None else high, "category": category,
            "subject": subject, "time_text": time_text}


def _wire(a: str, b: str) -> list[dict]:
    """text_reuse rows (both directions) saying a and b copy the same wire report."""
    row = {"n_shared_sentences": 4, "shared_chars": 600, "shared_fraction": 0.5,
           "is_same_wire_copy": True, "example_start_char": 0, "example_end_char": 100}
    return [row | {"article_id": a, "other_article_id": b},
            row | {"article_id": b, "other_article_id": a}]


def _only(rows: list[dict]) -> dict:
    assert len(rows) == 1, rows
    return rows[0]


# -- reconciliation -------------------------------------------------------------------------

def test_at_least_up_to_and_exact_reconcile_into_one_fact():
    # "at least 500 people were killed" / "killed up to 500 people" / "500 people have been
    # killed": one count, three framings.
    figures = [_figure("art-a", 500, "at_least"), _figure("art-b", 500, "at_most"),
               _figure("art-c", 500)]
    fact = _only(facts(figures, STORY_BY_ARTICLE, []))
    assert (fact["low"], fact["best"], fact["high"]) == (500, 500, 500)
    assert fact["n_articles"] == 3 and fact["n_figures"] == 3
    assert fact["values"] == [500]
    assert fact["has_conflict"] and "at least vs up to" in fact["conflict"]
    FACTS.from_rows([fact])  # the row fits the declared schema


def test_up_to_gives_its_value_as_low_estimate_not_zero():
    # "up to 500" allows 0, but nobody estimated 0: the low estimate is the lowest count
    # reported, as UCDP's low.
    fact = _only(facts([_figure("art-a", 500, "at_most"), _figure("art-b", 480)],
                       STORY_BY_ARTICLE, []))
    assert fact["low"] == 480 and fact["high"] == 500


def test_approximate_figure_widens_the_bounds():
    # "about 8,000 fled" and "8,000 fled": the band of "about" is the fact's range.
    fact = _only(facts([_figure("art-a", 8000, "approximately", category="displaced"),
                        _figure("art-b", 8000, category="displaced")], STORY_BY_ARTICLE, []))
    assert fact["low"] == pytest.approx(7200) and fact["high"] == pytest.approx(8800)
    assert fact["best"] == 8000 and not fact["has_conflict"]


def test_different_counts_in_one_story_are_two_facts():
    # "at least 500 killed in the city" and "a bombing killed 10 police" in one story.
    figures = [_figure("art-a", 500, "at_least"), _figure("art-b", 500),
               _figure("art-a", 10, start=50), _figure("art-c", 12, start=50)]
    rows = facts(figures, STORY_BY_ARTICLE, [])
    assert sorted(r["best"] for r in rows) == [10, 12, 500]  # 12 is 20 % above 10: apart


def test_close_counts_are_one_fact_and_best_is_the_most_reported():
    figures = [_figure("art-a", 500), _figure("art-b", 500), _figure("art-c", 520)]
    fact = _only(facts(figures, STORY_BY_ARTICLE, []))
    assert fact["best"] == 500 and fact["values"] == [500, 520]
    assert (fact["low"], fact["high"]) == (500, 520)
    assert "values differ: 500 (2 articles), 520 (1 article)" in fact["conflict"]


def test_one_named_with_an_article_counts_only_without_a_number():
    # "a child was killed" in one article, "12 were killed" in two: the toll is 12; alone,
    # "a man was shot dead" is a toll of one.
    named = _figure("art-c", 1) | {"value_text": "a"}
    assert facts_module.ucdp_estimates([_figure("art-a", 12), _figure("art-b", 12), named,
                                        _figure("art-d", 1) | {"value_text": "A"}]) == (
        12, 12, 12)
    assert facts_module.ucdp_estimates([named]) == (1, 1, 1)


def test_nobody_harmed_counts_only_when_no_source_counts_anyone():
    # "no one was killed" beside "two were killed" elsewhere: the toll is two; alone, none.
    nobody = _figure("art-c", 0) | {"value_text": "No one"}
    assert facts_module.ucdp_estimates([_figure("art-a", 2), nobody]) == (2, 2, 2)
    assert facts_module.ucdp_estimates([nobody]) == (0, 0, 0)


def test_tie_between_values_takes_the_lower():
    fact = _only(facts([_figure("art-a", 520), _figure("art-b", 500)], STORY_BY_ARTICLE, []))
    assert fact["best"] == 500


def test_same_fact_twice_in_one_article_counts_once():
    # The headline and the body of one article both give 520; two others say 500.
    figures = [_figure("art-a", 520), _figure("art-a", 520, start=90),
               _figure("art-b", 500), _figure("art-c", 500)]
    fact = _only(facts(figures, STORY_BY_ARTICLE, []))
    assert fact["best"] == 500 and fact["n_articles"] == 3 and fact["n_figures"] == 4


def test_different_time_window_is_noted():
    # "in the last 48 hours" against "over the past three days".
    figures = [_figure("art-a", 500, "at_least", time_text="in the last 48 hours"),
               _figure("art-b", 500, time_text="over the past three days")]
    fact = _only(facts(figures, STORY_BY_ARTICLE, []))
    assert fact["has_conflict"]
    assert "time windows differ" in fact["conflict"] and "three days" in fact["conflict"]


def test_same_window_written_two_ways_is_no_conflict():
    figures = [_figure("art-a", 500, "at_least", time_text="in the last 48 hours"),
               _figure("art-b", 500, "at_least", time_text="over the last two days")]
    assert not _only(facts(figures, STORY_BY_ARTICLE, []))["has_conflict"]


def test_wire_copies_count_once():
    figures = [_figure(a, 500) for a in ("art-a", "art-b", "art-c")]
    fact = _only(facts(figures, STORY_BY_ARTICLE, _wire("art-a", "art-b")))
    assert fact["n_articles"] == 3 and fact["n_independent_sources"] == 2


def test_figures_of_different_stories_or_categories_stay_apart():
    figures = [_figure("art-a", 500), _figure("art-x", 500),
               _figure("art-b", 500, category="wounded"), _figure("art-c", 500, category="other")]
    rows = facts(figures, STORY_BY_ARTICLE, [])
    assert sorted((r["story_id"], r["category"]) for r in rows) == [
        (STORY, "killed"), (STORY, "wounded"), (OTHER_STORY, "killed")]  # "other" skipped


def test_vague_counts_reconcile_only_with_the_same_floor():
    # "hundreds were killed" twice, and "at least 500 were killed".
    figures = [_figure("art-a", None, "at_least", low=100), _figure("art-b", None, "at_least",
                                                                     low=100),
               _figure("art-c", 500, "at_least")]
    rows = facts(figures, STORY_BY_ARTICLE, [])
    vague = next(r for r in rows if r["best"] is None)
    assert vague["n_articles"] == 2 and vague["low"] == 100 and vague["high"] is None


def test_fact_ids_are_deterministic_and_bounds_ordered():
    figures = [_figure("art-a", 500, "at_least"), _figure("art-b", 500, "at_most"),
               _figure("art-c", 10, "approximately"), _figure("art-d", 11)]
    first = facts(figures, STORY_BY_ARTICLE, [])
    assert first == facts(list(reversed(figures)), STORY_BY_ARTICLE, [])
    for row in first:
        assert row["low"] <= row["best"] <= row["high"]
    assert len({r["fact_id"] for r in first}) == len(first)


@pytest.mark.parametrize(("text", "hours"), [
    ("in the last 48 hours", 48), ("over the last two days", 48), ("the past three days", 72),
    ("in a week", 168), ("a 24-hour period", 24), ("since Friday", None), (None, None)])
def test_window_hours(text, hours):
    assert window_hours(text) == hours


# -- quote clusters -------------------------------------------------------------------------

def _quote(quote_id: str, article_id: str, text: str, speaker_entity_id: str | None = None):
    return {"quote_id": quote_id, "article_id": article_id, "text": text,
            "speaker_entity_id": speaker_entity_id}


def test_same_quotation_clusters():
    # One outlet's curly quotes and capital, another's straight ones and a dropped word.
    quotes = [_quote("q1", "art-a", "The water came in the night and took everything we had",
                     "e-mayor"),
              _quote("q2", "art-b", "the water came in the night, and took everything we had",
                     "e-mayor"),
              _quote("q3", "art-c", "The water came in the night and took everything",
                     "e-mayor")]
    clusters = quote_clusters(quotes, STORY_BY_ARTICLE)
    assert clusters["q1"] == clusters["q2"] == clusters["q3"]
    assert clusters["q1"] == hashlib.sha256("q1\x1fq2\x1fq3".encode()).hexdigest()[:16]
    assert speaker_mismatches(quotes, clusters) == []


def test_different_quotations_stay_apart():
    quotes = [_quote("q1", "art-a", "The water came in the night and took everything we had"),
              _quote("q2", "art-b", "We will rebuild the dam before the rains come back")]
    clusters = quote_clusters(quotes, STORY_BY_ARTICLE)
    assert clusters["q1"] != clusters["q2"]


def test_same_words_in_different_stories_stay_apart():
    # A stock phrase said about two unrelated events is not one quotation.
    quotes = [_quote("q1", "art-a", "We are doing everything we can for the families"),
              _quote("q2", "art-x", "We are doing everything we can for the families")]
    clusters = quote_clusters(quotes, STORY_BY_ARTICLE)
    assert clusters["q1"] != clusters["q2"]


def test_short_fragment_needs_identical_words():
    # "the city" is inside many quotations; a fragment this short is not fuzzily matched.
    quotes = [_quote("q1", "art-a", "the city"),
              _quote("q2", "art-b", "the city has fallen to the militants tonight")]
    assert FACT_SETTINGS.min_fuzzy_quote_words > 2
    clusters = quote_clusters(quotes, STORY_BY_ARTICLE)
    assert clusters["q1"] != clusters["q2"]


def test_speakers_with_different_entities_are_reported():
    quotes = [_quote("q1", "art-a", "The water came in the night and took everything we had",
                     "e-one"),
              _quote("q2", "art-b", "The water came in the night and took everything we had",
                     "e-two")]
    clusters = quote_clusters(quotes, STORY_BY_ARTICLE)
    assert speaker_mismatches(quotes, clusters) == [
        {"quote_cluster_id": clusters["q1"], "speaker_entity_ids": ["e-one", "e-two"]}]
