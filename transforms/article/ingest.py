"""Ingest: input files -> raw documents (text, known metadata, encoding) and rejects.

Reads every input under a folder, recursively, in sorted order: `.txt` files (one article
each), `.jsonl`/`.json` crawler exports (one article per record, fields in
`JSON_FIELD_ALIASES`) and saved `.html`/`.htm` pages (main text and metadata by
trafilatura, offline). A record's source_path is `file#N`, N the 1-based line number in a
.jsonl file or the 1-based position in a .json list (`#1` for a single object). Fields a
file lacks are filled from a `<file name>.meta.json` beside it, then from `manifest.csv` at
the top of the folder (see `SIDECAR_FIELDS`). Whatever cannot become an
article (empty, binary, undecodable, too large, unreadable, malformed, no text, a byte-exact
copy) is a `rejects` row with its reason; nothing raises. Grain: one raw document per
accepted text file, HTML page or JSON record.
Known limits: UTF-16/32 text needs a byte-order mark (without one its NUL bytes read as
binary); the size limit applies to a whole .json/.jsonl file, not to each record; a date
that cannot be read as an absolute date ("2 hours ago") is left null.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
import csv
from dataclasses import dataclass, replace
import hashlib
import io
import json
from pathlib import Path, PurePosixPath

import charset_normalizer
import trafilatura

from transforms.article.page_metadata import page_metadata
from transforms.dates import iso_date
from transforms.settings import DecodingSettings, Settings

MANIFEST_NAME = "manifest.csv"  # one per input folder, at its top: path plus SIDECAR_FIELDS
SIDECAR_SUFFIX = ".meta.json"   # `story.html.meta.json` describes `story.html`
# What a manifest row or a sidecar may give. The file's own value wins, then the sidecar,
# then a manifest row for the record (`feed.jsonl#3`), then one for its file (`feed.jsonl`).
SIDECAR_FIELDS = ("title", "url", "outlet", "published_at")

# For each field of a JSON record, the keys news crawlers write it under, in order of
# preference: the first holding a non-empty string wins. news-please writes maintext,
# date_publish and source_domain; newspaper-style exports write text and publish_date.
JSON_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "text", "body", "content"),
    "title": ("title", "headline"),
    "url": ("url",),
    "published_at": ("date_publish", "published_at", "publish_date", "date"),
    "outlet": ("source_domain", "outlet", "source"),
}

# Byte-order marks and the codec that reads past them. Order matters: the UTF-32 LE mark
# begins with the UTF-16 LE one, so it is tried first.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_SNIFF_BYTES = 8192  # a NUL byte this early (and no UTF-16/32 mark) means binary
# The legacy encoding a tie of decodings goes to (see DecodingSettings): Windows-1252, the
# legacy encoding of English-language text files.
PREFERRED_LEGACY_ENCODING = "cp1252"
# trafilatura: reader comments are not the article; the date comes only from the page's
# markup (meta tags, JSON-LD, <time>), never from dates mentioned in the text.
_HTML_EXTRACTION = {
    "with_metadata": True,
    "include_comments": False,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}


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
    # Where published_at came from: a JSON record, a page's dateline, JSON-LD, meta tags,
    # URL or htmldate (page_metadata.py), or a sidecar or the manifest.
    published_at_source: str | None = None
    encoding: str = "utf-8"  # Python codec the input bytes were decoded with


@dataclass(frozen=True)
class Reject:
    source_path: str
    reason: str
    detail: str

    def as_row(self) -> dict:
        return {"source_path": self.source_path, "reason": self.reason, "detail": self.detail}


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


class InputFolderError(ValueError):
    pass


def _is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def discover(input_dir: Path) -> list[Path]:
    """Every input file under `input_dir`, sorted by relative path (deterministic order)."""
    if not input_dir.is_dir():
        raise InputFolderError(f"input folder not found: {input_dir}")
    files = [p for p in input_dir.rglob("*")
             if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES and not _is_sidecar(p)]
    return sorted(files, key=lambda p: p.relative_to(input_dir).as_posix())


def _read_bytes(path: Path, relative: str, settings: Settings) -> bytes | Reject:
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            return Reject(relative, "oversize",
                          f"{size} bytes is over the limit of {settings.max_input_bytes}")
        return path.read_bytes()
    except OSError as error:
        return Reject(relative, "unreadable", f"{type(error).__name__}: {error.strerror or error}")


def decode_text(source_path: str, data: bytes,
                settings: DecodingSettings) -> DecodedText | Reject:
    """Bytes -> text: a byte-order mark, else UTF-8, else one confidently detected encoding."""
    if not data.strip():
        return Reject(source_path, "empty", "the file holds no text")
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                return Reject(source_path, "undecodable",
                              f"starts with a {codec} byte-order mark but is not {codec}: "
                              f"{error.reason} at offset {error.start}")
            if not text.strip():
                return Reject(source_path, "empty", "the file holds no text")
            return DecodedText(text, codec)
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return Reject(source_path, "binary", "NUL bytes: this is not a text file")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = f"byte {data[error.start]:#04x} at offset {error.start}"
    detected = _detect_encoding(data, settings)
    if isinstance(detected, str):
        return Reject(source_path, "undecodable", f"not UTF-8 ({first_bad}) and {detected}")
    return detected


def _ties(match, best, settings: DecodingSettings) -> bool:
    return (abs(match.chaos - best.chaos) <= settings.tie_margin
            and abs(match.coherence - best.coherence) <= settings.tie_margin)


def _detect_encoding(data: bytes, settings: DecodingSettings) -> DecodedText | str:
    """The one clean decoding of non-UTF-8 bytes, or why no decoding is trustworthy."""
    matches = charset_normalizer.from_bytes(data)
    clean = sorted((m for m in matches if m.chaos <= settings.max_chaos),
                   key=lambda m: (m.chaos, -m.coherence, m.encoding))
    if not clean:
        return "no encoding decodes it without garbled characters"
    best = clean[0]
    tied = [m for m in clean if _ties(m, best, settings)]
    if len({str(m) for m in tied}) == 1:
        group = best.could_be_from_charset  # encodings that give this very text
        name = PREFERRED_LEGACY_ENCODING if PREFERRED_LEGACY_ENCODING in group else best.encoding
        return DecodedText(str(best), name)
    preferred = next((m for m in tied if PREFERRED_LEGACY_ENCODING in m.could_be_from_charset),
                     None)
    if preferred is not None and preferred.coherence >= settings.min_preferred_coherence:
        return DecodedText(str(preferred), PREFERRED_LEGACY_ENCODING)
    names = ", ".join(m.encoding for m in tied[:5])
    return (f"the encoding is uncertain: {len(tied)} decodings read equally well "
            f"({names}{', ...' if len(tied) > 5 else ''})")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_document(source_path: str, data: bytes,
                    decoding: DecodingSettings) -> RawDocument | Reject:
    """A plain-text article: the whole decoded file is its text."""
    decoded = decode_text(source_path, data, decoding)
    if isinstance(decoded, Reject):
        return decoded
    return RawDocument(source_path, _sha256(data), decoded.text, encoding=decoded.encoding)


def decode_html(source_path: str, data: bytes,
                decoding: DecodingSettings) -> RawDocument | Reject:
    """A saved web page: trafilatura's main text, title, url, date and site name."""
    decoded = decode_text(source_path, data, decoding)
    if isinstance(decoded, Reject):
        return decoded
    try:
        page = trafilatura.bare_extraction(decoded.text, **_HTML_EXTRACTION)
    except Exception as error:  # lxml and trafilatura errors vary by page: record, go on
        return Reject(source_path, "unsupported",
                      f"trafilatura could not read the page: {type(error).__name__}: {error}")
    if page is None or not (page.text or "").strip():
        return Reject(source_path, "no_text", "trafilatura found no main text in the page")
    # trafilatura puts one paragraph, heading or list item per line; blank lines between
    # them keep short paragraphs from being joined as hard-wrapped text by the normalizer.
    paragraphs = [line.strip() for line in page.text.split("\n") if line.strip()]
    # trafilatura's own site name may be a title fragment ("News zu VR | MIXED.de") or a
    # host name made into a word ("Futurezoneat"): the page's stated name, else the host.
    metadata = page_metadata(decoded.text, page.url)
    published_at, date_source = metadata.published_at, metadata.published_at_source
    if published_at is None and (published_at := iso_date(page.date)):
        date_source = "htmldate"
    return RawDocument(
        source_path, _sha256(data), "\n\n".join(paragraphs),
        title=page.title or None,
        url=page.url or None,
        outlet=metadata.site_name or page.hostname or None,
        published_at=published_at,
        published_at_source=date_source,
        encoding=decoded.encoding,
    )


def _first_string(record: dict, keys: tuple[str, ...]) -> str | None:
    values = (record.get(key) for key in keys)
    return next((v.strip() for v in values if isinstance(v, str) and v.strip()), None)


def _record_document(source_path: str, record: object, encoding: str) -> RawDocument | Reject:
    if not isinstance(record, dict):
        return Reject(source_path, "unsupported",
                      f"a record must be a JSON object, not {type(record).__name__}")
    fields = {name: _first_string(record, keys) for name, keys in JSON_FIELD_ALIASES.items()}
    if fields["text"] is None:
        return Reject(source_path, "no_text",
                      f"no text in any of {', '.join(JSON_FIELD_ALIASES['text'])}")
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
    try:
        canonical_bytes = canonical.encode("utf-8")
    except UnicodeEncodeError as error:
        return Reject(source_path, "undecodable",
                      f"a JSON string holds a lone surrogate escape at character {error.start}")
    published_at = iso_date(fields["published_at"])
    return RawDocument(
        source_path, _sha256(canonical_bytes), fields["text"],
        title=fields["title"], url=fields["url"], outlet=fields["outlet"],
        published_at=published_at, published_at_source="record" if published_at else None,
        encoding=encoding,
    )


def _json_error(error: json.JSONDecodeError | RecursionError) -> str:
    if isinstance(error, RecursionError):
        return "not readable JSON: nested too deeply"
    return f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"


def decode_jsonl(source_path: str, data: bytes,
                 decoding: DecodingSettings) -> list[RawDocument | Reject]:
    """JSON Lines: one record per non-blank line, each `source_path#<line number>`."""
    decoded = decode_text(source_path, data, decoding)
    if isinstance(decoded, Reject):
        return [decoded]
    results: list[RawDocument | Reject] = []
    # Split on "\n" only: str.splitlines would also cut at U+2028, which JSON strings allow.
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        record_path = f"{source_path}#{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            results.append(Reject(record_path, "undecodable", _json_error(error)))
            continue
        results.append(_record_document(record_path, record, decoded.encoding))
    return results


def decode_json(source_path: str, data: bytes,
                decoding: DecodingSettings) -> list[RawDocument | Reject]:
    """A JSON object or list of objects; each is `source_path#<1-based position>`."""
    decoded = decode_text(source_path, data, decoding)
    if isinstance(decoded, Reject):
        return [decoded]
    try:
        parsed = json.loads(decoded.text)
    except (json.JSONDecodeError, RecursionError) as error:
        return [Reject(source_path, "undecodable", _json_error(error))]
    records = parsed if isinstance(parsed, list) else [parsed]
    if not records:
        return [Reject(source_path, "no_text", "the JSON list holds no records")]
    return [_record_document(f"{source_path}#{number}", record, decoded.encoding)
            for number, record in enumerate(records, start=1)]


# How each input suffix is read: (relative path, bytes, decoding settings) -> documents and
# rejects.
DECODERS: dict[str, Callable[[str, bytes, DecodingSettings], list[RawDocument | Reject]]] = {
    ".txt": lambda path, data, decoding: [decode_document(path, data, decoding)],
    ".jsonl": decode_jsonl,
    ".json": decode_json,
    ".html": lambda path, data, decoding: [decode_html(path, data, decoding)],
    ".htm": lambda path, data, decoding: [decode_html(path, data, decoding)],
}
INPUT_SUFFIXES = tuple(DECODERS)


def read_file(path: Path, input_dir: Path, settings: Settings) -> list[RawDocument | Reject]:
    """The documents (one, or one per JSON record) and rejects of one input file."""
    relative = path.relative_to(input_dir).as_posix()
    data = _read_bytes(path, relative, settings)
    if isinstance(data, Reject):
        return [data]
    return DECODERS[path.suffix.lower()](relative, data, settings.decoding)


def _manifest_key(path: str) -> str:
    """A manifest path as ingest spells source paths: relative, '/'-separated, no './'."""
    return PurePosixPath(path.strip().replace("\\", "/")).as_posix()


def _metadata_values(row: dict) -> dict[str, str]:
    values = {field: row[field].strip() for field in SIDECAR_FIELDS
              if isinstance(row.get(field), str) and row[field].strip()}
    if "published_at" in values:
        values["published_at"] = iso_date(values["published_at"])
    return {field: value for field, value in values.items() if value is not None}


def read_manifest(input_dir: Path, input_paths: set[str], settings: Settings
                  ) -> tuple[dict[str, dict[str, str]], list[Reject]]:
    """`manifest.csv` rows by path (a file or a `file#N` record); a row naming no input
    file is a reject of that row (`manifest.csv#<line>`), so a typo is not silently unused."""
    manifest = input_dir / MANIFEST_NAME
    if not manifest.is_file():
        return {}, []
    data = _read_bytes(manifest, MANIFEST_NAME, settings)
    decoded = (data if isinstance(data, Reject)
               else decode_text(MANIFEST_NAME, data, settings.decoding))
    if isinstance(decoded, Reject):
        return {}, [decoded]
    reader = csv.DictReader(io.StringIO(decoded.text, newline=""))
    if "path" not in (reader.fieldnames or []):
        return {}, [Reject(MANIFEST_NAME, "unsupported",
                           f"the manifest needs a path column (and any of "
                           f"{', '.join(SIDECAR_FIELDS)})")]
    by_path: dict[str, dict[str, str]] = {}
    rejects: list[Reject] = []
    for row in reader:
        row_path = f"{MANIFEST_NAME}#{reader.line_num}"
        key = _manifest_key(row.get("path") or "")
        if key.split("#")[0] not in input_paths:
            rejects.append(Reject(row_path, "unsupported", f"names no input file: {key!r}"))
            continue
        by_path[key] = _metadata_values(row)
    return by_path, rejects


def read_sidecar(path: Path, input_dir: Path, settings: Settings) -> dict[str, str] | Reject:
    """The metadata of a `<file name>.meta.json` sidecar (a JSON object)."""
    relative = path.relative_to(input_dir).as_posix()
    data = _read_bytes(path, relative, settings)
    decoded = data if isinstance(data, Reject) else decode_text(relative, data, settings.decoding)
    if isinstance(decoded, Reject):
        return decoded
    try:
        parsed = json.loads(decoded.text)
    except (json.JSONDecodeError, RecursionError) as error:
        return Reject(relative, "undecodable", _json_error(error))
    if not isinstance(parsed, dict):
        return Reject(relative, "unsupported", "a sidecar must be a JSON object")
    return _metadata_values(parsed)


def _with_metadata(document: RawDocument, *sources: tuple[str, dict[str, str]]) -> RawDocument:
    """Fill the fields the document lacks from the first (name, fields) source that has
    them; a filled publication date records the source's name."""
    filled = {}
    for field in SIDECAR_FIELDS:
        if getattr(document, field) is None:
            name, value = next(((n, s[field]) for n, s in sources if s.get(field)),
                               (None, None))
            if value is not None:
                filled[field] = value
                if field == "published_at":
                    filled["published_at_source"] = name
    return replace(document, **filled) if filled else document


def read_inputs(input_dir: Path, settings: Settings) -> tuple[list[RawDocument], list[Reject]]:
    """Read and decode all inputs, sidecar metadata filled in; byte-identical repeats (files,
    or JSON records equal key for key) are rejected as duplicates of the first."""
    paths = discover(input_dir)
    relative_paths = {p.relative_to(input_dir).as_posix() for p in paths}
    manifest, rejects = read_manifest(input_dir, relative_paths, settings)
    documents: list[RawDocument] = []
    first_path_by_hash: dict[str, str] = {}
    for path in paths:
        sidecar_path = path.with_name(path.name + SIDECAR_SUFFIX)
        sidecar = read_sidecar(sidecar_path, input_dir, settings) if sidecar_path.is_file() else {}
        if isinstance(sidecar, Reject):
            rejects.append(sidecar)
            sidecar = {}
        file_key = path.relative_to(input_dir).as_posix()
        for result in read_file(path, input_dir, settings):
            if isinstance(result, Reject):
                rejects.append(result)
            elif len(result.text) > settings.max_article_chars:
                rejects.append(Reject(result.source_path, "oversize",
                                      f"{len(result.text)} characters of text is over the "
                                      f"per-article limit of {settings.max_article_chars}"))
            elif result.source_sha256 in first_path_by_hash:
                original = first_path_by_hash[result.source_sha256]
                copied = "record" if "#" in result.source_path else "bytes"
                rejects.append(Reject(result.source_path, "duplicate",
                                      f"same {copied} as {original}"))
            else:
                first_path_by_hash[result.source_sha256] = result.source_path
                documents.append(_with_metadata(
                    result, ("sidecar", sidecar),
                    ("manifest", manifest.get(result.source_path, {})),
                    ("manifest", manifest.get(file_key, {}))))
    rejects.extend(_orphan_sidecars(input_dir, relative_paths))
    return documents, rejects


def _orphan_sidecars(input_dir: Path, input_paths: set[str]) -> list[Reject]:
    """Sidecars beside no input file: reported, so a misnamed one is not silently unused."""
    orphans = []
    for path in sorted(p for p in input_dir.rglob("*") if _is_sidecar(p) and p.is_file()):
        relative = path.relative_to(input_dir).as_posix()
        if relative[:-len(SIDECAR_SUFFIX)] not in input_paths:
            orphans.append(Reject(relative, "unsupported",
                                  f"a sidecar for {relative[:-len(SIDECAR_SUFFIX)]!r}, "
                                  f"which is not an input file"))
    return orphans
