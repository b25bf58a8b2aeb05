"""Benchmark: speaker accuracy on hand-checked quotations, ours next to textacy's.

Reads benchmarks/gold/speakers.tsv (path into ../shared/corpora, offsets of the quoted words
in the normalized body, the true speaker, how the article attributes it), runs the pipeline
on each file and prints, overall and by class: quotes, quotes we found (a row overlapping at
least half of the shorter span), speakers right. A speaker is right when the gold's last word
(a surname, or the head noun of "a Labour spokesperson") is among ours, or our last word is
among the gold's; a gold row may give alternatives ("prime minister|Tony Blair"). textacy's
`direct_quotations` is scored the same way when importable (`.venv/bin/pip install textacy`;
not a project dependency; it leaves pronouns unresolved); otherwise ours alone. Skips with
a message when ../shared/corpora is absent. No corpus text is written anywhere.

Example: .venv/bin/python benchmarks/speakers.py [--show-errors]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
import csv
import hashlib
from pathlib import Path
import re
import sys
import time

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
GOLD = ROOT / "benchmarks" / "gold" / "speakers.tsv"
# Quotes from articles not used while the rules were written (annotated afterwards).
HELDOUT = ROOT / "benchmarks" / "gold" / "speakers_heldout.tsv"
# Share of the shorter span two quotes must overlap to be the same quote (0-1), as in
# quotes_vs_textacy.py: the tools trim marks and trailing punctuation differently.
MIN_SPAN_OVERLAP = 0.5
# Words that never identify a speaker on their own.
_NOT_NAMES = frozenset({"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "sir", "dame", "its",
                        "his", "her", "their", "'s"})
_WORD = re.compile(r"[\w'-]+")


def read_gold(path: Path = GOLD) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    for row in rows:
        row["start"], row["end"] = int(row["start"]), int(row["end"])
    return rows


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _words(text: str | None) -> list[str]:
    return [w for w in _WORD.findall((text or "").casefold()) if w not in _NOT_NAMES]


def same_speaker(gold: str, ours: str | None) -> bool:
    """True when `ours` names the gold speaker (any alternative of `gold`)."""
    mine = _words(ours)
    if not mine:
        return False
    for alternative in gold.split("|"):
        theirs = _words(alternative)
        if theirs and (theirs[-1] in mine or mine[-1] in theirs):
            return True
    return False


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / max(shorter, 1)


def matching(rows: list[dict], span: tuple[int, int]) -> dict | None:
    best = max(rows, key=lambda r: overlap(span, (r["start_char"], r["end_char"])), default=None)
    if best is None or overlap(span, (best["start_char"], best["end_char"])) < MIN_SPAN_OVERLAP:
        return None
    return best


def extracted(paths: list[str], extension: str, configure=None,
              base: Path = CORPORA) -> tuple[dict, dict, float]:
    """(path -> normalized article, path -> the rows of one component extension, seconds
    the parse and extraction took) for files under `base` (the corpora), run as
    `newsfacts run` runs them; `configure(nlp)` may adjust the pipeline first."""
    from transforms.article.nlp import load_pipeline, parse_bodies
    from transforms.settings import Settings
    settings = Settings()
    nlp = load_pipeline(settings.model_name, settings.quotes)
    if configure is not None:
        configure(nlp)
    articles = load_articles(paths, settings, base)
    started = time.monotonic()
    rows = {p: doc._.get(extension) for p, doc in
            zip(paths, parse_bodies([articles[p] for p in paths], nlp, settings.nlp_batch_size))}
    return articles, rows, time.monotonic() - started


def load_articles(paths: list[str], settings, base: Path = CORPORA):
    """path -> normalized article, read and normalized as `newsfacts run` does."""
    from transforms.article.ingest import decode_document
    from transforms.article.normalize import load_normalize_rules, normalize_documents
    documents = [decode_document(p, (base / p).read_bytes(), settings.decoding) for p in paths]
    articles = normalize_documents(documents, load_normalize_rules(), settings)
    return dict(zip(paths, articles))


def _textacy_rows(doc) -> list[dict] | None:
    from textacy.extract.triples import direct_quotations
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy refuses an odd number of quote marks
        return None
    return [{"start_char": t.content.start_char, "end_char": t.content.end_char,
             "speaker": " ".join(tok.text for tok in t.speaker) or None} for t in triples]


def _has_textacy() -> bool:
    try:
        import textacy  # noqa: F401
    except ImportError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true",
                        help="print the gold rows we get wrong (offsets and speakers only)")
    parser.add_argument("--gold", choices=("dev", "heldout"), default="dev",
                        help="dev: the 286 quotes the rules were tuned on; heldout: 40 quotes "
                             "annotated after them")
    parser.add_argument("--gender-guesser", action="store_true",
                        help="give pronoun resolution first-name genders from gender-guesser "
                             "(evaluated, not adopted: see the README)")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"skipped: {CORPORA} not found (the gold set points into it)")
        return 0
    sys.path.insert(0, str(ROOT))
    from transforms.article.components import QUOTES
    from transforms.settings import Settings

    gold = read_gold(GOLD if args.gold == "dev" else HELDOUT)
    paths = sorted({g["path"] for g in gold})
    configure = None
    if args.gender_guesser:
        configure = _with_gender_guesser()
        if configure is None:
            print("gender-guesser: not importable here (.venv/bin/pip install gender-guesser)")
            return 0
    articles, ours, seconds = extracted(paths, QUOTES, configure)
    theirs = None
    if _has_textacy():
        plain = load_pipeline_plain(Settings().model_name)
        theirs = {p: _textacy_rows(doc) for p, doc in
                  zip(paths, plain.pipe([articles[p].body for p in paths], batch_size=4))}
    else:
        print("textacy: not importable here (.venv/bin/pip install textacy); ours only")

    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    drifted = 0
    for g in gold:
        body = articles[g["path"]].body
        drifted += text_sha1(body[g["start"]:g["end"]]) != g["text_sha1"]
        span = (g["start"], g["end"])
        for key in ("all", g["class"], "corpus:" + g["path"].split("/")[0]):
            stats[key]["n"] += 1
        row = matching(ours[g["path"]], span)
        right = row is not None and same_speaker(g["speaker"], row["speaker"])
        their_row = matching(theirs[g["path"]] or [], span) if theirs is not None else None
        their_right = their_row is not None and same_speaker(g["speaker"], their_row["speaker"])
        for key in ("all", g["class"], "corpus:" + g["path"].split("/")[0]):
            stats[key]["found"] += row is not None
            stats[key]["right"] += right
            stats[key]["tx_found"] += their_row is not None
            stats[key]["tx_right"] += their_right
        if args.show_errors and not right:
            said = row["speaker"] if row else "(no quote)"
            print(f"  wrong {g['class']:<18} {g['path']}:{g['start']}-{g['end']} "
                  f"gold={g['speaker']!r} ours={said!r}")
    if drifted:
        print(f"warning: {drifted} gold spans no longer hash the same: normalization changed?")

    header = (f"{'class':<24} {'quotes':>6} {'found':>6} {'right':>6} {'accuracy':>8}"
              + (f" {'tx found':>8} {'tx right':>8} {'tx acc':>7}" if theirs is not None else ""))
    print(header)
    print("-" * len(header))
    order = ["all"] + sorted(k for k in stats if k != "all" and not k.startswith("corpus:")) \
        + sorted(k for k in stats if k.startswith("corpus:"))
    for key in order:
        s = stats[key]
        line = f"{key:<24} {s['n']:>6} {s['found']:>6} {s['right']:>6} {s['right'] / s['n']:>8.3f}"
        if theirs is not None:
            line += f" {s['tx_found']:>8} {s['tx_right']:>8} {s['tx_right'] / s['n']:>7.3f}"
        print(line)
    print(f"\naccuracy: speakers right / gold quotes (a quote we did not find counts as wrong); "
          f"our extraction of {len(paths)} articles took {seconds:.1f} s")
    return 0


def _with_gender_guesser():
    """A pipeline hook that gives the quotes component gender-guesser's first names, or
    None when it is not installed. Load time and memory are printed."""
    try:
        import gender_guesser.detector as gender_detector
    except ImportError:
        return None
    import dataclasses
    import tracemalloc
    tracemalloc.start()
    started = time.monotonic()
    detector = gender_detector.Detector(case_sensitive=False)
    print(f"gender-guesser: loaded in {time.monotonic() - started:.1f} s, "
          f"{tracemalloc.get_traced_memory()[1] / 1e6:.0f} MB at peak")
    tracemalloc.stop()
    genders = {"male": "male", "mostly_male": "male", "female": "female",
               "mostly_female": "female"}

    def first_name_gender(name: str) -> str | None:
        return genders.get(detector.get_gender(name))

    def configure(nlp) -> None:
        component = nlp.get_pipe("newsfacts_quotes")
        component.rules = dataclasses.replace(component.rules,
                                              first_name_gender=first_name_gender)
    return configure


def load_pipeline_plain(model_name: str):
    import spacy
    return spacy.load(model_name)


if __name__ == "__main__":
    raise SystemExit(main())
