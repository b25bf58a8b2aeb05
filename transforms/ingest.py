"""Ingest: input files -> raw documents (path, sha256, decoded text) and rejects.

Reads every `.txt` file under an input folder, recursively, in sorted order. A file that
cannot become an article (empty, binary, not UTF-8, too large, unreadable, a byte-exact
copy of an earlier file) becomes a `rejects` row with its reason instead of stopping the
run. Grain: one raw document per accepted file.
"""

from __future__ import annotations

from dataclasses import dataclass
import hashlib
from pathlib import Path

from transforms.settings import Settings

INPUT_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class RawDocument:
    source_path: str
    source_sha256: str
    text: str
    # Known from a structured input (JSON record, HTML page, sidecar manifest); when `title`
    # is set the normalizer takes it as the headline instead of guessing from the first line.
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published_at: str | None = None  # ISO 8601 date or datetime, as given by the source


@dataclass(frozen=True)
class Reject:
    source_path: str
    reason: str
    detail: str

    def as_row(self) -> dict:
        return {"source_path": self.source_path, "reason": self.reason, "detail": self.detail}


class InputFolderError(ValueError):
    pass


def discover(input_dir: Path) -> list[Path]:
    """Every input file under `input_dir`, sorted by relative path (deterministic order)."""
    if not input_dir.is_dir():
        raise InputFolderError(f"input folder not found: {input_dir}")
    files = [p for p in input_dir.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES]
    return sorted(files, key=lambda p: p.relative_to(input_dir).as_posix())


def read_document(path: Path, input_dir: Path, settings: Settings) -> RawDocument | Reject:
    relative = path.relative_to(input_dir).as_posix()
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            return Reject(relative, "oversize",
                          f"{size} bytes is over the limit of {settings.max_input_bytes}")
        data = path.read_bytes()
    except OSError as error:
        return Reject(relative, "unreadable", f"{type(error).__name__}: {error.strerror or error}")
    return decode_document(relative, data)


def decode_document(source_path: str, data: bytes) -> RawDocument | Reject:
    if not data.strip():
        return Reject(source_path, "empty", "the file holds no text")
    if b"\x00" in data[:8192]:
        return Reject(source_path, "binary", "NUL bytes: this is not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Reject(source_path, "undecodable",
                      f"not UTF-8: byte {data[error.start]:#04x} at offset {error.start}")
    return RawDocument(source_path, hashlib.sha256(data).hexdigest(), text)


def read_inputs(input_dir: Path, settings: Settings) -> tuple[list[RawDocument], list[Reject]]:
    """Read and decode all inputs; byte-identical repeats are rejected as duplicates of the first."""
    documents: list[RawDocument] = []
    rejects: list[Reject] = []
    first_path_by_hash: dict[str, str] = {}
    for path in discover(input_dir):
        result = read_document(path, input_dir, settings)
        if isinstance(result, Reject):
            rejects.append(result)
        elif result.source_sha256 in first_path_by_hash:
            original = first_path_by_hash[result.source_sha256]
            rejects.append(Reject(result.source_path, "duplicate", f"same bytes as {original}"))
        else:
            first_path_by_hash[result.source_sha256] = result.source_path
            documents.append(result)
    return documents, rejects
