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
from transforms.nlp import parse_bodies
from transforms.normalize import NormalizedArticle
from transforms.quotes import quote_rows
from transforms.settings import Settings

EXTRACTED_TABLES = ("mentions", "quotes", "figures")


# The modules whose code decides per-article output: a change to one re-extracts every
# article. Cross-article modules are left out on purpose (their output is recomputed on
# every run anyway), so editing entity linking does not re-run the model. settings.py is
# left out too: its per-article values are hashed by Settings.fingerprint, and a changed
# story or linking threshold must not re-extract.
PER_ARTICLE_MODULES = ("normalize", "nlp", "mentions", "quotes", "figures", "dates", "extract",
                       "schema")


def _source_fingerprint(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def code_fingerprint() -> str:
    """Hash of all of transforms/: any code change makes a new release."""
    return _source_fingerprint(list(Path(__file__).parent.rglob("*.py")))


def per_article_code_fingerprint() -> str:
    """Hash of the per-article modules: a changed rule in code re-extracts, as it must."""
    here = Path(__file__).parent
    return _source_fingerprint([here / f"{name}.py" for name in PER_ARTICLE_MODULES])


def installed_model_version(model_name: str) -> str:
    """The model package's version without loading it (an unchanged re-run never loads it)."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return f"{model_name}-{version(model_name)}"
    except PackageNotFoundError:
        return f"{model_name}-unknown"


def extractor_fingerprint(settings: Settings) -> str:
    parts = [per_article_code_fingerprint(), rules.fingerprint(), settings.fingerprint(),
             installed_model_version(settings.model_name)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def extract_articles(articles: list[NormalizedArticle], nlp: Language,
                     settings: Settings) -> dict[str, list[dict]]:
    extracted: dict[str, list[dict]] = {name: [] for name in EXTRACTED_TABLES}
    docs = parse_bodies(articles, nlp, settings.nlp_batch_size, settings.nlp_batch_chars)
    for article, doc in zip(articles, docs):
        mentions = mention_rows(article, doc)
        quotes = quote_rows(article, doc, mentions, settings.quotes)
        extracted["mentions"].extend(mentions)
        extracted["quotes"].extend(quotes)
        extracted["figures"].extend(figure_rows(article, doc, quotes, mentions=mentions))
    return extracted
