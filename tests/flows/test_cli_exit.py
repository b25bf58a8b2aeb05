"""The `newsfacts` command leaves without Python's teardown, but with its exit code and
after what the interpreter would have run first (exit handlers: logging, temp folders)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _newsfacts(*args: str, before: str = "") -> subprocess.CompletedProcess:
    code = (f"import sys\n{before}\n"
            f"sys.argv = ['newsfacts', *{list(args)!r}]\n"
            "from flows.cli import main\nmain()\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)


def test_exit_handlers_run_and_the_exit_code_is_kept(tmp_path):
    done = _newsfacts("run", "--input", str(tmp_path / "missing"), "--output",
                      str(tmp_path / "out"),
                      before="import atexit\natexit.register(lambda: print('handlers ran'))")
    assert done.returncode == 2
    assert "input folder not found" in done.stderr
    assert done.stdout.strip() == "handlers ran"


@pytest.mark.parametrize("args, status", [(("--help",), 0), (("no-such-command",), 2)])
def test_help_and_usage_errors_keep_their_status(args, status):
    done = _newsfacts(*args)
    assert done.returncode == status
    assert (done.stdout if status == 0 else done.stderr).strip()
