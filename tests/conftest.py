"""Shared fixtures. Prefect's home is a temporary folder so tests never touch the user's."""

from __future__ import annotations

import os
from pathlib import Path
import tempfile

os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsfacts-prefect-")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import flows  # noqa: E402,F401  (offline environment before Prefect is imported)
import pytest  # noqa: E402

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
def splitter():
    from transforms.normalize import sentence_splitter
    return sentence_splitter()


@pytest.fixture(scope="session")
def nlp(settings):
    from transforms.nlp import load_pipeline
    return load_pipeline(settings.model_name)


@pytest.fixture(scope="session")
def normalize_text(splitter, settings):
    """Normalize one text as a file named `path` would be; returns the NormalizedArticle."""
    from transforms.ingest import decode_document
    from transforms.normalize import normalize_documents

    def run(text: str, path: str = "article.txt"):
        document = decode_document(path, text.encode("utf-8"))
        return normalize_documents([document], splitter, settings)[0]

    return run


@pytest.fixture(scope="session")
def seed_articles(splitter, settings):
    from transforms.ingest import read_inputs
    from transforms.normalize import normalize_documents

    documents, _ = read_inputs(SEEDS, settings)
    articles = normalize_documents(documents, splitter, settings)
    return {Path(a.source_path).stem.split("_")[0]: a for a in articles}


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness():
        yield
