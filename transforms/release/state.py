"""What the last published run saw, so that an unchanged run is told apart in a second.

`output/state/last_run.json` holds the run key of the latest release: a hash of every file
under the input folder (path and bytes), of the code and rule tables, of every setting and
of the model's version. A run whose key matches, while `latest` still points at that
release, has nothing to publish: the CLI and each `serve` tick say so before importing
Prefect, spaCy or Great Expectations or starting a server. Any other change (even a file
the ingest would skip) takes the full path once, which then finds the run unchanged by its
finer fingerprint and records the new key. Only light imports here.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from transforms.fingerprints import code_fingerprint, extractor_fingerprint
from transforms.release.layout import OutputLayout, current_release
from transforms.settings import Settings

READ_BLOCK_BYTES = 1 << 20


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(READ_BLOCK_BYTES), b""):
            digest.update(block)
    return digest.hexdigest()


def input_state_key(input_dir: Path, settings: Settings) -> str:
    """Hash of every file under `input_dir` (relative path and bytes), the code, the
    settings and the model version."""
    digest = hashlib.sha256()
    files = []
    for folder, _, names in os.walk(input_dir):
        files.extend(Path(folder) / name for name in names)
    for path in sorted(files, key=lambda p: p.relative_to(input_dir).as_posix()):
        if path.is_file():
            digest.update(path.relative_to(input_dir).as_posix().encode())
            digest.update(_file_digest(path).encode())
    digest.update(code_fingerprint().encode())
    digest.update(extractor_fingerprint(settings).encode())
    digest.update(json.dumps(settings.as_json(), sort_keys=True).encode())
    return digest.hexdigest()[:32]


def record_run(layout: OutputLayout, run_key: str, release_dir: Path) -> None:
    """Remember the key of the run that `release_dir` is the release of (written whole)."""
    layout.run_state.parent.mkdir(parents=True, exist_ok=True)
    temporary = layout.run_state.with_name(layout.run_state.name + ".tmp")
    temporary.write_text(json.dumps({"run_key": run_key, "release_id": release_dir.name}))
    temporary.replace(layout.run_state)


def unchanged_release(layout: OutputLayout, run_key: str) -> Path | None:
    """The latest release when the last run's key is `run_key` and `latest` still points
    at its release; None otherwise (and for a missing or unreadable state file)."""
    try:
        last = json.loads(layout.run_state.read_text())
    except (OSError, ValueError):
        return None
    release = current_release(layout)
    if release is None or last.get("run_key") != run_key or last.get("release_id") != release.name:
        return None
    return release
