"""Casualty figures: number, qualifier and bounds, category from the parse, who/when/source."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from transforms import rules
from transforms.article import components
from transforms.article.figures import clause_about_another_subject, figure_rows, source_head
from transforms.records import Drops
from transforms.schema import FIGURE_CATEGORIES, FIGURES, QUALIFIERS


@pytest.fixture(scope="module")
def figures_of(normalize_text, parse, nlp):
    """Figures of one text (a body, no headline); with `quotes`, those quote rows stand
    for the quotes component's (a figure inside a quote takes its speaker as source)."""
    rules_ = nlp.get_pipe(components.FIGURES).rules

    def run(text: str, quotes: list[dict] | None = None):
        article = normalize_text(text)
        doc = parse(article)
        if quotes is None:
            return article, doc._.get(components.FIGURES)
        return article, figure_rows(article, doc, doc._.get(components.MENTIONS), quotes,
                                    rules_, Drops())

    return run


def _by_text(rows: list[dict]) -> dict[str, dict]:
    return {r["value_text"]: r for r in rows}


def _summary(row: dict) -> tuple:
    return row["value"], row["qualifier"], row["category"]


# ---------------------------------------------------------------- row shape


def test_rows_have_exactly_the_schema_columns_and_exact_offsets(figures_of):
    article, rows = figures_of(
        "Police said four bombings targeted officers in the city, killing 10 and wounding 15.")
    assert rows
    for row in rows:
        assert list(row) == FIGURES.column_names
        assert article.body[row["start_char"]:row["end_char"]] == row["value_text"]
        assert row["qualifier"] in QUALIFIERS and row["category"] in FIGURE_CATEGORIES
        assert row["sentence_idx"] == 0
        assert row["location_entity_id"] is None and row["source_entity_id"] is None
    FIGURES.from_rows(rows)  # the rows build a valid Arrow table


# ---------------------------------------------------------------- category from the parse


def test_participles_after_the_attack_give_two_figures(figures_of):
    _, rows = figures_of(
        "Police said four bombings targeted officers in the city, killing 10 and wounding 15.")
    by_text = _by_text(rows)
    assert _summary(by_text["10"]) == (10, "exact", "killed")
    assert _summary(by_text["15"]) == (15, "exact", "wounded")
    assert by_text["10"]["source"] == "Police"
    # "four bombings" counts attacks, not people.
    assert "four" not in by_text


def test_object_of_active_verb_is_killed(figures_of):
    _, rows = figures_of("The militants killed at least 500 people in the provincial capital.")
    row = _by_text(rows)["at least 500"]
    assert _summary(row) == (500, "at_least", "killed")
    assert (row["low"], row["high"]) == (500, None)
    assert row["subject"] == "people"


def test_passive_subject_is_killed(figures_of):
    _, rows = figures_of("Officials said 500 people have been killed since the offensive began.")
    assert _summary(_by_text(rows)["500"]) == (500, "exact", "killed")


def test_elided_participle_after_conjunction_takes_its_own_verb(figures_of):
    _, rows = figures_of("A security official said more than 100 soldiers were killed and "
                         "around 28 captured in the attack on the barracks.")
    by_text = _by_text(rows)
    assert _summary(by_text["more than 100"]) == (100, "more_than", "killed")
    assert _summary(by_text["around 28"]) == (28, "approximately", "captured")
    assert by_text["more than 100"]["subject"] == "soldiers"


@pytest.mark.parametrize("text, counted, category", [
    ("Six soldiers were killed in the ambush, with two other soldiers and an interpreter "
     "injured, officials said.", "two", "wounded"),
    ("Three policemen died, with four others wounded.", "four", "wounded"),
    ("The blast killed 12 people, with 40 wounded.", "40", "wounded"),
])
def test_a_count_after_with_takes_the_casualty_word_that_closes_its_phrase(
        figures_of, text, counted, category):
    _, rows = figures_of(text)
    assert _by_text(rows)[counted]["category"] == category


@pytest.mark.parametrize("text", [
    # A share of the victims, in a wire service's abbreviation, counts nobody.
    "Only 15 pct of the victims reported eating raw, infected hamburger.",
    # Bodies that are organisations; a body that is a word of an adjective.
    "The forecast by the institute, one of five leading economic research bodies in West "
    "Germany, is more optimistic.",
    "Airbus wants a long-range aircraft to compete with Boeing Co 747 wide-body jetliner, or "
    "its successor.",
    "Officials at the two bodies generating income for the church will be questioned.",
    "Figures show approved lending to the country by the two bodies amounted to 1.1 billion "
    "dlrs last year.",
    "The prize rewards a poet for a whole body of work instead of one book.",
    "Police found body armour, a smoke bomb and five shields in the van.",
    # Players a side is without, not people gone missing.
    "Chelsea are missing five players through injury for Saturday's game.",
    # Money, shares, and a hostage in a figure of speech.
    "Some were fired for having as little as two dlrs missing from liquor sales.",
    "It said Captive Venture issued 1,600,000 restricted preferred shares.",
    '"Without decisive action, this nation will once again become a hostage to OPEC," '
    'Hartley said.',
    # Victims of harms that kill no one.
    "Police said the fraud had 300 victims across the country.",
    "The scam claimed 40 victims in Leeds last year.",
    "Some 200 victims of identity fraud have come forward.",
    # A title in capitals inside an ordinary sentence.
    "The studio is back with revamped versions of Dead Or Alive 1 and 2.",
    # Victims in an article that tells of no death nor of anything that kills.
    "The union is trying to handle the row by saying there are three victims, but I see "
    "only two victims in this story.",
    "Efforts to stop pirated films being shared online have claimed a high-profile victim.",
    "The two other victims of the scandal are a former adviser who resigned and an officer "
    "who was fired.",
    # Things that go missing.
    "Almost 1.5 million posts disappeared from the industry between 1990 and 2003.",
    "Hundreds of ballot papers for the referendum have disappeared, officials said.",
    "The devaluation saw thousands of families' life savings disappear overnight.",
    "Two files went missing from the ministry, along with three laptops.",
    # A deal, a licence or an order is executed, no person.
    "The company said it executed two additional area licenses.",
    "The firm executed two licences to run stores.",
    "The firm executed four contracts with the army.",
    "The two banks executed three loan agreements.",
    "The airline executed two leases for new jets.",
    "The broker executed 300 orders for clients.",
    # A word written with a hyphen is that word: "wide-bodies" are aircraft, no bodies.
    "American will buy 25 planes from Airbus and 15 wide-bodies from Boeing.",
    # Military units, not head counts.
    "Officials said two battalions, killed or captured in the offensive, had been replaced.",
    "Officials said three regiments, killed or captured in the offensive, had been replaced.",
    # Institutions a phrasal verb of arrest acts on.
    "The arranger hopes to round up the remaining 45 banks before the loan closes.",
    # A singular noun after a number above one modifies what is counted.
    "The inspector said the van had failed six body and two floor joint tests since 1990.",
    "Hale said Acme had failed eight body and three floor joint tests since 1979.",
    # A bill or a deal a vote kills is no person (only agent nouns are taken as victims).
    "Lawmakers killed a bill on Tuesday that would have raised bus fares.",
    "The board killed a merger that shareholders had backed.",
])
def test_shares_institutions_and_aircraft_are_no_casualties(figures_of, text):
    _, rows = figures_of(text)
    assert [r for r in rows if r["category"] != "other"] == []


@pytest.mark.parametrize("text, counted", [
    ("Police recovered 12 charred bodies from the village on Monday.", "12"),
    ("A body is carried on a stretcher while other bodies covered in cloth and one with "
     "only a hat lie under shrubs.", "one"),
    # Victims of violence; the dead of a headline in capitals.
    ("The bombing claimed 20 victims in the market.", "20"),
    ("Two victims of the attack were buried on Monday.", "Two"),
    ("18 Dead in Kabul Blast", "18"),
    # A headline glued into the sentence after it.
    ("Blast Occurs Near Bus Convoy Evacuating Syrians to Aleppo Over 20 Dead The explosion hit "
     "the Rashidin area on the outskirts.", "Over 20"),
    # A headline's toll the parser compounds to the agency's name after it.
    ("Syria air strike on jihadist base kills 19 New toll AFP Sunday 14 Sep 2014 A Syrian air "
     "strike on an Islamic State (IS) training base in the jihadist-held east killed 18 "
     "militants and a child a monitoring group said in a new toll Sunday.", "19"),
])
def test_guard_bodies_victims_and_the_dead_of_a_headline_are_killed(figures_of, text, counted):
    _, rows = figures_of(text)
    assert _by_text(rows)[counted]["category"] == "killed"


def test_forced_to_flee_is_displaced(figures_of):
    _, rows = figures_of(
        "The offensive forced 8,000 to flee their homes, a provincial official said Monday.")
    row = _by_text(rows)["8,000"]
    assert _summary(row) == (8000, "exact", "displaced")
    assert row["source"] == "a provincial official"
    # "said Monday" dates the statement, not the displacement.
    assert row["time_text"] is None


def test_subject_of_flee_is_displaced(figures_of):
    _, rows = figures_of("About 8,000 have fled the town since Friday, aid workers said.")
    row = _by_text(rows)["About 8,000"]
    assert _summary(row) == (8000, "approximately", "displaced")
    assert row["time_text"] == "since Friday"


def test_subject_of_die_is_killed_and_nearly_is_approximate(figures_of):
    _, rows = figures_of("Nearly 1,300 soldiers died in the province after the invasion of 2003.")
    by_text = _by_text(rows)
    row = by_text["Nearly 1,300"]
    assert _summary(row) == (1300, "approximately", "killed")
    assert (row["low"], row["high"]) == (1170, 1430)
    assert row["subject"] == "soldiers"
    assert "2003" not in by_text  # a year


def test_death_toll_rising_to_a_number_is_killed(figures_of):
    _, rows = figures_of(
        "The death toll rose to 50 on Tuesday, according to hospital officials in Mosul.")
    row = _by_text(rows)["50"]
    assert _summary(row) == (50, "exact", "killed")
    assert row["source"] == "hospital officials"
    assert row["time_text"] == "on Tuesday"


def test_number_with_dead_or_injured_is_categorised_by_it(figures_of):
    _, rows = figures_of("The car bomb left 50 dead and 100 injured, police said.")
    by_text = _by_text(rows)
    assert _summary(by_text["50"]) == (50, "exact", "killed")
    assert _summary(by_text["100"]) == (100, "exact", "wounded")


def test_injuring_is_wounded(figures_of):
    _, rows = figures_of("The explosion ripped through the market, injuring 100 shoppers.")
    row = _by_text(rows)["100"]
    assert _summary(row) == (100, "exact", "wounded")
    assert row["subject"] == "shoppers"


def test_sustained_injuries_is_wounded(figures_of):
    _, rows = figures_of("Some 100 others sustained injuries in the blast, a doctor said.")
    row = _by_text(rows)["Some 100"]
    assert _summary(row) == (100, "approximately", "wounded")
    assert row["subject"] == "others"


@pytest.mark.parametrize("sentence, value_text, value, category", [
    ("Gunmen kidnapped twenty-one workers near the border on Sunday.", "twenty-one", 21,
     "captured"),
    ("Masked men abducted three journalists outside their hotel.", "three", 3, "captured"),
    ("Police arrested a dozen protesters outside parliament.", "a dozen", 12, "arrested"),
    ("An estimated 40 people were detained by police after the march.", "An estimated 40", 40,
     "arrested"),
    ("Five soldiers are missing after the ambush near the river.", "Five", 5, "missing"),
])
def test_capture_arrest_and_missing_verbs(figures_of, sentence, value_text, value, category):
    _, rows = figures_of(sentence)
    row = _by_text(rows)[value_text]
    assert (row["value"], row["category"]) == (value, category)


@pytest.mark.parametrize("text, expected", [
    ("A man was shot dead outside a bar in Dublin on Sunday, police said.",
     [("A", 1, "killed")]),
    ("A soldier was killed and two others were wounded in the ambush.",
     [("A", 1, "killed"), ("two", 2, "wounded")]),
    ("Police said a woman was injured when the wall collapsed.", [("a", 1, "wounded")]),
    # One named with an article counts only as a casualty: not a killer, not a speaker.
    ("A suicide bomber killed 12 people at a market.", [("12", 12, "killed")]),
    ("A spokesman said the army had killed five militants.", [("five", 5, "killed")]),
    # A trade names a person as a role does; "found shot dead" is the participle's death.
    ("A goat herder was found shot dead near the dam on Saturday, residents said.",
     [("A", 1, "killed")]),
    ("Rebels killed a miner and a shopkeeper near the gold pits.",
     [("a", 1, "killed"), ("a", 1, "killed")]),
    # A person named by age alone ("a 17-year-old"), the parser's "old" the noun.
    ("Police shot dead a 17-year-old during the march on Wednesday.", [("a", 1, "killed")]),
    # The article before a possessive is the owner's noun's: "a residents' leader".
    ("In June, a farmers' leader was stabbed to death outside his home.",
     [("a", 1, "killed")]),
    # "fatally" on the verb gives its outcome, as "dead" does.
    ("A driver was fatally shot at a checkpoint on Friday, the army said.",
     [("A", 1, "killed")]),
    # Whom a verb of killing names is a person, in a word the table lacks: an agent noun.
    ("Attackers on a motorbike fired at the clinic, killing a vaccinator.",
     [("a", 1, "killed")]),
    # "another" brings one more in as "a" does (not "another 20 people": a count).
    ("In September another member of the same union was shot dead in the town.",
     [("another", 1, "killed")]),
    ("Police said another 20 people were wounded.", [("20", 20, "wounded")]),
], ids=["shot dead", "killed and wounded", "injured", "the killer", "the speaker",
        "found shot dead", "trades", "age", "possessive", "fatally", "agent noun", "another",
        "another count"])
def test_one_person_named_with_an_article_is_a_count_of_one(figures_of, text, expected):
    _, rows = figures_of(text)
    assert sorted((r["value_text"], r["value"], r["category"]) for r in rows) == sorted(
        expected)


@pytest.mark.parametrize("text, expected", [
    ("No one was killed in the blast, the governor said.", [("No one", "killed")]),
    ("Nobody was hurt when the roof caved in.", [("Nobody", "wounded")]),
    ("No-one was injured, police said.", [("No-one", "wounded")]),
    ("None of the 40 passengers was hurt.", [("40", "other"), ("None", "wounded")]),
    ("The shells hit an empty school, causing no casualties.", [("no", "killed")]),
    ("Seven people were injured, but no deaths were reported.",
     [("Seven", "wounded"), ("no", "killed")]),
    # No reports of the harmed are a count of none too.
    ("The rockets hit a warehouse. There were no reports of injuries.",
     [("no reports", "wounded")]),
    # Nobody counted by no casualty word is no figure.
    ("No one has claimed responsibility for the attack.", []),
    # None is counted of the harmed only: a toll of none.
    ("No one has been arrested and no arrests are expected.", []),
], ids=["no one", "nobody", "no-one", "none of", "no casualties", "no deaths",
        "no reports of", "no claim", "no arrests"])
def test_nobody_harmed_is_a_count_of_none(figures_of, text, expected):
    _, rows = figures_of(text)
    assert sorted((r["value_text"], r["category"]) for r in rows) == sorted(expected)
    assert all(r["value"] == 0 == r["low"] == r["high"] for r in rows
               if r["value_text"] not in ("40", "Seven"))


def test_what_the_counted_could_not_do_gives_way_to_what_was_done_to_them(figures_of):
    # "who could not flee" tells what they could not do: the verb governing them, killing,
    # tells what became of them.
    _, rows = figures_of("Troops set fire to the village, killing four elderly residents who "
                         "could not flee.")
    assert [(r["value_text"], r["category"]) for r in rows] == [("four", "killed")]


def test_killers_counted_as_subject_are_not_killed(figures_of):
    _, rows = figures_of("Three gunmen killed 10 people at a checkpoint north of the capital.")
    by_text = _by_text(rows)
    assert by_text["10"]["category"] == "killed"
    assert by_text["Three"]["category"] == "other"  # the attackers, a people count


def test_conjoined_counts_share_the_verb(figures_of):
    _, rows = figures_of("The monitor said 30 soldiers and 39 rebel fighters had been killed "
                         "in battles around the town since Wednesday.")
    by_text = _by_text(rows)
    assert _summary(by_text["30"]) == (30, "exact", "killed")
    assert _summary(by_text["39"]) == (39, "exact", "killed")
    assert by_text["39"]["subject"] == "rebel fighters"


def test_count_inside_including_takes_the_outer_verb(figures_of):
    _, rows = figures_of("Air strikes killed at least 21 civilians, including 8 children, "
                         "in the south of the country.")
    by_text = _by_text(rows)
    assert _summary(by_text["at least 21"]) == (21, "at_least", "killed")
    assert _summary(by_text["8"]) == (8, "exact", "killed")


@pytest.mark.parametrize("text", [
    "Air strikes on Thursday night killed 14 people including three children fleeing across "
    "the river on rafts.",
    "The strikes killed 14 people, including three children who were fleeing the fighting.",
])
def test_a_part_of_the_dead_that_was_fleeing_is_killed(figures_of, text):
    row = _by_text(figures_of(text)[1])["three"]
    assert (row["category"], row["parent_figure_id"] is not None) == ("killed", True)


def test_guard_a_part_of_the_displaced_that_was_fleeing_is_displaced(figures_of):
    _, rows = figures_of("The fighting displaced 3,000 people, including 500 children fleeing "
                         "to Turkey.")
    assert _by_text(rows)["500"]["category"] == "displaced"


@pytest.mark.parametrize("text, counted, category", [
    ("Rebel fire on regime-held areas killed 1102 people said the Observatory.", "1102",
     "killed"),
    ("In Kafr Nabl a town south of the provincial capital unidentified warplanes also killed "
     "at least six civilians including a woman and her four children the observatory said.",
     "at least six", "killed"),
])
def test_a_count_the_parser_made_the_subject_of_said_in_a_text_without_commas(
        figures_of, text, counted, category):
    # The parser reads "... people said the Observatory" as "people said".
    assert _by_text(figures_of(text)[1])[counted]["category"] == category


@pytest.mark.parametrize("text, expected", [
    # A headline's verb the tagger took for a name.
    ("Turkish Bombardment Kills 20 Civilians in Syria", {"20": "killed"}),
    # Two reduced passives without a comma, and the year of the dateline before them.
    ("Fri Apr 29 2016 57 Civilians killed 150 Injured in Continued Attacks on Aleppo.",
     {"57": "killed", "150": "wounded"}),
])
def test_a_headline_in_capitals_without_commas(figures_of, text, expected):
    _, rows = figures_of(text)
    assert {r["value_text"]: r["category"] for r in rows} == expected


@pytest.mark.parametrize("text, expected", [
    ("Seventeen children and six women were among those killed.",
     {"Seventeen": "killed", "six": "killed"}),
    ("Among those killed were 105 children and 76 women.", {"105": "killed", "76": "killed"}),
    ("Two journalists were among those arrested.", {"Two": "arrested"}),
    # A participle after the last of a list, in a headline.
    ("Five children and four medical staff killed by regime airstrikes on a hospital",
     {"Five": "killed", "four": "killed"}),
])
def test_a_count_among_those_or_before_a_participle_is_of_its_category(figures_of, text,
                                                                      expected):
    _, rows = figures_of(text)
    assert {r["value_text"]: r["category"] for r in rows} == expected


def test_a_count_after_over_that_the_parser_hung_on_a_dateline_keeps_its_role(figures_of):
    # The parser makes "MOSCOW" the passive subject and "Over" a preposition on it.
    _, rows = figures_of("MOSCOW (Sputnik) Over 130 people including 67 children were killed "
                         "in a terrorist attack near the city of Aleppo on April 15 the UN "
                         "envoy said Thursday.")
    assert _by_text(rows)["Over 130"]["category"] == "killed"


@pytest.mark.parametrize("text, counted", [
    ("Elsewhere in Syria rebels attacked a militia checkpoint in a majority Christian area of "
     "Homs province killing six civilians and five militiamen the Observatory said.", "five"),
    ("Syrian air raids targeted several civilian sites in an area outside the ceasefire zone "
     "killing nine children and 14 others local activists have reported.", "14"),
])
def test_a_count_after_and_that_the_parser_gave_no_role_continues_the_list(figures_of, text,
                                                                          counted):
    # Without commas the parser hangs the last count of a list elsewhere.
    assert _by_text(figures_of(text)[1])[counted]["category"] == "killed"


@pytest.mark.parametrize("text, counted", [
    ("At least 27 children were confirmed killed in the attack in Idlib.", "At least 27"),
    ("Ten soldiers were reported killed in the clashes.", "Ten"),
])
def test_a_bare_participle_after_a_passive_names_the_casualty(figures_of, text, counted):
    assert _by_text(figures_of(text)[1])[counted]["category"] == "killed"


def test_an_apposition_shares_the_role_of_its_noun(figures_of):
    # A dateline glued to the sentence: the parser's subject is "Date", the count its
    # apposition.
    _, rows = figures_of("Date of publication 25 August 2016 Fifteen civilians among them 11 "
                         "children were killed in a barrel bomb attack on a market on "
                         "Thursday.")
    assert _by_text(rows)["Fifteen"]["category"] == "killed"


def test_people_who_lost_their_lives_are_killed(figures_of):
    _, rows = figures_of("At least 50 people have lost their lives and 100 others sustained "
                         "injuries in twin bomb attacks in Homs.")
    assert {r["value_text"]: r["category"] for r in rows} == {"At least 50": "killed",
                                                               "100": "wounded"}


@pytest.mark.parametrize("text, expected", [
    ("Dozens of civilians have starved to death since the siege began.", {"Dozens": "killed"}),
    ("Three men were beaten to death by a mob.", {"Three": "killed"}),
    ("Two children burned to death in the fire.", {"Two": "killed"}),
    ("Three gunmen beat a man to death.", {"Three": "other", "a": "killed"}),
    ("A court sentenced five men to death.", {"five": "other"}),
    # The parser hangs the subject on the auxiliary after a long first clause.
    ("The radio said cold weather and snow still covered much of central and eastern "
     "Anatolia, the Asian part of the country, and two people were frozen to death near the "
     "town of Corum.", {"two": "killed"}),
])
def test_done_to_death_is_killed_but_not_sentenced_to_death(figures_of, text, expected):
    _, rows = figures_of(text)
    assert {r["value_text"]: r["category"] for r in rows} == expected


def test_deaths_of_people_is_killed(figures_of):
    _, rows = figures_of("The clashes resulted in the deaths of 40 fighters on both sides.")
    assert _summary(_by_text(rows)["40"]) == (40, "exact", "killed")


def test_governing_verb_wins_over_the_counted_noun(figures_of):
    _, rows = figures_of("A car bomb killed more than 120 evacuees waiting at the crossing.")
    row = _by_text(rows)["more than 120"]
    assert row["category"] == "killed"  # not displaced, though evacuees were displaced
    assert row["subject"] == "evacuees"


# ---------------------------------------------------------------- numbers and vague quantities


def test_decimal_with_million_is_one_number(figures_of):
    _, rows = figures_of("At least 2.5 million people have been displaced, the UN said.")
    row = _by_text(rows)["At least 2.5 million"]
    assert _summary(row) == (2_500_000, "at_least", "displaced")
    assert row["source"] == "the UN"


def test_vague_quantity_has_null_value_and_floor(figures_of):
    _, rows = figures_of("Hundreds of civilians were killed in the fighting, activists said.")
    row = _by_text(rows)["Hundreds"]
    assert (row["value"], row["qualifier"], row["low"], row["high"]) == (None, "at_least", 100,
                                                                          None)
    assert row["category"] == "killed"
    assert row["subject"] == "civilians"


def test_dozens_forced_to_flee_is_displaced(figures_of):
    _, rows = figures_of("Dozens of families were forced to flee their homes in the area.")
    row = _by_text(rows)["Dozens"]
    assert (row["value"], row["low"], row["category"]) == (None, 12, "displaced")
    assert row["subject"] == "families"


@pytest.mark.parametrize("text, value_text, low, category", [
    ("Scores of people were wounded when the shells hit the crowded market.", "Scores", 20,
     "wounded"),
    # "tens of thousands" multiplies the floors.
    ("Tens of thousands of residents have fled the city in recent weeks.",
     "Tens of thousands", 10_000, "displaced"),
    # "several" or "a few" of a multiple is at least two of it, not one.
    ("Several hundred people were injured when police charged the march.", "Several hundred",
     200, "wounded"),
    ("Troops evacuated a few thousand villagers from the valley.", "a few thousand", 2_000,
     "displaced"),
])
def test_vague_quantities_have_a_floor_and_no_value(figures_of, text, value_text, low,
                                                    category):
    _, rows = figures_of(text)
    row = _by_text(rows)[value_text]
    assert (row["value"], row["qualifier"], row["low"], row["category"]) == (
        None, "at_least", low, category)


def test_about_a_dozen_fighters_killed_by_the_raid(figures_of):
    _, rows = figures_of("The raid killed about a dozen militant fighters, officials said.")
    row = _by_text(rows)["about a dozen"]
    assert _summary(row) == (12, "approximately", "killed")
    assert row["subject"] == "militant fighters"


# ---------------------------------------------------------------- qualifiers and bounds


@pytest.mark.parametrize("phrase, qualifier, low, high", [
    ("at least 40", "at_least", 40, None),
    ("up to 40", "at_most", 0, 40),
    ("as many as 40", "at_most", 0, 40),
    ("more than 40", "more_than", 40, None),
    ("over 40", "more_than", 40, None),
    ("nearly 40", "approximately", 36, 44),
    ("almost 40", "approximately", 36, 44),
    ("about 40", "approximately", 36, 44),
    ("around 40", "approximately", 36, 44),
    ("approximately 40", "approximately", 36, 44),
    ("some 40", "approximately", 36, 44),
    ("an estimated 40", "approximately", 36, 44),
    ("fewer than 40", "less_than", 0, 40),
    ("less than 40", "less_than", 0, 40),
    ("40", "exact", 40, 40),
])
def test_qualifier_sets_bounds(figures_of, phrase, qualifier, low, high):
    _, rows = figures_of(f"Witnesses said {phrase} people were killed in the shelling of the "
                         f"market.")
    row = _by_text(rows)[phrase]
    assert (row["value"], row["qualifier"], row["low"], row["high"]) == (40, qualifier, low, high)
    assert row["category"] == "killed"


def test_or_more_after_the_number_is_at_least(figures_of):
    _, rows = figures_of("Doctors said 20 or more people were injured in the stampede.")
    row = _by_text(rows)["20 or more"]
    assert (row["qualifier"], row["low"], row["high"], row["category"]) == (
        "at_least", 20, None, "wounded")


# ---------------------------------------------------------------- time, place and source


def test_time_window_and_according_to_source(figures_of):
    _, rows = figures_of(
        "According to Ahmed Karim, the spokesman for the governor, in the last 48 hours, at "
        "least 500 civilians and security personnel have been killed in the fighting.")
    row = _by_text(rows)["at least 500"]
    assert _summary(row) == (500, "at_least", "killed")
    assert row["source"] == "Ahmed Karim"
    assert row["subject"] == "civilians and security personnel"
    assert row["time_text"] == "in the last 48 hours"


def test_speech_verb_subject_is_the_source(figures_of):
    article, rows = figures_of(
        "Mr. Karim said that at least 500 people had been killed over the last two days in "
        "and around Baghdad.")
    row = _by_text(rows)["at least 500"]
    assert row["source"] == "Mr. Karim"
    assert article.body[row["source_start_char"]:row["source_end_char"]] == "Mr. Karim"
    assert row["time_text"] == "over the last two days"
    assert article.body[row["location_start_char"]:row["location_end_char"]] == "Baghdad"


@pytest.mark.parametrize("company", ["Westmin Resources Ltd", "Teck Inc"])
def test_the_brackets_of_a_wire_company_name_are_not_in_its_source(figures_of, company):
    _, rows = figures_of(f"Toronto, April 2 - <{company}> said production at its copper mine "
                         "was shut down by the fire that trapped 44 miners and killed at least "
                         "one.")
    assert _by_text(rows)["at least one"]["source"] == company


def test_a_bracket_the_parser_made_a_subject_is_no_source(nlp):
    # "<Acme Inc> said": the parser can give "said" three subjects, "<", "Inc" and ">".
    doc = Doc(nlp.vocab, words=["<", "Acme", "Inc", ">", "said", "one", "miner", "died", "."],
              heads=[4, 2, 4, 4, 4, 6, 7, 4, 4],
              deps=["nsubj", "compound", "nsubj", "nsubj", "ROOT", "nummod", "nsubj", "ccomp",
                    "punct"],
              pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "NUM", "NOUN", "VERB", "PUNCT"],
              lemmas=["<", "Acme", "Inc", ">", "say", "one", "miner", "die", "."])
    rules_ = nlp.get_pipe(components.FIGURES).rules
    assert source_head(doc[5], doc[:], rules_).text == "Inc"


def test_figure_inside_a_quote_takes_the_speaker_and_quote_id(figures_of):
    text = ("“We estimate that 500 people have been killed, and approximately 8,000 have fled "
            "the city,” said Ahmed Karim, a provincial spokesman.")
    quote_end = text.index("city") + len("city")
    speaker_start = text.index("Ahmed Karim")
    quotes = [{"quote_id": "q1", "start_char": 1, "end_char": quote_end,
               "speaker": "Ahmed Karim", "speaker_start_char": speaker_start,
               "speaker_end_char": speaker_start + len("Ahmed Karim")}]
    article, rows = figures_of(text, quotes)
    assert article.body == text
    by_text = _by_text(rows)
    assert _summary(by_text["500"]) == (500, "exact", "killed")
    assert _summary(by_text["approximately 8,000"]) == (8000, "approximately", "displaced")
    for row in by_text.values():
        assert (row["source"], row["quote_id"]) == ("Ahmed Karim", "q1")
        assert row["source_start_char"] == speaker_start


def test_pronoun_speaker_outside_quotes_is_no_source(figures_of):
    _, rows = figures_of("He said 12 people were wounded in the attack on the convoy.")
    row = _by_text(rows)["12"]
    assert row["category"] == "wounded"
    assert row["source"] is None


# ---------------------------------------------------------------- traps: not casualties


def test_age_is_not_a_figure(figures_of):
    _, rows = figures_of("Among the dead, he said, was the 3-year-old daughter of a soldier.")
    assert rows == []


def test_year_is_not_a_figure(figures_of):
    _, rows = figures_of("The region saw intense fighting after the 2003 invasion, and again "
                         "in 2014 when militants killed 30 villagers.")
    assert [_summary(r) for r in rows] == [(30, "exact", "killed")]


def test_a_number_after_a_name_is_part_of_the_name(figures_of):
    # "Chesterfield 7" is a power unit, whatever it burns; the number counts nothing.
    _, rows = figures_of("Chesterfield 7, a 210 megawatt unit planned for service in June "
                         "1990, would initially burn natural gas.")
    assert rows == []
    _, rows = figures_of("Ward 7, a new wing of the hospital, was hit by shells that wounded "
                         "12 patients.")
    assert [_summary(r) for r in rows] == [(12, "exact", "wounded")]
    # Not a number that counts the noun after it, nor the start of a part ("three of").
    _, rows = figures_of("Rebels in Yemen Admit Killing 25 Houthis . The group said it would "
                         "fight on.")
    assert [_summary(r) for r in rows] == [(25, "exact", "killed")]
    _, rows = figures_of("Four people were wounded in the raid on the village of Kafr Nabl "
                         "three of them children the monitor said.")
    assert [_summary(r)[0] for r in rows] == [4, 3]
    # The day a dated headline opens with counts nothing, though a month follows it.
    _, rows = figures_of("Sun 12 Jul 2015 30 dead in fresh U.S. raids on IS Syria stronghold. "
                         "Ten civilians were among them.")
    assert 12 not in [_summary(r)[0] for r in rows]


def test_percentages_and_money_are_not_figures(figures_of):
    _, rows = figures_of("The militants control some 60 percent of the province and demanded "
                         "$5 million for the release of the workers.")
    assert rows == []


def test_arriving_reinforcements_are_other_not_killed(figures_of):
    _, rows = figures_of("Only about 200 soldiers arrived from the capital to help resist, "
                         "according to a security official.")
    row = _by_text(rows)["about 200"]
    assert (row["category"], row["subject"]) == ("other", "soldiers")


def test_airstrikes_are_not_figures_but_their_victims_are(figures_of):
    _, rows = figures_of("Coalition warplanes carried out seven airstrikes near the city over "
                         "the weekend, killing 12 militants.")
    assert [_summary(r) for r in rows] == [(12, "exact", "killed")]


def test_captured_vehicles_and_towns_are_not_figures(figures_of):
    _, rows = figures_of("The rebels captured three towns and two Humvees seized from the army "
                         "were used in the attack.")
    assert rows == []


def test_counts_of_things_and_distances_are_not_figures(figures_of):
    _, rows = figures_of("Militants fired 40 rockets from 20 kilometres away and seized more "
                         "than 20 different weapons during the four days of fighting.")
    assert rows == []


def test_arrest_warrants_are_not_arrests(figures_of):
    _, rows = figures_of("Prosecutors issued 17 arrest warrants after the bombing.")
    assert rows == []


# ---------------------------------------------------------------- golden: the seeds


def _seed_figures(seed_articles, parse, key):
    return parse(seed_articles[key])._.get(components.FIGURES)


def _has(rows, value, category, qualifier=None, source_contains=None, subject=None):
    return any(r["value"] == value and r["category"] == category
               and (qualifier is None or r["qualifier"] == qualifier)
               and (source_contains is None or source_contains in (r["source"] or ""))
               and (subject is None or r["subject"] == subject)
               for r in rows)


def test_seed_000_casualties(seed_articles, parse):
    rows = _seed_figures(seed_articles, parse, "000")
    # "according to <name>" far ahead of the figure, with a time window between.
    assert _has(rows, 500, "killed", "at_least", source_contains="Haimour")
    # Two participles after the attack: one killed, one wounded figure.
    assert _has(rows, 10, "killed", "exact") and _has(rows, 15, "wounded", "exact")
    assert _has(rows, 5, "killed", "exact", subject="soldiers")
    assert _has(rows, 12, "wounded", "exact")
    # Bombings counted are attacks, never casualties.
    assert not _has(rows, 4, "killed")


def test_seed_001_casualties_and_traps(seed_articles, parse):
    rows = _seed_figures(seed_articles, parse, "001")
    # Speech-verb subject as source; "over the last two days" as the window.
    assert _has(rows, 500, "killed", "at_least", source_contains="Haimour")
    # Intransitive "died" with "nearly".
    assert _has(rows, 1300, "killed", "approximately")
    # A noun conjunct the parser hangs on the wrong verb still joins the killed object.
    assert _has(rows, 12, "killed", "approximately")
    # Reinforcements arriving are a people count, not casualties; airstrikes are no figure.
    assert _has(rows, 200, "other", "approximately")
    assert not any(r["category"] == "killed" and r["value"] in (3, 200, 2003, 7) for r in rows)


def test_seed_002_casualties(seed_articles, parse):
    rows = _seed_figures(seed_articles, parse, "002")
    assert _has(rows, 500, "killed", "at_least", source_contains="official")
    # "forced N to flee" and "N have fled" are displacement.
    assert _has(rows, 8000, "displaced", "exact")
    assert _has(rows, 8000, "displaced", "approximately")
    assert _has(rows, 10, "killed", "at_least", subject="police")
    assert _has(rows, 15, "wounded") and _has(rows, 12, "wounded")
    assert _has(rows, 5, "killed", "at_least")
    # A vague quantity keeps a null value.
    assert _has(rows, None, "killed", "at_least")
    # "as many as" is an upper bound.
    assert _has(rows, 114000, "displaced", "at_most")


def test_seed_003_casualties_and_traps(seed_articles, parse):
    rows = _seed_figures(seed_articles, parse, "003")
    assert _has(rows, 10, "killed", subject="policemen")
    assert _has(rows, 100, "killed", "more_than")
    # An elided "were" before the participle: "and around 28 captured".
    assert _has(rows, 28, "captured", "approximately")
    assert _has(rows, 7, "wounded", "at_least")
    assert _has(rows, None, "displaced")  # dozens of families forced to flee
    # Towns, weapons and Humvees are things, not people.
    assert not any(r["value"] in (2, 3, 20) for r in rows)


def test_seed_004_casualties(seed_articles, parse):
    rows = _seed_figures(seed_articles, parse, "004")
    assert _has(rows, 500, "killed", "at_most", subject="people")
    assert _has(rows, 8000, "displaced", "exact")
    assert _has(rows, 114000, "displaced", "at_most")
    # A percentage of territory is not a figure.
    assert not any(r["value"] == 60 for r in rows)


# ---------------------------------------------------------------- event date


def test_relative_day_is_resolved_against_the_publication_date(parse, normalize_rules, settings):
    # Published on Tuesday 19 May 2015: "on Sunday" is 17 May.
    from dataclasses import replace

    from transforms.article.ingest import decode_document
    from transforms.article.normalize import normalize_documents
    document = replace(decode_document("feed.jsonl#1", (
        "Gunmen killed at least 12 people at a market in the north on Sunday, "
        "police said.").encode(), settings.decoding), title="Market Attack", published_at="2015-05-19")
    article = normalize_documents([document], normalize_rules, settings)[0]
    rows = parse(article)._.get(components.FIGURES)
    assert [(r["value"], r["category"], r["event_date"]) for r in rows] == [
        (12.0, "killed", "2015-05-17")]


def test_event_date_is_null_without_a_publication_date(figures_of):
    _, rows = figures_of("Gunmen killed at least 12 people at a market on Sunday, police said.")
    assert [r["event_date"] for r in rows] == [None]


@pytest.mark.parametrize("text", [
    "Poachers killed six elephants in the park last month.",
    "The hunts killed a total of 91 foxes on Saturday.",
])
def test_animals_killed_are_no_casualty_figure(figures_of, text):
    assert figures_of(text)[1] == []


@pytest.mark.parametrize("text", [
    "Six prisoners did not die in custody, the inquiry found.",
    "Officials said 40 passengers were not injured when the ferry ran aground.",
    "The 12 hostages were never killed, their families insisted.",
    # Foretold or supposed ("may have died" is a past toll, only hedged).
    "Aid agencies warned that 200,000 children will die without food this winter.",
    "Officials warned that 5,000 people would die if the dam broke.",
    "Doctors said hundreds more could die without the vaccine.",
    # A change in a toll, not a toll.
    "Cutting the limit would lead to 230 fewer serious injuries on the roads each year.",
])
def test_a_casualty_said_not_to_have_happened_or_foretold_counts_no_one(figures_of, text):
    _, rows = figures_of(text)
    assert [r for r in rows if r["category"] != "other"] == []


@pytest.mark.parametrize("text, counted, category", [
    ("Not only were 20 people killed, but the market was destroyed.", "20", "killed"),
    # A toll hedged in the past, and a tally's upper bound, are no foretold toll.
    ("At least 20 people may have died in the fire, officials said.", "At least 20", "killed"),
    ("Police said 12 people were killed and 30 will be treated in hospital.", "12", "killed"),
    ("More than 40 people have been confirmed dead and the death toll could reach 200, the "
     "monitor said.", "200", "killed"),
    ("Five soldiers were killed and nobody was injured, the army said.", "Five", "killed"),
    ("It was not clear why 14 people died in the fire.", "14", "killed"),
    ("The three others among the dead had not been identified yet.", "three", "killed"),
])
def test_a_negation_elsewhere_leaves_the_casualty(figures_of, text, counted, category):
    _, rows = figures_of(text)
    assert _by_text(rows)[counted]["category"] == category


@pytest.mark.parametrize("text, counted", [
    ("The charity supports 300 children whose fathers were killed in the war.", "300"),
    ("She adopted two boys whose parents died in the earthquake.", "two"),
])
def test_a_relative_clause_about_someone_else_is_not_said_of_the_count(figures_of, text,
                                                                       counted):
    _, rows = figures_of(text)
    assert _by_text(rows).get(counted, {}).get("category") in (None, "other")


def test_a_relative_clause_about_a_part_of_the_count_is_said_of_it(figures_of):
    # A wire text without commas: "most of them non-Syrians" is the subject of "were killed".
    _, rows = figures_of('"Over 110 militants most of them foreigners were killed in the '
                         'army\'s operations in the village" a military source said.')
    assert _by_text(rows)["Over 110"]["category"] == "killed"


def _parsed(words_heads_deps: list[tuple[str, int, str, str]]):
    """A Doc with the parse given: (word, head index, dependency, part of speech)."""
    import spacy
    from spacy.tokens import Doc
    words, heads, deps, pos = zip(*words_heads_deps)
    return Doc(spacy.blank("en").vocab, words=list(words), heads=list(heads), deps=list(deps),
               pos=list(pos))


def test_a_clause_with_a_part_of_them_is_said_of_the_count_whatever_its_subject():
    # The parse FA-KES gave a wire sentence in its article ("110 Al-Nusra terrorists most of
    # them non-Syrians were killed"): "killed" a relative clause of "terrorists", "most of
    # them" its modifier and "non-Syrians" its subject.
    doc = _parsed([("110", 1, "nummod", "NUM"), ("terrorists", 1, "ROOT", "NOUN"),
                   ("most", 9, "advmod", "ADJ"), ("of", 2, "prep", "ADP"),
                   ("them", 3, "pobj", "PRON"), ("non", 2, "appos", "NOUN"),
                   ("-", 9, "nsubjpass", "NOUN"), ("Syrians", 9, "nsubjpass", "PROPN"),
                   ("were", 9, "auxpass", "AUX"), ("killed", 1, "relcl", "VERB")])
    assert clause_about_another_subject(doc[9]) is False
    doc = _parsed([("110", 1, "nummod", "NUM"), ("children", 1, "ROOT", "NOUN"),
                   ("whose", 3, "poss", "DET"), ("fathers", 5, "nsubjpass", "NOUN"),
                   ("were", 5, "auxpass", "AUX"), ("killed", 1, "relcl", "VERB")])
    assert clause_about_another_subject(doc[5]) is True


@pytest.mark.parametrize("text, counted, category", [
    ("The reporter was killed along with two soldiers when the convoy was hit.", "two",
     "killed"),
    ("Three police officers were wounded together with four civilians in the blast.", "four",
     "wounded"),
    ("Gunmen killed the mayor along with three of his guards.", "three", "killed"),
    ("The minister met the families along with 20 officials.", "20", "other"),
])
def test_companions_along_with_share_the_role_of_whom_they_accompany(figures_of, text,
                                                                     counted, category):
    _, rows = figures_of(text)
    assert _by_text(rows)[counted]["category"] == category


@pytest.mark.parametrize("text, counted, category", [
    ("The death toll from the shelling was put at 8 civilians.", "8", "killed"),
    ("The number of wounded was estimated at 40 people by the hospital.", "40", "wounded"),
])
def test_a_toll_in_the_passive_is_counted_at_its_number(figures_of, text, counted, category):
    _, rows = figures_of(text)
    assert _by_text(rows)[counted]["category"] == category


@pytest.mark.parametrize("text, counted", [
    ("The doctor said the bodies of ten victims arrived at the hospital along with 41 people "
     "who sustained injuries from the shelling.",
     "41"),
    ("Monitors counted 66 journalists killed last year along with 119 were kidnapped.", "119"),
    ("Officials reported at least 30 bodies had been brought to one field hospital.", "one"),
])
def test_companions_and_tallies_that_are_no_casualty_count(figures_of, text, counted):
    _, rows = figures_of(text)
    assert _by_text(rows).get(counted, {}).get("category") != "killed"


@pytest.mark.parametrize("text, counted, category", [
    # A dateline's numbers, which the parser may hang on the tally, are no count of its own.
    ("Sun Apr 16 2017 Death toll in bomb attack on bus convoy rises to 112.", "112", "killed"),
    # A participle after the companions is no clause of their own.
    ("At least 29 soldiers were killed along with six gunmen according to the monitor.", "six",
     "killed"),
])
def test_tallies_under_a_dateline_and_companions_before_according_to(figures_of, text,
                                                                    counted, category):
    _, rows = figures_of(text)
    assert _by_text(rows)[counted]["category"] == category


@pytest.mark.parametrize("row", rules.load("figure_deadly_events", ("term", "example")),
                         ids=lambda r: r["term"])
def test_victims_of_each_deadly_event_are_killed(figures_of, row):
    _, rows = figures_of(row["example"])
    assert rows and rows[0]["category"] == "killed", rows


def test_a_count_right_after_a_dated_dateline_is_found(figures_of):
    # "JAKARTA, April 5 - Twenty-seven people were killed": the dateline is a sentence of
    # its own, so the count is no part of its date.
    _, rows = figures_of("JAKARTA, April 5 - Twenty-seven people were killed and 18 injured "
                         "when an airliner flew into power lines, airport officials said.")
    assert [(r["value"], r["category"]) for r in rows] == [(27, "killed"), (18, "wounded")]
    _, rows = figures_of("LAGOS, Jan 3 - 12 people were killed when a bus crashed, police said.")
    assert [(r["value"], r["category"]) for r in rows] == [(12, "killed")]


def test_people_shot_and_killed_are_killed(figures_of):
    # A death told by a verb joined to the first with "and" is what became of them.
    for text in ("Two men were shot and killed in the street on Monday.",
                 "A policeman was stabbed and killed in the city."):
        _, rows = figures_of(text)
        assert [r["category"] for r in rows] == ["killed"], text
    # Not others the second verb has as its own subject, nor "or".
    _, rows = figures_of("Two men were shot and five others killed.")
    assert [(r["value"], r["category"]) for r in rows] == [(2, "wounded"), (5, "killed")]
    _, rows = figures_of("Iran said over 2,600 Iraqis had been wounded or killed yesterday.")
    assert [r["category"] for r in rows] == ["wounded"]
    # Active or passive, the first of two verbs joined by "or" counts them.
    for text in ("The army said its troops killed or wounded 900 rebels near the border.",
                 "The army said 900 rebels were killed or wounded near the border."):
        _, rows = figures_of(text)
        assert [(r["value"], r["category"]) for r in rows] == [(900, "killed")], text


def test_brigades_smashed_are_no_dead_but_the_soldiers_hit_are_counted(figures_of):
    # The parser hangs "killed or wounded" on "brigades" as a participle.
    _, rows = figures_of("The army said its troops smashed three enemy brigades, killed or "
                         "wounded 900 soldiers and seized 20 tanks.")
    assert [(r["value"], r["category"]) for r in rows] == [(900, "killed")]


def test_refugee_camps_and_head_of_cattle_are_no_people(figures_of):
    # rules/figure_non_counts.tsv: "camp" (a place), "head" (of cattle).
    _, rows = figures_of("Syria moved to halt battles at two Beirut refugee camps.")
    assert rows == []
    _, rows = figures_of("The department said an estimated 8,700 head of dairy cattle were "
                         "slaughtered in the week.")
    assert rows == []
    # "cut": the death of a thousand cuts is no toll.
    _, rows = figures_of('The senator said the industry faced "the death of one thousand cuts."')
    assert rows == []


# ---------------------------------------------------------------- idioms and states


def test_lives_claimed_are_killed_and_the_claim_attributes_nothing(figures_of):
    # rules/figure_verb_objects.tsv on the counted object itself; "claimed" is no speech verb
    # when its object is lives: the source is whoever said it.
    _, rows = figures_of("Landslides have claimed 41 lives in the hill district since Sunday, "
                         "including nine children, the state relief office said on Tuesday.")
    by_text = _by_text(rows)
    assert _summary(by_text["41"]) == (41, "exact", "killed")
    assert by_text["41"]["source"] == "the state relief office"
    assert by_text["nine"]["category"] == "killed"
    assert by_text["nine"]["parent_figure_id"] == by_text["41"]["figure_id"]


def test_a_number_of_people_killed_rising_is_killed(figures_of):
    # A tally noun counts what its "of" phrase names, a participle included.
    _, rows = figures_of("The number of people killed in the riots has risen to 23, the "
                         "interior ministry said.")
    assert _summary(_by_text(rows)["23"]) == (23, "exact", "killed")
    _, rows = figures_of("The number of people displaced by the floods rose to 6,500 on "
                         "Friday.")
    assert _summary(_by_text(rows)["6,500"]) == (6500, "exact", "displaced")


@pytest.mark.parametrize("text, counted, category", [
    ("Doctors said 26 people were being treated for injuries at the district hospital.",
     "26", "wounded"),
    ("Eleven miners were taken to hospital with fractures after the roof gave way.",
     "Eleven", "wounded"),
    ("Rights groups say more than 3,000 activists remain in detention.", "more than 3,000",
     "arrested"),
    ("Officers took 48 fans into custody after the match.", "48", "arrested"),
    ("The pirates held 19 crew members hostage for a month.", "19", "captured"),
    ("The gunmen held 30 people hostage for two days.", "30", "captured"),
    ("Militants stormed the depot and took 18 workers hostage.", "18", "captured"),
    ("Armed men stormed the bank and 14 customers were taken hostage.", "14", "captured"),
    ("The blaze left some 3,000 residents homeless, officials said.", "some 3,000",
     "displaced"),
    ("Seven miners were brought out alive and were treated for burns.", "Seven", "wounded"),
    ("Doctors said four of the passengers later succumbed to their injuries.", "four",
     "killed"),
    ("Medics said their teams had treated more than 640 people for injuries sustained on the "
     "mountain road since June.", "more than 640", "wounded"),
    ("She said at least 15 others had minor injuries.", "at least 15", "wounded"),
    ("Rangers searched for 9 climbers who went missing after an avalanche.", "9", "missing"),
    ("Aid groups fed 900 people who were left homeless by the floods.", "900", "displaced"),
    ("Police said three badly injured passengers died in hospital.", "three", "killed"),
    # Phrasal verbs, by the verb and its particle.
    ("Police rounded up 230 suspected smugglers in dawn raids.", "230", "arrested"),
    ("Gunmen gunned down six farmers near the village on Sunday.", "six", "killed"),
    ("The rebels said they had taken 32 soldiers prisoner near the dam.", "32", "captured"),
])
def test_what_became_of_the_people_a_plain_verb_counts(figures_of, text, counted, category):
    # rules/figure_state_phrases.tsv and the second complement of figure_verb_objects.tsv.
    _, rows = figures_of(text)
    assert _by_text(rows)[counted]["category"] == category


def test_people_treated_for_an_illness_are_no_casualties(figures_of):
    _, rows = figures_of("Some 300 people were treated for cholera at the clinic last week.")
    assert [r["category"] for r in rows] == ["other"]


def test_drones_shot_down_are_no_wounded(figures_of):
    _, rows = figures_of("The air force said it had shot down 61 of the 70 drones launched "
                         "overnight.")
    assert rows == []


def test_a_pronoun_source_is_the_person_it_stands_for(figures_of):
    # The quotes component's referents resolve "she said", as they do for a speaker.
    _, rows = figures_of("Amina Yusuf runs the only clinic in the town. At least 14 people "
                         "were wounded in the blast, she said.")
    assert _by_text(rows)["At least 14"]["source"] == "Amina Yusuf"


def test_a_bare_number_the_model_took_for_money_is_counted(figures_of):
    _, rows = figures_of("The drought has killed thousands of cattle and displaced more than "
                         "2 million, according to the relief agency.")
    assert [(r["value"], r["category"]) for r in rows] == [(2_000_000, "displaced")]
    # A sum is still no people.
    _, rows = figures_of("Thieves stole $2 million from the vault and wounded two guards.")
    assert [(r["value"], r["category"]) for r in rows] == [(2, "wounded")]


def test_a_handful_is_a_vague_count(figures_of):
    _, rows = figures_of("Police detained a handful of fans outside the ground on Saturday.")
    assert [(r["value"], r["low"], r["category"]) for r in rows] == [(None, 3, "arrested")]


def test_a_number_of_a_casualty_noun_takes_its_category(figures_of):
    # "two of the bodies": the number heads its phrase, the casualty noun is in its of-phrase.
    _, rows = figures_of("Divers recovered nine bodies from the lake. Police have identified "
                         "three of the bodies as local fishermen.")
    assert [(r["value"], r["category"]) for r in rows] == [(9, "killed"), (3, "killed")]


def test_a_source_the_parser_left_apart_from_its_verb(figures_of):
    # The phrase after the last comma is the subject of a speech verb given none (the parser
    # hung it in apposition on the noun before the comma).
    _, rows = figures_of("More than 3,000 people fled their homes in the border district as "
                         "soldiers shelled the villages of Amar and Dibis, the International "
                         "Committee of the Red Cross said on Monday.")
    assert rows[0]["source"] == "the International Committee of the Red Cross"
    # A speech verb joined to another shares its subject.
    _, rows = figures_of("The militia denied the charge and said in a statement that its men "
                         "had detained 14 traders at the checkpoint.")
    assert rows[0]["source"] == "The militia"
    # Not before a passive speech verb (by whom?), nor the subject of a verb that a later
    # speech verb is joined to.
    _, rows = figures_of("About 40 prisoners are reported to have died of hunger in the jail "
                         "since the siege began.")
    assert rows[0]["source"] is None
    _, rows = figures_of("Shells hit the crowded market, and 40 people were reported killed.")
    assert rows[0]["source"] is None

    _, rows = figures_of("The rebel insurgents in the eastern hills have killed 12 farmers "
                         "including two boys Al Jazeera reported Friday citing a local source.")
    assert rows[0]["source"] is None
    # A name's phrase of capitalised words is part of it.
    _, rows = figures_of("At least nine people were killed in the raid, the Syrian Observatory "
                         "for Human Rights said.")
    assert rows[0]["source"] == "the Syrian Observatory for Human Rights"



def test_a_joined_verb_with_its_own_subject_or_an_object_before_the_count_says_nothing_of_it(
        figures_of):
    # "remained missing" is said of "three fishermen", not of the bodies.
    _, rows = figures_of("Divers recovered nine bodies near the pier, and three fishermen "
                         "remained missing on Sunday.")
    assert [(r["value"], r["category"]) for r in rows] == [(9, "killed"), (3, "missing")]
    # "the lives" comes before the count it holds: no second complement of "claimed".
    _, rows = figures_of("Officials said that militants fired rockets on the market at dawn "
                         "and that the attack claimed the lives of two civilians one of them a "
                         "child and left two other persons injured.")
    assert [r["value_text"] for r in rows if r["category"] == "killed"] == ["two", "one"]


def test_an_injury_of_what_a_count_is_part_of_is_no_wounded_count(figures_of):
    _, rows = figures_of("The striker has missed all four of the club's home games with a knee "
                         "injury this season.")
    assert rows == []
    # A part of whom the text counts is a part of people.
    _, rows = figures_of("Rescuers pulled out 14 survivors, six of whom were taken to hospital "
                         "with fractures, the mine's manager said.")
    assert [(r["value"], r["category"]) for r in rows][-1] == (6, "wounded")


def test_a_count_the_parser_made_the_speaker_keeps_the_verb_before_it(figures_of):
    # "killing at least 14 people, ..., a local aid group and residents said": the parser
    # made "people" the subject of "said" and "killing" a clause of the bombing; the count
    # is still what killing took, and no source of itself.
    _, rows = figures_of("A military jet bombed the village of Sabe in the northern region on "
                         "Monday, killing at least 14 people, including women and children, a "
                         "local aid group and residents said.")
    row = next(r for r in rows if r["value"] == 14)
    assert row["category"] == "killed"
    assert row["source"] is None or "14" not in row["source"]
    # The speaker the parser hung on the count is still found.
    _, rows = figures_of("A military jet bombed the village of Nyaung Pin in Pauk township in "
                         "the Magway region on Sunday, killing at least 9 people, including "
                         "women and children, a local resistance group and residents said.")
    row = next(r for r in rows if r["value"] == 9)
    assert (row["category"], row["source"]) == ("killed",
                                                "a local resistance group and residents")


def test_shot_dead_before_its_object_is_killed(figures_of):
    # The parser makes "dead" an adverb of "shot" when the object follows it.
    _, rows = figures_of("Gunmen shot dead a community leader near Tumaco on Sunday.")
    assert [(r["value"], r["category"]) for r in rows] == [(1, "killed")]


@pytest.mark.parametrize("text, value", [
    ("More than 40,000 villagers have been forced from their homes by the floods.", 40000),
    ("Officials said 2,300 people had registered at 14 emergency shelters by Sunday.", 2300),
    ("Some 8,000 residents are staying in public shelters set up in schools.", 8000),
    ("About 250 tenants were moved to temporary accommodation after the blast.", 250),
])
def test_people_out_of_their_homes_are_displaced(figures_of, text, value):
    _, rows = figures_of(text)
    assert [(r["value"], r["category"]) for r in rows] == [(value, "displaced")]


def test_working_from_home_is_no_displacement(figures_of):
    _, rows = figures_of("About 3,000 staff will work from home from Monday, the bank said.")
    assert "displaced" not in [r["category"] for r in rows]


@pytest.mark.parametrize("text, value, category", [
    ("The rebels released five of the 14 engineers they abducted in March.", 14, "captured"),
    ("Police are questioning the 30 protesters they detained on Friday.", 30, "arrested"),
    ("The army freed the 12 soldiers whom the rebels had captured in May.", 12, "captured"),
])
def test_the_people_a_relative_clause_did_something_to(figures_of, text, value, category):
    # "the 14 engineers they abducted": the clause's own subject, and the count its object.
    _, rows = figures_of(text)
    assert (value, category) in [(r["value"], r["category"]) for r in rows]


@pytest.mark.parametrize("text", [
    "The 40 families whose sons the militia abducted held a vigil.",
    "Some 25 farmers whose relatives gunmen killed last year joined the march."])
def test_a_relative_clause_about_something_of_theirs_counts_no_victims(figures_of, text):
    _, rows = figures_of(text)
    assert {r["category"] for r in rows} <= {"other"}


@pytest.mark.parametrize("text, value", [
    ("Eleven people are still believed trapped under the rubble of the hotel.", 11),
    ("Up to 15 people are believed buried under the rubble of the market.", 15),
    ("Four workers remain under the debris of the factory wall.", 4),
])
def test_people_under_rubble_are_missing(figures_of, text, value):
    _, rows = figures_of(text)
    assert [(r["value"], r["category"]) for r in rows] == [(value, "missing")]


def test_people_trapped_by_a_siege_are_not_missing(figures_of):
    _, rows = figures_of("More than 40,000 civilians are trapped in the town under a blockade.")
    assert "missing" not in [r["category"] for r in rows]


@pytest.mark.parametrize("text, whole, part", [
    # A count the parser joined to the verb, after "among them".
    ("Air strikes on two towns killed 15 people on Monday, among them four children and a "
     "nurse, officials said.", 15, 4),
    # A copula between the marker and the count, either way round.
    ("A ferry capsized on Friday, killing 31 people. Three toddlers were among the dead, the "
     "coastguard said.", 31, 3),
    ("A train derailed on Sunday, killing 22 people. Among the dead were five tourists.", 22, 5),
    # "The dead included": the whole's category, named by the marker.
    ("A helicopter crashed on Tuesday, killing all 11 on board. The dead included eight "
     "soldiers and three crew, the army said.", 11, 8),
    ("Police detained 60 people. At least nine minors were among those detained.", 60, 9),
    ("The storm has killed 28 people. The dead include six fishermen, officials said.", 28, 6),
    ("A gunman killed 10 people at a school on Monday. The victims included seven pupils.",
     10, 7),
    ("Shelling killed 19 civilians on Monday. Two journalists were among those killed.",
     19, 2),
])
def test_a_part_reported_after_its_whole(figures_of, text, whole, part):
    _, rows = figures_of(text)
    by_value = {r["value"]: r for r in rows}
    assert by_value[part]["parent_figure_id"] == by_value[whole]["figure_id"]
    assert by_value[part]["category"] == by_value[whole]["category"]


def test_a_subject_whose_clause_holds_the_figure_is_no_source(figures_of):
    _, rows = figures_of("CAIRO — A minibus ploughed into the back of a lorry that had stopped "
                         "at a toll gate in the Delta province of Beheira on Friday, killing at "
                         "least nine people and injuring 20, the health ministry said.")
    assert {r["source"] for r in rows} == {"the health ministry"}


def test_a_count_the_parser_hangs_on_a_nationality_counts_its_noun(figures_of):
    # "Three" hung on "Thai": the rangers are counted, and they died.
    _, rows = figures_of("Three Thai rangers died after a bomb exploded near their truck.")
    assert [(r["category"], r["value"]) for r in rows] == [("killed", 3)]


def test_a_number_of_people_killed_that_reached_a_count_is_a_toll(figures_of):
    # The tally noun's "of" phrase names who were killed by a clause on them.
    _, rows = figures_of("The number of people killed when police fired at demonstrators "
                         "on Friday has reached four.")
    assert [(r["category"], r["value"]) for r in rows] == [("killed", 4)]
    _, rows = figures_of("The number of people who attended the rally reached 5,000.")
    assert rows == []
