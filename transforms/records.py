"""The in-memory form of an article: its row of `articles` with the spans of its
`paragraphs` and `sentences`, as the per-article layer makes it and the cross-article layer
reads it back from the tables (schema.ARTICLES, PARAGRAPHS, SENTENCES).

Shared by both layers so that neither imports the other: `transforms.corpus` rebuilds these
records from the published tables with `articles_from_tables`. `sentence_index` maps a
character span to the `sentence_idx` that holds it, the offset convention of every table.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa


# Candidates a stage looked at and left out, by (table, reason): ("quotes", "scare_quote").
# Every place that drops a candidate counts it here, so a run can say what it left out.
Drops = Counter


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class NormalizedArticle:
    article_id: str
    source_path: str
    source_sha256: str
    title: str | None
    body: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[tuple[int, Span], ...]  # (paragraph_idx, span)
    n_boilerplate_lines: int
    url: str | None = None
    outlet: str | None = None
    published_at: str | None = None
    published_at_source: str | None = None
    language: str = "en"  # ISO 639-1 code of the body (language.py)
    # Why the page is no article (a consent wall, a paywall teaser...), kind and evidence;
    # None for an article. Never published: such a page becomes a `not_an_article` reject.
    not_an_article: str | None = None


# Words; a paragraph this long or shorter that ends in no stop is a heading or a caption.
MAX_HEADING_WORDS = 25
# A line ending like this closes a sentence (a stop, maybe inside closing quotes or brackets).
SENTENCE_END = re.compile(r"""[.!?:;]["'”’)\]]*$""")


def heading_paragraphs(article: NormalizedArticle) -> frozenset[int]:
    """Paragraphs that are a page's subheadings or captions ("Doubts about motive",
    "Police officer at the scene"): one short line that ends in no stop."""
    return frozenset(
        i for i, span in enumerate(article.paragraphs)
        if len((text := article.body[span.start:span.end].strip()).split()) <= MAX_HEADING_WORDS
        and not SENTENCE_END.search(text))


def sentence_index(article: NormalizedArticle):
    """A function from a character offset to the `sentence_idx` that holds it (or None)."""
    starts = [span.start for _, span in article.sentences]
    ends = [span.end for _, span in article.sentences]

    def locate(start: int, end: int) -> int | None:
        i = bisect_right(starts, start) - 1
        if i >= 0 and end <= ends[i]:
            return i
        return None

    return locate


def articles_from_tables(articles: "pa.Table", sentences: "pa.Table",
                         paragraphs: "pa.Table") -> list[NormalizedArticle]:
    """Rebuild NormalizedArticle objects from published tables (for cross-article steps)."""
    sentences_by_article: dict[str, list] = {}
    for row in sentences.select(["article_id", "paragraph_idx", "start_char",
                                 "end_char"]).to_pylist():
        sentences_by_article.setdefault(row["article_id"], []).append(
            (row["paragraph_idx"], Span(row["start_char"], row["end_char"])))
    paragraphs_by_article: dict[str, list] = {}
    for row in paragraphs.select(["article_id", "start_char", "end_char"]).to_pylist():
        paragraphs_by_article.setdefault(row["article_id"], []).append(
            Span(row["start_char"], row["end_char"]))
    return [
        NormalizedArticle(
            article_id=row["article_id"], source_path=row["source_path"],
            source_sha256=row["source_sha256"], title=row["title"], body=row["body"],
            paragraphs=tuple(paragraphs_by_article.get(row["article_id"], ())),
            sentences=tuple(sentences_by_article.get(row["article_id"], ())),
            n_boilerplate_lines=row["n_boilerplate_lines"], url=row["url"],
            outlet=row["outlet"], published_at=row["published_at"],
            published_at_source=row["published_at_source"], language=row["language"])
        for row in articles.to_pylist()
    ]
