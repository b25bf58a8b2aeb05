"""The run's temporary Prefect API server: the run's own work goes on while it starts, and
it is stopped whatever happens."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import httpx
import psutil
import pytest

from flows.api import run_api


def _uvicorn_children() -> list[psutil.Process]:
    """Servers this test started (not the session's Prefect harness, if it runs)."""
    return [p for p in psutil.Process().children(recursive=True)
            if "uvicorn" in " ".join(p.cmdline()) and p.pid not in _HARNESS_SERVERS]


_HARNESS_SERVERS: set[int] = set()


@pytest.fixture(autouse=True)
def _servers_before_the_test():
    _HARNESS_SERVERS.clear()
    _HARNESS_SERVERS.update(p.pid for p in psutil.Process().children(recursive=True)
                            if "uvicorn" in " ".join(p.cmdline()))
    yield


def test_work_runs_beside_the_server_start_and_a_failure_stops_the_server(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    ran_in = []
    with run_api(while_starting=lambda: ran_in.append(threading.current_thread().name)) as url:
        assert httpx.get(url + "/health").status_code == 200
        assert len(_uvicorn_children()) == 1
    assert ran_in == ["newsfacts-run-imports"] and _uvicorn_children() == []

    def fail() -> None:
        raise ImportError("a library the run needs is missing")

    with pytest.raises(ImportError, match="missing"):
        with run_api(while_starting=fail):
            pass
    assert _uvicorn_children() == []


def test_the_run_starts_the_server_without_importing_prefects_server_code(tmp_path):
    # Importing prefect.server takes about 2 s that the run's own imports would wait for;
    # the server process imports it, the run never needs it. Its health is asked of
    # 127.0.0.1 itself, whatever proxy the environment names (here one nobody answers).
    code = ("import sys\n"
            "from flows.api import run_api\n"
            "with run_api() as url:\n"
            "    import httpx\n"
            "    print(httpx.get(url + '/health', trust_env=False).status_code)\n"
            "print(any(m.startswith('prefect.server') for m in sys.modules))\n")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(tmp_path), "http_proxy": "http://127.0.0.1:9",
            "HTTP_PROXY": "http://127.0.0.1:9", "no_proxy": "", "NO_PROXY": "",
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "30"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.stdout.split() == ["200", "False"], done.stderr


def test_a_worker_process_leaves_without_teardown_but_flushes_what_it_wrote(tmp_path):
    # Freeing the model and every library object at a worker's exit cost the run 0.65 s
    # on BBC-1000 (the pool joins its processes before the cross-article step). The
    # worker's output and log lines must still reach their files, and handlers registered
    # after the initializer (Prefect's) still run.
    code = ("import atexit, logging, sys\n"
            "from flows.api import start_worker_process\n"
            "atexit.register(print, 'teardown ran')\n"
            "start_worker_process()\n"
            "atexit.register(print, 'a later handler ran')\n"
            f"logging.basicConfig(filename={str(tmp_path / 'worker.log')!r})\n"
            "logging.getLogger('w').warning('batch done')\n"
            "sys.stdout.write('written; ')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "written; a later handler ran\n"
    assert "batch done" in (tmp_path / "worker.log").read_text()
