"""Per-article extraction: normalized articles -> mentions, quotes and figures.

This is the expensive, cacheable unit of work: its output depends only on each article's
text and the extractor fingerprint (code, rules, settings, model). The spaCy pipeline is
passed in, loaded once per worker by the caller.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.language import Language

from transforms import rules
from transforms.figures import figure_rows
from transforms.mentions import mention_rows
from transforms.nlp import model_version, parse_bodies
from transforms.normalize import NormalizedArticle
from transforms.quotes import quote_rows
from transforms.settings import Settings

EXTRACTED_TABLES = ("mentions", "quotes", "figures")


def code_fingerprint() -> str:
    """Hash of the transforms source: a changed rule in code re-extracts, as it must."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def extractor_fingerprint(nlp: Language, settings: Settings) -> str:
    parts = [code_fingerprint(), rules.fingerprint(), settings.fingerprint(), model_version(nlp)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def extract_articles(articles: list[NormalizedArticle], nlp: Language,
                     settings: Settings) -> dict[str, list[dict]]:
    extracted: dict[str, list[dict]] = {name: [] for name in EXTRACTED_TABLES}
    for article, doc in zip(articles, parse_bodies(articles, nlp, settings.nlp_batch_size)):
        mentions = mention_rows(article, doc)
        quotes = quote_rows(article, doc, mentions)
        extracted["mentions"].extend(mentions)
        extracted["quotes"].extend(quotes)
        extracted["figures"].extend(figure_rows(article, doc, quotes))
    return extracted
