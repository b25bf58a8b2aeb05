"""The per-document normalization cache: what each input normalized to in an earlier run.

Normalizing is cheap beside the model but not free (10-30 ms a document, half of it
language detection): a run that adds one file to a release of thousands would otherwise
normalize them all again only to find them unchanged. An entry is keyed by the document
as ingest read it (`document_key`: its path, bytes, text and metadata) under the extractor
fingerprint's folder, `<output>/cache/<fingerprint>/normalized/`, so a change of the
normalizing code, its rules or the settings starts afresh, and the extraction cache's
pruning of other fingerprints removes the old entries with the rest.

Each part is one Parquet file of (key, kind, record): `record` is the article as JSON
(`kind` "article") or the reject the document became ("reject": a wall, an unsupported
language). Parts are written whole or not at all (`write_parquet_whole`); an unreadable
part is moved aside and its documents normalized again; `keep_only` drops the entries of
documents no input holds any more, as the extraction cache does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
import hashlib
import json
from pathlib import Path
import shutil

import pyarrow as pa
import pyarrow.parquet as pq

from transforms import ids
from transforms.article.ingest import RawDocument, Reject
from transforms.records import NormalizedArticle, Span
from transforms.release.parts import write_parquet_whole

FOLDER = "normalized"
_SCHEMA = pa.schema([("key", pa.string()), ("kind", pa.string()), ("record", pa.string())])

Normalizer = Callable[[list[RawDocument]], tuple[list[NormalizedArticle], list[Reject]]]


def document_key(document: RawDocument) -> str:
    """Everything of a document that normalizing reads: its path, its text as ingest gave
    it (not only the file's bytes: a page's text is what the HTML extractor makes of them,
    which a library upgrade may change), the codec and the metadata a structured input or
    the manifest gave it."""
    return ids.fingerprint_of([
        document.source_path, document.source_sha256,
        hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest(),
        document.encoding, document.title or "", document.url or "", document.outlet or "",
        document.published_at or "", document.published_at_source or ""])


def _article_record(article: NormalizedArticle) -> str:
    return json.dumps(asdict(article), ensure_ascii=False, sort_keys=True)


def _article_of(record: str) -> NormalizedArticle:
    fields = json.loads(record)
    fields["paragraphs"] = tuple(Span(**p) for p in fields["paragraphs"])
    fields["sentences"] = tuple((idx, Span(**span)) for idx, span in fields["sentences"])
    return NormalizedArticle(**fields)


class NormalizationCache:
    def __init__(self, root: Path, fingerprint: str, quarantine: Path):
        self.folder = root / fingerprint / FOLDER
        self.quarantine = quarantine / fingerprint / FOLDER
        self.set_aside: list[str] = []
        self.n_normalized = 0  # documents this run normalized (the rest came from here)
        self._part_of: dict[str, Path] = {}
        for part in self._parts():
            keys = self._read(part, columns=["key"])
            for key in keys.column("key").to_pylist() if keys is not None else ():
                self._part_of[key] = part

    def _parts(self) -> list[Path]:
        return sorted(self.folder.glob("part-*.parquet")) if self.folder.exists() else []

    def _read(self, part: Path, columns: list[str] | None = None,
              filters=None) -> pa.Table | None:
        """The part's rows, or None once it proved unreadable (then it is moved aside and
        forgotten: its documents are normalized again)."""
        try:
            return pq.read_table(part, columns=columns, filters=filters)
        except (OSError, pa.ArrowException):
            self.quarantine.mkdir(parents=True, exist_ok=True)
            shutil.move(str(part), self.quarantine / part.name)
            self.set_aside.append(part.name)
            self._part_of = {k: p for k, p in self._part_of.items() if p != part}
            return None

    def _entries(self, keys: list[str]) -> dict[str, NormalizedArticle | Reject]:
        by_part: dict[Path, list[str]] = {}
        for key in keys:
            if key in self._part_of:
                by_part.setdefault(self._part_of[key], []).append(key)
        found: dict[str, NormalizedArticle | Reject] = {}
        for part, wanted in sorted(by_part.items()):
            table = self._read(part, filters=[("key", "in", wanted)])
            for row in table.to_pylist() if table is not None else ():
                found[row["key"]] = (_article_of(row["record"]) if row["kind"] == "article"
                                     else Reject(**json.loads(row["record"])))
        return found

    def _write(self, entries: dict[str, NormalizedArticle | Reject]) -> None:
        keys = sorted(entries)
        rows = [{"key": k, "kind": "article" if isinstance(entries[k], NormalizedArticle)
                 else "reject",
                 "record": _article_record(entries[k]) if isinstance(
                     entries[k], NormalizedArticle) else json.dumps(entries[k].as_row())}
                for k in keys]
        part = self.folder / f"part-{ids.cache_part_id(keys)}.parquet"
        write_parquet_whole(pa.Table.from_pylist(rows, schema=_SCHEMA), part)
        self._part_of.update((k, part) for k in keys)

    def normalized(self, documents: list[RawDocument], normalize: Normalizer
                   ) -> tuple[list[NormalizedArticle], list[Reject]]:
        """What `normalize` makes of `documents` (articles in input order, rejects by
        path), taken from the cache for the documents an earlier run normalized; the
        others are normalized now and kept."""
        keys = [document_key(d) for d in documents]
        found = self._entries(keys)
        missing = [d for d, k in zip(documents, keys) if k not in found]
        if missing:
            articles, rejects = normalize(missing)
            key_of = {d.source_path: k for d, k in zip(documents, keys)}
            new = {key_of[x.source_path]: x for x in [*articles, *rejects]}
            if new:
                self._write(new)
            found.update(new)
            self.n_normalized += len(missing)
        results = [found[k] for k in keys if k in found]
        return ([r for r in results if isinstance(r, NormalizedArticle)],
                sorted((r for r in results if isinstance(r, Reject)),
                       key=lambda r: r.source_path))

    def keep_only(self, documents: list[RawDocument]) -> int:
        """After a publish: drop the parts none of whose documents is an input any more and
        rewrite those that hold under half live entries; returns the entries dropped."""
        live = {document_key(d) for d in documents}
        keys_of: dict[Path, list[str]] = {}
        for key, part in self._part_of.items():
            keys_of.setdefault(part, []).append(key)
        dropped = 0
        for part in self._parts():
            keys = keys_of.get(part, [])
            kept = [k for k in keys if k in live]
            if len(kept) >= len(keys) / 2 and keys:
                continue
            # The live entries are written to a part of their own before this one goes:
            # a run killed in between leaves them twice, never lost.
            entries = self._entries(kept) if kept else {}
            for key in keys:
                self._part_of.pop(key, None)  # gone already if the part proved unreadable
            if entries:
                self._write(entries)
            part.unlink(missing_ok=True)
            dropped += len(keys) - len(kept)
        return dropped
