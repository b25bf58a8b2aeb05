"""The output folder's layout and its lock: where releases, staging, the cache and the
run state live, and one run at a time per output folder.

Kept free of heavy imports (no PyArrow, DuckDB, Prefect) so the CLI can take the lock and
tell an unchanged run apart in about a second.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
import fcntl
import os
from pathlib import Path
import shutil
import sys

# Output folders whose lock this process holds: the CLI takes the lock before it starts
# Prefect, and the flow it then runs takes it again (flock would refuse a second open of
# the same file in one process).
_HELD: dict[Path, int] = {}


@dataclass(frozen=True)
class OutputLayout:
    root: Path

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    @property
    def releases(self) -> Path:
        return self.root / "releases"

    @property
    def latest(self) -> Path:
        return self.root / "latest"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def bundle_members(self) -> Path:
        """Compressed members of the download bundle's largest files, the same in every
        release (transforms.release.bundle)."""
        return self.root / "state" / "bundle_members"

    @property
    def gazetteer(self) -> Path:
        """The built gazetteer, kept between runs (transforms.corpus.geocode)."""
        return gazetteer_dir(self.root / "gazetteer")

    @property
    def input_catalog(self) -> Path:
        return self.root / "state" / "inputs.parquet"

    @property
    def run_state(self) -> Path:
        return self.root / "state" / "last_run.json"

    @property
    def lock(self) -> Path:
        return self.root / ".lock"


def gazetteer_dir(fallback: Path) -> Path:
    """Where the built gazetteer is kept: inside the Python environment whose data packages
    it is built from (share/newsfacts/gazetteer, so it is built once per installation, ten
    seconds of CPU, not once per output folder); when that is not writable (a system
    Python), `fallback`. Each build sits under a fingerprint of the packages, tables,
    settings and code, so a stale one is never read. ($NEWSFACTS_GAZETTEER_DIR, read by the
    flow, overrides both.)"""
    share = Path(sys.prefix) / "share"
    if sys.prefix != sys.base_prefix and os.access(share if share.exists() else sys.prefix,
                                                   os.W_OK):
        return share / "newsfacts" / "gazetteer"
    return fallback


class OutputLockedError(RuntimeError):
    pass


@contextmanager
def output_lock(layout: OutputLayout, holder: str = "newsfacts run") -> Iterator[None]:
    """One run at a time per output folder: a second run exits at once with a message that
    names the holder (`holder`: what the running command is, e.g. a `serve` schedule).

    An OS advisory lock (flock), so a killed run never leaves a stale lock behind. Taken
    again by the process that holds it, it is a no-op.
    """
    key = layout.root.resolve()
    if _HELD.get(key):
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    layout.root.mkdir(parents=True, exist_ok=True)
    with layout.lock.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            running = handle.read().strip() or "another process"
            raise OutputLockedError(
                f"{layout.root} is being written by {running}; wait for it to finish "
                f"and run again") from None
        handle.seek(0)
        handle.truncate()
        since = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        handle.write(f"{holder} (pid {os.getpid()}, since {since})")
        handle.flush()
        _HELD[key] = 1
        try:
            yield
        finally:
            del _HELD[key]
            fcntl.flock(handle, fcntl.LOCK_UN)


def clear_staging(layout: OutputLayout) -> None:
    """Remove what a dead run left in staging/ (call under the output lock)."""
    shutil.rmtree(layout.staging, ignore_errors=True)


def current_release(layout: OutputLayout) -> Path | None:
    """The folder `latest` points at, if any."""
    return layout.latest.resolve() if layout.latest.is_symlink() else None
