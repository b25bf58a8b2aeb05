"""Ingest: every .txt under the folder is read or rejected with a reason."""

from __future__ import annotations

import pytest

from transforms.ingest import InputFolderError, discover, read_inputs


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


def test_missing_input_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputFolderError, match="input folder not found"):
        discover(tmp_path / "nope")
