"""Time and peak memory of the cross-article step (reconciled_tables) as a release grows.

Usage: .venv/bin/python benchmarks/cross_article_scale.py --source RELEASE_DIR
       [--sizes 10000,100000] [--days 730]

A synthetic release of N articles is drawn from a real one (RELEASE_DIR, e.g. a release
of 1,000 BBC articles made with `newsfacts run`): article k is a copy of source article
k mod S whose words are enciphered letter by letter with a cipher of its own, names
excepted. So every copy keeps the source's shape (paragraphs, sentences, mentions,
quotes and figures at the same offsets, with their real names: popular names stay
popular), but copies share no sentence and no story word, and each gets a publication
day spread over --days days. Each size runs in a fresh process, which prints the seconds
and the peak RSS of reconciled_tables (above the memory the synthetic input holds).
Nothing of the corpus is written anywhere.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
import json
from pathlib import Path
import random
import string
import subprocess
import sys
import time

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INPUTS = ("articles", "paragraphs", "sentences", "mentions", "quotes", "figures",
          "event_mentions")
LETTERS = string.ascii_lowercase
FIRST_DAY = date(2024, 1, 1)
CHUNK_ARTICLES = 5_000  # synthetic articles built as Python rows before turning into Arrow

MEASURE = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from benchmarks.cross_article_scale import synthetic_release
from transforms.corpus.reconcile import reconciled_tables
from transforms.corpus.resources import load_corpus_resources
from transforms.settings import Settings
from pathlib import Path

settings = Settings()
tables = synthetic_release(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
resources = load_corpus_resources(settings, Path(sys.argv[5]))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
out = reconciled_tables(**tables, resources=resources, settings=settings)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_rss_mb": peak, "before_mb": before,
                  "rows": {name: t.num_rows for name, t in out.items()}}))
"""


def _cipher(seed: int) -> dict[int, int]:
    shuffled = list(LETTERS)
    random.Random(seed).shuffle(shuffled)
    table = {ord(a): ord(b) for a, b in zip(LETTERS, shuffled)}
    table.update({ord(a.upper()): ord(b.upper()) for a, b in zip(LETTERS, shuffled)})
    return table


def _enciphered(body: str, keep: list[tuple[int, int]], cipher: dict[int, int]) -> str:
    """The body enciphered, the `keep` spans (names) as written."""
    out, pos = [], 0
    for start, end in sorted(keep):
        if start < pos:
            continue
        out.append(body[pos:start].translate(cipher))
        out.append(body[start:end])
        pos = end
    out.append(body[pos:].translate(cipher))
    return "".join(out)


def synthetic_release(source: Path, n: int, days: int) -> dict:
    """The six input tables of reconciled_tables for `n` articles drawn from `source`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from transforms import ids
    from transforms.schema import TABLES

    rows = {name: pq.read_table(source / f"{name}.parquet").to_pylist() for name in INPUTS}
    by_article = {name: {} for name in INPUTS[1:]}
    for name in INPUTS[1:]:
        for row in rows[name]:
            by_article[name].setdefault(row["article_id"], []).append(row)
    sources = sorted(rows["articles"], key=lambda a: a["article_id"])
    chunks: dict[str, list] = {name: [] for name in INPUTS}
    out = {name: [] for name in INPUTS}
    for k in range(n):
        if k and k % CHUNK_ARTICLES == 0:  # as Arrow: the rows as dicts would not fit
            for name in INPUTS:
                chunks[name].append(TABLES[name].from_rows(out[name]))
            out = {name: [] for name in INPUTS}
        article = sources[k % len(sources)]
        old_id = article["article_id"]
        mentions = by_article["mentions"].get(old_id, [])
        cipher = _cipher(k)
        body = _enciphered(article["body"], [(m["start_char"], m["end_char"])
                                             for m in mentions], cipher)
        title = (article["title"] or "").translate(cipher) or None
        new_id = ids.article_id(title, body)
        day = FIRST_DAY + timedelta(days=(k * 7919) % days)
        out["articles"].append({**article, "article_id": new_id, "title": title, "body": body,
                                "published_at": day.isoformat(), "story_id": None,
                                "source_path": f"synthetic/{k:07d}.txt"})
        for row in by_article["paragraphs"].get(old_id, []) + by_article["sentences"].get(
                old_id, []):
            table = "paragraphs" if "sentence_idx" not in row else "sentences"
            out[table].append({**row, "article_id": new_id,
                               "text": body[row["start_char"]:row["end_char"]]})
        for m in mentions:
            out["mentions"].append({**m, "article_id": new_id, "entity_id": None,
                                    "mention_id": ids.mention_id(new_id, m["start_char"],
                                                                 m["end_char"], m["label"])})
        quote_ids = {}
        for q in by_article["quotes"].get(old_id, []):
            quote_ids[q["quote_id"]] = ids.quote_id(new_id, q["start_char"], q["end_char"])
            speaker = (body[q["speaker_start_char"]:q["speaker_end_char"]]
                       if q["speaker_start_char"] is not None else None)
            out["quotes"].append({**q, "article_id": new_id, "quote_id": quote_ids[q["quote_id"]],
                                  "text": body[q["start_char"]:q["end_char"]],
                                  "speaker": speaker, "speaker_entity_id": None,
                                  "quote_cluster_id": None})
        figure_ids = {f["figure_id"]: ids.figure_id(new_id, f["start_char"], f["end_char"],
                                                    f["category"])
                      for f in by_article["figures"].get(old_id, [])}
        for f in by_article["figures"].get(old_id, []):
            def span(prefix: str) -> str | None:
                start = f[f"{prefix}_start_char"]
                return body[start:f[f"{prefix}_end_char"]] if start is not None else None
            out["figures"].append({
                **f, "article_id": new_id, "figure_id": figure_ids[f["figure_id"]],
                "value_text": body[f["start_char"]:f["end_char"]],
                "subject": f["subject"].translate(cipher) if f["subject"] else None,
                "time_text": f["time_text"].translate(cipher) if f["time_text"] else None,
                "source": span("source"), "quote_id": quote_ids.get(f["quote_id"]),
                "parent_figure_id": figure_ids.get(f.get("parent_figure_id")),
                "location_entity_id": None, "source_entity_id": None})
    for name in INPUTS:
        chunks[name].append(TABLES[name].from_rows(out[name]))
    # Sorted like a staged release (its tables are merged in their sort order).
    return {name: pa.concat_tables(parts).sort_by(
                [(column, "ascending") for column in TABLES[name].sort_by])
            for name, parts in chunks.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, required=True,
                        help="a release folder to draw articles from")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--gazetteer-cache", type=Path,
                        default=ROOT / ".benchmarks-cache" / "gazetteer")
    args = parser.parse_args()
    if not (args.source / "articles.parquet").exists():
        sys.exit(f"no release at {args.source}: make one with `newsfacts run`, e.g. over "
                 f"1,000 articles of ../shared/corpora/bbc")
    print(f"source release {args.source}")
    for n in [int(s) for s in args.sizes.split(",")]:
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", MEASURE, str(ROOT), str(args.source),
                                 str(n), str(args.days), str(args.gazetteer_cache)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(f"{n:>9} articles: failed after {time.perf_counter() - started:.0f} s\n"
                  f"{result.stderr[-2000:]}")
            continue
        report = json.loads(result.stdout.strip().splitlines()[-1])
        print(f"{n:>9} articles: reconciled_tables {report['seconds']:8.1f} s, peak RSS "
              f"{report['peak_rss_mb']:7.0f} MB ({report['peak_rss_mb'] - report['before_mb']:+.0f} "
              f"MB over the synthetic input); {report['rows']}")


if __name__ == "__main__":
    main()
