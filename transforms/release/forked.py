"""Processes forked from the run's own, for work over a staged release that needs what the
run holds (the gazetteer, imported libraries) without pickling it: the cross-article
step's windows (release.windowed) and the validation's tables (expectations.validate)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing import get_context
from multiprocessing.pool import Pool
import signal


@contextmanager
def forked_pool(processes: int) -> Iterator[Pool]:
    """A pool of `processes` forked processes, terminated when the block is left."""
    with get_context("fork").Pool(processes, initializer=forked_process_signals) as pool:
        yield pool


def forked_process_signals() -> None:
    """A forked process inherits the run's signal handlers, which would say the run was
    interrupted once per process: it leaves Ctrl-C to the run, which stops it, and dies of
    SIGTERM as a process does."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
