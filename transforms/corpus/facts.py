"""Facts and quote clusters: the figures and quotations of a story reconciled across articles.

`facts` -> schema.FACTS, one row per (story, category, group of agreeing figures): figures
whose values lie within a relative tolerance of the group's smallest are one fact; low,
best and high follow UCDP (lowest estimate, most reported value, highest estimate);
sources that disagree on the value, the time window or the qualifier's direction are named
in `conflict`. `quote_clusters` -> quotes.quote_cluster_id: the same quotation in several
articles of a story (near-identical words, rapidfuzz token_set_ratio). Reads the number
words of rules/figure_numbers.tsv for time windows. Known limits: two incidents of one
story with the same count ("10 killed" twice) are one fact; a vague figure ("hundreds")
is reconciled only with the same vague floor.
"""

from __future__ import annotations

from collections import Counter, defaultdict
import re

from rapidfuzz import fuzz

from transforms import ids
from transforms.corpus.stories import wire_copy_groups, wire_copy_links
from transforms.graph import UnionFind
from transforms.schema import NAMED_ONE_TEXTS
from transforms.settings import FactSettings

# Hours per time unit, for comparing windows written differently ("48 hours", "two days").
HOURS_PER_UNIT = {"hour": 1, "day": 24, "week": 168, "month": 720}  # month: 30 days
# Qualifiers that bound a count from one side only: they disagree when both occur.
LOWER_BOUND_QUALIFIERS = frozenset({"at_least", "more_than"})
UPPER_BOUND_QUALIFIERS = frozenset({"at_most", "less_than"})
QUALIFIER_WORDS = {"exact": "exact", "at_least": "at least", "at_most": "up to",
                   "approximately": "about", "more_than": "more than", "less_than": "less than"}

_WINDOW = re.compile(r"\b(?P<count>\d+|[a-z]+)[\s-]+(?P<unit>hour|day|week|month)s?\b")
_QUOTE_WORD = re.compile(r"\w+")


# -- facts ----------------------------------------------------------------------------------

def window_hours(time_text: str | None, unit_numbers: dict[str, float]) -> float | None:
    """Length of a time window in hours ("in the last 48 hours" -> 48, "over the past three
    days" -> 72, "a week" -> 168); None when the text names no length ("since Friday").
    `unit_numbers` are the number words of rules/figure_numbers.tsv ("three" -> 3)."""
    if not time_text:
        return None
    match = _WINDOW.search(time_text.casefold())
    if not match:
        return None
    count = match["count"]
    if count.isdigit():
        value = float(count)
    elif count in ("a", "an", "last", "past"):
        value = 1.0  # "a day", "the last day"
    else:
        if count not in unit_numbers:
            return None
        value = unit_numbers[count]
    return value * HOURS_PER_UNIT[match["unit"]]


def _estimate(figure: dict) -> tuple[float, float]:
    """(low, high) a figure gives as an estimate. An open bound is no estimate anyone made:
    "at least 500" gives 500 as its high, "up to 500" gives 500 as its low (not 0)."""
    value = figure["value"] if figure["value"] is not None else figure["low"]
    low = value if figure["qualifier"] in UPPER_BOUND_QUALIFIERS or figure["low"] is None \
        else figure["low"]
    high = figure["high"] if figure["high"] is not None else value
    return min(low, value), max(high, value)


def _value_groups(figures: list[dict], settings: FactSettings) -> list[list[dict]]:
    """Figures of one story and category, grouped by agreeing value: sorted by value, a new
    group starts where a value exceeds the group's smallest by more than the tolerance.
    Vague figures (no value) group by their floor ("hundreds" with "hundreds")."""
    numeric = sorted((f for f in figures if f["value"] is not None),
                     key=lambda f: (f["value"], f["figure_id"]))
    groups: list[list[dict]] = []
    for figure in numeric:
        if groups and figure["value"] <= groups[-1][0]["value"] * (1 + settings.value_tolerance):
            groups[-1].append(figure)
        else:
            groups.append([figure])
    vague: dict[float | None, list[dict]] = defaultdict(list)
    for figure in figures:
        if figure["value"] is None:
            vague[figure["low"]].append(figure)
    return groups + [vague[k] for k in sorted(vague, key=lambda k: (k is None, k or 0))]


def number_text(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _conflict(group: list[dict], unit_numbers: dict[str, float]) -> str | None:
    """What the figures of one fact disagree on, counting each article once per value."""
    notes = []
    values = Counter()
    for article_id, value in {(f["article_id"], f["value"]) for f in group
                              if f["value"] is not None}:
        values[value] += 1
    if len(values) > 1:
        notes.append("values differ: " + ", ".join(
            f"{number_text(v)} ({n} article{'s' * (n > 1)})" for v, n in sorted(values.items())))
    qualifiers = {f["qualifier"] for f in group}
    lower, upper = qualifiers & LOWER_BOUND_QUALIFIERS, qualifiers & UPPER_BOUND_QUALIFIERS
    if lower and upper:
        notes.append("qualifiers disagree: " + " vs ".join(
            QUALIFIER_WORDS[q] for q in sorted(lower) + sorted(upper)))
    windows: dict[object, set[str]] = defaultdict(set)
    for f in group:
        if f["time_text"]:
            hours = window_hours(f["time_text"], unit_numbers)
            windows[hours if hours is not None else f["time_text"].casefold()].add(f["time_text"])
    if len(windows) > 1:
        notes.append("time windows differ: " + " vs ".join(
            " / ".join(sorted(texts)) for _, texts in sorted(windows.items(), key=str)))
    return "; ".join(notes) or None


def ucdp_estimates(figures: list[dict]) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) over figures of one count, as UCDP: the lowest and highest
    estimates the sources give, and as best the value the most articles report (an
    article repeating it counts once; on a tie the lower value, UCDP's conservative
    reading). One person named with an article ("a child was among the dead") counts only
    when no source gives a number: it is often one of the victims, not the toll. "No one
    was hurt" counts only when no source counts anyone: it is often said of one part
    ("the driver escaped, no one else was hurt")."""
    anyone = [f for f in figures if f["value"] != 0]
    numbered = [f for f in anyone if f["value_text"].casefold() not in NAMED_ONE_TEXTS]
    figures = numbered or anyone or figures
    votes = Counter(value for _, value in {(f["article_id"], f["value"]) for f in figures
                                           if f["value"] is not None})
    best = min(votes, key=lambda v: (-votes[v], v)) if votes else None
    estimates = [_estimate(f) for f in figures if f["value"] is not None or f["low"] is not None]
    low = min((e[0] for e in estimates), default=None)
    high = max((e[1] for e in estimates), default=None)
    if best is None:
        high = None  # a vague count ("hundreds") has a floor but no estimate above it
    return low, best, high


def _fact_row(story_id: str, category: str, group: list[dict],
              wire_links: dict[str, set[str]], unit_numbers: dict[str, float]) -> dict:
    figure_ids = sorted(f["figure_id"] for f in group)
    article_ids = sorted({f["article_id"] for f in group})
    low, best, high = ucdp_estimates(group)
    subjects = Counter(f["subject"] for f in group if f["subject"])
    subject = min(subjects, key=lambda s: (-subjects[s], s)) if subjects else None
    conflict = _conflict(group, unit_numbers)
    return {
        "fact_id": ids.fact_id(story_id, category, figure_ids),
        "story_id": story_id,
        "category": category,
        "subject": subject,
        "low": low,
        "best": best,
        "high": high,
        "n_articles": len(article_ids),
        "n_independent_sources": len(wire_copy_groups(article_ids, wire_links)),
        "n_figures": len(group),
        "figure_ids": figure_ids,
        "article_ids": article_ids,
        "values": sorted({f["value"] for f in group if f["value"] is not None}),
        "has_conflict": conflict is not None,
        "conflict": conflict,
    }


def facts(figures: list[dict], story_by_article: dict[str, str], reuse: list[dict],
          unit_numbers: dict[str, float], settings: FactSettings) -> list[dict]:
    """Rows of schema.FACTS: the figures of each story and category reconciled into facts."""
    by_story_category: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for figure in figures:
        story_id = story_by_article.get(figure["article_id"])
        # A part of another count ("including 12 children") is no total of its own.
        if story_id and figure["category"] not in settings.skipped_categories \
                and not figure.get("parent_figure_id"):
            by_story_category[(story_id, figure["category"])].append(figure)
    wire_links = wire_copy_links(reuse)
    rows = [_fact_row(story_id, category, group, wire_links, unit_numbers)
            for (story_id, category), members in by_story_category.items()
            for group in _value_groups(members, settings)]
    return sorted(rows, key=lambda r: (r["story_id"], r["category"], r["fact_id"]))


# -- quote clusters -------------------------------------------------------------------------

def normalized_quote(text: str) -> str:
    """Words of a quotation, case-folded, without quote marks or punctuation."""
    return " ".join(_QUOTE_WORD.findall(text.casefold()))


def quote_clusters(quotes: list[dict], story_by_article: dict[str, str],
                   settings: FactSettings) -> dict[str, str]:
    """quote_cluster_id by quote_id: quotes of one story with near-identical words share
    the hash of their sorted quote_ids; every other quote is a cluster of its own."""
    clusters = UnionFind(q["quote_id"] for q in quotes)

    by_story: dict[str | None, list[tuple[str, str]]] = defaultdict(list)
    for q in sorted(quotes, key=lambda q: q["quote_id"]):
        by_story[story_by_article.get(q["article_id"])].append(
            (q["quote_id"], normalized_quote(q["text"])))
    for story_id, members in by_story.items():
        if story_id is None:
            continue  # an article outside every story: nothing to compare with
        for i, (qa, ta) in enumerate(members):
            for qb, tb in members[i + 1:]:
                shortest = min(len(ta.split()), len(tb.split()))
                same = ta == tb and shortest > 0 or (
                    shortest >= settings.min_fuzzy_quote_words
                    and fuzz.token_set_ratio(ta, tb) >= settings.min_quote_similarity)
                if same:
                    clusters.union(qa, qb)
    return {quote_id: ids.quote_cluster_id(members)
            for members in clusters.groups() for quote_id in members}


def speaker_mismatches(quotes: list[dict], clusters: dict[str, str]) -> list[dict]:
    """Quote clusters whose quotes name different speaker entities: a hint that the entity
    linker kept one speaker apart (or that two people said the same words)."""
    speakers: dict[str, set[str]] = defaultdict(set)
    for q in quotes:
        if q.get("speaker_entity_id"):
            speakers[clusters[q["quote_id"]]].add(q["speaker_entity_id"])
    return [{"quote_cluster_id": c, "speaker_entity_ids": sorted(s)}
            for c, s in sorted(speakers.items()) if len(s) > 1]
