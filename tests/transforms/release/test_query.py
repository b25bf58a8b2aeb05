"""Query results as text other tools read: CSV, JSON, JSON lines, Markdown."""

from __future__ import annotations

import csv
import io
import json

import pytest

from transforms.release.query import QueryError, format_rows, run_query

COLUMNS = ["speaker", "quote", "values", "best"]
ROWS = [("Maria Lopez", 'We lost everything, "all of it"', [12.0, 15.0], 12.0),
        (None, "a | pipe\nand a new line", [], None)]


def _text(fmt: str) -> str:
    return "".join(format_rows(COLUMNS, ROWS, fmt))


def test_csv_quotes_what_needs_quoting_and_reads_back():
    rows = list(csv.reader(io.StringIO(_text("csv"))))
    assert rows == [COLUMNS, ["Maria Lopez", 'We lost everything, "all of it"', "[12.0, 15.0]",
                              "12.0"],
                    ["", "a | pipe\nand a new line", "[]", ""]]


def test_json_and_json_lines_keep_nulls_and_lists():
    expected = [{"speaker": "Maria Lopez", "quote": 'We lost everything, "all of it"',
                 "values": [12.0, 15.0], "best": 12.0},
                {"speaker": None, "quote": "a | pipe\nand a new line", "values": [],
                 "best": None}]
    assert json.loads(_text("json")) == expected
    assert [json.loads(line) for line in _text("jsonl").splitlines()] == expected


def test_markdown_escapes_pipes_and_new_lines_so_each_row_stays_one_line():
    lines = _text("markdown").splitlines()
    assert lines[:2] == ["| speaker | quote | values | best |", "|---|---|---|---|"]
    assert lines[3] == "| NULL | a \\| pipe and a new line | [] | NULL |"
    assert len(lines) == 4


def test_unknown_format_is_refused():
    with pytest.raises(QueryError):
        _text("xml")


def test_no_row_limit_returns_every_row(hand_made_release):
    folder, _ = hand_made_release
    assert len(run_query(folder, "select * from sentences", None)[1]) == 6
    assert len(run_query(folder, "select * from sentences", 2)[1]) == 2
