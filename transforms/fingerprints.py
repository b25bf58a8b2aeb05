"""What a result depends on, as short hashes: the extractor fingerprint keys the
per-article cache, the code fingerprint goes into every run's fingerprint.

The extractor fingerprint covers exactly what per-article output depends on: the article
layer's code and the shared modules it imports, the per-article rule tables
(rules.ARTICLE_TABLES), the per-article settings and every configured model's version. Cross-article
code, rule tables and settings are left out on purpose: their work is recomputed on every
run, so editing entity linking or honorifics.tsv never sends the corpus through spaCy
again (tests/transforms/test_fingerprints.py).
"""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from transforms import rules
from transforms.settings import Settings

TRANSFORMS_DIR = Path(__file__).parent
# Source files whose code decides per-article output, as globs under transforms/.
PER_ARTICLE_SOURCES = ("article/*.py", "records.py", "ids.py", "dates.py", "schema.py")


def _files_fingerprint(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(TRANSFORMS_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def code_fingerprint() -> str:
    """Hash of all of transforms/, code and rule tables: any change makes a new release."""
    return _files_fingerprint([p for p in TRANSFORMS_DIR.rglob("*")
                               if p.suffix in (".py", ".tsv") and "__pycache__" not in p.parts])


def per_article_code_fingerprint() -> str:
    """Hash of the per-article modules: a changed rule in code re-extracts, as it must."""
    return _files_fingerprint([p for pattern in PER_ARTICLE_SOURCES
                               for p in TRANSFORMS_DIR.glob(pattern)])


def installed_model_version(model_name: str) -> str:
    """The model package's version without loading it (an unchanged re-run never loads it)."""
    try:
        return f"{model_name}-{version(model_name)}"
    except PackageNotFoundError:
        return f"{model_name}-unknown"


def extractor_fingerprint(settings: Settings) -> str:
    models = [settings.model_name] + [model for _, model in settings.languages.other_models]
    parts = [per_article_code_fingerprint(), rules.fingerprint(rules.ARTICLE_TABLES),
             settings.fingerprint(), *(installed_model_version(m) for m in models)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]
