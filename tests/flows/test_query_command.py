"""`newsfacts query` in a terminal: long values wrap inside their cells and a table too wide
for the terminal turns into one block per row; nothing is cut to "…"."""

from __future__ import annotations

import os
from pathlib import Path
import subprocess
import sys

from tests.transforms.release.conftest import hand_made_tables, write_hand_made_release

NEWSFACTS = Path(sys.executable).parent / "newsfacts"


def _query(release: Path, sql: str, columns: int, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(NEWSFACTS), "query", "--release", str(release), *options, sql],
                          capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": str(columns), "TERM": "dumb"})


def test_wide_result_on_a_narrow_terminal_prints_every_value_whole(tmp_path):
    release = tmp_path / "release"
    write_hand_made_release(release, hand_made_tables())
    result = _query(release, "select * from facts", 80)
    assert result.returncode == 0, result.stderr
    assert "…" not in result.stdout
    assert "   conflict | values disagree: 12 vs 15" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_long_values_wrap_inside_their_cells(tmp_path):
    release = tmp_path / "release"
    write_hand_made_release(release, hand_made_tables())
    result = _query(release, "select text, sentence_idx from sentences "
                             "where article_id = 'article-a' and sentence_idx = 0", 40)
    assert result.returncode == 0, result.stderr
    assert "…" not in result.stdout
    cells = "".join(line.strip("│ ").split("│")[0].strip()
                    for line in result.stdout.splitlines() if line.startswith("│"))
    assert "Floodskilledatleast12peopleinLyononSunday,policesaid." in cells.replace(" ", "")


def test_unknown_format_is_a_usage_error(tmp_path):
    release = tmp_path / "release"
    write_hand_made_release(release, hand_made_tables())
    result = _query(release, "select 1", 80, "--format", "xml")
    assert result.returncode == 2 and "unknown format" in result.stderr
