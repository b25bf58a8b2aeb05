"""Time and peak memory of the cross-article step as a release grows.

Usage: .venv/bin/python benchmarks/cross_article_scale.py --source RELEASE_DIR
       [--sizes 10000,100000,1000000] [--days 730] [--work DIR] [--max-articles N]

A synthetic release of N articles is drawn from a real one (RELEASE_DIR, e.g. a release
of 1,000 BBC articles made with `newsfacts run`): article k is a copy of source article
k mod S whose words are enciphered letter by letter with a cipher of its own, names
excepted. So every copy keeps the source's shape (paragraphs, sentences, mentions,
quotes and figures at the same offsets, with their real names: popular names stay
popular), but copies share no sentence and no story word, and each gets a publication
day spread over --days days.

Each size is first written as a staged release (the seven input tables as Parquet, under
--work, then removed), in chunks of articles by worker processes. A fresh process then
runs the flow's cross-article step on it (transforms.release.windowed.reconcile_release:
whole up to WindowSettings.max_articles, window by window above, --processes windows at
once) and prints its seconds, its windows and the peak RSS of that process and its window
processes together (sampled every 0.2 s), which hold nothing else.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
import json
from pathlib import Path
import os
import random
import shutil
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
CHUNK_ARTICLES = 5_000  # synthetic articles per part written by a worker process

MEASURE = """
import json, sys, threading, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from dataclasses import replace
import psutil
from transforms.corpus.resources import load_corpus_resources
from transforms.release.windowed import reconcile_release
from transforms.settings import Settings, WindowSettings

settings = Settings()
if int(sys.argv[4]):
    settings = replace(settings, windows=WindowSettings(int(sys.argv[4])))
resources = load_corpus_resources(settings, Path(sys.argv[3]))
me = psutil.Process()
peak = {"tree": 0, "largest": 0}
running = True

def sample():
    # RSS of this process and its window processes together, every 0.2 s.
    while running:
        try:
            rss = [p.memory_info().rss for p in [me] + me.children(recursive=True)]
        except psutil.Error:
            continue
        peak["tree"] = max(peak["tree"], sum(rss))
        peak["largest"] = max(peak["largest"], max(rss))
        time.sleep(0.2)

before = me.memory_info().rss / 2**20
sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
start = time.perf_counter()
summary = reconcile_release(Path(sys.argv[2]), resources, settings,
                            processes=int(sys.argv[5]))
seconds = time.perf_counter() - start
running = False
sampler.join()
print(json.dumps({"seconds": seconds, "peak_rss_mb": peak["tree"] / 2**20,
                  "largest_mb": peak["largest"] / 2**20, "before_mb": before,
                  "windows": summary.windows, "rows": summary.rows}))
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


_SOURCE: dict = {}


def _load_source(source: Path) -> None:
    """The source release's input rows, by article (once per worker process)."""
    import pyarrow.parquet as pq

    rows = {name: pq.read_table(source / f"{name}.parquet").to_pylist() for name in INPUTS}
    by_article = {name: {} for name in INPUTS[1:]}
    for name in INPUTS[1:]:
        for row in rows[name]:
            by_article[name].setdefault(row["article_id"], []).append(row)
    _SOURCE["by_article"] = by_article
    _SOURCE["sources"] = sorted(rows["articles"], key=lambda a: a["article_id"])


def _span_text(body: str, row: dict, prefix: str) -> str | None:
    """The body's text at a row's `<prefix>_start_char`/`_end_char`, None without a span."""
    start = row[f"{prefix}_start_char"]
    return body[start:row[f"{prefix}_end_char"]] if start is not None else None


def _write_chunk(task: tuple[int, int, int, Path]) -> None:
    """Synthetic articles first..last-1 as one part of each input table under `parts`."""
    from transforms import ids
    from transforms.release.parts import write_part

    first, last, days, parts = task
    by_article, sources = _SOURCE["by_article"], _SOURCE["sources"]
    out = {name: [] for name in INPUTS}
    for k in range(first, last):
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
            out["figures"].append({
                **f, "article_id": new_id, "figure_id": figure_ids[f["figure_id"]],
                "value_text": body[f["start_char"]:f["end_char"]],
                "subject": f["subject"].translate(cipher) if f["subject"] else None,
                "time_text": f["time_text"].translate(cipher) if f["time_text"] else None,
                "source": _span_text(body, f, "source"),
                "quote_id": quote_ids.get(f["quote_id"]),
                "parent_figure_id": figure_ids.get(f.get("parent_figure_id")),
                "location_entity_id": None, "source_entity_id": None})
        for e in by_article["event_mentions"].get(old_id, []):
            out["event_mentions"].append({
                **e, "article_id": new_id,
                "event_mention_id": ids.event_mention_id(new_id, e["start_char"], e["end_char"]),
                **{column: _span_text(body, e, column)
                   for column in ("actor1", "actor2", "location", "site")},
                "trigger_text": body[e["start_char"]:e["end_char"]],
                "date_text": _span_text(body, e, "date"),
                "figure_ids": [figure_ids[f] for f in e["figure_ids"] if f in figure_ids],
                "actor1_entity_id": None, "actor2_entity_id": None,
                "location_entity_id": None, "event_id": None})
    for name in INPUTS:
        write_part(parts, name, f"{first:08d}", out[name])


def synthetic_release(source: Path, n: int, days: int, folder: Path, processes: int) -> Path:
    """A staged release of `n` articles drawn from `source`: the input tables of the
    cross-article step in `folder`, sorted as the flow stages them."""
    from multiprocessing import get_context

    from transforms.release.parts import merge_parts
    from transforms.release.publish import table_path

    parts = folder / "parts"
    tasks = [(first, min(first + CHUNK_ARTICLES, n), days, parts)
             for first in range(0, n, CHUNK_ARTICLES)]
    with get_context("fork").Pool(processes, initializer=_load_source,
                                  initargs=(source,)) as pool:
        for _ in pool.imap_unordered(_write_chunk, tasks):
            pass
    for name in INPUTS:
        merge_parts(sorted((parts / name).glob("*.parquet")), name, table_path(folder, name))
    shutil.rmtree(parts)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, required=True,
                        help="a release folder to draw articles from")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--gazetteer-cache", type=Path,
                        default=ROOT / ".benchmarks-cache" / "gazetteer")
    parser.add_argument("--work", type=Path, default=ROOT / ".benchmarks-cache" / "synthetic",
                        help="where each synthetic release is written, then removed")
    parser.add_argument("--max-articles", type=int, default=0,
                        help="articles per window (default: the settings' own)")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1,
                        help="processes writing the synthetic release, and windows "
                             "reconciled at once")
    args = parser.parse_args()
    if not (args.source / "articles.parquet").exists():
        sys.exit(f"no release at {args.source}: make one with `newsfacts run`, e.g. over "
                 f"1,000 articles of ../shared/corpora/bbc")
    print(f"source release {args.source}")
    for n in [int(s) for s in args.sizes.split(",")]:
        folder = args.work / f"{n}"
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        synthetic_release(args.source, n, args.days, folder, args.processes)
        written = time.perf_counter() - started
        size_mb = sum(p.stat().st_size for p in folder.glob("*.parquet")) / 1e6
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", MEASURE, str(ROOT), str(folder),
                                 str(args.gazetteer_cache), str(args.max_articles),
                                 str(args.processes)],
                                capture_output=True, text=True)
        shutil.rmtree(folder, ignore_errors=True)
        if result.returncode != 0:
            print(f"{n:>9} articles: failed after {time.perf_counter() - started:.0f} s\n"
                  f"{result.stderr[-2000:]}")
            continue
        report = json.loads(result.stdout.strip().splitlines()[-1])
        print(f"{n:>9} articles ({size_mb:,.0f} MB of input Parquet, written in {written:.0f} "
              f"s): cross-article step {report['seconds']:8.1f} s in {report['windows']} "
              f"window(s), peak RSS {report['peak_rss_mb']:7.0f} MB with its window "
              f"processes (largest {report['largest_mb']:.0f} MB; {report['before_mb']:.0f} "
              f"MB before it); {report['rows']}", flush=True)

if __name__ == "__main__":
    main()
