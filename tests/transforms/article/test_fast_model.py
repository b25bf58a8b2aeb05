"""The faster rule components give every token the attributes spaCy's own give it."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from transforms import rules
from transforms.article.fast_model import (LEMMA_EXCEPTIONS, LookupAttributeRuler, LookupLemmas,
                                           with_fast_rule_components)

ATTRIBUTES = [TAG, POS, MORPH, LEMMA, DEP]

# Sentences of our own that reach the model's rarer rules: several tokens ("gon na",
# "let 's", "c'm on", "y' all", "ai n't"), regular expressions ("nothin'"), an
# expletive subject ("There are"), NOT_IN tests (auxiliaries, determiners used as
# pronouns) and whitespace tokens.
RARE_RULES = (
    "We're gonna win this, y'all, the coach told reporters.  \n\n"
    "\"I ain't done nothin' wrong,\" the striker said. Let's go, c'mon!\n"
    "There are three reasons and there were two more. That was what they wanted; "
    "all of those were sold. Which was it? She has been told it had to be done."
)


@pytest.fixture(scope="module")
def spacy_own(settings):
    return spacy.load(settings.model_name)


@pytest.fixture(scope="module")
def faster(settings):
    return with_fast_rule_components(spacy.load(settings.model_name))


def _attributes(nlp, text):
    doc = nlp(text)
    return (doc.to_array(ATTRIBUTES), [t.lemma_ for t in doc], [str(t.morph) for t in doc])


def test_rare_rules_give_the_same_attributes(spacy_own, faster):
    expected, got = _attributes(spacy_own, RARE_RULES), _attributes(faster, RARE_RULES)
    assert np.array_equal(expected[0], got[0])
    assert expected[1:] == got[1:]
    lemmas = dict(zip([t.text for t in faster(RARE_RULES)], got[1]))
    assert lemmas["gon"] == "go" and lemmas["ai"] == "be" and lemmas["nothin'"] == "nothing"


def test_seed_articles_give_the_same_attributes(spacy_own, faster, seed_articles):
    for article in seed_articles.values():
        expected, got = _attributes(spacy_own, article.body), _attributes(faster, article.body)
        assert np.array_equal(expected[0], got[0]), article.source_path
        assert expected[1:] == got[1:], article.source_path


def test_extraction_pipeline_runs_the_faster_components(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), LookupAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), LookupLemmas)
    assert nlp.pipe_names[:7] == ["tok2vec", "tagger", "parser", "attribute_ruler",
                                  "lemmatizer", LEMMA_EXCEPTIONS, "ner"]


def test_a_form_the_lemmatizer_reduces_to_another_word_gets_its_own_lemma(nlp):
    # The model's lemmatizer gives "rap" for "raped" and "stag" for "staged"
    # (rules/lemma_exceptions.tsv); other words, and "rapped", keep theirs.
    doc = nlp("Soldiers raped women in the village. Workers staged a walkout. He rapped "
              "about the war. The militia rapes women. Fighters were accused of raping "
              "them. Students are staging a sit-in.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert [lemmas[w] for w in ("raped", "rapes", "raping", "staged", "staging")] == [
        "rape", "rape", "rape", "stage", "stage"]
    assert (lemmas["rapped"], lemmas["Soldiers"], lemmas["women"]) == ("rap", "soldier", "woman")
    for row in rules.load("lemma_exceptions", ("form", "pos", "lemma", "example")):
        assert row["lemma"] in [t.lemma_ for t in nlp(row["example"])], row


def test_swapping_twice_changes_nothing(settings):
    nlp = with_fast_rule_components(with_fast_rule_components(spacy.load(settings.model_name)))
    assert type(nlp.get_pipe("lemmatizer")).__mro__.count(LookupLemmas) == 1
    assert len(nlp.get_pipe("attribute_ruler").patterns) == len(
        spacy.load(settings.model_name).get_pipe("attribute_ruler").patterns)
