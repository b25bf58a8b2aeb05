"""Cross-article work over a staged release: tables in, tables out (dbt's marts layer).

Reads the per-article tables of a staging folder, links mentions to canonical entities
across the release (transforms.entities), carries the entity ids onto quote speakers and
figure places and sources by span overlap, finds shared wire copy (text_reuse), groups
articles into stories, reconciles figures into facts and clusters quotes reported by
several outlets (transforms.stories, transforms.facts), and writes the results back.
Cheap next to the model, so it is recomputed on every run rather than cached.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from transforms.entities import LinkingRules, link_entities
from transforms.facts import facts, quote_clusters
from transforms.geocode import Gazetteer
from transforms.normalize import articles_from_tables
from transforms.publish import read_table, write_table
from transforms.schema import TABLES
from transforms.settings import Settings
from transforms.stories import stories, text_reuse


class SpanIndex:
    """Entity of the mention that best overlaps a span of an article (None if none does)."""

    def __init__(self, mentions: list[dict]):
        self._by_article: dict[str, list[dict]] = defaultdict(list)
        for m in mentions:
            self._by_article[m["article_id"]].append(m)

    def entity_at(self, article_id: str, start: int | None, end: int | None,
                  labels: frozenset[str] | None = None) -> str | None:
        if start is None or end is None:
            return None
        best, best_overlap = None, 0
        for m in self._by_article.get(article_id, ()):
            if labels and m["label"] not in labels:
                continue
            overlap = min(end, m["end_char"]) - max(start, m["start_char"])
            if overlap > best_overlap:
                best, best_overlap = m, overlap
        return best["entity_id"] if best else None


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _with_entities(rows: list[dict], index: SpanIndex, column: str, prefix: str,
                   labels: frozenset[str] | None = None) -> list[dict]:
    for row in rows:
        row[column] = index.entity_at(row["article_id"], row[f"{prefix}_start_char"],
                                      row[f"{prefix}_end_char"], labels)
    return rows


def reconcile_release(staging: Path, settings: Settings | None = None,
                      linking_rules: LinkingRules | None = None,
                      gazetteer: Gazetteer | None = None) -> dict[str, int]:
    """Cross-article tables of a staged release; rules and gazetteer are loaded by the
    caller once per process (the gazetteer takes seconds to load)."""
    settings = settings or Settings()
    # Only the columns the rebuilt articles need: the sentence texts repeat the bodies.
    article_table = read_table(staging, "articles")
    articles = articles_from_tables(
        article_table,
        read_table(staging, "sentences", ["article_id", "paragraph_idx", "start_char",
                                          "end_char"]),
        read_table(staging, "paragraphs", ["article_id", "start_char", "end_char"]))
    mentions, entities = link_entities(articles, read_table(staging, "mentions").to_pylist(),
                                       linking_rules, gazetteer, settings.linking,
                                       settings.geocode)
    index = SpanIndex(mentions)
    quotes = _with_entities(read_table(staging, "quotes").to_pylist(), index,
                            "speaker_entity_id", "speaker")
    figures = read_table(staging, "figures").to_pylist()
    _with_entities(figures, index, "location_entity_id", "location", PLACE_LABELS)
    _with_entities(figures, index, "source_entity_id", "source")

    reuse = text_reuse(articles, settings.stories)
    story_rows, story_by_article = stories(articles, mentions, entities, reuse, settings.stories)
    article_table = article_table.set_column(
        article_table.schema.get_field_index("story_id"), TABLES["articles"].arrow_schema.field("story_id"),
        pa.array([story_by_article[a] for a in article_table["article_id"].to_pylist()],
                 pa.string()))
    cluster_by_quote = quote_clusters(quotes, story_by_article, settings.facts)
    for row in quotes:
        row["quote_cluster_id"] = cluster_by_quote[row["quote_id"]]
    tables = {"mentions": mentions, "entities": entities, "quotes": quotes, "figures": figures,
              "text_reuse": reuse, "stories": story_rows,
              "facts": facts(figures, story_by_article, reuse, settings.facts)}
    for name, rows in tables.items():
        write_table(staging, name, TABLES[name].from_rows(rows))
    write_table(staging, "articles", article_table)  # already in its sort order
    return {"articles": article_table.num_rows} | {name: len(rows)
                                                   for name, rows in tables.items()}
