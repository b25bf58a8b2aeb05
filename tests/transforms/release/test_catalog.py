"""The input catalogue: every input by content hash, and what changed since the last run."""

from __future__ import annotations

from transforms.article.ingest import RawDocument, Reject
from transforms.release.catalog import (
    catalog_rows, commit_catalog, input_changes, read_catalog, settle_catalog, stage_catalog,
)


def _doc(path: str, sha: str) -> RawDocument:
    return RawDocument(path, sha, "Police closed the road on Monday.")


def test_catalogue_lists_articles_duplicates_and_rejects_by_content_hash(tmp_path):
    documents = [_doc("a.txt", "sha-a"), _doc("b.txt", "sha-b")]
    rejects = [Reject("b.txt", "duplicate", "same text as a.txt after normalization"),
               Reject("empty.txt", "empty", "the file holds no text")]
    rows = catalog_rows(documents, rejects, {"a.txt": "art-1", "b.txt": "art-1"}, "r1", [])
    assert [(r["source_path"], r["source_sha256"], r["article_id"], r["status"],
             r["reject_reason"]) for r in rows] == [
        ("a.txt", "sha-a", "art-1", "article", None),
        ("b.txt", "sha-b", "art-1", "duplicate", "duplicate"),
        ("empty.txt", None, None, "rejected", "empty")]
    stage_catalog(tmp_path / "state" / "inputs.parquet", rows, "r1")
    commit_catalog(tmp_path / "state" / "inputs.parquet")
    assert read_catalog(tmp_path / "state" / "inputs.parquet") == [
        {**r, "first_release_id": "r1"} for r in rows]


def test_next_run_counts_new_changed_deleted_and_keeps_first_seen(tmp_path):
    first = catalog_rows([_doc("a.txt", "sha-a"), _doc("b.txt", "sha-b"),
                          _doc("c.txt", "sha-c")], [], {}, "r1", [])
    second = catalog_rows([_doc("a.txt", "sha-a"), _doc("b.txt", "sha-b2"),
                           _doc("d.txt", "sha-d")], [], {}, "r2", first)
    changes = input_changes(first, second)
    assert (changes.new, changes.changed, changes.deleted, changes.unchanged) == (1, 1, 1, 1)
    assert {r["source_path"]: r["first_release_id"] for r in second} == {
        "a.txt": "r1", "b.txt": "r2", "d.txt": "r2"}
    assert changes.describe() == "1 new, 1 changed, 1 deleted, 1 unchanged inputs"


def test_missing_catalogue_reads_as_empty(tmp_path):
    assert read_catalog(tmp_path / "nope.parquet") == []


def test_staged_catalogue_is_committed_only_for_the_release_that_got_out(tmp_path):
    # A run killed between promoting its release and committing its catalogue: the next
    # run finishes the commit. A run whose release never got out: its catalogue is dropped.
    path = tmp_path / "state" / "inputs.parquet"
    first = catalog_rows([_doc("a.txt", "sha-a")], [], {}, "r1", [])
    stage_catalog(path, first, "r1")
    commit_catalog(path)
    second = catalog_rows([_doc("a.txt", "sha-a"), _doc("b.txt", "sha-b")], [], {}, "r2",
                          first)
    stage_catalog(path, second, "r2")
    settle_catalog(path, "r1")  # r2 was never promoted
    assert [r["source_path"] for r in read_catalog(path)] == ["a.txt"]
    stage_catalog(path, second, "r2")
    settle_catalog(path, "r2")  # r2 is latest: the kill came after its promote
    assert [r["source_path"] for r in read_catalog(path)] == ["a.txt", "b.txt"]
    assert not list(path.parent.glob("*.next.parquet"))
