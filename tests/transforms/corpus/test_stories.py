"""Stories: rewrites and independent reports merge, unrelated articles stay apart, wire copy
counts once."""

from __future__ import annotations

from pathlib import Path
import re

import pytest

from tests.conftest import CORPORA, SEEDS
from transforms import ids
from transforms.corpus import stories as stories_module
from transforms.corpus.stories import average_linkage
from transforms.corpus.text_reuse import text_reuse as text_reuse_of
from transforms.schema import STORIES
from transforms.settings import StorySettings

STORY_SETTINGS = StorySettings()


def text_reuse(articles):
    return text_reuse_of(articles, STORY_SETTINGS)


def stories(articles, mentions, entities, reuse):
    found = stories_module.story_clusters(articles, mentions, reuse, STORY_SETTINGS)
    return stories_module.stories(found, mentions, entities, reuse, STORY_SETTINGS)

# name -> (label, entity_id): the linker's output for the hand-written articles above.
ENTITIES = {
    "Tsagaan River": ("LOC", "e-tsagaan"), "Erdenet Bulag": ("GPE", "e-erdenet"),
    "Mongolian Red Cross": ("ORG", "e-redcross"), "Batbayar Dorj": ("PERSON", "e-dorj"),
    "Ulaanbaatar": ("GPE", "e-ulaanbaatar"), "Mongolia": ("GPE", "e-mongolia"),
    "Mongolian": ("NORP", "e-mongolian"),
}


def _mentions(articles) -> list[dict]:
    """Mention rows for every occurrence of a known entity name (longest names first)."""
    rows = []
    for article in articles:
        taken: list[tuple[int, int]] = []
        for name in sorted(ENTITIES, key=len, reverse=True):
            label, entity_id = ENTITIES[name]
            for match in re.finditer(rf"\b{re.escape(name)}\b", article.body):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                rows.append({"article_id": article.article_id, "start_char": match.start(),
                             "end_char": match.end(), "text": name, "label": label,
                             "entity_id": entity_id})
    return rows


def _entity_rows() -> list[dict]:
    return [{"entity_id": entity_id, "name": name, "label": label}
            for name, (label, entity_id) in ENTITIES.items()]


def _story_of(dam, story_by_article, role):
    return story_by_article[dam[role].article_id]


# -- stories --------------------------------------------------------------------------------

def test_rewrites_of_one_report_form_one_story(dam):
    articles = list(dam.values())
    reuse = text_reuse(articles)
    rows, story_by_article = stories(articles, _mentions(articles), _entity_rows(), reuse)
    story = _story_of(dam, story_by_article, "wire")
    assert _story_of(dam, story_by_article, "rewrite") == story
    assert _story_of(dam, story_by_article, "independent") == story
    row = next(r for r in rows if r["story_id"] == story)
    assert row["n_articles"] == 3
    assert row["n_independent_sources"] == 2  # the wire report and its rewrite count once
    assert row["top_entities"][:2] == ["Erdenet Bulag", "Mongolian Red Cross"]
    assert row["title"] in {a.title for a in dam.values()}
    STORIES.from_rows(rows)


def test_unrelated_article_sharing_a_country_stays_apart(dam):
    articles = list(dam.values())
    rows, story_by_article = stories(articles, _mentions(articles), _entity_rows(),
                                     text_reuse(articles))
    unrelated = _story_of(dam, story_by_article, "unrelated")
    assert unrelated != _story_of(dam, story_by_article, "wire")
    assert ids.story_id([dam["unrelated"].article_id]) == unrelated  # a story of one
    assert len(rows) == 2 and set(story_by_article) == {a.article_id for a in articles}


def test_dated_articles_far_apart_are_two_stories(dam):
    from dataclasses import replace
    articles = [replace(dam["wire"], published_at="2024-04-02"),
                replace(dam["rewrite"], published_at="2024-04-20")]
    _, story_by_article = stories(articles, _mentions(articles), _entity_rows(), [])
    assert len(set(story_by_article.values())) == 2
    near = [replace(dam["wire"], published_at="2024-04-02"),
            replace(dam["rewrite"], published_at="2024-04-03T09:00:00")]
    rows, story_by_article = stories(near, _mentions(near), _entity_rows(), [])
    assert len(set(story_by_article.values())) == 1
    assert (rows[0]["first_published_at"], rows[0]["last_published_at"]) == (
        "2024-04-02", "2024-04-03T09:00:00")


def test_stories_do_not_depend_on_input_order(dam):
    articles = list(dam.values())
    mentions, reuse = _mentions(articles), text_reuse(articles)
    assert stories(articles, mentions, _entity_rows(), reuse) == \
        stories(list(reversed(articles)), mentions, _entity_rows(), reuse)


def test_average_linkage_does_not_chain():
    # Four articles in a chain, each like only its neighbours: two stories, not one.
    scores = {(0, 1): 0.6, (1, 2): 0.5, (2, 3): 0.6}
    assert average_linkage(4, scores, min_score=0.22) == [[0, 1], [2, 3]]
    # A third article like both members of a pair joins it.
    assert average_linkage(3, {(0, 1): 0.6, (0, 2): 0.4, (1, 2): 0.3}, 0.22) == [[0, 1, 2]]


# -- golden: the seeds through the real stages ----------------------------------------------

@pytest.fixture(scope="module")
def seed_release(seed_articles, reconcile_articles):
    """Seeds through extraction and the cross-article product, as the flow runs them."""
    tables = reconcile_articles(list(seed_articles.values()))
    return {"articles": seed_articles, "reuse": tables["text_reuse"],
            "stories": tables["stories"], "quotes": tables["quotes"], "facts": tables["facts"],
            "quote_clusters": {q["quote_id"]: q["quote_cluster_id"] for q in tables["quotes"]}}


def test_seeds_form_one_story(seed_release):
    # Five reports of one city's fall, from five outlets: one story.
    assert len(seed_release["stories"]) == 1
    story = seed_release["stories"][0]
    assert story["n_articles"] == len(seed_release["articles"])
    assert 1 < story["n_independent_sources"] < story["n_articles"]  # AP copy counted once


def test_seed_death_toll_is_reconciled(seed_release):
    # "at least 500", "up to 500" and "500 people have been killed": one fact.
    fact = max((f for f in seed_release["facts"] if f["category"] == "killed"
                and 500 in f["values"]), key=lambda f: f["n_articles"])
    assert fact["n_articles"] >= 4
    assert fact["low"] <= fact["best"] == 500 <= fact["high"]
    assert fact["n_independent_sources"] < fact["n_articles"]


def test_seed_displacement_is_corroborated(seed_release):
    fact = next(f for f in seed_release["facts"] if f["category"] == "displaced"
                and f["best"] == 8000)
    assert fact["n_articles"] >= 2


def test_seed_shared_ap_passage_is_found(seed_release):
    # Two seeds carry the AP sentence on the four bombings, one of them with a lead-in.
    phrase = "four nearly simultaneous bombings"
    carriers = [a for a in seed_release["articles"].values() if phrase in a.body]
    assert len(carriers) == 2
    bodies = {a.article_id: a.body for a in carriers}
    rows = [r for r in seed_release["reuse"] if r["article_id"] in bodies
            and r["other_article_id"] in bodies]
    assert len(rows) == 2  # both directions
    for row in rows:
        example = bodies[row["article_id"]][row["example_start_char"]:row["example_end_char"]]
        assert phrase in example


def test_seed_quote_reported_by_two_outlets_is_one_cluster(seed_release):
    quotes = [q for q in seed_release["quotes"]
              if q["text"].casefold().startswith("men, women, kids")]
    assert len({q["article_id"] for q in quotes}) >= 2
    assert len({seed_release["quote_clusters"][q["quote_id"]] for q in quotes}) == 1


# -- corpus: unrelated BBC articles never join the seed story --------------------------------

BBC = CORPORA / "bbc"
BBC_SAMPLE_STEP = 7  # every 7th file: ~320 articles across the five topics, under a minute


@pytest.mark.corpus
@pytest.mark.skipif(not BBC.is_dir(), reason=f"BBC corpus not found at {BBC}")
def test_no_bbc_article_joins_the_seed_story(normalize_rules, reconcile_articles, settings):
    from transforms.article.ingest import read_inputs
    from transforms.article.normalize import drop_duplicate_articles, normalize_documents

    seeds, _ = read_inputs(SEEDS, settings)
    bbc, _ = read_inputs(BBC, settings)
    bbc = [d for d in bbc if "/" in d.source_path][::BBC_SAMPLE_STEP]  # not README.TXT
    articles, _ = drop_duplicate_articles(normalize_documents(seeds + bbc, normalize_rules,
                                                              settings))
    story_by_article = {a["article_id"]: a["story_id"]
                        for a in reconcile_articles(articles)["articles"]}

    seed_ids = {a.article_id for a in articles if Path(a.source_path).parent == Path(".")
                and a.source_path.endswith(".txt") and a.source_path[:3].isdigit()}
    assert len(seed_ids) == 5
    seed_stories = {story_by_article[a] for a in seed_ids}
    assert len(seed_stories) == 1
    joined = [a.source_path for a in articles
              if a.article_id not in seed_ids and story_by_article[a.article_id] in seed_stories]
    assert joined == []


def test_pairs_are_blocked_by_date_yet_every_pair_within_the_gap_is_found():
    # 600 articles over 90 days sharing words at random, 40 of them undated, in blocks of 64
    # rows: pairing each block only with the articles within the gap of its days (and the
    # undated ones) finds exactly the pairs the whole product finds within the gap, with the
    # same sums, and none further apart.
    import numpy as np
    from scipy import sparse
    rng = np.random.default_rng(7)
    n, features, gap = 600, 400, STORY_SETTINGS.max_story_gap_days
    matrix = sparse.random(n, features, density=0.02, format="csr", random_state=rng)
    df = np.bincount(matrix.indices, minlength=features)
    days = rng.integers(738000, 738090, size=n)
    days[rng.choice(n, 40, replace=False)] = -1
    blocked = stories_module._pair_sums(matrix, df, n, days, gap, block_rows=64)
    whole = stories_module._pair_sums(matrix, df, n, np.full(n, -1), gap, block_rows=64)

    def within_gap(pairs):
        i, j = pairs.codes // n, pairs.codes % n
        near = (days[i] < 0) | (days[j] < 0) | (np.abs(days[i] - days[j]) <= gap)
        return pairs.codes[near], pairs.values[near]

    assert len(whole.codes) > 2 * len(blocked.codes) > 0  # far pairs are mostly never made
    assert np.isin(blocked.codes, whole.codes).all()
    (blocked_codes, blocked_values), (codes, values) = within_gap(blocked), within_gap(whole)
    assert np.array_equal(blocked_codes, codes)
    assert np.array_equal(blocked_values, values)
