"""The input catalogue: what every input file (or JSON record) was, by content hash.

`output/state/inputs.parquet` (schema.INPUTS) is rewritten after each published run: one
row per input with its bytes' sha256, the article_id its normalized text hashes to (the key
of the extraction cache), and whether it became an article, a duplicate of one or a reject.
Comparing it with the inputs of the next run tells an operator what a scheduled run saw:
new, changed, deleted and unchanged inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.article.ingest import RawDocument, Reject
from transforms.release.parts import write_parquet_whole
from transforms.schema import INPUTS


@dataclass(frozen=True)
class InputChanges:
    new: int
    changed: int
    deleted: int
    unchanged: int

    def describe(self) -> str:
        return (f"{self.new} new, {self.changed} changed, {self.deleted} deleted, "
                f"{self.unchanged} unchanged inputs")


def catalog_rows(documents: list[RawDocument], rejects: list[Reject],
                 article_of_path: dict[str, str], release_id: str,
                 previous: list[dict]) -> list[dict]:
    """Rows of schema.INPUTS for this run; `first_release_id` carries over for inputs whose
    bytes are unchanged since the previous catalogue."""
    seen_in = {r["source_path"]: r for r in previous}
    reject_of = {r.source_path: r for r in rejects}
    rows = [_row(d.source_path, d.source_sha256, article_of_path.get(d.source_path),
                 reject_of.get(d.source_path)) for d in documents]
    paths = {r["source_path"] for r in rows}
    rows += [_row(r.source_path, None, None, r) for r in rejects if r.source_path not in paths]
    for row in rows:
        before = seen_in.get(row["source_path"])
        same = before is not None and before["source_sha256"] == row["source_sha256"]
        row["first_release_id"] = before["first_release_id"] if same else release_id
    return sorted(rows, key=lambda r: r["source_path"])


def _row(source_path: str, sha256: str | None, article_id: str | None,
         reject: Reject | None) -> dict:
    status = ("article" if reject is None
              else "duplicate" if reject.reason == "duplicate" else "rejected")
    return {"source_path": source_path, "source_sha256": sha256, "article_id": article_id,
            "status": status, "reject_reason": reject.reason if reject else None}


def input_changes(previous: list[dict], current: list[dict]) -> InputChanges:
    before = {r["source_path"]: r["source_sha256"] for r in previous}
    now = {r["source_path"]: r["source_sha256"] for r in current}
    new = sum(1 for p in now if p not in before)
    changed = sum(1 for p, sha in now.items() if p in before and before[p] != sha)
    deleted = sum(1 for p in before if p not in now)
    return InputChanges(new, changed, deleted, len(now) - new - changed)


def read_catalog(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist() if path.exists() else []


# The catalogue changes with the release in two steps, so a run killed between promoting
# its release and replacing the catalogue leaves no catalogue of the wrong release: the
# next one is staged beside the current one before the promote, and committed after it.
STAGED_SUFFIX = ".next"
RELEASE_KEY = b"release_id"


def _staged(path: Path) -> Path:
    return path.with_name(path.stem + STAGED_SUFFIX + path.suffix)


def stage_catalog(path: Path, rows: list[dict], release_id: str) -> None:
    """Write the catalogue of the release about to be promoted beside the current one."""
    table = INPUTS.from_rows(rows)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}),
                                           RELEASE_KEY: release_id.encode()})
    write_parquet_whole(table, _staged(path))


def commit_catalog(path: Path) -> None:
    """Once the release is promoted: its staged catalogue becomes the catalogue."""
    _staged(path).replace(path)


def settle_catalog(path: Path, latest_release_id: str | None) -> None:
    """At the start of a run (under the output lock): finish the commit of a run killed
    after promoting (the staged catalogue is of the latest release), or drop the staged
    catalogue of a release that never got out."""
    staged = _staged(path)
    if not staged.exists():
        return
    try:
        metadata = pq.read_schema(staged).metadata or {}
    except (OSError, pa.ArrowException):
        metadata = {}  # cut short by the kill: it was never committed
    if latest_release_id is not None and \
            metadata.get(RELEASE_KEY) == latest_release_id.encode():
        commit_catalog(path)
    else:
        staged.unlink()
