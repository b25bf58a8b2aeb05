"""Row ids: short content hashes, so the same inputs and code give the same ids.

Every id of every table is made here, each from the values that make its row what it is
(an article from its normalized text, a mention from its article, offsets and label...).
Ids are the first 16 hex digits of a SHA-256: 64 bits, so a clash is not expected below
billions of rows.
"""

from __future__ import annotations

from collections.abc import Iterable
import hashlib

ID_HEX_DIGITS = 16
# Separates the parts of a composite id: a control character no name or id contains.
PART_SEPARATOR = "\x1f"


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:ID_HEX_DIGITS]


def composite_id(*parts: str) -> str:
    return short_hash(PART_SEPARATOR.join(parts))


def fingerprint_of(parts: Iterable[str]) -> str:
    """A hash of a set of strings, whatever their order (inputs, article ids)."""
    digest = hashlib.sha256()
    for part in sorted(parts):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:ID_HEX_DIGITS]


def article_id(title: str | None, body: str) -> str:
    return short_hash(f"{title or ''}\n\n{body}")


def mention_id(article_id: str, start: int, end: int, label: str) -> str:
    return short_hash(f"{article_id}:{start}:{end}:{label}")


def quote_id(article_id: str, start: int, end: int) -> str:
    return short_hash(f"{article_id}:{start}:{end}")


def figure_id(article_id: str, start: int, end: int, category: str) -> str:
    return short_hash(f"{article_id}:{start}:{end}:{category}")


def event_mention_id(article_id: str, start: int, end: int) -> str:
    return composite_id("event", article_id, str(start), str(end))


def entity_id(label: str, name: str) -> str:
    return composite_id(label, name)


def story_id(article_ids: Iterable[str]) -> str:
    return composite_id(*sorted(article_ids))


def fact_id(story_id: str, category: str, figure_ids: list[str]) -> str:
    return composite_id(story_id, category, *figure_ids)


def quote_cluster_id(quote_ids: list[str]) -> str:
    return composite_id(*sorted(quote_ids))


def cache_part_id(article_ids: Iterable[str]) -> str:
    return short_hash("\n".join(sorted(article_ids)))
