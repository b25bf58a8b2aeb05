"""Text reuse and stories: rewrites merge, unrelated articles stay apart, wire copy counts once."""

from __future__ import annotations

from pathlib import Path
import re

import pytest

from tests.conftest import CORPORA, SEEDS
from transforms.schema import STORIES, TEXT_REUSE
from transforms.stories import (STORIES_SETTINGS, _average_linkage, quoted_fraction,
                                stories, story_id_for, text_reuse)

# A wire report of a dam failure, a rewrite of it by a second outlet, an independent report
# of the same event, and an unrelated article that shares only the country.
WIRE = (
    "Dam Bursts in Northern Province\n\n"
    "A dam on the Tsagaan River burst before dawn on Tuesday, flooding the town of Erdenet "
    "Bulag and forcing thousands of residents onto rooftops, provincial officials said. "
    "Rescue teams from the Mongolian Red Cross reached the town by helicopter in the "
    "afternoon and began pulling families from the water. The provincial governor, Batbayar "
    "Dorj, said the reservoir had been filled beyond its design level after a week of heavy "
    "rain. Engineers had warned in March that cracks in the concrete wall of the dam were "
    "growing every month. Television footage showed cattle and cars carried away by the "
    "brown floodwater as it swept through the market square.")
REWRITE = (
    "Thousands Stranded as Dam Fails\n\n"
    "Thousands of people were stranded on rooftops on Tuesday after a dam on the Tsagaan "
    "River burst before dawn, flooding the town of Erdenet Bulag, provincial officials said. "
    "Rescue teams from the Mongolian Red Cross reached the town by helicopter in the "
    "afternoon and began pulling families from the water. Local engineers had warned in "
    "March that cracks in the concrete wall of the dam were growing every month, according "
    "to documents seen by reporters. The government in Ulaanbaatar promised emergency aid.")
INDEPENDENT = (
    "Flood Survivors Describe Night of Terror\n\n"
    "Residents of Erdenet Bulag described waking to the roar of water as the Tsagaan River "
    "dam gave way. Governor Batbayar Dorj visited the flooded streets on Wednesday and "
    "promised that every family would be rehoused before winter. Volunteers of the "
    "Mongolian Red Cross handed out blankets and drinking water at a school on higher "
    "ground, where hundreds spent the night.")
UNRELATED = (
    "Copper Exports Climb\n\n"
    "Copper exports from Mongolia rose by a fifth in the first quarter as a new smelter "
    "opened near the southern border, the statistics office reported. Analysts expect "
    "prices to stay high through the summer because demand from battery makers keeps "
    "growing. The mining ministry said it would publish new licensing rules in June.")

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


@pytest.fixture(scope="module")
def dam(normalize_text):
    """The four hand-written articles, by role."""
    texts = {"wire": WIRE, "rewrite": REWRITE, "independent": INDEPENDENT,
             "unrelated": UNRELATED}
    return {role: normalize_text(text, f"{role}.txt") for role, text in texts.items()}


def _story_of(dam, story_by_article, role):
    return story_by_article[dam[role].article_id]


def _pair(reuse, a, b):
    return next((r for r in reuse if r["article_id"] == a.article_id
                 and r["other_article_id"] == b.article_id), None)


# -- text reuse -----------------------------------------------------------------------------

def test_rewritten_wire_sentence_is_reuse(normalize_text):
    # The second outlet adds a lead-in and "at least 10 police" for "10": still the wire text.
    first = normalize_text(
        "Police officials said four coordinated explosions struck a checkpoint on the "
        "northern ring road, killing 10 and wounding 15. Traffic on the coastal highway was "
        "diverted through the old town for the rest of the day. Shops near the harbour "
        "stayed closed until the evening prayers.", "first.txt")
    second = normalize_text(
        "The assault began early on Sunday with four coordinated explosions that struck a "
        "checkpoint on the northern ring road, killing at least 10 police and wounding 15. "
        "The interior minister cut short a visit abroad and called an emergency meeting of "
        "the security council for Monday morning. Hospitals in the provincial capital "
        "asked residents to donate blood.", "second.txt")
    row = _pair(text_reuse([first, second]), first, second)
    assert row is not None and row["n_shared_sentences"] == 1
    shared = first.body[row["example_start_char"]:row["example_end_char"]]
    assert shared.startswith("Police officials said four coordinated explosions")
    assert not row["is_same_wire_copy"]  # one sentence is no copy of a whole report


def test_short_stock_sentence_is_not_reuse(normalize_text):
    # A six-word sentence two reports share by chance.
    first = normalize_text("The ministry declined to comment further. Floods hit the "
                           "east of the country on Monday after days of rain.", "a.txt")
    second = normalize_text("The ministry declined to comment further. A court in the "
                            "capital jailed two bankers for fraud on Friday morning.", "b.txt")
    assert STORIES_SETTINGS.min_sentence_words > len("The ministry declined to comment "
                                                     "further".split())
    assert text_reuse([first, second]) == []


def test_rewrites_of_one_wire_report_are_same_wire_copy(dam):
    reuse = text_reuse(list(dam.values()))
    forward, backward = _pair(reuse, dam["wire"], dam["rewrite"]), _pair(reuse, dam["rewrite"],
                                                                        dam["wire"])
    assert forward["is_same_wire_copy"] and backward["is_same_wire_copy"]
    assert forward["n_shared_sentences"] >= 2
    assert 0 < forward["shared_fraction"] < 1
    assert _pair(reuse, dam["wire"], dam["independent"]) is None
    assert _pair(reuse, dam["wire"], dam["unrelated"]) is None
    TEXT_REUSE.from_rows(reuse)  # the rows fit the declared schema


def test_shared_quotations_alone_are_not_wire_copy(normalize_text):
    # Two outlets at one press conference quote the same two sentences; the rest is theirs.
    first = normalize_text(
        "Minister Pledges Aid\n\n"
        "The finance minister spoke to farmers in the drought-hit south on Thursday. "
        "\"We will not leave a single farmer without seed for the next planting season,\" "
        "he said. \"Every district office will open on Saturday to register the families "
        "who lost their harvest,\" he added. Opposition leaders called the plan too little, "
        "too late for villages that lost their cattle.", "first.txt")
    second = normalize_text(
        "Drought Relief Announced\n\n"
        "Farmers gathered outside the regional council building for hours before the "
        "minister arrived by car from the airport. \"We will not leave a single farmer "
        "without seed for the next planting season,\" the minister told the crowd. "
        "\"Every district office will open on Saturday to register the families who lost "
        "their harvest,\" he said. Aid agencies said rain was not expected before October.",
        "second.txt")
    assert quoted_fraction("\"We will not leave a single farmer behind,\" he said.") > 0.7
    row = _pair(text_reuse([first, second]), first, second)
    assert row["n_shared_sentences"] == 2
    assert not row["is_same_wire_copy"]


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
    assert story_id_for([dam["unrelated"].article_id]) == unrelated  # a story of one
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
    assert _average_linkage(4, scores, min_score=0.22) == [[0, 1], [2, 3]]
    # A third article like both members of a pair joins it.
    assert _average_linkage(3, {(0, 1): 0.6, (0, 2): 0.4, (1, 2): 0.3}, 0.22) == [[0, 1, 2]]


# -- golden: the seeds through the real stages ----------------------------------------------

@pytest.fixture(scope="module")
def seed_release(seed_articles, nlp, settings):
    """Seeds: normalize -> parse -> mentions/quotes/figures -> entity linking -> cross-article."""
    from transforms.entities import link_entities
    from transforms.extract import extract_articles
    from transforms.facts import facts, quote_clusters
    from transforms.reconcile import SpanIndex, _with_entities

    articles = list(seed_articles.values())
    extracted = extract_articles(articles, nlp, settings)
    mentions, entities = link_entities(articles, extracted["mentions"])
    quotes = _with_entities(extracted["quotes"], SpanIndex(mentions), "speaker_entity_id",
                            "speaker")
    reuse = text_reuse(articles)
    story_rows, story_by_article = stories(articles, mentions, entities, reuse)
    return {"articles": seed_articles, "reuse": reuse, "stories": story_rows,
            "story_by_article": story_by_article, "quotes": quotes,
            "facts": facts(extracted["figures"], story_by_article, reuse),
            "quote_clusters": quote_clusters(quotes, story_by_article)}


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
def test_no_bbc_article_joins_the_seed_story(splitter, nlp, settings):
    from transforms.entities import link_entities
    from transforms.ingest import read_inputs
    from transforms.normalize import drop_duplicate_articles, normalize_documents
    from transforms.mentions import mention_rows
    from transforms.nlp import parse_bodies

    seeds, _ = read_inputs(SEEDS, settings)
    bbc, _ = read_inputs(BBC, settings)
    bbc = [d for d in bbc if "/" in d.source_path][::BBC_SAMPLE_STEP]  # not README.TXT
    articles, _ = drop_duplicate_articles(normalize_documents(seeds + bbc, splitter, settings))
    mentions = [m for a, doc in zip(articles, parse_bodies(articles, nlp, settings.nlp_batch_size))
                for m in mention_rows(a, doc)]
    mentions, entities = link_entities(articles, mentions)
    _, story_by_article = stories(articles, mentions, entities, text_reuse(articles))

    seed_ids = {a.article_id for a in articles if Path(a.source_path).parent == Path(".")
                and a.source_path.endswith(".txt") and a.source_path[:3].isdigit()}
    assert len(seed_ids) == 5
    seed_stories = {story_by_article[a] for a in seed_ids}
    assert len(seed_stories) == 1
    joined = [a.source_path for a in articles
              if a.article_id not in seed_ids and story_by_article[a.article_id] in seed_stories]
    assert joined == []
