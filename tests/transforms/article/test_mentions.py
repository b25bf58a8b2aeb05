"""Entity mentions from the model, with offsets into the body and their sentence."""

from __future__ import annotations

import pytest
from spacy.tokens import Span as SpacySpan

from transforms.article.extract import extract_articles
from transforms.article.mentions import mention_rows
from transforms.records import Drops


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


def test_a_hyphenated_surname_stays_whole(mentions_of):
    # The model spans "Katarzyna Nowak" and tags "Zielińska" a place of its own.
    _, mentions = mentions_of("Plan Announced\n\nHealth Minister Katarzyna Nowak-Zielińska "
                              "announced the plan on Monday.")
    assert [(m["text"], m["label"]) for m in mentions] == [
        ("Katarzyna Nowak-Zielińska", "PERSON")]


def test_a_word_hyphenated_after_a_name_is_no_part_of_it(normalize_text, nlp):
    # A name's span that stops before "-led" (as the model's does before a surname's second
    # half) is not stretched over a lower-case word.
    article = normalize_text("Vote\n\nVoters punished the Donald Tusk-led government.")
    doc = nlp.make_doc(article.body)
    first = next(t.i for t in doc if t.text == "Donald")
    doc.ents = [SpacySpan(doc, first, first + 2, label="PERSON")]
    assert [m["text"] for m in mention_rows(article, doc, Drops())] == ["Donald Tusk"]
    # Nor over a capitalised word after letters in capitals ("US-Led", in a headline's case).
    article = normalize_text("Vote\n\nTroops of Commander Joe US-Led Coalition arrived.")
    doc = nlp.make_doc(article.body)
    first = next(t.i for t in doc if t.text == "Commander")
    doc.ents = [SpacySpan(doc, first, first + 3, label="PERSON")]
    assert [m["text"] for m in mention_rows(article, doc, Drops())] == ["Commander Joe US"]


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


def test_a_wire_datelines_places_are_places(mentions_of):
    # The model reads a town in capitals as a company or a person ("OMAHA" ORG, "ROTTERDAM"
    # PERSON), misses some ("ALBUQUERQUE") and splits others ("ST" and "PAUL"); before its
    # date, a dateline names only places, each a mention of its own.
    _, mentions = mentions_of(
        "Bank Merges\n\nOMAHA, Neb., March 9 - FirsTier Financial said it would buy a bank.")
    assert {(m["text"], m["label"], m["source"]) for m in mentions} >= {
        ("OMAHA", "GPE", "rule"), ("Neb", "GPE", "rule")}
    _, mentions = mentions_of(
        "Port Strike\n\nROTTERDAM, March 11 - Dockers at the port began a strike on Monday.")
    assert [(m["text"], m["label"]) for m in mentions if m["start_char"] < 12] == [
        ("ROTTERDAM", "GPE")]
    _, mentions = mentions_of(
        "Mill Sold\n\nST. PAUL, Minn., Feb 2 - A paper mill was sold to a Swedish group.")
    assert [m["text"] for m in mentions if m["label"] == "GPE"][:2] == ["ST. PAUL", "Minn"]


def test_a_place_named_after_a_dateline_is_left_to_the_model(mentions_of):
    # Only the dateline's own segments are read so: the company after the dash stays the
    # model's, and a body with no dated dateline gains no mention.
    _, mentions = mentions_of(
        "Deal Agreed\n\nWheeling Steel agreed to sell its mill in PITTSBURGH, March 9 - a deal "
        "worth 20 mln dlrs.")
    assert all(m["source"] == "model" for m in mentions)


def test_the_label_of_an_earnings_table_row_is_no_name(mentions_of):
    # Wire earnings tables open each row with an abbreviation the model reads as a person
    # ("Revs" 7,929,138 vs ..., "Avg shrs"); a name opening a row of figures stays
    # ("Johnson 68 71", a golf leaderboard), and so does the word outside a table.
    _, mentions = mentions_of(
        "Harlow Tools Results\n\nTULSA, Okla., March 4 - Harlow Tools Inc said:\n\n"
        "Shr 41 cts vs 37 cts\n\nNet 2,104,000 vs 1,893,000\n\nRevs 40.2 mln vs 36.9 mln\n\n"
        "Avg shrs 5,130,000 vs 5,117,000\n\nJohnson 68 71\n\n"
        "Revs Motors, a car dealer, bought the plant.\n\nIts owner, Shr Patel, holds 15 pct.")
    texts = [m["text"] for m in mentions]
    assert not {"Avg", "Revs", "Revs 40.2 mln vs"} & set(texts)
    assert {"Johnson", "Revs Motors", "Shr Patel"} <= set(texts)


def test_a_place_named_again_where_the_model_missed_it_is_a_mention(mentions_of):
    # The model tags the town in one sentence and misses it, or reads it as a person,
    # opening another; one name is one place throughout a report.
    for town, verb in (("Mbour", "saw"), ("Velingara", "remained tense after")):
        _, mentions = mentions_of(f"Unrest\n\n{town} {verb} clashes on Monday between traders "
                                  f"and the police. Shops stayed shut on Tuesday in {town}.")
        assert [(m["text"], m["label"]) for m in mentions if m["text"] == town] == [
            (town, "GPE"), (town, "GPE")]
    # A person whose name holds the place's, or an organisation, stays so.
    _, mentions = mentions_of("Visit\n\nJordan Henderson flew to Jordan on Monday. Mr Jordan "
                              "Henderson met Liverpool officials in Amman.")
    assert not any(m["source"] == "rule" for m in mentions)
    # Nor a wire's credit in brackets, which the model reads as a place.
    _, mentions = mentions_of("Clashes\n\nSANAA, Yemen (Xinhua) -- Eleven fighters were "
                              "killed in Hays, an official told Xinhua on Monday.")
    assert [m["label"] for m in mentions if m["text"] == "Xinhua"][1:] != ["GPE"]
