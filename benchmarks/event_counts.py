"""Events in a published release: counts by type, and, for FA-KES, agreement with the
corpus's own date+location clusters.

Reads a release folder made by `newsfacts run`. FA-KES's texts carry no date or outlet, so
`--make-fakes-input DIR` first builds an input folder of links to its articles with a
`manifest.csv` giving each article's date and outlet from index.csv (the date is what
the corpus gives per article, taken as its publication day). Each article's event is the event of its first
report in its lead (else its first report); two articles are paired when their events are
one, and the pairs are compared with the pairs of articles that index.csv puts in one
date+location cluster: pairwise precision and recall. The place of each article's event
(location, admin1 or admin2) is compared with the location the crowd coded for it. The corpus is research-only and read
by path; the script says so and exits when it is absent.

Example:
    .venv/bin/python benchmarks/event_counts.py --make-fakes-input /tmp/fakes-in \
        --fakes-index ../shared/corpora/fakes-syria/index.csv
    .venv/bin/newsfacts run --input /tmp/fakes-in --output /tmp/fakes
    .venv/bin/python benchmarks/event_counts.py --release /tmp/fakes/latest --fakes-index \
        ../shared/corpora/fakes-syria/index.csv
"""

from __future__ import annotations

import argparse
from collections import defaultdict
import csv
import re
import unicodedata
from itertools import combinations
from pathlib import Path

import duckdb


def pairs(groups: dict) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for members in groups.values() for p in combinations(members, 2)}


# FA-KES's location names and the spellings they have in the release: GeoNames' admin1
# names (Ḩalab, Dimashq, Dayr az Zawr...) and common town spellings, folded by `_fold`.
# A benchmark-side table: the pipeline never sees it.
FAKES_SPELLINGS = {
    "aleppo": {"aleppo", "halab"}, "damascus": {"damascus", "dimashq", "rifdimashq"},
    "idlib": {"idlib", "idleb"}, "deirezzor": {"deirezzor", "dayrazzawr", "deirezzour",
                                               "deiralzour", "deiralzor", "deirezzur"},
    "raqqa": {"raqqa", "raqqah", "raqa", "arraqqah"}, "homs": {"homs", "hims"},
    "hasakeh": {"hasakeh", "hasakah", "hasaka", "alhasakah", "hassakeh"},
    "hama": {"hama", "hamah"}, "daraa": {"daraa", "dara", "deraa"},
    "lattakia": {"lattakia", "latakia", "alladhiqiyah"}, "quneitra": {"quneitra",
                                                                     "alqunaytirah"},
    "tartous": {"tartous", "tartus"},
}


def _fold(name: str | None) -> str:
    name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", name.lower())


def place_agrees(fakes_location: str, values: tuple) -> bool:
    """Whether an event's location, admin1 or admin2 is FA-KES's location."""
    spellings = FAKES_SPELLINGS.get(_fold(fakes_location), {_fold(fakes_location)})
    return any(_fold(v) and any(s in _fold(v) for s in spellings) for v in values)


def make_fakes_input(index: Path, folder: Path) -> None:
    """Links to the FA-KES articles and a manifest.csv with their dates and outlets."""
    articles = index.parent / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    with index.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["path", "outlet", "published_at"])
        for row in rows:
            link = folder / row["file"]
            if not link.exists():
                link.symlink_to((articles / row["file"]).resolve())
            writer.writerow([row["file"], row["source"], row["date"]])
    print(f"wrote {len(rows)} links and manifest.csv to {folder}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--release", type=Path)
    parser.add_argument("--fakes-index", type=Path)
    parser.add_argument("--make-fakes-input", type=Path)
    options = parser.parse_args()
    if options.make_fakes_input:
        if options.fakes_index is None or not options.fakes_index.exists():
            print(f"skipped: {options.fakes_index} not found (research corpus, read by path)")
            return
        make_fakes_input(options.fakes_index, options.make_fakes_input)
        return
    if options.release is None:
        parser.error("--release is needed (or --make-fakes-input)")
    con = duckdb.connect()
    for name in ("articles", "events", "event_mentions"):
        con.execute(f"create view {name} as select * from read_parquet("
                    f"'{options.release / (name + '.parquet')}')")
    print("events by type:")
    for row in con.sql("""select event_type, sub_event_type, count(*) as events,
                                 sum(n_articles) as reports,
                                 count(*) filter (where n_independent_sources > 1) as multi
                          from events group by all order by 1, 2""").fetchall():
        print(f"  {row[0]} / {row[1]}: {row[2]} events ({row[4]} from several sources)")
    total = con.sql("select count(*), count(*) filter (where n_articles > 1) from events"
                    ).fetchall()[0]
    print(f"  all: {total[0]} events, {total[1]} reported by more than one article")
    if options.fakes_index is None:
        return
    if not options.fakes_index.exists():
        print(f"skipped: {options.fakes_index} not found (research corpus, read by path)")
        return
    main_event = dict(con.sql("""select article_id, arg_min(event_id,
                                        (not in_lede)::int * 1000000 + start_char)
                                 from event_mentions group by article_id""").fetchall())
    paths = dict(con.sql("select article_id, source_path from articles").fetchall())
    with options.fakes_index.open(encoding="utf-8") as f:
        cluster_of = {row["file"]: row["cluster"] for row in csv.DictReader(f)}
    truth, predicted = defaultdict(set), defaultdict(set)
    for article_id, path in paths.items():
        name = Path(path).name
        if name in cluster_of:
            truth[cluster_of[name]].add(article_id)
        if article_id in main_event:
            predicted[main_event[article_id]].add(article_id)
    true_pairs, predicted_pairs = pairs(truth), pairs(predicted)
    both = len(true_pairs & predicted_pairs)
    print(f"FA-KES: {len(paths)} articles, {len(main_event)} with an event; "
          f"{len(true_pairs)} same-cluster pairs, {len(predicted_pairs)} same-event pairs")
    print(f"  pairwise precision {both / max(len(predicted_pairs), 1):.2f}, "
          f"recall {both / max(len(true_pairs), 1):.2f} ({both} pairs in both)")
    with options.fakes_index.open(encoding="utf-8") as f:
        location_of = {row["file"]: row["location"] for row in csv.DictReader(f)}
    where = dict((r[0], r[1:]) for r in con.sql(
        "select event_id, location, admin1, admin2 from events").fetchall())
    agree = [place_agrees(location_of[Path(path).name], where[main_event[article_id]])
             for article_id, path in paths.items()
             if Path(path).name in location_of and article_id in main_event]
    print(f"  place of each article's event agrees with FA-KES's location: {sum(agree)} of "
          f"{len(paths)} articles ({sum(agree) / max(len(paths), 1):.2f})")


if __name__ == "__main__":
    main()
