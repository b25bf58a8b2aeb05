"""Stories, text reuse, facts and quote clusters over the seeds plus the research corpora.

Runs ingest -> normalize -> extract once per corpus (the tables cached as a pickle under
/tmp, keyed by the extractor fingerprint and the input list), then times the pure
cross-article product, transforms.corpus.reconcile.reconciled_tables, as the flow runs it.
On seeds + BBC it prints the number of stories, their size distribution and whether any
BBC article joined a seed story; on fakes-syria it compares stories with the corpus's
date+location clusters (pairwise precision and recall of "same story"). Corpus text is
never written to the repo.

Example:
    .venv/bin/python benchmarks/stories_counts.py --limit 400
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
import csv
import hashlib
from itertools import combinations
from pathlib import Path
import pickle
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parents[1]
# The built gazetteer, kept between benchmark runs (git-ignored).
GAZETTEER_CACHE = ROOT / ".benchmarks-cache" / "gazetteer"
sys.path.insert(0, str(ROOT))

from transforms.article.extract import EXTRACTED_TABLES, extract_articles  # noqa: E402
from transforms.article.ingest import read_inputs  # noqa: E402
from transforms.article.nlp import load_pipeline  # noqa: E402
from transforms.article.normalize import (  # noqa: E402
    drop_duplicate_articles, load_normalize_rules, normalize_documents, normalized_tables,
)
from transforms.corpus.reconcile import article_records, reconciled_tables  # noqa: E402
from transforms.corpus.resources import load_corpus_resources  # noqa: E402
from transforms.fingerprints import extractor_fingerprint  # noqa: E402
from transforms.records import NormalizedArticle  # noqa: E402
from transforms.schema import TABLES  # noqa: E402
from transforms.settings import Settings  # noqa: E402

CORPORA_DIR = ROOT.parent / "shared" / "corpora"
SEEDS = ROOT / "seeds"
BBC = CORPORA_DIR / "bbc"
FAKES = CORPORA_DIR / "fakes-syria"
CACHE_DIR = Path(tempfile.gettempdir()) / "newsfacts-stories-bench"


def _documents(folder: Path, prefix: str, settings: Settings, limit: int | None):
    documents, _ = read_inputs(folder, settings)
    # The BBC folder holds its README.TXT beside the topic folders: not an article.
    documents = [d for d in documents if "/" in d.source_path or folder != BBC]
    documents = sorted(documents, key=lambda d: d.source_path)[:limit] if limit else documents
    from dataclasses import replace
    return [replace(d, source_path=f"{prefix}/{d.source_path}") for d in documents]


def release(name: str, folders: list[tuple[Path, str, int | None]], settings: Settings,
            nlp_loader) -> dict:
    """The per-article tables of a release (input of reconciled_tables), from the /tmp cache."""
    key = hashlib.sha256(repr((name, [(str(f), p, n) for f, p, n in folders],
                               extractor_fingerprint(settings))).encode()).hexdigest()[:16]
    cache = CACHE_DIR / f"{name}-{key}.pkl"
    if cache.is_file():
        with cache.open("rb") as f:
            return pickle.load(f)
    started = time.perf_counter()
    documents = [d for folder, prefix, limit in folders
                 for d in _documents(folder, prefix, settings, limit)]
    articles, _ = drop_duplicate_articles(normalize_documents(documents, load_normalize_rules(),
                                                              settings))
    extracted = extract_articles(articles, nlp_loader(), settings)
    tables = normalized_tables(articles) | {
        name: TABLES[name].from_rows(extracted[name]) for name in EXTRACTED_TABLES}
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump(tables, f)
    print(f"[{name}] parsed {len(articles)} articles in "
          f"{time.perf_counter() - started:.0f}s (cached in {cache})")
    return tables


def cross_article(tables: dict, settings: Settings, resources) -> dict:
    """Run the cross-article product, timed, and pick out what the reports read."""
    started = time.perf_counter()
    reconciled = reconciled_tables(**tables, resources=resources, settings=settings)
    seconds = time.perf_counter() - started
    articles = reconciled["articles"]
    return {
        "articles": article_records(articles, tables["paragraphs"], tables["sentences"]),
        "reuse": reconciled["text_reuse"].to_pylist(),
        "stories": reconciled["stories"].to_pylist(),
        "story_by_article": dict(zip(articles["article_id"].to_pylist(),
                                     articles["story_id"].to_pylist())),
        "facts": reconciled["facts"].to_pylist(),
        "quote_clusters": dict(zip(reconciled["quotes"]["quote_id"].to_pylist(),
                                   reconciled["quotes"]["quote_cluster_id"].to_pylist())),
        "timings": {"reconciled_tables": seconds},
    }


def _size_distribution(story_rows: list[dict]) -> str:
    sizes = Counter(r["n_articles"] for r in story_rows)
    return ", ".join(f"{size}: {count}" for size, count in sorted(sizes.items()))


def _report_common(name: str, out: dict) -> None:
    articles: list[NormalizedArticle] = out["articles"]
    n_wire_pairs = sum(r["is_same_wire_copy"] for r in out["reuse"]) // 2
    clusters = Counter(out["quote_clusters"].values())
    print(f"[{name}] {len(articles)} articles, "
          f"{sum(len(a.sentences) for a in articles)} sentences")
    print(f"  text reuse: {len(out['reuse'])} ordered pairs, {n_wire_pairs} wire-copy pairs")
    print(f"  stories: {len(out['stories'])}; size: articles -> stories: "
          f"{_size_distribution(out['stories'])}")
    print(f"  facts: {len(out['facts'])} ({sum(f['has_conflict'] for f in out['facts'])} "
          f"with a conflict, {sum(f['n_articles'] > 1 for f in out['facts'])} multi-article)")
    print(f"  quote clusters: {len(clusters)} for {len(out['quote_clusters'])} quotes "
          f"({sum(n > 1 for n in clusters.values())} with several quotes)")
    print("  time: " + ", ".join(f"{k} {v:.2f}s" for k, v in out["timings"].items()))


def run_bbc(limit: int | None, settings: Settings, nlp_loader, resources) -> None:
    if not BBC.is_dir():
        print(f"[seeds+bbc] skipped: {BBC} not found")
        return
    tables = release("seeds+bbc", [(SEEDS, "seeds", None), (BBC, "bbc", limit)], settings,
                     nlp_loader)
    out = cross_article(tables, settings, resources)
    _report_common("seeds+bbc", out)
    path_of = {a.article_id: a.source_path for a in out["articles"]}
    seed_stories = {out["story_by_article"][a] for a, p in path_of.items()
                    if p.startswith("seeds/")}
    joined = [path_of[a] for a, s in out["story_by_article"].items()
              if s in seed_stories and path_of[a].startswith("bbc/")]
    print(f"  seed stories: {len(seed_stories)}; BBC articles in a seed story: "
          f"{len(joined)} {joined[:10]}")
    by_story = defaultdict(list)
    for article_id, story_id in out["story_by_article"].items():
        by_story[story_id].append(path_of[article_id])
    largest = sorted(by_story.values(), key=len, reverse=True)[:5]
    print("  largest stories: " + "; ".join(
        f"{len(paths)} ({Counter(p.split('/')[1] for p in paths).most_common(2)})"
        for paths in largest))


def _pairs(groups: dict[str, set[str]]) -> set[tuple[str, str]]:
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def run_fakes(limit: int | None, settings: Settings, nlp_loader, resources) -> None:
    if not FAKES.is_dir():
        print(f"[fakes-syria] skipped: {FAKES} not found")
        return
    tables = release("fakes-syria", [(FAKES / "articles", "fakes", limit)], settings,
                     nlp_loader)
    out = cross_article(tables, settings, resources)
    _report_common("fakes-syria", out)
    with (FAKES / "index.csv").open(encoding="utf-8") as f:
        cluster_of_file = {row["file"]: row["cluster"] for row in csv.DictReader(f)}
    file_of = {a.article_id: a.source_path.split("/", 1)[1] for a in out["articles"]}
    truth, predicted = defaultdict(set), defaultdict(set)
    for article_id, file in file_of.items():
        truth[cluster_of_file[file]].add(article_id)
        predicted[out["story_by_article"][article_id]].add(article_id)
    true_pairs, predicted_pairs = _pairs(truth), _pairs(predicted)
    both = len(true_pairs & predicted_pairs)
    precision = both / len(predicted_pairs) if predicted_pairs else float("nan")
    recall = both / len(true_pairs) if true_pairs else float("nan")
    print(f"  vs date+location clusters: {len(truth)} clusters "
          f"({sum(len(m) > 1 for m in truth.values())} multi-article), "
          f"{len(true_pairs)} same-cluster pairs; stories give {len(predicted_pairs)} pairs")
    print(f"  pairwise precision {precision:.2f}, recall {recall:.2f} "
          f"({both} pairs in both)")
    wire_pairs = {tuple(sorted((r["article_id"], r["other_article_id"])))
                  for r in out["reuse"] if r["is_same_wire_copy"]}
    print(f"  wire-copy pairs inside one date+location cluster: "
          f"{len(wire_pairs & true_pairs)} of {len(wire_pairs)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None,
                        help="articles per research corpus (default: all)")
    parser.add_argument("--corpus", choices=("bbc", "fakes-syria"), action="append",
                        help="corpus to run (default: both)")
    options = parser.parse_args()
    settings = Settings()
    loaded = {}

    def nlp_loader():
        if "nlp" not in loaded:
            loaded["nlp"] = load_pipeline(settings.model_name, settings.quotes)
        return loaded["nlp"]

    resources = load_corpus_resources(settings, GAZETTEER_CACHE)

    corpora = options.corpus or ["bbc", "fakes-syria"]
    if "bbc" in corpora:
        run_bbc(options.limit, settings, nlp_loader, resources)
    if "fakes-syria" in corpora:
        run_fakes(options.limit, settings, nlp_loader, resources)


if __name__ == "__main__":
    main()
