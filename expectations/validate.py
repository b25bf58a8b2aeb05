"""Run the Great Expectations suites of `expectations/*.json` over a release folder.

Each table is read through DuckDB into a pandas frame (GX 1.x validates DataFrames), with
one boolean column per relational check of `transforms.schema`, then validated against its
suite in an ephemeral GX context (no network, no analytics). The report names each failed
expectation with its table, column and a few failing keys. Tables can be validated in
forked processes, a context each, while the caller goes on (validation_started).

Great Expectations takes about 2 s and 150 MB to import: a run validates in a process of
its own (expectations.process), which imports it while the run extracts and reconciles.
"""

from __future__ import annotations

import os

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from collections import defaultdict  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from functools import partial  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
from pathlib import Path  # noqa: E402

import duckdb  # noqa: E402

from expectations.process import running_validation_process  # noqa: E402
from expectations.suites import CHECK_PREFIX, load_suite  # noqa: E402
from transforms.release.forked import forked_pool  # noqa: E402
from transforms.release.publish import release_tables  # noqa: E402
from transforms.release.query import connect_release  # noqa: E402
from transforms.schema import TABLES, relational_checks_for  # noqa: E402

MAX_EXAMPLES = 5


@dataclass
class ExpectationOutcome:
    table: str
    expectation: str
    column: str | None
    success: bool
    unexpected_count: int | None = None  # counted in a table with a failed expectation
    examples: list = field(default_factory=list)
    why: str = ""

    def describe(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        text = f"{where}: {self.expectation}"
        if self.unexpected_count:
            text += f" ({self.unexpected_count} failing rows, e.g. {self.examples[:3]})"
        return text


@dataclass
class ValidationReport:
    outcomes: list[ExpectationOutcome]

    @property
    def success(self) -> bool:
        return all(o.success for o in self.outcomes)

    @property
    def failures(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success]

    def to_json(self) -> str:
        return json.dumps({"success": self.success,
                           "outcomes": [asdict(o) for o in self.outcomes]},
                          indent=2, default=str) + "\n"


def table_frame(con: duckdb.DuckDBPyConnection, table_name: str):
    checks = "".join(f', ({c.expression}) as "{CHECK_PREFIX}{c.name}"'
                     for c in relational_checks_for(table_name))
    return con.sql(f'select t.*{checks} from "{table_name}" t').df()


def _outcome(table: str, result, key: list[str]) -> ExpectationOutcome:
    config = result.expectation_config
    details = result.result or {}
    examples = details.get("partial_unexpected_index_list") or details.get(
        "partial_unexpected_list") or []
    if result.exception_info and result.exception_info.get("raised_exception"):
        examples = [result.exception_info.get("exception_message")]
    return ExpectationOutcome(
        table=table,
        expectation=config.type,
        column=config.kwargs.get("column"),
        success=bool(result.success),
        unexpected_count=details.get("unexpected_count"),
        examples=[{k: v for k, v in e.items() if k in key} if isinstance(e, dict) else e
                  for e in examples[:MAX_EXAMPLES]],
        why=(config.meta or {}).get("why", ""),
    )


def prepare_validation() -> None:
    """Import Great Expectations now, in the run's validation process if it has one."""
    if (process := running_validation_process()) is not None:
        process.prepare()
    else:
        great_expectations()


def great_expectations():
    """The library, imported on first use."""
    import great_expectations

    return great_expectations


def validate_release(release_dir: Path, processes: int = 1) -> ValidationReport:
    """Every table of the release against its suite, in `processes` processes."""
    with validation_started(release_dir, processes) as report:
        return report()


@contextmanager
def validation_started(release_dir: Path, processes: int
                       ) -> Iterator[Callable[[], ValidationReport]]:
    """Validation of the release begun in `processes` forked processes, each taking tables
    of about as many expectations (in this process, when called, for one); yields the
    function that waits for the report. The caller works meanwhile: on two cores, the
    flow writes the release's descriptive files while two processes validate (validation
    is Great Expectations' per-expectation work, 2 s of BBC-1000's 37-s run on one core).
    In the run's ValidationProcess, when there is one."""
    if (process := running_validation_process()) is not None:
        yield process.started(release_dir, processes)
        return
    present = list(release_tables(release_dir))
    missing = [ExpectationOutcome(name, "table_is_present", None, False,
                                  why="every declared table is published")
               for name in TABLES if name not in present]
    groups = _table_groups(present, processes)
    if len(groups) <= 1:
        yield lambda: ValidationReport(missing + _validated(release_dir, present))
        return
    with forked_pool(len(groups)) as pool:
        pending = pool.map_async(partial(_validated, release_dir), groups)

        def report() -> ValidationReport:
            by_table: dict[str, list[ExpectationOutcome]] = defaultdict(list)
            for outcome in (o for group in pending.get() for o in group):
                by_table[outcome.table].append(outcome)
            return ValidationReport(missing + [o for name in present for o in by_table[name]])

        yield report


def _table_groups(tables: list[str], processes: int) -> list[list[str]]:
    """The tables in at most `processes` groups of about as many expectations (the largest
    suite first to the group with the fewest), each group in the release's table order."""
    groups: list[list[str]] = [[] for _ in range(max(1, min(processes, len(tables))))]
    sizes = [0] * len(groups)
    expectations = {name: len(load_suite(name)["expectations"]) for name in tables}
    for name in sorted(tables, key=lambda name: -expectations[name]):
        smallest = sizes.index(min(sizes))
        groups[smallest].append(name)
        sizes[smallest] += expectations[name]
    return [sorted(group, key=tables.index) for group in groups if group]


def _validated(release_dir: Path, tables: list[str]) -> list[ExpectationOutcome]:
    outcomes: list[ExpectationOutcome] = []
    if not tables:
        return outcomes
    # Great Expectations' INFO line names the temporary folder of each context's docs site,
    # which nobody reads; its module sets its logger to INFO. (Set here: Prefect's logging
    # setup resets the levels it finds.)
    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)
    gx = great_expectations()
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    source = context.data_sources.add_pandas("release")
    # One view per table, as `newsfacts query` sees them.
    con = connect_release(release_dir)
    try:
        for name in tables:
            table = TABLES[name]
            batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
            declared = load_suite(name)
            suite = gx.ExpectationSuite(name=name)
            for item in declared["expectations"]:
                suite.add_expectation_configuration(ExpectationConfiguration(**item))
            suite = context.suites.add(suite)
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(name=name, data=batch, suite=suite))
            try:
                frame = table_frame(con, name)
            except duckdb.Error as error:
                outcomes.append(ExpectationOutcome(name, "table_is_readable", None, False,
                                                   examples=[str(error)]))
                continue
            # Pass or fail first: counting and sampling the failing rows of every
            # expectation costs a third of validation (1.1 s of 3.7 on 2,000 articles)
            # and only a failing table needs them.
            result = definition.run(batch_parameters={"dataframe": frame},
                                    result_format={"result_format": "BOOLEAN_ONLY"})
            if not result.success:
                result = definition.run(
                    batch_parameters={"dataframe": frame},
                    result_format={"result_format": "SUMMARY",
                                   "unexpected_index_column_names": list(table.key)},
                )
            outcomes.extend(_outcome(name, r, list(table.key)) for r in result.results)
    finally:
        con.close()
    return outcomes
