"""Build the installed spaCy release again without Cython's profiling hooks, and install it.

spaCy's PyPI wheels for CPython before 3.12 are compiled with Cython's `profile` directive
(its setup.py: `"profile": sys.version_info < (3, 12)`). Every Cython function then
carries a trace hook, and each one called inside the parser's and the entity recognizer's
`nogil` loops takes and releases the GIL, several times a token: measured here, the model
parses BBC articles at half the speed of the same source built without the hooks, and the
entity recognizer at a quarter (benchmarks/README.md). Built from the same pinned sdist
with the directive off, it annotates every token the same (release tables identical) and
`newsfacts run` extracts about twice as fast.

Run by `make install` once per virtualenv (a few minutes of compiling; the wheel is kept in
the user's cache, so another virtualenv on the machine installs it in seconds). Nothing is
done on CPython 3.12 or newer, whose wheels have no hooks, nor when the installed spaCy has
none. It fails with a message, and the PyPI wheel stays installed, when the build cannot
run (no C++ compiler, say): the pipeline is the same, only slower.

Usage: .venv/bin/python tools/build_spacy.py
"""

from __future__ import annotations

import argparse
from importlib import metadata
import os
from pathlib import Path
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile

ROOT = Path(__file__).resolve().parents[1]
# The line of spaCy's setup.py that turns the hooks on, and what it becomes.
PROFILE_ON = '"profile": sys.version_info < (3, 12),'
PROFILE_OFF = '"profile": False,'

# Run in a fresh interpreter: whether a call into spaCy's Cython code reaches a Python
# profiler, which only a build with the hooks allows.
_PROBE = """
import sys
from spacy.tokens import Doc
from spacy.vocab import Vocab
doc = Doc(Vocab(), words=["a", "b"])
seen = []
sys.setprofile(lambda frame, event, arg: seen.append(frame.f_code.co_filename))
doc.to_array(["ORTH"])
sys.setprofile(None)
print(int(any(name.endswith((".pyx", ".pxd")) for name in seen)))
"""


class BuildError(RuntimeError):
    pass


def has_profiling_hooks(python: str = sys.executable) -> bool:
    result = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True,
                            check=True)
    return result.stdout.strip().endswith("1")


def wheel_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsfacts" / "spacy-without-profiling"


def _pip(*args: str, env: dict | None = None) -> None:
    command = [sys.executable, "-m", "pip", *args]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"{' '.join(command[2:5])} ... failed:\n{result.stderr[-2000:]}")


def without_profiling(source: Path) -> None:
    """Turn the directive off in an unpacked sdist's setup.py."""
    setup = source / "setup.py"
    text = setup.read_text()
    if PROFILE_ON not in text:
        raise BuildError(f"{setup} no longer turns profiling on as {PROFILE_ON!r}: "
                         f"check how this release sets it before building")
    setup.write_text(text.replace(PROFILE_ON, PROFILE_OFF))


# What pins the build's own dependencies (setuptools, Cython, numpy, thinc...).
BUILD_CONSTRAINTS = ("requirements.lock", "requirements-pip.txt", "requirements-build.txt")


def build_wheel(version: str, work: Path) -> Path:
    """spaCy `version`'s sdist from the package index, built with the hooks off into a
    wheel."""
    _pip("download", f"spacy=={version}", "--no-binary", "spacy", "--no-deps",
         "--quiet", "-d", str(work))
    sdist = next(work.glob("spacy-*.tar.gz"))
    with tarfile.open(sdist) as archive:
        archive.extractall(work, filter="data")
    source = work / f"spacy-{version}"
    without_profiling(source)
    pins = [arg for name in BUILD_CONSTRAINTS for arg in ("--build-constraint", str(ROOT / name))]
    env = {**os.environ, "SPACY_NUM_BUILD_JOBS": str(os.cpu_count() or 1)}
    _pip("wheel", str(source), "--no-deps", "--quiet", *pins, "-w", str(work / "wheel"),
         env=env)
    return next((work / "wheel").glob("spacy-*.whl"))


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args()
    if sys.version_info >= (3, 12) or not has_profiling_hooks():
        print("spaCy: installed build has no profiling hooks, nothing to build")
        return 0
    version = metadata.version("spacy")
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    name = f"spacy-{version}-{tag}-{tag}-{sysconfig.get_platform().replace('-', '_')}.whl"
    cached = wheel_cache() / name
    try:
        if not cached.exists():
            print(f"spaCy {version}: building it without Cython's profiling hooks (a few "
                  f"minutes, once per machine; see tools/build_spacy.py)", flush=True)
            with tempfile.TemporaryDirectory(prefix="newsfacts-spacy-") as work:
                wheel = build_wheel(version, Path(work))
                cached.parent.mkdir(parents=True, exist_ok=True)
                partial = cached.with_name(name + ".partial")
                shutil.copy(wheel, partial)
                partial.replace(cached)  # never a half-copied wheel under the final name
        _pip("install", "--no-deps", "--force-reinstall", "--quiet", str(cached))
    except (BuildError, OSError, StopIteration) as error:
        print(f"warning: spaCy stays the PyPI wheel, with its profiling hooks (about half "
              f"speed): {error}", file=sys.stderr)
        return 1
    if has_profiling_hooks():
        print("warning: the installed spaCy still has profiling hooks", file=sys.stderr)
        return 1
    print(f"spaCy {version}: installed without profiling hooks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
