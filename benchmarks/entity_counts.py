"""Entity counts and linking time: ingest -> normalize -> parse -> mentions -> link.

Runs over the seeds and over ../shared/corpora/bbc (skipped with a message when absent) and
prints mentions by source, entities by label, places geocoded, and how long linking took
(parsing is reported apart: it is the model's time, not the linker's).

Example:
    .venv/bin/python benchmarks/entity_counts.py --limit 300
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
import time

from transforms.article.components import MENTIONS
from transforms.article.ingest import read_inputs
from transforms.article.nlp import load_pipeline, parse_bodies
from transforms.article.normalize import (
    drop_duplicate_articles, load_normalize_rules, normalize_documents,
)
from transforms.corpus.entities import link_entities
from transforms.corpus.resources import load_corpus_resources
from transforms.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
# The built gazetteer, kept between benchmark runs (git-ignored).
GAZETTEER_CACHE = ROOT / ".benchmarks-cache" / "gazetteer"
SHARED = ROOT.parent / "shared" / "corpora"
CORPORA = {"seeds": ROOT / "seeds", "bbc": SHARED / "bbc",
           "fakes-syria": SHARED / "fakes-syria" / "articles",
           "wikievents": SHARED / "wikievents" / "articles"}


def run(name: str, folder: Path, limit: int | None, nlp, settings: Settings) -> None:
    if not folder.is_dir():
        print(f"[{name}] skipped: {folder} not found")
        return
    documents, _ = read_inputs(folder, settings)
    documents = documents[:limit] if limit else documents
    articles, _ = drop_duplicate_articles(normalize_documents(documents, load_normalize_rules(),
                                                              settings))
    started = time.perf_counter()
    mentions = [m for doc in parse_bodies(articles, nlp, settings.nlp_batch_size)
                for m in doc._.get(MENTIONS)]
    parsed = time.perf_counter()
    resources = load_corpus_resources(settings, GAZETTEER_CACHE)
    loaded = time.perf_counter()
    linked, entities = link_entities(articles, mentions, resources.linking_rules,
                                     resources.gazetteer, settings.linking, settings.geocode)
    done = time.perf_counter()

    sources = Counter(m["source"] for m in linked)
    labels = Counter(e["label"] for e in entities)
    places = [e for e in entities if e["label"] in ("GPE", "LOC")]
    precisions = Counter(e["geo_precision"] for e in places if e["geo_precision"])
    print(f"[{name}] {len(articles)} articles")
    print(f"  mentions: {len(linked)} (model {sources['model']}, rule {sources['rule']})")
    print(f"  entities: {len(entities)} — " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
    print(f"  places geocoded: {sum(precisions.values())} of {len(places)} GPE/LOC — "
          + ", ".join(f"{k} {v}" for k, v in precisions.most_common()))
    print(f"  multi-article entities: {sum(e['n_articles'] > 1 for e in entities)}")
    print(f"  time: parse {parsed - started:.1f}s, rules+gazetteer {loaded - parsed:.1f}s, "
          f"link {done - loaded:.2f}s ({1e6 * (done - loaded) / max(len(linked), 1):.0f} µs/mention)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus (default: all)")
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append",
                        help="corpus to run (default: all)")
    options = parser.parse_args()
    settings = Settings()
    nlp = load_pipeline(settings.model_name, settings.quotes)
    for name in options.corpus or list(CORPORA):
        run(name, CORPORA[name], options.limit, nlp, settings)


if __name__ == "__main__":
    main()
