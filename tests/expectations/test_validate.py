"""Validation in the run's validation process: the same report as here, errors raised
here, and Great Expectations never imported by the process that asked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from expectations import validate
from expectations.process import ValidationProcessError, validation_process
from expectations.validate import validate_release, validation_started
from tests.conftest import PROJECT_ROOT
from tests.transforms.release.conftest import hand_made_tables, write_hand_made_release


@pytest.fixture
def release(tmp_path):
    folder = tmp_path / "release"
    write_hand_made_release(folder, hand_made_tables())
    return folder


def test_the_validation_process_reports_as_a_validation_here(release):
    expected = validate_release(release, processes=2).to_json()
    with validation_process():
        with validation_started(release, 2) as report:
            assert report().to_json() == expected


def test_a_validation_that_fails_there_raises_here_with_its_traceback(release, monkeypatch):
    def unreadable(release_dir, processes):
        raise OSError(f"cannot read {release_dir.name}")

    monkeypatch.setattr(validate, "validate_release", unreadable)  # forked with it
    with validation_process():
        with validation_started(release, 1) as report:
            with pytest.raises(ValidationProcessError, match="OSError: cannot read release"):
                report()


def test_a_validation_process_killed_is_an_error_not_a_wait(release):
    with validation_process() as process:
        os.kill(process.pid, signal.SIGKILL)
        with pytest.raises(ValidationProcessError, match=r"ended \(exit code -9\)"):
            with validation_started(release, 1) as report:
                report()


def test_the_process_that_asks_never_imports_great_expectations(release):
    script = f"""
import sys
from pathlib import Path
from expectations.process import validation_process
from expectations.validate import prepare_validation, validation_started
with validation_process():
    prepare_validation()
    with validation_started(Path({str(release)!r}), 1) as report:
        outcomes = len(report().outcomes)
print(outcomes, "great_expectations" in sys.modules)
"""
    answer = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, check=True)
    outcomes, imported = answer.stdout.split()
    assert int(outcomes) > 100 and imported == "False"
