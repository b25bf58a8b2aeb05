"""The cross-article step over a staged release: whole, or window by window.

`reconcile_release` reads the staged per-article tables, runs the cross-article step
(transforms.corpus.reconcile) and writes its tables back. A release of up to
`WindowSettings.max_articles` articles is reconciled whole, in memory, as it always was
(with a second process, its shared wire copy is found there while this one links names).
A larger one is cut into windows of consecutive publication days (corpus.windows
.window_plan) so that memory follows the window, not the release:

1. DuckDB copies each input table once into one folder of parts per window (a
   partitioned COPY, which spills to disk instead of holding the release);
2. each window is read back, reconciled alone (in `processes` forked processes at once)
   and written as one part per output table; in window order, its entity ids are then
   settled against the windows before it (corpus.windows.EntityLedger);
3. DuckDB merges each table's parts in sort order into the staged table; an entity
   found in several windows becomes one row (its aliases joined, its counts summed, the
   place of the first window that placed it).

A window whose key (corpus.windows.window_keys: its articles, those before it, the code
and settings) the previous release recorded in its manifest is not reconciled again: its
rows are read back from that release (step 1 copies them instead of the inputs), its
entities counted over its own mentions. A run that adds the day's reports recomputes the
last windows only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import gc
from pathlib import Path
import shutil

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from transforms import ids
from transforms.corpus.reconcile import RECONCILE_INPUTS, reconciled_tables, release_text_reuse
from transforms.corpus.resources import CorpusResources
from transforms.corpus.stable import PriorIds, window_priors
from transforms.corpus.windows import (ENTITY_ID_COLUMNS, EntityLedger, window_keys,
                                      window_plan, with_entity_ids_renamed)
from transforms.release.forked import forked_pool
from transforms.release.parts import merge_parts, sql_list, write_query, write_table_part
from transforms.release.publish import read_table, read_tables, table_path, write_tables
from transforms.schema import PLACE_LABELS, TABLES
from transforms.settings import Settings

# Working folder inside the staging folder, removed once the tables are merged.
WINDOWS_FOLDER = "_windows"
# DuckDB's memory while splitting and merging; beyond it, it spills to the working folder.
DUCKDB_MEMORY_LIMIT = "1GB"
# Tables the cross-article step writes (reconciled_tables' keys).
RECONCILED_TABLES = ("articles", "mentions", "entities", "quotes", "figures", "text_reuse",
                     "stories", "facts", "event_mentions", "events")


@dataclass(frozen=True)
class ReconcileSummary:
    """What the step did, for the log and the manifest."""
    rows: dict[str, int]  # rows per table written
    windows: int  # windows reconciled (1: the release as a whole)
    keys: tuple[str, ...] = ()  # each window's key (corpus.windows.window_keys)
    read_back: int = 0  # windows read back from the previous release


@dataclass(frozen=True)
class PreviousWindows:
    """A published release and the keys of its windows (its manifest's)."""
    release: Path
    keys: tuple[str, ...]


def reconcile_release(staging: Path, resources: CorpusResources, settings: Settings,
                      prior: PriorIds | None = None, processes: int = 1, base_key: str = "",
                      previous: PreviousWindows | None = None) -> ReconcileSummary:
    """Reconcile the staged release in `staging` in place (module docstring). `processes`:
    windows reconciled at once, each in a process forked from this one (memory grows with
    them: one window's working set each). `base_key`: what the step's result depends on
    besides the articles (code, settings, model); with it, a window whose key `previous`
    recorded is read back from that release instead of reconciled again."""
    metadata = read_table(staging, "articles", _KEYED_ARTICLE_COLUMNS)
    plan = window_plan(metadata["article_id"].to_pylist(), metadata["published_at"].to_pylist(),
                       settings.windows.max_articles, metadata["source_path"].to_pylist(),
                       lambda day: _places_reported(staging, day, resources))
    if len(plan) <= 1:
        tables = _reconciled_whole(read_tables(staging, RECONCILE_INPUTS), resources,
                                   settings, prior, processes)
        write_tables(staging, tables)
        return ReconcileSummary({name: t.num_rows for name, t in tables.items()}, 1)
    keys = window_keys(base_key, _article_keys(metadata, plan)) if base_key else []
    del metadata
    old_keys = previous.keys if previous is not None else ()
    read_back = [k for k, key in enumerate(keys) if k < len(old_keys) and old_keys[k] == key]
    work = staging / WINDOWS_FOLDER
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        again = sorted(set(range(len(plan))) - set(read_back))
        _split(staging, RECONCILE_INPUTS, {k: plan[k] for k in again}, work / "in")
        if read_back:
            _split(previous.release, {name: None for name in RECONCILED_TABLES
                                      if name != "entities"},
                   {k: plan[k] for k in read_back}, work / "previous")
        n_windows = len(plan)
        for window in read_back:
            _read_back_window(work, window, previous.release)
        priors = _window_priors(staging, plan, prior)
        _JOB.update(work=work, resources=resources, settings=settings, priors=priors)
        del plan, priors
        with _window_runner(min(processes, len(again))) as run:
            for _ in run(_reconcile_window, again):
                pass
        ledger = EntityLedger()
        for window in range(n_windows):  # in window order, whatever order they ended in
            _settle_window(work, window, ledger)
        return ReconcileSummary(_merge_outputs(staging, work), n_windows, tuple(keys),
                                len(read_back))
    finally:
        _JOB.clear()
        shutil.rmtree(work, ignore_errors=True)


# Columns of an article that change what the step makes of it: its id (a hash of its
# title and body) and every column of metadata (an outlet or a date), not the text again
# nor the story the step writes.
_KEYED_ARTICLE_COLUMNS = [c for c in TABLES["articles"].column_names
                          if c not in ("title", "body", "story_id")]


def _article_keys(metadata: pa.Table, plan: list[list[str]]) -> list[list[str]]:
    """A key per article of each window, from its `metadata` (_KEYED_ARTICLE_COLUMNS)."""
    key_of = {row["article_id"]: ids.composite_id(*(str(row[c]) for c in metadata.column_names))
              for row in metadata.to_pylist()}
    return [[key_of[a] for a in window] for window in plan]


def _places_reported(staging: Path, article_ids: list[str],
                     resources: CorpusResources) -> dict[str, str | None]:
    """The place each article reports, by its mentions: the first town or region it names
    (news names where it happened first: the dateline, the lede), a country only when it
    names no other place, in lower case; None when it names no place. The key window_plan
    cuts a busy day by."""
    con = duckdb.connect()
    try:
        con.register("day", pa.table({"article_id": pa.array(article_ids, pa.string())}))
        rows = con.execute(
            f"select m.article_id, lower(m.text) as place, min(m.start_char) as first "
            f"from {_parquet(table_path(staging, 'mentions'))} m join day using (article_id) "
            f"where m.label in ({sql_list(sorted(PLACE_LABELS))}) group by all").fetchall()
    finally:
        con.close()
    best: dict[str, tuple] = {}
    for article_id, place, first in rows:
        rank = (resources.gazetteer.country_of(place) is not None, first, place)
        if article_id not in best or rank < best[article_id]:
            best[article_id] = rank
    return {a: best[a][2] if a in best else None for a in article_ids}


def _window_priors(staging: Path, plan: list[list[str]], prior: PriorIds | None
                   ) -> list[PriorIds]:
    """The previous ids each window of `plan` may keep (stable.window_priors), placing the
    previous release's articles and event mentions in the windows; none without one."""
    if prior is None or not (prior.story_by_article or prior.event_by_mention):
        return [PriorIds()] * len(plan)
    window_of = {a: k for k, articles in enumerate(plan) for a in articles}
    rows = read_table(staging, "event_mentions", ["event_mention_id", "article_id"])
    window_of_mention = {m: window_of[a] for m, a in zip(rows["event_mention_id"].to_pylist(),
                                                         rows["article_id"].to_pylist())
                         if m in prior.event_by_mention}
    return window_priors(prior, window_of, window_of_mention, len(plan))


# What every window is reconciled with, set before worker processes are forked so that
# they inherit it (the gazetteer is not pickled).
_JOB: dict = {}


@contextmanager
def _window_runner(processes: int) -> Iterator[Callable]:
    if processes <= 1:
        yield map
        return
    with forked_pool(processes) as pool:
        yield pool.imap


def _reconciled_whole(inputs: dict[str, pa.Table], resources: CorpusResources,
                      settings: Settings, prior: PriorIds | None, processes: int
                      ) -> dict[str, pa.Table]:
    """The release reconciled in one piece; with a second process, its shared wire copy
    (text_reuse, 0.7 of the step's 5.5 s on BBC-1000) is found in a forked process while
    this one links names, which takes most of the rest and needs none of it."""
    if processes <= 1:
        return reconciled_tables(**inputs, resources=resources, settings=settings, prior=prior)
    _JOB.update(inputs=inputs, settings=settings)
    try:
        with forked_pool(1) as pool:
            reuse = pool.apply_async(_text_reuse_of_job)
            return reconciled_tables(**inputs, resources=resources, settings=settings,
                                     prior=prior, reuse_found=reuse.get)
    finally:
        _JOB.clear()


def _text_reuse_of_job() -> list[dict]:
    inputs = _JOB["inputs"]
    return release_text_reuse(inputs["articles"], inputs["paragraphs"], inputs["sentences"],
                              _JOB["settings"])


def _reconcile_window(window: int) -> int:
    work = _JOB["work"]
    tables = reconciled_tables(**_window_inputs(work, window), resources=_JOB["resources"],
                               settings=_JOB["settings"], prior=_JOB["priors"][window])
    for name, table in tables.items():
        write_table_part(work / "out", name, _part_name(window), table)
    del tables
    gc.collect()
    return window


def _part_name(window: int) -> str:
    return f"{window:06d}"


def _settle_window(work: Path, window: int, ledger: EntityLedger) -> None:
    """Give a reconciled window's parts the entity ids of the release (EntityLedger)."""
    part = _part_name(window)
    renamed = ledger.renamed(pq.read_table(work / "out" / "entities" / f"{part}.parquet"))
    if not renamed:
        return
    tables = {name: pq.read_table(work / "out" / name / f"{part}.parquet")
              for name in ENTITY_ID_COLUMNS}
    for name, table in with_entity_ids_renamed(tables, renamed).items():
        write_table_part(work / "out", name, part, table)


def _connect(work: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"set memory_limit = '{DUCKDB_MEMORY_LIMIT}'")
    con.execute(f"set temp_directory = '{work / 'spill'}'")
    con.execute("set preserve_insertion_order = false")
    return con


def _columns(name: str, wanted: list[str] | None) -> list[str]:
    """The columns of a table a window keeps: those `wanted` (None: all), and those that
    sort it."""
    wanted = wanted or TABLES[name].column_names
    return wanted + [c for c in TABLES[name].sort_by if c not in wanted]


def _split(release: Path, tables: dict[str, list[str] | None], plan: dict[int, list[str]],
           target: Path) -> None:
    """The rows of `tables` (the columns asked for and those that sort them) of the windows
    in `plan` (window number: article ids), each as `target/<table>/window_number=<k>/`.
    A story, an event or a fact belongs to the window of its first article."""
    windows = pa.table({
        "article_id": pa.array([a for ids in plan.values() for a in ids], pa.string()),
        "window_number": pa.array([k for k, ids in plan.items() for _ in ids], pa.int32())})
    con = _connect(target.parent)
    try:
        con.register("windows", windows)
        target.mkdir()
        for name, wanted in tables.items():
            columns = ", ".join(f"t.{c}" for c in _columns(name, wanted))
            source = f"{_parquet(table_path(release, name))} t"
            if name in ("stories", "events"):
                rows = f"{source} join windows w on w.article_id = t.article_ids[1]"
            elif name == "facts":
                stories = _parquet(table_path(release, "stories"))
                rows = (f"{source} join (select s.story_id, w.window_number from {stories} s "
                        f"join windows w on w.article_id = s.article_ids[1]) w using (story_id)")
            else:
                rows = f"{source} join windows w using (article_id)"
            con.execute(f"copy (select {columns}, w.window_number from {rows}) to "
                        f"{sql_list([str(target / name)])} "
                        f"(format parquet, partition_by (window_number), compression zstd)")
    finally:
        con.close()


def _window_folder(folder: Path, name: str, window: int) -> Path:
    return folder / name / f"window_number={window}"


def _read_back_window(work: Path, window: int, previous: Path) -> None:
    """A window's tables as the previous release published them; its entities, which that
    release merged over every window, counted again over the window's own mentions."""
    part = _part_name(window)
    con = _connect(work)
    try:
        for name in RECONCILED_TABLES:
            destination = work / "out" / name / f"{part}.parquet"
            destination.parent.mkdir(parents=True, exist_ok=True)
            rows = _window_folder(work / "previous",
                                  "mentions" if name == "entities" else name, window)
            if not rows.exists():  # no rows of it in this window (no quotes, say)
                pq.write_table(TABLES[name].empty(), destination, compression="zstd")
            elif name == "entities":
                write_query(con, _WINDOW_ENTITIES_QUERY.format(
                    mentions=_parts_of(rows), entities=_parquet(table_path(previous, "entities"))),
                    name, destination)
            else:
                write_query(con, f"select {', '.join(TABLES[name].column_names)} from "
                                 f"{_parts_of(rows)}", name, destination)
    finally:
        con.close()


def _parquet(*paths: Path) -> str:
    """DuckDB's relation of Parquet files (globs allowed)."""
    return f"read_parquet([{sql_list([str(p) for p in paths])}])"


def _parts_of(folder: Path) -> str:
    return _parquet(folder / "*.parquet")


def _window_inputs(work: Path, window: int) -> dict[str, pa.Table]:
    """The input tables of one window as the whole release would give them: the columns
    read, their declared types, in the table's sort order."""
    tables = {}
    con = duckdb.connect()
    try:
        for name, wanted in RECONCILE_INPUTS.items():
            declared = TABLES[name]
            schema = pa.schema([declared.arrow_schema.field(c) for c in _columns(name, wanted)])
            folder = _window_folder(work / "in", name, window)
            if folder.exists():
                table = con.sql(f"select {', '.join(schema.names)} from "
                                f"{_parts_of(folder)}").to_arrow_table()
                table = table.cast(schema).sort_by(
                    [(c, "ascending") for c in declared.sort_by])
            else:
                table = schema.empty_table()
            tables[name] = table.select(wanted or declared.column_names)
    finally:
        con.close()
    return tables


# The entities of every window as one row each: the id says label and name; aliases are
# joined, counts summed (a window's articles are its own), the place taken from the first
# window that placed the entity (the ledger gave any other place another id).
_PLACE_COLUMNS = ("latitude", "longitude", "country_code", "country", "admin1", "admin2",
                  "place_type", "feature_class", "geo_precision", "geonameid")
_ENTITIES_QUERY = (
    "select entity_id, first(name order by filename) as name, "
    "first(label order by filename) as label, "
    "list_sort(list_distinct(flatten(list(aliases)))) as aliases, "
    "sum(n_mentions)::integer as n_mentions, sum(n_articles)::integer as n_articles, "
    + ", ".join(f"first({c} order by geonameid is null, filename) as {c}"
                for c in _PLACE_COLUMNS)
    + " from read_parquet({files}, filename = true) group by entity_id")  # files: a list


# A window's entities from its mentions and the release's entity rows: what
# entities._entity_rows counts (aliases: the distinct texts of the entity's mentions).
_WINDOW_ENTITIES_QUERY = (
    "select m.entity_id, e.name, e.label, list_sort(list_distinct(list(m.text))) as aliases, "
    "count(*)::integer as n_mentions, count(distinct m.article_id)::integer as n_articles, "
    + ", ".join(f"any_value(e.{c}) as {c}" for c in _PLACE_COLUMNS)
    + " from {mentions} m join {entities} e using (entity_id) "
    "group by m.entity_id, e.name, e.label")


def _merge_outputs(staging: Path, work: Path) -> dict[str, int]:
    rows = {}
    con = _connect(work)
    try:
        for name in RECONCILED_TABLES:
            parts = sorted((work / "out" / name).glob("*.parquet"))
            destination = table_path(staging, name)
            if not parts:
                rows[name] = merge_parts(parts, name, destination)  # an empty table
                continue
            query = (_ENTITIES_QUERY.format(files=f"[{sql_list([str(p) for p in parts])}]")
                     if name == "entities" else
                     f"select {', '.join(TABLES[name].column_names)} from {_parquet(*parts)}")
            rows[name] = write_query(con, f"select * from ({query})", name, destination)
    finally:
        con.close()
    return rows
