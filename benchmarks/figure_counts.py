"""Figure counts by category and qualifier over the seeds and the research corpora.

Runs ingest -> normalize -> parse -> figures on each corpus and prints, per corpus, the
number of articles and of figures by category and by qualifier. `--show N` also prints N
casualty figures (not `other`) with their sentence, for reading precision by hand; the
corpora's texts are printed to the terminal only, never written into the repository.

Example:
    .venv/bin/python benchmarks/figure_counts.py --limit 200 --show 40
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
import random
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.article.components import FIGURES  # noqa: E402
from transforms.article.ingest import read_inputs  # noqa: E402
from transforms.article.nlp import load_pipeline, parse_bodies  # noqa: E402
from transforms.article.normalize import load_normalize_rules, normalize_documents  # noqa: E402
from transforms.schema import FIGURE_CATEGORIES, QUALIFIERS  # noqa: E402
from transforms.settings import Settings  # noqa: E402

CORPORA_DIR = ROOT.parent / "shared" / "corpora"
CORPORA = {
    "seeds": ROOT / "seeds",
    "fakes-syria": CORPORA_DIR / "fakes-syria" / "articles",
    "wikievents": CORPORA_DIR / "wikievents" / "articles",
}
SAMPLE_SEED = 5  # fixed, so two runs show the same figures for review


def _limited_input(folder: Path, limit: int | None) -> Path:
    """The folder itself, or a temporary folder linking its first `limit` files."""
    if limit is None:
        return folder
    subset = Path(tempfile.mkdtemp(prefix="figure-counts-"))
    for path in sorted(folder.glob("*.txt"))[:limit]:
        (subset / path.name).symlink_to(path)
    return subset


def corpus_figures(folder: Path, nlp, normalize_rules, settings: Settings,
                   limit: int | None) -> tuple[int, list[tuple[dict, str]]]:
    """(article count, [(figure row, its sentence text)]) for one corpus folder."""
    documents, _ = read_inputs(_limited_input(folder, limit), settings)
    articles = normalize_documents(documents, normalize_rules, settings)
    figures = []
    for article, doc in zip(articles, parse_bodies(articles, nlp, settings.nlp_batch_size)):
        for row in doc._.get(FIGURES):
            _, span = article.sentences[row["sentence_idx"]]
            figures.append((row, article.body[span.start:span.end]))
    return len(articles), figures


def _print_counts(name: str, n_articles: int, figures: list[tuple[dict, str]],
                  seconds: float) -> None:
    by_category = Counter(row["category"] for row, _ in figures)
    by_qualifier = Counter(row["qualifier"] for row, _ in figures)
    print(f"\n== {name}: {n_articles} articles, {len(figures)} figures ({seconds:.0f} s)")
    print("  category:  " + "  ".join(f"{c}={by_category[c]}" for c in FIGURE_CATEGORIES))
    print("  qualifier: " + "  ".join(f"{q}={by_qualifier[q]}" for q in QUALIFIERS))
    print(f"  vague (value null): {sum(row['value'] is None for row, _ in figures)}")


def _print_sample(figures: list[tuple[dict, str]], n: int) -> None:
    casualties = [f for f in figures if f[0]["category"] != "other"]
    for row, sentence in random.Random(SAMPLE_SEED).sample(casualties, min(n, len(casualties))):
        print(f"  - {row['category']:9} {row['value_text']!r} value={row['value']} "
              f"subject={row['subject']!r} source={row['source']!r}\n      {sentence}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus (first N)")
    parser.add_argument("--show", type=int, default=0, help="casualty figures to print per corpus")
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA),
                        help="corpus to run (repeatable; default: all)")
    args = parser.parse_args(argv)

    settings = Settings()
    nlp = load_pipeline(settings.model_name, settings.quotes)
    normalize_rules = load_normalize_rules()
    for name in args.corpus or list(CORPORA):
        folder = CORPORA[name]
        if not folder.is_dir():
            print(f"\n== {name}: skipped, folder not found: {folder}")
            continue
        started = time.monotonic()
        n_articles, figures = corpus_figures(folder, nlp, normalize_rules, settings, args.limit)
        _print_counts(name, n_articles, figures, time.monotonic() - started)
        if args.show:
            _print_sample(figures, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
