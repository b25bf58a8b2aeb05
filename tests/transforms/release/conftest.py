"""A small release written by hand: two reports of one flood that disagree on the toll,
with a quote of one speaker in each, an unattributed quote, a place with coordinates and
one without, null numbers and list columns. Every table of the schema, no model run."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.release.publish import write_manifest, write_tables
from transforms.schema import TABLES

RELEASE_ID = "20260305T120000Z-f100d5aa"
STORY = "story-flood"
LYON, VAUX, LOPEZ = "entity-lyon", "entity-vaux", "entity-lopez"

ARTICLES = {
    "article-a": {
        "title": "Floods kill 12 in river town", "outlet": "Harbour Times",
        "published_at": "2026-03-02T08:00:00+00:00",
        "paragraphs": ["Floods killed at least 12 people in Lyon on Sunday, police said.",
                       "\u201cWe lost everything,\u201d said Maria Lopez, a baker.",
                       "Rescuers searched the river banks in Vaux."]},
    "article-b": {
        "title": "River town counts its dead", "outlet": "Valley News",
        "published_at": "2026-03-03T09:30:00+00:00",
        "paragraphs": ["The floods killed 15 people, officials said.",
                       "\u201cThe water came at night,\u201d said Maria Lopez.",
                       "\u201cNobody warned us about the river.\u201d"]},
}


def body_of(article_id: str) -> str:
    return "\n\n".join(ARTICLES[article_id]["paragraphs"])


def span(article_id: str, text: str) -> tuple[int, int]:
    start = body_of(article_id).index(text)
    return start, start + len(text)


def sentence_of(article_id: str, text: str) -> int:
    """Each paragraph here is one sentence."""
    return next(i for i, p in enumerate(ARTICLES[article_id]["paragraphs"]) if text in p)


def _article_tables() -> dict[str, list[dict]]:
    articles, paragraphs, sentences = [], [], []
    for article_id, a in ARTICLES.items():
        body = body_of(article_id)
        articles.append({
            "article_id": article_id, "source_path": f"{article_id}.txt",
            "source_sha256": "0" * 64, "title": a["title"], "body": body,
            "n_paragraphs": len(a["paragraphs"]), "n_sentences": len(a["paragraphs"]),
            "n_words": len(body.split()), "url": None, "outlet": a["outlet"],
            "published_at": a["published_at"], "story_id": STORY, "n_boilerplate_lines": 0,
            "language": "en",
            "published_at_source": "manifest" if a["published_at"] else None})
        for i, text in enumerate(a["paragraphs"]):
            start, end = span(article_id, text)
            paragraphs.append({"article_id": article_id, "paragraph_idx": i,
                               "start_char": start, "end_char": end, "text": text})
            sentences.append({"article_id": article_id, "sentence_idx": i, "paragraph_idx": i,
                              "start_char": start, "end_char": end, "text": text})
    return {"articles": articles, "paragraphs": paragraphs, "sentences": sentences}


def _mention(article_id: str, text: str, label: str, entity_id: str) -> dict:
    start, end = span(article_id, text)
    return {"mention_id": f"m-{article_id}-{start}", "article_id": article_id,
            "sentence_idx": sentence_of(article_id, text), "start_char": start,
            "end_char": end, "text": text, "label": label, "source": "model",
            "entity_id": entity_id}


def _quote(article_id: str, text: str, speaker: str | None) -> dict:
    start, end = span(article_id, text)
    speaker_span = span(article_id, speaker) if speaker else (None, None)
    return {"quote_id": f"q-{article_id}-{start}", "article_id": article_id,
            "sentence_idx": sentence_of(article_id, text), "start_char": start, "end_char": end,
            "text": text, "speaker": speaker, "speaker_start_char": speaker_span[0],
            "speaker_end_char": speaker_span[1], "speaker_entity_id": LOPEZ if speaker else None,
            "cue": "say" if speaker else None, "is_partial": False,
            "quote_cluster_id": None}


def _figure(article_id: str, value_text: str, value: float, low: float, high: float | None,
            qualifier: str, source: str, event_date: str | None, place: str | None) -> dict:
    start, end = span(article_id, value_text)
    source_start, source_end = span(article_id, source)
    location = span(article_id, "Lyon") if place else (None, None)
    return {"figure_id": f"f-{article_id}-{start}", "article_id": article_id,
            "sentence_idx": sentence_of(article_id, value_text), "start_char": start,
            "end_char": end, "value_text": value_text, "value": value, "qualifier": qualifier,
            "low": low, "high": high, "category": "killed", "subject": "people",
            "time_text": None, "event_date": event_date, "location_start_char": location[0],
            "location_end_char": location[1], "location_entity_id": place, "source": source,
            "source_start_char": source_start, "source_end_char": source_end,
            "source_entity_id": None, "quote_id": None}


def hand_made_tables() -> dict[str, list[dict]]:
    tables = _article_tables()
    tables["mentions"] = [_mention("article-a", "Lyon", "GPE", LYON),
                          _mention("article-a", "Maria Lopez", "PERSON", LOPEZ),
                          _mention("article-a", "Vaux", "GPE", VAUX),
                          _mention("article-b", "Maria Lopez", "PERSON", LOPEZ)]
    tables["entities"] = [
        {"entity_id": LYON, "name": "Lyon", "label": "GPE", "aliases": ["Lyon"],
         "n_mentions": 1, "n_articles": 1, "latitude": 45.76, "longitude": 4.84,
         "country_code": "FR", "country": "France", "admin1": "Auvergne-Rhône-Alpes",
         "admin2": "Rhône", "place_type": "city", "feature_class": "P", "geo_precision": 1,
         "geonameid": 2996944},
        {"entity_id": VAUX, "name": "Vaux", "label": "GPE", "aliases": ["Vaux"],
         "n_mentions": 1, "n_articles": 1, "latitude": None, "longitude": None,
         "country_code": None, "geo_precision": None, "geonameid": None},
        {"entity_id": LOPEZ, "name": "Maria Lopez", "label": "PERSON",
         "aliases": ["Maria Lopez"], "n_mentions": 2, "n_articles": 2, "latitude": None,
         "longitude": None, "country_code": None, "geo_precision": None, "geonameid": None},
    ]
    tables["quotes"] = [_quote("article-a", "We lost everything", "Maria Lopez"),
                        _quote("article-b", "The water came at night", "Maria Lopez"),
                        _quote("article-b", "Nobody warned us about the river.", None)]
    tables["figures"] = [
        _figure("article-a", "at least 12", 12.0, 12.0, None, "at_least", "police",
                "2026-03-01", LYON),
        _figure("article-b", "15", 15.0, 15.0, 15.0, "exact", "officials", None, None)]
    tables["stories"] = [{
        "story_id": STORY, "title": "Floods kill 12 in river town", "n_articles": 2,
        "n_independent_sources": 2, "article_ids": ["article-a", "article-b"],
        "top_entity_ids": [LOPEZ, LYON], "top_entities": ["Maria Lopez", "Lyon"],
        "first_published_at": "2026-03-02T08:00:00+00:00",
        "last_published_at": "2026-03-03T09:30:00+00:00"}]
    tables["text_reuse"] = []
    tables["facts"] = [{
        "fact_id": "fact-flood", "story_id": STORY, "category": "killed", "subject": "people",
        "low": 12.0, "best": 12.0, "high": 15.0, "n_articles": 2, "n_independent_sources": 2,
        "n_figures": 2, "figure_ids": [f["figure_id"] for f in tables["figures"]],
        "article_ids": ["article-a", "article-b"], "values": [12.0, 15.0],
        "has_conflict": True, "conflict": "values disagree: 12 vs 15"}]
    tables["rejects"] = [{"source_path": "empty.txt", "reason": "empty",
                          "detail": "the file holds no text"}]
    return tables


def write_hand_made_release(folder: Path, tables: dict[str, list[dict]]) -> dict:
    """The tables as Parquet files and a manifest in `folder`; returns the manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    write_tables(folder, {name: TABLES[name].from_rows(rows) for name, rows in tables.items()})
    return write_manifest(folder, RELEASE_ID, {
        "created_at": "2026-03-05T12:00:00+00:00", "code_version": "0.1.0+abcdef0123456789",
        "dropped_candidates": {"quotes.scare_quote": 2, "figures.counts_no_people": 1}})


@pytest.fixture
def hand_made_release(tmp_path) -> tuple[Path, dict]:
    folder = tmp_path / RELEASE_ID
    return folder, write_hand_made_release(folder, hand_made_tables())
