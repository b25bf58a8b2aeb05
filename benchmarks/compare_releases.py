"""Compare two releases table by table: the same rows in the same order, or where they differ.

Usage: .venv/bin/python benchmarks/compare_releases.py RELEASE_A RELEASE_B

For each table of transforms/schema.py present in either release it prints the row counts
and whether the tables are equal (same values and types, row for row; metadata such as
column descriptions is compared too). For a table that differs it prints the first
differing row of each side and the counts of rows only one side has. Exits 1 when any
table differs. Used to show that a refactoring left every table byte-identical in
content (tests/flows/test_refactor.py does the same on the seeds).
"""

from __future__ import annotations

from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyarrow.parquet as pq  # noqa: E402

from transforms.schema import TABLES  # noqa: E402


def table_differences(a: Path, b: Path) -> dict[str, str]:
    """Table name -> what differs, for every declared table that is not identical."""
    differences = {}
    for name in TABLES:
        path_a, path_b = a / f"{name}.parquet", b / f"{name}.parquet"
        if not path_a.exists() or not path_b.exists():
            if path_a.exists() != path_b.exists():
                differences[name] = f"only in {a if path_a.exists() else b}"
            continue
        table_a, table_b = pq.read_table(path_a), pq.read_table(path_b)
        if table_a.equals(table_b, check_metadata=True):
            continue
        rows_a, rows_b = table_a.to_pylist(), table_b.to_pylist()
        first = next((i for i, (x, y) in enumerate(zip(rows_a, rows_b)) if x != y),
                     min(len(rows_a), len(rows_b)))
        keys_a = {repr(sorted(r.items())) for r in rows_a}
        keys_b = {repr(sorted(r.items())) for r in rows_b}
        detail = [f"{len(rows_a)} vs {len(rows_b)} rows; "
                  f"{len(keys_a - keys_b)} rows only in A, {len(keys_b - keys_a)} only in B"]
        if table_a.schema != table_b.schema:
            detail.append("schemas differ")
        if first < len(rows_a):
            detail.append(f"first difference at row {first}: A {rows_a[first]}")
        if first < len(rows_b):
            detail.append(f"B {rows_b[first]}")
        differences[name] = "\n    ".join(detail)
    return differences


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    a, b = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    differences = table_differences(a, b)
    for name in TABLES:
        rows = [pq.ParquetFile(p).metadata.num_rows if p.exists() else "-"
                for p in (a / f"{name}.parquet", b / f"{name}.parquet")]
        status = "DIFFERS" if name in differences else "identical"
        print(f"{name:12} {rows[0]!s:>8} {rows[1]!s:>8}  {status}")
        if name in differences:
            print(f"    {differences[name]}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
