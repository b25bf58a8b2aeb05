"""The cross-article step's own joins (transforms.corpus.reconcile): quote speakers,
figure places and sources, event actors carried onto entities."""

from __future__ import annotations


def _speaker_entities(reconcile_articles, normalize_text, body: str) -> list[tuple]:
    tables = reconcile_articles([normalize_text(f"Band To Tour Again\n\n{body}")])
    name_of = {e["entity_id"]: e["name"] for e in tables["entities"]}
    return [(q["speaker"], name_of.get(q["speaker_entity_id"])) for q in tables["quotes"]]


def test_a_speaker_the_model_tagged_no_name_is_the_person_of_that_surname(
        reconcile_articles, normalize_text):
    # "May said:" - the tagger read "May" as a modal: no mention covers the speaker, but the
    # article names one person May.
    body = ('Guitarist Brian May has said he expects to tour again in April. May said: "The '
            'band is rising again from the ashes."')
    assert _speaker_entities(reconcile_articles, normalize_text, body) == [("May", "Brian May")]


def test_a_surname_two_people_of_the_article_share_stays_unlinked(reconcile_articles,
                                                                   normalize_text):
    body = ('Guitarist Brian May and his cousin Sarah May will tour again in April. May '
            'said: "The band is rising again from the ashes."')
    assert _speaker_entities(reconcile_articles, normalize_text, body) == [("May", None)]
