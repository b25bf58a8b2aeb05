"""`newsfacts serve`: a cron run fires against the local Prefect server it starts, and
SIGTERM stops the runner and that server. The cron test is slow (about 20-80 s): a
`* * * * *` run fires at the next full minute."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flows import serve as serve_module
from flows.cli import app
from flows.serve import ServerStartError, start_local_server

runner = CliRunner()

ARTICLES = {
    "bridge.txt": (
        "Harbour bridge to reopen on Monday\n\n"
        '"The bridge will reopen Monday," the mayor, Ana Ruiz, told reporters on Tuesday.\n\n'
        "Repairs cost at least 4 million dollars, the city said.\n"),
    "flood.txt": (
        "River flood forces hundreds from their homes\n\n"
        "About 300 people left their homes after the river rose overnight, officials said "
        "on Sunday.\n\n"
        '"We expect the water to fall by Wednesday," said Tom Berg, a regional spokesman.\n'),
}
# Seconds: server start (~10 s), up to 60 s to the next full minute, the run (~10 s),
# and room for a loaded machine.
RUN_FIRED_TIMEOUT_S = 150
# Prefect's log line for a failed run: stop waiting for the next minute's run.
RUN_FAILED = "Finished in state Failed"
# Seconds for serve to pause its schedule and stop its server after SIGTERM (~6 s here).
SHUTDOWN_TIMEOUT_S = 45


@pytest.fixture
def input_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    return folder


def _processes_using(home: Path) -> list[int]:
    """Live processes started with PREFECT_HOME=home: serve, its server, its flow runs."""
    marker = f"PREFECT_HOME={home}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environment = (entry / "environ").read_bytes().split(b"\0")
        except OSError:  # exited meanwhile, or not ours
            continue
        if marker in environment:
            pids.append(int(entry.name))
    return pids


def _wait_for(condition, timeout_s: float, interval_s: float = 1.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval_s)
    return condition()


def test_serve_fires_a_cron_run_and_sigterm_stops_its_server(tmp_path, input_dir):
    home = tmp_path / "prefect-home"
    output = tmp_path / "output"
    log_path = tmp_path / "serve.log"
    environment = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_LOGGING_LEVEL": "INFO"}
    environment.pop("PREFECT_API_URL", None)  # serve must start its own server
    published = output / "latest" / "articles.parquet"
    with log_path.open("w") as log:
        # Own session, so the test can signal serve's whole process group; a file, not a
        # pipe, so a chatty run never blocks on a full pipe.
        serve = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "serve", "--cron", "* * * * *",
             "--input", str(input_dir), "--output", str(output)],
            cwd=tmp_path, env=environment, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_for(lambda: published.exists() or serve.poll() is not None
                  or RUN_FAILED in log_path.read_text(), RUN_FIRED_TIMEOUT_S)
        assert published.exists(), log_path.read_text()
        assert pq.read_metadata(published).num_rows == 2
        assert serve.poll() is None, log_path.read_text()

        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(timeout=SHUTDOWN_TIMEOUT_S)
        assert serve.returncode == 0, log_path.read_text()
        assert _wait_for(lambda: not _processes_using(home), 5, 0.2), (
            f"still running: {_processes_using(home)}\n{log_path.read_text()}")
    finally:
        # Never leave a server behind, whatever failed above.
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait()
        for pid in _processes_using(home):
            os.kill(pid, signal.SIGKILL)


def test_sigterm_with_ctrl_c_ignored_is_raised_by_the_event_loop():
    # A script's background job starts with SIGINT ignored, so asyncio.run installs no
    # Ctrl-C handler of its own. The SIGTERM handler must not raise KeyboardInterrupt where
    # the signal lands (a weakref callback drops it, and serve ran on): the loop raises it.
    raised_by_handler = []

    async def serving() -> None:
        try:
            serve_module._interrupt_like_ctrl_c(signal.SIGTERM, None)
        except KeyboardInterrupt:
            raised_by_handler.append(True)
            raise
        await asyncio.sleep(30)

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            asyncio.run(serving())
        assert time.monotonic() - started < 5 and not raised_by_handler
    finally:
        signal.signal(signal.SIGINT, previous)


def test_server_never_healthy_is_reported_and_stopped(tmp_path):
    home = tmp_path / "prefect-home"
    # Half a second is less than the server needs just to import.
    with pytest.raises(ServerStartError, match="not healthy after"):
        with start_local_server(home, healthy_timeout_s=0.5):
            pass
    assert not _processes_using(home)


@pytest.fixture
def no_server(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a Prefect server was started")
    monkeypatch.setattr(serve_module, "start_local_server", refuse)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)


def test_serve_refuses_an_invalid_cron_before_starting_a_server(no_server, input_dir,
                                                                tmp_path):
    result = runner.invoke(app, ["serve", "--cron", "every morning", "--input",
                                 str(input_dir), "--output", str(tmp_path / "output")])
    assert result.exit_code == 2, result.output
    assert "invalid cron expression 'every morning'" in result.output


def test_serve_refuses_a_missing_input_folder_before_starting_a_server(no_server, tmp_path):
    result = runner.invoke(app, ["serve", "--cron", "0 6 * * *", "--input",
                                 str(tmp_path / "missing"), "--output", str(tmp_path / "output")])
    assert result.exit_code == 2, result.output
    assert "input folder not found" in result.output
