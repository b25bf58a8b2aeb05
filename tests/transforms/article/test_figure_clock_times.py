"""Numbers that are never figures: clock times, ages and years (figures.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kept", [
    # "12.30" is a time of day, not 12.3 gunmen
    ("By 12.30 gunmen had killed 3 guards at the gate, police said.", ["3"]),
    ("Protesters gathered at 12.30, and police said 40 were arrested.", ["40"]),
    ("The shooting began at 12:30 p.m. and two people were killed, police said.", ["two"]),
    ("The meeting ended at 10 o'clock and 12 were detained afterwards.", ["12"]),
    # ages and years
    ("The driver, 63, was killed when his car hit a tree, police said.", []),
    ("The 63-year-old driver was among 4 people killed in the crash.", ["4"]),
    ("By 2015 some 300 people had been killed in the region.", ["some 300"]),
    # negative: a fraction made whole by its magnitude is a count
    ("The war killed 1.5 million people over the decade.", ["1.5 million"]),
])
def test_clock_times_ages_and_years_are_no_figures(normalize_text, parse, text, kept):
    doc = parse(normalize_text("Report\n\n" + text))
    assert [f["value_text"] for f in doc._.newsfacts_figures] == kept
