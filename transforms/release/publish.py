"""Publish: Arrow tables -> a release folder, and the atomic move that makes it `latest`.

A release is built in `<output>/staging/<release_id>/`, validated there, then renamed into
`<output>/releases/<release_id>/`; only after that does the `<output>/latest` symlink
swap to it (a rename, so readers never see a half-written release). Older releases are
never touched. Each table is one zstd Parquet file whose fields carry their description.
"""

from __future__ import annotations

from datetime import datetime, timezone
import hashlib
import json
import os
from pathlib import Path
import shutil

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.corpus.stable import PriorIds
from transforms.release.layout import OutputLayout
from transforms.schema import TABLES

MANIFEST = "manifest.json"


class PublishError(RuntimeError):
    pass


def table_path(release_dir: Path, table: str) -> Path:
    return release_dir / f"{table}.parquet"


def write_table(release_dir: Path, name: str, table: pa.Table) -> Path:
    declared = TABLES[name].arrow_schema
    if not table.schema.equals(declared, check_metadata=False):
        raise PublishError(f"table {name}: schema differs from transforms/schema.py:\n"
                           f"{table.schema}\n!=\n{declared}")
    path = table_path(release_dir, name)
    pq.write_table(table.cast(declared), path, compression="zstd")
    return path


def read_table(release_dir: Path, name: str, columns: list[str] | None = None) -> pa.Table:
    return pq.read_table(table_path(release_dir, name), columns=columns)


def read_tables(release_dir: Path, columns: dict[str, list[str] | None]) -> dict[str, pa.Table]:
    """The named tables, each with the columns asked for (None: all)."""
    return {name: read_table(release_dir, name, wanted) for name, wanted in columns.items()}


def prior_ids(release_dir: Path | None) -> PriorIds:
    """The event and story ids a published release gave, for the next one to keep."""
    if release_dir is None:
        return PriorIds()
    event_by_mention, story_by_article = {}, {}
    if table_path(release_dir, "event_mentions").exists():
        rows = read_table(release_dir, "event_mentions", ["event_mention_id", "event_id"])
        event_by_mention = dict(zip(rows["event_mention_id"].to_pylist(),
                                    rows["event_id"].to_pylist()))
    if table_path(release_dir, "articles").exists():
        rows = read_table(release_dir, "articles", ["article_id", "story_id"])
        story_by_article = dict(zip(rows["article_id"].to_pylist(),
                                    rows["story_id"].to_pylist()))
    return PriorIds(event_by_mention, story_by_article)


def write_tables(release_dir: Path, tables: dict[str, pa.Table]) -> None:
    for name, table in tables.items():
        write_table(release_dir, name, table)


def release_tables(release_dir: Path) -> dict[str, Path]:
    """The declared tables present in a release folder, in declaration order."""
    return {name: table_path(release_dir, name) for name in TABLES
            if table_path(release_dir, name).exists()}


def new_release_id(input_fingerprint: str, now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{input_fingerprint[:8]}"


def create_staging(layout: OutputLayout, release_id: str) -> Path:
    staging = layout.staging / release_id
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    return staging


def file_sha256(path: Path) -> str:
    """sha256 of a file, read in blocks (a release table may be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(release_dir: Path, release_id: str, metadata: dict) -> dict:
    tables = {}
    for name, path in release_tables(release_dir).items():
        tables[name] = {
            "path": path.name,
            "rows": pq.ParquetFile(path).metadata.num_rows,
            "bytes": path.stat().st_size,
            "sha256": file_sha256(path),
            "grain": TABLES[name].grain,
            "schema": [{"name": c.name, "type": str(c.type), "nullable": c.nullable,
                        "description": c.description} for c in TABLES[name].columns],
        }
    manifest = {"release_id": release_id, **metadata, "tables": tables}
    (release_dir / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def bundle_path(folder: Path) -> Path:
    """The single-file download of a release folder, stored beside it."""
    return folder.with_name(folder.name + ".tar.gz")


def promote(layout: OutputLayout, staging: Path) -> Path:
    """Move a validated staging folder (and its bundle) into releases/, then point `latest`
    at it atomically."""
    layout.releases.mkdir(parents=True, exist_ok=True)
    final = layout.releases / staging.name
    if final.exists():
        raise PublishError(f"release {final} already exists; refusing to overwrite it")
    if bundle_path(staging).exists():
        os.replace(bundle_path(staging), bundle_path(final))
    os.replace(staging, final)
    pointer = layout.root / f".latest-{staging.name}"
    if pointer.is_symlink() or pointer.exists():
        pointer.unlink()
    pointer.symlink_to(Path("releases") / staging.name, target_is_directory=True)
    os.replace(pointer, layout.latest)
    return final


def quarantine(layout: OutputLayout, staging: Path) -> Path:
    """Move a release that failed validation out of staging, with its report, for a look."""
    layout.quarantine.mkdir(parents=True, exist_ok=True)
    target = layout.quarantine / staging.name
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(str(staging), target)
    return target
