"""Entity counts, geocoding and linking time: ingest -> normalize -> parse -> mentions -> link.

Runs over the seeds and over ../shared/corpora (bbc, fakes-syria, wikievents; skipped with a
message when absent) and prints mentions by source, entities by label, the share of places
(GPE/LOC entities and mentions) with coordinates, by place type and precision, and how long
linking took (parsing is reported apart: it is the model's time, not the linker's).
`--gazetteer` first measures the gazetteer: build time and peak memory in a fresh process,
then the load of the built copy from disk. `--sample N` prints N random geocoded places
(name, resolved place, coordinates) with a sentence of theirs, for checking by hand; the
corpora's texts go to the terminal only.

Example:
    .venv/bin/python benchmarks/entity_counts.py --gazetteer --corpus fakes-syria --sample 50
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
import random
import subprocess
import sys
import tempfile
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


SAMPLE_SEED = 15  # fixed, so two runs show the same places for review

# Run in a fresh process: the peak RSS of building (or mapping) the gazetteer alone.
_GAZETTEER_PROBE = """
import resource, sys, time
from pathlib import Path
start = time.perf_counter()
from transforms.corpus.geocode import load_gazetteer
from transforms.corpus.romanize import load_romanization
from transforms.settings import GeocodeSettings
imported = time.perf_counter()
base = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]) / 1024
cache = Path(sys.argv[1]) if len(sys.argv) > 1 else None
gazetteer = load_gazetteer(GeocodeSettings(), load_romanization(), cache)
done = time.perf_counter()
gazetteer.candidates("Ramadi")
now = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]) / 1024
print(f"{done - imported:.2f} {imported - start:.2f} "
      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - base:.0f} {now - base:.0f} "
      f"{len(gazetteer)} {gazetteer.n_names}")
"""


def measure_gazetteer() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for what, args in (("build, in memory", []), ("build and write", [folder]),
                           ("load the written copy", [folder])):
            out = subprocess.run([sys.executable, "-c", _GAZETTEER_PROBE, *args], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.split()
            seconds, imports, peak, held, places, names = out
            print(f"[gazetteer] {what}: {seconds} s (imports {imports} s), RSS above the "
                  f"imports: peak +{peak} MB, after +{held} MB; {places} places, {names} "
                  f"name keys")
        size = sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())
        print(f"[gazetteer] on disk: {size / 1e6:.1f} MB")


def run(name: str, folder: Path, limit: int | None, nlp, settings: Settings,
        sample: int = 0) -> None:
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
    kinds = Counter(e["place_type"] for e in places if e["latitude"] is not None)
    precisions = Counter(e["geo_precision"] for e in places if e["geo_precision"])
    with_point = {e["entity_id"] for e in places if e["latitude"] is not None}
    place_mentions = [m for m in linked if m["label"] in ("GPE", "LOC")]
    print(f"[{name}] {len(articles)} articles")
    print(f"  mentions: {len(linked)} (model {sources['model']}, rule {sources['rule']})")
    print(f"  entities: {len(entities)} — " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
    print(f"  places with coordinates: {len(with_point)} of {len(places)} GPE/LOC entities "
          f"({len(with_point) / max(len(places), 1):.2f}); "
          f"{sum(m['entity_id'] in with_point for m in place_mentions)} of "
          f"{len(place_mentions)} GPE/LOC mentions "
          f"({sum(m['entity_id'] in with_point for m in place_mentions) / max(len(place_mentions), 1):.2f})")
    print("  by place type: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
          + "; geo_precision: " + ", ".join(f"{k}: {v}" for k, v in sorted(precisions.items())))
    print(f"  multi-article entities: {sum(e['n_articles'] > 1 for e in entities)}")
    print(f"  time: parse {parsed - started:.1f}s, rules+gazetteer {loaded - parsed:.1f}s, "
          f"link {done - loaded:.2f}s ({1e6 * (done - loaded) / max(len(linked), 1):.0f} µs/mention)")
    if sample:
        _print_sample(articles, linked, [e for e in places if e["latitude"] is not None], sample)


def _print_sample(articles, linked, geocoded: list[dict], n: int) -> None:
    """N random geocoded places with one sentence of theirs, for a hand check."""
    bodies = {a.article_id: a for a in articles}
    mentions = {}
    for m in linked:
        mentions.setdefault(m["entity_id"], m)
    print(f"  {min(n, len(geocoded))} random geocoded places (seed {SAMPLE_SEED}):")
    for e in random.Random(SAMPLE_SEED).sample(sorted(geocoded, key=lambda e: e["entity_id"]),
                                               min(n, len(geocoded))):
        m = mentions[e["entity_id"]]
        article = bodies[m["article_id"]]
        _, span = article.sentences[m["sentence_idx"]]
        sentence = article.body[span.start:span.end].replace("\n", " ")[:160]
        where = ", ".join(x for x in (e["admin2"], e["admin1"], e["country"]) if x)
        print(f"  - {e['name']!r} -> {e['place_type']} {where} ({e['latitude']}, "
              f"{e['longitude']}) p{e['geo_precision']} | {sentence}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus (default: all)")
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append",
                        help="corpus to run (default: all)")
    parser.add_argument("--gazetteer", action="store_true",
                        help="measure the gazetteer's build and load first")
    parser.add_argument("--sample", type=int, default=0,
                        help="print this many random geocoded places per corpus")
    options = parser.parse_args()
    if options.gazetteer:
        measure_gazetteer()
    settings = Settings()
    nlp = load_pipeline(settings.model_name, settings.quotes)
    for name in options.corpus or list(CORPORA):
        run(name, CORPORA[name], options.limit, nlp, settings, options.sample)


if __name__ == "__main__":
    main()
