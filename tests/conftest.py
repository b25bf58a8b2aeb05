"""Shared fixtures. Prefect's home is a temporary folder so tests never touch the user's."""

from __future__ import annotations

import atexit
import os
from pathlib import Path
import shutil
import tempfile

os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsfacts-prefect-")
# Its database is ~5 MB: a test session leaves no copy of it behind.
atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest  # noqa: E402

import flows  # noqa: E402,F401  (offline environment before Prefect is imported)
from transforms.settings import Settings  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT_ROOT / "seeds"
CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"


def copy_seeds(folder: Path, count: int) -> Path:
    """An input folder holding the first `count` seed articles (sorted by name)."""
    import shutil
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.glob("*.txt"))[:count]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def normalize_rules():
    from transforms.article.normalize import load_normalize_rules
    return load_normalize_rules()


@pytest.fixture(scope="session")
def nlp(settings):
    """The model with the newsfacts components, as extraction runs it."""
    from transforms.article.nlp import load_pipeline
    return load_pipeline(settings.model_name, settings.quotes)


@pytest.fixture(scope="session")
def corpus_resources(settings, request, tmp_path_factory):
    """Built once per machine: the gazetteer is kept in pytest's cache folder (in a
    temporary one when the cache plugin is off)."""
    from transforms.corpus.resources import load_corpus_resources
    cache = getattr(request.config, "cache", None)
    folder = cache.mkdir("gazetteer") if cache else tmp_path_factory.mktemp("gazetteer")
    return load_corpus_resources(settings, folder)


@pytest.fixture(scope="session")
def parse(nlp):
    """The Doc of one normalized article, with the components' rows on `doc._`."""
    from transforms.article.nlp import parse_bodies

    def run(article):
        return next(parse_bodies([article], nlp, 64))

    return run


@pytest.fixture(scope="session")
def normalize_text(normalize_rules, settings):
    """Normalize one text as a file named `path` would be; returns the NormalizedArticle."""
    from transforms.article.ingest import decode_document
    from transforms.article.normalize import normalize_documents

    def run(text: str, path: str = "article.txt"):
        document = decode_document(path, text.encode("utf-8"), settings.decoding)
        return normalize_documents([document], normalize_rules, settings)[0]

    return run


@pytest.fixture(scope="session")
def seed_articles(normalize_rules, settings):
    from transforms.article.ingest import read_inputs
    from transforms.article.normalize import normalize_documents

    documents, _ = read_inputs(SEEDS, settings)
    articles = normalize_documents(documents, normalize_rules, settings)
    return {Path(a.source_path).stem.split("_")[0]: a for a in articles}


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness():
        yield


@pytest.fixture(scope="session")
def reconcile_articles(nlp, corpus_resources, settings):
    """Every table of a release of normalized articles, as rows: extraction, then the
    pure cross-article product (the same calls the flow makes, without files)."""
    from transforms.article.extract import EXTRACTED_TABLES, extract_articles
    from transforms.article.normalize import normalized_tables
    from transforms.corpus.reconcile import reconciled_tables
    from transforms.schema import TABLES

    def run(articles, cross_article=settings) -> dict[str, list[dict]]:
        """`cross_article`: other settings for the cross-article step only."""
        extracted = extract_articles(articles, nlp, settings)
        tables = normalized_tables(articles) | {
            name: TABLES[name].from_rows(extracted[name]) for name in EXTRACTED_TABLES}
        reconciled = reconciled_tables(**tables, resources=corpus_resources,
                                       settings=cross_article)
        return {name: table.to_pylist() for name, table in (tables | reconciled).items()}

    return run
