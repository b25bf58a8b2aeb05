"""The `newsfacts` command: each command parses options, calls one flow or library function,
and turns known errors into a one-line message and a non-zero exit code."""

from __future__ import annotations

from pathlib import Path
import sys
from typing import Annotated, Optional

from rich.console import Console
from rich.table import Table as RichTable
import typer

import flows  # noqa: F401  (sets the offline Prefect/GX environment before Prefect loads)
from transforms.settings import Settings

app = typer.Typer(help="newsfacts: news articles in, a validated dataset of facts out.",
                  no_args_is_help=True, add_completion=False)
console = Console()
err_console = Console(stderr=True)

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3


# Options shared by `run` and `serve`, declared once.
ModelOption = Annotated[str, typer.Option(
    help="spaCy pipeline per language: NAME (English), or en=NAME,de=NAME...; an article "
         "in a language with no pipeline is rejected as unsupported_language.")]
BatchSizeOption = Annotated[int, typer.Option(
    help="Articles per batch (task and Parquet part).")]
TaskRunnerOption = Annotated[str, typer.Option(help="local (threads) or dask.")]
DaskAddressOption = Annotated[Optional[str], typer.Option(
    help="Dask scheduler, e.g. tcp://HOST:8786; without it --task-runner dask starts a "
         "local cluster.")]
DaskWorkersOption = Annotated[int, typer.Option(help="Workers of the local Dask cluster.")]


def _settings(model: str, batch_size: int) -> Settings:
    """Settings from the shared options; `--model en=A,de=B` maps languages to pipelines."""
    from dataclasses import replace

    from transforms.settings import LanguageSettings, language_models_option

    try:
        english, others = language_models_option(model)
    except ValueError as error:
        _fail(str(error), EXIT_USAGE)
    settings = Settings(articles_per_batch=batch_size,
                        languages=LanguageSettings(other_models=others))
    return replace(settings, model_name=english) if english else settings


def _fail(message: str, code: int = EXIT_FAILED) -> None:
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.command()
def run(
    input: Path = typer.Option(Path("seeds"), "--input", "-i",
                               help="Folder of articles (.txt, .json, .jsonl, .html)."),
    output: Path = typer.Option(Path("output"), "--output", "-o",
                                help="Output folder; the release is published as OUTPUT/latest."),
    model: ModelOption = Settings.model_name,
    batch_size: BatchSizeOption = Settings.articles_per_batch,
    task_runner: TaskRunnerOption = "local",
    dask_address: DaskAddressOption = None,
    dask_workers: DaskWorkersOption = 2,
) -> None:
    """Run the pipeline over INPUT and publish a validated release under OUTPUT.

    Example: newsfacts run --input seeds --output output
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.pipeline import ReleaseValidationError, UnknownTaskRunnerError, release_flow
    from transforms.article.ingest import InputFolderError
    from transforms.article.nlp import ModelNotInstalledError
    from transforms.release.assemble import NoArticlesError
    from transforms.release.publish import OutputLockedError
    from transforms.schema import TABLES

    settings = _settings(model, batch_size)
    try:
        # No heartbeat thread: it only delays exit by a second for a batch run.
        with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            flow = release_flow(task_runner, dask_address, dask_workers)
            summary = flow(input, output, settings)
    except (InputFolderError, NoArticlesError, ModelNotInstalledError,
            UnknownTaskRunnerError) as error:
        _fail(str(error), EXIT_USAGE)
    except OutputLockedError as error:
        _fail(str(error), EXIT_LOCKED)
    except ReleaseValidationError as error:
        for failure in error.report.failures:
            err_console.print(f"  failed: {failure.describe()}")
        _fail(str(error))
    counts = RichTable(title=f"release {summary.release_id}")
    counts.add_column("table")
    counts.add_column("rows", justify="right")
    for name in TABLES:
        counts.add_row(name, str(summary.row_counts.get(name, 0)))
    console.print(counts)
    if summary.rejects:
        console.print(f"[yellow]{len(summary.rejects)} input files rejected[/] "
                      f"(see the rejects table)")
    stages = ", ".join(f"{stage} {seconds:.1f}s" for stage, seconds in summary.stage_seconds.items())
    console.print(f"stages: {stages}")
    if summary.input_changes is not None:
        console.print(f"since the last run: {summary.input_changes.describe()}")
    if summary.dropped_candidates:
        console.print("candidates left out: " + ", ".join(
            f"{n} {reason}" for reason, n in summary.dropped_candidates.items()))
    if not summary.changed:
        console.print(f"inputs and code unchanged: {output / 'latest'} stays "
                      f"{summary.release_dir.name}")
        return
    console.print(f"{summary.n_articles_extracted} articles extracted this run, the rest "
                  f"from the cache")
    console.print(f"published {summary.release_dir} -> {output / 'latest'}")


@app.command()
def serve(
    cron: str = typer.Option(..., help="When to run: a cron expression in UTC, "
                                       "e.g. '0 6 * * *' for 06:00 daily."),
    input: Path = typer.Option(Path("seeds"), "--input", "-i",
                               help="Folder of articles, read again by every run."),
    output: Path = typer.Option(Path("output"), "--output", "-o",
                                help="Output folder; each run publishes as OUTPUT/latest."),
    model: ModelOption = Settings.model_name,
    batch_size: BatchSizeOption = Settings.articles_per_batch,
    task_runner: TaskRunnerOption = "local",
    dask_address: DaskAddressOption = None,
    dask_workers: DaskWorkersOption = 2,
) -> None:
    """Run the pipeline on a cron schedule (UTC) until Ctrl-C or SIGTERM.

    Uses the Prefect server at PREFECT_API_URL, or else starts a local one in PREFECT_HOME.

    Example: newsfacts serve --cron "0 6 * * *" --input seeds --output output
    """
    from flows.pipeline import UnknownTaskRunnerError, release_flow
    from flows.serve import InvalidCronError, ServerStartError, serve_release_flow
    from transforms.article.ingest import InputFolderError
    from transforms.article.nlp import ModelNotInstalledError

    settings = _settings(model, batch_size)
    try:
        serve_release_flow(input, output, cron, settings,
                           announce=lambda line: console.print(line, markup=False,
                                                               highlight=False, soft_wrap=True),
                           flow=release_flow(task_runner, dask_address, dask_workers))
    except (InvalidCronError, InputFolderError, ModelNotInstalledError,
            UnknownTaskRunnerError) as error:
        _fail(str(error), EXIT_USAGE)
    except ServerStartError as error:
        _fail(str(error))


@app.command()
def query(
    sql: str = typer.Argument(..., help="A read-only SQL query (select/with/describe...)."),
    release: Path = typer.Option(Path("output/latest"), help="Release folder to query."),
    max_rows: int = typer.Option(100, help="Rows to print at most."),
) -> None:
    """Run read-only DuckDB SQL over the tables of a release and print the result.

    Example: newsfacts query "select count(*) from articles"
    """
    from transforms.release.query import QueryError, run_query

    try:
        columns, rows = run_query(release, sql, max_rows)
    except QueryError as error:
        _fail(str(error), EXIT_USAGE)
    result = RichTable(show_lines=False)
    for column in columns:
        result.add_column(column)
    for row in rows:
        result.add_row(*("NULL" if v is None else str(v) for v in row))
    console.print(result)


@app.command()
def validate(release: Path = typer.Argument(Path("output/latest"),
                                            help="Release folder to check.")) -> None:
    """Re-run the Great Expectations suites over a release folder.

    Example: newsfacts validate output/latest
    """
    from expectations.validate import validate_release
    from transforms.release.files import verify_checksums

    if not release.is_dir():
        _fail(f"release folder not found: {release}", EXIT_USAGE)
    report = validate_release(release)
    checksum_problems = verify_checksums(release)
    for failure in report.failures:
        err_console.print(f"failed: {failure.describe()}")
    for problem in checksum_problems:
        err_console.print(f"failed: checksums: {problem}")
    if not report.success or checksum_problems:
        _fail(f"{len(report.failures)} of {len(report.outcomes)} expectations failed, "
              f"{len(checksum_problems)} checksum problems")
    console.print(f"{len(report.outcomes)} expectations and all checksums passed on {release}")


@app.command()
def generate(readme: Path = typer.Option(Path("README.md"), help="README to update.")) -> None:
    """Regenerate what derives from transforms/schema.py: expectations/<table>.json and the
    tables section of the README.

    Example: newsfacts generate
    """
    from expectations.suites import write_suites
    from transforms.release.datacard import splice_readme

    for path in write_suites():
        console.print(f"wrote {path}")
    readme.write_text(splice_readme(readme.read_text()))
    console.print(f"updated {readme}")


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
