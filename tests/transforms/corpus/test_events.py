"""Events across articles: one record per real-world event however many outlets report
it, on reports written for these tests and on the seeds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from transforms.corpus.events import a_noun_of_people
from transforms.corpus.stable import PriorIds, stable_ids, window_priors

# Three independent outlets report one air raid, each spelling the city its own way and
# sharing no sentence; a fourth report is of a raid on another city the same day.
RAIDS = [
    ("a.txt", "2017-04-05", "Outlet A",
     "Air Raid Kills Nine in Eastern Syria\n\n"
     "Air strikes hit a crowded market in Deir ez-Zor on Tuesday, killing nine people and "
     "wounding 20, the Syrian Observatory for Human Rights said. Witnesses said two jets "
     "circled the city for several minutes before the first bomb fell near the bakery."),
    ("b.txt", "2017-04-05", "Outlet B",
     "Market Bombed\n\n"
     "At least 11 civilians died when warplanes struck a busy market in Deir al-Zour on "
     "Tuesday, local activists reported. Rescue workers pulled bodies from the rubble "
     "until late at night, and the wounded were taken to a field clinic."),
    ("c.txt", "2017-04-06", "Outlet C",
     "Shoppers Among Dead\n\n"
     "An air raid on a market in Deir el-Zor killed nine shoppers on Tuesday, according to "
     "a doctor at the city's main hospital. The doctor said most victims were women and "
     "children who had come to buy bread."),
    ("d.txt", "2017-04-05", "Outlet D",
     "Strikes on Northern Town\n\n"
     "Air strikes hit Saraqib in Idlib province on Tuesday, killing four people, rescuers "
     "said. The town had been shelled for a week."),
]


@pytest.fixture(scope="module")
def raid_release(normalize_text, reconcile_articles):
    articles = [replace(normalize_text(text, path), published_at=day, outlet=outlet)
                for path, day, outlet, text in RAIDS]
    return reconcile_articles(articles)


def test_three_outlets_spelling_the_city_three_ways_are_one_event(raid_release):
    paths = {a["article_id"]: a["source_path"] for a in raid_release["articles"]}
    raid = next(e for e in raid_release["events"]
                if {paths[a] for a in e["article_ids"]} >= {"a.txt", "b.txt", "c.txt"})
    assert {paths[a] for a in raid["article_ids"]} == {"a.txt", "b.txt", "c.txt"}
    assert raid["event_type"] == "Explosions/Remote violence"
    assert raid["sub_event_type"] == "Air/drone strike"
    assert raid["n_independent_sources"] == 3
    assert raid["event_date"] == "2017-04-04" and raid["time_precision"] == 1
    assert raid["country"] == "Syria" and raid["latitude"] is not None
    # Nine, 11 and nine dead: best is what most articles report, low and high the range.
    assert (raid["fatalities_low"], raid["fatalities_best"], raid["fatalities_high"]) == (
        9, 9, 11)
    assert raid["has_conflict"] and "fatalities differ" in raid["conflict"]
    assert raid["outlets"] == ["Outlet A", "Outlet B", "Outlet C"]
    # "a crowded market", "a busy market", "a market": one each, the plainest on a tie.
    assert raid["site"] == "a market"


def test_the_three_reports_are_one_story_and_the_other_town_is_not(raid_release):
    story = {a["source_path"]: a["story_id"] for a in raid_release["articles"]}
    assert story["a.txt"] == story["b.txt"] == story["c.txt"]
    assert story["d.txt"] != story["a.txt"]
    paths = {a["article_id"]: a["source_path"] for a in raid_release["articles"]}
    for event in raid_release["events"]:
        if "d.txt" in {paths[a] for a in event["article_ids"]}:
            assert event["n_articles"] == 1


# Three outlets report one raid on a town the model takes for a person or a people in each
# report, named beside its province ("the town of X in Idlib province").
TOWN_RAIDS = [
    ("a.txt", "2019-07-23", "Outlet A",
     "Air strikes kill 12 in Syria's Maarat al-Numan\n\n"
     "Air strikes killed at least 12 civilians in the rebel-held town of Maarat al-Numan in "
     "Idlib province on Tuesday, the Syrian Observatory for Human Rights said."),
    ("b.txt", "2019-07-23", "Outlet B",
     "Raid on market in northwest Syria kills civilians\n\n"
     "A government air raid on a crowded market in Maaret al-Noman killed 14 people on "
     "Tuesday, rescuers said.\n\nThe town, in the northwestern province of Idleb, has been "
     "bombed repeatedly in recent weeks."),
    ("c.txt", "2019-07-23", "Outlet C",
     "Deadly strike on Idlib town\n\n"
     "Syrian or Russian jets struck the town of Ma'arrat an-Nu'man in Idlib on Tuesday, "
     "killing 13 people in a busy market, civil defence workers said."),
]


def test_a_raid_on_a_town_the_model_misreads_is_one_event_at_the_town(
        normalize_text, reconcile_articles):
    articles = [replace(normalize_text(text, path), published_at=day, outlet=outlet)
                for path, day, outlet, text in TOWN_RAIDS]
    tables = reconcile_articles(articles)
    assert len({m["location_entity_id"] for m in tables["event_mentions"]}) == 1
    (raid,) = tables["events"]
    assert raid["n_articles"] == 3 and raid["admin1"] == "Idlib"
    assert raid["geo_precision"] == 1  # the town, not its province
    assert len({a["story_id"] for a in tables["articles"]}) == 1


def test_a_village_the_gazetteer_lacks_stays_where_when_the_text_calls_it_one(
        normalize_text, reconcile_articles):
    # The model takes the village for a person and the gazetteer does not hold it; "the
    # village of" says it is a place, more precise than the province named after it.
    tables = reconcile_articles([normalize_text(
        "Shelling in the countryside\n\nGovernment forces shelled the village of Tell "
        "Hamdoun Saghir in northern Homs on Monday, killing two people.", "a.txt")])
    (mention,) = tables["event_mentions"]
    assert mention["location"] == "Tell Hamdoun Saghir"


def test_every_event_mention_has_its_event(raid_release):
    events = {e["event_id"]: e for e in raid_release["events"]}
    for m in raid_release["event_mentions"]:
        assert m["event_mention_id"] in events[m["event_id"]]["event_mention_ids"]


def test_seeds_capture_of_ramadi_is_one_event(seed_articles, reconcile_articles):
    tables = reconcile_articles(list(seed_articles.values()))
    ramadi = max(tables["events"], key=lambda e: e["n_articles"])
    assert ramadi["n_articles"] >= 4
    assert ramadi["event_type"] == "Battles"
    assert ramadi["sub_event_type"] == "Non-state actor overtakes territory"
    assert ramadi["location"] == "Ramadi" and ramadi["country"] == "Iraq"
    assert ramadi["admin1"] == "Al Anbar"
    assert ramadi["date_text"] == "Sunday" and ramadi["event_date"] is None
    assert ramadi["actor1_kind"] == "Rebel group" and "Islamic State" in ramadi["actor1"]
    assert ramadi["actor2_kind"] == "State forces"
    assert ramadi["fatalities_best"] == 500
    assert ramadi["fatalities_low"] <= 500 <= ramadi["fatalities_high"]
    # With a publication date, "Sunday" becomes the calendar day.
    dated = [replace(a, published_at="2015-05-18") for a in seed_articles.values()]
    ramadi = max(reconcile_articles(dated)["events"], key=lambda e: e["n_articles"])
    assert ramadi["event_date"] == "2015-05-17" and ramadi["time_precision"] == 1


def test_stable_ids_follow_most_members_and_are_given_once():
    prior = {"m1": "E1", "m2": "E1", "m3": "E1", "m4": "E2"}
    fresh = lambda members: "new-" + members[0]  # noqa: E731
    # E1 split: the larger part keeps it; a group of new members gets a fresh id.
    assert stable_ids([["m1"], ["m2", "m3", "m9"], ["m4", "m5"], ["m7"]], prior, fresh) == [
        "new-m1", "E1", "E2", "new-m7"]


def test_part_split_off_an_event_never_takes_the_id_the_rest_kept():
    # The event's id was made from m1; it splits, and the part with most of its members
    # keeps the id: the part starting with m1 gets its next member's id, not a duplicate.
    fresh = lambda members: "id-" + members[0]  # noqa: E731
    prior = {"m1": "id-m1", "m2": "id-m1", "m3": "id-m1", "m4": "id-m1"}
    assert stable_ids([["m1", "m5"], ["m2", "m3", "m4"]], prior, fresh) == ["id-m5", "id-m1"]
    # Every member's own id kept elsewhere: the id of the members together.
    prior = {"a": "id-a", "x": "id-a", "y": "id-a", "b": "id-b", "z": "id-b", "w": "id-b"}
    assert stable_ids([["a", "b"], ["x", "y"], ["z", "w"]], prior, fresh) == [
        "id-split:a+b", "id-a", "id-b"]
    # A one-member group whose member's id the rest kept.
    prior = {"m1": "id-m1", "m2": "id-m1", "m3": "id-m1"}
    assert stable_ids([["m1"], ["m2", "m3"]], prior, fresh) == ["id-split:m1", "id-m1"]


@pytest.mark.parametrize("text, expected", [
    # The report of the bombing says only "in Iraq"; the next sentence names the town.
    ("Restaurant Bombed\n\nA suicide bomber killed six people in a restaurant in Iraq on "
     "Friday, police said. The restaurant, in the centre of Mosul, was full of students.",
     ("Mosul", "Iraq")),
    # The country of a foreign actor's capital, named as the report's dateline, is not
    # where: the town the article names in the event's country is.
    ("Strikes on Northern City\n\nWASHINGTON - American jets struck targets in Iraq on "
     "Sunday, killing 14 fighters, officials in Washington said. The targets were on the "
     "outskirts of Mosul, the officials said.", ("Mosul", "Iraq")),
])
def test_event_placed_only_in_a_country_takes_the_articles_town(reconcile_articles,
                                                                 normalize_text, text,
                                                                 expected):
    release = reconcile_articles([replace(normalize_text(text, "x.txt"),
                                          published_at="2016-06-12")])
    event = max(release["events"], key=lambda e: len(e["event_mention_ids"]))
    assert (event["location"], event["country"]) == expected
    assert event["geo_precision"] is not None and event["latitude"] is not None


@pytest.mark.parametrize("text, expected", [
    # Said of the whole country, not of the town the article is filed from.
    ("Wave of Bombings\n\nBAGHDAD - A wave of bombings across Iraq killed 40 people on "
     "Monday, officials said. Most of the blasts hit markets.", "Iraq"),
    ("Unrest\n\nKABUL - Militants carried out attacks throughout Afghanistan on Friday, "
     "killing 12 policemen, officials in Kabul said.", "Afghanistan"),
    # The text puts the attack in a country: a foreign dateline's city is no place of it.
    ("Leader Condemns Attack\n\nWASHINGTON - The president said on Wednesday that a "
     "chemical weapons attack in Syria that killed dozens of people could not be "
     "tolerated. He spoke to reporters in Washington.", "Syria"),
    # No town named.
    ("Attack\n\nGunmen killed five soldiers at a checkpoint in Nigeria on Monday, the army "
     "said. No group claimed the attack.", "Nigeria"),
    # Filed from the capital, about the country's west: the dateline's town is where the
    # reporter is.
    ("Bomb Hits Truck\n\nKABUL, May 4 (Reuters) - At least nine soldiers were killed on "
     "Monday when their truck hit a roadside bomb in eastern Afghanistan, officials said.",
     "Afghanistan"),
])
def test_event_keeps_the_country_the_text_puts_it_in(reconcile_articles, normalize_text,
                                                     text, expected):
    release = reconcile_articles([replace(normalize_text(text, "v.txt"),
                                          published_at="2016-06-12")])
    assert release["events"]
    assert {e["location"] for e in release["events"]} == {expected}


def test_town_the_text_names_with_a_designator_places_the_event_of_its_sentence(
        reconcile_articles, normalize_text):
    # "the western town of Heet" (tagged a person by the model) is the town linking finds,
    # and the car bomb of that sentence happened there, not in the Baghdad of the lead.
    text = ("Attacks\n\nOfficials in Iraq said fighting raged in Baghdad on Sunday. In the "
            "western town of Heet, a car bomb exploded near an army checkpoint, killing two "
            "soldiers.")
    release = reconcile_articles([replace(normalize_text(text, "z.txt"),
                                          published_at="2016-06-12")])
    bomb = next(e for e in release["events"] if e["sub_event_type"] ==
                "Remote explosive/landmine/IED")
    assert (bomb["location"], bomb["country"]) == ("Heet", "Iraq")


@pytest.mark.parametrize("text, town", [
    ("Convoy Ambushed\n\nThe desert east of Mosul is rife with insurgents, officials said. "
     "On Tuesday, more than a dozen soldiers were killed in attacks in Tal Abu Dhahir, local "
     "monitors said.", "Tal Abu Dhahir"),
    # Written after "in" once, and then as someone who speaks: a person, not where.
    ("Ambush\n\nFighting raged near Mosul for a week. Two soldiers were killed in attacks in "
     "Omar Haddad on Monday. Omar Haddad, a militia commander, told reporters he had no role "
     "in the attacks.", "Mosul"),
])
def test_a_name_only_ever_written_after_a_word_of_place_stays_where_the_event_was(
        reconcile_articles, normalize_text, text, town):
    # The model tags the hamlet a person and the gazetteer does not know it; no text calls
    # it anyone, so the attacks stay there rather than move to the article's first town.
    release = reconcile_articles([replace(normalize_text(text, "h.txt"),
                                          published_at="2016-06-12")])
    attack = next(m for m in release["event_mentions"] if m["trigger_text"] == "attacks")
    assert attack["location"] == town


def test_an_event_in_an_article_without_places_stays_unplaced(reconcile_articles,
                                                              normalize_text):
    text = "Clashes\n\nGunmen killed five soldiers at a checkpoint on Monday, the army said."
    release = reconcile_articles([normalize_text(text, "w.txt")])
    assert release["events"] and {e["location"] for e in release["events"]} == {None}


def test_an_undated_report_is_of_its_own_days_not_of_last_week(reconcile_articles,
                                                                 normalize_text):
    # A bombing in Damascus on 15 April, and a report published on the 19th of a bomb
    # blast there that gives no day: news with no day written is of its day or the one
    # before.
    dated = replace(normalize_text(
        "Convoy Bombed\n\nA car bomb hit a bus convoy in Damascus on Saturday, killing "
        "dozens of people, the Syrian Observatory for Human Rights said.", "a.txt"),
        published_at="2017-04-16", outlet="Outlet A")
    later = replace(normalize_text(
        "Blast in Damascus\n\nA bomb blast killed six people in Damascus, state television "
        "said.", "b.txt"), published_at="2017-04-19", outlet="Outlet B")
    same_day = replace(later, source_path="c.txt", published_at="2017-04-16",
                       outlet="Outlet C")
    bombs = [e for e in reconcile_articles([dated, later])["events"]
             if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert len(bombs) == 2
    # Published the day after, the same words are a report of that bombing.
    release = reconcile_articles([dated, same_day])
    bombs = [e for e in release["events"]
             if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert len(bombs) == 1 and bombs[0]["n_articles"] == 2


def test_an_event_of_a_year_long_past_is_not_a_report_of_today(reconcile_articles,
                                                                normalize_text):
    # The second report recalls a bombing of 2013; it is not a report of the first one.
    today = replace(normalize_text(
        "Market Bombed\n\nA car bomb exploded at a market in Kirkuk on Monday, killing nine "
        "people, police said.", "a.txt"), published_at="2016-06-14", outlet="Outlet A")
    recalled = replace(normalize_text(
        "Trial Opens\n\nThe trial opened of a man accused over a car bomb that exploded at a "
        "market in Kirkuk in 2013, killing 30 people.", "b.txt"), published_at="2016-06-14",
        outlet="Outlet B")
    bombs = [e for e in reconcile_articles([today, recalled])["events"]
             if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert len(bombs) == 2
    assert {e["date_text"] for e in bombs} == {"Monday", "2013"}


def test_an_event_the_windows_split_keeps_its_id_in_one_window_only():
    # An event of three reports, its id made from its first (m1); the windows now put m1
    # apart from m2 and m3. The window of m2 and m3 keeps the id; the window of m1 makes
    # a new one, though m1 alone would make the same.
    def fresh(members):
        return f"id-{members[0]}"

    prior = PriorIds(event_by_mention={"m1": "id-m1", "m2": "id-m1", "m3": "id-m1"})
    first, second = window_priors(prior, {}, {"m1": 1, "m2": 0, "m3": 0}, 2)
    assert first.event_by_mention == {"m2": "id-m1", "m3": "id-m1"}
    assert second.event_by_mention == {}
    kept = stable_ids([["m2", "m3"]], first.event_by_mention, fresh, first.reserved)
    made = stable_ids([["m1"]], second.event_by_mention, fresh, second.reserved)
    assert kept == ["id-m1"]
    assert made != kept and made == [fresh(["split:m1"])]


@pytest.mark.parametrize("text, tolls", [
    # No publication date to count the days from: "on Saturday" and "on Wednesday" still
    # name two days, so the later attack keeps its own toll.
    ("Bombing\n\nTwo suicide bombers blew themselves up at a market in the town of Dikwa on "
     "Saturday, killing at least 14 people. On Wednesday, gunmen attacked a village near the "
     "town of Monguno, killing five farmers.", [5, 14]),
    # "on Monday" lies in the week before the report and "last month" a month or more back,
    # so the older killing keeps its own toll...
    ("Raid\n\nGunmen on motorbikes raided the village of Kouri on Monday, killing 22 herders. "
     "Last month, suspected militants killed nine traders near the town of Sebba.", [9, 22]),
    # ... as does one dated only "last year".
    ("Raid\n\nGunmen attacked the village of Kouri on Sunday, killing 30 people. On New "
     "Year's Eve last year, gunmen killed more than 140 people in villages around Kouri.",
     [30, 140]),
], ids=["two weekdays", "a weekday and last month", "a weekday and last year"])
def test_reports_of_an_article_at_two_times_are_two_events(reconcile_articles, normalize_text,
                                                           text, tolls):
    release = reconcile_articles([normalize_text(text, "k.txt")])
    assert sorted(e["fatalities_best"] for e in release["events"]) == tolls


def test_two_reports_of_a_story_on_two_weekdays_may_be_one_event(reconcile_articles,
                                                                  normalize_text):
    # With no publication dates, one outlet's "on Sunday" (the attack) and another's
    # "Monday" (the day the toll rose) may be one day apart in time and in print: the
    # story that joins them decides.
    shared = ("The blast tore through a checkpoint at the entrance to the town of Jowhar, "
              "the capital of Somalia's Middle Shabelle region, where soldiers and traders "
              "were queuing to be searched. Al Shabaab said in a statement on its radio "
              "station that its fighters had carried out the attack. The group has waged an "
              "insurgency against the government in Mogadishu for more than fifteen years.")
    first = ("Car bomb kills 13\n\nA suicide car bomber killed at least 13 people in the "
             "Somali town of Jowhar on Sunday, police said. " + shared)
    second = ("Toll rises to 17\n\nThe death toll from a suicide car bombing in Jowhar rose "
              "to 17 on Monday, a hospital official said. " + shared)
    release = reconcile_articles([normalize_text(first, "a.txt"),
                                  normalize_text(second, "b.txt")])
    stories = {a["story_id"] for a in release["articles"]}
    assert len(stories) == 1
    assert [e["n_articles"] for e in release["events"]] == [2]




def test_a_town_is_where_it_happened_and_its_province_where_the_town_is(reconcile_articles,
                                                                        normalize_text):
    # "seized X, a town in Y": the event is at the town, in Y's province and country,
    # coded at the province's centroid (ACLED's precision 3) as the gazetteer lacks the town.
    text = ("Rebels take town\n\nChin resistance forces have seized full control of Zaltupi, "
            "a town in southern Chin State, after a five-week offensive against junta troops, "
            "the alliance said on Monday.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert (event["location"], event["admin1"], event["country"]) == ("Zaltupi", "Chin",
                                                                      "Myanmar")
    # Resistance forces are a rebel group: the town is no government's regained.
    assert event["sub_event_type"] == "Non-state actor overtakes territory"
    assert event["geo_precision"] == 3 and event["latitude"] is not None


def test_a_town_in_the_province_of_a_phrase_after_it_is_in_that_province(reconcile_articles,
                                                                          normalize_text):
    # ", in the prefecture of X" after a town the gazetteer cannot place says where it is.
    text = ("Rebels seize Koui\n\nBANGUI, Central African Republic - The town of Koui, in "
            "the prefecture of Ouham-Pendé, fell to rebels on Tuesday after hours of "
            "fighting with the army, local sources said.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert (event["location"], event["admin1"]) == ("Koui", "Ouham-Pende")


def test_the_group_the_attackers_belonged_to_is_the_events_actor(reconcile_articles,
                                                                  normalize_text):
    # One event: the shooting and "the attack" a later sentence credits to the gang, which
    # takes the kind of the gunmen no word of its name gives.
    text = ("Gunmen kill seven at wake\n\nGunmen opened fire on mourners at a wake in the "
            "town of Vinces, killing seven people, police said on Monday. The attack happened "
            "late Sunday. A police colonel said the attackers belonged to Los Lobos, one of "
            "the largest gangs in Ecuador.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert (event["actor1"], event["actor1_kind"]) == ("Los Lobos", "Political militia")


def test_two_outlets_naming_one_maker_of_two_kinds_report_one_event(reconcile_articles,
                                                                     normalize_text):
    # One outlet's "Popular Defence Forces" are a state's forces by their word, another's
    # "Popular Defence Forces militia" a militia: the same name, the same strike.
    first = ("Drone attack kills nine in Kosti\n\nCAIRO (AP) - A drone attack blamed on the "
             "Popular Defence Forces struck a crowded market in the city of Kosti on "
             "Wednesday, killing at least nine people, health officials said.")
    second = ("Eleven dead as militia drones hit Kosti market\n\nKOSTI - Eleven people were "
              "killed when drones launched by the Popular Defence Forces militia struck the "
              "central market of Kosti on Wednesday afternoon, a local emergency group said.")
    release = reconcile_articles([normalize_text(first, "a.txt"),
                                  normalize_text(second, "b.txt")])
    assert [e["n_articles"] for e in release["events"]] == [2]


@pytest.mark.parametrize("actor, people", [
    # "Gunmen storm funeral wake in ...": the model tagged the title's "Gunmen" a place,
    # which linking made an entity; it names nobody, so a named group the text gives
    # is the event's actor (events._actor).
    ("Gunmen", True), ("Militiamen", True), ("attackers", True),
    ("Los Lobos", False), ("Hamas", False), ("armed men", False),
])
def test_a_word_for_people_is_no_name(actor, people):
    assert a_noun_of_people(actor) is people


@pytest.mark.parametrize("said, fatalities", [
    ("No one was hurt, the police said.", 0),  # nobody hurt: nobody died either
    ("No casualties were reported.", 0),
    ("Two guards were injured.", None),  # hurt, with no word of the dead: no toll
])
def test_an_event_said_to_have_harmed_nobody_has_a_toll_of_none(reconcile_articles,
                                                                  normalize_text, said,
                                                                  fatalities):
    text = ("Gang sets fire to town hall\n\nArmed men set fire to the town hall in Ouanaminthe "
            f"on Thursday night after looting its offices, officials said. {said}")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert event["fatalities_best"] == fatalities


@pytest.mark.parametrize("killing, fatalities", [
    ("shot dead a nurse and a patient", 2),  # a list of victims named one by one
    ("shot dead a nurse", 1),
    ("killed two guards and three patients", 5),  # a list of counts
    ("killed two guards, a nurse and three patients", 6),
    ("killed two guards and wounded three patients", 2),  # another verb's count
])
def test_victims_named_one_by_one_are_counted_together(reconcile_articles, normalize_text,
                                                       killing, fatalities):
    text = ("Gunmen attack clinic\n\nGunmen stormed a clinic in Mambasa on Saturday night "
            f"and {killing}, the local administrator said.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert event["fatalities_best"] == fatalities


@pytest.mark.parametrize("body, fatalities", [
    ("Unknown attackers shot dead opposition politician Jean-Marc Kabongo outside his home "
     "in Goma on Tuesday, police said.", 1),
    ("Local radio presenter Samuel Okafor was stabbed to death in Enugu on Friday night.", 1),
    ("Gunmen killed Ali Hassan and Omar Farah at a checkpoint in Baidoa on Sunday.", 2),
    # No death: an attempt, a death denied.
    ("Gunmen tried to kill senator Pedro Ruiz in Cali on Monday, but he escaped unhurt.",
     None),
    ("Gunmen attacked the convoy of senator Pedro Ruiz in Cali on Monday. Ruiz was not "
     "killed.", None),
])
def test_people_named_as_killed_are_the_toll_when_nothing_counts_it(
        reconcile_articles, normalize_text, body, fatalities):
    events = reconcile_articles([normalize_text(f"Attack\n\n{body}", "a.txt")])["events"]
    assert [e["fatalities_best"] for e in events] == ([fatalities] if fatalities else
                                                       [None] * len(events))


def test_a_person_named_as_killed_is_the_toll_of_the_killing_only(reconcile_articles,
                                                                   normalize_text):
    # The killing a year before is an event of its own; the march that recalls it killed
    # no one.
    events = reconcile_articles([normalize_text(
        "March\n\nHundreds of students marched peacefully in Lima on Sunday, a year after "
        "Jorge Quispe was shot dead at a protest in Puno.", "a.txt")])["events"]
    assert {e["event_type"]: e["fatalities_best"] for e in events} == {
        "Protests": None, "Violence against civilians": 1}


@pytest.mark.parametrize("background", [
    "The United Nations says more than 3,000 people were killed in political violence in "
    "the country last year.",
    "More than 9,000 people have been killed and tens of thousands displaced since the "
    "conflict began, according to a monitoring group.",
    "Gang violence killed more than 2,500 people in the state in the first half of the "
    "year, the prosecutors' office says.",
])
def test_a_toll_in_the_thousands_is_a_wars_not_the_events(reconcile_articles,
                                                          normalize_text, background):
    text = ("Officers shot dead\n\nGunmen shot dead three police officers in Tlacotepec on "
            f"Sunday evening, prosecutors said.\n\n{background}")
    events = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert [e["fatalities_best"] for e in events if e["fatalities_best"]] == [3]


@pytest.mark.parametrize("body, location", [
    # A people's name the model tagged a place, before a noun of people, is no town.
    ("Hundreds of Tamil families whose relatives disappeared during the war marched on "
     "Tuesday to demand answers. The march ended outside the district secretariat in "
     "Vavuniya.", "Vavuniya"),
    # A nationality's adjective neither.
    ("KATHMANDU, (AFP) - Nepali police opened fire on protesters on Friday, killing two "
     "students. The shooting happened outside the police office in Gaur.", "Gaur"),
])
def test_a_peoples_name_is_not_the_place_of_the_event(reconcile_articles, normalize_text,
                                                      body, location):
    events = reconcile_articles([normalize_text(f"March\n\n{body}", "a.txt")])["events"]
    assert {e["location"] for e in events} == {location}


def test_the_perpetrators_claimed_toll_yields_to_another_source(reconcile_articles,
                                                                normalize_text):
    text = ("Militants storm Somali base\n\n"
            "Al Shabaab fighters stormed an army base in the town of Afgoye on Friday, "
            "killing at least eight soldiers, officials said.\n\n"
            "The al Shabaab group said in a statement that the attack had killed 25 "
            "soldiers.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert event["fatalities_best"] == 8
    # With no other count, the claim is the toll.
    text = text.replace(", killing at least eight soldiers, officials said", "")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert event["fatalities_best"] == 25


def test_a_claim_by_a_group_whose_name_holds_a_peoples_yields_to_another_source(
        reconcile_articles, normalize_text):
    # The group's name holds a people's ("Muslims", NORP): the group is the entity of the
    # claim's actor and of its count's source, so its count is the perpetrator's.
    text = ("Jihadists attack army post\n\n"
            "Jihadist fighters attacked an army post in the town of Djibo on Thursday, "
            "killing at least 25 soldiers, security sources said.\n\n"
            "The Group to Support Islam and Muslims (JNIM) claimed the attack in a "
            "statement, saying its fighters had killed more than 70 soldiers.")
    events = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert [e["fatalities_best"] for e in events if e["fatalities_best"]] == [25]


@pytest.mark.parametrize("where", ["gathered on Freedom Square",
                                   "blocked Rustaveli Avenue"])
def test_an_event_on_a_named_square_or_street_is_placed_in_its_town(
        reconcile_articles, normalize_text, where):
    # ACLED's location is a settlement: the square is the site, the city the place.
    text = (f"Students rally against minister\n\nTBILISI, May 4 (Reuters) - Thousands of "
            f"students {where} on Saturday, demanding the resignation of the education "
            "minister, in one of the largest protests in years.\n\nProtesters chanted "
            "slogans and waved flags on the square until late in the evening.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert (event["location"].casefold(), event["country"]) == ("tbilisi", "Georgia")


def test_a_group_named_with_a_preposition_claims_its_toll_and_is_the_actor(
        reconcile_articles, normalize_text):
    # "The Group for the Support of ..." is one name (the parser hangs "for ..." on
    # "Group"): the group that claimed the attack is its actor, and its count yields to
    # the security source's.
    text = ("Jihadists storm army post\n\n"
            "Jihadist fighters stormed an army post in the town of Ansongo in Mali on Monday, "
            "killing at least nine soldiers, a security source said.\n\n"
            "The Front for the Defence of the Sahel (FDS) claimed the attack on its "
            "channels, saying it had killed 30 soldiers.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert event["fatalities_best"] == 9
    assert "Front for the Defence of the Sahel" in event["actor1"]


def test_an_event_at_a_village_the_gazetteer_lacks_is_in_the_country_of_the_articles_places(
        reconcile_articles, normalize_text):
    # ACLED codes a country for every event: the village is nowhere in the gazetteer, and
    # every other place the article names lies in Nigeria.
    text = ("Gunmen kill villagers\n\nGunmen killed seven farmers in the village of Dankurmi "
            "on Sunday, residents said. The attackers arrived on motorcycles. Police in Kaduna "
            "said they had deployed officers to the area, and the governor of Kaduna State "
            "condemned the killings. The wounded were taken to a hospital in Zaria. Attacks on "
            "farming villages are common in northwest Nigeria.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert (event["location"], event["country"], event["country_code"]) == (
        "Dankurmi", "Nigeria", "NG")
    # The town itself is still not located (no coordinates); its province is the one its
    # article's places lie in (Kaduna and Zaria, Kaduna State).
    assert event["admin1"] == "Kaduna" and event["latitude"] is None
    # Places split between two countries say nothing of the village's.
    text = text.replace("Attacks on farming villages are common in northwest Nigeria.",
                        "Many of the farmers had moved to the village from Chad and Ghana.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert event["location"] == "Dankurmi" and event["country"] is None


def test_the_group_that_claimed_an_attack_is_its_actor_over_a_bomber(reconcile_articles,
                                                                      normalize_text):
    # ACLED codes the group that claims a bombing, not "suicide bomber".
    text = ("Restaurant bombed\n\nA suicide bomber killed 11 people at a restaurant in "
            "Kismayo on Saturday, police said. Al-Shabaab claimed the bombing through its "
            "media arm.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert event["actor1"] == "Al-Shabaab" and event["actor1_entity_id"] is not None


def test_a_province_named_once_says_nothing_of_where_an_unknown_village_is(
        reconcile_articles, normalize_text):
    # The police who spoke sit in the capital: one place in all is no evidence of the
    # village's province, though the country (Kenya, the capital's) still holds.
    text = ("Youths stone police\n\nRowdy youths pelted police officers with stones in "
            "Kalimbeni village on Friday, injuring two officers. A police spokesman in "
            "Nairobi said ten people had been arrested.")
    (event,) = [e for e in reconcile_articles([normalize_text(text, "a.txt")])["events"]
                if e["event_type"] == "Riots"]
    assert (event["location"], event["country_code"], event["admin1"]) == (
        "Kalimbeni", "KE", None)
    text = text.replace("A police spokesman in Nairobi", "A police spokesman in Nairobi, "
                        "where officers from Kiambu had been sent,")
    (event,) = [e for e in reconcile_articles([normalize_text(text, "a.txt")])["events"]
                if e["event_type"] == "Riots"]
    assert event["admin1"] is None  # Nairobi once, Kiambu once: no province holds two thirds


def test_an_actor_ending_in_an_acronym_in_brackets_keeps_its_closing_bracket(
        reconcile_articles, normalize_text):
    text = ("Base attacked\n\nFighters of the Islamic State Sahel Province (ISSP) attacked an "
            "army base in Menaka on Sunday, killing four soldiers, the army said.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert event["actor1"] == "Fighters of the Islamic State Sahel Province (ISSP)"
    assert event["actor1_entity_id"] is not None


def test_a_municipality_and_a_department_named_as_such_are_places(
        reconcile_articles, normalize_text):
    # The model tags both names organisations; "the municipality of" and "the department
    # of" say they are a district and a province (rules/place_designators.tsv).
    text = ("Mine kills soldiers\n\nFour soldiers were killed on Tuesday when a mine exploded "
            "in the municipality of Anorí, in the department of Antioquia, the Colombian army "
            "said.")
    (event,) = reconcile_articles([normalize_text(text, "a.txt")])["events"]
    assert (event["location"], event["admin1"], event["country"]) == (
        "Anorí", "Antioquia", "Colombia")


# Two outlets' undated reports of one bombing, in words too different for one story.
_KHOST_WIRE = ("Bomb kills soldiers\n\nA roadside bomb struck an army vehicle in the city of "
               "Khost on {day}, killing three soldiers, a provincial spokesman said. No group "
               "claimed responsibility.")
_KHOST_LOCAL = ("Grief in the east\n\nFamilies gathered at the hospital after an explosive "
                "device hidden beside the road tore through a military truck in Khowst on "
                "{day} morning. Three troops died, according to the governor's office, and "
                "traders shuttered their shops for the day.")


@pytest.mark.parametrize("second_day, n_events", [
    ("Tuesday", 1),  # the one date two undated reports can share
    ("Friday", 2),  # another weekday may be another bombing
], ids=["same weekday", "another weekday"])
def test_undated_reports_of_a_town_on_one_weekday_are_one_event(reconcile_articles,
                                                                 normalize_text, settings,
                                                                 second_day, n_events):
    # Among forty reports, as in a day's feed, two short ones share too little to be
    # one story: here no score is high enough.
    apart = replace(settings, stories=replace(settings.stories, min_story_score=1.1))
    release = reconcile_articles([
        normalize_text(_KHOST_WIRE.format(day="Tuesday"), "a.txt"),
        normalize_text(_KHOST_LOCAL.format(day=second_day), "b.txt")], apart)
    bombings = [e for e in release["events"] if e["location"] in ("Khost", "Khowst")]
    assert len(bombings) == n_events
