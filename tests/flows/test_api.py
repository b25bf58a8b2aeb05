"""The run's temporary Prefect API server: the run's own work goes on while it starts, and
it is stopped whatever happens."""

from __future__ import annotations

import threading

import httpx
import psutil
import pytest

from flows.api import run_api


def _uvicorn_children() -> list[psutil.Process]:
    return [p for p in psutil.Process().children(recursive=True)
            if "uvicorn" in " ".join(p.cmdline())]


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
