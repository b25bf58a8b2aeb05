"""The Prefect API of one `newsfacts run`, and a clean end on Ctrl-C or SIGTERM.

Without PREFECT_API_URL, Prefect starts a temporary API server inside the first client
that needs one. Left to itself that goes wrong three ways: every Dask worker starts a
server of its own (orphaned when the worker is stopped), Ctrl-C in the terminal kills
the server under the running flow (which then hangs, logging errors), and the
interpreter's exit after an interrupt prints Prefect's crash report and DuckDB's leak
warnings. So the CLI starts the temporary server itself, in its own session, exports its
URL to every process the run starts (worker processes, a local Dask cluster), stops it
when the run ends, and on Ctrl-C or SIGTERM stops the run's processes and exits with one
line. Stopping abruptly is safe: every write of a run is atomic (tests/flows/test_kill.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
import logging
import os
from pathlib import Path
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading

from flows.environment import SERVER_HOST

API_URL_VARIABLE = "PREFECT_API_URL"
# Seconds to wait for Prefect's log and event services to send what they hold.
SERVICE_DRAIN_TIMEOUT_S = 10.0
# Seconds the temporary server has to stop on SIGTERM before it is killed.
SERVER_STOP_GRACE_S = 1.0
# Prefect's setting for how long its temporary server may take to start (flows/environment
# sets it), its default, and how often the server's health is asked meanwhile.
STARTUP_TIMEOUT_VARIABLE = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
DEFAULT_STARTUP_TIMEOUT_S = 90.0
HEALTH_POLL_INTERVAL_S = 0.1
# The run's flows use no block (no stored credentials, storage or deployment): registering
# Prefect's block types at each start imported every installed Prefect collection
# (prefect-dask, hence Dask's distributed) in the server's process, 0.2-0.5 s of its ~3 s.
SERVER_WITHOUT_BLOCK_TYPES = {"PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
                              "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false"}
# Exit codes of a command ended by a signal, as shells report them.
EXIT_CODE_BY_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}
# The handler ending_cleanly_on_signals installed, while it is in force.
_stop_handler: Callable[[int, object], None] | None = None


def _die_with_parent() -> None:
    """In the server's process, before it runs: be killed when the run's process dies,
    even by SIGKILL (its own session keeps it out of the run's process group)."""
    import ctypes

    pr_set_pdeathsig = 1  # prctl option, from <linux/prctl.h>
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


class TemporaryServer:
    """Prefect's temporary API server, started as Prefect 3.8 starts it (the same uvicorn
    command and environment) but without importing `prefect.server` here: that import
    alone takes about 2 s, held the GIL against the run's own imports and bought only
    the code that launches the process. In a session of its own, so that a Ctrl-C meant
    for the run does not reach it before the run has stopped; killed if the run dies."""

    def __init__(self) -> None:
        self.port: int | None = None
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"http://{SERVER_HOST}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.address}/api"

    def start(self) -> None:
        """Launch the server and wait for its health check; one more try on another port
        when the process dies first (another process took the port meanwhile)."""
        timeout = float(os.environ.get(STARTUP_TIMEOUT_VARIABLE, DEFAULT_STARTUP_TIMEOUT_S))
        for attempt in range(2):
            self.port = free_port()
            self.process = self._launch()
            if self._wait_until_healthy(timeout):
                return
            code = self.process.poll()
            self.stop()
            if code is None or attempt:
                raise RuntimeError(
                    f"Prefect's temporary API server did not start within {timeout:.0f} s"
                    + (f" (it exited with code {code})" if code is not None else ""))

    def _launch(self) -> subprocess.Popen[bytes]:
        import importlib.util

        prefect_dir = Path(importlib.util.find_spec("prefect").origin).parent
        return subprocess.Popen(
            args=[sys.executable, "-m", "uvicorn", "--app-dir", str(prefect_dir.parent),
                  "--factory", "prefect.server.api.server:create_app",
                  "--host", SERVER_HOST, "--port", str(self.port),
                  "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
                 "PREFECT__SERVER_FINAL": "1", **SERVER_WITHOUT_BLOCK_TYPES},
            start_new_session=True, preexec_fn=_die_with_parent)

    def _wait_until_healthy(self, timeout: float) -> bool:
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.process.poll() is None:
            if is_healthy(self.api_url, timeout=5):
                return True
            time.sleep(HEALTH_POLL_INTERVAL_S)
        return False

    def stop(self) -> None:
        """SIGTERM with a second's grace (Prefect gives five): the run is over and its logs
        and events are sent; uvicorn would wait out the clients' idle keep-alive
        connections (5 s of a one-file run's 45)."""
        if self.process is None:
            return
        logging.getLogger("prefect").info("Stopping temporary server on %s", self.address)
        self.process.terminate()
        try:
            self.process.wait(timeout=SERVER_STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def free_port() -> int:
    """A port of SERVER_HOST that nothing listens on, as the system hands it out."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((SERVER_HOST, 0))
        return probe.getsockname()[1]


def is_healthy(api_url: str, timeout: float) -> bool:
    """The Prefect API at `api_url` answers its health check. Straight to SERVER_HOST: a
    proxy the user's environment names is never asked."""
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{api_url}/health", timeout=timeout) as answer:
            return answer.status == 200
    except OSError:  # refused, reset, timed out (URLError is one too)
        return False


@contextmanager
def run_api(while_starting: Callable[[], None] = lambda: None) -> Iterator[str]:
    """PREFECT_API_URL if the user set one; else a temporary server for this run, its URL
    exported to the processes the run starts, stopped when the run ends. `while_starting`
    runs in a thread while the server starts (about 5 s, most of it the server process
    importing): the run's own imports need not wait for it. The server is started from
    this thread, as the server dies with the thread that started it (_die_with_parent)."""
    if url := os.environ.get(API_URL_VARIABLE):
        while_starting()
        yield url
        return
    failures: list[BaseException] = []

    def run_aside() -> None:
        try:
            while_starting()
        except BaseException as error:  # raised in this thread below
            failures.append(error)

    aside = threading.Thread(target=run_aside, name="newsfacts-run-imports", daemon=True)
    server = TemporaryServer()
    aside.start()
    try:
        try:
            server.start()
        finally:
            aside.join()
        if failures:
            raise failures[0]
        os.environ[API_URL_VARIABLE] = server.api_url
        # Prefect, imported meanwhile, read its settings before the URL was set: without
        # reading them again, its events worker would start a server of its own once the
        # run's first batch went to a worker process.
        _refresh_prefect_settings()
        yield server.api_url
    finally:
        # Send what Prefect still holds (the run's last logs and events) while the server
        # is up: afterwards each would print "Error logging to API".
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=SERVICE_DRAIN_TIMEOUT_S)
        EventsWorker.drain_all(timeout=SERVICE_DRAIN_TIMEOUT_S)
        os.environ.pop(API_URL_VARIABLE, None)
        _refresh_prefect_settings()
        server.stop()


def _refresh_prefect_settings() -> None:
    """Have Prefect read its settings from the environment again (PREFECT_API_URL set or
    gone), if it is imported."""
    if "prefect.context" in sys.modules:
        from prefect.context import refresh_global_settings_context

        refresh_global_settings_context()


def share_api_with_workers() -> None:
    """Called first thing in a flow run: put the run's API URL in the environment that
    worker processes inherit. A served run knows its server from Prefect's settings, not
    from the environment, and each spawned worker would otherwise start a server of its
    own (and leave it running)."""
    from prefect.settings import PREFECT_API_URL

    if not os.environ.get(API_URL_VARIABLE) and (url := PREFECT_API_URL.value()):
        os.environ[API_URL_VARIABLE] = url


def stop_children() -> None:
    """Kill every process this one started, and theirs, at once: worker processes, a
    local Dask cluster, the temporary API server, multiprocessing's resource tracker (which
    would otherwise outlive us and warn about our semaphores). Nothing they hold needs a
    graceful end: the run's writes are atomic and the server's database is SQLite."""
    import psutil

    for child in psutil.Process().children(recursive=True):
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass


@contextmanager
def _workers_deaf_to_ctrl_c() -> Iterator[None]:
    """Start worker processes (spawned: the process pool, a local Dask cluster) with
    SIGINT ignored. A terminal's Ctrl-C goes to the whole process group; a worker still
    importing would die of it with a traceback. An ignored signal stays ignored across
    exec, and Python then installs no KeyboardInterrupt handler: the run, not each
    worker, handles Ctrl-C. (Blocking SIGINT does not carry over: Python unblocks it.)"""
    import multiprocessing

    folder = Path(tempfile.mkdtemp(prefix="newsfacts-"))
    launcher = folder / "python"
    launcher.write_text(f"#!/bin/sh\ntrap '' INT\nexec {shlex.quote(sys.executable)} \"$@\"\n")
    launcher.chmod(0o755)
    multiprocessing.set_executable(str(launcher))
    try:
        yield
    finally:
        multiprocessing.set_executable(sys.executable)
        shutil.rmtree(folder, ignore_errors=True)


class _UserStopNotACrash(logging.Filter):
    """Drops Prefect's "Crash detected! Execution was aborted by a termination signal":
    during a flow, Prefect takes SIGTERM first, logs that, then hands the signal back to
    our handler, which says what happened in one line of its own."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        return not (text.startswith("Crash detected!") and
                    ("termination signal" in text or "interrupt signal" in text))


@contextmanager
def ending_cleanly_on_signals(say: Callable[[str], None], message: str) -> Iterator[None]:
    """On Ctrl-C or SIGTERM: say `message`, kill this process's children and exit at once
    (no crash report, no half-finished shutdown). Enter it before Prefect is imported."""

    def end(signum: int, frame: object = None) -> None:
        say(message)
        stop_children()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(EXIT_CODE_BY_SIGNAL.get(signum, 1))

    global _stop_handler
    _stop_handler = end
    previous = {s: signal.signal(s, end) for s in (signal.SIGINT, signal.SIGTERM)}
    quiet = _UserStopNotACrash()
    flow_logger = logging.getLogger("prefect.flow_runs")
    flow_logger.addFilter(quiet)
    try:
        with _workers_deaf_to_ctrl_c():
            yield
    finally:
        _stop_handler = None
        flow_logger.removeFilter(quiet)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def keep_stop_handler() -> None:
    """Called first thing in a flow run: a flow run replaces the main thread's SIGTERM
    handler with Prefect's, which would crash the flow and wait for the batches in hand
    before anything else could happen; the run's own handler ends it at once instead."""
    if _stop_handler is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop_handler)


def start_worker_process() -> None:
    """A worker process's initializer. Ctrl-C is the run's to handle, not each worker's.
    And the worker leaves without the interpreter's teardown: freeing the model and every
    library object took 0.65 s of the run's 37 on BBC-1000, waited for between extraction
    and the cross-article step (the pool joins its processes)."""
    import atexit

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Registered first, so run last: the handlers registered after it (Prefect's) still
    # run, and Prefect drains its log and event services before any atexit handler.
    atexit.register(_leave_without_teardown)


def _leave_without_teardown() -> None:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)
