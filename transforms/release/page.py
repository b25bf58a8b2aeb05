"""The release page: `index.html` and `page/` in every release, built from its own Parquet
files through DuckDB: overview numbers, a timeline of figures by date, a map of places on
an offline world outline, searchable quotes and facts whose values link to their sentence
in the article, and an SQL box running DuckDB-WASM over the release's Parquet files.

The timeline and the map read `TIMELINE_SERIES` and `MAP_LAYERS`: each names its tables
and is a query with fixed output columns, so a new table (events) joins the page with one
entry. Third-party files (`assets/vendor/`, from npm by `make page-assets`) are checked
against `assets/vendor.sha256` before they are copied; when some are missing the page
works without them and says what to install.
"""

from __future__ import annotations

from dataclasses import dataclass
import hashlib
import html
import json
import os
from pathlib import Path
import shutil

import duckdb

from transforms.release.datacard import TableQuery, headline_counts
from transforms.release.publish import release_tables
from transforms.release.query import connect_release, json_value

INDEX = "index.html"
PAGE_DIR = "page"
ASSETS = Path(__file__).with_name("assets")
APP_FILES = ("app.js", "app.css")
VENDOR = "vendor"
VENDOR_HASHES = "vendor.sha256"
INSTALL_HINT = ("from the newsfacts folder run `make page-assets` (it needs Node.js and npm: "
                "`apt-get install nodejs npm`), then publish the release again")


@dataclass(frozen=True)
class VendorGroup:
    """Third-party files one part of the page needs; the part is off when one is missing."""

    name: str
    purpose: str
    files: tuple[str, ...]
    scripts: tuple[str, ...]  # loaded by a <script> tag, in this order


VENDOR_GROUPS = (
    VendorGroup("sql", "the SQL box (DuckDB-WASM, and parquet-wasm to read the Parquet files)",
                ("duckdb-browser.mjs", "duckdb-browser-eh.worker.js", "duckdb-eh.wasm",
                 "Arrow.esnext.min.js", "arrow-shim.mjs", "parquet_wasm.js",
                 "parquet_wasm_bg.wasm", "LICENSES.txt"),
                ()),  # loaded by the SQL box on its first query
    VendorGroup("basemap", "the world outline under the map (Natural Earth 110m)",
                ("topojson-client.min.js", "world-110m.js", "LICENSES.txt"),
                ("topojson-client.min.js", "world-110m.js")),
)


# Dated values for the timeline. Each query yields: day (ISO date text), value, series,
# label, then the link to the sentence: article_id, start_char, end_char, sentence_start,
# sentence_end (nulls when the row has no text span).
TIMELINE_SERIES = (
    TableQuery(
        "figures", ("figures", "articles", "sentences"),
        """select coalesce(f.event_date, a.published_at[:10]) as day, f.value,
                  f.category as series,
                  f.value_text || ' ' || f.category
                      || coalesce(' (' || f.subject || ')', '')
                      || coalesce(', according to ' || f.source, '')
                      || coalesce(' — ' || coalesce(a.outlet, a.source_path), '') as label,
                  f.article_id, f.start_char, f.end_char,
                  s.start_char as sentence_start, s.end_char as sentence_end
           from figures f join articles a using (article_id)
           join sentences s using (article_id, sentence_idx)
           where f.value is not null and f.category <> 'other'
             and coalesce(f.event_date, a.published_at) is not null
           order by day, f.article_id, f.start_char"""),
    TableQuery(
        "events", ("events", "event_mentions", "sentences"),
        """select e.event_date as day, coalesce(e.fatalities_best, 0) as value,
                  e.event_type as series,
                  e.sub_event_type || coalesce(' in ' || e.location, '')
                      || coalesce(', ' || e.fatalities_best::bigint || ' killed', '')
                      || ' (' || e.n_articles || ' articles)' as label,
                  m.article_id, m.start_char, m.end_char,
                  s.start_char as sentence_start, s.end_char as sentence_end
           from events e
           join event_mentions m on m.event_mention_id = e.event_mention_ids[1]
           join sentences s on s.article_id = m.article_id
                            and s.sentence_idx = m.sentence_idx
           where e.event_date is not null
           order by day, e.event_id"""),
)

# Points for the map. Each query yields: latitude, longitude, label, size, detail.
MAP_LAYERS = (
    TableQuery(
        "events", ("events",),
        """select latitude, longitude,
                  sub_event_type || coalesce(' in ' || location, '') as label,
                  greatest(coalesce(fatalities_best, 0), n_articles) as size,
                  coalesce(event_date, 'no date') || ': ' || event_type
                      || coalesce(', ' || fatalities_best::bigint || ' killed', '')
                      || ', ' || n_articles || ' articles' as detail
           from events where latitude is not null and longitude is not null
           order by size desc, event_id"""),
    TableQuery(
        "places", ("entities",),
        """select latitude, longitude, name as label, n_mentions as size,
                  n_mentions || ' mentions in ' || n_articles || ' articles'
                      || coalesce(', ' || country_code, '') as detail
           from entities where latitude is not null and longitude is not null
           order by n_mentions desc, entity_id"""),
    TableQuery(
        "casualties at a place", ("figures", "entities"),
        """select e.latitude, e.longitude, e.name as label, sum(f.value) as size,
                  string_agg(f.value_text || ' ' || f.category, '; '
                             order by f.article_id, f.start_char) as detail
           from figures f join entities e on e.entity_id = f.location_entity_id
           where e.latitude is not null and f.value is not null
             and f.category in ('killed', 'wounded')
           group by e.entity_id, e.latitude, e.longitude, e.name
           order by size desc, e.entity_id"""),
)

# The sentence a row starts in, for links that highlight it in the article.
_SENTENCE = "join sentences s using (article_id, sentence_idx)"

QUOTES_SQL = f"""
    select coalesce(e.name, q.speaker) as speaker, q.text as quote, q.cue,
           coalesce(a.title, a.source_path) as article, a.outlet, a.published_at[:10] as date,
           q.article_id, q.start_char, q.end_char,
           s.start_char as sentence_start, s.end_char as sentence_end
    from quotes q join articles a using (article_id) {_SENTENCE}
    left join entities e on e.entity_id = q.speaker_entity_id
    order by a.published_at nulls last, q.article_id, q.start_char"""

FACTS_SQL = """
    with fact_figures as (
        select u.fact_id,
               list({'text': g.value_text, 'source': g.source,
                     'outlet': coalesce(a.outlet, a.source_path), 'article_id': g.article_id,
                     'start_char': g.start_char, 'end_char': g.end_char,
                     'sentence_start': s.start_char, 'sentence_end': s.end_char}
                    order by g.article_id, g.start_char) as figures
        from (select fact_id, unnest(figure_ids) as figure_id from facts) u
        join figures g on g.figure_id = u.figure_id
        join articles a on a.article_id = g.article_id
        join sentences s on s.article_id = g.article_id and s.sentence_idx = g.sentence_idx
        group by u.fact_id)
    select f.fact_id, f.category, f.subject, f.low, f.best, f.high, f.n_articles,
           f.n_independent_sources, f.has_conflict, f.conflict, st.title as story, ff.figures
    from facts f join stories st using (story_id) join fact_figures ff using (fact_id)
    order by f.has_conflict desc, coalesce(f.best, f.high, f.low) desc nulls last, f.fact_id"""

ARTICLES_SQL = """
    select article_id, coalesce(title, source_path) as title, outlet,
           published_at[:10] as date, url, body
    from articles order by article_id"""


def vendor_hashes(assets: Path) -> dict[str, str]:
    """The pinned sha256 of every vendored file, by name."""
    lines = (assets / VENDOR_HASHES).read_text().split("\n")
    return {name: digest for digest, _, name in (line.partition("  ") for line in lines)
            if name}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def vendor_problems(assets: Path) -> dict[str, list[str]]:
    """For each VendorGroup that cannot be used, what is wrong with its files."""
    expected = vendor_hashes(assets)
    problems = {}
    checked: dict[str, str | None] = {}
    for group in VENDOR_GROUPS:
        wrong = []
        for name in group.files:
            if name not in checked:
                path = assets / VENDOR / name
                checked[name] = ("missing" if not path.is_file() else
                                 None if _sha256(path) == expected.get(name) else
                                 "sha256 differs from vendor.sha256")
            if checked[name]:
                wrong.append(f"{name}: {checked[name]}")
        if wrong:
            problems[group.name] = wrong
    return problems


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> dict:
    relation = con.sql(sql)
    return {"columns": list(relation.columns),
            "rows": [[json_value(v) for v in row] for row in relation.fetchall()]}


def page_data(release_dir: Path, manifest: dict, problems: dict[str, list[str]]) -> dict:
    """Everything the page shows but the article bodies, from the release's tables."""
    present = set(release_tables(release_dir))
    con = connect_release(release_dir)
    try:
        return {
            "release": {"id": manifest["release_id"], "created_at": manifest.get("created_at"),
                        "code_version": manifest.get("code_version")},
            "overview": [[label, json_value(value)]
                         for label, value in headline_counts(con, present)],
            "timeline": [{"name": s.name, **_rows(con, s.sql)}
                         for s in TIMELINE_SERIES if s.usable(present)],
            "map": [{"name": layer.name, **_rows(con, layer.sql)}
                    for layer in MAP_LAYERS if layer.usable(present)],
            "quotes": _rows(con, QUOTES_SQL) if {"quotes", "articles", "sentences",
                                                   "entities"} <= present else None,
            "facts": _rows(con, FACTS_SQL) if {"facts", "figures", "stories", "articles",
                                                 "sentences"} <= present else None,
            "tables": {name: path.name for name, path in release_tables(release_dir).items()},
            "missing": {g.name: {"purpose": g.purpose, "problems": problems[g.name]}
                        for g in VENDOR_GROUPS if g.name in problems},
            "install_hint": INSTALL_HINT,
        }
    finally:
        con.close()


def articles_data(release_dir: Path) -> dict:
    """Article bodies by id, loaded by the page only when a link opens one."""
    con = connect_release(release_dir)
    try:
        table = _rows(con, ARTICLES_SQL)
    finally:
        con.close()
    columns = table["columns"]
    return {row[0]: dict(zip(columns[1:], row[1:])) for row in table["rows"]}


def _script(variable: str, data) -> str:
    # JSON is a JavaScript expression; a <script src> works from file:// where fetch does not.
    return f"window.{variable} = {json.dumps(data, ensure_ascii=False, separators=(',', ':'))};\n"


def _link_or_copy(source: Path, target: Path) -> None:
    """A hard link where the file system allows it: every release carries the same 35 MB
    of DuckDB-WASM, and linked releases store it once."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def index_html(template: str, manifest: dict, usable_groups: list[VendorGroup]) -> str:
    scripts = "\n".join(f'<script src="{PAGE_DIR}/{VENDOR}/{name}"></script>'
                        for group in usable_groups for name in group.scripts)
    release_id = html.escape(manifest["release_id"])
    return (template.replace("{{release_id}}", release_id)
            .replace("{{created_at}}", html.escape(manifest.get("created_at") or ""))
            .replace("<!-- vendor scripts -->", scripts))


def write_page(release_dir: Path, manifest: dict, assets: Path) -> list[str]:
    """Write index.html and page/ into a release folder from `assets` (ASSETS: the app's
    files and vendor/); returns the page parts that are off for want of their files
    (empty when the whole page works)."""
    problems = vendor_problems(assets)
    page = release_dir / PAGE_DIR
    shutil.rmtree(page, ignore_errors=True)
    (page / VENDOR).mkdir(parents=True)
    for name in APP_FILES:
        shutil.copyfile(assets / name, page / name)
    usable = [g for g in VENDOR_GROUPS if g.name not in problems]
    for name in sorted({f for g in usable for f in g.files}):
        _link_or_copy(assets / VENDOR / name, page / VENDOR / name)
    (page / "data.js").write_text(_script("NEWSFACTS_DATA",
                                          page_data(release_dir, manifest, problems)))
    (page / "articles.js").write_text(_script("NEWSFACTS_ARTICLES", articles_data(release_dir)))
    (release_dir / INDEX).write_text(index_html((assets / INDEX).read_text(), manifest, usable))
    return sorted(problems)


def page_weight(release_dir: Path) -> dict[str, int]:
    """Bytes of the page: index.html and everything under page/, by file."""
    files = [release_dir / INDEX, *sorted((release_dir / PAGE_DIR).rglob("*"))]
    return {p.relative_to(release_dir).as_posix(): p.stat().st_size
            for p in files if p.is_file()}
