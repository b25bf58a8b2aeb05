"""One `newsfacts run`, as the CLI and the benchmarks make it: lock, fast path, then the flow.

The output lock is taken and the inputs are compared with the last published run before
Prefect, spaCy or Great Expectations are imported, so an unchanged run (or a locked
output) is told apart in about a second. Only then does the run install its Ctrl-C and
SIGTERM handling, fork the process that will validate the release (while this one is
small and has no thread), start its Prefect API, and run the release flow on the task
runner asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from transforms.settings import Settings


@dataclass(frozen=True)
class UnchangedRun:
    """Inputs, code and settings are those of the latest release: nothing to publish."""
    release_dir: Path


def _import_run_libraries() -> None:
    """The flow's libraries, imported while the API server starts; and the cross-article
    step's, which its modules import only when it runs (extraction workers, which import
    them through flows.pipeline, need none). Not the validation's: its process imports
    them (expectations.validate.validation_process)."""
    import datasketch  # noqa: F401
    import scipy.sparse.csgraph  # noqa: F401

    import flows.pipeline  # noqa: F401


def run_release(input_dir: Path, output_dir: Path, settings: Settings,
                task_runner: str = "local", dask_address: str | None = None,
                workers: int | None = None, show_progress: bool = False,
                say_interrupted: Callable[[str], None] = print):
    """The RunSummary of a published (or unchanged by its finer fingerprint) run, or
    UnchangedRun when the fast path finds nothing to do. Raises OutputLockedError when
    another run holds the output, and the flow's errors."""
    from flows.api import ending_cleanly_on_signals, run_api
    from transforms.release.layout import OutputLayout, output_lock
    from transforms.release.state import input_state_key, unchanged_release

    layout = OutputLayout(output_dir)
    with output_lock(layout, "newsfacts run"):
        unchanged = unchanged_release(layout, input_state_key(input_dir, settings))
        if unchanged is not None:
            return UnchangedRun(unchanged)
        from expectations.process import validation_process

        interrupted = (f"interrupted: nothing was published, {output_dir / 'latest'} is "
                       f"unchanged")
        with ending_cleanly_on_signals(say_interrupted, interrupted), validation_process(), \
                run_api(while_starting=_import_run_libraries):
            from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

            from flows.pipeline import default_workers, release_flow

            workers = workers or default_workers()
            # No heartbeat thread: it only delays exit by a second for a batch run.
            with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
                flow = release_flow(task_runner, dask_address, workers)
                return flow(input_dir, output_dir, settings, workers,
                            show_progress=show_progress)
