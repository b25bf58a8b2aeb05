"""Scheduled runs: serve the release flow on a cron schedule against a real Prefect API.

Prefect creates cron runs only in a real `prefect server start`, never in the temporary
server a plain flow run starts. So `serve_release_flow` uses PREFECT_API_URL when it is
set, and otherwise starts a local server (127.0.0.1, a free port, its database and log in
PREFECT_HOME, no UI, no analytics) for as long as it serves. That server gets its own
process group: Ctrl-C reaches the runner first, which pauses the schedule through the
still-running API, and the server is stopped after it. Known limit: POSIX only (process
groups), and a SIGKILL of the serving process leaves the server running.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import importlib.util
import os
from pathlib import Path
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from flows.api import free_port, is_healthy
from flows.environment import SERVER_HOST
from transforms.article.ingest import InputFolderError
from transforms.article.nlp import ModelNotInstalledError
from transforms.settings import Settings

LOCK_HOLDER_VARIABLE = "NEWSFACTS_RUN_HOLDER"  # read by flows.pipeline

if TYPE_CHECKING:
    from prefect import Flow

DEPLOYMENT_NAME = "scheduled"
SERVER_LOG = "server.log"             # in PREFECT_HOME, next to the server's database
# Seconds; healthy in 8-9 s here, more on a first start that creates the database.
SERVER_HEALTHY_TIMEOUT_S = 90.0
# Seconds between health checks while the server starts.
HEALTH_POLL_INTERVAL_S = 0.25
# Seconds for uvicorn to finish open requests after SIGTERM before the group is killed.
SERVER_STOP_TIMEOUT_S = 15.0
# Runs at a time per served deployment: two runs must never publish into one OUTPUT at
# once, so a run that outlasts the cron interval delays the next one instead.
CONCURRENT_RUNS = 1


class ServerStartError(RuntimeError):
    pass


class InvalidCronError(ValueError):
    pass


@dataclass(frozen=True)
class LocalServer:
    url: str        # the API URL clients use (PREFECT_API_URL)
    pid: int        # also the process group id: the server leads its own group
    log_path: Path


def _last_line(path: Path) -> str:
    lines = [line for line in path.read_text(errors="replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else "(empty log)"


def _wait_until_healthy(server: LocalServer, process: subprocess.Popen,
                        timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerStartError(
                f"prefect server exited with code {process.returncode} before it was "
                f"healthy: {_last_line(server.log_path)} (log: {server.log_path})")
        if is_healthy(server.url, timeout=2):
            return
        time.sleep(HEALTH_POLL_INTERVAL_S)
    raise ServerStartError(f"prefect server at {server.url} not healthy after "
                           f"{timeout_s:.0f} s (log: {server.log_path})")


def _stop_process_group(process: subprocess.Popen) -> None:
    # The group outlives its leader if the server left children, so signal the group.
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=SERVER_STOP_TIMEOUT_S)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@contextmanager
def start_local_server(home: Path, port: int | None = None,
                       healthy_timeout_s: float = SERVER_HEALTHY_TIMEOUT_S,
                       while_starting: Callable[[], None] | None = None
                       ) -> Iterator[LocalServer]:
    """Run `prefect server start` on 127.0.0.1 with its database in `home` until exit;
    entered once the server is healthy. `while_starting` runs during its start-up."""
    home.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    log_path = home / SERVER_LOG
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", SERVER_HOST,
               "--port", str(port), "--analytics-off", "--no-ui"]
    environment = {**os.environ, "PREFECT_HOME": str(home)}
    with log_path.open("w") as log:
        # Own session: a Ctrl-C in the terminal stops the runner, not the API it still needs.
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT, env=environment,
                                   start_new_session=True)
    server = LocalServer(f"http://{SERVER_HOST}:{port}/api", process.pid, log_path)
    try:
        if while_starting:
            while_starting()
        _wait_until_healthy(server, process, healthy_timeout_s)
        yield server
    finally:
        _stop_process_group(process)


def _check_cron(cron: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError as error:
        raise InvalidCronError(
            f"invalid cron expression {cron!r}: give five fields, minute hour day-of-month "
            f"month day-of-week, e.g. '0 6 * * *' for 06:00 UTC daily") from error


def _check_model_installed(model_name: str) -> None:
    # Checked once here: otherwise every scheduled run would fail on it, unattended.
    if importlib.util.find_spec(model_name) is None and not Path(model_name).exists():
        raise ModelNotInstalledError(f"spaCy model {model_name!r} is not installed")


def _exit_on_sigterm(signum: int, frame: object) -> None:
    # Before the runner starts: unwind through the `finally` that stops the local server.
    sys.exit(0)


def release_parameters(input_dir: Path, output_dir: Path, settings: Settings,
                       workers: int = 1) -> dict:
    """The deployment's parameters: absolute folders, so runs do not depend on a cwd."""
    return {
        "input_dir": str(input_dir.resolve()),
        "output_dir": str(output_dir.resolve()),
        "settings": {"model_name": settings.model_name,
                     "articles_per_batch": settings.articles_per_batch},
        "workers": workers,
    }


def _import_release_flow() -> None:
    # spaCy, Great Expectations, DuckDB: 4-7 s, spent while the server starts.
    import flows.pipeline  # noqa: F401


def _interrupt_like_ctrl_c(signum: int, frame: object) -> None:
    # Prefect 3.8's runner exits cleanly on Ctrl-C even with a run in progress, but its own
    # SIGTERM handler hangs then; so SIGTERM takes the Ctrl-C path.
    on_interrupt = signal.getsignal(signal.SIGINT)
    if callable(on_interrupt) and on_interrupt is not signal.default_int_handler:
        on_interrupt(signal.SIGINT, frame)  # asyncio.run's: it cancels the runner's task
        return
    # With SIGINT ignored (a background job of a script starts so, and asyncio.run then
    # installs no handler of its own), a KeyboardInterrupt raised here may land in a weakref
    # callback or a finalizer, where Python prints and drops it, and serve runs on. The
    # event loop raises it instead, between its callbacks.
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        raise KeyboardInterrupt from None
    loop.call_soon_threadsafe(_raise_keyboard_interrupt)


def _raise_keyboard_interrupt() -> None:
    raise KeyboardInterrupt


def _serve(flow: Flow | None, parameters: dict, cron: str, deployment_name: str) -> None:
    """What `flow.serve(...)` does, with the runner's SIGTERM handler replaced."""
    import asyncio

    from prefect.deployments.runner import EntrypointType
    from prefect.runner import Runner

    from flows.pipeline import build_release

    class _Runner(Runner):
        def handle_sigterm(self, signum: int, frame: object) -> None:
            _interrupt_like_ctrl_c(signum, frame)

    runner = _Runner(name=deployment_name, pause_on_shutdown=True, limit=CONCURRENT_RUNS)
    # Served runs execute this flow object (a with_options task runner included) in a
    # subprocess; the entrypoint, `flows.pipeline.build_release`, only names it.
    runner.add_flow(flow or build_release, name=deployment_name, cron=cron,
                    parameters=parameters, entrypoint_type=EntrypointType.MODULE_PATH)
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        pass  # the runner has paused the schedule and stopped


def serve_release_flow(input_dir: Path, output_dir: Path, cron: str, settings: Settings,
                       announce: Callable[[str], None] = print,
                       deployment_name: str = DEPLOYMENT_NAME, flow: Flow | None = None,
                       workers: int = 1) -> None:
    """Serve `flow` (default `build_release`) on `cron` until Ctrl-C or SIGTERM; each run
    publishes a release of `input_dir` under `output_dir`. Uses PREFECT_API_URL, or a local
    server if unset."""
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

    _check_cron(cron)
    if not input_dir.is_dir():
        raise InputFolderError(f"input folder not found: {input_dir}")
    _check_model_installed(settings.model_name)
    parameters = release_parameters(input_dir, output_dir, settings, workers)
    deployment = f"newsfacts-release/{deployment_name}"
    # Served runs inherit this: a `newsfacts run` on the same output names the schedule.
    os.environ[LOCK_HOLDER_VARIABLE] = (f"the newsfacts serve schedule '{cron}' "
                                        f"(serve pid {os.getpid()})")
    served = f"serving deployment '{deployment}' on cron '{cron}' (UTC); Ctrl-C stops it"
    previous_handler = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        if api_url := PREFECT_API_URL.value():
            announce(f"using the Prefect API at {api_url}")
            announce(served)
            _serve(flow, parameters, cron, deployment_name)
        else:
            announce("starting a local Prefect server...")
            with start_local_server(Path(PREFECT_HOME.value()),
                                    while_starting=_import_release_flow) as server:
                announce(f"local Prefect server (pid {server.pid}) at {server.url}, "
                         f"log in {server.log_path}")
                announce(served)
                prefect = Path(sys.executable).parent / "prefect"
                announce(f"run it now: PREFECT_API_URL={server.url} "
                         f"{prefect} deployment run '{deployment}'")
                # This server has no UI: no "View at <url>" links to pages that do not exist.
                os.environ["PREFECT_UI_URL"] = ""
                # In the environment, not only in Prefect's settings context: served runs
                # start threads and worker processes that read it from there, and would
                # otherwise each start a temporary server of their own.
                os.environ["PREFECT_API_URL"] = server.url
                with temporary_settings({PREFECT_API_URL: server.url}):
                    _serve(flow, parameters, cron, deployment_name)
            announce("local Prefect server stopped")
    finally:
        signal.signal(signal.SIGTERM, previous_handler)
