"""The per-article extraction cache: what was extracted from which article, under which
extractor fingerprint, as Parquet parts under `<output>/cache/<fingerprint>/`.

Each part is a folder holding `extracted.parquet` (the article ids it covers, including
articles with nothing found) and one part per extracted table. An article is re-extracted
only when no part of the current fingerprint covers it; a change of code, rules, settings
or model changes the fingerprint and so re-extracts everything. Parts of other
fingerprints are pruned once a run has published.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
import shutil

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from transforms.parts import write_part

COVERED = "extracted.parquet"


class ExtractionCache:
    def __init__(self, root: Path, fingerprint: str):
        self.root = root
        self.fingerprint = fingerprint
        self.folder = root / fingerprint

    def _parts(self) -> list[Path]:
        if not self.folder.exists():
            return []
        return sorted(p for p in self.folder.iterdir() if (p / COVERED).exists())

    def covered_ids(self) -> set[str]:
        files = [p / COVERED for p in self._parts()]
        if not files:
            return set()
        con = duckdb.connect()
        try:
            listing = ", ".join(f"'{f.resolve()}'" for f in files)
            rows = con.execute(f"select distinct article_id from read_parquet([{listing}])")
            return {r[0] for r in rows.fetchall()}
        finally:
            con.close()

    def write(self, article_ids: list[str], extracted: dict[str, list[dict]]) -> Path:
        name = hashlib.sha256("\n".join(sorted(article_ids)).encode()).hexdigest()[:16]
        part = self.folder / f"part-{name}"
        for table_name, rows in extracted.items():
            write_part(part, table_name, "rows", rows)
        # Written last: a part without it (a killed run) is ignored and redone.
        temporary = part / (COVERED + ".tmp")
        pq.write_table(pa.table({"article_id": pa.array(sorted(article_ids), pa.string())}),
                       temporary)
        temporary.replace(part / COVERED)
        return part

    def part_files(self, table_name: str) -> list[Path]:
        return [p / table_name / "rows.parquet" for p in self._parts()
                if (p / table_name / "rows.parquet").exists()]

    def prune_other_fingerprints(self) -> list[Path]:
        removed = []
        if self.root.exists():
            for folder in self.root.iterdir():
                if folder.is_dir() and folder.name != self.fingerprint:
                    shutil.rmtree(folder, ignore_errors=True)
                    removed.append(folder)
        return removed
