"""Release package: the files that make a release folder self-describing and checkable.

From the Parquet tables in a release folder and `transforms.schema` this writes
`manifest.json` (see publish.write_manifest), `datapackage.json` (Frictionless Data
Package), `croissant.json` (MLCommons Croissant 1.0), the data card `README.md`,
`CHANGELOG.md` (rows added/removed per table since the previous release),
`newsfacts.duckdb` (one view per table over the Parquet files by relative path, in a
storage format DuckDB 1.5 clients open), `validation.html` (a self-contained report), the
page (`index.html`, `page/`: see page.py), `SHA256SUMS`, and the single-file `.tar.gz`
bundle beside the folder.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import duckdb
import pyarrow as pa

from transforms.release.bundle import write_bundle
from transforms.release.datacard import SOURCE_LICENCE, release_card
from transforms.release.exports import write_event_exports
from transforms.release.page import ASSETS as PAGE_ASSETS
from transforms.release.page import write_page
from transforms.release.publish import (
    MANIFEST, bundle_path, file_sha256, release_tables, table_path,
)
from transforms.schema import TABLES

CHECKSUMS = "SHA256SUMS"
DATAPACKAGE = "datapackage.json"
CROISSANT = "croissant.json"
DATACARD = "README.md"
CHANGELOG = "CHANGELOG.md"
DATABASE = "newsfacts.duckdb"
VALIDATION_HTML = "validation.html"
# DuckDB 2.x writes storage version 69 by default, which DuckDB 1.5 cannot open.
DUCKDB_STORAGE_COMPATIBILITY = "v1.5.0"
# Events listed by kind of change in the changelog; the rest are counted.
CHANGELOG_EVENT_ROWS = 50


class ChecksumError(ValueError):
    pass


# Type names of an Arrow type in each metadata vocabulary, checked in this order. A list
# column is `any` in the Data Package: the reference validator (frictionless) reads Parquet
# through pandas, which hands lists over as numpy arrays that no Table Schema type accepts;
# the description names its item type. In Croissant a list is its item type, `repeated`.
_TYPE_NAMES = (
    (pa.types.is_integer, {"frictionless": "integer", "croissant": "sc:Integer"}),
    (pa.types.is_floating, {"frictionless": "number", "croissant": "sc:Float"}),
    (pa.types.is_boolean, {"frictionless": "boolean", "croissant": "sc:Boolean"}),
    (pa.types.is_list, {"frictionless": "any", "croissant": None}),
)
_DEFAULT_TYPE_NAMES = {"frictionless": "string", "croissant": "sc:Text"}
# pandas reads a null of a float column, or of an integer column that has nulls, as NaN;
# the reference validator compares cells as strings against `missingValues`.
_NUMERIC_MISSING_VALUES = ["", "nan"]


def _type_name(arrow_type: pa.DataType, vocabulary: str) -> str:
    if pa.types.is_list(arrow_type) and vocabulary == "croissant":
        return _type_name(arrow_type.value_type, vocabulary)
    names = next((n for test, n in _TYPE_NAMES if test(arrow_type)), _DEFAULT_TYPE_NAMES)
    return names[vocabulary]


def _is_numeric(arrow_type: pa.DataType) -> bool:
    return pa.types.is_integer(arrow_type) or pa.types.is_floating(arrow_type)


def dataset_version(manifest: dict) -> str:
    """MAJOR.MINOR.PATCH of the code that wrote the release (the table format), with the
    release id as semver build metadata: `0.1.0+20261202T061822Z-b72dd739`."""
    package_version = manifest.get("code_version", "0.0.0").split("+")[0]
    return f"{package_version}+{manifest['release_id']}"


def citation(manifest: dict) -> str:
    """A BibTeX entry for the release (Croissant's `citeAs`)."""
    release_id = manifest["release_id"]
    year = (manifest.get("created_at") or "")[:4] or "n.d."
    key = "newsfacts_" + "".join(c for c in release_id if c.isalnum())
    return (f"@misc{{{key}, title = {{newsfacts release {release_id}: facts extracted from "
            f"news articles}}, year = {{{year}}}, version = {{{dataset_version(manifest)}}}, "
            f"note = {{Automatic extraction; every row traces to a span of its source "
            f"article}}}}")


def _datapackage_field(column) -> dict:
    constraints: dict = {"required": not column.nullable}
    if column.unique:
        constraints["unique"] = True
    if column.accepted_values:
        constraints["enum"] = list(column.accepted_values)
    if column.min_value is not None:
        constraints["minimum"] = column.min_value
    if column.max_value is not None:
        constraints["maximum"] = column.max_value
    description = column.description
    if pa.types.is_list(column.type):
        description += f" A list of {column.type.value_type} (Parquet list)."
    field = {"name": column.name, "type": _type_name(column.type, "frictionless"),
             "description": description, "constraints": constraints}
    if column.nullable and _is_numeric(column.type):
        field["missingValues"] = list(_NUMERIC_MISSING_VALUES)
    return field


def datapackage(manifest: dict) -> dict:
    """The Frictionless Data Package: `frictionless validate datapackage.json` passes.

    No `bytes`: the reference validator reads Parquet through pandas, cannot count its
    bytes and reports a mismatch (sizes are in manifest.json, integrity in `hash`)."""
    resources = []
    for name, info in manifest["tables"].items():
        table = TABLES[name]
        resources.append({
            "name": name, "path": info["path"], "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "hash": f"sha256:{info['sha256']}", "description": table.grain,
            "schema": {"fields": [_datapackage_field(c) for c in table.columns],
                       "primaryKey": list(table.key)},
        })
    return {
        "profile": "data-package",
        "name": "newsfacts",
        "id": manifest["release_id"],
        "title": f"newsfacts release {manifest['release_id']}",
        "version": dataset_version(manifest),
        "created": manifest.get("created_at"),
        "description": "Articles, entity mentions, quotations, figures and cross-source "
                       "facts extracted from news articles; every row traces to a span.",
        "licenses": [{"name": "other", "title": SOURCE_LICENCE}],
        "resources": resources,
    }


# The standard Croissant 1.0 JSON-LD context, key for key (mlcroissant warns on any other).
_CROISSANT_CONTEXT = {
    "@language": "en", "@vocab": "https://schema.org/", "citeAs": "cr:citeAs",
    "column": "cr:column", "conformsTo": "dct:conformsTo", "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"}, "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"}, "extract": "cr:extract",
    "field": "cr:field", "fileProperty": "cr:fileProperty", "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet", "format": "cr:format", "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset", "jsonPath": "cr:jsonPath", "key": "cr:key",
    "md5": "cr:md5", "parentField": "cr:parentField", "path": "cr:path",
    "recordSet": "cr:recordSet", "references": "cr:references", "regex": "cr:regex",
    "repeated": "cr:repeated", "replace": "cr:replace", "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/", "separator": "cr:separator", "source": "cr:source",
    "subField": "cr:subField", "transform": "cr:transform",
}


def croissant(manifest: dict) -> dict:
    """The MLCommons Croissant 1.0 description: `mlcroissant validate` passes, no warnings.

    `version` is semver (see dataset_version); the release id is also `identifier`."""
    distribution, record_sets = [], []
    for name, info in manifest["tables"].items():
        table = TABLES[name]
        distribution.append({"@type": "cr:FileObject", "@id": info["path"], "name": info["path"],
                             "contentUrl": info["path"], "contentSize": f"{info['bytes']} B",
                             "encodingFormat": "application/x-parquet",
                             "sha256": info["sha256"]})
        record_sets.append({
            "@type": "cr:RecordSet", "@id": name, "name": name, "description": table.grain,
            "key": [{"@id": f"{name}/{k}"} for k in table.key],
            "field": [{"@type": "cr:Field", "@id": f"{name}/{c.name}", "name": c.name,
                       "description": c.description, "dataType": _type_name(c.type, "croissant"),
                       **({"repeated": True} if pa.types.is_list(c.type) else {}),
                       "source": {"fileObject": {"@id": info["path"]},
                                  "extract": {"column": c.name}}}
                      for c in table.columns],
        })
    return {
        "@context": _CROISSANT_CONTEXT, "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": "newsfacts", "identifier": manifest["release_id"],
        "version": dataset_version(manifest), "citeAs": citation(manifest),
        "description": "Facts extracted from news articles, each traced to a text span.",
        "license": SOURCE_LICENCE, "url": "https://example.invalid/newsfacts",
        "datePublished": manifest.get("created_at"),
        "distribution": distribution, "recordSet": record_sets,
    }


def write_database(release_dir: Path) -> Path:
    path = release_dir / DATABASE
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path), config={
        "storage_compatibility_version": DUCKDB_STORAGE_COMPATIBILITY})
    try:
        # Views name the files relative to the release folder so it can move as a whole;
        # binding them needs the folder on the search path while they are created.
        literal = str(release_dir.resolve()).replace("'", "''")
        con.execute(f"set file_search_path = '{literal}'")
        for name, file in release_tables(release_dir).items():
            con.execute(f'create view "{name}" as select * from read_parquet('
                        f"'{file.name}')")
    finally:
        con.close()
    return path


def _failure_rows(outcome: dict) -> str:
    examples = outcome.get("examples") or []
    return html.escape(json.dumps(examples, default=str)[:400]) if examples else ""


def validation_html(report: dict, release_id: str) -> str:
    rows = []
    for o in report["outcomes"]:
        status = "pass" if o["success"] else "FAIL"
        rows.append(
            f"<tr class='{status.lower()}'><td>{html.escape(o['table'])}</td>"
            f"<td>{html.escape(o['column'] or '')}</td><td>{html.escape(o['expectation'])}</td>"
            f"<td>{html.escape(o.get('why') or '')}</td><td>{status}</td>"
            f"<td>{o.get('unexpected_count') or ''}</td><td><code>{_failure_rows(o)}</code></td>"
            "</tr>")
    n_failed = sum(not o["success"] for o in report["outcomes"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Validation of {html.escape(release_id)}</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }}
tr.fail {{ background: #fdd; }} tr.pass td:nth-child(5) {{ color: #070; }}
</style></head><body>
<h1>Validation of release {html.escape(release_id)}</h1>
<p>{len(report['outcomes'])} expectations, {n_failed} failed. Suites: Great Expectations,
generated from <code>transforms/schema.py</code>.</p>
<table><thead><tr><th>table</th><th>column</th><th>expectation</th><th>why</th>
<th>result</th><th>failing rows</th><th>examples</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""


def table_changes(previous_dir: Path | None, release_dir: Path) -> dict[str, dict[str, int]]:
    """Rows added and removed per table, by key, against the previous release."""
    changes = {}
    con = duckdb.connect()
    try:
        for name, path in release_tables(release_dir).items():
            key = ", ".join(f'"{k}"' for k in TABLES[name].key)
            new = f"select {key} from read_parquet('{path.resolve()}')"
            old_path = previous_dir / path.name if previous_dir else None
            if old_path is None or not old_path.exists():
                added = con.execute(f"select count(*) from ({new})").fetchone()[0]
                changes[name] = {"added": added, "removed": 0}
                continue
            old = f"select {key} from read_parquet('{old_path.resolve()}')"
            added = con.execute(f"select count(*) from ({new} except {old})").fetchone()[0]
            removed = con.execute(f"select count(*) from ({old} except {new})").fetchone()[0]
            changes[name] = {"added": added, "removed": removed}
    finally:
        con.close()
    return changes


# What the changelog says of each event added, changed or removed.
EVENT_SUMMARY = """e.event_id, e.sub_event_type || coalesce(' in ' || e.location, '')
    || coalesce(', ' || e.event_date, '') as what, e.n_articles, e.fatalities_best"""


def event_changes(previous_dir: Path | None, release_dir: Path) -> dict[str, list[tuple]]:
    """Events added, changed (new reports or a new toll) and removed against the previous
    release, by event_id (ids stay while most of an event's reports do): rows of (id,
    description, detail)."""
    new_path = table_path(release_dir, "events")
    old_path = table_path(previous_dir, "events") if previous_dir else None
    if not new_path.exists():
        return {}
    con = duckdb.connect()
    try:
        con.execute(f"create view new as select * from read_parquet('{new_path.resolve()}')")
        if old_path is None or not old_path.exists():
            con.execute("create view old as select * from new where false")
        else:
            con.execute(f"create view old as select * from read_parquet('{old_path.resolve()}')")
        added = con.execute(f"select {EVENT_SUMMARY}, '' from new e anti join old using "
                            f"(event_id) order by e.event_id").fetchall()
        removed = con.execute(f"select {EVENT_SUMMARY}, '' from old e anti join new using "
                              f"(event_id) order by e.event_id").fetchall()
        changed = con.execute(f"""
            select {EVENT_SUMMARY},
                   concat_ws('; ',
                       case when e.n_articles <> o.n_articles then 'articles '
                            || o.n_articles || ' -> ' || e.n_articles end,
                       case when e.fatalities_best is distinct from o.fatalities_best
                            then 'fatalities ' || coalesce(o.fatalities_best::bigint::text, '-')
                            || ' -> ' || coalesce(e.fatalities_best::bigint::text, '-') end,
                       case when e.event_mention_ids <> o.event_mention_ids
                             and e.n_articles = o.n_articles then 'reports '
                            || o.n_event_mentions || ' -> ' || e.n_event_mentions end)
            from new e join old o using (event_id)
            where e.event_mention_ids <> o.event_mention_ids
               or e.fatalities_best is distinct from o.fatalities_best
            order by e.event_id""").fetchall()
    finally:
        con.close()
    return {"added": added, "changed": changed, "removed": removed}


def _event_lines(events: dict[str, list[tuple]]) -> list[str]:
    if not events:
        return []
    lines = ["", f"Events: {len(events['added'])} added, {len(events['changed'])} changed, "
             f"{len(events['removed'])} removed."]
    for kind in ("added", "changed", "removed"):
        rows = events[kind]
        if rows:
            lines += ["", f"{kind.capitalize()} events:", ""]
            lines += [f"- `{event_id}` {what}" + (f": {detail}" if detail else "")
                      for event_id, what, _, _, detail in rows[:CHANGELOG_EVENT_ROWS]]
            if len(rows) > CHANGELOG_EVENT_ROWS:
                lines.append(f"- and {len(rows) - CHANGELOG_EVENT_ROWS} more")
    return lines


def changelog(release_id: str, previous_id: str | None, changes: dict,
              previous_changelog: str | None, events: dict[str, list[tuple]] | None = None
              ) -> str:
    against = f"since {previous_id}" if previous_id else "first release"
    lines = [f"## {release_id} ({against})", "", "| table | rows added | rows removed |",
             "|---|---:|---:|"]
    lines += [f"| {name} | {c['added']} | {c['removed']} |" for name, c in changes.items()]
    lines += _event_lines(events or {})
    history = ""
    if previous_changelog:
        history = previous_changelog.split("\n", 2)[2] if previous_changelog.startswith(
            "# Changelog") else previous_changelog
    return "# Changelog\n\n" + "\n".join(lines) + "\n\n" + history.lstrip("\n")


def write_checksums(release_dir: Path) -> Path:
    lines = [f"{file_sha256(p)}  {p.relative_to(release_dir).as_posix()}"
             for p in sorted(release_dir.rglob("*")) if p.is_file() and p.name != CHECKSUMS]
    path = release_dir / CHECKSUMS
    path.write_text("\n".join(lines) + "\n")
    return path


def verify_checksums(release_dir: Path) -> list[str]:
    """Problems found: files missing, altered or unlisted; empty when the release is intact."""
    path = release_dir / CHECKSUMS
    if not path.exists():
        return [f"{CHECKSUMS} is missing"]
    problems, listed = [], set()
    for line in path.read_text().splitlines():
        expected, _, name = line.partition("  ")
        listed.add(name)
        target = release_dir / name
        if not target.is_file():
            problems.append(f"{name}: listed in {CHECKSUMS} but missing")
        elif file_sha256(target) != expected:
            problems.append(f"{name}: sha256 differs from {CHECKSUMS}")
    manifest_path = release_dir / MANIFEST
    if manifest_path.exists():
        for name, info in json.loads(manifest_path.read_text()).get("tables", {}).items():
            target = release_dir / info["path"]
            if target.is_file() and file_sha256(target) != info["sha256"]:
                problems.append(f"{info['path']}: sha256 differs from {MANIFEST}")
    for p in sorted(release_dir.rglob("*")):
        relative = p.relative_to(release_dir).as_posix()
        if p.is_file() and p.name != CHECKSUMS and relative not in listed:
            problems.append(f"{relative}: not listed in {CHECKSUMS}")
    return problems


KNOWN_LIMITS = (
    "Extraction is automatic (spaCy en_core_web_sm plus rules); names, quotes and figures "
    "can be missed or mislabelled. Check a value against its span before citing it.",
    "A headline that ends with a period is taken for a body paragraph.",
    "Files that cannot be read or decoded are not in `articles`: see `rejects`.",
)


def describe_release(staging: Path, previous: Path | None) -> None:
    """Write the files that describe a staged release (data package, Croissant, data card,
    page, changelog against `previous`, DuckDB views, the events in ACLED's and UCDP GED's
    columns): what it holds, whether or not it passes validation."""
    manifest = json.loads((staging / MANIFEST).read_text())
    (staging / DATAPACKAGE).write_text(json.dumps(datapackage(manifest), indent=2) + "\n")
    (staging / CROISSANT).write_text(json.dumps(croissant(manifest), indent=2) + "\n")
    (staging / DATACARD).write_text(release_card(staging, manifest, KNOWN_LIMITS))
    write_page(staging, manifest, PAGE_ASSETS)
    previous_log = previous / CHANGELOG if previous else None
    (staging / CHANGELOG).write_text(changelog(
        staging.name, previous.name if previous else None, table_changes(previous, staging),
        previous_log.read_text() if previous_log and previous_log.exists() else None,
        event_changes(previous, staging)))
    write_database(staging)
    write_event_exports(staging, manifest.get("created_at"))


def seal_release(staging: Path, bundle_members: Path | None = None) -> Path:
    """Checksums of every file of a validated, described release, then its download bundle
    beside it (its largest files' compressed members kept in `bundle_members`); returns
    the bundle's path."""
    write_checksums(staging)
    return write_bundle(staging, bundle_path(staging), bundle_members)
