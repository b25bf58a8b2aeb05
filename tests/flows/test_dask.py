"""Scale-out: the same flow on a local Dask cluster (loopback) gives the same tables."""

from __future__ import annotations

import pytest

from flows.pipeline import UnknownTaskRunnerError, release_flow
from tests.conftest import copy_seeds
from tests.flows.conftest import api_servers
from transforms.release.publish import table_path

distributed = pytest.importorskip("distributed")


def test_dask_run_publishes_the_same_tables_as_a_local_run(tmp_path, prefect_harness,
                                                           settings):
    inputs = copy_seeds(tmp_path / "in", 3)
    # Two articles a batch, so the three articles travel to the workers as two tasks.
    from dataclasses import replace
    small_batches = replace(settings, articles_per_batch=2)
    local = release_flow("local")(inputs, tmp_path / "local", small_batches)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        on_dask = release_flow("dask", cluster.scheduler_address)(
            inputs, tmp_path / "dask", small_batches)
    assert on_dask.row_counts == local.row_counts
    for name in ("articles", "sentences", "mentions", "entities", "quotes", "figures"):
        assert (table_path(on_dask.release_dir, name).read_bytes()
                == table_path(local.release_dir, name).read_bytes()), name


def test_unknown_task_runner_is_refused():
    with pytest.raises(UnknownTaskRunnerError, match="unknown task runner"):
        release_flow("spark")


def test_dask_workers_use_the_runs_api_and_leave_no_server_behind(tmp_path):
    # Each Dask worker used to start a temporary Prefect server of its own, left running
    # (parent pid 1) once the cluster stopped. The run's one server serves them all.
    import os
    import subprocess
    import sys
    import time

    from tests.conftest import PROJECT_ROOT

    inputs = copy_seeds(tmp_path / "in", 3)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"),
           "PREFECT_LOGGING_LEVEL": "INFO"}
    env.pop("PREFECT_API_URL", None)
    log = tmp_path / "run.log"
    seen: set[int] = set()
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run", "--input", str(inputs), "--output",
             str(tmp_path / "out"), "--task-runner", "dask", "--workers", "2",
             "--batch-size", "2"], cwd=PROJECT_ROOT, env=env, stdout=out,
            stderr=subprocess.STDOUT)
        while process.poll() is None:
            seen |= api_servers(under=process.pid)
            time.sleep(0.2)
    output = log.read_text()
    assert process.returncode == 0, output[-3000:]
    assert len(seen) == 1  # the run's own server, no worker's
    assert "Error logging to API" not in output
    time.sleep(1)
    import psutil
    assert [pid for pid in seen if psutil.pid_exists(pid)
            and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE] == []
    assert (tmp_path / "out" / "latest" / "articles.parquet").exists()
