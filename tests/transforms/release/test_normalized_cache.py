"""The normalization cache: a document an earlier run normalized is not normalized again,
and what it gives is what normalizing it gives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from transforms.article.ingest import decode_document
from transforms.article.normalize import screened_articles
from transforms.release.normalized_cache import NormalizationCache

TEXTS = {
    "a.txt": "Floods in Lyon\n\nFloods killed at least 12 people in Lyon on Sunday, police said. "
             "Rescuers searched the banks of the river for hours.\n\n\u201cWe lost everything,"
             "\u201d said Maria Lopez, a baker.",
    "b.txt": "\u00dcberschwemmung\n\nDas Hochwasser hat am Sonntag in der Stadt mindestens "
             "zw\u00f6lf Menschen get\u00f6tet, teilte die Polizei mit. Die Retter suchten "
             "stundenlang die Ufer des Flusses ab.",
    "c.txt": "River Town Counts Its Dead\n\nThe floods killed 15 people, officials said on "
             "Monday. The water came at night.",
}


@pytest.fixture
def documents(settings):
    def make(texts: dict[str, str] = TEXTS):
        return [decode_document(path, text.encode("utf-8"), settings.decoding)
                for path, text in sorted(texts.items())]
    return make


@pytest.fixture
def normalize(normalize_rules, settings):
    """screened_articles, counting the documents it is given."""
    calls: list[str] = []

    def run(docs):
        calls.extend(d.source_path for d in docs)
        return screened_articles(docs, normalize_rules, settings)

    run.calls = calls
    return run


def test_a_later_run_takes_each_document_from_the_cache_with_the_same_result(
        tmp_path, documents, normalize, normalize_rules, settings):
    expected = screened_articles(documents(), normalize_rules, settings)
    first = NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "quarantine")
    assert first.normalized(documents(), normalize) == expected
    assert first.n_normalized == 3
    normalize.calls.clear()

    later = NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "quarantine")
    articles, rejects = later.normalized(documents(), normalize)
    assert (articles, rejects) == expected  # the German report stays a reject
    assert [r.reason for r in rejects] == ["unsupported_language"]
    assert normalize.calls == [] and later.n_normalized == 0


def test_an_edited_document_or_another_fingerprint_is_normalized_again(
        tmp_path, documents, normalize):
    NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "q").normalized(documents(),
                                                                            normalize)
    normalize.calls.clear()
    edited = {**TEXTS, "c.txt": TEXTS["c.txt"].replace("15", "16")}
    articles, _ = NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "q").normalized(
        documents(edited), normalize)
    assert normalize.calls == ["c.txt"]
    assert "16 people" in next(a.body for a in articles if a.source_path == "c.txt")
    normalize.calls.clear()
    NormalizationCache(tmp_path / "cache", "fp2", tmp_path / "q").normalized(documents(),
                                                                            normalize)
    assert normalize.calls == ["a.txt", "b.txt", "c.txt"]  # new code: nothing reused


def test_an_unreadable_part_is_set_aside_and_its_documents_normalized_again(
        tmp_path, documents, normalize):
    first = NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "q")
    expected = first.normalized(documents(), normalize)
    part = next(first.folder.glob("part-*.parquet"))
    part.write_bytes(part.read_bytes()[:40])  # truncated: a disk error, a copy cut short
    normalize.calls.clear()

    later = NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "q")
    assert later.set_aside == [part.name]
    assert (tmp_path / "q" / "fp1" / "normalized" / part.name).exists()
    assert later.normalized(documents(), normalize) == expected
    assert normalize.calls == ["a.txt", "b.txt", "c.txt"]


def test_entries_of_documents_no_input_holds_are_dropped(tmp_path, documents, normalize):
    cache = NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "q")
    for path in sorted(TEXTS):  # one part a document
        cache.normalized(documents({path: TEXTS[path]}), normalize)
    assert cache.keep_only(documents({"a.txt": TEXTS["a.txt"]})) == 2
    assert len(list(cache.folder.glob("part-*.parquet"))) == 1
    normalize.calls.clear()
    later = NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "q")
    later.normalized(documents(), normalize)
    assert normalize.calls == ["b.txt", "c.txt"]


def test_the_same_bytes_read_into_another_text_are_normalized_again(
        tmp_path, documents, normalize):
    # A page's text is what the HTML extractor makes of its bytes: an upgrade may change
    # it with the bytes the same.
    NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "q").normalized(documents(),
                                                                            normalize)
    normalize.calls.clear()
    reread = [replace(d, text=d.text.replace("15", "16")) if d.source_path == "c.txt" else d
              for d in documents()]
    NormalizationCache(tmp_path / "cache", "fp1", tmp_path / "q").normalized(reread,
                                                                            normalize)
    assert normalize.calls == ["c.txt"]
