"""Benchmark: figures (killed, wounded, displaced, captured, missing, arrested) on news articles
written for it by helpers that never read the rules
(benchmarks/gold/figures_written/<set>/articles/*.txt, with gold.tsv).

Each gold row is one number in an article: its text as written (`number_text`, no qualifier
words) and which occurrence of that text in the file it is, the category it counts (NONE for
a number that counts no people harmed: ages, years, money, scores, troops sent), its value
(`vague` for dozens, hundreds), its qualifier (exact, at_least, more_than, at_most,
less_than, approximately), who the text attributes it to (NONE: nobody) and, for a count
within another ("including 4 children"), the larger count's number_text. The texts are our
own, so unlike the corpus benchmarks this one runs on any clone.

A gold number is found when a figures row of its article overlaps the number's characters.
Scored, for the category rows of the bodies:
  found     a row covers it;
  category  that row's category is the gold one;
  value     (category right) its value equals the gold value, or is null for a vague one;
  qualifier (category right) its qualifier is the gold one;
  source    (category right) its source names the gold source (as benchmarks/speakers.py
            compares speakers), or both say nobody;
  part of   (a gold subset found) its parent_figure_id is the row covering the larger count.
A NONE number is taken when a row of one of the six categories covers it; rows of the six
categories that cover no gold number are counted as extra (they are read, not scored: the
gold lists the numbers a careless reader could take, not every number). A number in a
headline is listed apart: the figures table holds the bodies' numbers.

- set1: 30 articles written at the start of stop 57 by a helper who read no rule; measured
  once before any rule was written from it (category 145/185), then its misses read.
- set2: 30 articles written later in stop 57 by a second helper, after the stop's figure
  rules; measured once (category 149/202, 0.74), then its misses read (166/202).
- set3: 30 articles (218 body numbers, 317 decoys, every number of every article coded)
  written in stop 58 by a third helper across disasters, accidents, attacks, raids and
  outbreaks; measured once (category 164/218, 0.75; part of 19/48), then its misses read.
Each set's gold is checked by `gold/figures_written/check.py SET`.

Example: .venv/bin/python benchmarks/figures_written.py [--set set1] [--show-errors]
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "benchmarks" / "gold" / "figures_written"
HARM = ("killed", "wounded", "displaced", "captured", "missing", "arrested")


def nth(text: str, needle: str, n: int) -> int:
    """Offset of the n-th (1-based) occurrence of `needle` in `text`, -1 if fewer."""
    at = -1
    for _ in range(n):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def body_offset(raw: str, body: str, number_text: str, occurrence: int) -> int | None:
    """The gold number's offset in our normalized body; None when it is in the headline
    (the file's first line); -1 when the body does not hold it."""
    at = nth(raw, number_text, occurrence)
    headline_end = raw.find("\n")
    if 0 <= at < headline_end:
        return None
    in_headline = 0
    while 0 <= nth(raw, number_text, in_headline + 1) < headline_end:
        in_headline += 1
    return nth(body, number_text, occurrence - in_headline)


def covering(rows: list[dict], start: int, end: int | None = None) -> dict | None:
    """Our row whose span overlaps the number's characters (start..end; its first one when
    no end is given): "handful" in "A handful"."""
    end = start + 1 if end is None else end
    return next((r for r in rows if r["start_char"] < end and start < r["end_char"]), None)


def tally(stats: dict[str, dict[str, int]], keys: tuple[str, ...], checks: dict[str, bool]
          ) -> None:
    """Count each check asked ("<check> n") and right ("<check>") under each key."""
    for key in keys:
        for check, ok in checks.items():
            stats[key][check + " n"] += 1
            stats[key][check] += ok


def print_checks(stats: dict[str, dict[str, int]], checks: tuple[str, ...], keys: list[str],
                 label: str) -> None:
    """One line per key: each check's right / asked and its share ("-" when never asked);
    `stats[key]` counts "<check>" right and "<check> n" asked."""
    print(f"{label:10} " + " ".join(f"{c:>14}" for c in checks))
    for key in keys:
        s = stats[key]
        print(f"{key:10} " + " ".join(
            f"{s[c]:>4}/{s[c + ' n']:<4} {s[c] / s[c + ' n']:.2f}" if s[c + " n"] else
            f"{'-':>14}" for c in checks))


def _value_right(gold: dict, row: dict) -> bool:
    if gold["value"].strip().lower() == "vague":
        return row["value"] is None
    return row["value"] is not None and abs(row["value"] - float(gold["value"])) < 1e-6


def _source_right(gold: dict, row: dict, same_speaker) -> bool:
    if gold["source"].strip().upper() == "NONE":
        return not row["source"]
    return same_speaker(gold["source"], row["source"])


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speakers_written import extracted_set
    written = extracted_set(__doc__.splitlines()[0], SETS, "set1",
                            "print each gold number we miss or get wrong, and the extra rows",
                            "FIGURES", argv)
    from speakers import same_speaker

    args, folder, gold, paths = written.args, written.folder, written.gold, written.paths
    articles, ours, seconds = written.articles, written.ours, written.seconds
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors, covered, headline, unplaced = [], defaultdict(set), [], []
    none_taken = n_none = 0
    for g in gold:
        raw = (folder / "articles" / g["file"]).read_text(encoding="utf-8")
        body, rows = articles[g["file"]].body, ours[g["file"]]
        at = body_offset(raw, body, g["number_text"], int(g["occurrence"]))
        if at is None:
            headline.append(g)
            continue
        if at < 0:
            unplaced.append(g)
            continue
        row = covering(rows, at, at + len(g["number_text"]))
        if row is not None:
            covered[g["file"]].add(row["figure_id"])
        category = g["category"].strip()
        if category == "NONE":
            n_none += 1
            if row is not None and row["category"] in HARM:
                none_taken += 1
                errors.append(f"{g['file']}: NONE {g['number_text']!r} ({g['note']}) taken as "
                              f"{row['category']} {row['value_text']!r}")
            continue
        right = row is not None and row["category"] == category
        checks = {"found": row is not None, "category": right}
        if right:
            checks |= {"value": _value_right(g, row), "qualifier": row["qualifier"] == g[
                "qualifier"].strip(), "source": _source_right(g, row, same_speaker)}
        if g["part_of"].strip() and row is not None:
            parent_at = body.rfind(g["part_of"].strip(), 0, at)
            parent = covering(rows, parent_at) if parent_at >= 0 else None
            checks["part of"] = (parent is not None
                                 and row["parent_figure_id"] == parent["figure_id"])
        stats["all"]["n"] += 1
        stats[category]["n"] += 1
        tally(stats, ("all", category), checks)
        if not all(checks.values()):
            wrong = ", ".join(c for c, ok in checks.items() if not ok)
            errors.append(
                f"{g['file']}: {category} {g['number_text']!r} value={g['value']} "
                f"{g['qualifier']} source={g['source']!r} ({g['note']}) -- wrong: {wrong}; ours "
                + (f"{row['category']} {row['value_text']!r} value={row['value']} "
                   f"{row['qualifier']} source={row['source']!r}" if row else "none"))
    extra = [(p, r) for p in paths for r in ours[p]
             if r["category"] in HARM and r["figure_id"] not in covered[p]]

    print_checks(stats, ("found", "category", "value", "qualifier", "source", "part of"),
                 sorted(stats, key=lambda k: (k != "all", -stats[k]["n"], k)), "category")
    print(f"\nNONE numbers taken for a count: {none_taken} of {n_none}; extra rows of the six "
          f"categories: {len(extra)}; in headlines (not scored): {len(headline)}; gold numbers "
          f"not found in our body: {len(unplaced)}; extraction of {len(paths)} articles took "
          f"{seconds:.1f} s")
    if args.show_errors:
        for line in errors:
            print(line)
        for path, r in extra:
            print(f"{path}: extra {r['category']} {r['value_text']!r} source={r['source']!r}")
        for g in unplaced:
            print(f"{g['file']}: not in our body: {g['number_text']!r} #{g['occurrence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
