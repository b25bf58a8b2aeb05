"""Entity mentions from the model, with offsets into the body and their sentence."""

from __future__ import annotations

import pytest

from transforms.article.extract import extract_articles


@pytest.fixture(scope="module")
def mentions_of(normalize_text, nlp, settings):
    """The mention rows the extraction gives one text, with its article."""
    def run(text: str):
        article = normalize_text(text)
        return article, extract_articles([article], nlp, settings)["mentions"]
    return run


def test_mentions_carry_exact_offsets_and_sentence(mentions_of):
    article, mentions = mentions_of(
        "Minister Visits Baghdad\n\n"
        "Prime Minister Haider al-Abadi flew to Baghdad on Monday. "
        "He met John Kerry, the US Secretary of State, at the airport.")
    by_text = {m["text"]: m for m in mentions}
    assert {"Haider al-Abadi", "Baghdad", "John Kerry"} <= set(by_text)
    assert by_text["Haider al-Abadi"]["label"] == "PERSON"
    assert by_text["John Kerry"]["sentence_idx"] == 1
    for m in mentions:
        assert article.body[m["start_char"]:m["end_char"]] == m["text"]
    # Dates and numbers are not entity mentions.
    assert "Monday" not in by_text


def test_possessive_is_not_part_of_the_mention(mentions_of):
    _, mentions = mentions_of("Iraq’s Army Retreats\n\nIraq’s army retreated from the city.")
    assert [m["text"] for m in mentions if m["text"].startswith("Iraq")] == ["Iraq"]


def test_a_bracket_left_open_in_a_span_is_cut_off(mentions_of):
    # The model spans "the Centre for Rural Housing Studies (CRHS": the name ends before
    # the bracket, whose acronym is the name's alias, not part of it.
    _, mentions = mentions_of("Rents Rise\n\nA report by the Centre for Rural Housing Studies "
                              "(CRHS) found rents rose.")
    assert [m["text"] for m in mentions if m["label"] == "ORG"][:1] == [
        "the Centre for Rural Housing Studies"]


def test_a_span_without_a_capital_letter_is_no_name(mentions_of):
    # The model tags sums, prices and lower-case common nouns as places, groups and
    # products ("280bn" LOC, "165bn" ORG, "300p" PRODUCT, "the supreme court" ORG); a
    # nationality, religion or political group is written in lower case too and stays.
    _, mentions = mentions_of(
        "Markets\n\nPolice in Kano seized marijuana worth 280bn naira on Tuesday. The deal is "
        "worth 165bn, said Mr Okoro. Shares rose to 300p after the results. He said the "
        "supreme court would rule in March. The communist leader met jihadist fighters.")
    texts = {m["text"]: m["label"] for m in mentions}
    assert {"Kano", "Okoro"} <= set(texts)
    assert not {"280bn", "165bn", "300p", "the supreme court"} & set(texts)
    assert texts.get("communist") == texts.get("jihadist") == "NORP"


def test_ex_before_a_name_is_no_part_of_it(mentions_of):
    # "ex-Yukos boss" speaks of the company Yukos: the model spans "ex-Yukos" (as a person).
    _, mentions = mentions_of("Oil Case\n\nThe clampdown targeted the ambitions of ex-Yukos "
                              "boss Mikhail Khodorkovsky.")
    texts = [m["text"] for m in mentions]
    assert "Yukos" in texts and "ex-Yukos" not in texts


def test_a_spaced_dash_ends_a_name(mentions_of):
    # The model runs a name on past a dash that opens an aside: no name holds " - ".
    _, mentions = mentions_of("Wenger Praises Keeper\n\nThe Arsenal boss Arsene Wenger - he "
                              "was speaking on Friday - praised his goalkeeper.")
    texts = [m["text"] for m in mentions]
    assert not any(" - " in t or t.endswith(" -") for t in texts)


def test_a_score_after_a_players_name_is_no_part_of_it(mentions_of):
    # Results lists write the score after the winner: the model runs the name into it.
    _, mentions = mentions_of("Results\n\nSecond seed Marcos Baghdatis beat Fernando "
                              "Verdasco 6-2 6-7 7-5 in the quarter-finals. Greg Rusedski 4-6 "
                              "6-3 6-4 Ivo Karlovic.")
    people = [m["text"] for m in mentions if m["label"] == "PERSON"]
    assert "Fernando Verdasco" in people and "Greg Rusedski" in people
    assert not any(any(c.isdigit() for c in text) for text in people)
