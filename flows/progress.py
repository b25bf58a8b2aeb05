"""Progress of a long run on stderr: done/total articles, rate and time left.

The flow calls `advance(n)` as batches come back from extraction and
`advance(n, from_cache=True)` for articles it did not have to extract (cached or copies),
so the rate and ETA count only the work that takes time. A full line is written at most
every `terminal_interval` seconds on a terminal (with a bar) and every `log_interval`
seconds in a log (cron, CI), and once at the end: full lines, not a line redrawn in place,
since Prefect's log lines come between them. With no stream (`newsfacts run --quiet`,
tests, scheduled runs) nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
import time
from typing import TextIO

BAR_WIDTH = 24


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


class ArticleProgress:
    def __init__(self, total: int, stream: TextIO | None, *, log_interval: float = 10.0,
                 terminal_interval: float = 3.0, clock: Callable[[], float] = time.monotonic):
        self.total = total
        self.done = 0
        self.extracted = 0
        self.stream = stream
        self.clock = clock
        self.started = clock()
        self.is_terminal = bool(stream is not None and getattr(stream, "isatty", bool)())
        self.interval = terminal_interval if self.is_terminal else log_interval
        self.last_written: float | None = None
        self.written_done = -1  # `done` when the last line was written

    def rate(self) -> float | None:
        """Articles extracted per second so far; None before the first one."""
        elapsed = self.clock() - self.started
        return self.extracted / elapsed if self.extracted and elapsed > 0 else None

    def line(self) -> str:
        share = self.done / self.total if self.total else 1.0
        parts = [f"articles {self.done:,}/{self.total:,} ({share:.0%})"]
        rate = self.rate()
        if rate is not None:
            parts.append(f"{rate:.1f} articles/s")
            if self.done < self.total:
                parts.append(f"ETA {_duration((self.total - self.done) / rate)}")
        parts.append(f"elapsed {_duration(self.clock() - self.started)}")
        if self.is_terminal:
            filled = int(BAR_WIDTH * share)
            parts.insert(0, "[" + "#" * filled + "." * (BAR_WIDTH - filled) + "]")
        return " ".join(parts) if self.is_terminal else ", ".join(parts)

    def advance(self, n_articles: int, *, from_cache: bool = False) -> None:
        self.done = min(self.total, self.done + n_articles)
        if not from_cache:
            self.extracted += n_articles
        now = self.clock()
        due = self.last_written is None or now - self.last_written >= self.interval
        if due or (self.done == self.total and self.written_done != self.total):
            self._write()

    def _write(self) -> None:
        if self.stream is None:
            return
        self.last_written = self.clock()
        self.written_done = self.done
        self.stream.write(self.line() + "\n")
        self.stream.flush()
