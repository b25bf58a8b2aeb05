"""Per-article extraction: normalized articles -> mentions, quotes, figures, event
mentions and drops.

This is the expensive, cacheable unit of work: its output depends only on each article's
text and the extractor fingerprint (transforms.fingerprints: code, rules, settings,
model). The pipeline (nlp.load_pipeline: the model and the newsfacts components) is
passed in, loaded once per worker by the caller; this module only reads what the
components put on each Doc. `drops` rows count, per article, the candidates the
components left out and why.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from transforms.article import components
from transforms.article.language import by_pipeline
from transforms.article.nlp import parse_bodies
from transforms.records import Drops, NormalizedArticle
from transforms.settings import Settings

EXTRACTED_TABLES = ("mentions", "quotes", "figures", "event_mentions")
# Cached beside the extracted tables, never published: summed into the manifest.
DROPS_TABLE = "drops"


def drop_rows(article_id: str, drops: Drops) -> list[dict]:
    return [{"article_id": article_id, "table_name": table, "reason": reason,
             "n_dropped": count} for (table, reason), count in sorted(drops.items())]


def extract_articles(articles: list[NormalizedArticle], nlp: Language,
                     settings: Settings) -> dict[str, list[dict]]:
    """Rows of each extracted table, and of `drops`, for a batch of articles."""
    extracted: dict[str, list[dict]] = {name: [] for name in (*EXTRACTED_TABLES, DROPS_TABLE)}
    for article, doc in zip(articles, parse_bodies(articles, nlp, settings.nlp_batch_size,
                                                   settings.nlp_batch_chars)):
        extracted["mentions"].extend(doc._.get(components.MENTIONS))
        extracted["quotes"].extend(doc._.get(components.QUOTES))
        extracted["figures"].extend(doc._.get(components.FIGURES))
        extracted["event_mentions"].extend(doc._.get(components.EVENTS))
        extracted[DROPS_TABLE].extend(drop_rows(article.article_id,
                                                components.drops_of(doc)))
    return extracted


def extract_by_language(articles: list[NormalizedArticle], load_nlp: Callable[[str], Language],
                        settings: Settings) -> dict[str, list[dict]]:
    """`extract_articles` over each language's articles with that language's pipeline
    (`load_nlp(model_name)`, loaded by the caller once per process), rows merged."""
    merged: dict[str, list[dict]] = {name: [] for name in (*EXTRACTED_TABLES, DROPS_TABLE)}
    for model_name, group in by_pipeline(articles, settings):
        for table, rows in extract_articles(group, load_nlp(model_name), settings).items():
            merged[table].extend(rows)
    return merged
