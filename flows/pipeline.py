"""The newsfacts release flow: ingest -> normalize -> extract -> reconcile -> validate -> publish.

Orchestration only: each task calls one transform of `transforms/`; the flow batches the
articles, keeps a bounded number of extraction batches in flight, loads the spaCy
pipeline once per worker process, times the stages and logs progress. Per-article
extraction is cached by article_id under the extractor fingerprint, so a re-run extracts
only new or changed articles; a run whose inputs and code match the latest release
publishes nothing. A release is built in a staging folder, validated with the Great
Expectations suites and promoted atomically; a failed validation moves it to
`quarantine/` with its report and leaves `latest` as it was.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import cache
import gc
import json
import logging
import math
import os
from pathlib import Path
import resource
import sys
import time
from typing import TYPE_CHECKING, Generic, TypeVar

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.exceptions import MissingContextError
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from expectations.validate import ValidationReport, prepare_validation, validation_started
from flows.api import keep_stop_handler, share_api_with_workers, start_worker_process
from flows.progress import ArticleProgress
from flows.serve import LOCK_HOLDER_VARIABLE
from transforms.article.extract import extract_by_language
from transforms.article.ingest import RawDocument, Reject, read_inputs
from transforms.article.nlp import load_pipeline
from transforms.article.normalize import NormalizeRules, load_normalize_rules, screened_articles
from transforms.corpus.resources import CorpusResources, load_corpus_resources
from transforms.fingerprints import extractor_fingerprint
from transforms.records import NormalizedArticle
from transforms.release import files as release_files
from transforms.release.assemble import (ReleaseAssembly, cross_article_key, release_metadata,
                                        run_fingerprint)
from transforms.release.cache import ExtractionCache
from transforms.release.catalog import (
    InputChanges, catalog_rows, commit_catalog, input_changes, read_catalog, settle_catalog,
    stage_catalog,
)
from transforms.release.layout import OutputLayout, clear_staging, current_release, output_lock
from transforms.release.normalized_cache import FOLDER as NORMALIZED_FOLDER, NormalizationCache
from transforms.release.publish import (
    MANIFEST, create_staging, new_release_id, prior_ids, promote, quarantine, read_table,
    write_manifest,
)
from transforms.release.state import input_state_key, record_run, unchanged_release
from transforms.release.windowed import PreviousWindows, ReconcileSummary, reconcile_release
from transforms.settings import QuoteSettings, Settings

T = TypeVar("T")

if TYPE_CHECKING:  # spaCy takes seconds to import: only the extraction needs it
    from spacy.language import Language

VALIDATION_REPORT = "validation.json"
# A folder for the built gazetteer instead of the installation's (release.layout).
GAZETTEER_DIR_VARIABLE = "NEWSFACTS_GAZETTEER_DIR"
# Extraction batches submitted and not yet collected, beyond one per worker: enough to
# keep every worker busy while the flow normalizes ahead, few enough that the articles
# waiting for a worker do not pile up in memory.
EXTRA_BATCHES_IN_FLIGHT = 1
# Articles; a batch is never split below this to spread a small run over more workers: a
# worker process costs ~5 s to start (imports and the model), more than 25 articles take.
MIN_ARTICLES_PER_SPLIT_BATCH = 25


class ReleaseValidationError(RuntimeError):
    def __init__(self, report: ValidationReport, quarantined: Path):
        self.report = report
        self.quarantined = quarantined
        failed = "; ".join(o.describe() for o in report.failures[:5])
        super().__init__(f"validation failed, nothing published ({failed}); "
                         f"the release is kept in {quarantined}")


class UnknownTaskRunnerError(ValueError):
    pass


@dataclass
class RunSummary:
    release_id: str
    release_dir: Path
    row_counts: dict[str, int]
    rejects: list[dict] = field(default_factory=list)
    changed: bool = True
    n_articles_extracted: int = 0
    n_documents_normalized: int = 0  # the rest came from the normalization cache
    stage_seconds: dict[str, float] = field(default_factory=dict)
    stage_peak_rss_mb: dict[str, float] = field(default_factory=dict)
    input_changes: InputChanges | None = None  # against the previous run's input catalogue
    dropped_candidates: dict[str, int] = field(default_factory=dict)
    cache_parts_set_aside: list[str] = field(default_factory=list)  # unreadable, re-extracted


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StageTimer:
    """Wall time per stage, summed over batches, and the process's peak memory when each
    stage last ended: the stage whose figure jumps is the one that set the peak (reported by
    the CLI and benchmarks)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.peak_rss_mb: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - start, peak_rss_mb())

    def add(self, stage: str, seconds: float, peak_mb: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        self.peak_rss_mb[stage] = round(max(self.peak_rss_mb.get(stage, 0.0), peak_mb), 1)


# Resources load once per worker process and are reused by every batch it gets.
@cache
def _normalize_rules() -> NormalizeRules:
    return load_normalize_rules()


@cache
def _nlp(model_name: str, quotes: QuoteSettings) -> Language:
    return load_pipeline(model_name, quotes)


_CORPUS_RESOURCES: dict[Settings, CorpusResources] = {}


def _corpus_resources(settings: Settings, gazetteer_cache: Path) -> CorpusResources:
    """Once per process and settings: the gazetteer does not depend on the output folder,
    which only keeps its files (a later run in the same process reuses what is loaded)."""
    if settings not in _CORPUS_RESOURCES:
        _CORPUS_RESOURCES[settings] = load_corpus_resources(settings, gazetteer_cache)
    return _CORPUS_RESOURCES[settings]


def _logger() -> logging.Logger | logging.LoggerAdapter:
    # Tasks are also called directly (task.fn) in tests, outside any run context.
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("newsfacts")


def _batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


@task(cache_policy=NO_CACHE)
def ingest(input_dir: Path, settings: Settings) -> tuple[list[RawDocument], list[Reject]]:
    documents, rejects = read_inputs(input_dir, settings)
    _logger().info("ingest: %d documents read, %d rejected", len(documents), len(rejects))
    return documents, rejects


class Unwalked(Generic[T]):
    """A task's argument or result that Prefect hands over whole. Prefect walks what a task
    gets and returns (lists, dicts, dataclasses, to their last element) looking for futures
    and states; in a worker process it did so twice per batch, and over a batch's articles,
    spans and rows that took 1.2 s a worker on BBC-1000. A plain object with a slot is
    pickled like the value it holds, and not walked."""

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


@task(cache_policy=NO_CACHE)
def normalize_batch(documents: Unwalked[list[RawDocument]], settings: Settings
                    ) -> Unwalked[tuple[list[NormalizedArticle], list[Reject]]]:
    """Cheap beside the model (10-30 ms an article, most of it language detection), so it
    runs in the flow, ahead of extraction: copies by normalized text, walls and
    unsupported languages are known before any article is sent to the model."""
    return Unwalked(screened_articles(documents.value, _normalize_rules(), settings))


@dataclass
class ExtractedBatch:
    article_ids: list[str]
    extracted: Unwalked[dict[str, list[dict]]]  # rows by table
    seconds: float
    peak_rss_mb: float  # of the worker process that ran the batch


@task(cache_policy=NO_CACHE)
def extract_batch(batch: Unwalked[list[NormalizedArticle]], settings: Settings
                  ) -> ExtractedBatch:
    """Mentions, quotes, figures and drops of distinct articles the cache lacks: the unit
    a worker gets (a thread locally, a Dask worker with --task-runner dask)."""
    start = time.perf_counter()
    articles = batch.value

    def failed(article: NormalizedArticle, error: Exception) -> None:
        _logger().warning("extract: %s failed (%s: %s); published with its text and no "
                          "extracted rows", article.source_path, type(error).__name__, error)

    extracted = extract_by_language(articles, lambda model: _nlp(model, settings.quotes),
                                    settings, failed)
    _logger().info("extract: %d articles, %s", len(articles),
                   ", ".join(f"{len(rows)} {name}" for name, rows in extracted.items()))
    return ExtractedBatch([a.article_id for a in articles], Unwalked(extracted),
                          time.perf_counter() - start, peak_rss_mb())


@task(cache_policy=NO_CACHE)
def reconcile(staging: Path, settings: Settings, gazetteer_cache: Path,
              previous: Path | None, workers: int = 1, base_key: str = "") -> ReconcileSummary:
    """Cross-article work over the whole release (entities, events, stories, facts...),
    window by window when it is large (`workers` windows at once), keeping the event and
    story ids of the `previous` release where they still fit and reading back from it the
    windows whose articles, code and settings (`base_key`) did not change."""
    windows = None
    if previous is not None:
        keys = json.loads((previous / MANIFEST).read_text()).get("cross_article_window_keys")
        windows = PreviousWindows(previous, tuple(keys or ()))
    summary = reconcile_release(staging, _corpus_resources(settings, gazetteer_cache),
                                settings, prior_ids(previous), processes=workers,
                                base_key=base_key, previous=windows)
    if summary.windows > 1:
        _logger().info("reconcile: %d windows of up to %d articles, %d read back from the "
                       "previous release", summary.windows, settings.windows.max_articles,
                       summary.read_back)
    _logger().info("reconcile: %s", ", ".join(f"{n} {t}" for t, n in summary.rows.items()))
    return summary


@task(cache_policy=NO_CACHE)
def validate(layout: OutputLayout, staging: Path, processes: int) -> ValidationReport:
    """Validate the staged release in `processes` forked processes while this one writes the
    files that describe it (release_files.describe_release), then write the report."""
    with validation_started(staging, processes) as report_when_done:
        release_files.describe_release(staging, current_release(layout))
        report = report_when_done()
    (staging / VALIDATION_REPORT).write_text(report.to_json())
    (staging / release_files.VALIDATION_HTML).write_text(
        release_files.validation_html(json.loads(report.to_json()), staging.name))
    _logger().info("validate: %d expectations, %d failed", len(report.outcomes),
                   len(report.failures))
    return report


@task(cache_policy=NO_CACHE)
def publish(layout: OutputLayout, staging: Path, report: ValidationReport) -> Path:
    """Seal and promote a validated staging folder, or quarantine it and raise."""
    if not report.success:
        raise ReleaseValidationError(report, quarantine(layout, staging))
    release_files.seal_release(staging, layout.bundle_members)
    return promote(layout, staging)


def extraction_batch_size(n_documents: int, workers: int, settings: Settings) -> int:
    """Articles per extraction batch: `articles_per_batch`, or fewer so that a small run
    still gives every worker a batch (never under MIN_ARTICLES_PER_SPLIT_BATCH)."""
    per_worker = math.ceil(n_documents / max(workers, 1))
    return max(1, min(settings.articles_per_batch,
                      max(per_worker, MIN_ARTICLES_PER_SPLIT_BATCH)))


def last_batches(articles: list, workers: int) -> list[list]:
    """What is left when the input is exhausted (less than a batch), split between the
    workers, so that they finish together instead of one parsing the remainder while the
    other waits (never below MIN_ARTICLES_PER_SPLIT_BATCH articles a batch)."""
    parts = max(1, min(workers, len(articles) // MIN_ARTICLES_PER_SPLIT_BATCH))
    size = math.ceil(len(articles) / parts) if articles else 1
    return list(_batches(articles, size))


def _extract_all(documents: list[RawDocument], assembly: ReleaseAssembly,
                 normalization: NormalizationCache, settings: Settings, workers: int,
                 timer: StageTimer, progress: ArticleProgress, gazetteer_cache: Path,
                 extracting_in_process: Callable[[], None] = lambda: None) -> None:
    """Normalize batch by batch in the flow (documents an earlier run normalized come from
    `normalization`) and extract the distinct uncached articles in
    batches on the task runner, at most one per worker plus EXTRA_BATCHES_IN_FLIGHT at a
    time; fewer than MIN_ARTICLES_PER_SPLIT_BATCH in all are extracted in the flow's own
    process, after calling `extracting_in_process`."""
    in_flight: deque = deque()
    pending: list[NormalizedArticle] = []
    batch_size = extraction_batch_size(len(documents), workers, settings)
    max_in_flight = workers + EXTRA_BATCHES_IN_FLIGHT

    def collect_oldest() -> None:
        record(in_flight.popleft().result())

    def record(result: ExtractedBatch) -> None:
        progress.advance(len(result.article_ids))
        timer.add("extract", result.seconds, result.peak_rss_mb)
        with timer("write_parts"):
            assembly.add_extracted(result.article_ids, result.extracted.value)

    def submit(articles: list[NormalizedArticle]) -> None:
        in_flight.append(extract_batch.submit(Unwalked(articles), settings))
        if len(in_flight) == 1 and assembly.n_extracted == 0:
            # Build the gazetteer beside the first batch, not after extraction: it briefly
            # takes ~130 MB, which at reconcile time would stack on what the batches leave.
            _corpus_resources(settings, gazetteer_cache)
        while len(in_flight) > max_in_flight:
            collect_oldest()

    for batch in _batches(documents, settings.articles_per_batch):
        with timer("normalize"):
            normalized, screened_out = normalization.normalized(
                batch, lambda missing: normalize_batch(Unwalked(missing), settings).value)
        with timer("write_parts"):
            to_extract = assembly.add_normalized(normalized, screened_out)
        pending.extend(to_extract)
        progress.advance(len(batch) - len(to_extract), from_cache=True)
        while len(pending) >= batch_size:
            submit(pending[:batch_size])
            del pending[:batch_size]
    # Nothing submitted (a batch stays in flight until the end once one was) and a few new
    # articles in all (a file added to a release): parsed here, since a worker process
    # takes longer to start (~5 s) than they take.
    if pending and not in_flight and len(pending) < MIN_ARTICLES_PER_SPLIT_BATCH:
        extracting_in_process()
        record(extract_batch(Unwalked(pending), settings))
        pending = []
    for batch in last_batches(pending, workers):
        submit(batch)
    while in_flight:
        collect_oldest()


class _ValidationImport:
    """When the validation process imports Great Expectations (prepare_validation): on a
    core the run leaves free, not against the extraction's worker processes, which keep
    every core busy (2 cores, BBC-1000: the import's 2.7 s of CPU were taken from them).
    At once when there are fewer workers than cores; when the few new articles are
    parsed in the flow's own process; else once the workers are done, beside the
    cross-article step (which runs on one core and takes longer than the import)."""

    def __init__(self, workers: int) -> None:
        self.done = False
        if workers < default_workers():
            self.now()

    def now(self) -> None:
        if not self.done:
            prepare_validation()
            self.done = True


def _stop_worker_processes() -> None:
    """Stop the run's local worker processes once every batch is back (the flow submits no
    task after extraction; the steps after it run in the flow's process)."""
    runner = getattr(FlowRunContext.get(), "task_runner", None)
    if isinstance(runner, ProcessPoolTaskRunner):
        runner.cancel_all()


# Allocations between two collections of the youngest generation while the cross-article
# step runs (Python's default: 700). It builds hundreds of thousands of small dicts and
# lists, few of them cyclic, and every 700th allocation set off a pass over them: 12% of
# its time on BBC-1000 (6.0 -> 5.3 s), with no more memory (benchmarks/pipeline_speed.py).
CROSS_ARTICLE_GC_THRESHOLD = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect cyclic garbage less often for a while, as CROSS_ARTICLE_GC_THRESHOLD says."""
    before = gc.get_threshold()
    gc.set_threshold(CROSS_ARTICLE_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def unchanged_summary(layout: OutputLayout, release_dir: Path, timer: StageTimer
                      ) -> RunSummary:
    """The summary of a run that found nothing to publish: the latest release's counts."""
    catalog = read_catalog(layout.input_catalog)
    return _summary(release_dir, read_table(release_dir, "rejects").to_pylist(), timer, False,
                    0, input_changes(catalog, catalog))


def _summary(release_dir: Path, rejects: list[dict], timer: StageTimer, changed: bool,
             n_extracted: int, changes: InputChanges, n_normalized: int = 0) -> RunSummary:
    manifest = json.loads((release_dir / MANIFEST).read_text())
    return RunSummary(release_dir.name, release_dir,
                      {name: info["rows"] for name, info in manifest["tables"].items()},
                      rejects, changed=changed, n_articles_extracted=n_extracted,
                      n_documents_normalized=n_normalized,
                      stage_seconds=timer.seconds, stage_peak_rss_mb=timer.peak_rss_mb,
                      input_changes=changes,
                      dropped_candidates=manifest.get("dropped_candidates", {}),
                      cache_parts_set_aside=(manifest.get("cache_parts_set_aside", [])
                                             if changed else []))


@flow(name="newsfacts-release", task_runner=ThreadPoolTaskRunner(max_workers=1))
def build_release(input_dir: Path, output_dir: Path, settings: Settings | None = None,
                  workers: int = 1, show_progress: bool = False) -> RunSummary:
    """Publish a release of the articles under `input_dir` into `output_dir`; `workers` is
    the task runner's worker count (release_flow), which sizes the batches in flight;
    `show_progress` prints articles done, rate and time left on stderr."""
    keep_stop_handler()
    share_api_with_workers()
    settings = settings or Settings()
    layout = OutputLayout(Path(output_dir))
    timer = StageTimer()
    with output_lock(layout, os.environ.get(LOCK_HOLDER_VARIABLE, "newsfacts run")):
        clear_staging(layout)  # under the lock, anything there is from a run that died
        latest = current_release(layout)
        settle_catalog(layout.input_catalog, latest.name if latest else None)
        state_key = input_state_key(Path(input_dir), settings)
        if unchanged := unchanged_release(layout, state_key):
            _logger().info("inputs and code unchanged since %s: nothing to publish",
                           unchanged.name)
            return unchanged_summary(layout, unchanged, timer)
        with timer("ingest"):
            documents, rejects = ingest(Path(input_dir), settings)
        extractor = extractor_fingerprint(settings)
        run_key = run_fingerprint(documents, rejects, extractor, settings)
        previous = current_release(layout)
        previous_catalog = read_catalog(layout.input_catalog)
        if previous and json.loads((previous / MANIFEST).read_text()).get(
                "run_fingerprint") == run_key:
            _logger().info("inputs and code unchanged since %s: nothing to publish",
                           previous.name)
            record_run(layout, state_key, previous)
            return unchanged_summary(layout, previous, timer)

        # A release will be validated: its libraries (Great Expectations, ~2.7 s of CPU)
        # load in the run's validation process while a core is free for them (`prepare`).
        prepare = _ValidationImport(workers)
        staging = create_staging(layout, new_release_id(run_key))
        cache_ = ExtractionCache(layout.cache, extractor)
        assembly = ReleaseAssembly(staging, cache_, rejects, source=Path(input_dir),
                                   quarantine=layout.quarantine)
        if assembly.cache_parts_set_aside:
            _logger().warning("cache: %d unreadable parts set aside in %s; their articles "
                              "are extracted again", len(assembly.cache_parts_set_aside),
                              layout.quarantine / "cache")
        normalization = NormalizationCache(layout.cache, extractor, layout.quarantine / "cache")
        progress = ArticleProgress(len(documents), sys.stderr if show_progress else None)
        _extract_all(documents, assembly, normalization, settings, workers, timer, progress,
                     gazetteer_folder(layout), prepare.now)
        _logger().info("normalize: %d documents normalized this run, the rest from the cache",
                       normalization.n_normalized)
        if normalization.set_aside:
            _logger().warning("cache: %d unreadable normalized parts set aside in %s; their "
                              "documents are normalized again", len(normalization.set_aside),
                              normalization.quarantine)
            assembly.cache_parts_set_aside += [f"{NORMALIZED_FOLDER}/{name}"
                                               for name in normalization.set_aside]
        with timer("assemble"):
            assembly.write_tables()
        # The model's part is done: free it before the cross-article step, whose working
        # set would otherwise stack on top of it (2,000 BBC articles: peak 853 -> 791 MB),
        # and stop the worker processes that hold it (each ~350 MB, idle to the end of
        # the run, beside the cross-article step's window processes).
        _nlp.cache_clear()
        _stop_worker_processes()
        prepare.now()  # beside the cross-article step, which keeps one core busy
        gc.collect()
        with timer("reconcile"), fewer_collections():
            reconciled = reconcile(staging, settings, gazetteer_folder(layout), previous,
                                   workers, cross_article_key(extractor, settings))
        catalog = catalog_rows(documents, assembly.rejects, assembly.article_of_path,
                               staging.name, previous_catalog)
        changes = input_changes(previous_catalog, catalog)
        _logger().info("inputs: %s", changes.describe())
        write_manifest(staging, staging.name, release_metadata(
            run_key, assembly, extractor, settings, asdict(changes), reconciled))
        with timer("validate"):
            report = validate(layout, staging, min(workers, default_workers()))
        # The catalogue is committed only once the release is out: a failed run leaves the
        # previous one, so the next run still reports changes against what was published.
        stage_catalog(layout.input_catalog, catalog, staging.name)
        with timer("publish"):
            release_dir = publish(layout, staging, report)
        commit_catalog(layout.input_catalog)
        record_run(layout, state_key, release_dir)
        compaction = cache_.keep_only(set(assembly.article_ids))
        normalization.keep_only(documents)
        if compaction.articles_dropped:
            _logger().info("cache: dropped %d articles no input holds any more (%d parts "
                           "removed, %d rewritten)", compaction.articles_dropped,
                           compaction.parts_removed, compaction.parts_rewritten)
    return _summary(release_dir, [r.as_row() for r in assembly.rejects], timer, True,
                    assembly.n_extracted, changes, normalization.n_normalized)


def gazetteer_folder(layout: OutputLayout) -> Path:
    """$NEWSFACTS_GAZETTEER_DIR, else the installation's (layout.gazetteer)."""
    configured = os.environ.get(GAZETTEER_DIR_VARIABLE)
    return Path(configured) if configured else layout.gazetteer


def default_workers() -> int:
    """One worker process per core: spaCy holds the GIL, so threads share one core."""
    return os.cpu_count() or 1


def release_flow(task_runner: str = "local", dask_address: str | None = None,
                 workers: int | None = None):
    """The release flow on the task runner asked for. Call it with the same `workers`.

    local: batches in `workers` processes on this machine (default: one per core), each
    loading the model once; one worker runs them in the flow's own process. dask: a
    LocalCluster of `workers` processes on loopback, or the scheduler at `dask_address`.
    """
    workers = workers or default_workers()
    if task_runner == "local":
        runner = (ProcessPoolTaskRunner(max_workers=workers, initializer=start_worker_process)
                  if workers > 1 else ThreadPoolTaskRunner(max_workers=1))
        return build_release.with_options(task_runner=runner)
    if task_runner != "dask":
        raise UnknownTaskRunnerError(f"unknown task runner {task_runner!r} (use local or dask)")
    from prefect_dask import DaskTaskRunner

    if dask_address:
        runner = DaskTaskRunner(address=dask_address)
    else:
        runner = DaskTaskRunner(cluster_kwargs={
            "n_workers": workers, "threads_per_worker": 1, "processes": True,
            "host": "127.0.0.1", "dashboard_address": None})
    return build_release.with_options(task_runner=runner)
