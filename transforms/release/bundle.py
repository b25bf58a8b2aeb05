"""The download bundle of a release: one .tar.gz of its folder, the same bytes for the same
files (sorted names, fixed owners, no time or name in the gzip header).

Most of a bundle's bytes are the release page's WebAssembly (DuckDB's: 34 MB), the same
in every release: compressing it again took most of the bundle's 0.6 s, on a run that
adds one file to 1,000 articles as on a full one. A file that large is compressed once,
its gzip member kept in a cache folder by the sha256 of its content, and joined between
the members of the rest: a .gz may hold several members, which gzip, tar and Python's
tarfile read as one stream (RFC 1952, 2.2).
"""

from __future__ import annotations

from collections.abc import Iterator
import gzip
import io
import os
from pathlib import Path
import tarfile
import tempfile
from typing import BinaryIO

from transforms.release.publish import file_sha256

# gzip level. Most of a bundle is WebAssembly and Parquet that is compressed already: on a
# 2,000-article release level 3 wrote 20 MB in 0.8 s, level 6 (gzip's default) 19 MB in
# 1.7 s, a tenth of the run that adds one file.
GZIP_LEVEL = 3
# Files at least this large are compressed once and their member reused (the page's
# WebAssembly: 34 and 5 MB); a release's tables and pages change from run to run.
CACHED_MEMBER_MIN_BYTES = 4 << 20
READ_BLOCK = 1 << 20


def write_bundle(release_dir: Path, destination: Path, member_cache: Path | None = None
                 ) -> Path:
    """A .tar.gz of the release folder, as `tar -czf` of it would hold it, each entry
    named under the folder's name. With `member_cache`, large files' compressed members
    are read from it (and written to it the first time); members no longer used are
    removed from it."""
    headers = tarfile.TarFile(fileobj=io.BytesIO(), mode="w")  # for its gettarinfo only
    used: set[Path] = set()
    with destination.open("wb") as out:
        members = _GzipMembers(out)
        for path in sorted(release_dir.rglob("*")):
            info = headers.gettarinfo(
                path, arcname=f"{release_dir.name}/{path.relative_to(release_dir).as_posix()}")
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            members.write(info.tobuf(tarfile.DEFAULT_FORMAT, tarfile.ENCODING,
                                     "surrogateescape"))
            if not info.isreg():
                continue
            if member_cache is not None and info.size >= CACHED_MEMBER_MIN_BYTES:
                cached = _cached_member(path, info.size, member_cache)
                used.add(cached)
                members.append_member(cached)
            else:
                for block in _blocks(path):
                    members.write(block)
                members.write(_padding(info.size))
        # The end of the archive (two empty blocks), padded to a whole record, as tarfile
        # ends one.
        end = 2 * tarfile.BLOCKSIZE
        members.write(tarfile.NUL * (end + (-(members.tar_size + end)) % tarfile.RECORDSIZE))
        members.close()
    if member_cache is not None and member_cache.is_dir():
        for stale in set(member_cache.glob("*.gz")) - used:
            stale.unlink(missing_ok=True)
    return destination


class _GzipMembers:
    """gzip members written one after another: the tar stream's bytes compressed as they
    come, and members compressed before, joined in between."""

    def __init__(self, out: BinaryIO):
        self._out = out
        self._member: gzip.GzipFile | None = None
        self.tar_size = 0  # bytes of the tar stream so far

    def write(self, data: bytes) -> None:
        if self._member is None:
            self._member = _member_writer(self._out)
        self._member.write(data)
        self.tar_size += len(data)

    def append_member(self, member: Path) -> None:
        """A member holding a file's content and its padding, compressed before."""
        self._end_member()
        for block in _blocks(member):
            self._out.write(block)
        self.tar_size += _uncompressed_size(member)

    def close(self) -> None:
        self._end_member()

    def _end_member(self) -> None:
        if self._member is not None:
            self._member.close()  # writes the member's trailer; `out` stays open
            self._member = None


def _member_writer(out: BinaryIO) -> gzip.GzipFile:
    return gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=GZIP_LEVEL,
                         mtime=0)


def _blocks(path: Path) -> Iterator[bytes]:
    """A file's bytes in blocks of READ_BLOCK (a release's files may be large)."""
    with path.open("rb") as content:
        yield from iter(lambda: content.read(READ_BLOCK), b"")


def _padding(size: int) -> bytes:
    return tarfile.NUL * (-size % tarfile.BLOCKSIZE)


def _cached_member(path: Path, size: int, member_cache: Path) -> Path:
    """The cached gzip member of the file's content and padding, written if missing
    (atomically: a run stopped midway leaves no half member)."""
    member = member_cache / f"{file_sha256(path)}-{GZIP_LEVEL}.gz"
    if member.exists():
        return member
    member_cache.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=member_cache, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            writer = _member_writer(out)
            for block in _blocks(path):
                writer.write(block)
            writer.write(_padding(size))
            writer.close()
        os.replace(temporary, member)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return member


def _uncompressed_size(member: Path) -> int:
    """A gzip member's uncompressed size, from its trailer (ISIZE: the size modulo 2**32;
    a cached file is far smaller)."""
    with member.open("rb") as compressed:
        compressed.seek(-4, os.SEEK_END)
        return int.from_bytes(compressed.read(4), "little")
