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


def write_catalog(path: Path, rows: list[dict]) -> None:
    write_parquet_whole(INPUTS.from_rows(rows), path)
