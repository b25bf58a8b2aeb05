"""Cross-article work over a release: tables in, tables out (dbt's marts layer).

`reconciled_tables` takes every article's rows (articles, paragraphs, sentences and the
extracted mentions, quotes and figures) and returns the tables that need the whole
release: mentions linked to canonical entities and the entities (transforms.corpus
.entities), quote speakers, figure places and sources and event actors and places carried
onto those entities by span overlap, shared wire copy (text_reuse), events
(transforms.corpus.events), stories (which events join), articles with their story, facts
and quotes with their cluster (transforms.corpus.facts). It reads and writes no files:
the caller does the I/O. Cheap next to the model, so it is recomputed on every run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
import re

import pyarrow as pa

from transforms.corpus.entities import LinkingRules, link_entities, name_key
from transforms.corpus.events import (articles_joined_by_events, events, is_place_mention,
                                      place_entity_ids, placed_mentions)
from transforms.corpus.facts import facts, quote_clusters
from transforms.corpus.resources import CorpusResources
from transforms.corpus.stable import PriorIds
from transforms.corpus.stories import stories, story_clusters
from transforms.corpus.text_reuse import text_reuse, wire_copy_links
from transforms.records import NormalizedArticle, articles_from_tables
from transforms.schema import PLACE_LABELS, TABLES
from transforms.settings import Settings

# The input columns reconciling reads (None: all); the sentence and paragraph texts
# repeat the bodies and are left on disk.
RECONCILE_INPUTS: dict[str, list[str] | None] = {
    "articles": None,
    "paragraphs": ["article_id", "start_char", "end_char"],
    "sentences": ["article_id", "paragraph_idx", "start_char", "end_char"],
    "mentions": None,
    "quotes": None,
    "figures": None,
    "event_mentions": None,
}
# Actors are people, groups and countries; places are where.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


class SpanIndex:
    """Entity of the mention that best overlaps a span of an article (None if none does).
    Asked for places, a town the model took for a person or a group counts when linking
    joined it to a place (`place_entities`: events.place_entity_ids)."""

    def __init__(self, mentions: list[dict], place_entities: frozenset[str] = frozenset()):
        self._by_article: dict[str, list[dict]] = defaultdict(list)
        self._place_entities = place_entities
        for m in mentions:
            self._by_article[m["article_id"]].append(m)

    def person_of_surname(self, article_id: str, name: str,
                          surname_of: Callable[[str], str]) -> str | None:
        """The entity of the article's people whose names end in the surname of `name`,
        when they are one entity."""
        surname = surname_of(name)
        found = {m["entity_id"] for m in self._by_article.get(article_id, ())
                 if m["label"] == "PERSON" and surname_of(m["text"]) == surname}
        return found.pop() if len(found) == 1 else None

    def entity_at(self, article_id: str, start: int | None, end: int | None,
                  labels: frozenset[str] | None = None) -> str | None:
        if start is None or end is None:
            return None
        # A people's name inside a group's ("the Group to Support Islam and Muslims")
        # qualifies it: the group's name, however short, is the span's entity.
        best, best_score = None, (False, 0)
        for m in self._by_article.get(article_id, ()):
            if labels and m["label"] not in labels and not (
                    labels == PLACE_LABELS and is_place_mention(m, self._place_entities)):
                continue
            overlap = min(end, m["end_char"]) - max(start, m["start_char"])
            score = (m["label"] != "NORP", overlap)
            if overlap > 0 and score > best_score:
                best, best_score = m, score
        return best["entity_id"] if best else None


def with_entities(rows: list[dict], index: SpanIndex, column: str, prefix: str,
                  labels: frozenset[str] | None = None) -> list[dict]:
    """The rows with `column` set to the entity of their `<prefix>_start/end_char` span."""
    for row in rows:
        row[column] = index.entity_at(row["article_id"], row[f"{prefix}_start_char"],
                                      row[f"{prefix}_end_char"], labels)
    return rows


def quotes_with_speaker_entities(quotes: list[dict], index: SpanIndex,
                                 rules_: LinkingRules) -> list[dict]:
    """Quotes with the entity of their speaker's span; a speaker written as a name that no
    mention covers ("May said:", the tagger's modal; "Mr Conway", left untagged) is the one
    person of the article with that surname, when there is one."""
    def surname_of(text: str) -> str:
        return name_key(text, "PERSON", rules_).tokens[-1]

    for row in quotes:
        start, end = row["speaker_start_char"], row["speaker_end_char"]
        possessed = _after_a_possessive(row["speaker"])
        if possessed is not None and not _a_work_of(row["speaker"], rules_):
            # "Mr Blair's official spokesman": the one who spoke is after the possessive
            # (rules/speaker_work_nouns.tsv), and before any preposition ("Cyprus'
            # representative at U.N. Headquarters" is no one of the headquarters).
            start += possessed
            end = start + len(_PREPOSITION.split(row["speaker"][possessed:], 1)[0])
        row["speaker_entity_id"] = index.entity_at(row["article_id"], start, end)
        if row["speaker_entity_id"] is None and _written_as_a_name(row["speaker"]):
            row["speaker_entity_id"] = index.person_of_surname(
                row["article_id"], row["speaker"], surname_of)
    return quotes


_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])\s+(?=\S)")
_PREPOSITION = re.compile(r"\s(?:of|at|in|for|from|with|to|on|by)\s")


def _after_a_possessive(speaker: str | None) -> int | None:
    """Where the words after a speaker's last possessive start ("Tony Blair's official
    spokesman"), if it has one."""
    found = None
    for found in _POSSESSIVE.finditer(speaker or ""):
        pass
    return found.end() if found else None


def _a_work_of(speaker: str, rules_: LinkingRules) -> bool:
    """Whether a speaker ends in a noun of what someone wrote or said ("Mr Crosby's
    statement"): rules/speaker_work_nouns.tsv."""
    last = speaker.split()[-1].casefold()
    return last in rules_.speaker_work_nouns or last.removesuffix("s") in rules_.speaker_work_nouns


# First words of a speaker that is no name: a description or an unresolved pronoun.
_NOT_A_NAME = frozenset({"the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
                         "his", "her", "its", "their", "our", "this", "that", "one"})


def _written_as_a_name(speaker: str | None) -> bool:
    words = (speaker or "").split()
    return bool(words) and words[0].lower() not in _NOT_A_NAME and all(
        w[:1].isupper() for w in words)


def figures_with_entities(figures: list[dict], index: SpanIndex) -> list[dict]:
    """Figures with the entity of their place and of their source."""
    with_entities(figures, index, "location_entity_id", "location", PLACE_LABELS)
    return with_entities(figures, index, "source_entity_id", "source")


def event_mentions_with_entities(rows: list[dict], index: SpanIndex) -> list[dict]:
    with_entities(rows, index, "actor1_entity_id", "actor1", ACTOR_LABELS)
    with_entities(rows, index, "actor2_entity_id", "actor2", ACTOR_LABELS)
    return with_entities(rows, index, "location_entity_id", "location", PLACE_LABELS)


def articles_with_stories(articles: pa.Table, story_by_article: dict[str, str]) -> pa.Table:
    field = TABLES["articles"].arrow_schema.field("story_id")
    return articles.set_column(
        articles.schema.get_field_index("story_id"), field,
        pa.array([story_by_article[a] for a in articles["article_id"].to_pylist()], field.type))


def quotes_with_clusters(quotes: list[dict], story_by_article: dict[str, str],
                         settings: Settings) -> list[dict]:
    cluster_by_quote = quote_clusters(quotes, story_by_article, settings.facts)
    for row in quotes:
        row["quote_cluster_id"] = cluster_by_quote[row["quote_id"]]
    return quotes


def article_records(articles: pa.Table, paragraphs: pa.Table, sentences: pa.Table
                    ) -> list[NormalizedArticle]:
    return articles_from_tables(articles, sentences, paragraphs)


def release_text_reuse(articles: pa.Table, paragraphs: pa.Table, sentences: pa.Table,
                       settings: Settings) -> list[dict]:
    """The text_reuse rows reconciled_tables would find in these articles."""
    return text_reuse(article_records(articles, paragraphs, sentences), settings.stories)


def reconciled_tables(articles: pa.Table, paragraphs: pa.Table, sentences: pa.Table,
                      mentions: pa.Table, quotes: pa.Table, figures: pa.Table,
                      event_mentions: pa.Table, resources: CorpusResources,
                      settings: Settings, prior: PriorIds | None = None,
                      reuse_found: Callable[[], list[dict]] | None = None
                      ) -> dict[str, pa.Table]:
    """The release's cross-article tables, and the per-article ones they annotate. `prior`:
    the ids the previous release gave events and stories, kept where they still fit.
    `reuse_found`: the release's text_reuse rows, when the caller had them found elsewhere
    meanwhile (release_text_reuse, in another process while this one links names)."""
    prior = prior or PriorIds()
    records = article_records(articles, paragraphs, sentences)
    quote_rows = quotes.to_pylist()
    speakers = defaultdict(set)
    for row in quote_rows:
        if row["speaker"]:
            speakers[row["article_id"]].add(row["speaker"])
    linked, entities = link_entities(records, mentions.to_pylist(), resources.linking_rules,
                                     resources.gazetteer, settings.linking, settings.geocode,
                                     speakers)
    entity_by_id = {e["entity_id"]: e for e in entities}
    place_entities = place_entity_ids(entity_by_id)
    index = SpanIndex(linked, place_entities)
    quote_rows = quotes_with_speaker_entities(quote_rows, index, resources.linking_rules)
    figure_rows = figures_with_entities(figures.to_pylist(), index)
    reuse = reuse_found() if reuse_found else text_reuse(records, settings.stories)
    wire_links = wire_copy_links(reuse)
    found = story_clusters(records, linked, reuse, settings.stories)
    record_by_id = {a.article_id: a for a in records}
    event_mention_rows = placed_mentions(
        event_mentions_with_entities(event_mentions.to_pylist(), index), linked, record_by_id,
        entity_by_id, place_entities, resources.linking_rules,
        settings.events.min_article_country_share)
    event_rows, event_mention_rows = events(
        event_mention_rows, record_by_id, entities, figure_rows, found.cluster_by_article(),
        wire_links, prior, settings.events)
    story_rows, story_by_article = stories(found, linked, entities, reuse, settings.stories,
                                           articles_joined_by_events(event_mention_rows),
                                           prior.story_by_article, prior.reserved)
    rows = {
        "mentions": linked,
        "entities": entities,
        "quotes": quotes_with_clusters(quote_rows, story_by_article, settings),
        "figures": figure_rows,
        "text_reuse": reuse,
        "stories": story_rows,
        "facts": facts(figure_rows, story_by_article, reuse, resources.unit_numbers,
                       settings.facts),
        "event_mentions": event_mention_rows,
        "events": event_rows,
    }
    return ({"articles": articles_with_stories(articles, story_by_article)}
            | {name: TABLES[name].from_rows(table_rows) for name, table_rows in rows.items()})
