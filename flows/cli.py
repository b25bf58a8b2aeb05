"""The `newsfacts` command: each command parses options, calls one flow or library function,
and turns known errors into a one-line message and a non-zero exit code."""

from __future__ import annotations

import atexit
import logging
import os
from pathlib import Path
import sys
import threading
from typing import Annotated, Optional

from rich.console import Console
from rich.table import Table as RichTable
import typer

import flows  # noqa: F401  (sets the offline Prefect/GX environment before Prefect loads)
from transforms.settings import Settings, WindowSettings

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
WindowArticlesOption = Annotated[int, typer.Option(
    min=1, help="Articles the cross-article step holds at once: a larger release is linked, "
                "and its stories and events joined, window by window of publication days "
                "(--workers windows at once, about 1.1 GB each at 10,000).")]
TaskRunnerOption = Annotated[str, typer.Option(
    help="local (worker processes on this machine) or dask.")]
DaskAddressOption = Annotated[Optional[str], typer.Option(
    help="Dask scheduler, e.g. tcp://HOST:8786; without it --task-runner dask starts a "
         "local cluster.")]
WorkersOption = Annotated[Optional[int], typer.Option(
    "--workers", "-w", min=1,
    help="Worker processes that parse articles (default: one per core; 1 runs in-process).")]
# Kept so older scripts still run: the local Dask cluster now has --workers workers.
DaskWorkersOption = Annotated[Optional[int], typer.Option(hidden=True)]


def _say_error(message: str) -> None:
    err_console.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False)


def _settings(model: str, batch_size: int, window_articles: int) -> Settings:
    """Settings from the shared options; `--model en=A,de=B` maps languages to pipelines."""
    from dataclasses import replace

    from transforms.settings import LanguageSettings, language_models_option

    try:
        english, others = language_models_option(model)
    except ValueError as error:
        _fail(str(error), EXIT_USAGE)
    settings = Settings(articles_per_batch=batch_size,
                        languages=LanguageSettings(other_models=others),
                        windows=WindowSettings(max_articles=window_articles))
    return replace(settings, model_name=english) if english else settings


def _fail(message: str, code: int = EXIT_FAILED) -> None:
    _say_error(message)
    raise typer.Exit(code)


@app.command()
def run(
    input: Path = typer.Option(Path("seeds"), "--input", "-i",
                               help="Folder of articles (.txt, .json, .jsonl, .html)."),
    output: Path = typer.Option(Path("output"), "--output", "-o",
                                help="Output folder; the release is published as OUTPUT/latest."),
    model: ModelOption = Settings.model_name,
    batch_size: BatchSizeOption = Settings.articles_per_batch,
    window_articles: WindowArticlesOption = WindowSettings.max_articles,
    task_runner: TaskRunnerOption = "local",
    dask_address: DaskAddressOption = None,
    workers: WorkersOption = None,
    dask_workers: DaskWorkersOption = None,
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="Print nothing but errors (for cron): no progress, "
                                    "no logs, no summary. The exit code tells the outcome."),
) -> None:
    """Run the pipeline over INPUT and publish a validated release under OUTPUT.

    Takes the output lock and checks whether inputs and code changed before it starts
    Prefect: an unchanged run says so in about a second. Shows progress on stderr
    (articles done/total, rate, time left) unless --quiet.

    Example: newsfacts run --input seeds --output output
    """
    from flows.run import UnchangedRun, run_release
    from transforms.release.layout import OutputLockedError

    if not input.is_dir():
        _fail(f"input folder not found: {input}", EXIT_USAGE)
    if quiet:
        # Read by Prefect when it is first imported, in run_release; Great Expectations
        # logs through the handlers Prefect sets up.
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
        logging.getLogger("great_expectations").setLevel(logging.WARNING)
    try:
        summary = run_release(input, output, _settings(model, batch_size, window_articles),
                              task_runner, dask_address, workers or dask_workers,
                              show_progress=not quiet, say_interrupted=_say_error)
    except OutputLockedError as error:
        _fail(str(error), EXIT_LOCKED)
    except Exception as error:
        _fail_known_run_error(error)
        raise
    if quiet:
        return
    if isinstance(summary, UnchangedRun):
        console.print(f"inputs and code unchanged: {output / 'latest'} stays "
                      f"{summary.release_dir.name}; nothing to publish")
        return
    _print_summary(summary, output)


def _fail_known_run_error(error: Exception) -> None:
    """Turn an error a run can end with into one line and its exit code; other errors
    go on as they are. (Imported here: the modules are loaded once a run has failed, and
    importing them up front would cost the fast path Prefect's and spaCy's imports.)"""
    from flows.pipeline import ReleaseValidationError, UnknownTaskRunnerError
    from transforms.article.ingest import InputFolderError
    from transforms.article.nlp import ModelNotInstalledError
    from transforms.release.assemble import NoArticlesError

    if isinstance(error, (InputFolderError, NoArticlesError, ModelNotInstalledError,
                          UnknownTaskRunnerError)):
        _fail(str(error), EXIT_USAGE)
    if isinstance(error, ReleaseValidationError):
        for failure in error.report.failures:
            err_console.print(f"  failed: {failure.describe()}")
        _fail(str(error))


def _print_summary(summary, output: Path) -> None:
    from transforms.schema import TABLES

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
    if summary.cache_parts_set_aside:
        console.print(f"[yellow]{len(summary.cache_parts_set_aside)} unreadable cache parts "
                      f"set aside[/] (in {output / 'quarantine' / 'cache'}); their articles "
                      f"were extracted again")
    if summary.dropped_candidates:
        console.print("candidates left out: " + ", ".join(
            f"{n} {reason}" for reason, n in summary.dropped_candidates.items()))
    if not summary.changed:
        console.print(f"inputs and code unchanged: {output / 'latest'} stays "
                      f"{summary.release_dir.name}")
        return
    console.print(f"{summary.n_articles_extracted} articles extracted and "
                  f"{summary.n_documents_normalized} documents normalized this run, the rest "
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
    window_articles: WindowArticlesOption = WindowSettings.max_articles,
    task_runner: TaskRunnerOption = "local",
    dask_address: DaskAddressOption = None,
    workers: WorkersOption = None,
    dask_workers: DaskWorkersOption = None,
) -> None:
    """Run the pipeline on a cron schedule (UTC) until Ctrl-C or SIGTERM.

    Uses the Prefect server at PREFECT_API_URL, or else starts a local one in PREFECT_HOME.

    Example: newsfacts serve --cron "0 6 * * *" --input seeds --output output
    """
    from flows.pipeline import UnknownTaskRunnerError, default_workers, release_flow
    from flows.serve import InvalidCronError, ServerStartError, serve_release_flow
    from transforms.article.ingest import InputFolderError
    from transforms.article.nlp import ModelNotInstalledError

    settings = _settings(model, batch_size, window_articles)
    workers = workers or dask_workers or default_workers()
    try:
        serve_release_flow(input, output, cron, settings,
                           announce=lambda line: console.print(line, markup=False,
                                                               highlight=False, soft_wrap=True),
                           flow=release_flow(task_runner, dask_address, workers),
                           workers=workers)
    except (InvalidCronError, InputFolderError, ModelNotInstalledError,
            UnknownTaskRunnerError) as error:
        _fail(str(error), EXIT_USAGE)
    except ServerStartError as error:
        _fail(str(error))


# Narrower than this per column, a terminal table turns into one block per row.
MIN_TABLE_COLUMN_WIDTH = 10
TABLE_MAX_ROWS = 100


def _print_table(columns: list[str], rows: list[tuple]) -> None:
    """Rows as a terminal table whose cells wrap (nothing is cut); when the terminal is too
    narrow for the columns, each row as a block of `column: value` lines instead."""
    from transforms.release.query import text_value

    cells = [["NULL" if v is None else text_value(v) for v in row] for row in rows]
    if len(columns) * MIN_TABLE_COLUMN_WIDTH > console.width:
        label_width = max(map(len, columns), default=0)
        for i, row in enumerate(cells, 1):
            console.rule(f"row {i}", characters="-", style="dim")
            for column, value in zip(columns, row):
                console.print(f"{column.rjust(label_width)} | {value}", markup=False,
                              highlight=False, overflow="fold")
        return
    # Rules between rows once a value may wrap, so that each row reads as one.
    share = console.width // max(1, len(columns))
    result = RichTable(show_lines=any(len(v) > share - 4 for row in cells for v in row))
    for column in columns:
        result.add_column(column, overflow="fold")
    for row in cells:
        result.add_row(*row)
    console.print(result, markup=False, highlight=False)


@app.command()
def query(
    sql: str = typer.Argument(..., help="A read-only SQL query (select/with/describe...)."),
    release: Path = typer.Option(Path("output/latest"), help="Release folder to query."),
    format: str = typer.Option("table", "--format", "-f",
                               help="table (wraps to the terminal), csv, json, jsonl or "
                                    "markdown."),
    max_rows: Optional[int] = typer.Option(
        None, help=f"Rows to print at most (default: {TABLE_MAX_ROWS} for table, all for "
                   f"the other formats)."),
) -> None:
    """Run read-only DuckDB SQL over the tables of a release and print the result: a table
    for reading, or CSV, JSON, JSON lines or Markdown for other tools.

    Example: newsfacts query --format csv "select * from facts" | head
    """
    from transforms.release.query import TEXT_FORMATS, QueryError, format_rows, run_query

    if format not in ("table", *TEXT_FORMATS):
        _fail(f"unknown format {format!r} (use table, {', '.join(TEXT_FORMATS)})", EXIT_USAGE)
    limit = max_rows if max_rows is not None else (TABLE_MAX_ROWS if format == "table"
                                                   else None)
    try:
        # One row past the limit tells whether rows were left out.
        columns, rows = run_query(release, sql, None if limit is None else limit + 1)
    except QueryError as error:
        _fail(str(error), EXIT_USAGE)
    shown = rows if limit is None else rows[:limit]
    if format == "table":
        _print_table(columns, shown)
    else:
        try:
            for line in format_rows(columns, shown, format):
                sys.stdout.write(line)
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped early (`| head`): not an error; keep Python from
            # complaining again when it flushes stdout at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
    if len(rows) > len(shown):
        err_console.print(f"showing the first {len(shown)} rows; --max-rows N for more")


@app.command("serve-release")
def serve_release(
    release: Path = typer.Argument(Path("output/latest"), help="Release folder to serve."),
    port: int = typer.Option(8000, help="Port on 127.0.0.1 (0: any free port)."),
) -> None:
    """Serve a release folder on 127.0.0.1 so its page (index.html) runs in a browser,
    SQL box included, until Ctrl-C.

    Example: newsfacts serve-release output/latest --port 8000
    """
    from flows.release_server import release_server
    from transforms.release.page import INDEX

    if not (release / INDEX).is_file():
        _fail(f"no {INDEX} in {release}: serve a release folder published by this version "
              f"(newsfacts run writes the page)", EXIT_USAGE)
    try:
        server = release_server(release, port)
    except OSError as error:
        _fail(f"cannot listen on 127.0.0.1:{port}: {error.strerror}", EXIT_USAGE)
    host, bound_port = server.server_address[:2]
    console.print(f"serving {release} at http://{host}:{bound_port}/ (Ctrl-C stops)",
                  markup=False, highlight=False, soft_wrap=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


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
    """The `newsfacts` command. It leaves without Python's teardown: after a run, freeing
    the objects of every library loaded (spaCy, Great Expectations, pandas, Prefect) one
    by one took 1.8 s of a 28 s run adding one file to 2,000, and frees nothing the system
    would not. What the interpreter does first is done here as it would: join the
    threads, run the exit handlers (logging's flush, temporary folders' removal), flush."""
    try:
        app()
        status = 0
    except SystemExit as exit_:
        status = _exit_status(exit_.code)
    threading._shutdown()  # what Python runs first at exit: join non-daemon threads
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (`| head`), a closed stream
            pass
    os._exit(status)


def _exit_status(code: object) -> int:
    """The process status sys.exit(code) gives: None is 0, a message is 1 (printed)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
