"""The per-article extraction cache: what was extracted from which article, under which
extractor fingerprint, as Parquet parts under `<output>/cache/<fingerprint>/`.

Each part is a folder holding `extracted.parquet` (the article ids it covers, including
articles with nothing found) and one part per extracted table. An article is re-extracted
only when no part of the current fingerprint covers it; a change of code, rules, settings
or model changes the fingerprint and so re-extracts everything. Once a run has published,
parts of other fingerprints are pruned and `compact` drops the rows of articles no input
holds any more (deleted or edited files), so the cache follows the input folder instead of
growing with every edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
import shutil

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from transforms import ids
from transforms.release.parts import write_parquet_whole, write_part

COVERED = "extracted.parquet"
# Fraction 0-1 of a part's articles still in the inputs below which compaction rewrites the
# part with them alone: a part mostly of gone articles is mostly waste, while rewriting a
# part to save a few rows costs more than it saves.
MIN_LIVE_FRACTION = 0.5


@dataclass(frozen=True)
class Compaction:
    parts_removed: int
    parts_rewritten: int
    articles_dropped: int


class ExtractionCache:
    def __init__(self, root: Path, fingerprint: str):
        self.root = root
        self.fingerprint = fingerprint
        self.folder = root / fingerprint

    def _parts(self) -> list[Path]:
        if not self.folder.exists():
            return []
        return sorted(p for p in self.folder.iterdir() if (p / COVERED).exists())

    def set_aside_unreadable(self, quarantine: Path) -> list[str]:
        """Move parts with an unreadable Parquet file (truncated by a disk error or an
        interrupted copy: no footer) to `quarantine/<fingerprint>/`; their articles are no
        longer covered, so they are extracted again. Returns the parts' names."""
        moved = []
        for part in self._parts():
            try:
                for path in sorted(part.rglob("*.parquet")):
                    pq.read_metadata(path)
            except (OSError, pa.ArrowException):
                target = quarantine / self.fingerprint / part.name
                shutil.rmtree(target, ignore_errors=True)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(part), target)
                moved.append(part.name)
        return moved

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

    def compact(self, live_ids: set[str]) -> Compaction:
        """Drop what no input needs: parts whose articles are all gone are removed, parts
        with under MIN_LIVE_FRACTION of their articles left are rewritten with those alone.

        A part stops being used the moment its covered list is removed, which happens
        first: a compaction killed half-way leaves at worst articles to extract again,
        never two parts covering one article.
        """
        removed = rewritten = dropped = 0
        for part in self._parts():
            covered = pq.read_table(part / COVERED).column("article_id").to_pylist()
            live = sorted(set(covered) & live_ids)
            if len(live) >= MIN_LIVE_FRACTION * len(covered):
                continue
            tables = {folder.name: pq.read_table(folder / "rows.parquet").to_pylist()
                      for folder in sorted(part.iterdir()) if (folder / "rows.parquet").exists()}
            (part / COVERED).unlink()
            if live:
                keep = set(live)
                self.write(live, {name: [r for r in rows if r["article_id"] in keep]
                                  for name, rows in tables.items()})
                rewritten += 1
            else:
                removed += 1
            shutil.rmtree(part, ignore_errors=True)
            dropped += len(covered) - len(live)
        return Compaction(removed, rewritten, dropped)

    def keep_only(self, live_ids: set[str]) -> Compaction:
        """After a publish: drop the parts of other fingerprints, then compact this one to
        the articles the inputs still hold."""
        self.prune_other_fingerprints()
        return self.compact(live_ids)

    def write(self, article_ids: list[str], extracted: dict[str, list[dict]]) -> Path:
        name = ids.cache_part_id(article_ids)
        part = self.folder / f"part-{name}"
        for table_name, rows in extracted.items():
            write_part(part, table_name, "rows", rows)
        # Written last: a part without it (a killed run) is ignored and redone.
        write_parquet_whole(pa.table({"article_id": pa.array(sorted(article_ids), pa.string())}),
                            part / COVERED)
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
