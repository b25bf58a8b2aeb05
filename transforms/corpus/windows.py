"""Windows of a release too large for the cross-article step to hold at once.

A release of more than `WindowSettings.max_articles` articles is reconciled window by
window (transforms.release.windowed): each window is a run of consecutive publication
days, so the reports of one event, which outlets publish within days of each other, fall
in one window as stories and events need. `window_plan` cuts the release; `EntityLedger`
keeps entity ids consistent from one window to the next; `window_keys` say which windows
a new run can read back from the previous release. News arrives in order of days, so a
run that adds today's reports changes only the last windows.

Entity ids are content hashes of a label and a canonical name (ids.entity_id), so the
same name in two windows is one entity with no lookup. Only a name that is two places
needs care: as within a window (Tripoli in Libya and in Lebanon), the first place keeps
the plain id and another place gets an id of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

import pyarrow as pa
import pyarrow.compute as pc

from transforms import ids
from transforms.schema import TABLES

# Columns holding entity ids, by table, as schema.py names them (stories list theirs).
ENTITY_ID_COLUMNS: dict[str, tuple[str, ...]] = {
    name: columns for name, table in TABLES.items()
    if (columns := tuple(c for c in table.column_names
                         if c.endswith(("entity_id", "entity_ids"))))}


def publication_day(published_at: str | None) -> str | None:
    """The day part of an ISO 8601 publication date ("2015-05-17T09:00:00+03:00" ->
    "2015-05-17"); a month or a year as written; None when undated."""
    return published_at[:10] if published_at else None


def window_plan(article_ids: list[str], published_at: list[str | None],
                max_articles: int, source_paths: list[str] | None = None,
                day_blocks: Callable[[list[str]], dict[str, str | None]] | None = None,
                ) -> list[list[str]]:
    """The article ids of each window, in order.

    A release of `max_articles` or fewer is one window. Otherwise dated articles are taken
    in order of publication day and a window closes before the day that would overflow it.
    A day with more articles than a window (a news agency's feed, a GDELT-sized day) is cut
    between the blocks `day_blocks` gives its articles (the place each reports: its
    reports of one event then share a window), packed as days are, a block larger than a
    window cut in order of article id; articles of no block come last. Without
    `day_blocks`, such a day is cut in order of article id. Undated articles come last,
    `max_articles` at a time in order of their input path (`source_paths`; feeds and
    archives name files in the order they were written), then of id. Each id appears once;
    the plan depends on the articles, not on their order."""
    if max_articles < 1:
        raise ValueError(f"max_articles must be at least 1, not {max_articles}")
    if len(article_ids) <= max_articles:
        return [sorted(article_ids)] if article_ids else []
    paths = source_paths or [""] * len(article_ids)
    dated = sorted((day, article_id) for article_id, published in zip(article_ids, published_at)
                   if (day := publication_day(published)))
    undated = [article_id for _, article_id in sorted(
        (path, article_id)
        for article_id, published, path in zip(article_ids, published_at, paths)
        if not publication_day(published))]
    windows: list[list[str]] = []
    current: list[str] = []
    for _, rows in groupby(dated, key=lambda row: row[0]):
        day = [article_id for _, article_id in rows]
        if len(day) > max_articles and day_blocks is not None:
            if current:  # the day overflows the window open before it
                windows.append(current)
            current = _pack(_blocks(day, day_blocks(day)), max_articles, windows, [])
        else:
            current = _pack([day], max_articles, windows, current)
    if current:
        windows.append(current)
    windows += [undated[i:i + max_articles] for i in range(0, len(undated), max_articles)]
    return windows


def _pack(groups: list[list[str]], max_articles: int, windows: list[list[str]],
          current: list[str]) -> list[str]:
    """Add `groups` of articles in order to the window `current`, closing it (appended to
    `windows`) before a group that would overflow it and cutting a group larger than a
    window; the window left open."""
    for group in groups:
        if current and len(current) + len(group) > max_articles:
            windows.append(current)
            current = []
        while len(current) + len(group) > max_articles:
            room = max_articles - len(current)
            windows.append(current + group[:room])
            current, group = [], group[room:]
        current = current + group
    return current


def _blocks(day: list[str], block_of: dict[str, str | None]) -> list[list[str]]:
    """A day's articles (sorted by id) by block, blocks in order of their key; the
    articles of no block last, together."""
    keyed = sorted((block, article_id) for article_id in day
                   if (block := block_of.get(article_id)) is not None)
    blocks = [[article_id for _, article_id in rows]
              for _, rows in groupby(keyed, key=lambda row: row[0])]
    unkeyed = [article_id for article_id in day if block_of.get(article_id) is None]
    return blocks + ([unkeyed] if unkeyed else [])


def window_keys(base_key: str, plan: list[list[str]]) -> list[str]:
    """A key per window that changes when its articles (`plan`: a key per article of each
    window, of its text and metadata), those of any window before it or `base_key` (the
    code, settings and model the step ran with) change: a window whose key a previous
    release recorded can be read back from it instead of recomputed, since its tables and
    the entity ids the windows before it settled are the same."""
    keys, key = [], base_key
    for article_keys in plan:
        key = ids.composite_id(key, ids.fingerprint_of(article_keys))
        keys.append(key)
    return keys


class EntityLedger:
    """The place each entity id stood for in the windows reconciled so far.

    `renamed` gives a window's entities the ids of the release: an entity whose plain id an
    earlier window gave to another place (its geonameid differs) takes the id of its own
    place (ids.composite_id of label, name and geonameid, as `_entity_rows` does within a
    window), which `with_entity_ids_renamed` writes in every column that holds entity
    ids. Only ids with a place are kept."""

    def __init__(self) -> None:
        self._geonameid: dict[str, int] = {}

    def renamed(self, entities: pa.Table) -> dict[str, str]:
        """The new id of each of a window's entities (its entities table) that an earlier
        window's entity of the same id places elsewhere; the window's places are noted."""
        renamed: dict[str, str] = {}
        for row in entities.select(["entity_id", "label", "name", "geonameid"]).to_pylist():
            entity_id, place = row["entity_id"], row["geonameid"]
            if place is None:
                continue
            known = self._geonameid.get(entity_id)
            if known is not None and known != place:
                renamed[entity_id] = ids.composite_id(row["label"], row["name"], str(place))
                entity_id = renamed[entity_id]
            self._geonameid.setdefault(entity_id, place)
        return renamed

def with_entity_ids_renamed(tables: dict[str, pa.Table],
                            renamed: dict[str, str]) -> dict[str, pa.Table]:
    """The tables with each entity id in `renamed` replaced by its new id."""
    old = pa.array(sorted(renamed), pa.string())
    new = pa.array([renamed[i] for i in old.to_pylist()], pa.string())
    out = dict(tables)
    for name, columns in ENTITY_ID_COLUMNS.items():
        if name not in out:
            continue
        table = out[name]
        for column in columns:
            index = table.schema.get_field_index(column)
            values = table.column(index)
            if pa.types.is_list(values.type):
                # Renaming keeps every list's length: the same offsets over renamed values.
                lists = values.combine_chunks()
                values = pa.ListArray.from_arrays(
                    lists.offsets, _renamed(lists.values, old, new), type=lists.type,
                    mask=lists.is_null())
            else:
                values = _renamed(values, old, new)
            table = table.set_column(index, table.schema.field(index), values)
        out[name] = table
    return out


def _renamed(values: pa.ChunkedArray | pa.Array, old: pa.Array, new: pa.Array) -> pa.Array:
    position = pc.index_in(values, value_set=old)
    return pc.if_else(pc.is_null(position), values, pc.take(new, position))
