"""Benchmark: events on news reports written for it by helpers that never read the rules
(benchmarks/gold/events_written/<set>/articles/*.txt, with gold.tsv and same_event.tsv).

Each gold row is one event an article reports: its trigger as written and which occurrence
of that text in the file it is, ACLED's event type and sub-event type, its most specific
place as written with its province and country, its date as written, who acted and against
whom, how many it killed, and whether it is the article's main event. same_event.tsv pairs
the events two articles report, in other words and other spellings. The texts are our own,
so unlike the corpus benchmarks this one runs on any clone.

The set's articles go through `newsfacts run` (or --release, a release already built from
them). A gold event is found when one of our event mentions overlaps its trigger, else the
nearest in the trigger's sentence. Scored, for the found ones:
  type       event_type, then sub_event_type, equal to the gold's;
  place      (gold names one) the mention's location or site, or its event's location,
             admin1 or admin2, shares a folded word with the gold place
             (benchmarks/event_gold.fold_words); admin1 and country the same against the
             event's admin1 and country;
  date       (gold gives one) the mention's or its event's date_text shares a folded word;
  actor      (gold names one) the mention's or its event's actor1 shares a folded word with
             the gold actor1, or its entity's name or an alias does ("RSF" for the Rapid
             Support Forces an article wrote with its initials);
  fatalities (gold gives a number) the event's fatalities_best equals it;
and for each same_event pair, whether both are found in one event, and their articles in
one story; and the events merged wrongly: gold events of two articles that same_event.tsv
does not pair but that we found in one event (the price of merging across outlets).

- set1: 40 reports written at stop 57 by a helper who read no rule; measured once before any
  rule was written from it.
- set2: 40 reports (83 events, 4 pairs of one event) written at stop 58 by another such helper,
  in more regions and beats (the Sahel, Haiti, Manipur, protests, riots, arrests); measured
  once, after the stop's first event rules, before any of its misses was read.
Each set's gold is checked by `gold/events_written/check.py SET`.

Example: .venv/bin/python benchmarks/events_written.py [--set set1] [--release DIR] [--show]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
import csv
import os
from pathlib import Path
import subprocess
import sys
import tempfile

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "benchmarks" / "gold" / "events_written"
CHECKS = ("found", "type", "sub_type", "place", "admin1", "country", "date", "actor",
          "fatalities")


def read_tsv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def build_release(articles: Path, output: Path) -> Path:
    env = dict(os.environ, DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false",
               GX_ANALYTICS_ENABLED="false")
    subprocess.run([str(ROOT / ".venv" / "bin" / "newsfacts"), "run", "--input",
                    str(articles), "--output", str(output)], check=True, env=env,
                   capture_output=True)
    return output / "latest"


def rows_by(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speakers_written import set_names
    parser.add_argument("--set", default="set1", choices=set_names(SETS))
    parser.add_argument("--release", type=Path, help="a release already built from the set")
    parser.add_argument("--show", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from event_gold import fold_words
    from figures_written import body_offset, print_checks, tally

    folder = SETS / args.set
    gold = read_tsv(folder / "gold.tsv")
    with tempfile.TemporaryDirectory(prefix="events-written-") as tmp:
        release = args.release or build_release(folder / "articles", Path(tmp))
        con = duckdb.connect()
        table = {name: f"'{release / (name + '.parquet')}'" for name in (
            "articles", "sentences", "event_mentions", "events", "entities")}
        articles = {Path(r["source_path"]).name: r for r in rows_by(
            con, f"select article_id, source_path, body, story_id from {table['articles']}")}
        sentences = defaultdict(list)
        for r in rows_by(con, f"select article_id, start_char, end_char from "
                              f"{table['sentences']} order by article_id, start_char"):
            sentences[r["article_id"]].append((r["start_char"], r["end_char"]))
        mentions = defaultdict(list)
        for r in rows_by(con, f"select * from {table['event_mentions']}"):
            mentions[r["article_id"]].append(r)
        events = {r["event_id"]: r for r in rows_by(con, f"select * from {table['events']}")}
        # Each entity's words: its name's and its aliases' ("Rapid Support Forces (RSF)").
        entity_words = {r["entity_id"]: fold_words(" ".join([r["name"], *r["aliases"]]))
                        for r in rows_by(con, f"select entity_id, name, aliases from "
                                              f"{table['entities']}")}

    def agrees(gold_text: str, *ours: str | None) -> bool:
        wanted = fold_words(gold_text)
        return any(wanted & fold_words(o) for o in ours if o)

    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    found_of: dict[tuple[str, str, str], dict] = {}
    misses, skipped = [], []
    for g in gold:
        raw = (folder / "articles" / g["file"]).read_text(encoding="utf-8")
        article = articles.get(g["file"])
        at = body_offset(raw, article["body"], g["trigger"], int(g["occurrence"])) \
            if article else -1
        if at is None or at < 0:
            skipped.append(g)
            continue
        end = at + len(g["trigger"])
        ours = mentions[article["article_id"]]
        mention = next((m for m in ours if m["start_char"] < end and at < m["end_char"]), None)
        if mention is None:
            sentence = next((s for s in sentences[article["article_id"]] if s[0] <= at < s[1]),
                            None)
            in_sentence = [m for m in ours if sentence and sentence[0] <= m["start_char"]
                           < sentence[1]]
            mention = min(in_sentence, key=lambda m: abs(m["start_char"] - at), default=None)
        checks = {"found": mention is not None}
        if mention is not None:
            found_of[(g["file"], g["trigger"], g["occurrence"])] = mention
            event = events.get(mention["event_id"]) or {}
            checks["type"] = mention["event_type"] == g["event_type"]
            checks["sub_type"] = mention["sub_event_type"] == g["sub_event_type"]
            if g["place"]:
                checks["place"] = agrees(g["place"], mention["location"], mention["site"],
                                         event.get("location"), event.get("admin1"),
                                         event.get("admin2"))
            if g["admin1"]:
                checks["admin1"] = agrees(g["admin1"], event.get("admin1"))
            if g["country"]:
                checks["country"] = agrees(g["country"], event.get("country"))
            if g["date_text"]:
                checks["date"] = agrees(g["date_text"], mention["date_text"],
                                        event.get("date_text"))
            if g["actor1"]:
                checks["actor"] = agrees(g["actor1"], mention["actor1"], event.get("actor1")) \
                    or any(fold_words(g["actor1"]) & entity_words.get(e, set()) for e in (
                        mention["actor1_entity_id"], event.get("actor1_entity_id")) if e)
            if g["fatalities"].strip():
                best = event.get("fatalities_best")
                checks["fatalities"] = best is not None and abs(
                    best - float(g["fatalities"])) < 1e-6
        tally(stats, ("all", "main" if g["main"].strip() == "yes" else "other"), checks)
        if not all(checks.values()):
            wrong = ", ".join(c for c, ok in checks.items() if not ok)
            misses.append(
                f"{g['file']} [{g['trigger']}#{g['occurrence']}] {g['event_type']} / "
                f"{g['sub_event_type']}, place={g['place']!r} ({g['admin1']}, {g['country']}), "
                f"date={g['date_text']!r}, actor1={g['actor1']!r}, dead={g['fatalities']!r} "
                f"-- wrong: {wrong}\n      ours: " + (
                    f"[{mention['trigger_text']}] {mention['event_type']} / "
                    f"{mention['sub_event_type']}, location={mention['location']!r}, "
                    f"date={mention['date_text']!r}, actor1={mention['actor1']!r}, event: "
                    f"{events.get(mention['event_id'], {}).get('admin1')!r}, "
                    f"{events.get(mention['event_id'], {}).get('country')!r}, dead="
                    f"{events.get(mention['event_id'], {}).get('fatalities_best')!r}"
                    if mention else "none"))

    print_checks(stats, CHECKS, ["all", "main", "other"], "events")
    pairs = read_tsv(folder / "same_event.tsv")
    merged = one_story = 0
    for p in pairs:
        a = found_of.get((p["file_a"], p["trigger_a"], p["occurrence_a"]))
        b = found_of.get((p["file_b"], p["trigger_b"], p["occurrence_b"]))
        one = a is not None and b is not None and a["event_id"] == b["event_id"]
        merged += one
        story_a, story_b = (articles.get(p[f]) for f in ("file_a", "file_b"))
        one_story += bool(story_a and story_b and story_a["story_id"] == story_b["story_id"])
        if args.show and not one:
            misses.append(f"same event not merged: {p['file_a']} / {p['file_b']}")
    paired = {frozenset({(p["file_a"], p["trigger_a"], p["occurrence_a"]),
                         (p["file_b"], p["trigger_b"], p["occurrence_b"])}) for p in pairs}
    by_event = defaultdict(list)
    for key, mention in found_of.items():
        by_event[mention["event_id"]].append(key)
    wrong = [(a, b) for keys in by_event.values() for i, a in enumerate(keys)
             for b in keys[i + 1:] if a[0] != b[0] and frozenset({a, b}) not in paired]
    if args.show:
        misses.extend(f"merged but not one event: {a[0]} [{a[1]}] / {b[0]} [{b[1]}]"
                      for a, b in wrong)
    print(f"\nsame event in two reports: one event {merged} of {len(pairs)}, one story "
          f"{one_story} of {len(pairs)}; gold events of two reports merged wrongly: "
          f"{len(wrong)}; gold events not placed in our bodies (headline or rejected): "
          f"{len(skipped)}")
    if args.show:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
