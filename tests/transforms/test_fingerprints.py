"""The extractor fingerprint moves with per-article code and rule tables only: a change to
cross-article code or to a cross-article rule table re-runs reconciliation, never spaCy."""

from __future__ import annotations

from pathlib import Path
import shutil

import pytest

from transforms import fingerprints, rules


@pytest.fixture
def transforms_copy(tmp_path, monkeypatch):
    """A copy of transforms/ (code and rule tables) that the fingerprints read instead."""
    copy = tmp_path / "transforms"
    shutil.copytree(fingerprints.TRANSFORMS_DIR, copy,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprints, "TRANSFORMS_DIR", copy)
    monkeypatch.setattr(rules, "RULES_DIR", copy / "rules")
    return copy


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


def test_every_rule_table_belongs_to_exactly_one_layer():
    tables = {p.stem for p in rules.RULES_DIR.glob("*.tsv")}
    assert sorted(rules.ARTICLE_TABLES + rules.CORPUS_TABLES) == sorted(tables)


def test_a_cross_article_rule_table_change_does_not_re_extract(transforms_copy, settings):
    before = fingerprints.extractor_fingerprint(settings)
    code_before = fingerprints.code_fingerprint()
    _append(transforms_copy / "rules" / "honorifics.tsv", "Ambassador\ttitle\tAmbassador Ana Ruiz\n")
    assert fingerprints.extractor_fingerprint(settings) == before
    assert fingerprints.code_fingerprint() != code_before  # a new release all the same


def test_a_per_article_rule_table_change_re_extracts(transforms_copy, settings):
    before = fingerprints.extractor_fingerprint(settings)
    _append(transforms_copy / "rules" / "quote_cues.tsv", "grumble\tverb\the grumbled\n")
    assert fingerprints.extractor_fingerprint(settings) != before


def test_cross_article_code_does_not_re_extract_and_article_code_does(transforms_copy,
                                                                      settings):
    before = fingerprints.extractor_fingerprint(settings)
    _append(transforms_copy / "corpus" / "entities.py", "\n# a comment\n")
    assert fingerprints.extractor_fingerprint(settings) == before
    _append(transforms_copy / "article" / "quotes.py", "\n# a comment\n")
    assert fingerprints.extractor_fingerprint(settings) != before
