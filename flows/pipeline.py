"""The newsfacts release flow: ingest -> normalize -> extract -> reconcile -> validate -> publish.

Tasks only orchestrate `transforms/`: they batch the articles, load the spaCy model once
per worker process, log progress and hand Parquet parts to the next stage. Per-article
extraction is cached by article_id under the extractor fingerprint, so a re-run extracts
only new or changed articles; a run whose inputs and code match the latest release
publishes nothing. A release is written to a staging folder, validated with the Great
Expectations suites and promoted atomically; a failed validation moves it to
`quarantine/` with its report and leaves `latest` as it was.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from functools import cache
import gc
import json
import logging
from pathlib import Path
import resource
import shutil
import time

from prefect import flow, get_run_logger, task
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError
import spacy

from expectations.validate import ValidationReport, validate_release
from transforms import normalize as normalize_stage
from transforms import release as release_files
from transforms.cache import ExtractionCache
from transforms.catalog import (
    InputChanges, catalog_rows, input_changes, read_catalog, write_catalog,
)
from transforms.extract import (
    EXTRACTED_TABLES, code_fingerprint, extract_articles, extractor_fingerprint,
    installed_model_version,
)
from transforms.ingest import RawDocument, Reject, read_inputs
from transforms.nlp import load_pipeline
from transforms.normalize import NormalizedArticle
from transforms.parts import merge_parts, write_part
from transforms.publish import (
    MANIFEST, OutputLayout, bundle_path, content_fingerprint, create_staging,
    current_release, new_release_id, output_lock, promote, table_path, write_manifest,
)
from transforms.reconcile import reconcile_release
from transforms.schema import TABLES
from transforms.settings import Settings

VALIDATION_REPORT = "validation.json"
PARTS = "_parts"
NORMALIZED_TABLES = ("articles", "paragraphs", "sentences")
# Extraction batches submitted and not yet collected: enough to keep every worker busy
# while the flow normalizes ahead, few enough that the articles waiting for a worker do
# not pile up in memory.
MAX_BATCHES_IN_FLIGHT = 2
KNOWN_LIMITS = [
    "Extraction is automatic (spaCy en_core_web_sm plus rules); names, quotes and figures "
    "can be missed or mislabelled. Check a value against its span before citing it.",
    "A headline that ends with a period is taken for a body paragraph.",
    "Files that cannot be read or decoded are not in `articles`: see `rejects`.",
]


class ReleaseValidationError(RuntimeError):
    def __init__(self, report: ValidationReport, quarantined: Path):
        self.report = report
        self.quarantined = quarantined
        failed = "; ".join(o.describe() for o in report.failures[:5])
        super().__init__(f"validation failed, nothing published ({failed}); "
                         f"the release is kept in {quarantined}")


class NoArticlesError(RuntimeError):
    pass


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
    stage_seconds: dict[str, float] = field(default_factory=dict)
    stage_peak_rss_mb: dict[str, float] = field(default_factory=dict)
    input_changes: InputChanges | None = None  # against the previous run's input catalogue


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
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start
            self.peak_rss_mb[stage] = round(peak_rss_mb(), 1)


@cache
def _sentence_splitter() -> spacy.language.Language:
    return normalize_stage.sentence_splitter()


@cache
def _nlp(model_name: str) -> spacy.language.Language:
    # Loaded once per worker process and reused by every batch it gets.
    return load_pipeline(model_name)


@cache
def _linking_resources(min_city_population: int):
    from transforms.entities import load_linking_rules
    from transforms.geocode import load_gazetteer
    return load_linking_rules(), load_gazetteer(min_city_population)


def _logger() -> logging.Logger | logging.LoggerAdapter:
    # Tasks are also called directly (task.fn) in tests, outside any run context.
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("newsfacts")


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def code_version() -> str:
    from importlib.metadata import version
    return f"{version('newsfacts')}+{code_fingerprint()}"


def run_fingerprint(documents: list[RawDocument], rejects: list[Reject],
                    extractor: str) -> str:
    """What a release depends on: every input's path and bytes, the rejects and the code."""
    parts = [f"doc:{d.source_path}:{d.source_sha256}:{d.title}:{d.url}:{d.outlet}:"
             f"{d.published_at}:{d.encoding}" for d in documents]
    parts += [f"reject:{r.source_path}:{r.reason}" for r in rejects]
    parts.append(f"extractor:{extractor}")
    parts.append(f"code:{code_fingerprint()}")
    return content_fingerprint(parts)


@task(cache_policy=NO_CACHE)
def ingest(input_dir: Path, settings: Settings) -> tuple[list[RawDocument], list[Reject]]:
    documents, rejects = read_inputs(input_dir, settings)
    _logger().info("ingest: %d documents read, %d rejected", len(documents), len(rejects))
    return documents, rejects


@task(cache_policy=NO_CACHE)
def normalize_batch(documents: list[RawDocument], settings: Settings
                    ) -> list[NormalizedArticle]:
    """Normalize a batch of documents: cheap (a few ms an article), run in the flow so that
    duplicates by normalized text are known before any article is extracted."""
    return normalize_stage.normalize_documents(documents, _sentence_splitter(), settings)


@dataclass
class ExtractedBatch:
    article_ids: list[str]
    extracted: dict[str, list[dict]]
    seconds: dict[str, float]
    peak_rss_mb: dict[str, float]  # of the worker process that ran the batch


@task(cache_policy=NO_CACHE)
def extract_batch(articles: list[NormalizedArticle], settings: Settings) -> ExtractedBatch:
    """Extract mentions, quotes and figures from distinct articles the cache lacks.

    This is the unit a worker gets (a thread locally, a Dask worker with --task-runner
    dask); the model is loaded once per worker process.
    """
    timer = StageTimer()
    with timer("extract"):
        extracted = extract_articles(articles, _nlp(settings.model_name), settings)
    _logger().info("extract: %d articles, %s", len(articles),
                   ", ".join(f"{len(rows)} {name}" for name, rows in extracted.items()))
    return ExtractedBatch([a.article_id for a in articles], extracted, timer.seconds,
                          timer.peak_rss_mb)


@task(cache_policy=NO_CACHE)
def reconcile(staging: Path, settings: Settings) -> dict[str, int]:
    """Cross-article work over the whole release (entities, stories, facts...)."""
    counts = reconcile_release(staging, settings,
                               *_linking_resources(settings.geocode.min_city_population))
    _logger().info("reconcile: %s", ", ".join(f"{n} {t}" for t, n in counts.items()))
    return counts


@task(cache_policy=NO_CACHE)
def validate(staging: Path) -> ValidationReport:
    report = validate_release(staging)
    (staging / VALIDATION_REPORT).write_text(report.to_json())
    (staging / release_files.VALIDATION_HTML).write_text(
        release_files.validation_html(json.loads(report.to_json()), staging.name))
    _logger().info("validate: %d expectations, %d failed", len(report.outcomes),
                   len(report.failures))
    return report


@task(cache_policy=NO_CACHE)
def package(layout: OutputLayout, staging: Path) -> Path:
    """Write the files that describe and check the release, then its download bundle."""
    manifest = json.loads((staging / MANIFEST).read_text())
    (staging / release_files.DATAPACKAGE).write_text(
        json.dumps(release_files.datapackage(manifest), indent=2) + "\n")
    (staging / release_files.CROISSANT).write_text(
        json.dumps(release_files.croissant(manifest), indent=2) + "\n")
    (staging / release_files.DATACARD).write_text(release_files.datacard(manifest, KNOWN_LIMITS))
    previous = current_release(layout)
    previous_log = previous / release_files.CHANGELOG if previous else None
    (staging / release_files.CHANGELOG).write_text(release_files.changelog(
        staging.name, previous.name if previous else None,
        release_files.table_changes(previous, staging),
        previous_log.read_text() if previous_log and previous_log.exists() else None))
    release_files.write_database(staging)
    release_files.write_checksums(staging)
    return release_files.write_bundle(staging, bundle_path(staging))


@task(cache_policy=NO_CACHE)
def publish(layout: OutputLayout, staging: Path, report: ValidationReport) -> Path:
    """Package and promote a validated staging folder, or quarantine it and raise."""
    if not report.success:
        layout.quarantine.mkdir(parents=True, exist_ok=True)
        quarantined = layout.quarantine / staging.name
        shutil.rmtree(quarantined, ignore_errors=True)
        shutil.move(str(staging), quarantined)
        raise ReleaseValidationError(report, quarantined)
    package(layout, staging)
    return promote(layout, staging)


def _unchanged_summary(release_dir: Path, rejects: list[Reject], timer: StageTimer,
                       catalog: list[dict]) -> RunSummary:
    manifest = json.loads((release_dir / MANIFEST).read_text())
    return RunSummary(release_dir.name, release_dir,
                      {name: info["rows"] for name, info in manifest["tables"].items()},
                      [r.as_row() for r in rejects], changed=False,
                      stage_seconds=timer.seconds, stage_peak_rss_mb=timer.peak_rss_mb,
                      input_changes=input_changes(catalog, catalog))


@flow(name="newsfacts-release", task_runner=ThreadPoolTaskRunner(max_workers=1))
def build_release(input_dir: Path, output_dir: Path, settings: Settings | None = None
                  ) -> RunSummary:
    settings = settings or Settings()
    layout = OutputLayout(Path(output_dir))
    timer = StageTimer()
    with output_lock(layout):
        # Under the lock, anything left in staging/ is from a run that died mid-way.
        shutil.rmtree(layout.staging, ignore_errors=True)
        with timer("ingest"):
            documents, rejects = ingest(Path(input_dir), settings)
        extractor = extractor_fingerprint(settings)
        run_key = run_fingerprint(documents, rejects, extractor)
        previous = current_release(layout)
        if previous and json.loads((previous / MANIFEST).read_text()).get(
                "run_fingerprint") == run_key:
            _logger().info("inputs and code unchanged since %s: nothing to publish",
                           previous.name)
            return _unchanged_summary(previous, rejects, timer,
                                      read_catalog(layout.input_catalog))

        release_id = new_release_id(run_key)
        staging = create_staging(layout, release_id)
        parts = staging / PARTS
        extraction_cache = ExtractionCache(layout.cache, extractor)
        covered = extraction_cache.covered_ids()
        first_by_id: dict[str, str] = {}
        article_of_path: dict[str, str] = {}
        n_extracted = 0
        # Load the gazetteer now, beside the first batch, not after extraction: building it
        # briefly takes ~130 MB, which at reconcile time would stack on the memory the
        # batches leave behind (peak RSS), and here it overlaps the model's work.
        gazetteer_loaded = False
        pending: list[NormalizedArticle] = []  # distinct, not cached, not yet submitted
        in_flight: deque = deque()

        def collect_oldest() -> None:
            nonlocal n_extracted
            result = in_flight.popleft().result()
            for stage, seconds in result.seconds.items():
                timer.seconds[stage] = timer.seconds.get(stage, 0.0) + seconds
                timer.peak_rss_mb[stage] = max(timer.peak_rss_mb.get(stage, 0.0),
                                               result.peak_rss_mb[stage])
            with timer("write_parts"):
                extraction_cache.write(result.article_ids, result.extracted)
            n_extracted += len(result.article_ids)

        def submit(articles: list[NormalizedArticle]) -> None:
            nonlocal gazetteer_loaded
            in_flight.append(extract_batch.submit(articles, settings))
            if not gazetteer_loaded:
                _linking_resources(settings.geocode.min_city_population)
                gazetteer_loaded = True
            while len(in_flight) > MAX_BATCHES_IN_FLIGHT:
                collect_oldest()

        for batch_idx, batch in enumerate(_batches(documents, settings.articles_per_batch)):
            with timer("normalize"):
                normalized = normalize_batch(batch, settings)
            with timer("write_parts"):
                article_of_path.update((a.source_path, a.article_id) for a in normalized)
                # Duplicates by normalized text are dropped here, before extraction: a copy
                # in the same batch, in an earlier batch or (by the cache) in an earlier run
                # is never extracted a second time.
                articles, duplicates = normalize_stage.drop_duplicate_articles(
                    normalized, first_by_id)
                rejects.extend(duplicates)
                part_name = f"part-{batch_idx:05d}"
                write_part(parts, "articles", part_name,
                           [normalize_stage.article_row(a) for a in articles])
                write_part(parts, "paragraphs", part_name,
                           [r for a in articles for r in normalize_stage.paragraph_rows(a)])
                write_part(parts, "sentences", part_name,
                           [r for a in articles for r in normalize_stage.sentence_rows(a)])
            pending.extend(a for a in articles if a.article_id not in covered)
            while len(pending) >= settings.articles_per_batch:
                submit(pending[:settings.articles_per_batch])
                del pending[:settings.articles_per_batch]
        if pending:
            submit(pending)
        while in_flight:
            collect_oldest()
        if not first_by_id:
            shutil.rmtree(staging, ignore_errors=True)
            raise NoArticlesError(f"no article could be read from {input_dir} "
                                  f"({len(rejects)} files rejected)")

        with timer("assemble"):
            article_ids = sorted(first_by_id)
            for name in NORMALIZED_TABLES:
                merge_parts(sorted((parts / name).glob("*.parquet")), name,
                            table_path(staging, name))
            for name in EXTRACTED_TABLES:
                merge_parts(extraction_cache.part_files(name), name, table_path(staging, name),
                            article_ids)
            rejects.sort(key=lambda r: r.source_path)
            write_part(parts, "rejects", "all", [r.as_row() for r in rejects])
            merge_parts([parts / "rejects" / "all.parquet"], "rejects",
                        table_path(staging, "rejects"))
            shutil.rmtree(parts)
        # The model's part is done: free it (and the batches' garbage) before the
        # cross-article step, whose working set would otherwise stack on top of it
        # (2,000 BBC articles: peak 853 -> 791 MB). A later run in this process loads it
        # again in about a second.
        _nlp.cache_clear()
        gc.collect()
        with timer("reconcile"):
            reconcile(staging, settings)
        previous_catalog = read_catalog(layout.input_catalog)
        catalog = catalog_rows(documents, rejects, article_of_path, release_id, previous_catalog)
        changes = input_changes(previous_catalog, catalog)
        _logger().info("inputs: %s", changes.describe())
        write_manifest(staging, release_id, {
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "code_version": code_version(),
            "run_fingerprint": run_key,
            "input_fingerprint": content_fingerprint(article_ids),
            "extractor_fingerprint": extractor,
            "model": {"name": settings.model_name,
                      "version": installed_model_version(settings.model_name)},
            "settings": settings.as_json(),
            "n_articles_extracted_this_run": n_extracted,
            "input_changes": asdict(changes),
        })
        with timer("validate"):
            report = validate(staging)
        with timer("publish"):
            release_dir = publish(layout, staging, report)
        # Only once the release is out: a failed run leaves the previous catalogue, so the
        # next run still reports its changes against what was last published.
        write_catalog(layout.input_catalog, catalog)
        extraction_cache.prune_other_fingerprints()
        compaction = extraction_cache.compact(set(article_ids))
        if compaction.articles_dropped:
            _logger().info("cache: dropped %d articles no input holds any more (%d parts "
                           "removed, %d rewritten)", compaction.articles_dropped,
                           compaction.parts_removed, compaction.parts_rewritten)
    manifest = json.loads((release_dir / MANIFEST).read_text())
    return RunSummary(release_id, release_dir,
                      {name: info["rows"] for name, info in manifest["tables"].items()},
                      [r.as_row() for r in rejects], changed=True,
                      n_articles_extracted=n_extracted, stage_seconds=timer.seconds,
                      stage_peak_rss_mb=timer.peak_rss_mb, input_changes=changes)


def release_flow(task_runner: str = "local", dask_address: str | None = None,
                 dask_workers: int = 2):
    """The release flow with the task runner asked for: local threads, or Dask.

    With Dask and no address, a LocalCluster of `dask_workers` processes on loopback is
    started for the run; with an address, batches go to that scheduler.
    """
    if task_runner == "local":
        return build_release
    if task_runner != "dask":
        raise UnknownTaskRunnerError(f"unknown task runner {task_runner!r} (use local or dask)")
    from prefect_dask import DaskTaskRunner

    if dask_address:
        runner = DaskTaskRunner(address=dask_address)
    else:
        runner = DaskTaskRunner(cluster_kwargs={
            "n_workers": dask_workers, "threads_per_worker": 1, "processes": True,
            "host": "127.0.0.1", "dashboard_address": None})
    return build_release.with_options(task_runner=runner)
