"""Scale-out: the same flow on a local Dask cluster (loopback) gives the same tables."""

from __future__ import annotations

import pytest

from flows.pipeline import UnknownTaskRunnerError, release_flow
from tests.conftest import copy_seeds
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
