"""The extractors as spaCy components: usable from a plain spaCy script through the
package's entry points, the same rows as the pipeline, drops counted by reason."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from transforms.article.components import DROPS, FIGURES, QUOTES, article_from_doc

PLAIN_SPACY_SCRIPT = """
import json, sys
import spacy

nlp = spacy.load(sys.argv[1])
nlp.add_pipe("newsfacts_mentions")
nlp.add_pipe("newsfacts_quotes", config={"min_quote_words": 3})
nlp.add_pipe("newsfacts_figures")
doc = nlp(sys.argv[2])
print(json.dumps({"quotes": doc._.newsfacts_quotes, "figures": doc._.newsfacts_figures,
                  "imported_before_add_pipe": False}))
"""

TEXT = ("Flooding swept through the valley overnight.\n\n"
        "\"We lost everything in one night,\" said Maria Lopez, a farmer near the river. "
        "The storm killed at least 14 people and wounded more than 40, the regional "
        "governor said on Tuesday.")


def test_components_run_in_a_plain_spacy_script(tmp_path, settings):
    # The script imports only spaCy: add_pipe finds the factories by their entry points.
    result = subprocess.run([sys.executable, "-c", PLAIN_SPACY_SCRIPT, settings.model_name,
                             TEXT], capture_output=True, text=True, cwd=tmp_path, check=True)
    rows = json.loads(result.stdout)
    [quote] = rows["quotes"]
    assert quote["text"] == "We lost everything in one night"
    assert quote["speaker"] == "Maria Lopez" and quote["cue"] == "say"
    assert TEXT[quote["start_char"]:quote["end_char"]] == quote["text"]
    assert {(f["value"], f["category"], f["qualifier"]) for f in rows["figures"]} == {
        (14.0, "killed", "at_least"), (40.0, "wounded", "more_than")}


def test_plain_doc_gets_paragraphs_from_blank_lines_and_sentences_from_the_parse(nlp):
    doc = nlp(TEXT)
    article = article_from_doc(doc)
    assert [TEXT[p.start:p.end] for p in article.paragraphs] == TEXT.split("\n\n")
    assert [p for p, _ in article.sentences] == [0, 1, 1]
    assert TEXT[article.sentences[1][1].start:].startswith("\"We lost everything")


def test_pipeline_and_plain_doc_give_the_same_quotes(nlp, normalize_text, parse):
    # The pipeline presets the normalized sentences; a plain Doc derives them.
    article = normalize_text(TEXT)
    from_pipeline = parse(article)._.get(QUOTES)
    from_plain = nlp(article.body)._.get(QUOTES)
    keys = ("start_char", "end_char", "speaker", "cue", "sentence_idx")
    assert [{k: q[k] for k in keys} for q in from_pipeline] == \
        [{k: q[k] for k in keys} for q in from_plain]


@pytest.mark.parametrize("text, table, reason", [
    ("Fighting Goes On\n\nThe so-called \"ceasefire\" lasted an hour, witnesses said.",
     "quotes", "scare_quote"),
    ("Fighting Goes On\n\nThe \"Northern Storm\" brigade took the town, residents said.",
     "quotes", "quoted_title"),
    ("Fighting Goes On\n\nThe convoy of 30 trucks reached the town on Monday.",
     "figures", "not_a_head_count"),
])
def test_what_a_component_leaves_out_is_counted_by_reason(text, table, reason, normalize_text,
                                                          parse):
    doc = parse(normalize_text(text))
    assert doc._.get(DROPS)[table, reason] >= 1
    assert doc._.get(QUOTES if table == "quotes" else FIGURES) == []
