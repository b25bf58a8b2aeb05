"""Read-only SQL over a release folder: one DuckDB view per table, then the user's query.

Only statements that read are run (select, with, describe, show, summarize, explain);
anything else is refused before it executes.
"""

from __future__ import annotations

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


def run_query(release_dir: Path, sql: str, max_rows: int) -> tuple[list[str], list[tuple]]:
    _check_read_only(sql)
    con = connect_release(release_dir)
    try:
        relation = con.sql(sql)
        if relation is None:
            return [], []
        return list(relation.columns), relation.limit(max_rows).fetchall()
    except duckdb.Error as error:
        raise QueryError(str(error)) from error
    finally:
        con.close()
