"""Every core: batches in worker processes give the same tables, byte for byte, as one
process; batch sizes spread a run over the workers without splitting it into crumbs."""

from __future__ import annotations

from dataclasses import replace

from flows.pipeline import (GAZETTEER_DIR_VARIABLE, MIN_ARTICLES_PER_SPLIT_BATCH,
                            extraction_batch_size, gazetteer_folder, last_batches,
                            release_flow)
from tests.conftest import copy_seeds
from transforms.release.layout import OutputLayout
from transforms.release.publish import table_path
from transforms.schema import TABLES


def test_worker_processes_publish_the_same_tables_as_one_process(tmp_path, prefect_harness,
                                                                 settings):
    inputs = copy_seeds(tmp_path / "in", 3)
    # Two articles a batch: the three articles go to the two worker processes as two tasks.
    small_batches = replace(settings, articles_per_batch=2)
    one = release_flow("local", workers=1)(inputs, tmp_path / "one", small_batches, 1)
    two = release_flow("local", workers=2)(inputs, tmp_path / "two", small_batches, 2)
    assert two.n_articles_extracted == one.n_articles_extracted == 3
    for name in TABLES:
        assert (table_path(two.release_dir, name).read_bytes()
                == table_path(one.release_dir, name).read_bytes()), name


def test_a_few_new_articles_are_parsed_in_the_flow_with_the_same_tables(tmp_path,
                                                                         prefect_harness,
                                                                         settings):
    # Three articles in all: fewer than a worker process is worth starting for.
    inputs = copy_seeds(tmp_path / "in", 3)
    one = release_flow("local", workers=1)(inputs, tmp_path / "one", settings, 1)
    two = release_flow("local", workers=2)(inputs, tmp_path / "two", settings, 2)
    assert two.n_articles_extracted == 3
    for name in TABLES:
        assert (table_path(two.release_dir, name).read_bytes()
                == table_path(one.release_dir, name).read_bytes()), name


def test_batches_are_spread_over_the_workers_but_not_crumbled(settings):
    assert extraction_batch_size(10_000, 2, settings) == settings.articles_per_batch
    # 120 articles on 2 workers: two batches of 60 rather than one of 100 and one of 20.
    assert extraction_batch_size(120, 2, settings) == 60
    # Five articles stay one batch: a second worker would take longer to start than to parse.
    assert extraction_batch_size(5, 2, settings) == MIN_ARTICLES_PER_SPLIT_BATCH


def test_the_last_articles_are_shared_between_the_workers():
    remainder = list(range(76))
    assert [len(b) for b in last_batches(remainder, 2)] == [38, 38]
    # Four workers, but a fourth batch would fall below the minimum: three.
    assert [len(b) for b in last_batches(remainder, 4)] == [26, 26, 24]
    # Never crumbled below MIN_ARTICLES_PER_SPLIT_BATCH, and nothing lost or reordered.
    assert [len(b) for b in last_batches(remainder[:30], 2)] == [30]
    assert [x for b in last_batches(remainder, 3) for x in b] == remainder
    assert last_batches([], 2) == []


def test_gazetteer_folder_can_be_set(tmp_path, monkeypatch):
    layout = OutputLayout(tmp_path / "out")
    monkeypatch.delenv(GAZETTEER_DIR_VARIABLE, raising=False)
    assert gazetteer_folder(layout) == layout.gazetteer
    monkeypatch.setenv(GAZETTEER_DIR_VARIABLE, str(tmp_path / "mine"))
    assert gazetteer_folder(layout) == tmp_path / "mine"


def test_the_run_and_its_worker_processes_share_one_api_server(tmp_path):
    # The CLI starts the run's temporary server and exports its URL; Prefect, imported
    # meanwhile, had read its settings without it, and once batches went to worker
    # processes it started a second server of its own (185 MB, and its start-up beside
    # the run's imports) in every run of more than one batch.
    import os
    import subprocess
    import sys
    import time

    from tests.conftest import PROJECT_ROOT
    from tests.flows.conftest import api_servers

    inputs = copy_seeds(tmp_path / "in", 3)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    seen: set[int] = set()
    with (tmp_path / "run.log").open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run", "--input", str(inputs), "--output",
             str(tmp_path / "out"), "--workers", "2", "--batch-size", "1"],
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        while process.poll() is None:
            seen |= api_servers(under=process.pid)
            time.sleep(0.2)
    assert process.returncode == 0, (tmp_path / "run.log").read_text()[-3000:]
    assert len(seen) == 1


def test_worker_processes_are_stopped_before_the_cross_article_step(
        tmp_path, prefect_harness, settings, monkeypatch):
    # Idle once every batch is back, each worker still held its model (~350 MB) while the
    # cross-article step ran beside it.
    import psutil

    import flows.pipeline as pipeline

    workers_seen: list[int] = []
    reconcile = pipeline.reconcile

    def counting(*args, **kwargs):
        workers_seen.append(sum("multiprocessing" in " ".join(child.cmdline())
                                and "resource_tracker" not in " ".join(child.cmdline())
                                for child in psutil.Process().children(recursive=True)))
        return reconcile.fn(*args, **kwargs)

    monkeypatch.setattr(pipeline, "reconcile", counting)
    inputs = copy_seeds(tmp_path / "in", 3)
    summary = release_flow("local", workers=2)(
        inputs, tmp_path / "out", replace(settings, articles_per_batch=2), 2)
    assert summary.n_articles_extracted == 3
    assert workers_seen == [0]


def test_a_worker_process_does_not_load_the_cross_article_libraries():
    # A worker imports flows.pipeline to run its batches; scipy and datasketch served only
    # the cross-article step and cost each worker 0.3 s of its start.
    import subprocess
    import sys

    code = ("import sys\n"
            "import flows.pipeline\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'datasketch'}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.strip() == "[]", done.stderr
