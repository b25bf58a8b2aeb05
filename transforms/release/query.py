"""Read-only SQL over a release folder: one DuckDB view per table, then the user's query.

Only statements that read are run (select, with, describe, show, summarize, explain);
anything else is refused before it executes. Results print as CSV, JSON, JSON lines or a
Markdown table (`format_rows`), for `newsfacts query --format` and the data card.
"""

from __future__ import annotations

from collections.abc import Iterator
import csv
from decimal import Decimal
import io
import json
from pathlib import Path

import duckdb

from transforms.release.publish import release_tables

_READ_ONLY = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
_READ_ONLY_KEYWORDS = ("describe", "show", "summarize")


class QueryError(ValueError):
    pass


def connect_release(release_dir: Path) -> duckdb.DuckDBPyConnection:
    tables = release_tables(release_dir)
    if not tables:
        raise QueryError(f"no release tables in {release_dir}")
    con = duckdb.connect()
    for name, path in tables.items():
        literal = str(path.resolve()).replace("'", "''")
        con.execute(f'create view "{name}" as select * from read_parquet(\'{literal}\')')
    return con


def _check_read_only(sql: str) -> None:
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as error:
        raise QueryError(f"invalid SQL: {error}") from error
    if len(statements) != 1:
        raise QueryError("give exactly one SQL statement")
    statement = statements[0]
    if statement.type in _READ_ONLY:
        return
    if statement.query.lstrip().lower().startswith(_READ_ONLY_KEYWORDS):
        return
    raise QueryError(f"only read-only queries are allowed (got {statement.type.name})")


def run_query(release_dir: Path, sql: str, max_rows: int | None
              ) -> tuple[list[str], list[tuple]]:
    """Column names and rows (at most `max_rows`; None: all) of one read-only query."""
    _check_read_only(sql)
    con = connect_release(release_dir)
    try:
        relation = con.sql(sql)
        if relation is None:
            return [], []
        if max_rows is not None:
            relation = relation.limit(max_rows)
        return list(relation.columns), relation.fetchall()
    except duckdb.Error as error:
        raise QueryError(str(error)) from error
    finally:
        con.close()


# Output formats of a result, for `newsfacts query --format` (the terminal `table` is drawn
# by the CLI; these are text other tools read).
TEXT_FORMATS = ("csv", "json", "jsonl", "markdown")


def json_value(value):
    """A cell as JSON: lists and structs stay structured, dates and decimals become text
    or numbers."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def text_value(value) -> str:
    """A cell as one piece of text: NULL is empty, lists and structs are JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(json_value(value), ensure_ascii=False)
    return str(json_value(value))


def _markdown_cell(value) -> str:
    text = "NULL" if value is None else text_value(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def format_rows(columns: list[str], rows: list[tuple], fmt: str) -> Iterator[str]:
    """The result as lines of text (each ends with a newline) in one of TEXT_FORMATS."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        yield buffer.getvalue()
        for row in rows:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow([text_value(v) for v in row])
            yield buffer.getvalue()
    elif fmt == "jsonl":
        for row in rows:
            yield json.dumps({c: json_value(v) for c, v in zip(columns, row)},
                             ensure_ascii=False) + "\n"
    elif fmt == "json":
        yield json.dumps([{c: json_value(v) for c, v in zip(columns, row)} for row in rows],
                         ensure_ascii=False, indent=2) + "\n"
    elif fmt == "markdown":
        yield "| " + " | ".join(_markdown_cell(c) for c in columns) + " |\n"
        yield "|" + "|".join("---" for _ in columns) + "|\n"
        for row in rows:
            yield "| " + " | ".join(_markdown_cell(v) for v in row) + " |\n"
    else:
        raise QueryError(f"unknown format {fmt!r} (use {', '.join(TEXT_FORMATS)})")
