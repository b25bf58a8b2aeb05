"""The process a run validates its release in.

Great Expectations takes about 2 s and 150 MB to import. A run forks its validation
process first thing, while the run's process is still small and has no thread (this
module imports nothing heavy); the flow tells it to import when the release is sure to
be built and a core is free (expectations.validate.prepare_validation; flows.pipeline: at
once, or beside the cross-article step when the extraction's workers take every core), and
the release is validated there
(expectations.validate.validation_started): the run's own process never holds Great
Expectations, and the import waits on neither the run's API server nor its reconciling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path
import traceback
from typing import TYPE_CHECKING

from transforms.release.forked import forked_process_signals

if TYPE_CHECKING:
    from expectations.validate import ValidationReport

# A ValidationProcess's requests: import now, or (release folder, processes).
PREPARE = "prepare"
# Its answers: (REPORTED, ValidationReport) or (FAILED, the traceback's text).
REPORTED, FAILED = "reported", "failed"
# Seconds the validation process has to end once the run closes it.
PROCESS_END_TIMEOUT_S = 5.0


class ValidationProcessError(RuntimeError):
    """The validation process failed or ended before it reported."""


class ValidationProcess:
    """A process forked from the run's, that validates one release when asked. It imports
    Great Expectations when told to (`prepare`), or at the latest when asked to validate;
    it ends when the run closes it, or when the run's process is gone (its requests end)."""

    def __init__(self) -> None:
        context = get_context("fork")
        self._requests, theirs = context.Pipe()
        self._process = context.Process(target=_serve_one_validation, args=(theirs,),
                                        name="newsfacts-validation")
        self._process.start()
        theirs.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def prepare(self) -> None:
        self._send(PREPARE)

    def started(self, release_dir: Path, processes: int) -> Callable[[], ValidationReport]:
        """Validation of the release begun there; the function that waits for its report."""
        self._send((str(release_dir), processes))

        def report() -> ValidationReport:
            try:
                kind, answer = self._requests.recv()
            except (EOFError, OSError):  # it died: its end closed, or reset by the system
                raise self._ended() from None
            if kind == FAILED:
                raise ValidationProcessError(f"validation failed:\n{answer}")
            return answer

        return report

    def _send(self, request: object) -> None:
        try:
            self._requests.send(request)
        except OSError:  # the process is gone (BrokenPipeError)
            raise self._ended() from None

    def _ended(self) -> ValidationProcessError:
        self._process.join()
        return ValidationProcessError(f"the validation process ended (exit code "
                                      f"{self._process.exitcode}) before it reported")

    def close(self) -> None:
        self._requests.close()
        self._process.join(timeout=PROCESS_END_TIMEOUT_S)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


# The run's validation process, while validation_process() holds it.
_running: ValidationProcess | None = None


@contextmanager
def validation_process() -> Iterator[ValidationProcess]:
    """A ValidationProcess the validation uses while the block runs (running_validation
    _process). Enter it before the run starts threads (Prefect's) or grows: a forked
    process gets a copy of the forking thread only, and keeps the memory it was forked
    with."""
    global _running
    _running = ValidationProcess()
    try:
        yield _running
    finally:
        _running.close()
        _running = None


def running_validation_process() -> ValidationProcess | None:
    return _running


def _serve_one_validation(requests: Connection) -> None:
    from expectations import validate

    forked_process_signals()
    while True:
        try:
            request = requests.recv()
        except EOFError:  # the run ended without validating (it failed, or was stopped)
            return
        if request == PREPARE:
            validate.great_expectations()
            continue
        release_dir, processes = request
        try:
            answer = (REPORTED, validate.validate_release(Path(release_dir), processes))
        except Exception:
            answer = (FAILED, traceback.format_exc())
        requests.send(answer)
        return
