"""Benchmark: killed/wounded figures against hand-checked sentences, by category and value.

Reads benchmarks/gold/figures.tsv (path into ../shared/corpora, offsets of a sentence in the
normalized body, its killed/wounded totals and subsets), runs the pipeline on each file and
prints precision and recall of (category, value) for killed and wounded totals: our rows in
the sentence that are not a subset (`parent_figure_id` null), matched to the gold as a
multiset; a vague figure ("dozens") is compared at its floor (`low`). Subsets ("including 12
children") are scored apart: a gold subset is found when a row with its category and value
is marked as part of another figure. Skips with a message when ../shared/corpora is absent.

Example: .venv/bin/python benchmarks/casualty_figures.py [--show-errors]
"""

from __future__ import annotations

import argparse
from collections import Counter
import sys

from speakers import CORPORA, ROOT, extracted, text_sha1

GOLD = ROOT / "benchmarks" / "gold" / "figures.tsv"
SCORED = ("killed", "wounded")


def _pairs(cell: str) -> Counter:
    pairs = Counter()
    for item in filter(None, cell.split(";")):
        category, value = item.split("=")
        pairs[(category, float(value))] += 1
    return pairs


def read_gold() -> list[dict]:
    import csv
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    for row in rows:
        row["start"], row["end"] = int(row["start"]), int(row["end"])
        row["totals"], row["subsets"] = _pairs(row["totals"]), _pairs(row["subsets"])
    return rows


def _value(row: dict) -> float | None:
    return row["value"] if row["value"] is not None else row["low"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true",
                        help="print sentences (offsets only) where ours and the gold differ")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"skipped: {CORPORA} not found (the gold set points into it)")
        return 0
    sys.path.insert(0, str(ROOT))
    from transforms.article.components import FIGURES

    gold = read_gold()
    paths = sorted({g["path"] for g in gold})
    articles, figures, _ = extracted(paths, FIGURES)

    counts = Counter()
    drifted = 0
    for g in gold:
        drifted += text_sha1(articles[g["path"]].body[g["start"]:g["end"]]) != g["text_sha1"]
        rows = [r for r in figures[g["path"]] if g["start"] <= r["start_char"] < g["end"]
                and r["category"] in SCORED]
        totals = Counter((r["category"], _value(r)) for r in rows if not r.get("parent_figure_id"))
        subsets = Counter((r["category"], _value(r)) for r in rows if r.get("parent_figure_id"))
        for category in SCORED:
            ours = Counter({k: v for k, v in totals.items() if k[0] == category})
            theirs = Counter({k: v for k, v in g["totals"].items() if k[0] == category})
            counts[category, "tp"] += sum((ours & theirs).values())
            counts[category, "predicted"] += sum(ours.values())
            counts[category, "gold"] += sum(theirs.values())
        counts["subsets", "tp"] += sum((subsets & g["subsets"]).values())
        counts["subsets", "predicted"] += sum(subsets.values())
        counts["subsets", "gold"] += sum(g["subsets"].values())
        if args.show_errors and (totals != g["totals"] or subsets != g["subsets"]):
            def show(c):
                return ";".join(f"{k[0]}={k[1]:g}" for k in sorted(c.elements()))
            print(f"  {g['path']}:{g['start']}-{g['end']} gold={show(g['totals'])} "
                  f"sub={show(g['subsets'])} | ours={show(totals)} sub={show(subsets)}")
    if drifted:
        print(f"warning: {drifted} gold sentences no longer hash the same: normalization changed?")

    print(f"{'':<18} {'gold':>5} {'ours':>5} {'right':>6} {'precision':>9} {'recall':>7}")
    for key in (*SCORED, "killed+wounded", "subsets"):
        if key == "killed+wounded":
            tp, predicted, total = (sum(counts[c, m] for c in SCORED)
                                    for m in ("tp", "predicted", "gold"))
        else:
            tp, predicted, total = counts[key, "tp"], counts[key, "predicted"], counts[key, "gold"]
        precision = tp / predicted if predicted else 0.0
        recall = tp / total if total else 0.0
        print(f"{key:<18} {total:>5} {predicted:>5} {tp:>6} {precision:>9.3f} {recall:>7.3f}")
    print(f"\n{len(gold)} sentences from {len(paths)} articles; totals exclude rows marked as "
          f"subsets; a subset is right when a marked row has its category and value")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
