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


def test_a_spokesman_of_a_named_person_is_not_that_person(reconcile_articles,
                                                          normalize_text):
    # The speaker span holds the singer's name, but as the possessor of the one who spoke.
    body = ('Singer Robbie Keane will not tour this year. Robbie Keane\'s official spokesman '
            'said: "He needs a long rest after the last album."')
    assert _speaker_entities(reconcile_articles, normalize_text, body) == [
        ("Robbie Keane's official spokesman", None)]
    # After the possessive, the one who spoke may be named: the entity is theirs.
    body = ('Singer Robbie Keane will not tour this year. Robbie Keane\'s manager Tom Hale '
            'said: "He needs a long rest after the last album."')
    assert [entity for _, entity in _speaker_entities(
        reconcile_articles, normalize_text, body)] == ["Tom Hale"]
    # A name after a preposition is not the one who spoke.
    body = ('Singer Robbie Keane will not tour this year. Robbie Keane\'s manager at '
            'Island Records said: "He needs a long rest after the last album."')
    assert [entity for _, entity in _speaker_entities(
        reconcile_articles, normalize_text, body)] == [None]
    # What the person wrote or issued speaks for them (rules/speaker_work_nouns.tsv).
    body = ('Singer Robbie Keane will not tour this year. Robbie Keane\'s statement said: '
            '"I need a long rest after the last album."')
    assert [entity for _, entity in _speaker_entities(
        reconcile_articles, normalize_text, body)] == ["Robbie Keane"]
