"""The extraction cache: parts cover articles; compaction drops what no input needs any more."""

from __future__ import annotations

import pyarrow.parquet as pq

from transforms.release.cache import COVERED, ExtractionCache


def _mention(article_id: str, start: int) -> dict:
    return {"mention_id": f"{article_id}-{start}", "article_id": article_id, "sentence_idx": 0,
            "start_char": start, "end_char": start + 5, "text": "Paris", "label": "GPE",
            "source": "model", "entity_id": None}


def _write(cache: ExtractionCache, article_ids: list[str]) -> None:
    cache.write(article_ids, {"mentions": [_mention(a, 0) for a in article_ids],
                              "quotes": [], "figures": []})


def _mention_articles(cache: ExtractionCache) -> list[str]:
    return sorted(a for f in cache.part_files("mentions")
                  for a in pq.read_table(f).column("article_id").to_pylist())


def test_compaction_removes_parts_of_gone_articles_and_rewrites_mostly_gone_ones(tmp_path):
    cache = ExtractionCache(tmp_path / "cache", "fp1")
    _write(cache, ["a1", "a2"])          # both still inputs: kept as it is
    _write(cache, ["b1", "b2"])          # both deleted: removed
    _write(cache, ["c1", "c2", "c3"])    # one of three left: rewritten with it alone
    _write(cache, ["d1", "d2"])          # half left: kept (rewriting would save little)
    before = {p.name for p in cache.folder.iterdir()}

    report = cache.compact({"a1", "a2", "c2", "d1", "new"})

    assert cache.covered_ids() == {"a1", "a2", "c2", "d1", "d2"}
    assert _mention_articles(cache) == ["a1", "a2", "c2", "d1", "d2"]
    assert (report.parts_removed, report.parts_rewritten) == (1, 1)
    assert report.articles_dropped == 4  # b1, b2, c1, c3
    after = {p.name for p in cache.folder.iterdir()}
    assert len(after) == 3 and len(after - before) == 1  # the rewritten part has a new name


def test_compaction_of_a_cache_that_needs_none_changes_nothing(tmp_path):
    cache = ExtractionCache(tmp_path / "cache", "fp1")
    _write(cache, ["a1", "a2"])
    report = cache.compact({"a1", "a2"})
    assert (report.parts_removed, report.parts_rewritten, report.articles_dropped) == (0, 0, 0)
    assert cache.covered_ids() == {"a1", "a2"}


def test_part_without_its_covered_list_is_invisible(tmp_path):
    # A killed write (or a compaction killed mid-way) leaves no half-part in use: its
    # articles are simply extracted again.
    cache = ExtractionCache(tmp_path / "cache", "fp1")
    _write(cache, ["a1"])
    next(cache.folder.iterdir()).joinpath(COVERED).unlink()
    assert cache.covered_ids() == set() and cache.part_files("mentions") == []


def test_truncated_part_is_set_aside_and_its_articles_are_no_longer_covered(tmp_path):
    # An interrupted copy cut a cache file short: no Parquet footer, "No magic bytes".
    cache = ExtractionCache(tmp_path / "cache", "fp1")
    _write(cache, ["a1", "a2"])
    _write(cache, ["b1"])
    broken = next(f for f in cache.part_files("mentions")
                  if "b1" in pq.read_table(f).column("article_id").to_pylist())
    broken.write_bytes(broken.read_bytes()[:40])
    moved = cache.set_aside_unreadable(tmp_path / "quarantine")
    assert moved == [broken.parent.parent.name]
    assert cache.covered_ids() == {"a1", "a2"}  # b1 is extracted again
    assert (tmp_path / "quarantine" / "fp1" / moved[0] / "mentions" / "rows.parquet").exists()
    assert cache.set_aside_unreadable(tmp_path / "quarantine") == []  # readable parts stay
