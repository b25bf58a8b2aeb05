"""Entity mentions: spaCy named entities of a parsed body -> `mentions` rows.

Grain: one row per entity span, with offsets into `articles.body` and the sentence that
holds it. Only name-like labels are kept (schema.ENTITY_LABELS); numbers, dates and
quantities are the figures stage's business. A span the model lets cross a sentence
boundary is dropped, since every row must trace back to one sentence.
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from transforms.nlp import sentence_index
from transforms.normalize import NormalizedArticle
from transforms.schema import ENTITY_LABELS

# Leading/trailing characters the model sometimes includes in a span (a possessive, a quote).
_TRIM_CHARS = " \n\"'“”‘’()[],.;:"


def mention_id_for(article_id: str, start: int, end: int, label: str) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{end}:{label}".encode()).hexdigest()[:16]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    # "Iraq’s" -> "Iraq": the possessive belongs to the sentence, not the name.
    for suffix in ("’s", "'s"):
        if text.endswith(suffix, start, end) and end - start > len(suffix):
            end -= len(suffix)
    return start, end


def mention_rows(article: NormalizedArticle, doc: Doc) -> list[dict]:
    locate = sentence_index(article)
    rows = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        start, end = _trimmed(article.body, ent.start_char, ent.end_char)
        sentence_idx = locate(start, end)
        if start == end or sentence_idx is None:
            continue
        rows.append({
            "mention_id": mention_id_for(article.article_id, start, end, ent.label_),
            "article_id": article.article_id,
            "sentence_idx": sentence_idx,
            "start_char": start,
            "end_char": end,
            "text": article.body[start:end],
            "label": ent.label_,
            "source": "model",
        })
    return rows
