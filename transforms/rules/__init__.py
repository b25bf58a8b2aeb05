"""Rule tables: one TSV a concern, one rule a row, with a `why` or example column.

`load(name)` reads `<name>.tsv` from this folder, checks its header against the columns
the caller expects, and returns the rows as dicts. `fingerprint()` hashes every table so
a rule change changes the extractor fingerprint and re-extracts.
"""

from __future__ import annotations

import csv
from functools import cache
import hashlib
from pathlib import Path

RULES_DIR = Path(__file__).parent


class RuleTableError(ValueError):
    pass


@cache
def load(name: str, columns: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    path = RULES_DIR / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(reader.fieldnames or ()) != columns:
        raise RuleTableError(f"{path.name}: header {reader.fieldnames} != expected {list(columns)}")
    rows = tuple(reader)
    for i, row in enumerate(rows, start=2):
        missing = [c for c in columns[:1] if not (row.get(c) or "").strip()]
        if missing or None in row:
            raise RuleTableError(f"{path.name} row {i}: malformed row {row}")
    return rows


def fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(RULES_DIR.glob("*.tsv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
