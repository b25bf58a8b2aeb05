"""The newsfacts release flow: ingest -> normalize -> extract -> validate -> publish.

Tasks only orchestrate `transforms/`: they batch the articles, load the spaCy model once
per process, log progress and hand tables to the next stage. A release is written to a
staging folder, validated with the Great Expectations suites, and promoted atomically;
a failed validation moves it to `quarantine/` with its report and leaves `latest` as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
import json
import logging
from pathlib import Path
import shutil

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError
import pyarrow as pa
import spacy

from expectations.validate import ValidationReport, validate_release
from transforms import normalize as normalize_stage
from transforms import release as release_files
from transforms.extract import code_fingerprint, extract_articles, extractor_fingerprint
from transforms.ingest import RawDocument, Reject, read_inputs
from transforms.nlp import load_pipeline, model_version
from transforms.normalize import NormalizedArticle
from transforms.publish import (
    MANIFEST, OutputLayout, bundle_path, content_fingerprint, create_staging,
    current_release, new_release_id, promote, write_manifest, write_table,
)
from transforms.schema import TABLES
from transforms.settings import Settings

VALIDATION_REPORT = "validation.json"
KNOWN_LIMITS = [
    "Extraction is automatic (spaCy en_core_web_sm plus rules); names, quotes and figures "
    "can be missed or mislabelled. Check a value against its span before citing it.",
    "A headline that ends with a period is taken for a body paragraph.",
    "Only UTF-8 text files are read; other encodings are rejected (see `rejects`).",
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


@dataclass
class RunSummary:
    release_id: str
    release_dir: Path
    row_counts: dict[str, int]
    rejects: list[dict] = field(default_factory=list)


@cache
def _sentence_splitter() -> spacy.language.Language:
    return normalize_stage.sentence_splitter()


@cache
def _nlp(model_name: str) -> spacy.language.Language:
    # Loaded once per worker process and reused by every batch it gets.
    return load_pipeline(model_name)


def _logger() -> logging.Logger | logging.LoggerAdapter:
    # Tasks are also called directly (task.fn) in tests, outside any run context.
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("newsfacts")


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@task(cache_policy=NO_CACHE)
def ingest(input_dir: Path, settings: Settings) -> tuple[list[RawDocument], list[Reject]]:
    documents, rejects = read_inputs(input_dir, settings)
    _logger().info("ingest: %d files read, %d rejected", len(documents), len(rejects))
    return documents, rejects


@task(cache_policy=NO_CACHE)
def normalize(documents: list[RawDocument], settings: Settings) -> list[NormalizedArticle]:
    return normalize_stage.normalize_documents(documents, _sentence_splitter(), settings)


@task(cache_policy=NO_CACHE)
def extract(articles: list[NormalizedArticle], settings: Settings) -> dict[str, list[dict]]:
    extracted = extract_articles(articles, _nlp(settings.model_name), settings)
    _logger().info("extract: %d articles, %d mentions", len(articles),
                          len(extracted["mentions"]))
    return extracted


def assemble_tables(articles: list[NormalizedArticle], extracted: list[dict[str, list[dict]]],
                    rejects: list[Reject]) -> dict[str, pa.Table]:
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    rows["articles"] = [normalize_stage.article_row(a) for a in articles]
    rows["paragraphs"] = [r for a in articles for r in normalize_stage.paragraph_rows(a)]
    rows["sentences"] = [r for a in articles for r in normalize_stage.sentence_rows(a)]
    rows["rejects"] = [r.as_row() for r in rejects]
    for part in extracted:
        for name, part_rows in part.items():
            rows[name].extend(part_rows)
    return {name: TABLES[name].from_rows(table_rows) for name, table_rows in rows.items()}


def code_version() -> str:
    from importlib.metadata import version
    return f"{version('newsfacts')}+{code_fingerprint()}"


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


@flow(name="newsfacts-release", log_prints=True)
def build_release(input_dir: Path, output_dir: Path, settings: Settings | None = None
                  ) -> RunSummary:
    settings = settings or Settings()
    layout = OutputLayout(Path(output_dir))
    documents, rejects = ingest(Path(input_dir), settings)
    articles: list[NormalizedArticle] = []
    for batch in _batches(documents, settings.articles_per_batch):
        articles.extend(normalize(batch, settings))
    articles, duplicates = normalize_stage.drop_duplicate_articles(articles)
    rejects = sorted(rejects + duplicates, key=lambda r: r.source_path)
    if not articles:
        raise NoArticlesError(f"no article could be read from {input_dir} "
                              f"({len(rejects)} files rejected)")
    extracted = [extract(batch, settings)
                 for batch in _batches(articles, settings.articles_per_batch)]
    tables = assemble_tables(articles, extracted, rejects)

    input_fingerprint = content_fingerprint([a.article_id for a in articles])
    release_id = new_release_id(input_fingerprint)
    staging = create_staging(layout, release_id)
    for name, table in tables.items():
        write_table(staging, name, table)
    nlp = _nlp(settings.model_name)
    write_manifest(staging, release_id, {
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "code_version": code_version(),
        "input_fingerprint": input_fingerprint,
        "extractor_fingerprint": extractor_fingerprint(nlp, settings),
        "model": {"name": settings.model_name, "version": model_version(nlp)},
        "settings": json.loads(json.dumps(settings.__dict__)),
    })
    report = validate(staging)
    release_dir = publish(layout, staging, report)
    return RunSummary(release_id, release_dir, {n: t.num_rows for n, t in tables.items()},
                      [r.as_row() for r in rejects])
