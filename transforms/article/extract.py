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


# The drops row of an article whose extraction raised: it is published with its text and
# no extracted rows, counted in the manifest, and extracted again once the code changes.
EXTRACTION_FAILED = ("articles", "extraction_failed")


def extract_articles(articles: list[NormalizedArticle], nlp: Language, settings: Settings,
                     on_failure: Callable[[NormalizedArticle, Exception], None] | None = None
                     ) -> dict[str, list[dict]]:
    """Rows of each extracted table, and of `drops`, for a batch of articles. An article
    whose extraction raises (a rule meeting a parse it did not foresee) costs the batch
    nothing but itself: the rest is extracted one by one, and the article gets the
    EXTRACTION_FAILED drop and is passed to `on_failure` with the error."""
    extracted: dict[str, list[dict]] = {name: [] for name in (*EXTRACTED_TABLES, DROPS_TABLE)}

    def parse(batch: list[NormalizedArticle]):
        return zip(batch, parse_bodies(batch, nlp, settings.nlp_batch_size,
                                       settings.nlp_batch_chars))

    done = 0
    try:
        for article, doc in parse(articles):
            _add_rows(extracted, article, doc)
            done += 1
    except Exception:  # noqa: BLE001 - isolated below, article by article
        for article in articles[done:]:
            try:
                for _, doc in parse([article]):
                    _add_rows(extracted, article, doc)
            except Exception as error:  # noqa: BLE001 - reported, never swallowed
                extracted[DROPS_TABLE].extend(drop_rows(article.article_id,
                                                        {EXTRACTION_FAILED: 1}))
                if on_failure is not None:
                    on_failure(article, error)
    return extracted


def _add_rows(extracted: dict[str, list[dict]], article: NormalizedArticle, doc) -> None:
    extracted["mentions"].extend(doc._.get(components.MENTIONS))
    extracted["quotes"].extend(doc._.get(components.QUOTES))
    extracted["figures"].extend(doc._.get(components.FIGURES))
    extracted["event_mentions"].extend(doc._.get(components.EVENTS))
    extracted[DROPS_TABLE].extend(drop_rows(article.article_id, components.drops_of(doc)))


def extract_by_language(articles: list[NormalizedArticle], load_nlp: Callable[[str], Language],
                        settings: Settings,
                        on_failure: Callable[[NormalizedArticle, Exception], None] | None = None
                        ) -> dict[str, list[dict]]:
    """`extract_articles` over each language's articles with that language's pipeline
    (`load_nlp(model_name)`, loaded by the caller once per process), rows merged."""
    merged: dict[str, list[dict]] = {name: [] for name in (*EXTRACTED_TABLES, DROPS_TABLE)}
    for model_name, group in by_pipeline(articles, settings):
        for table, rows in extract_articles(group, load_nlp(model_name), settings,
                                            on_failure).items():
            merged[table].extend(rows)
    return merged
