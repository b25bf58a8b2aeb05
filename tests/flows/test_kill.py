"""A run killed with SIGKILL at any stage leaves nothing that blocks the next run, and the
next run publishes the tables a clean run publishes.

Each case runs the flow in a subprocess that kills itself (SIGKILL, no cleanup) at one
point of writing: half-way into a cache part, into the input catalogue, into cache
compaction, into the run state, and between validating and promoting. The next run in
this process must then publish exactly what a run on a fresh output folder publishes.
"""

from __future__ import annotations

from dataclasses import replace
import os
from pathlib import Path
import signal
import subprocess
import sys

from pyarrow.parquet import read_table as read_table_file
import pytest

from flows.pipeline import build_release
from tests.conftest import PROJECT_ROOT, copy_seeds
from transforms.release.publish import read_table
from transforms.schema import TABLES

FLOODS = ("Floods Hit Valley\n\nHeavy rain flooded the valley on Monday, killing at least "
          "12 people and forcing 3,000 to flee their homes, officials said.\n")

# The kill points: the module attribute the script replaces, and what the replacement
# does before it kills the process.
KILLED_RUN = """
import os, signal, sys
from pathlib import Path
import flows
import flows.pipeline as pipeline
from transforms.settings import Settings

def die():
    os.kill(os.getpid(), signal.SIGKILL)

point = sys.argv[3]
if point == "cache_part":  # the rows are written, the part's covered list is not
    import transforms.release.cache as cache
    original = cache.write_parquet_whole
    def write(table, target):
        if target.name == cache.COVERED:
            die()
        return original(table, target)
    cache.write_parquet_whole = write
elif point == "catalog":  # the release promoted, its catalogue staged, not committed
    pipeline.commit_catalog = lambda *args, **kwargs: die()
elif point == "compaction":  # a part's covered list removed, its folder not yet
    import transforms.release.cache as cache
    compact = cache.ExtractionCache.compact
    def compact_and_die(self, live_ids):
        cache.shutil.rmtree = lambda *args, **kwargs: die()
        return compact(self, live_ids)
    cache.ExtractionCache.compact = compact_and_die
elif point == "run_state":
    pipeline.record_run = lambda *args, **kwargs: die()
elif point == "promote":
    pipeline.promote = lambda *args, **kwargs: die()
pipeline.build_release(Path(sys.argv[1]), Path(sys.argv[2]), Settings(articles_per_batch=1))
"""

KILL_POINTS = ("cache_part", "catalog", "compaction", "run_state", "promote")


@pytest.fixture(scope="module")
def final_inputs(tmp_path_factory):
    """What the inputs become after the first run: one seed deleted, one article added."""
    folder = copy_seeds(tmp_path_factory.mktemp("final") / "in", 3)
    sorted(folder.glob("0*.txt"))[0].unlink()
    (folder / "floods.txt").write_text(FLOODS)
    return folder


@pytest.fixture(scope="module")
def clean_release(final_inputs, tmp_path_factory, prefect_harness, settings):
    """The same two runs, never killed. Story and event ids follow the release history
    (kept from the previous release while most members stay), so the clean run has the
    same history: the first inputs, then the final ones."""
    per_article = replace(settings, articles_per_batch=1)
    output = tmp_path_factory.mktemp("clean")
    build_release(copy_seeds(tmp_path_factory.mktemp("first") / "in", 3), output, per_article)
    return build_release(final_inputs, output, per_article)


def _run_killed(inputs: Path, output: Path, point: str, tmp_path: Path) -> str:
    from prefect.settings import PREFECT_API_URL

    # The test session's Prefect API: the subprocess starts no temporary server of its own.
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"),
           "PREFECT_API_URL": PREFECT_API_URL.value()}
    log = tmp_path / "killed.log"
    with log.open("w") as out:
        # Its own session, so the temporary Prefect server it started dies with it.
        process = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(inputs),
                                    str(output), point], cwd=PROJECT_ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            returncode = process.wait(timeout=300)
        finally:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert returncode == -signal.SIGKILL, log.read_text()[-2000:]
    return log.read_text()


@pytest.mark.parametrize("point", KILL_POINTS)
def test_run_killed_at_any_stage_leaves_nothing_that_blocks_the_next_run(
        point, tmp_path, final_inputs, clean_release, prefect_harness, settings):
    per_article = replace(settings, articles_per_batch=1)
    inputs = copy_seeds(tmp_path / "in", 3)
    output = tmp_path / "out"
    first = build_release(inputs, output, per_article)
    sorted(inputs.glob("0*.txt"))[0].unlink()
    (inputs / "floods.txt").write_text(FLOODS)

    _run_killed(inputs, output, point, tmp_path)
    if point in ("cache_part", "promote"):  # killed before promoting: latest is unchanged
        assert (output / "latest").resolve() == first.release_dir.resolve()
        assert sorted(p.name for p in (output / "releases").iterdir()) == [
            first.release_dir.name, first.release_dir.name + ".tar.gz"]
    if point == "promote":  # validated and packaged, left in staging for the next run
        assert all((p / "SHA256SUMS").exists() for p in (output / "staging").iterdir()
                   if p.is_dir())

    healed = build_release(inputs, output, per_article)
    assert (output / "latest").resolve() == healed.release_dir.resolve()
    for name in TABLES:
        assert read_table(healed.release_dir, name).equals(
            read_table(clean_release.release_dir, name)), name
    catalog_columns = ["source_path", "source_sha256", "article_id", "status"]
    assert read_table_file(output / "state" / "inputs.parquet", columns=catalog_columns
                           ).equals(read_table_file(clean_release.release_dir.parents[1] /
                                                    "state" / "inputs.parquet",
                                                    columns=catalog_columns))
    # And the run after that has nothing left to do.
    again = build_release(inputs, output, per_article)
    assert not again.changed and again.n_articles_extracted == 0
