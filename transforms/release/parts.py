"""Parquet parts: batches of rows written as they are made, merged into one sorted table.

Stages exchange parts (one file per batch) instead of whole-corpus Python objects, so
memory follows the batch size, not the corpus. `merge_parts` streams the parts of a table
through DuckDB in the table's sort order into one zstd Parquet file that carries the
declared schema and column descriptions.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from transforms.schema import declared

# Rows per record batch when streaming a merge: bounds memory, not output layout.
MERGE_BATCH_ROWS = 50_000


def write_parquet_whole(table: pa.Table, target: Path) -> Path:
    """Write `target` beside itself, then rename it into place: the file is whole or
    absent, even if the run is killed half-way."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    pq.write_table(table, temporary, compression="zstd")
    temporary.replace(target)
    return target


def write_part(folder: Path, table_name: str, part_name: str, rows: list[dict]) -> Path:
    """Write one batch of rows of a declared table as `<folder>/<table>/<part>.parquet`."""
    return write_table_part(folder, table_name, part_name, declared(table_name).from_rows(rows))


def write_table_part(folder: Path, table_name: str, part_name: str, table: pa.Table) -> Path:
    return write_parquet_whole(table, folder / table_name / f"{part_name}.parquet")


def sql_list(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def merge_parts(part_files: list[Path], table_name: str, destination: Path,
                article_ids: list[str] | None = None) -> int:
    """Merge parts into `destination`, sorted, optionally keeping only some articles.

    Returns the row count. With no parts, writes an empty table of the declared schema.
    """
    table = declared(table_name)
    if not part_files:
        pq.write_table(table.empty(), destination, compression="zstd")
        return 0
    con = duckdb.connect()
    try:
        files = sql_list([str(p.resolve()) for p in part_files])
        query = f"select {', '.join(table.column_names)} from read_parquet([{files}])"
        if article_ids is not None:
            con.execute("create temp table keep (article_id varchar)")
            con.executemany("insert into keep values (?)", [(a,) for a in article_ids])
            query += " where article_id in (select article_id from keep)"
        return write_query(con, query, table_name, destination)
    finally:
        con.close()


def write_query(con: duckdb.DuckDBPyConnection, query: str, table_name: str,
                destination: Path) -> int:
    """Stream the rows of `query` (the declared table's columns) into `destination` in
    the table's sort order, with its declared schema. Returns the row count."""
    table = declared(table_name)
    schema = table.arrow_schema
    order = ", ".join(f"{c} nulls first" for c in table.sort_by)
    reader = con.sql(f"{query} order by {order}").to_arrow_reader(MERGE_BATCH_ROWS)
    rows = 0
    with pq.ParquetWriter(destination, schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(pa.RecordBatch.from_arrays(
                [batch.column(i).cast(f.type) for i, f in enumerate(schema)], schema=schema))
            rows += batch.num_rows
    return rows
