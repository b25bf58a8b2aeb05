"""Ingest: every .txt, .jsonl, .json and .html input is read or rejected with a reason."""

from __future__ import annotations

import codecs
import json
import os

import pytest

from transforms.article.ingest import InputFolderError, decode_document, discover, read_inputs


def test_reads_recursively_in_sorted_order_with_relative_paths(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second\n\nThe second article body.")
    (tmp_path / "one.txt").write_text("First\n\nThe first article body.")
    (tmp_path / "notes.md").write_text("not an input")
    documents, rejects = read_inputs(tmp_path, settings)
    assert [d.source_path for d in documents] == ["b/two.txt", "one.txt"]
    assert rejects == []


def test_bad_files_are_rejected_with_their_reason(tmp_path, settings):
    (tmp_path / "good.txt").write_text("Title\n\nA body that is fine.")
    (tmp_path / "copy.txt").write_text("Title\n\nA body that is fine.")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 bombing".encode("latin-1"))
    documents, rejects = read_inputs(tmp_path, settings)
    reasons = {r.source_path: r.reason for r in rejects}
    assert [d.source_path for d in documents] == ["copy.txt"]
    assert reasons == {"binary.txt": "binary", "empty.txt": "empty",
                       "good.txt": "duplicate", "latin1.txt": "undecodable"}
    assert "0xe9" in next(r.detail for r in rejects if r.reason == "undecodable")


def test_oversize_file_is_rejected(tmp_path, settings):
    from dataclasses import replace
    (tmp_path / "big.txt").write_text("word " * 100)
    _, rejects = read_inputs(tmp_path, replace(settings, max_input_bytes=100))
    assert [(r.source_path, r.reason) for r in rejects] == [("big.txt", "oversize")]


def test_article_longer_than_the_text_limit_is_oversize_even_inside_a_small_file(
        tmp_path, settings):
    # The parser's memory grows with a text's length and spaCy refuses texts over its
    # max_length: one giant record must be rejected, not crash the batch it is in.
    from dataclasses import replace
    long_record = {"title": "A long one", "maintext": "Word after word. " * 200}
    short_record = {"title": "A short one", "maintext": "Police closed the road."}
    (tmp_path / "feed.jsonl").write_text(_jsonl(long_record, short_record))
    documents, rejects = read_inputs(tmp_path, replace(settings, max_article_chars=1000))
    assert [d.title for d in documents] == ["A short one"]
    assert [(r.source_path, r.reason) for r in rejects] == [("feed.jsonl#1", "oversize")]
    assert "3399 characters" in rejects[0].detail and "1000" in rejects[0].detail


def test_missing_input_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputFolderError, match="input folder not found"):
        discover(tmp_path / "nope")


# --- JSON Lines and JSON (news-please / newspaper-style crawler exports) -------------------

BRIDGE_RECORD = {
    "title": "Storm closes harbour bridge",
    "maintext": "The harbour bridge was closed on Sunday after gusts of 110 km/h, the port "
                "authority said.\n\nFerries will run from Monday.",
    "text": None,
    "url": "https://coastdaily.example/2024/03/harbour-bridge",
    "date_publish": "2024-03-11 07:45:00",
    "source_domain": "coastdaily.example",
    "language": "en",
}


def _jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_jsonl_records_become_documents_with_their_metadata(tmp_path, settings):
    newspaper_style = {"title": "Council approves school budget",
                       "text": "The city council approved a $4 million school budget on "
                               "Tuesday by a vote of 7 to 2.",
                       "url": "https://valleynews.example/budget",
                       "published_at": "March 12, 2024", "outlet": "Valley News"}
    (tmp_path / "crawl.jsonl").write_text(_jsonl(BRIDGE_RECORD, "", newspaper_style))
    documents, rejects = read_inputs(tmp_path, settings)
    assert rejects == []
    bridge, budget = documents
    assert bridge.source_path == "crawl.jsonl#1"
    assert bridge.text.startswith("The harbour bridge was closed on Sunday")
    assert (bridge.title, bridge.url, bridge.outlet, bridge.published_at) == (
        "Storm closes harbour bridge", "https://coastdaily.example/2024/03/harbour-bridge",
        "coastdaily.example", "2024-03-11T07:45:00")
    assert budget.source_path == "crawl.jsonl#3"  # line number: the blank line 2 counts
    assert (budget.outlet, budget.published_at) == ("Valley News", "2024-03-12")
    assert len({bridge.source_sha256, budget.source_sha256}) == 2


def test_bad_jsonl_records_are_rejected_one_by_one(tmp_path, settings):
    no_text = {"title": "Photo gallery: spring fair", "maintext": "  ",
               "url": "https://x.example/g"}
    (tmp_path / "crawl.jsonl").write_text(_jsonl(
        BRIDGE_RECORD, '{"title": "Cut off mid-wri', no_text, '["a", "list"]', BRIDGE_RECORD))
    documents, rejects = read_inputs(tmp_path, settings)
    assert [d.source_path for d in documents] == ["crawl.jsonl#1"]
    assert [(r.source_path, r.reason) for r in rejects] == [
        ("crawl.jsonl#2", "undecodable"), ("crawl.jsonl#3", "no_text"),
        ("crawl.jsonl#4", "unsupported"), ("crawl.jsonl#5", "duplicate")]
    assert rejects[0].detail.startswith("not valid JSON: Unterminated string")
    assert "maintext, text, body, content" in rejects[1].detail
    assert rejects[3].detail == "same record as crawl.jsonl#1"


def test_json_file_holds_one_object_or_a_list(tmp_path, settings):
    (tmp_path / "one.json").write_text(json.dumps(BRIDGE_RECORD))
    (tmp_path / "many.json").write_text(json.dumps([
        {"headline": "Water restored to 2,000 homes", "body": "Engineers restored water to "
         "about 2,000 homes on Wednesday, the utility said.", "date": "2024-03-13"},
        {"title": "Empty record"},
    ]))
    documents, rejects = read_inputs(tmp_path, settings)
    assert [(d.source_path, d.title) for d in documents] == [
        ("many.json#1", "Water restored to 2,000 homes"),
        ("one.json#1", "Storm closes harbour bridge")]
    assert documents[0].published_at == "2024-03-13"
    assert [(r.source_path, r.reason) for r in rejects] == [("many.json#2", "no_text")]


def test_malformed_or_empty_json_file_is_rejected_whole(tmp_path, settings):
    (tmp_path / "broken.json").write_text('{"title": "Fire at depot", "maintext": "A fire"')
    (tmp_path / "nothing.json").write_text("[]")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    documents, rejects = read_inputs(tmp_path, settings)
    assert documents == []
    assert [(r.source_path, r.reason) for r in rejects] == [
        ("broken.json", "undecodable"), ("deep.json", "undecodable"), ("nothing.json", "no_text")]


# --- HTML pages (trafilatura, offline) -------------------------------------------------------

FLOOD_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Flood barrier fails in river town | Valley Courier</title>
<meta property="og:title" content="Flood barrier fails in river town">
<meta property="og:site_name" content="Valley Courier">
<meta property="og:url" content="https://valleycourier.example/news/flood-barrier">
<meta property="article:published_time" content="2024-03-14T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Flood barrier fails in river town</h1>
<p>A temporary flood barrier gave way early on Thursday, sending water into at least 40
homes along the lower bank, the county emergency office said.</p>
<p>"We had about twenty minutes' warning," said Marta Lind, who runs a bakery on Mill
Street. Crews worked through the night to shore up a second wall.</p>
<p>Schools stayed open.</p>
</article>
<footer>Subscribe to our newsletter. Share this article on social media.</footer>
</body></html>
"""


def test_html_page_gives_main_text_and_metadata(tmp_path, settings):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "flood.html").write_text(FLOOD_PAGE)
    [page], rejects = read_inputs(tmp_path, settings)
    assert rejects == []
    assert page.source_path == "pages/flood.html"
    assert (page.title, page.url, page.outlet, page.published_at) == (
        "Flood barrier fails in river town", "https://valleycourier.example/news/flood-barrier",
        "Valley Courier", "2024-03-14T08:30:00+00:00")  # the time kept, as a JSON record's
    assert page.published_at_source == "meta"
    assert "sending water into at least 40 homes" in page.text
    # navigation and the footer's newsletter prompt are boilerplate, not the article
    assert "Sport" not in page.text and "newsletter" not in page.text
    # one paragraph per blank-line block, so short paragraphs stay apart
    assert "\n\nSchools stayed open." in page.text


def test_html_page_normalizes_into_headline_and_paragraphs(tmp_path, settings, normalize_rules):
    from transforms.article.normalize import normalize_documents
    (tmp_path / "flood.htm").write_text(FLOOD_PAGE)
    documents, _ = read_inputs(tmp_path, settings)
    [article] = normalize_documents(documents, normalize_rules, settings)
    assert article.title == "Flood barrier fails in river town"
    assert article.body.startswith("A temporary flood barrier gave way")  # h1 copy dropped
    assert len(article.paragraphs) == 3


def test_html_page_without_main_text_is_no_text(tmp_path, settings):
    (tmp_path / "blank.html").write_text("<html><head><title>Live</title></head><body>"
                                         "<script>var x = 1;</script></body></html>")
    documents, rejects = read_inputs(tmp_path, settings)
    assert documents == []
    assert [(r.source_path, r.reason) for r in rejects] == [("blank.html", "no_text")]


# --- Sidecar metadata: manifest.csv and <file name>.meta.json ---------------------------------

PLAIN_ARTICLE = ("Clinic reopens after repairs\n\nThe rural health clinic reopened on Monday "
                 "after three weeks of roof repairs, the district said.")


def test_manifest_fills_fields_a_file_lacks_and_is_not_an_article(tmp_path, settings):
    (tmp_path / "clinic.txt").write_text(PLAIN_ARTICLE)
    (tmp_path / "crawl.jsonl").write_text(_jsonl(BRIDGE_RECORD))
    (tmp_path / "manifest.csv").write_text(
        "path,url,outlet,published_at\n"
        "clinic.txt,https://hillgazette.example/clinic,Hill Gazette,\"March 11, 2024\"\n"
        "crawl.jsonl,https://other.example/,Other Outlet,2020-01-01\n"
        "./missing.txt,https://hillgazette.example/gone,Hill Gazette,2024-03-01\n")
    documents, rejects = read_inputs(tmp_path, settings)
    by_path = {d.source_path: d for d in documents}
    assert sorted(by_path) == ["clinic.txt", "crawl.jsonl#1"]
    clinic = by_path["clinic.txt"]
    assert (clinic.url, clinic.outlet, clinic.published_at) == (
        "https://hillgazette.example/clinic", "Hill Gazette", "2024-03-11")
    assert clinic.title is None  # the manifest gave none: the normalizer finds the headline
    # the record's own fields win over the manifest's
    assert by_path["crawl.jsonl#1"].outlet == "coastdaily.example"
    assert [(r.source_path, r.reason) for r in rejects] == [("manifest.csv#4", "unsupported")]
    assert "missing.txt" in rejects[0].detail


def test_manifest_row_can_name_one_record(tmp_path, settings):
    record = {k: v for k, v in BRIDGE_RECORD.items() if k != "source_domain"}
    (tmp_path / "crawl.jsonl").write_text(_jsonl(record))
    (tmp_path / "manifest.csv").write_text("path,outlet\ncrawl.jsonl#1,Coast Daily\n")
    [document], _ = read_inputs(tmp_path, settings)
    assert document.outlet == "Coast Daily"


def test_meta_json_sidecar_fills_fields_before_the_manifest(tmp_path, settings):
    (tmp_path / "clinic.txt").write_text(PLAIN_ARTICLE)
    (tmp_path / "clinic.txt.meta.json").write_text(json.dumps(
        {"title": "Clinic reopens after repairs", "outlet": "Hill Gazette",
         "published_at": "2024-03-11"}))
    (tmp_path / "manifest.csv").write_text("path,outlet,url\nclinic.txt,Wrong Outlet,"
                                           "https://hillgazette.example/clinic\n")
    (tmp_path / "gone.txt.meta.json").write_text('{"outlet": "Hill Gazette"}')
    [clinic], rejects = read_inputs(tmp_path, settings)
    assert (clinic.title, clinic.outlet, clinic.url, clinic.published_at) == (
        "Clinic reopens after repairs", "Hill Gazette", "https://hillgazette.example/clinic",
        "2024-03-11")
    assert [(r.source_path, r.reason) for r in rejects] == [("gone.txt.meta.json", "unsupported")]


def test_broken_sidecar_is_rejected_and_the_article_still_read(tmp_path, settings):
    (tmp_path / "clinic.txt").write_text(PLAIN_ARTICLE)
    (tmp_path / "clinic.txt.meta.json").write_text('{"outlet": ')
    [clinic], rejects = read_inputs(tmp_path, settings)
    assert clinic.outlet is None
    assert [(r.source_path, r.reason) for r in rejects] == [("clinic.txt.meta.json", "undecodable")]


def test_manifest_without_a_path_column_is_rejected(tmp_path, settings):
    (tmp_path / "clinic.txt").write_text(PLAIN_ARTICLE)
    (tmp_path / "manifest.csv").write_text("file,outlet\nclinic.txt,Hill Gazette\n")
    [clinic], rejects = read_inputs(tmp_path, settings)
    assert clinic.outlet is None
    assert [(r.source_path, r.reason) for r in rejects] == [("manifest.csv", "unsupported")]


# --- Hostile input: encodings, binary, permissions -------------------------------------------

QUOTED = ("\u201cWe will rebuild the bridge,\u201d the mayor said. "
          "It\u2019s the town\u2019s only crossing.")


@pytest.mark.parametrize("name, data, encoding", [
    ("bom.txt", codecs.BOM_UTF8 + QUOTED.encode("utf-8"), "utf-8-sig"),
    ("utf16le.txt", QUOTED.encode("utf-16"), "utf-16"),  # Python writes a BOM, then LE
    ("utf16be.txt", codecs.BOM_UTF16_BE + QUOTED.encode("utf-16-be"), "utf-16"),
    ("smart.txt", QUOTED.encode("cp1252"), "cp1252"),     # 0x93/0x94/0x92 quotes
])
def test_byte_order_marks_and_windows_1252_decode_to_the_same_text(tmp_path, settings, name,
                                                                   data, encoding):
    (tmp_path / name).write_bytes(data)
    [document], rejects = read_inputs(tmp_path, settings)
    assert rejects == []
    assert (document.text, document.encoding) == (QUOTED, encoding)


def test_latin_1_sentence_is_read_as_windows_1252(tmp_path, settings):
    text = "The blast hit a caf\xe9 near the station on Friday, police said."
    (tmp_path / "cafe.txt").write_bytes(text.encode("latin-1"))
    [document], _ = read_inputs(tmp_path, settings)
    assert (document.text, document.encoding) == (text, "cp1252")


def test_uncertain_or_garbled_encoding_is_undecodable_with_a_reason(tmp_path, settings):
    # One accented byte in two words: Greek, Cyrillic, Arabic code pages read it as well.
    (tmp_path / "short.txt").write_bytes("Caf\xe9 bombing".encode("latin-1"))
    (tmp_path / "noise.txt").write_bytes(bytes(range(1, 256)) * 4)
    documents, rejects = read_inputs(tmp_path, settings)
    assert documents == []
    details = {r.source_path: r.detail for r in rejects if r.reason == "undecodable"}
    assert "encoding is uncertain" in details["short.txt"]
    assert "no encoding decodes it" in details["noise.txt"]


def test_empty_and_mark_only_files_are_empty(tmp_path, settings):
    (tmp_path / "zero.txt").write_bytes(b"")
    (tmp_path / "mark.txt").write_bytes(codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"))
    (tmp_path / "blank.jsonl").write_text("\n\n")
    (tmp_path / "blank.html").write_text("   ")
    _, rejects = read_inputs(tmp_path, settings)
    assert {r.source_path: r.reason for r in rejects} == {
        "zero.txt": "empty", "mark.txt": "empty", "blank.jsonl": "empty", "blank.html": "empty"}


def test_binary_file_with_an_input_suffix_is_binary(tmp_path, settings):
    (tmp_path / "photo.html").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    _, rejects = read_inputs(tmp_path, settings)
    assert [(r.source_path, r.reason) for r in rejects] == [("photo.html", "binary")]


def test_unreadable_file_is_rejected_not_raised(tmp_path, settings):
    locked = tmp_path / "locked.txt"
    locked.write_text(PLAIN_ARTICLE)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: a mode-000 file is still readable")
        documents, rejects = read_inputs(tmp_path, settings)
    finally:
        locked.chmod(0o644)
    assert documents == []
    assert [(r.source_path, r.reason) for r in rejects] == [("locked.txt", "unreadable")]
    assert "PermissionError" in rejects[0].detail


def test_decode_document_still_reads_plain_utf8_text(settings):
    document = decode_document("a.txt", PLAIN_ARTICLE.encode(), settings.decoding)
    assert (document.text, document.encoding, document.title) == (PLAIN_ARTICLE, "utf-8", None)


def test_publication_date_records_where_it_came_from(tmp_path, settings):
    # A record's own date, a sidecar's, the manifest's: each says so in published_at_source.
    (tmp_path / "crawl.jsonl").write_text(_jsonl(BRIDGE_RECORD))
    (tmp_path / "clinic.txt").write_text(PLAIN_ARTICLE)
    (tmp_path / "clinic.txt.meta.json").write_text('{"published_at": "2024-03-11"}')
    (tmp_path / "school.txt").write_text("School reopens\n\nThe school reopened on Monday.")
    (tmp_path / "manifest.csv").write_text("path,published_at\nschool.txt,2024-03-12\n")
    documents, _ = read_inputs(tmp_path, settings)
    assert {d.source_path: (d.published_at, d.published_at_source) for d in documents} == {
        "crawl.jsonl#1": ("2024-03-11T07:45:00", "record"),
        "clinic.txt": ("2024-03-11", "sidecar"),
        "school.txt": ("2024-03-12", "manifest"),
    }
