"""The release page's data: every quote and figure links to its span and sentence in the
article body; the timeline and map read their series and layers from the tables present;
third-party files are checked by hash, and a page without them says what to install."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
import shutil

import pytest

from tests.transforms.release.conftest import body_of
from transforms.release import page
from transforms.release.page import (
    ASSETS, INDEX, VENDOR_GROUPS, TableQuery, page_data, write_page,
)


def _script_data(path: Path) -> dict:
    text = path.read_text()
    return json.loads(text[text.index("=") + 1:].rstrip().rstrip(";"))


def _records(table: dict) -> list[dict]:
    return [dict(zip(table["columns"], row)) for row in table["rows"]]


@pytest.fixture
def fake_assets(tmp_path) -> Path:
    """The app's own files and stand-ins for every vendored file, with their hashes."""
    assets = tmp_path / "assets"
    (assets / "vendor").mkdir(parents=True)
    for name in ("app.js", "app.css", INDEX):
        shutil.copyfile(ASSETS / name, assets / name)
    lines = []
    for name in sorted({f for group in VENDOR_GROUPS for f in group.files}):
        content = f"stand-in for {name}\n".encode()
        (assets / "vendor" / name).write_bytes(content)
        lines.append(f"{hashlib.sha256(content).hexdigest()}  {name}")
    (assets / "vendor.sha256").write_text("\n".join(lines) + "\n")
    return assets


def test_every_quote_links_to_its_words_inside_its_sentence(hand_made_release, fake_assets):
    folder, manifest = hand_made_release
    write_page(folder, manifest, fake_assets)
    quotes = _records(_script_data(folder / "page" / "data.js")["quotes"])
    assert {q["speaker"] for q in quotes} == {"Maria Lopez", None}
    for q in quotes:
        body = body_of(q["article_id"])
        assert body[q["start_char"]:q["end_char"]] == q["quote"]
        assert q["sentence_start"] <= q["start_char"] < q["end_char"] <= q["sentence_end"]
    articles = _script_data(folder / "page" / "articles.js")
    assert articles["article-b"]["body"] == body_of("article-b")
    assert articles["article-b"]["outlet"] == "Valley News"


def test_a_fact_in_conflict_lists_each_figure_with_its_source_and_span(hand_made_release,
                                                                     fake_assets):
    folder, manifest = hand_made_release
    write_page(folder, manifest, fake_assets)
    (fact,) = _records(_script_data(folder / "page" / "data.js")["facts"])
    assert fact["has_conflict"] and fact["conflict"] == "values disagree: 12 vs 15"
    assert [(f["text"], f["source"], f["outlet"]) for f in fact["figures"]] == [
        ("at least 12", "police", "Harbour Times"), ("15", "officials", "Valley News")]
    for f in fact["figures"]:
        assert body_of(f["article_id"])[f["start_char"]:f["end_char"]] == f["text"]


def test_timeline_dates_a_figure_by_its_event_else_by_publication(hand_made_release):
    folder, manifest = hand_made_release
    (series,) = page_data(folder, manifest, {})["timeline"]
    assert [(p["day"], p["value"], p["series"]) for p in _records(series)] == [
        ("2026-03-01", 12.0, "killed"), ("2026-03-03", 15.0, "killed")]


def test_map_shows_places_with_coordinates_and_the_toll_located_there(hand_made_release):
    folder, manifest = hand_made_release
    layers = {layer["name"]: _records(layer) for layer in page_data(folder, manifest, {})["map"]}
    assert [(p["label"], p["latitude"], p["longitude"]) for p in layers["places"]] == [
        ("Lyon", 45.76, 4.84)]  # Vaux has no coordinates
    assert [(p["label"], p["size"]) for p in layers["casualties at a place"]] == [("Lyon", 12.0)]


def test_a_layer_over_a_table_the_release_lacks_is_left_out(hand_made_release, monkeypatch):
    # How an `events` table joins the map: one more layer, used once the table exists.
    folder, manifest = hand_made_release
    events = TableQuery("events", ("events",), "select latitude, longitude, 'x' as label, "
                      "fatalities_best as size, '' as detail from events")
    monkeypatch.setattr(page, "MAP_LAYERS", (*page.MAP_LAYERS, events))
    names = [layer["name"] for layer in page_data(folder, manifest, {})["map"]]
    assert names == ["places", "casualties at a place"]


def test_page_without_vendored_files_works_and_says_what_to_install(hand_made_release,
                                                                   fake_assets):
    folder, manifest = hand_made_release
    shutil.rmtree(fake_assets / "vendor")
    assert write_page(folder, manifest, fake_assets) == ["basemap", "sql"]
    data = _script_data(folder / "page" / "data.js")
    assert set(data["missing"]) == {"basemap", "sql"}
    assert "make page-assets" in data["install_hint"]
    assert list((folder / "page" / "vendor").iterdir()) == []
    index = (folder / INDEX).read_text()
    assert "world-110m.js" not in index and 'src="page/app.js"' in index


def test_a_vendored_file_that_differs_from_its_pinned_hash_is_not_published(
        hand_made_release, fake_assets):
    folder, manifest = hand_made_release
    (fake_assets / "vendor" / "world-110m.js").write_text("window.NEWSFACTS_WORLD = {};\n")
    assert write_page(folder, manifest, fake_assets) == ["basemap"]
    assert not (folder / "page" / "vendor" / "world-110m.js").exists()
    assert (folder / "page" / "vendor" / "duckdb-eh.wasm").exists()
    problems = _script_data(folder / "page" / "data.js")["missing"]["basemap"]["problems"]
    assert problems == ["world-110m.js: sha256 differs from vendor.sha256"]


def test_page_with_every_file_loads_its_scripts_and_names_the_release(hand_made_release,
                                                                     fake_assets):
    folder, manifest = hand_made_release
    assert write_page(folder, manifest, fake_assets) == []
    index = (folder / INDEX).read_text()
    assert '<script src="page/vendor/world-110m.js"></script>' in index
    assert f"<code>{manifest['release_id']}</code>" in index
    assert "http://" not in index.replace("http://www.w3.org", "")
    assert "https://" not in index
