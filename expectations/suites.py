"""Great Expectations suites, one per table, generated from `transforms.schema` as data.

`generated_suite(table)` turns the declared columns (not null, unique, accepted values,
ranges), the key, the column order, the minimum row count and the relational checks into
expectation configurations. They are written to `expectations/<table>.json`, which are the
suites the validator runs; `tests/expectations` fails when a JSON file is out of date
(regenerate with `newsfacts expectations`).
"""

from __future__ import annotations

import json
from pathlib import Path

from transforms.schema import TABLES, Table, relational_checks_for

SUITES_DIR = Path(__file__).parent
CHECK_PREFIX = "check__"


def _expectation(type_: str, why: str, **kwargs) -> dict:
    return {"type": type_, "kwargs": kwargs, "meta": {"why": why}}


def check_columns(table_name: str) -> list[str]:
    """Boolean columns the validator adds to a table's frame, one per relational check."""
    return [CHECK_PREFIX + check.name for check in relational_checks_for(table_name)]


def generated_suite(table: Table) -> dict:
    expectations = [
        _expectation("expect_table_columns_to_match_ordered_list",
                     "columns as declared in transforms/schema.py (then the check columns)",
                     column_list=table.column_names + check_columns(table.name)),
        _expectation("expect_table_row_count_to_be_between",
                     f"{table.name} needs at least {table.min_rows} rows",
                     min_value=table.min_rows, max_value=None),
    ]
    if len(table.key) > 1:
        expectations.append(_expectation("expect_compound_columns_to_be_unique",
                                         f"grain: {table.grain}", column_list=list(table.key)))
    for column in table.columns:
        if not column.nullable:
            expectations.append(_expectation("expect_column_values_to_not_be_null",
                                             "declared not null", column=column.name))
        if column.unique or table.key == (column.name,):
            expectations.append(_expectation("expect_column_values_to_be_unique",
                                             "key column", column=column.name))
        if column.accepted_values is not None:
            expectations.append(_expectation("expect_column_values_to_be_in_set",
                                             "accepted values", column=column.name,
                                             value_set=list(column.accepted_values)))
        if column.min_value is not None or column.max_value is not None:
            expectations.append(_expectation("expect_column_values_to_be_between",
                                             "plausible range", column=column.name,
                                             min_value=column.min_value,
                                             max_value=column.max_value))
    if "start_char" in table.column_names and "end_char" in table.column_names:
        expectations.append(_expectation("expect_column_pair_values_a_to_be_greater_than_b",
                                         "a span is never empty", column_A="end_char",
                                         column_B="start_char", or_equal=False))
    for check in relational_checks_for(table.name):
        expectations.append(_expectation("expect_column_values_to_be_in_set", check.description,
                                         column=CHECK_PREFIX + check.name, value_set=[True]))
    return {"name": table.name, "grain": table.grain, "expectations": expectations}


def suite_path(table_name: str) -> Path:
    return SUITES_DIR / f"{table_name}.json"


def render(suite: dict) -> str:
    return json.dumps(suite, indent=2) + "\n"


def write_suites() -> list[Path]:
    paths = []
    for table in TABLES.values():
        path = suite_path(table.name)
        path.write_text(render(generated_suite(table)))
        paths.append(path)
    return paths


def load_suite(table_name: str) -> dict:
    return json.loads(suite_path(table_name).read_text())
