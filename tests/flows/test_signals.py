"""Ctrl-C and SIGTERM end a run at once, in one line, with nothing left running and
nothing published."""

from __future__ import annotations

import os
from pathlib import Path
import signal
import subprocess
import sys
import time

import psutil
import pytest

from tests.conftest import PROJECT_ROOT, SEEDS

# Seconds the run may take to end after the signal: stopping the worker processes and
# the temporary API server, not finishing the batch in hand.
MAX_SECONDS_TO_END = 15


def _many_articles(folder: Path, copies: int) -> Path:
    """Distinct articles enough for several extraction batches: the seeds, each copy with
    a closing line of its own."""
    folder.mkdir(parents=True)
    for n in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text() + f"\n\nThis is report {n} of the series, editors said.\n"
            (folder / f"{n:02d}_{seed.name}").write_text(text)
    return folder


def _workers(pid: int) -> list[psutil.Process]:
    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    return [c for c in children if "spawn_main" in " ".join(c.cmdline())]


@pytest.mark.parametrize("signum, to_group", [(signal.SIGINT, True), (signal.SIGTERM, False)],
                         ids=["ctrl-c", "sigterm"])
def test_signal_ends_the_run_quietly_and_leaves_no_process(signum, to_group, tmp_path):
    inputs = _many_articles(tmp_path / "in", 12)
    output = tmp_path / "out"
    log = tmp_path / "run.log"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)  # the run starts (and must stop) its own server
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run", "--input", str(inputs), "--output",
             str(output), "--workers", "2", "--batch-size", "10"],
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while len(_workers(process.pid)) < 2:  # both worker processes are up
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        time.sleep(2)  # and parsing
        children = psutil.Process(process.pid).children(recursive=True)
        started = time.monotonic()
        if to_group:
            os.killpg(process.pid, signum)  # what a terminal's Ctrl-C does
        else:
            os.kill(process.pid, signum)
        returncode = process.wait(timeout=60)
        seconds = time.monotonic() - started
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    text = log.read_text()
    assert returncode == {signal.SIGINT: 130, signal.SIGTERM: 143}[signum], text[-2000:]
    assert seconds < MAX_SECONDS_TO_END
    assert "interrupted: nothing was published" in text, text[-4000:]
    for noise in ("Traceback", "nanobind", "Crash detected"):
        assert noise not in text, text[text.find(noise) - 500:text.find(noise) + 3000]
    time.sleep(1)
    assert [c.pid for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE] \
        == []
    assert not (output / "latest").exists()
