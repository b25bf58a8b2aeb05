"""Killed and wounded counts in the shapes news gives them: coordination, apposition, nouns
and adjectives as the category, outcomes of part of a count, and counts within counts."""

from __future__ import annotations

import pytest

from transforms.article import components


@pytest.fixture(scope="module")
def figures_in(normalize_text, parse):
    """(category, value, is part of another count) of each figure of one body."""
    def run(body: str):
        article = normalize_text(f"Headline Of The Day\n\n{body}")
        return [(f["category"], f["value"], f["parent_figure_id"] is not None)
                for f in parse(article)._.get(components.FIGURES)]
    return run


def _totals(rows) -> list[tuple[str, float]]:
    return sorted((category, value) for category, value, is_part in rows if not is_part)


def _parts(rows) -> list[tuple[str, float]]:
    return sorted((category, value) for category, value, is_part in rows if is_part)


# ------------------------------------------------------------------ coordination

def test_found_dead_and_others_injured_are_two_categories(figures_in):
    rows = figures_in("Three were found dead and 11 others injured after the blast.")
    assert _totals(rows) == [("killed", 3), ("wounded", 11)]


def test_killed_and_wounded_coordinated_on_one_subject_both_count(figures_in):
    rows = figures_in("The gunmen killed at least 14 people and wounded more than 40.")
    assert _totals(rows) == [("killed", 14), ("wounded", 40)]


def test_conjunct_with_its_own_participle_keeps_it(figures_in):
    rows = figures_in("The attack left 50 dead and more than 200 others wounded.")
    assert _totals(rows) == [("killed", 50), ("wounded", 200)]


def test_headline_with_two_reduced_passives(figures_in):
    rows = figures_in("Seven killed 37 others injured in attacks on the city.")
    assert _totals(rows) == [("killed", 7), ("wounded", 37)]


def test_participle_with_its_own_object_is_a_new_clause_not_a_modifier(figures_in):
    rows = figures_in("A suicide bomber killed 30 people, injured 90 on Monday.")
    assert _totals(rows) == [("killed", 30), ("wounded", 90)]


# ------------------------------------------------------------------ nouns and adjectives

def test_dead_and_missing_are_categories_of_their_own(figures_in):
    rows = figures_in("The earthquake left 212 dead and 57 missing in the valley.")
    assert _totals(rows) == [("killed", 212), ("missing", 57)]


def test_count_with_minor_injuries_is_wounded(figures_in):
    rows = figures_in("Officials said 90 were seriously injured and 35 with minor injuries.")
    assert _totals(rows) == [("wounded", 35), ("wounded", 90)]


def test_claimed_the_lives_of_is_killed(figures_in):
    rows = figures_in("The shelling claimed the lives of two civilians on Friday.")
    assert _totals(rows) == [("killed", 2)]


def test_saved_the_lives_of_is_not_killed(figures_in):
    rows = figures_in("The volunteers saved the lives of 300 civilians on Friday.")
    assert ("killed", 300) not in _totals(rows)


def test_total_of_people_killed_takes_the_verb_of_the_total(figures_in):
    rows = figures_in("A total of 54 volunteers and staff have been killed since 2011.")
    assert _totals(rows) == [("killed", 54)]


def test_predicate_adjective_closing_a_long_object(figures_in):
    rows = figures_in("The airstrikes left 35 people including 22 children dead.")
    assert _totals(rows) == [("killed", 35)] and _parts(rows) == [("killed", 22)]


def test_shot_dead_is_killed_and_shot_is_wounded(figures_in):
    assert _totals(figures_in("Police shot dead two gunmen near the bank.")) == [("killed", 2)]
    assert _totals(figures_in("Four people were shot near the bank.")) == [("wounded", 4)]


# ------------------------------------------------------------------ outcomes and parts

def test_two_shot_one_fatally_is_one_killed_and_one_wounded(figures_in):
    rows = figures_in("Two people were shot, one fatally.")
    assert _totals(rows) == [("killed", 1), ("wounded", 1)]


def test_including_children_is_a_part_kept_with_its_subject(figures_in, normalize_text, parse):
    rows = figures_in("The blast killed 50 people, including 12 children.")
    assert _totals(rows) == [("killed", 50)] and _parts(rows) == [("killed", 12)]
    figures = parse(normalize_text("Headline\n\nThe blast killed 50 people, including 12 "
                                   "children."))._.get(components.FIGURES)
    whole, part = sorted(figures, key=lambda f: f["start_char"])
    assert part["parent_figure_id"] == whole["figure_id"] and part["subject"] == "children"


def test_among_them_is_a_part_of_the_count_before(figures_in):
    rows = figures_in("At least 30 were wounded, among them three journalists.")
    assert _totals(rows) == [("wounded", 30)] and _parts(rows) == [("wounded", 3)]


def test_apposition_of_them_is_a_part(figures_in):
    rows = figures_in("Seven people, four of them students, were killed.")
    assert _totals(rows) == [("killed", 7)] and _parts(rows) == [("killed", 4)]


def test_list_after_including_is_all_parts(figures_in):
    rows = figures_in("At least 15 civilians including a woman and two children had been "
                      "killed.")
    # "a woman" is one (a count of one named with an article), a part like the children.
    assert _totals(rows) == [("killed", 15)]
    assert _parts(rows) == [("killed", 1), ("killed", 2)]


def test_count_after_a_parenthetical_is_not_part_of_it(figures_in):
    rows = figures_in("The clashes left 23 civilians - including nine children - and 16 "
                      "fighters dead.")
    assert ("killed", 16) in _totals(rows) and _parts(rows) == [("killed", 9)]


def test_of_the_wounded_in_a_later_sentence_is_a_part_of_the_wounded(figures_in):
    rows = figures_in("The bombs killed three people and injured 264. At least 14 of the "
                      "wounded lost legs in the blasts.")
    assert _totals(rows) == [("killed", 3), ("wounded", 264)]
    assert _parts(rows) == [("wounded", 14)]


def test_separate_counts_in_one_sentence_are_no_parts(figures_in):
    rows = figures_in("Three soldiers were killed in the north and 12 civilians were "
                      "wounded in the south.")
    assert _parts(rows) == [] and _totals(rows) == [("killed", 3), ("wounded", 12)]


def test_part_larger_than_the_count_before_is_not_its_part(figures_in):
    rows = figures_in("Five soldiers were killed on Monday, including 40 in the city, "
                      "officials said.")
    assert _parts(rows) == []


# ------------------------------------------------------------------ datelines

def test_count_after_a_dateline_is_not_part_of_the_date(figures_in):
    rows = figures_in("18 November 2016 6 citizens killed 22 injured in attacks with shells.")
    assert ("killed", 6) in _totals(rows) and ("wounded", 22) in _totals(rows)


def test_day_of_the_month_before_a_month_is_no_count(figures_in):
    rows = figures_in("12 November 2016 Three civilians killed 12 others injured in attacks.")
    assert ("killed", 12) not in _totals(rows)


def test_participle_before_a_source_name_stays_a_reduced_passive(figures_in):
    rows = figures_in("Rocket shells hit the old town leaving five civilians killed SANA "
                      "reported.")
    assert _totals(rows) == [("killed", 5)]


def test_date_written_with_dashes_is_no_count(figures_in):
    rows = figures_in("28-04-2016 Syria 20 Civilians Killed in Attacks on the City.")
    assert ("killed", 28) not in _totals(rows) and ("killed", 20) in _totals(rows)


@pytest.mark.parametrize("body, totals", [
    # Wire texts without commas: the parser makes the first count the second verb's subject.
    ("Mortar shells on the market kill 12 civilians injure 30.",
     [("killed", 12), ("wounded", 30)]),
    ("The car bomb claimed the lives of four soldiers injured nine others near the checkpoint.",
     [("killed", 4), ("wounded", 9)]),
    ("Reports said 20 people lost their lives in the fire.", [("killed", 20)]),
])
def test_two_verbs_without_a_comma_each_count_their_own(figures_in, body, totals):
    assert _totals(figures_in(body)) == totals


def test_a_casualty_word_after_the_object_of_leaving_is_its_predicate(figures_in):
    # No commas: the parser hangs "dead" on "leaving" as a preposition.
    rows = figures_in("Terrorist groups fired several rocket shells on the market in Aleppo "
                      "city on Saturday leaving 12 civilians dead a source at the police "
                      "command told the agency.")
    assert _totals(rows) == [("killed", 12)]
