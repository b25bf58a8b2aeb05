"""Progress of a long run: done/total articles, rate and time left, counted on extracted
articles only; a line at most every few seconds in a log, nothing when quiet."""

from __future__ import annotations

import io

from flows.progress import ArticleProgress


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_line_gives_done_total_rate_and_eta():
    clock, log = FakeClock(), io.StringIO()
    progress = ArticleProgress(1000, log, log_interval=10, clock=clock)
    clock.now += 20
    progress.advance(200)
    assert log.getvalue() == ("articles 200/1,000 (20%), 10.0 articles/s, ETA 1m20s, "
                              "elapsed 20s\n")


def test_cached_articles_count_as_done_but_not_in_the_rate():
    clock, log = FakeClock(), io.StringIO()
    progress = ArticleProgress(1000, log, log_interval=10, clock=clock)
    progress.advance(500, from_cache=True)
    clock.now += 10
    progress.advance(100)
    last = log.getvalue().splitlines()[-1]
    assert last.startswith("articles 600/1,000 (60%), 10.0 articles/s, ETA 40s")


def test_log_gets_at_most_one_line_per_interval_and_always_the_last():
    clock, log = FakeClock(), io.StringIO()
    progress = ArticleProgress(300, log, log_interval=10, clock=clock)
    for _ in range(3):
        clock.now += 1
        progress.advance(100)
    lines = log.getvalue().splitlines()
    assert [line.split(",")[0] for line in lines] == ["articles 100/300 (33%)",
                                                      "articles 300/300 (100%)"]
    progress.advance(0)
    assert len(log.getvalue().splitlines()) == 2


def test_terminal_lines_come_more_often_and_carry_a_bar():
    clock, terminal = FakeClock(), Terminal()
    progress = ArticleProgress(8, terminal, terminal_interval=3, clock=clock)
    for _ in range(8):
        clock.now += 1
        progress.advance(1)
    lines = terminal.getvalue().splitlines()
    assert lines[0] == "[###.....................] articles 1/8 (12%) 1.0 articles/s ETA 7s elapsed 1s"
    assert lines[-1].startswith("[########################] articles 8/8 (100%)")
    assert len(lines) == 4  # after 1, 4 and 7 seconds, and the last


def test_quiet_progress_writes_nothing():
    progress = ArticleProgress(10, None)
    progress.advance(10)
    assert progress.done == 10
