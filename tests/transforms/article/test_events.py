"""Event mentions on sentences written for these tests: triggers, ACLED types, actors,
places, dates, and the words that do not report an event."""

from __future__ import annotations

import pytest

from transforms import rules
from transforms.article import components
from transforms.article.events import time_precision


@pytest.fixture(scope="module")
def events_of(parse, normalize_text):
    def run(body: str, published_at: str | None = None) -> list[dict]:
        article = normalize_text(f"Report\n\n{body}")
        if published_at:
            from dataclasses import replace
            article = replace(article, published_at=published_at)
        return parse(article)._.get(components.EVENTS)

    return run


def only(rows: list[dict]) -> dict:
    assert len(rows) == 1, [(r["trigger_text"], r["sub_event_type"]) for r in rows]
    return rows[0]


def test_air_strike_with_actor_place_date_and_victims(events_of):
    row = only(events_of("Air strikes by Russian jets hit Idlib on Monday, killing 12 "
                         "civilians, rescuers said.", "2024-03-13"))
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence",
                                                          "Air/drone strike")
    assert row["trigger_text"] == "Air strikes"
    assert row["actor1"] == "Russian jets" and row["actor1_kind"] == "State forces"
    assert row["location"] == "Idlib"
    assert row["date_text"] == "Monday" and row["event_date"] == "2024-03-11"
    assert row["time_precision"] == 1
    assert len(row["figure_ids"]) == 1 and row["in_lede"]


def test_territory_taken_by_a_non_state_group(events_of):
    rows = events_of("Militants seized the town of Palmyra on Sunday after a week of "
                     "fighting, a monitoring group said.")
    row = only(rows)  # "a week of fighting" names no armed actor of its own
    assert row["sub_event_type"] == "Non-state actor overtakes territory"
    # The town taken is where, not whom (the model tagged Palmyra a person: linking
    # across the release reads "the town of" and places it).
    assert row["actor1_kind"] == "Rebel group" and row["actor2"] is None
    assert row["date_text"] == "Sunday" and row["event_date"] is None  # no publication date


def test_a_plural_the_tagger_took_for_a_name_still_says_the_kind(events_of):
    # The tagger reads the opening "Rebels" as a proper noun, whose lemma is itself.
    row = only(events_of("Rebels of the M23 movement seized the town of Bunagana on "
                         "Monday, the army said."))
    assert row["actor1_kind"] == "Rebel group"
    assert row["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_town_tagged_a_person_after_through_is_where(events_of):
    # The model tags Santiago a person; "marched through central X" says where.
    row = only(events_of("Thousands of protesters marched through central Santiago on "
                         "Tuesday, demanding pension reform."))
    assert row["event_type"] == "Protests" and row["location"] == "Santiago"


def test_a_toll_is_no_target(events_of):
    # "left 40 dead": the object counts the dead, it names no one attacked.
    row = only(events_of("The attack, which took place on the night of March 3, left 40 "
                         "dead in the town of Kidal."))
    assert row["actor2"] is None and row["location"] == "Kidal"


def test_city_fell_to_a_group(events_of):
    row = only(events_of("The city of Sirte fell to the jihadists on Tuesday."))
    assert row["sub_event_type"] == "Non-state actor overtakes territory"
    assert row["actor1"] == "jihadists" and row["location"] == "Sirte"


def test_government_retakes_territory(events_of):
    row = only(events_of("Government troops recaptured the airport near Donetsk."))
    assert row["sub_event_type"] == "Government regains territory"
    assert row["actor1_kind"] == "State forces"


def test_attack_on_soldiers_is_a_battle_and_on_villagers_violence_against_civilians(
        events_of):
    battle = only(events_of("The Taliban attacked a police checkpoint in Kunduz."))
    assert (battle["event_type"], battle["actor2_kind"]) == ("Battles", "State forces")
    attack = only(events_of("Gunmen killed five villagers near Maiduguri, police said."))
    assert attack["sub_event_type"] == "Attack"
    assert attack["actor1_kind"] == "Political militia"
    assert attack["actor2_kind"] == "Civilians" and attack["civilian_targeting"]


def test_suicide_bombing_and_the_killing_it_caused_are_one_report(events_of):
    row = only(events_of("A suicide bomber killed 14 worshippers at a mosque in Quetta."))
    assert row["sub_event_type"] == "Suicide bomb"
    assert row["location"] == "Quetta"


def test_abduction_and_protest_with_intervention(events_of):
    assert only(events_of("Gunmen abducted 20 students from a school in Kaduna."))[
        "sub_event_type"] == "Abduction/forced disappearance"
    protest = only(events_of("Police fired tear gas at thousands of protesters in Nairobi "
                             "on Friday."))
    assert (protest["event_type"], protest["sub_event_type"]) == (
        "Protests", "Protest with intervention")


def test_place_from_earlier_in_the_paragraph(events_of):
    rows = events_of("Fighting resumed in Homs on Monday. Rebels clashed with the army, "
                     "killing four soldiers.")
    clash = next(r for r in rows if r["trigger_text"] == "clashed")
    assert clash["location"] == "Homs"
    assert clash["actor2_kind"] == "State forces"


@pytest.mark.parametrize("text", [
    "A parcel exploded outside the bank in Lyon on Friday, wounding six people.",
    "The device went off near the station in Kabul and killed four soldiers.",
    "He was seen walking on Elm Street where the device went off and planting the second "
    "bomb on Oak Street in Chicago.",
])
def test_a_thing_that_blows_up_is_no_actor(events_of, text):
    rows = events_of(text)
    assert rows and all(r["actor1"] is None for r in rows), rows


@pytest.mark.parametrize("text, sub_event_type", [
    ("The militant blew himself up while trying to plant a bomb at the telephone exchange "
     "in Coventry.", "Remote explosive/landmine/IED"),
    ("He blew himself up as he was assembling the device in a flat in Leeds.",
     "Remote explosive/landmine/IED"),
    ("A bomber blew himself up while trying to enter the base in Kabul, killing three "
     "guards.", "Suicide bomb"),
])
def test_a_bomb_going_off_in_its_makers_hands_is_no_suicide_attack(events_of, text,
                                                                   sub_event_type):
    blast = only([r for r in events_of(text) if r["trigger_text"] == "blew himself up"])
    assert blast["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("text, site", [
    ("A car bomb exploded at a crowded market in Baghdad on Monday, killing 20 people.",
     "a crowded market"),
    ("Gunmen opened fire on worshippers inside a mosque in Quetta, killing nine.", "a mosque"),
    ("An air strike hit a school in Saada, killing 40 children, the Red Cross said.",
     "a school"),
    ("Police said the shrine attack in Bangkok killed 20 people.", "shrine"),
    ("Rebels seized the town of Idlib on Saturday.", None),  # a town is the location
    ("Jets bombed rebel positions in Homs, killing 12 fighters.", None),
    ("Street protests in Caracas turned violent as police fired tear gas at demonstrators.",
     None),  # a generic modifier, no site
    # A site within a site says where exactly; a town within it is the location.
    ("A parcel bomb exploded outside a bakery on Elm Street in Lyon on Friday, wounding 13 "
     "people.", "a bakery on Elm Street"),
    ("Gunmen opened fire at a wedding in the village of Karbala on Friday.",
     "a wedding in the village"),
    # "where" said of a noun in apposition: the street it names.
    ("Police in Boston on Wednesday reopened Harbour Street, the city thoroughfare where the "
     "bomb exploded last week.", "Harbour Street"),
])
def test_the_site_of_an_event(events_of, text, site):
    row = events_of(text)[0]
    assert row["site"] == site
    if site:  # a span of the body (the text, under its title)
        assert text[row["site_start_char"]:row["site_end_char"]] == site


def test_a_site_is_where_not_whom(events_of):
    blast = only(events_of("The August 17 blast at the Erawan Shrine killed 20 people in "
                           "Bangkok."))
    assert blast["site"] == "the Erawan Shrine"
    assert blast["actor2"] is None


def test_the_occasion_an_attack_is_named_after_is_no_actor(events_of):
    rows = events_of("A jury convicted a cousin of Chicago Marathon bombing suspect Omar Haddad "
                     "of lying to investigators on Tuesday.")
    assert [(r["trigger_text"], r["actor1"]) for r in rows] == [("bombing", None)]


def test_killing_terrorists_is_a_battle_not_an_attack_on_civilians(events_of):
    # ACLED codes an armed group the report names only "terrorists" as an unidentified
    # armed group, not as civilians.
    row = only(events_of("Army units killed 14 terrorists near the town of Karak on Friday, "
                         "the ministry said."))
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert row["actor2_kind"] == "Political militia"


def test_the_event_named_as_known_keeps_its_maker(events_of):
    rows = events_of("Taliban fighters set off a car bomb outside a police station in Kabul "
                     "on Monday. Eight officers died in the bombing, officials said.")
    assert [(r["trigger_text"], r["actor1"]) for r in rows] == [
        ("car bomb", "Taliban fighters"), ("bombing", "Taliban fighters")]


def test_the_event_named_as_known_is_where_that_event_was(events_of):
    # Neither the district the traders come from, named in the sentence before, nor the
    # country of another act in its own sentence is where the bombing was.
    rows = events_of(
        "A suicide bomber blew himself up at a market in Quetta on Friday, killing 12 people, "
        "police said. Most of the traders come from villages in Zhob district. Investigators "
        "said the bombing was carried out by a splinter group. Officials said the blast was "
        "revenge for the expulsion of 40 traders to Afghanistan last month.")
    assert [(r["trigger_text"], r["location"]) for r in rows] == [
        ("suicide bomber", "Quetta"), ("bombing", "Quetta"), ("blast", "Quetta")]


def test_shooting_at_people_is_an_attack_on_them_and_at_a_goal_is_none(events_of):
    row = only(events_of("Two gunmen entered the compound and shot at soldiers."))
    assert (row["trigger_text"], row["actor1"], row["actor2"]) == ("shot", "gunmen", "soldiers")
    assert events_of("The striker shot at goal in the final minute.") == []


def test_acts_one_after_the_other_in_a_clause_are_two_events(events_of):
    # The gunmen's shooting, after a blast nobody is said to have set off, and their being
    # gunned down are three events, not one report of the blast.
    rows = events_of("Two gunmen entered the campus right after the explosion and shot at "
                     "many soldiers before being gunned down during the clashes.")
    assert [(r["trigger_text"], r["actor1"]) for r in rows] == [
        ("explosion", None), ("shot", "gunmen"), ("gunned down", None)]


def test_the_event_named_as_known_takes_no_maker_from_another_event(events_of):
    rows = events_of("Rebels set off a car bomb near Homs on Sunday. A second car bomb "
                     "exploded in Damascus on Monday. The bombing killed four soldiers.")
    assert rows[-1]["trigger_text"] == "bombing" and rows[-1]["actor1"] is None


@pytest.mark.parametrize("text, sub_event_type", [
    ("In May, Smith was found guilty of killing three people and injuring 264 in the April "
     "15, 2013, bombing at the world-renowned race in Boston.",
     "Remote explosive/landmine/IED"),  # a gerund after a date is a noun, no air strike
    ("Jets were bombing the rebel-held town of Douma on Monday.", "Air/drone strike"),
    ("Jets on Monday bombing the town of Douma killed 12 civilians.", "Air/drone strike"),
])
def test_a_gerund_read_as_the_noun_it_is(events_of, text, sub_event_type):
    bombing = only([r for r in events_of(text) if r["trigger_text"] == "bombing"])
    assert bombing["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("text, triggers", [
    # A weapon word that only qualifies a noun shows no violence.
    ("Yugansk was sold to a little-known shell company in a disputed auction in December, "
     "following what many thought was a politically-motivated attack on Yukos.", []),
    ("Gunmen opened fire on a shell company office in Lagos, killing two guards.",
     ["opened fire"]),
    # A tsunami's waves are a disaster; a wave of attacks is not.
    ("The bankers said the waves which killed more than 30,000 people also washed away "
     "property.", []),
    ("A wave of attacks across Iraq on Monday killed 107 people.", ["attacks"]),
])
def test_words_of_business_and_disaster_are_no_violence(events_of, text, triggers):
    assert [r["trigger_text"] for r in events_of(text)] == triggers


@pytest.mark.parametrize("text, triggers", [
    ("The rebels did not attack the town, nor did they kill any civilians.", []),
    ("Nor did the army shell the village.", []),
    ("Neither the army nor the rebels attacked the town on Sunday.", []),
    ("Rebels attacked the town on Sunday, and neither side reported casualties.",
     ["attacked"]),
])
def test_nor_and_neither_deny_an_event(events_of, text, triggers):
    assert [r["trigger_text"] for r in events_of(text)] == triggers


def test_place_carried_across_a_subheading(events_of):
    rows = events_of("The president flew to Nairobi on Sunday for talks.\n\n"
                     "Gunmen stormed a hotel in Mogadishu on Monday, witnesses said.\n\n"
                     "Survivors describe the siege\n\n"
                     "By nightfall the attack had killed nine guests, a police officer said.")
    attack = next(r for r in rows if r["trigger_text"] == "attack")
    assert attack["location"] == "Mogadishu"


def test_place_not_carried_into_a_new_paragraph_without_a_heading(events_of):
    # A new attack, not "the attack" (which is where the attack it names was: Mogadishu).
    text = ("The president flew to Nairobi on Sunday for talks.\n\n"
            "Gunmen stormed a hotel in Mogadishu on Monday, witnesses said.\n\n"
            "By nightfall {} had killed nine soldiers, a police officer said.")
    attack = next(r for r in events_of(text.format("an attack on a checkpoint"))
                  if r["trigger_text"] == "attack")
    assert attack["location"] == "Nairobi"  # the article's first place
    attack = next(r for r in events_of(text.format("the attack"))
                  if r["trigger_text"] == "attack")
    assert attack["location"] == "Mogadishu"


@pytest.mark.parametrize("text", [
    "Operating profits fell 46% to 1.6bn euros, the army's pension fund said.",
    "Government figures confirmed falls in the housing market.",
    "Arsenal's attack looked blunt against Chelsea on Sunday.",
    "The striker shot wide in the final minute at Anfield.",
    "The senator attacked the budget plan in a speech in Ohio.",
    "Union members held a rally for higher pay.",
])
def test_figures_of_speech_are_no_events(events_of, text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "New Tom Hanks movie Hostage opened at number two with $12m in North America.",
    "Her debut novel The Bombing sold 40,000 copies in its first month.",
    "The band's third album Massacre went straight to number one in Norway.",
])
def test_the_title_of_a_work_is_no_event(events_of, text):
    assert events_of(text) == []


def test_guard_a_work_beside_an_event_keeps_it(events_of):
    # The trigger is not a title: a film crew was kidnapped, a novelist's home shelled.
    rows = events_of("A film crew was kidnapped near Mosul on Monday. Artillery shelled the "
                     "home of the novelist in Aleppo.")
    assert {r["trigger_text"] for r in rows} == {"kidnapped", "shelled"}


@pytest.mark.parametrize("text", [
    "Goodrich said it will phase out the production of aircraft tires, missile and marine "
    "products at its plant in Akron.",
    "The company builds rockets for satellite launches at its site in Kourou.",
    "The new missile has a range of 40 miles, officials in Beijing said.",
    "Aziz said Washington had announced the existence of the missiles in Iran too late.",
])
def test_a_weapon_named_but_not_used_is_no_event(events_of, text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "The army said no air strikes were carried out on the town on Monday.",
    "After searching the stadium with dogs, police said that no explosive device had been "
    "found.",
])
def test_an_event_said_with_no_is_none(events_of, text):
    assert events_of(text) == []


def test_fired_up_is_no_shot(events_of):
    # "fired up" is eager: no weapon to make "attacking" violent.
    assert events_of("I play my best tennis when I am fired up on the court and I was able to "
                     "play my natural, attacking game in Sweden.") == []


def test_guard_an_event_with_no_victims_is_an_event(events_of):
    rows = events_of("No one was killed in the attack on the checkpoint near Kandahar.")
    assert [r["trigger_text"] for r in rows] == ["attack"]


@pytest.mark.parametrize("text, trigger", [
    ("Rockets struck the town of Sderot on Monday.", "Rockets"),
    ("Militants fired rockets into Sderot on Monday.", "rockets"),
    ("A mortar hit a school in Aleppo on Monday.", "mortar"),
    ("Two children were wounded by a mortar in Aleppo.", "mortar"),
    ("The Houthis launched a missile at Riyadh on Sunday.", "missile"),
    ("A landmine exploded under a bus near Kandahar on Monday.", "landmine"),
    ("The bomb was placed at the entrance to the building in Madrid and exploded on a "
     "Friday.", "bomb"),
    ("Warplanes dropped a total of three bombs on the camp near Idlib on Monday.", "bombs"),
    ("Rebels unleashed a barrage of rockets on the western side of Aleppo on Friday.",
     "rockets"),
    ("Militants sent a truck bomb into the Zahraa district of Aleppo on Sunday.",
     "truck bomb"),
    ("The army said that a total of three rockets launched from Syria fell on the Golan "
     "Heights on Monday.", "rockets"),
    ("Rebels targeted a main army base in the region with missiles on Monday.",
     "missiles"),
    ("Rocket Kills 18 in Damascus Suburb", "Rocket"),
])
def test_guard_a_weapon_used_is_an_event(events_of, text, trigger):
    assert trigger in {r["trigger_text"] for r in events_of(text)}


def test_who_sent_a_truck_bomb_set_it_off(events_of):
    rows = events_of("Militants sent a truck bomb into the Zahraa district of Aleppo on "
                     "Sunday.")
    assert [(r["trigger_text"], r["actor1"]) for r in rows] == [("truck bomb", "Militants")]


@pytest.mark.parametrize("text", [
    "The army vowed to retake the city of Mosul.",
    "Rebels did not attack Goma on Friday.",
    "Militants could strike Kabul again, officials warned.",
    "Russia denied that its warplanes had carried out any strikes near the town.",
    # An attempt still to come is no event, and a failed arrest no arrest.
    "Militants will try to attack the base in Kandahar, officials warned.",
    "Gunmen tried to arrest two men in Idlib on Monday but they escaped.",
    # A modal or a negation before two verbs joined by "or"/"and" holds for both.
    "Under the new law the government can tax or seize unused farms in Venezuela.",
    "The police did not arrest or detain any protesters in Nairobi, the minister said.",
    # Called off, or still planned: it did not happen (yet).
    "Opposition groups have called off a protest planned for Saturday in Nairobi.",
    "Unions called the march off after talks with the government in Lagos.",
    "Thousands are expected at a demonstration planned for next week in Lagos.",
    "Police in Accra are preparing for a planned rally by opposition supporters.",
    "Organisers postponed the sit-in outside the ministry in Khartoum until Friday.",
    "Protests against the summit are expected to be muted this year, police in Davos said.",
    # What happens again and again is no event.
    "Security forces routinely arrest protesters in the capital, Harare.",
    "Militias in the region often attack convoys on the road to Goma.",
    "Government forces regularly shell rebel-held areas of Idlib, killing civilians.",
])
def test_plans_threats_and_denials_are_no_events(events_of, text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "The series opens with a fictional chemical attack on the London Underground.",
    "Officials in Madrid studied a hypothetical bombing of the metro to test hospitals.",
    "The minister resigned in protest at the decision to close the hospital in Leeds.",
    "The captain walked off the pitch in Rome in protest at racist chants.",
])
def test_a_story_or_a_manner_is_no_event(events_of, text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "The game throws you quickly into raging firefights in the streets of Stalingrad.",
    "Weapons include flamethrowers and grenades, and at one point you even get to use a tank.",
    "Later you attack a convoy near Kursk and kill dozens of soldiers.",
    "If you are caught in a bombing in a crowded market, stay low and move away.",
])
def test_narration_in_the_second_person_is_no_event(events_of, text):
    assert events_of(text) == []


def test_a_you_someone_is_quoted_saying_leaves_the_event(events_of):
    rows = events_of('"They shelled your homes in Aleppo on Sunday," the mayor told '
                     'residents.')
    assert only(rows)["trigger_text"] == "shelled"
    # The same words with their quote marks lost: the reporting verb says they are quoted.
    rows = events_of("They shelled your homes in Aleppo on Sunday the mayor told residents.")
    assert only(rows)["trigger_text"] == "shelled"


@pytest.mark.parametrize("text, trigger", [
    # Planned by someone and carried out: the attack happened.
    ("The attack, planned by militants in Pakistan, killed 20 people in Kabul.", "attack"),
    ("The carefully planned attack on the base in Kandahar killed nine soldiers.", "attack"),
    # Protests (plural) in which something happened are protests.
    ("Two people were hurt in protests in Nairobi on Monday.", "protests"),
    # A protest called (organised) is no protest called off.
    ("Opposition leaders called a protest in the capital, Nairobi, and thousands marched.",
     "protest"),
    # A known event's consequence is what is expected, not the event.
    ("The bombing of the base near Kabul is expected to strain relations with Islamabad.",
     "bombing"),
    # What a group did in protest is its protest.
    ("Citrus growers dumped 20 tonnes of lemons on the streets of Malaga in protest at EU "
     "duties.", "protest"),
    ("Mill workers in Liverpool walked out in protest at new manning levels.", "protest"),
    # What happens often, then what happened on a day.
    ("Rebels often fire rockets into the city, and on Monday a rocket killed three people "
     "in Damascus.", "rocket"),
])
def test_guard_a_planned_or_called_event_that_happened_stays(events_of, text, trigger):
    assert trigger in {r["trigger_text"] for r in events_of(text)}


def test_guard_a_verb_joined_to_an_asserted_one_is_asserted(events_of):
    # "stormed ... and seized": the second verb shares the first's subject and tense.
    rows = events_of("Rebels stormed the town of Goma and seized the airport on Friday.")
    assert "seized" in {r["trigger_text"] for r in rows}
    # A joined verb with a subject of its own is a clause of its own.
    rows = events_of("I did not know what it was, and then there was another explosion that "
                     "killed three people in Damascus, a witness said.")
    assert "explosion" in {r["trigger_text"] for r in rows}


@pytest.mark.parametrize("text, trigger, actor1", [
    # A failed attack is an attack (ACLED codes attempts, with no fatalities).
    ("Gunmen tried to assassinate the governor of Kandahar on Monday, police said.",
     "assassinate", "Gunmen"),
    ("Rebels attempted to storm the town of Goma on Friday but were driven back.", "storm",
     "Rebels"),
    # Quoted, "they" is whom the speaker talks about.
    ('"They have tried to assassinate me today," the president said in Caracas.',
     "assassinate", None),
])
def test_an_attempted_attack_is_an_event(events_of, text, trigger, actor1):
    assert [(r["trigger_text"], r["actor1"]) for r in events_of(text)] == [(trigger, actor1)]


def test_report_date_is_not_the_event_date(events_of):
    row = only(events_of("Gunmen killed three farmers in Zamfara, police said on Thursday."))
    assert row["date_text"] is None


@pytest.mark.parametrize("text, precision", [
    ("Sunday", 1), ("on May 17", 1), ("yesterday", 1), ("last week", 2),
    ("this weekend", 2), ("in March", 3), ("last month", 3), ("in recent years", None),
    ("2014", None), ("this morning", 1), ("last night", 1), ("overnight", 1),
    ("earlier this week", 2), ("earlier this month", 3), ("earlier", None), ("at night", None),
])
def test_time_precision(text, precision):
    assert time_precision(text) == precision


def test_opened_fire_with_a_written_date_needs_no_publication_date(events_of):
    row = only(events_of("On 12 March 2015, gunmen opened fire on worshippers at a mosque "
                         "in Maiduguri, killing 11 people."))
    assert (row["sub_event_type"], row["actor2_kind"]) == ("Attack", "Civilians")
    assert row["actor1"] == "gunmen" and row["location"] == "Maiduguri"
    assert row["event_date"] == "2015-03-12" and row["time_precision"] == 1


def test_a_bomb_that_killed_and_a_hostage_taking(events_of):
    bomb = only(events_of("A bomb killed five people at the bus station in Quetta."))
    assert bomb["sub_event_type"] == "Remote explosive/landmine/IED"
    assert bomb["actor2_kind"] == "Civilians" and bomb["location"] == "Quetta"
    hostages = only(events_of("Gunmen took 30 people hostage at a hotel in Bamako."))
    assert hostages["sub_event_type"] == "Abduction/forced disappearance"


def test_a_striker_opening_fire_is_no_event(events_of):
    assert events_of("The striker opened fire from distance but missed the target.") == []


def test_place_that_only_says_whose_is_not_where(events_of):
    # "The Britain-based monitor" names no place of the strikes: the place given earlier
    # in the paragraph is where.
    rows = events_of("Government forces shelled Mosul overnight. The air strikes hit a "
                     "bridge on Friday, the Britain-based monitor said.")
    strikes = next(r for r in rows if r["trigger_text"] == "air strikes")
    assert strikes["location"] == "Mosul"
    # With no other place, a place that qualifies the trigger is better than none.
    alone = only(events_of("The Mosul bombing killed 12 soldiers on Friday."))
    assert alone["location"] == "Mosul"


def test_country_that_qualifies_an_attack_made_it(events_of):
    row = only(events_of("US air strikes hit a bridge in Mosul on Friday."))
    assert (row["actor1"], row["actor1_kind"]) == ("US", "State forces")
    assert row["location"] == "Mosul"
    # Alone, it is who, still not where.
    assert only(events_of("US air strikes hit a bridge on Friday."))["location"] is None


@pytest.mark.parametrize("text, trigger, actor1", [
    # Who claims it or is blamed for it made it.
    ("The Pakistani Taliban claimed responsibility for the bombing that killed four people "
     "in Quetta.", "bombing", "Pakistani Taliban"),
    ("Police blamed the Red Brigade for the bombing of a bank in Milan that killed two "
     "people.", "bombing", "the Red Brigade"),
    ("The car bombing in Mogadishu, which killed seven people, was blamed on al-Shabab.",
     "bombing", "al-Shabab"),
    ("Officials accused the militia of the massacre in the village, which killed 30 people.",
     "massacre", "militia"),
    # The agent of a passive: of the trigger, of a participle on it, of the verb it is
    # the subject of.
    ("The gunman, shot dead by police outside the station, had stabbed two people.",
     "shot dead", "police"),
    ("A bomb planted by two teenagers exploded near a school in Lyon, wounding three "
     "pupils.", "bomb", "teenagers"),
    ("Two bombs were detonated by the rebels near the market in Goma, killing nine people.",
     "bombs", "rebels"),
    # A word that counts the events stands in the clause for them.
    ("The rebels launched a wave of attacks on army posts near Goma on Friday.", "attacks",
     "rebels"),
    # A participle on the trigger that claims or blames it.
    ("A bomb attack claimed by the militia killed 11 people in a market in Goma on Friday.",
     "bomb attack", "militia"),
    ("A bombing blamed on separatist rebels killed 38 people outside a stadium in Bamenda.",
     "bombing", "separatist rebels"),
    # Laid on someone with "attribute to", "blame on" read as the object's phrase.
    ("The army attributed the kidnapping of the two engineers in Tame to the ELN.",
     "kidnapping", "ELN"),
    ("Police blamed the massacre on the ADF, the militia that has killed thousands.",
     "massacre", "ADF"),
    # What struck, laid on someone or said to be theirs; not who laid it.
    ("A drone attributed by the army to the rebels struck a market in Kidal on Friday.",
     "struck", "rebels"),
    ("A drone operated by the army struck a wedding party near Gao on Friday.", "struck",
     "army"),
    ("The bombing, blamed by police on the Red Hand gang, killed two men in Derry.",
     "bombing", "Red Hand gang"),
], ids=["claimed", "blamed for", "blamed on", "accused of", "shot by", "planted by",
        "detonated by", "wave of", "claimed by", "blamed on participle", "attributed to",
        "blamed on the object's", "weapon attributed to", "weapon operated by",
        "blamed by X on"])
def test_actor_from_a_claim_a_blame_or_a_passive(events_of, text, trigger, actor1):
    row = only(events_of(text))
    assert (row["trigger_text"], row["actor1"]) == (trigger, actor1)


@pytest.mark.parametrize("text, actor1", [
    # A later sentence claims the event the article reported, naming no event of its own.
    ("A suicide bomber blew himself up inside a church in Jolo on Sunday, killing 20 "
     "people. The Islamic State group later claimed responsibility.", "Islamic State group"),
    ("Gunmen stormed a hotel in Mogadishu on Friday, killing 15 people. Al-Shabab claimed "
     "responsibility in a statement.", "Al-Shabab"),
    # Nobody claimed it: the report keeps the actor it named.
    ("Gunmen stormed a hotel in Mogadishu on Friday, killing 15 people. No group has "
     "claimed responsibility.", "Gunmen"),
    ("A bomb exploded at a pub in Belfast, killing two men. The IRA refused to accept "
     "responsibility.", None),
    # "X was responsible" names a suspect as often as a claimant.
    ("Gunmen stormed a hotel in Mogadishu on Friday, killing 15 people. Officials said "
     "al-Shabab may have been responsible.", "Gunmen"),
    # A name that only qualifies the report's actor names no one.
    ("Kurdish militants killed four soldiers near Hakkari on Friday. The Kurdistan Freedom "
     "Hawks claimed responsibility in a statement.", "The Kurdistan Freedom Hawks"),
    # A nationality that says whose forces acted names them.
    ("Pakistani troops shelled villages near Uri on Saturday, wounding three civilians. "
     "Pakistan's military blamed India.", "Pakistani troops"),
    ("Troops shelled villages near Uri on Saturday, wounding three civilians. Pakistan's "
     "military blamed India.", "Troops"),
    ("Mortar fire hit villages near Uri on Saturday, wounding three civilians. Pakistan's "
     "military blamed India.", None),
    # Whom officials blame, of no event of its own, made the one reported.
    ("Gunmen stormed a mosque in Menaka during prayers on Friday, killing 14 worshippers. "
     "The defence ministry blamed the Islamic State Sahel Province.",
     "Islamic State Sahel Province"),
    ("Gunmen stormed a mosque in Menaka during prayers on Friday, killing 14 worshippers. "
     "Residents blamed Ansarul Islam for the rising insecurity.", "Gunmen"),
    ("Gunmen stormed a mosque in Menaka during prayers on Friday, killing 14 worshippers. "
     "The ministry did not blame Ansarul Islam.", "Gunmen"),
], ids=["group claims a bomber's attack", "group claims gunmen's attack", "nobody claims",
        "refused to accept", "a suspect", "a people's gunmen", "a state's troops", "troops", "a country blamed", "blamed",
        "blamed for",
        "did not blame"])
def test_a_claim_of_responsibility_in_a_later_sentence_names_the_actor(events_of, text,
                                                                        actor1):
    assert only(events_of(text))["actor1"] == actor1


def test_a_group_that_claimed_the_attack_by_its_noun_made_it(events_of):
    # "claimed the attack": the event reported, named as known; the group's name is written
    # with its infinitive.
    rows = events_of("Jihadist fighters attacked an army post in Djibo on Thursday, killing "
                     "25 soldiers. The Group to Support Islam and Muslims (JNIM) claimed the "
                     "attack in a statement.")
    assert rows[0]["actor1"] == "Group to Support Islam and Muslims"
    # Attacks claimed before are no claim of this one.
    rows = events_of("Gunmen attacked a bus near Kidal on Monday, killing five. The group has "
                     "claimed attacks on buses before.")
    assert [r["actor1"] for r in rows] == ["Gunmen"]


@pytest.mark.parametrize("text, actor1", [
    # A later sentence says whose the attackers were, or who the gunman was.
    ("Armed men burst into a bar in Cali on Saturday, killing five people. Police said the "
     "attackers belonged to the Gulf Clan.", "the Gulf Clan"),
    ("Masked men shot dead four farmers in Zacatecas on Monday. The assailants were believed "
     "to be members of the Sinaloa Cartel, prosecutors said.", "the Sinaloa Cartel"),
    ("A man opened fire at a supermarket in Malmo on Tuesday, killing two people. Police "
     "identified the gunman as Erik Lindqvist.", "Erik Lindqvist"),
    ("A man opened fire at a supermarket in Malmo on Tuesday, killing two people. The "
     "gunman was identified as Erik Lindqvist.", "Erik Lindqvist"),
    ("A man stabbed two women at a tram stop in Graz on Friday. Police identified the "
     "suspect as Tomas Berger, 41.", "Tomas Berger"),
    # The model's name runs on past an initial into the next sentence.
    ("A man stabbed two women in Bad Ems on Monday. Under German privacy rules the suspect "
     "was identified only as Jawad M. The motive was unclear.", "Jawad M."),
    # A name the parse makes no noun of ("MS-13" a number, tagged a product).
    ("Six young men were killed when armed men opened fire during a football match in "
     "Villanueva on Sunday. Police said the assailants were believed to belong to the MS-13.",
     "MS-13"),
    # Hedged, or said of the victims: the report keeps its actor.
    ("Armed men burst into a bar in Cali on Saturday, killing five people. Police said the "
     "attackers may have belonged to the Gulf Clan.", "Armed men"),
    ("Armed men burst into a bar in Cali on Saturday, killing five people. The victims "
     "belonged to the Gulf Clan, police said.", "Armed men"),
], ids=["belonged to", "believed to be members of", "identified as", "was identified as",
        "the suspect identified as", "name cut short", "a name no noun", "may have belonged",
        "the victims belonged"])
def test_a_later_sentence_that_says_who_the_attackers_were_names_the_actor(events_of, text,
                                                                         actor1):
    rows = [r for r in events_of(text) if r["event_type"] != "Strategic developments"]
    assert rows[0]["actor1"] == actor1


def test_a_group_the_model_took_for_a_place_is_no_states_forces(events_of):
    # "Los Lobos" tagged a place: whom the attackers belonged to is a group, not a state
    # whose name stands for its army ("Russia bombed").
    rows = events_of("Gunmen opened fire on mourners at a wake in Vinces, killing seven "
                     "people. The attack happened late Sunday. A police colonel said the "
                     "attackers belonged to Los Lobos.")
    credited = next(r for r in rows if r["actor1"] == "Los Lobos")
    assert credited["actor1_kind"] != "State forces"


@pytest.mark.parametrize("text, actor1", [
    # A participle's clause shares its main clause's subject.
    ("Armed men burst into a bar in Cali on Saturday, killing five people.", "Armed men"),
    ("The gunman fled the scene after shooting five people in Cali.", "gunman"),
    # What befell the subject: the happening killed, not the subject.
    ("Gunfire erupted at a wedding party in Cali late Saturday, killing four people.", None),
    ("An army patrol hit an explosive device near Gao on Wednesday, killing four soldiers.",
     None),
], ids=["participle", "after shooting", "gunfire erupted", "hit a device"])
def test_who_acts_in_a_participles_clause(events_of, text, actor1):
    assert only(events_of(text))["actor1"] == actor1


@pytest.mark.parametrize("text, actor1", [
    # After a dateline the model hangs the verb on its subject as a clause.
    ("NAIROBI, (Reuters) - Suspected Oromo Liberation Army (OLA) rebels killed at least 12 "
     "farmers in the town of Gimbi late on Monday.",
     "Suspected Oromo Liberation Army (OLA) rebels"),
    # ... or the dateline's town as a second subject of the verb.
    ("NAIROBI, (Reuters) - Suspected Shabaab militants killed 12 quarry workers near Mandera "
     "on Tuesday.", "Suspected Shabaab militants"),
    # ... or the dateline into the subject's phrase.
    ("BAMAKO, (Reuters) - Suspected Islamic State Sahel Province (ISSP) fighters killed at "
     "least 17 villagers at a market in the town of Tessit late on Monday.",
     "Suspected Islamic State Sahel Province (ISSP) fighters"),
], ids=["verb as a clause", "two subjects", "dateline in the phrase"])
def test_who_acts_after_a_dateline(events_of, text, actor1):
    assert only(events_of(text))["actor1"] == actor1


def test_a_denied_responsibility_names_no_actor(events_of):
    row = only(events_of("The militia denied responsibility for the massacre in the "
                         "village, which killed 30 people."))
    assert row["trigger_text"] == "massacre" and row["actor1"] is None


@pytest.mark.parametrize("row", rules.load("event_actor_frames", (
    "lemma", "frame", "preposition", "verbs", "example")), ids=lambda r: f"{r['lemma']}-{r['frame']}")
def test_each_actor_frame_finds_the_actor_of_its_example(events_of, row):
    # Every row of the table names who made the event in its own example.
    rows = events_of(row["example"] + ".")
    assert rows and all(r["actor1"] for r in rows), [(r["trigger_text"], r["actor1"]) for r in rows]


@pytest.mark.parametrize("text", [
    "The blast, reported by state television, killed five people in Homs.",
    "The Observatory reported a string of air strikes on the town on Tuesday that killed "
    "six civilians.",
    "The explosion that killed four people was caused by a car bomb, police said.",
], ids=["reported by", "reported a string of", "caused by a weapon"])
def test_who_reports_an_event_or_the_weapon_is_no_actor(events_of, text):
    assert all(r["actor1"] is None for r in events_of(text))


@pytest.mark.parametrize("text, sub_event_type", [
    ("US strikes killed 12 militants near Mosul on Friday.", "Air/drone strike"),
    ("The strike on the hospital killed four doctors, medics said.", "Air/drone strike"),
    ("The town came under heavy bombardment that killed ten civilians.",
     "Shelling/artillery/missile attack"),
], ids=["strikes", "the strike on", "bombardment"])
def test_strikes_and_bombardment_that_kill_are_remote_violence(events_of, text, sub_event_type):
    assert only(events_of(text))["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("text", [
    "A stunning strike by the striker sealed the win for United.",
    "Postal workers began a strike on Monday over pay, the union said.",
    "A one-day strike by 40,000 teachers closed schools across the country.",
], ids=["a goal", "a walkout", "a walkout by a number of people"])
def test_a_strike_without_violence_is_no_event(events_of, text):
    assert events_of(text) == []


def test_a_hunger_strike_is_a_protest_not_a_strike_from_the_air(events_of):
    row = only(events_of("Students began a hunger strike outside the ministry on Monday."))
    assert (row["trigger_text"], row["sub_event_type"]) == ("hunger strike", "Peaceful protest")
    # Said of no one, it reports nothing (the "weapon" no violence).
    assert events_of("Hunger strike is a weapon of last resort.") == []


def test_an_event_a_denial_does_not_deny_is_reported(events_of):
    row = only(events_of("A coalition source did not deny that its warplanes had carried out "
                         "strikes near the town."))
    assert row["trigger_text"] == "strikes"


def _triggers(rows: list[dict]) -> list[str]:
    return [r["trigger_text"] for r in rows]


def test_an_event_named_as_known_is_reported_when_the_article_reports_violence(events_of):
    rows = events_of(
        "A car bomb exploded outside a police station in Kirkuk on Monday, killing four "
        "officers. Investigators said the blast was heard across the city. No group has "
        "claimed responsibility for the explosion. Monday's attack shocked the residents, "
        "who gathered at the hospital.")
    assert _triggers(rows) == ["car bomb", "blast", "explosion", "attack"]
    assert all(r["location"] == "Kirkuk" for r in rows)
    assert rows[2]["actor1"] is None  # "no group" claimed it: nobody did


@pytest.mark.parametrize("text", [
    "The explosion of online shopping has hurt retailers. The attacks on the plan were "
    "unfair, the minister said.",
    "An explosion of interest followed the launch. The attack on the bill failed.",
], ids=["no violence in the article", "indefinite"])
def test_an_event_named_as_known_needs_violence_elsewhere(events_of, text):
    assert events_of(text) == []


def test_a_trigger_its_modifier_makes_no_event(events_of):
    rows = events_of("Her father died of a heart attack at the ministry. Soldiers killed two "
                     "farmers near the town. The heart attack came without warning.")
    assert _triggers(rows) == ["killed"]


@pytest.mark.parametrize("text", [
    "A blast which injured several people hit a bakery in Lyon on Friday.",
    "Scores died in the attacks on the market in Kano.",
], ids=["injured", "died"])
def test_harm_done_to_people_shows_violence(events_of, text):
    assert len(events_of(text)) == 1


def test_the_attack_that_names_a_bombing_is_the_bombing(events_of):
    rows = events_of("A suicide bomber blew himself up at a rally in Kabul on Tuesday, "
                     "killing 26 people. Women and children were among the victims of the "
                     "attack. Soldiers attacked a village near the city, killing two men.")
    assert [(r["trigger_text"], r["sub_event_type"]) for r in rows] == [
        ("suicide bomber", "Suicide bomb"), ("attack", "Suicide bomb"),
        ("attacked", "Attack")]  # a new attack with its own actor keeps its type


def test_a_town_before_the_trigger_says_where(events_of):
    row = only(events_of("The Birmingham pub bombings changed the city forever, a survivor "
                         "in Dublin said."))
    assert row["location"] == "Birmingham"


@pytest.mark.parametrize("text, location", [
    # The event named in the sentence (a race, a festival) is held in the town that opens
    # its name, not at the last place the paragraph named.
    ("London has been on edge since. Police searched a flat in Croydon on Friday. Two "
     "homemade bombs were detonated near the finish line of the London Marathon on Sunday, "
     "killing two runners.", "London"),
    ("The band flew back to Boston on Monday. Organisers in Chicago said the stage was "
     "evacuated. A gunman opened fire on the crowd at the Boston Calling Music Festival, "
     "wounding four people.", "Boston"),
])
def test_a_named_occasion_says_where_when_the_sentence_names_no_place(events_of, text,
                                                                      location):
    row = next(r for r in events_of(text) if r["event_type"] != "Strategic developments")
    assert row["location"] == location


def test_a_town_in_the_name_of_whom_the_actor_serves_is_not_where(events_of):
    # The brigade is the bomber's, named in an apposition to him: it says who he is, not
    # where his bomb went off.
    row = only(events_of("Police in Manchester had been searching for him since June. "
                         "Officers raided a flat in Leeds on Friday. Walsh, a lieutenant in "
                         "the Manchester Brigade of the IRA, blew himself up while trying to "
                         "plant a bomb at a telephone exchange."))
    assert row["actor1"] == "Walsh" and row["location"] != "Manchester"


def test_a_generic_report_with_another_named_actor_is_another_event(events_of):
    rows = events_of("Pro-regime fighters were killed in Islamic State attacks near Palmyra, "
                     "prompting Russian airstrikes on Raqqa.")
    assert [(r["trigger_text"], r["actor1"], r["location"]) for r in rows] == [
        ("attacks", "Islamic State", "Palmyra"), ("airstrikes", "Russian", "Raqqa")]


@pytest.mark.parametrize("text, trigger, actor1", [
    # Fighters from a group named with its noun ("the group X") are the group's.
    ("Militants from the Baluch group Jaish al-Adl attacked a police station in Saravan late "
     "on Saturday.", "attacked", "Militants from the Baluch group Jaish al-Adl"),
    ("On Friday, Taliban gunmen and suicide bombers attacked a camp in Helmand.",
     "suicide bombers", "suicide bombers"),
    ("The attack in Madrid is widely believed to have been carried out by the separatist "
     "group ETA.", "attack", "separatist group ETA"),
    ("Police said Yusufu is believed to have detonated the bomb at the shrine in Bangkok.",
     "detonated", "Yusufu"),
    # A bare participle is what the passive's subject suffered: the victim did not act.
    ("A fisherman was found shot dead near the jetty in Lamu on Tuesday, police said.",
     "shot dead", None),
], ids=["group named with its noun", "agent noun", "passive it governs", "raised subject",
        "found shot dead"])
def test_actor_of_an_agent_noun_or_a_raising_verb(events_of, text, trigger, actor1):
    row = only(events_of(text))
    assert (row["trigger_text"], row["actor1"]) == (trigger, actor1)


@pytest.mark.parametrize("text, trigger", [
    # The span names what the attack was, not over what time it killed.
    ("Gunmen killed 12 villagers in Zamfara on Sunday, the deadliest attack this year.",
     "killed"),
    # A year back, in the past tense, one event.
    ("Last year, gunmen killed 40 worshippers at a church in Owo.", "killed"),
    # "In years" measures a superlative: one attack.
    ("Gunmen killed more than 150 people in attacks on villages in Bokkos, one of the "
     "deadliest episodes of violence in the state in years.", "killed"),
], ids=["deadliest this year", "last year", "deadliest in years"])
def test_one_event_beside_a_span_of_time(events_of, text, trigger):
    assert [r["trigger_text"] for r in events_of(text)] == [trigger]


@pytest.mark.parametrize("text, location", [
    # The model tags both villages' names people; "X village" says it is a town, more
    # precise than the state after it.
    ("Bandits stormed Unguwar Dan Halima village in Katsina state overnight, killing nine "
     "people.", "Unguwar Dan Halima"),
    ("Gunmen killed 12 villagers in an attack on Tungar Kwana village in Zamfara state on "
     "Sunday, police said.", "Tungar Kwana"),
    # A region's name before the town it describes is not the town's.
    ("An air strike on a market in the North Darfur town of Kabkabiya killed 35 people.",
     "Kabkabiya"),
    # The verb the trigger is joined to struck the village; the town is more precise than
    # the region after it, though the trigger's clause names neither.
    ("Dozens of settlers attacked the Palestinian village of Ras Karkar in the occupied West "
     "Bank on Friday, and a Palestinian man was shot dead during the rampage, the ministry "
     "said.", "Ras Karkar"),
    # "the city of X" says X is a town whatever the model tagged it (a person, a
    # product, or nothing), in a clause on the victims as much as on the trigger.
    ("Police opened fire on protesters who tried to storm a police office in the southern "
     "city of Janakpur on Friday, killing two people.", "Janakpur"),
    ("Soldiers shot dead two men who tried to cross the border near the town of Moyale on "
     "Friday.", "Moyale"),
], ids=["village struck", "attack on a village", "the region's town of", "joined verb",
        "a clause on the victims", "a product's label"])
def test_a_village_named_before_its_noun_is_where(events_of, text, location):
    assert only(events_of(text))["location"] == location


@pytest.mark.parametrize("text, trigger, location", [
    # A place said of another time, after "after" or "before", is the other event's.
    ("A week after the bombing in Kabul, gunmen shot dead four guards in Jalalabad.",
     "shot dead", "Jalalabad"),
    ("Two days after the raid on Bambari, militiamen killed three traders near Kouango.",
     "killed", "Kouango"),
    # The only place of the sentence still says where.
    ("Police arrested two men after a shootout in Lagos on Sunday.", "arrested", "Lagos"),
], ids=["after the bombing in", "after the raid on", "the only place"])
def test_a_place_of_another_time_is_not_where(events_of, text, trigger, location):
    row = next(r for r in events_of(text) if r["trigger_text"] == trigger)
    assert row["location"] == location


@pytest.mark.parametrize("text, location", [
    # One-word town names the model tags a group: after "in" on the trigger, and in a
    # phrase of place on what the trigger struck.
    ("On Saturday, security forces arrested in Niamey a journalist from a private radio "
     "station who had reported on jihadists near Abala, his employer said.", "Niamey"),
    ("On 19 November, armed men looted the health post in Gedamaytu, taking medicines.",
     "Gedamaytu"),
    ("The AAKG militiamen killed two Fulani herders near Djémah.", "Djémah"),
    # A name of two words tagged a person, near what the trigger struck.
    ("Three policemen were killed when a gang of armed robbers attacked a police picket "
     "near Durrani Mahar in the riverine area of Kashmore district late on Sunday.",
     "Durrani Mahar"),
    # A site "at" a name is at a place ("fired at X" is not).
    ("In March, an attack on an army base at Barkaram, on the lake, killed 40 soldiers.",
     "Barkaram"),
    # An apposition says the name is a village's: what was captured is a place, no actor.
    ("Troops have captured Balidhidin, one of the last villages held by the militants, after "
     "two days of fighting.", "Balidhidin"),
], ids=["on the trigger", "on the object", "near the object", "a person's two words",
        "a site at it", "one of the villages"])
def test_a_town_the_model_took_for_a_group_or_a_person_is_where(events_of, text, location):
    assert only(events_of(text))["location"] == location


def test_another_event_is_no_actor(events_of):
    row = only(events_of("A wave of attacks across Iraq on Monday killed 107 people."))
    assert (row["trigger_text"], row["actor1"]) == ("attacks", None)


@pytest.mark.parametrize("text", [
    "More than 23,000 people have been killed following a massive earthquake in Aceh.",
    "A storm killed six fishermen off Luzon on Monday.",
    "More than 140,000 people are estimated to have been killed since the start of the "
    "uprising against the government.",
    "More than 520 airstrikes since May have killed 229 civilians, the monitor said.",
    # A toll over a span of time: this year's, the past two years', the past month's.
    "Bandits have killed more than 2,600 people in the northwest this year, Amnesty said.",
    "Drone strikes have killed at least 300 civilians in Kunar over the past two years.",
    "Police have shot dead 45 suspects in the past month, a rights group said in Dhaka.",
    "Gunmen killed more than 400 farmers in Benue in recent months, officials said.",
    "Armed gangs have terrorised Zamfara for years, kidnapping villagers for ransom.",
    "Militias have expanded from the capital into the Centre region over the past three "
    "years, attacking towns, seizing farmland and blocking the main roads to the north.",
    "Mali has been caught since 2012 in a spiral of jihadist violence that has killed "
    "thousands of civilians and soldiers.",
    "Rights groups say at least 30 protesters were killed in the first days of the uprising.",
    "The army displayed grenade launchers and attack helicopters at the parade in Kabul.",
    "More than 3,000 people were killed for political reasons under General Ortega's "
    "regime, an official report says.",
    "Some 40,000 civilians were killed during the war, the commission said.",
    "The Pentagon barred the company from future rocket work after the audit.",
    # A disaster or a crash a clause under the verb tells, with no one said to have killed.
    "More than 2,000 people were killed and thousands left homeless after a cyclone struck "
    "the coast on Sunday.",
    "Six passengers were killed on the bus, which crashed into a ravine near the border.",
    "Aid agencies warned of disease after an earthquake and giant waves killed at least "
    "5,000 people on the coast.",
    # A storm by its name, with its word or named so elsewhere in the article.
    "Cyclone Idai killed more than 600 people in Mozambique.",
    "Hurricane Mitch struck Honduras in 1998. Mitch killed about 10,000 people, officials "
    "said.",
    # A fire that burned; a clause the parser hangs on the place of the fire.
    "A fire killed 25 people at a cafe in Beijing on Sunday.",
    "The blaze killed six people at a market in Lagos.",
    "Laws were tightened following a fire at one cafe that killed 25 people.",
    "Two fans were killed in a crush at the stadium gates last year.",
    # "The fire" burns too; a clause joined to one on the fire is the fire's.
    "Production at the copper mine was halted by the fire that trapped 40 miners and "
    "killed one.",
    # An explosion at works, or works that exploded.
    "Two workers were killed in an explosion and fire at the refinery on Monday.",
    "Seven miners were killed in an underground explosion at a colliery, the owners said.",
    "A grain silo in Omaha exploded today, leaving four injured.",
    "A boiler explosion killed three workers at the mill.",
    # A mine that yields a mineral is works; a rock fall in it is an accident.
    "Thirty four workers died in a methane gas explosion at a coal mine last Thursday.",
    "Six workers were killed and four injured in an underground rock fall at the gold mine "
    "today, the owners said.",
    # The parser hangs the works on the verb the explosion caused.
    "Thirty four workers died in methane gas explosion at a coal mine last Thursday.",
    # A misfortune that strikes (and, in the first, scenes a camera shot).
    "Tragedy struck the film's crew when one of its young actors, 15-year-old Piotr "
    "Malek, drowned in a lake where several scenes were shot.",
    "Disaster struck the expedition on Friday when two climbers fell to their deaths.",
    # Deaths no sentence explains, in a report of a disaster that names no violence.
    "Rescue teams reached the coast on Tuesday, two days after the tsunami. The worst-hit "
    "areas are the islands of the north, with at least 2,300 people killed. Aid agencies "
    "said fresh water was running short.",
    # A raid on a website or its servers (not on a "site", which is a military one as
    # often: "warplanes raided ISIL sites").
    "Last week Finnish police raided a file-sharing website that let 10,000 users swap "
    "pirated films.",
    "Police raided the servers of the forum and seized its records, killing its service.",
    # What happens every year; a toll since then on a noun joined to the verb's subject.
    "More than 300 farmers are killed in the region every year, the ministry says.",
    "Officials say at least nine people have been killed and 60 homes torched since then.",
], ids=["earthquake", "storm", "toll since", "strikes since", "toll this year",
        "toll over two years", "toll of the past month", "toll of recent months",
        "for years, kidnapping", "over three years, attacking, seizing",
        "violence that has killed", "first days of",
        "weapons named", "toll under",
        "toll during", "rocket work", "disaster in a clause", "crash in a clause",
        "disaster as a participle's noun", "named storm", "storm named before", "a fire",
        "blaze", "fire in a clause on its place", "crowd crush",
        "the fire that trapped and killed", "explosion and fire at works", "explosion at works",
        "works exploded", "works' explosion", "explosion at a coal mine", "rock fall",
        "works on the verb",
        "tragedy struck", "disaster struck",
        "deaths in a disaster's report", "raid on a website", "raid on servers",
        "every year", "since then on a joined noun"])
def test_disasters_tolls_and_harms_of_no_violence_are_no_events(events_of, text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", ["Sniper fire killed a boy in Aleppo on Monday.",
                                  "Israeli fire killed two Palestinians in Gaza.",
                                  "The fire of the rebels killed two soldiers."])
def test_guard_fire_that_is_shooting_kills(events_of, text):
    assert [r["trigger_text"] for r in events_of(text)] == ["killed"]


@pytest.mark.parametrize("text, trigger", [
    ("A bomb exploded at the factory gate, killing two guards.", "bomb"),
    ("An explosion at a police checkpoint killed three soldiers.", "explosion"),
    ("An explosion at a mine killed three soldiers near the border.", "explosion"),
    ("Two soldiers died in an explosion at a checkpoint on Monday.", "explosion"),
    ("A car bomb exploded outside the plant, killing two guards.", "car bomb"),
])
def test_guard_a_bomb_at_works_or_an_explosion_elsewhere_is_an_event(events_of, text,
                                                                      trigger):
    assert [r["trigger_text"] for r in events_of(text)] == [trigger]


def test_a_munition_fired_is_an_event_of_who_fired_it(events_of):
    row = only(events_of("Rebels fired mortar rounds at the base in Idlib on Monday."))
    assert (row["trigger_text"], row["actor1"]) == ("mortar", "Rebels")


def test_a_dated_reference_names_an_event_of_its_own(events_of):
    rows = events_of("A suicide bomber killed four soldiers in Kabul on Sunday. Relatives said "
                     "the 11 September attacks had changed the country.")
    assert [(r["trigger_text"], r["sub_event_type"], r["date_text"]) for r in rows] == [
        ("suicide bomber", "Suicide bomb", "Sunday"), ("attacks", "Attack", "11 September")]


def test_the_event_a_since_clause_tells_is_reported(events_of):
    row = only(events_of("Fighting has raged in Sirte since rebels attacked the city on "
                         "Monday, killing four soldiers."))
    assert (row["trigger_text"], row["actor1"], row["date_text"]) == ("attacked", "rebels",
                                                                      "Monday")


@pytest.mark.parametrize("row", rules.load("event_trigger_exclusions", (
    "trigger", "word", "relation", "example")), ids=lambda row: f"{row['trigger']} {row['word']}")
def test_each_trigger_exclusion_keeps_its_example_from_being_an_event(events_of, row):
    # Each example is written with a trigger word the table excludes there.
    article = f"Soldiers killed two rebels in Kabul on Sunday. {row['example']}."
    assert [r["trigger_text"] for r in events_of(article)] == ["killed"]


def test_killers_named_beside_a_crash_still_make_an_attack(events_of):
    row = only(events_of("Gunmen killed six passengers on the bus before it crashed into a "
                         "ravine near the border."))
    assert (row["trigger_text"], row["actor1"]) == ("killed", "Gunmen")
    # To storm a town is no storm.
    rows = events_of("Forty men were executed in the village of Tal Sabat when militants "
                     "stormed it last week.")
    assert "executed" in [r["trigger_text"] for r in rows]


@pytest.mark.parametrize("text, sub_event_types", [
    ("The army placed the opposition leader under house arrest on Monday.", ["Arrests"]),
    ("The general put three ministers under house arrest after the coup.", ["Arrests"]),
    ("The former president was kept under house arrest in the capital for a year.",
     ["Arrests"]),
    ("Officials confirmed her house arrest in the capital on Friday.", ["Arrests"]),
    ("Mr Ortiz spent six months in jail and was kept under house arrest until June.",
     ["Arrests"]),
    # The measure, not someone held.
    ("The bill would let ministers place terrorism suspects under house arrest without "
     "trial.", []),
    ("Campaigners say they oppose house arrest for asylum seekers.", []),
    ("Critics attacked plans for keeping UK and foreign terror suspects under house arrest.",
     []),
    ("Judges want oversight of all control orders, not just house arrest.", []),
])
def test_a_house_arrest_is_an_arrest_of_someone_named(events_of, text, sub_event_types):
    assert [r["sub_event_type"] for r in events_of(text)] == sub_event_types


def test_a_perfect_infinitive_reports_a_modal_perfect_does_not(events_of):
    assert events_of("Police said the man may have been detained in Oakland.") == []
    row = only(events_of("Police said the suspect is believed to have detonated the bomb "
                         "at the shrine in Bangkok."))
    assert row["trigger_text"] == "detonated"


def test_the_group_is_the_organisation_named_before_it(events_of):
    row = only(events_of("The government suspended talks with the National Liberation Army, "
                         "which is based in the mountains. A car bombing that killed 21 cadets "
                         "in Bogota was blamed on the group."))
    assert (row["trigger_text"], row["actor1"]) == ("bombing", "the National Liberation Army")
    # A group that names itself stays itself.
    row = only(events_of("The government suspended talks with the National Liberation Army. "
                         "A car bombing that killed 21 cadets in Bogota was blamed on an "
                         "armed group."))
    assert row["actor1"] == "armed group"


def test_an_event_said_to_happen_is_reported_when_the_article_reports_violence(events_of):
    rows = events_of("Gunmen killed four villagers in Zamfara on Sunday. There was an "
                     "explosion near the market. An attack took place at the checkpoint. "
                     "Just after midnight a wave of shooting broke out. Police removed the "
                     "cordon around the explosion area.")
    assert _triggers(rows) == ["killed", "explosion", "attack", "shooting", "explosion"]
    assert rows[2]["actor2"] is None  # "took place" names no target
    assert events_of("There was an explosion of interest in the shares. An attack of "
                     "nerves broke out.") == []


def test_an_event_someone_made_is_reported_when_the_article_reports_violence(events_of):
    rows = events_of("Gunmen killed four villagers in Zamfara on Sunday. Prosecutors have "
                     "accused the man of setting off an explosion in Kano on Monday.")
    assert [(r["trigger_text"], r["actor1"]) for r in rows] == [
        ("killed", "Gunmen"), ("explosion", "man")]
    assert events_of("The campaign launched attacks on the senator's record.") == []


def test_a_time_that_names_a_day_dates_the_event(events_of):
    row = only(events_of("Soldiers detained the general in Caracas on Monday night, the "
                         "ministry said on Tuesday.", "2018-08-08"))
    assert (row["date_text"], row["event_date"]) == ("Monday night", "2018-08-06")
    row = only(events_of("Gunmen killed two guards at about 8:30 p.m. in Kano."))
    assert row["date_text"] is None  # a clock time names no day


def test_a_relative_clause_gives_its_noun_as_actor_only_for_a_relative_pronoun(events_of):
    row = only(events_of("Militants, who seized the town of Palmyra on Sunday, paraded "
                         "through the streets."))
    assert row["actor1"] == "Militants"
    row = only(events_of("Thousands gathered for the race in Boston, where he and his "
                         "brother set off two bombs near the finish line, killing three "
                         "people."))
    assert (row["trigger_text"], row["actor1"]) == ("bombs", None)  # not "the race"


@pytest.mark.parametrize("text, sub_event_type", [
    ("Russian warplanes pounded rebel positions near Idlib on Monday.", "Air/drone strike"),
    ("Government artillery pounded the rebel-held district of Jobar on Monday.",
     "Shelling/artillery/missile attack"),
], ids=["from the air", "by artillery"])
def test_armed_forces_pounding_a_place_is_remote_violence(events_of, text, sub_event_type):
    row = only(events_of(text))
    assert (row["trigger_text"], row["sub_event_type"]) == ("pounded", sub_event_type)


def test_pounding_without_arms_is_no_event(events_of):
    assert events_of("The storm pounded the coast. Critics pounded the minister over the "
                     "budget.") == []


def test_a_country_far_from_the_trigger_is_no_sign_of_violence(events_of):
    # "Holland" is a player here, not the Netherlands' forces.
    assert events_of("Bartlett laid the ball off to Holland who buried his right-footed "
                     "strike.") == []
    row = only(events_of("Russian strikes on Raqqa continued on Monday."))
    assert (row["trigger_text"], row["actor1_kind"]) == ("strikes", "State forces")


@pytest.mark.parametrize("text, actor2", [
    ("Police broke up a protest outside parliament in Harare on Monday.", "Police"),
    ("The regime repressed demonstrations in Daraa on Friday.", "regime"),
], ids=["broke up", "repressed"])
def test_who_acts_on_a_protest_intervenes_and_does_not_protest(events_of, text, actor2):
    row = only(events_of(text))
    assert (row["sub_event_type"], row["actor1"], row["actor2"]) == (
        "Protest with intervention", None, actor2)
    # Who stages it protests.
    row = only(events_of("Students staged a protest outside the ministry in Nairobi."))
    assert (row["sub_event_type"], row["actor1"]) == ("Peaceful protest", "Students")


@pytest.mark.parametrize("text, trigger, actor1", [
    # The model reads "protested" after "Hundreds of people" as a participle said of them
    # ("people protested" as "people [who were] protested"): they protested all the same.
    ("Hundreds of people protested in Lagos on Monday against fuel prices.", "protested",
     "people"),
    ("Thousands of residents took to the streets of Goma on Friday to denounce the killings.",
     "took to the streets", "residents"),
    ("Dozens of nurses took to the streets in Lyon over pay.", "took to the streets",
     "nurses"),
], ids=["misread participle", "took to the streets", "took to the streets in"])
def test_people_who_protest(events_of, text, trigger, actor1):
    row = only(events_of(text))
    # What they protest against or over is no second actor.
    assert (row["trigger_text"], row["sub_event_type"], row["actor1"], row["actor2"]) == (
        trigger, "Peaceful protest", actor1, None)


@pytest.mark.parametrize("text", [
    "The decision was protested by several unions in Lagos.",
    "Thousands of supporters took to the streets of Madrid to celebrate the title.",
    "Supporters took to the streets of Naples in celebration after the final whistle.",
    "Supporters took to the streets of Accra to cheer the returning squad.",
], ids=["a thing protested", "celebrating", "in celebration", "to cheer"])
def test_no_protest_by_these_people(events_of, text):
    assert [r["sub_event_type"] for r in events_of(text)
            if r["event_type"] == "Protests"] == []


@pytest.mark.parametrize("text, actor1", [
    ("Ahmad Khan Rahimi pleaded not guilty on Thursday. Prosecutors say he set off an "
     "explosive device on a crowded street, injuring 31 people.", "Ahmad Khan Rahimi"),
    ("John Smith, 45, was arrested in Leeds on Monday. Police said he stabbed two men "
     "outside a pub.", "John Smith"),
    ("Maria Lopez was charged on Friday. She shot two guards at the bank in Seville, "
     "police said.", "Maria Lopez"),
    ("Dzhokhar Tsarnaev was sentenced to death. Thousands had come to the race in Boston, "
     "where he and his brother set off two bombs near the finish line.", "Dzhokhar Tsarnaev"),
])
def test_a_persons_pronoun_is_the_person_named_before(events_of, text, actor1):
    row = next(r for r in events_of(text) if r["event_type"] != "Strategic developments")
    assert row["actor1"] == actor1


def test_a_name_the_model_ran_into_the_trigger_ends_before_it(events_of):
    # Wires capitalise "Attack" after "U.S."; the model tags "U.S. Attack" an organisation.
    row = only(events_of("Iran said several people were injured in Monday's U.S. Attack on an "
                         "Iranian offshore oil site."))
    assert (row["trigger_text"], row["actor1"]) == ("Attack", "U.S.")


def test_an_object_pronoun_is_not_resolved_to_the_speaker_before_it(events_of):
    # "him" is Mr Obi, not his lawyer: the resolver follows subjects and speakers.
    row = only(events_of('Mr Obi said he was held for two years at the base. His lawyer Anna '
                         'Ruiz said: "We are hoping to sue the officials who colluded with the '
                         'Americans in effectively kidnapping him and taking him to the base."'))
    assert (row["trigger_text"], row["actor2"]) == ("kidnapping", None)


def test_an_organisation_that_says_it_attacked_is_the_actor(events_of):
    row = only(events_of("The militant group said it carried out the bombing in Kabul that "
                         "killed 12 people."))
    assert row["actor1"] == "militant group"


@pytest.mark.parametrize("text, location", [
    # the model tags the brother's given name a place
    ("Police said Ruslan Bakiev and Timur Bakiev planted the device. Ruslan, 24, and "
     "Timur, 26, set off two bombs at the market, killing five people.", None),
    # and a clock time a facility
    ("The bomb went off at 8.11pm in the crowded bar, killing four people, police in Leeds "
     "said.", "Leeds"),
])
def test_a_persons_name_or_a_time_is_no_place(events_of, text, location):
    assert only(events_of(text))["location"] == location


def test_people_the_model_tags_a_place_are_no_place(events_of):
    # "Gunmen" opening a sentence is a place to the model: not where a later event was.
    rows = events_of("Gunmen burst into a church on Sunday, killing 40 worshippers. Three "
                     "more people were shot dead at a nearby market an hour later.")
    assert [(r["trigger_text"], r["location"]) for r in rows] == [
        ("killing", None), ("shot dead", None)]


def test_a_later_event_is_where_the_first_was_not_where_the_reporter_filed(events_of):
    # The first event's town, tagged no place, not the dateline's, is where a later
    # sentence's event was.
    rows = events_of("QUITO, Ecuador (AP) — Gunmen burst into a funeral wake in the coastal "
                     "town of Puebloviejo, killing seven people.\n\nThe attack happened late "
                     "Sunday at a home where relatives had gathered, police said.")
    assert [r["location"] for r in rows] == ["Puebloviejo", "Puebloviejo"]


def test_a_town_the_model_once_tags_as_a_person_stays_a_place(events_of):
    # The model reads "Aleppo Diab" as one person's name.
    rows = events_of("Aleppo Diab said on Monday that the market was hit. Government "
                     "aircraft bombed a market in Aleppo, killing 12 people. Hospitals in "
                     "Aleppo are full.")
    assert rows and all(r["location"] == "Aleppo" for r in rows)


@pytest.mark.parametrize("sentence", [
    "The president condemned the attack.",
    "Police are investigating the bombing.",
    "Three soldiers survived the attack.",
    "Witnesses described the explosion as deafening.",
])
def test_who_speaks_of_or_survives_an_event_did_not_make_it(events_of, sentence):
    # The event named as known keeps the maker of the report before it, never the one who
    # speaks of it, investigates it or survives it.
    rows = events_of(f"A suicide bomber killed 12 people in Kabul on Monday. {sentence}")
    assert [r["actor1"] for r in rows] == ["suicide bomber", "suicide bomber"]


@pytest.mark.parametrize("text, actor1", [
    ("Islamic State claimed the attack on the checkpoint near Kirkuk, which killed four "
     "soldiers.", "Islamic State"),
    ("Rebels launched an offensive on the town of Idlib on Monday.", "Rebels"),
    ("Militants detonated a car bomb outside the governor's office in Mosul on Monday.",
     "Militants"),
    ("No group claimed the bombing in Quetta that killed nine people.", None),
    ("Russia has been waging a punishing bombing campaign in Syria for a year.", "Russia"),
    ("Kurdish fighters and government forces agreed a truce in Qamishli last week.",
     "Kurdish fighters"),
    ("The coalition's air force delivered a series of strikes on Raqqa on Sunday, killing 12 "
     "civilians.", "coalition's air force"),
])
def test_who_makes_launches_or_claims_an_event_is_its_actor(events_of, text, actor1):
    assert only(events_of(text))["actor1"] == actor1


def test_a_country_that_speaks_out_on_an_event_is_not_where(events_of):
    rows = events_of("A suicide bomber killed 12 soldiers in Kabul on Monday. The United "
                     "States condemns this cowardly attack on members of the Afghan forces.")
    assert [r["location"] for r in rows] == ["Kabul", "Kabul"]


def test_what_a_known_event_may_do_does_not_unsay_it(events_of):
    rows = events_of("Two bombs killed 40 people in Boston. Experts worry that the marathon "
                     "sidewalk bombing could mark a new chapter.")
    assert [(r["trigger_text"], r["actor2"]) for r in rows] == [
        ("bombs", "people"), ("bombing", None)]  # a chapter is no victim
    rows = events_of("Gunmen killed four people in Lagos. Another attack could happen at any "
                     "time, police warned.")
    assert _triggers(rows) == ["killed"]


def test_the_group_is_not_the_outlet_that_reports_on_it(events_of):
    rows = events_of("The New York Times reports that the city of Ramadi has fallen. Security "
                     "officials say that the militant group has begun executing people loyal "
                     "to the government.")
    assert next(r for r in rows if r["trigger_text"] == "executing")["actor1"] == "militant group"
    rows = events_of("The National Liberation Army (ELN) claimed the bombing of the police "
                     "academy in Bogota. Officials said the group has begun executing hostages.")
    assert {r["actor1"] for r in rows} == {"The National Liberation Army"}


def test_territory_taken_is_where_and_a_force_taken_is_whom(events_of):
    row = only(events_of("Islamic State militants later seized Malaab after government "
                         "forces withdrew from Ramadi."))
    assert (row["actor2"], row["location"]) == (None, "Ramadi")
    row = only(events_of("Kurdish fighters captured 20 Islamic State militants near Kobani."))
    assert row["actor2"] == "Islamic State militants"


def test_a_town_that_opens_the_events_name_says_where(events_of):
    # The model tags Boston in the first sentence, not inside the name in the second.
    rows = events_of("Two bombs exploded in Boston in April 2013. Three years on, survivors "
                     "of the Boston Marathon bombing met in Washington on Monday.")
    assert [(r["trigger_text"], r["location"]) for r in rows] == [
        ("bombs", "Boston"), ("bombing", "Boston")]


def test_a_country_before_a_compound_trigger_made_it(events_of):
    row = only(events_of("US drone strikes killed six militants in North Waziristan, officials "
                         "said."))
    assert (row["actor1"], row["actor1_kind"]) == ("US", "State forces")


@pytest.mark.parametrize("text", [
    "The businessman also attacked the government over Iraq and its response to the floods.",
    "The opposition leader attacked the administration for its handling of the economy.",
])
def test_words_against_a_government_are_no_attack(events_of, text):
    assert events_of(text) == []


def test_an_attack_on_government_forces_is_one(events_of):
    row = only(events_of("The government attacked rebel positions in Idlib with heavy "
                         "artillery."))
    assert row["actor1"] == "government"


@pytest.mark.parametrize("text", [
    # one official, not a force
    "The former police chief clashed on Thursday with a campaigner in Sunderland.",
    # a thing of the government's, not its forces
    "The shadow minister attacked government red tape and debt in his speech.",
    # a disaster a relative clause is on
    "Officials confirmed that 41 Britons died in the tsunami which struck south Asia on "
    "Boxing Day.",
])
def test_an_armed_word_that_names_no_force_is_no_sign_of_violence(events_of, text):
    assert events_of(text) == []


def test_harm_done_by_accident_is_no_attack(events_of):
    assert events_of("A soldier accidentally shot a comrade at the base in Kandahar, killing "
                     "him.") == []


@pytest.mark.parametrize("body, actor1", [
    # The tagger reads the group's abbreviation as the verb "is".
    ("IS fighters attacked an army checkpoint near Palmyra on Monday, killing 12 soldiers.",
     "IS fighters"),
    ("Eleven soldiers were killed in IS attacks near Deir ez-Zor on Tuesday.", "IS"),
])
def test_group_abbreviation_read_as_a_verb_is_the_actor(events_of, body, actor1):
    row = next(r for r in events_of(body) if r["trigger_text"] in ("attacked", "attacks"))
    assert row["actor1"] == actor1 and row["actor1_kind"] == "Rebel group"


def test_the_means_of_an_attack_is_not_its_target(events_of):
    # "were used in": what the attackers used, not whom they hit.
    row = only(events_of("Pressure cookers have been used in bomb attacks in Afghanistan, "
                         "killing dozens of people."))
    assert row["actor2"] is None and row["location"] == "Afghanistan"


def test_killed_in_an_attack_is_reported_by_the_attack(events_of):
    # The deaths are what the attack did: one event, named by its noun, which takes the
    # type of the bombing the article reported before.
    rows = events_of("A car bomb exploded outside an intelligence base in Maidan Shar on "
                     "Sunday. Officials said 40 members of the security forces were killed "
                     "in the complex attack.")
    assert [r["trigger_text"] for r in rows] == ["car bomb", "attack"]
    assert rows[1]["event_type"] == "Explosions/Remote violence"


@pytest.mark.parametrize("body, spread", [
    ("A wave of bombings across Iraq killed 40 people on Monday.", True),
    ("Militants carried out attacks throughout Afghanistan on Friday.", True),
    # Said of something else in the sentence, not of the strikes.
    ("The air strikes in Syria were meant to stop the group moving weapons throughout "
     "Syria, a spokesman said.", False),
    ("A car bomb exploded in Kirkuk on Monday, killing six people.", False),
    # Several countries at once.
    ("Pressure cookers were packed with nails for bomb attacks in Afghanistan, Pakistan and "
     "India that killed dozens of people.", True),
    # A list inside a name says nothing of where.
    ("Fighters of the Islamic State in Iraq and the Levant attacked a checkpoint, killing "
     "four soldiers.", False),
])
def test_event_spread_over_its_place(events_of, body, spread):
    row = events_of(body)[0]
    assert row["location"] in ("Iraq", "Afghanistan", "Syria", "Kirkuk")
    assert row["location_spread"] is spread


def test_a_name_followed_by_an_age_is_no_place(events_of):
    # The model tags the brother's given name a place; ", 19," is a person's age.
    row = only(events_of("The court heard that he and his brother, Tamerlan, 26, set off "
                         "two pressure-cooker bombs near the finish line."))
    assert row["location"] is None


def test_an_attack_something_was_used_for_happened(events_of):
    row = only(events_of("Two drones loaded with explosives were used to attack the president "
                         "during a parade in Caracas on Saturday."))
    assert row["trigger_text"] == "attack" and row["location"] == "Caracas"
    # A possible use is no attack.
    assert events_of("Drones loaded with explosives could be used to attack the president "
                     "during a parade in Caracas.") == []


def test_place_in_the_name_of_the_event(events_of):
    # The trial is in Denver; the bombing it is named for was in Oklahoma City.
    row = only(events_of("The Oklahoma City bombing trial opened in Denver on Monday."))
    assert row["location"] == "Oklahoma City"


@pytest.mark.parametrize("body, location", [
    # Whose, not where: a country or a group the model tags as a place.
    ("Russia regime strikes kill 47 in Deir ez-Zor, a monitor said.", "Deir ez-Zor"),
    ("A Daesh car bomb killed at least 26 people near the city of Raqqa on Friday.", "Raqqa"),
])
def test_a_place_word_before_an_indefinite_trigger_is_not_its_name(events_of, body, location):
    assert events_of(body)[0]["location"] == location


@pytest.mark.parametrize("body, on_trigger", [
    ("A chemical weapons attack in Syria killed dozens of people on Tuesday.", True),
    ("Air strikes on Raqqa killed 12 people, activists said.", True),
    # Where someone spoke, not where the attack was.
    ("An opposition leader said in Turkey that the attack had killed dozens of people.",
     False),
])
def test_place_said_on_the_trigger(events_of, body, on_trigger):
    row = events_of(body)[0]
    assert row["location"] in ("Syria", "Raqqa", "Turkey")
    assert row["location_on_trigger"] is on_trigger


@pytest.mark.parametrize("body, date_text", [
    # A year is a date the text gives, though coarser than any ACLED precision.
    ("Pressure cookers were used in the two bombs detonated at the marathon in 2013.", "2013"),
    # The date as written, without its article.
    ("He is not charged with taking part in the April 15, 2013, attack, which killed three "
     "people.", "April 15, 2013"),
])
def test_a_year_or_a_named_day_dates_the_event(events_of, body, date_text):
    row = events_of(body)[0]
    assert row["date_text"] == date_text
    if date_text == "2013":
        assert row["event_date"] is None and row["time_precision"] is None


@pytest.mark.parametrize("body", [
    "The Baath party in power since 1963 crushed the protests with military force.",
    "The clinic was levelled in the 11 pm (2000 GMT) strike, killing nine people.",
    "Fri Apr 29 2016 Kurdish fighters kill 83 militants near Afrin.",
    "The explosion, the first to hit the town since the outbreak of the war in 2011, killed "
    "a nurse.",
])
def test_a_year_that_is_no_date_of_the_event(events_of, body):
    assert events_of(body)[0]["date_text"] is None


def test_a_verb_coordinated_across_a_clause_has_its_own_subject(events_of):
    # The parse hangs "carried out" on "fell", whose subject is the town.
    row = next(r for r in events_of(
        "Ramadi fell a day after the Pentagon said Special Operations forces, flying in "
        "helicopters that took off from Iraq, carried out a raid in eastern Syria that "
        "killed an Islamic State leader.") if r["trigger_text"] == "raid")
    assert row["actor1"] != "Ramadi"


def test_a_raid_to_avoid_is_no_event(events_of):
    assert events_of("The militias were organised to avoid American bombing runs, officials "
                     "said.") == []


def test_an_act_managed_happened_and_a_known_attack_s_probe_reports_it(events_of):
    row = only(events_of("Syrian forces succeeded to kill 35 fighters in an ambush operation "
                         "near Douma on Monday."))
    assert row["trigger_text"] == "ambush"
    # The probe is planned; the attack it is of happened.
    assert events_of("The UN chief pushed Syria to allow a chemical attack probe after the "
                     "gas killed dozens of people.")


@pytest.mark.parametrize("text,location", [
    # The model tags these towns as people; a name in a phrase of place on the trigger is
    # where all the same.
    ("Four guards died in an ambush near Jisr al-Shughour on Friday.", "Jisr al-Shughour"),
    ("An air strike in Khan Sheikhoun killed 20 people.", "Khan Sheikhoun"),
    # Also inside a phrase naming the town ("the village of X") or a site in it.
    ("Government jets bombed the village of Kafr Nabudah in Hama province, killing six "
     "civilians.", "Kafr Nabudah"),
    ("An air strike on a bakery in Maaret al-Noman killed 9 people.", "Maaret al-Noman"),
    # The model tags this one a people ("Ma'arrat").
    ("Jets struck the town of Ma'arrat an-Nu'man in Idlib on Tuesday, killing 13 people.",
     "Ma'arrat"),
])
def test_a_town_the_model_took_for_a_person_is_where(events_of, text, location):
    assert only(events_of(text))["location"] == location


@pytest.mark.parametrize("text,site", [
    # An area is a site when a name says which ("in the area" says nothing).
    ("Two soldiers were killed in a gun battle between troops and gunmen in the Falls area "
     "on Sunday.", "the Falls area"),
    ("A bomb exploded in the area of Sixth Street on Friday, killing two people.",
     "the area of Sixth Street"),
    ("Gunmen killed two soldiers in the area on Sunday.", None),
    ("Rebels attacked army posts in remote areas of Syria on Sunday, killing two soldiers.",
     None),
    # The parser reads "compound killing" as a verb with the site its compound.
    ("Militants set off a car bomb outside a heavily guarded compound killing at least five "
     "people.", "compound"),
])
def test_a_site_named_or_misparsed(events_of, text, site):
    assert only(events_of(text))["site"] == site


@pytest.mark.parametrize("text,site", [
    # Where exactly, in the words of sport, homes, crowds and gatherings as well as war.
    ("Two bombs went off near the finish line of the city marathon, killing three people.",
     "the finish line"),
    ("Attackers threw a petrol bomb through the kitchen window of a family home in Derry on "
     "Saturday.", "the kitchen window"),
    ("A suicide bomber blew himself up in a crowd of worshippers in Kano, killing 15 people.",
     "a crowd"),
    ("Gunmen opened fire at a music festival in Las Vegas, killing 58 people.",
     "a music festival"),
    ("A grenade exploded on a crowded beach in Mogadishu, wounding six swimmers.",
     "a crowded beach"),
    ("Fighting raged along the front line near Bakhmut on Sunday, killing 12 soldiers.",
     "the front line"),
])
def test_a_site_of_everyday_life(events_of, text, site):
    row = events_of(text)[0]
    assert row["site"] == site


def test_a_facility_of_a_town_is_in_that_town(events_of):
    row = only(events_of("A bomb exploded in Baghdad's Tahrir Square on Friday, killing two "
                         "people."))
    assert (row["location"], row["site"]) == ("Baghdad", "Tahrir Square")


def test_a_country_that_owns_a_site_is_not_where(events_of):
    row = only(events_of("Rebels bombed two U.S. embassies in West Africa, killing 30 "
                         "people."))
    assert row["location"] == "West Africa"
    assert row["site"] == "two U.S. embassies" and row["actor2"] is None


def test_where_a_relative_clause_says_it_happened(events_of):
    row = only(events_of("Police reopened the crowded market where gunmen killed four "
                         "shoppers on Monday."))
    assert row["site"] == "the crowded market"


def test_the_site_of_an_event_a_copula_names(events_of):
    row = only(events_of("The Harbour Road bombing was an attack on 3 May 1981 at the Anchor "
                         "cafe in Calle Mayor, Madrid, that killed nine people."))
    assert (row["site"], row["location"]) == ("the Anchor cafe", "Madrid")


def test_who_took_part_in_an_event_is_no_victim_of_it(events_of):
    rows = events_of("Rebels shelled the town on Monday. Hezbollah fighters were involved in "
                     "the battle for the town, which killed 12 soldiers.")
    battle = next(r for r in rows if r["trigger_text"] == "battle")
    assert (battle["actor1"], battle["actor2"]) == ("Hezbollah fighters", None)


@pytest.mark.parametrize("body, n_reports", [
    # "they exploded": the bombs the article reported before, going off.
    ("Two bombs were left outside a bank in Leeds on Friday, injuring three people. Then "
     "for twenty minutes they exploded one after another.", 2),
    # In an article that reports no violence, "it exploded" is a figure of speech.
    ("Sales of the phone rose fast in Leeds on Friday, the company said. Then in May they "
     "exploded.", 0),
])
def test_an_explosion_whose_subject_is_a_pronoun_reports_the_articles_violence(
        events_of, body, n_reports):
    assert len(events_of(body)) == n_reports


@pytest.mark.parametrize("body", [
    # What they would do, or what was done to those it names, is no report.
    "A bomb killed two people in Leeds on Friday. Nor can one rely on taking the war to the "
    "terrorists before they attack.",
    "A bomb killed two people in Leeds on Friday. The group has lost the support of those "
    "it had attacked.",
])
def test_an_attack_by_a_pronoun_told_as_a_habit_or_a_relative_is_no_report(events_of, body):
    assert [r["trigger_text"] for r in events_of(body)] == ["bomb"]


@pytest.mark.parametrize("text, trigger, actor1", [
    # A third person in a quotation is someone the speaker talks about, not the speaker.
    ('"They shelled our homes all night," the mayor of Idlib said on Monday.', "shelled",
     None),
    # Outside a quotation the main clause's subject stands for it, as before.
    ("The army said it shelled rebel positions near Idlib on Monday.", "shelled", "army"),
])
def test_a_pronoun_in_a_quotation_is_not_its_speaker(events_of, text, trigger, actor1):
    row = next(r for r in events_of(text) if r["trigger_text"] == trigger)
    assert row["actor1"] == actor1 or (actor1 and actor1 in (row["actor1"] or ""))


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("Thousands of students protested peacefully outside parliament in Accra on Monday.",
     "Protests", "Peaceful protest"),
    ("Police fired tear gas at demonstrators in Nairobi on Monday.",
     "Protests", "Protest with intervention"),
    # Destruction by protesters is their violent demonstration, not a strategic
    # development.
    ("Protesters looted shops and set fire to cars in Lagos on Monday.",
     "Riots", "Violent demonstration"),
    ("Angry protesters ransacked the governor's office in Lagos on Monday.",
     "Riots", "Violent demonstration"),
    ("Demonstrators in several towns blocked roads, smashed windows and overturned "
     "vehicles on Sunday, newspapers in Algiers reported.", "Riots", "Violent demonstration"),
])
def test_a_protest_is_typed_by_what_the_sentence_says_happened(events_of, text, event_type,
                                                              sub_event_type):
    protests = [r for r in events_of(text) if r["event_type"] in ("Protests", "Riots")]
    assert [(r["event_type"], r["sub_event_type"]) for r in protests] == [
        (event_type, sub_event_type)]


def test_an_attack_with_a_bomb_is_an_explosion(events_of):
    # ACLED codes the means: an attack the sentence says bombs were used in is remote
    # violence, whoever it hit.
    rows = events_of("One of the bombs used in the attack on the square in Boston was made "
                     "from a pressure cooker.")
    assert [(r["trigger_text"], r["sub_event_type"]) for r in rows] == [
        ("attack", "Remote explosive/landmine/IED")]


def test_guard_a_shooting_listed_beside_a_bombing_stays_a_shooting(events_of):
    rows = events_of("Three attacks -- a car bomb, a roadside blast and a shooting -- in "
                     "Mosul left nine people dead on Monday.")
    shooting = next(r for r in rows if r["trigger_text"] == "shooting")
    assert shooting["sub_event_type"] == "Attack"


def test_bombs_dropped_by_warplanes_are_an_air_strike(events_of):
    rows = events_of("Regime warplanes dropped three bombs on the camp near Idlib on Monday.")
    assert [(r["trigger_text"], r["sub_event_type"]) for r in rows] == [
        ("bombs", "Air/drone strike")]


@pytest.mark.parametrize("text, trigger", [
    ("Army engineers defused a roadside bomb near Kandahar on Monday.", "defused"),
    ("Air defences intercepted two missiles over Riyadh on Sunday.", "intercepted"),
    # The weapons listed after the first are dismantled too.
    ("Engineering units dismantled explosive devices and landmines left in Aleppo.",
     "dismantled"),
])
def test_a_weapon_defused_or_intercepted_is_disrupted_weapons_use(events_of, text, trigger):
    # ACLED's strategic development for an attack prevented; the weapon itself, not used,
    # is no explosion.
    rows = events_of(text)
    assert [(r["trigger_text"], r["sub_event_type"]) for r in rows] == [
        (trigger, "Disrupted weapons use")]


@pytest.mark.parametrize("text", [
    "Police intercepted a phone call between the two suspects in Madrid.",
    "The negotiator defused the tension at the talks in Geneva on Monday.",
])
def test_guard_a_call_intercepted_or_tension_defused_is_no_event(events_of, text):
    assert events_of(text) == []


def test_a_weapon_something_was_done_to_is_no_weapon_used(events_of):
    # Joined to its verb in the passive, "destroyed" is what befell the rocket.
    assert events_of("An Atlas Centaur rocket carrying a military satellite went out of "
                     "control a minute after launch and was destroyed.") == []
    rows = events_of("A rocket was fired at the town of Sderot and destroyed two houses.")
    assert only(rows)["sub_event_type"] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text, sub_event_type", [
    ("The army carried out artillery strikes on rebel positions near Homs.",
     "Shelling/artillery/missile attack"),
    # Rockets may come from the air: warplanes make it an air strike.
    ("Warplanes launched rocket strikes on the town of Idlib.", "Air/drone strike"),
])
def test_strikes_by_guns_on_the_ground_are_shelling(events_of, text, sub_event_type):
    assert {r["sub_event_type"] for r in events_of(text)} == {sub_event_type}


def test_troops_that_strike_still_attack(events_of):
    row = only(events_of("Government troops struck a rebel camp near the border on Friday, "
                         "killing two fighters."))
    assert row["trigger_text"] == "struck"


def test_what_a_camera_shoots_is_no_shooting(events_of):
    # The killing is the village's event; the film was only shot there.
    rows = events_of("The director shot the film in the village where gunmen killed six "
                     "farmers in May.")
    assert [r["trigger_text"] for r in rows] == ["killed"]


def test_a_report_of_a_disaster_keeps_the_violence_it_reports(events_of):
    # The flood is background; gunmen are named, and so is a bombing.
    body = ("Gunmen killed six farmers near the town on Monday, weeks after the flood. "
            "A bomb exploded at the market the next day, killing four people.")
    rows = events_of(body)
    assert [r["trigger_text"] for r in rows] == ["killed", "bomb"]


@pytest.mark.parametrize("text", [
    "Rebels regained control of Kafranbel on Monday after heavy fighting.",
    "Islamic State militants recaptured the town of Tadmur on Sunday, a monitor said.",
])
def test_a_non_state_group_that_takes_a_place_back_overtakes_territory(events_of, text):
    assert only(events_of(text))["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_walkout_is_no_air_strike_but_an_air_strike_among_wages_is(events_of):
    # A bare "strike" among wages is a walkout (rules/event_trigger_exclusions.tsv,
    # relation "sentence"); the rule is for the trigger as the table writes it.
    assert events_of("Strikes against a government freeze on wages spread to most regions "
                     "of the country last week.") == []
    rows = events_of("An air strike hit the office that pays wages to civil servants, killing "
                     "six people.")
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"]


def test_a_strike_by_workers_is_a_walkout(events_of):
    # A plural of civilians as the strike's possessor or modifier (event_actors.tsv) says
    # who stopped work, though the sentence tells of deaths.
    for text in ("A teachers' strike spread to the whole country after riots that left 15 "
                 "people dead, the newspaper said.",
                 "The students strike closed the campus a week after riots that left 15 "
                 "people dead."):
        assert "strike" not in [r["trigger_text"] for r in events_of(text)]
    rows = events_of("US strikes killed 12 militants near the border on Monday.")
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"]
    # People who go or are "on strike".
    rows = events_of("Bank employees went on a one-day strike to draw attention to the fate of "
                     "three kidnapped colleagues.")
    assert [r["trigger_text"] for r in rows] == ["kidnapped"]
    rows = events_of("Dockers have been on strike since Monday, after riots that left 15 people "
                     "dead.")
    assert [r["trigger_text"] for r in rows] == ["riots"]
    for text in ("Jets carried out strikes on the town, killing 12 people.",
                 "The inquiry focused on strikes by US jets that killed 12 people in the town."):
        assert [r["trigger_text"] for r in events_of(text)] == ["strikes"]


@pytest.mark.parametrize("text", [
    # The gun is compounded on the missile: part of the trigger's own phrase.
    "Some officials fear that an off-the-shelf gun-missile combination could not be fielded "
    "quickly enough.",
    # A gun that qualifies a system is bought or built, not fired.
    "The army wants a more versatile combination gun and missile system mounted on a tracked "
    "vehicle.",
    "The army plans to buy a gun system and missiles next year.",
])
def test_arms_bought_or_built_show_no_violence(events_of, text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    # A weapon word on a warship, a battery or a motor is what carries or drives arms.
    "The navy will be supplied by three guided missile destroyers and two guided missile "
    "frigates.",
    "The tankers sailed past the rocket batteries and the missile batteries in the strait.",
    "The firm won a contract for rocket motors and missiles for the navy.",
])
def test_weapons_on_what_carries_them_show_no_violence(events_of, text):
    assert events_of(text) == []


def test_a_test_firing_is_no_attack(events_of):
    assert events_of("Iran has test-fired its newly acquired anti-ship missile in the strait "
                     "and set up two launching sites, a naval source said.") == []


def test_a_word_in_a_wires_angle_brackets_is_a_name(events_of):
    # "<MOB>" is Mobil's ticker, no mob.
    assert events_of("The oil companies, Amoco Corp <AN>, Exxon Corp <XON>, Mobil Corp <MOB> "
                     "and Shell said the ruling would cause staggering losses.") == []


def test_deaths_on_a_ship_that_sank_are_an_accident(events_of):
    assert events_of("The cargo ship sank off the coast early today and one of its eight crew "
                     "members was killed, a navy spokesman said.") == []
    # A drone loaded with explosives that crashes and explodes is a bomb's blast.
    rows = events_of("The first drone detonated near the parade. The second drone crashed and "
                     "exploded 400 meters away from the stage, and is the most likely cause of "
                     "the fire.")
    assert "exploded" in [r["trigger_text"] for r in rows]


def test_a_weapon_fired_beside_another_is_still_an_attack(events_of):
    row = only(events_of("Rebels fired a missile at the gun position on Monday."))
    assert (row["trigger_text"], row["actor1"]) == ("missile", "Rebels")


def test_a_trigger_joined_to_another_modifier_of_a_thing_names_the_thing(events_of):
    # "attack and reconnaissance aircraft": both words modify "aircraft" (attack aircraft).
    rows = events_of("Soldiers killed two rebels in Kabul on Sunday. The radars will be used "
                     "on a range of Navy attack and reconnaissance aircraft.")
    assert [r["trigger_text"] for r in rows] == ["killed"]


@pytest.mark.parametrize("text, sub_event_type", [
    ("Gunmen seized 20 students from a school in Kano on Monday.",
     "Abduction/forced disappearance"),
    ("Rebels captured 30 soldiers near the town of Kita on Monday.", "Armed clash"),
    # The head word names the place taken, whoever holds it; a group's name the parser made
    # the object is no people seized.
    ("Troops seized the rebel stronghold of Kita on Monday.", "Government regains territory"),
    ("US-backed and Kurdish-led militias captured IS’ last remaining territory in March.",
     "Non-state actor overtakes territory"),
])
def test_people_seized_are_no_territory_taken(events_of, text, sub_event_type):
    assert only(events_of(text))["sub_event_type"] == sub_event_type


def test_deaths_after_a_collapse_are_an_accident_but_the_strike_before_it_is_not(events_of):
    assert events_of("Seventeen people were killed and 22 are missing after a dam collapsed "
                     "following heavy rains in the south, the news agency said.") == []
    rows = events_of("Five people were killed when their house collapsed after an air strike "
                     "on the town.")
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"]


def test_a_government_that_protests_complains_and_students_who_protest_march(events_of):
    assert events_of("The French government strongly protests against the closing of the "
                     "ports to French fishing vessels.") == []
    rows = events_of("Students protested in the capital against the new law.")
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"]


def test_a_walkout_by_seamen_or_miners_and_rape_the_crop_are_no_violence(events_of):
    # A bare "strike" of workers (a compound "seamen", "miners") is a walkout, though a
    # country owns it; rape among oilseeds, or as a compound of "products", is the crop.
    for text in ("Brazil's seamen strike officially ended on Friday.",
                 "Britain's miners strike closed every pit in the valley.",
                 "Higher use of rape products lifted demand.",
                 "Crushings were soybean 65,759 tonnes, maize 6,058 tonnes and rape nil."):
        rows = events_of(f"Soldiers killed two rebels in Kabul on Sunday. {text}")
        assert [r["trigger_text"] for r in rows] == ["killed"], text
    # Their air strikes and rapes stay events.
    rows = events_of("Britain's air strike on the miners' camp killed four people.")
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"]
    rows = events_of("Soldiers raped women in the village, witnesses said.")
    assert [r["sub_event_type"] for r in rows] == ["Sexual violence"]


def test_a_demonstration_of_a_thing_shows_it(events_of):
    for text in ("In a demonstration of its speed, the company showed the new computer.",
                 "The navy paid for the development and demonstration of a prototype.",
                 "The regulator asked for a more thorough demonstration of the valve's "
                 "reliability."):
        rows = events_of(f"Soldiers killed two rebels in Kabul on Sunday. {text}")
        assert [r["trigger_text"] for r in rows] == ["killed"], text
    # One of people, or of a stance, is a protest.
    for text in ("A demonstration of 5,000 farmers blocked the roads in the capital.",
                 "A demonstration of students turned violent in the capital.",
                 "Police broke up a demonstration of support for the jailed leader."):
        assert [r["event_type"] for r in events_of(text)] == ["Protests"], text


def test_demonstration_trials_and_shelled_peanuts_are_no_events(events_of):
    # rules/event_trigger_exclusions.tsv: a trial run, a crop.
    for text in ("The firm said demonstration trials of the plant start in May.",
                 "The state raised purchase prices of corn and shelled peanuts."):
        rows = events_of(f"Soldiers killed two rebels in Kabul on Sunday. {text}")
        assert [r["trigger_text"] for r in rows] == ["killed"], text
    rows = events_of("Troops shelled the town on Monday, killing four people.")
    assert [r["sub_event_type"] for r in rows] == ["Shelling/artillery/missile attack"]


def test_the_dateline_town_is_no_place_of_a_later_report_once_the_lead_names_one(events_of):
    # Filed from Amman, about Saraqib: a paragraph that names no place is of the lead's town.
    rows = events_of("AMMAN, March 3 (Reuters) - Jets struck a crowded market in the town of "
                     "Saraqib on Tuesday, killing nine people.\n\nWitnesses said the jets "
                     "carried out four raids on the market.")
    assert {r["location"] for r in rows} == {"Saraqib"}


def test_an_undated_dateline_town_is_no_actor(events_of):
    rows = events_of("SRINAGAR, India (AP) — Gunmen shot dead two labourers in an orchard in "
                     "Shopian district on Sunday, police said.")
    assert [r["actor1"] for r in rows] == ["Gunmen"]


def test_a_war_or_an_insurgency_that_has_killed_is_a_toll_not_an_event(events_of):
    rows = events_of("The insurgency in the south has killed more than 9,000 people.")
    assert rows == []
    # A "since" on a verb joined to the trigger's.
    rows = events_of("Clashes in the province have killed 300 people and displaced 20,000 "
                     "since January.")
    assert rows == []
    # Its verb in a relative clause: "that" stands for the war.
    assert events_of("The northern region has been torn since 2019 by a rebellion that has "
                     "killed more than 3,000 civilians.") == []
    assert events_of("Farmers fled a conflict which has killed 12,000 people in the north.") \
        == []
    # Not a clause on an attack: the attack is the event.
    rows = events_of("Gunmen carried out an attack that killed 14 people in the market on "
                     "Sunday.")
    assert rows and rows[0]["sub_event_type"] == "Attack"


def test_fighting_that_broke_out_between_two_forces_is_a_clash_of_both(events_of):
    row = only(events_of("Heavy fighting broke out between army troops and Houthi rebels near "
                         "the town of Harib late on Friday."))
    assert (row["sub_event_type"], row["actor1"], row["actor2"]) == (
        "Armed clash", "army troops", "Houthi rebels")


def test_people_who_rallied_or_are_dispersed_protesting_protest(events_of):
    row = only(events_of("Thousands of students rallied outside the parliament in Dhaka on "
                         "Monday to demand new elections."))
    assert row["event_type"] == "Protests"
    row = only(events_of("Riot police used tear gas to disperse hundreds of farmers protesting "
                         "outside the ministry in Nairobi on Monday."))
    assert (row["event_type"], row["actor1"]) == ("Protests", "farmers")
    # Not shares, nor a team.
    assert events_of("Shares rallied in Tokyo on Monday after the vote.") == []
    assert events_of("The visitors rallied in the second half to win 3-2 on Sunday.") == []


def test_a_rebel_army_by_name_takes_territory_as_a_non_state_actor(events_of):
    # rules/event_actors.tsv names the group; its name says more than its head word "army".
    row = only(events_of("The Kachin Independence Army seized a military post near the town "
                         "of Laiza on Sunday."))
    assert (row["actor1"], row["sub_event_type"]) == (
        "The Kachin Independence Army", "Non-state actor overtakes territory")
    row = only(events_of("The army recaptured the town of Laiza from rebels on Sunday."))
    assert row["sub_event_type"] == "Government regains territory"


def test_a_place_compounded_on_its_unit_is_where_and_the_town_beats_the_province(events_of):
    # "the Dujail district": the name holds the district's role ("in"), not a modifier's.
    row = only(events_of("A roadside bomb struck an army convoy in the Dujail district, about "
                         "60 km north of Baghdad, on Sunday, killing three soldiers."))
    assert row["location"] == "Dujail"
    # Two places that say where: the town, not its state.
    row = only(events_of("Gunmen stormed a church in the town of Kafanchan in Kaduna state on "
                         "Friday and abducted at least 30 worshippers."))
    assert row["location"] == "Kafanchan"


def test_fighters_from_a_named_group_are_that_group(events_of):
    # rules/event_actors.tsv names the group in the "from" phrase: whose fighters.
    row = only(events_of("Fighters from the Islamic State group attacked an army post near "
                         "the town of Sukhnah on Monday, killing six soldiers."))
    assert row["actor1"] == "Fighters from the Islamic State group"
    # A place after "from" is where they came from, no part of who they are.
    row = only(events_of("Gunmen from Niger attacked a village near the border on Monday, "
                         "killing six people."))
    assert row["actor1"] == "Gunmen"


@pytest.mark.parametrize("text", [
    "Troops shelled the Ukrainian city of Nikopol on Friday, wounding four.",
    "Shelling hit the Ukrainian city of Nikopol, killing two.",
    "Two civilians died in shelling of the Ukrainian city of Nikopol."])
def test_the_town_named_after_its_noun_not_the_word_before_it(events_of, text):
    # The model tags "Ukrainian" a place and the town's name an organisation: "the X city
    # of Y" happened in Y.
    assert [r["location"] for r in events_of(text)] == ["Nikopol"]


def test_a_district_named_before_its_noun_stays_the_place(events_of):
    # "the Guzara district of Herat": the district's own name, more precise than its province.
    rows = events_of("A gunman opened fire on worshippers at a mosque in the Guzara district "
                     "of Herat on Friday, killing six.")
    assert [r["location"] for r in rows] == ["Guzara"]


@pytest.mark.parametrize("text, actor1", [
    # A group's initials the model tagged nothing, before a noun or a gerund trigger.
    ("On Saturday, RSF shelling killed five people in El Fasher, the health ministry said.",
     "RSF"),
    ("On Friday, ADF raids killed 14 villagers in Beni territory.", "ADF"),
    # An armed force's adjective.
    ("A military air strike hit a school in Sagaing on Monday, killing nine pupils.",
     "military"),
    # The group that says its own fighters did it.
    ("The Taliban said their fighters attacked a checkpoint in Kunduz, killing six police "
     "officers.", "Taliban"),
    # An army or a country that says its aircraft struck.
    ("The army said its aircraft struck rebel positions near Kutum on Saturday.", "army"),
    ("Turkey said its jets struck militant positions near Zakho on Monday.", "Turkey"),
    # Another report of the same event in the clause names who claimed it.
    ("A suicide car bombing killed 15 people at a market in Baidoa on Sunday, an attack "
     "claimed by al-Shabaab.", "al-Shabaab"),
    ("The toll from a car bombing in Afgoye rose to 11 on Tuesday, two days after the attack "
     "claimed by al-Shabaab.", "al-Shabaab"),
])
def test_who_made_an_event_from_the_words_around_it(events_of, text, actor1):
    assert [r["actor1"] for r in events_of(text)] == [actor1]


def test_a_weapons_initials_name_no_actor(events_of):
    assert [r["actor1"] for r in events_of(
        "An IED attack killed two soldiers near the border on Monday.")] == [None]


def test_the_attack_a_clause_names_as_known_is_its_event(events_of):
    # "the attack claimed by al-Shabaab" is the bombing the clause reports, not another
    # event: one report, with the group that claimed it.
    rows = events_of("The number of dead from a car bombing in the town of Afgoye rose to 11 "
                     "on Tuesday, a police officer said, two days after the attack claimed by "
                     "the al-Shabaab militants.")
    assert [(r["trigger_text"], r["actor1"]) for r in rows] == [
        ("bombing", "al-Shabaab militants")]


def test_force_against_demonstrators_is_excessive_force_against_protesters(events_of):
    # ACLED: protesters the authorities kill or wound; not an attack on civilians.
    rows = events_of("Riot police opened fire on protesters outside the governor's office in "
                     "Sokoto on Friday, killing three.")
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [
        ("Protests", "Excessive force against protesters")]


def test_a_mob_is_who_did_it(events_of):
    rows = events_of("A mob lynched two men accused of cattle theft in a village near Oaxaca "
                     "on Sunday night.")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [("Mob violence", "mob")]


def test_a_judgement_of_an_attack_names_no_actor(events_of):
    # "terrorist attacks" feared or in general name no one who made them, and no event.
    assert events_of("The drone found on the roof raised fears of possible terrorist attacks "
                     "using small unmanned aircraft, officials said.") == []


def test_what_a_protest_is_against_is_not_who_protests(events_of):
    rows = events_of("Thousands joined anti-government protests in the capital on Friday.")
    assert [r["actor1"] for r in rows] == [None]


@pytest.mark.parametrize("text, sub_event_type", [
    # What struck from the air, whoever sent it.
    ("Two men were killed on Friday when a drone struck their pickup truck outside Marib.",
     "Air/drone strike"),
    ("Late on Sunday, Russian drones attacked Odesa, wounding four people.",
     "Air/drone strike"),
    ("A police post was attacked by drones overnight near Kursk.", "Air/drone strike"),
    # An air force is no army in a clash with the camps it bombs.
    ("The Pakistani Air Force struck militant camps near the border on Sunday.",
     "Air/drone strike"),
    ("The Syrian Air Force pounded rebel positions near Idlib on Monday, killing 12 fighters.",
     "Air/drone strike"),
    # Shells that hit, like rockets and mortars.
    ("Four people were killed on Tuesday when army shells hit a market in Kadugli.",
     "Shelling/artillery/missile attack"),
])
def test_how_an_attack_was_made(events_of, text, sub_event_type):
    assert sub_event_type in [r["sub_event_type"] for r in events_of(text)]


def test_a_company_named_like_a_weapon_is_no_event(events_of):
    assert events_of("Shell said the spill killed fish along 20 km of the coast.") == []


def test_an_aircraft_shot_down_makes_no_air_strike(events_of):
    # What was struck is no striker: the helicopter did not strike from the air.
    rows = events_of("Two pilots were killed when their helicopter was shot down by rebels "
                     "east of the city on Tuesday.")
    assert "Air/drone strike" not in [r["sub_event_type"] for r in rows]


@pytest.mark.parametrize("text, initials", [
    ("Two boys were wounded when RPG shells hit their house in Daraa on Monday.", "RPG"),
    ("Russian forces struck Kherson with KAB bombs on Sunday, killing two.", "KAB")])
def test_initials_before_a_weapon_name_its_type_not_who_fired_it(events_of, text, initials):
    assert initials not in [r["actor1"] for r in events_of(text)]


def test_a_date_a_month_or_more_back_is_the_events_date_as_written(events_of):
    # Vaguer than ACLED's month when no publication date resolves it, but a date the text
    # gives, which tells this killing from one of the past week.
    rows = events_of("On Christmas Eve last year, gunmen killed more than 150 people in "
                     "villages near Bokkos.")
    assert [(r["date_text"], r["time_precision"]) for r in rows] == [
        ("Christmas Eve last year", None)]
    assert [r["date_text"] for r in events_of(
        "Gunmen have killed 12 people in the area in recent years.")] in ([], [None])


def test_a_suicide_bomber_is_no_bomber_aircraft(events_of):
    rows = events_of("A suicide car bomber killed at least 11 people at a market in Baidoa on "
                     "Sunday, police said.")
    assert [r["sub_event_type"] for r in rows] == ["Suicide bomb"]


@pytest.mark.parametrize("text, actor1", [
    ("Late on Friday, Ukrainian drones attacked the town of Valuyki, killing one civilian.",
     "Ukrainian drones"),
    ("Turkish artillery shelled two villages near Zakho on Tuesday, residents said.",
     "Turkish artillery"),
    # Who made the drones did not fire them.
    ("Iranian-made drones struck the city overnight, wounding six people.", None),
])
def test_a_weapon_a_people_qualifies_is_their_forces(events_of, text, actor1):
    assert [r["actor1"] for r in events_of(text)] == [actor1]


def test_who_claimed_an_attack_a_later_sentence_names_as_known(events_of):
    # "the attack claimed by X" in a sentence that reports an event of its own (arrests)
    # names who made the bombing reported before.
    rows = events_of("A bomb exploded at a bus station in Kano on Monday, killing nine people. "
                     "Police arrested two men on Tuesday over the attack claimed by the Ansaru "
                     "group.")
    assert [(r["trigger_text"], r["actor1"]) for r in rows] == [
        ("bomb", "Ansaru group"), ("arrested", "Police")]


def test_people_who_say_their_guards_acted_are_not_a_group_of_them(events_of):
    # Only a group the model names stands for "its fighters"; villagers' guards are guards.
    rows = events_of("The villagers said their guards killed two raiders on Sunday.")
    assert [r["actor1"] for r in rows] == ["their guards"]


def test_a_toll_over_time_in_the_sentence_is_not_the_events_count(events_of):
    # The sentence's other count is of many raids over months: only the attack's 12 is its.
    row = only(events_of("Gunmen killed 12 people in an attack on a village in Borno state "
                         "on Sunday, the latest in a wave of raids that have killed more "
                         "than 400 people in the region in recent months."))
    assert len(row["figure_ids"]) == 1
    row = only(events_of("Bandit raids and reprisal killings between herders and farmers "
                         "have killed hundreds of people in recent years, and 14 villagers "
                         "were shot dead in an attack on Sunday."))
    assert len(row["figure_ids"]) == 1
    # Two counts of the one attack both stay.
    row = only(events_of("Gunmen killed 12 people and wounded 30 others in an attack on a "
                         "village in Borno state on Sunday."))
    assert len(row["figure_ids"]) == 2


@pytest.mark.parametrize("later, counted", [
    ("A doctor at the hospital said that two of the wounded had died, bringing the toll to "
     "11.", True),
    ("The death toll has risen to 14, officials said on Wednesday.", True),
    # A toll of something else the sentence names.
    ("The death toll from last week's floods in the north has risen to 30.", False),
    # A count with no toll is not said to be the attack's.
    ("Fourteen people died in road accidents in the province last month.", False),
])
def test_a_risen_toll_is_the_count_of_the_event_before_it(events_of, later, counted):
    row = only(events_of("A suicide bomber blew himself up at a checkpoint in the town of "
                         f"Balad on Tuesday, killing nine people.\n\n{later}"))
    assert len(row["figure_ids"]) == (2 if counted else 1)


@pytest.mark.parametrize("later, attached", [
    ("Nobody was hurt, a council official said.", 1),
    # Of the event however far after it, when no other event came between.
    ("The mayor said the men carried away computers and files. No casualties were "
     "reported.", 1),
    # A number in a sentence with no event may be of another episode: not attached.
    ("Three guards were treated in hospital for burns last month.", 0),
])
def test_a_later_sentence_saying_nobody_was_harmed_is_the_events_toll(events_of, later,
                                                                      attached):
    row = only(events_of("Gunmen attacked the council secretariat in Akinima on Thursday "
                         f"and set part of the building on fire.\n\n{later}"))
    assert len(row["figure_ids"]) == attached


def test_who_ran_into_a_laid_device_did_not_set_it(events_of):
    row = only(events_of("On Monday, an army convoy escorting food trucks to Djibo struck an "
                         "explosive device near Bourzanga, killing four soldiers."))
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"
    assert row["actor1"] is None


@pytest.mark.parametrize("text, trigger", [
    # A count of days before "after" or "later" dates the event; it spans no time.
    ("The raids came two days after gunmen attacked a police post near Wana, killing six "
     "officers.", "attacked"),
    ("He was wounded in a shootout with police in Leeds two days after the bombing.",
     "bombing"),
])
def test_days_after_an_event_date_it_and_span_no_time(events_of, text, trigger):
    assert trigger in [r["trigger_text"] for r in events_of(text)]


@pytest.mark.parametrize("text", [
    # Workers said to be demonstrating are protesters, and shots to disperse a crowd are
    # force against protesters, whatever the words for them.
    "Police opened fire on bus drivers demonstrating over unpaid wages in Kumasi on Monday, "
    "killing two.",
    "Two people were killed in Mahajanga on Friday when police opened fire to disperse "
    "demonstrators angry at water cuts.",
])
def test_fire_on_people_demonstrating_is_excessive_force(events_of, text):
    fired = next(r for r in events_of(text) if r["trigger_text"] == "opened fire")
    assert fired["sub_event_type"] == "Excessive force against protesters"


def test_a_protest_said_to_be_peaceful_stays_so(events_of):
    rows = events_of("In Bursa, several thousand opposition supporters rallied peacefully "
                     "outside the town hall on Friday, and in Konya a group of protesters hurled "
                     "stones at police outside the court.")
    rally = next(r for r in rows if r["trigger_text"] == "rallied")
    assert rally["sub_event_type"] == "Peaceful protest"


def test_growers_who_march_are_people_protesting(events_of):
    row = only(events_of("Hundreds of cocoa growers marched through the centre of Daloa on "
                         "Saturday to demand better prices."))
    assert (row["event_type"], row["actor1"]) == ("Protests", "cocoa growers")


@pytest.mark.parametrize("text, sub_event_type, actor1", [
    # Setting fire to property is its destruction, by whoever set it; demonstrators who do
    # it riot.
    ("On Monday, settlers set fire to three cars in the village of Burin, the news agency "
     "said.", "Looting/property destruction", "settlers"),
    ("Suspected rebels set fire to a bulldozer at a road construction site near Catarman.",
     "Looting/property destruction", "Suspected rebels"),
    ("Protesters set fire to tyres on the main road in Kisumu on Monday.",
     "Violent demonstration", "Protesters"),
])
def test_setting_fire_to_property_destroys_it(events_of, text, sub_event_type, actor1):
    row = only(events_of(text))
    assert (row["trigger_text"], row["sub_event_type"], row["actor1"]) == (
        "set fire", sub_event_type, actor1)


@pytest.mark.parametrize("text, protest", [
    # People who gather peacefully, or to demand or protest, protest.
    ("On Monday evening, several hundred people gathered peacefully outside the police "
     "station in Lyon.", True),
    ("Relatives assembled outside the court in Lahore on Friday to demand a fair trial.", True),
    # Not people gathered for anything else, nor officials.
    ("Families gathered in Lahore on Friday for the funeral of the three victims.", False),
    ("Ministers gathered in Brussels on Friday to discuss the budget.", False),
])
def test_people_who_gather_to_demand_protest(events_of, text, protest):
    rows = events_of(text)
    assert [r["event_type"] for r in rows] == (["Protests"] if protest else [])


@pytest.mark.parametrize("text, date_text", [
    # A distance from another event is the event's date as written.
    ("Two days earlier, a shepherd was shot dead by gunmen near Rastan.", "Two days earlier"),
    ("A day earlier, Pakistani forces fired mortar shells into Dand-e-Patan, killing a boy.",
     "A day earlier"),
    # Not a span of days with no event to count from.
    ("Gunmen killed five people in Kano who had been held for two days.", None),
])
def test_a_distance_from_another_event_dates_the_event(events_of, text, date_text):
    row = only(events_of(text))
    assert (row["date_text"], row["event_date"]) == (date_text, None)


@pytest.mark.parametrize("text, actor2", [
    # An attack on what a force holds is a battle with that force.
    ("Armed youth attacked positions of the national army in Nasir early on Saturday.",
     "national army"),
    ("Militants attacked a security post near Wana on Tuesday, killing four soldiers.",
     "security post"),
    # Who fought an attack off fought it.
    ("Police repelled an attack by gang members in Mirebalais on Sunday.", "Police"),
])
def test_an_attack_on_a_force_or_fought_off_by_one_is_a_battle(events_of, text, actor2):
    row = next(r for r in events_of(text) if r["trigger_text"] in ("attacked", "attack"))
    assert (row["event_type"], row["actor2"]) == ("Battles", actor2)


@pytest.mark.parametrize("text, sub_event_type", [
    # A fire set that killed people is an attack on them.
    ("Troops set fire to the village of Hnget Pyaw Taw on Saturday, killing three residents.",
     "Attack"),
    # Communities that clash are mobs.
    ("Members of two communities clashed during a religious procession in Bhiwandi on "
     "Sunday, leaving one man dead.", "Mob violence"),
])
def test_deadly_arson_is_an_attack_and_communal_clashes_mob_violence(events_of, text,
                                                                      sub_event_type):
    assert only(events_of(text))["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("text, event", [
    # Done to death, whoever the victim: a named man, a driver beaten.
    ("On Saturday, Joseph Mukasa, a party organiser, was stabbed to death by unknown "
     "assailants near his home in Luweero.", True),
    ("Militiamen beat a motorcycle taxi driver to death in Rutshuru on Sunday.", True),
    # To beat a team or a player is no violence.
    ("Nadal beat Federer in the final in Paris on Sunday.", False),
])
def test_what_is_done_to_death_is_an_attack(events_of, text, event):
    assert [r["sub_event_type"] for r in events_of(text)] == (["Attack"] if event else [])


@pytest.mark.parametrize("text, event", [
    # Tear gas fired on a crowd is a protest met with force.
    ("On Friday, police fired tear gas to disperse opposition supporters who had gathered "
     "outside the party offices in Jinja.", True),
    # Not tear gas for sale.
    ("The shop in Jinja sells tear gas canisters and pepper spray.", False),
])
def test_tear_gas_fired_is_a_protest_with_intervention(events_of, text, event):
    rows = [r for r in events_of(text) if r["trigger_text"] == "tear gas"]
    assert [r["sub_event_type"] for r in rows] == (
        ["Protest with intervention"] if event else [])


def test_a_distance_from_a_dated_event_counts_from_its_day(events_of):
    # Published on a Tuesday: "on Monday" is 2025-06-09; "two days earlier" the 7th.
    rows = {r["trigger_text"]: r for r in events_of(
        "Gunmen killed six villagers in Dogon Daji on Monday, police said. Two days earlier, "
        "bandits abducted 12 farmers near Gusau.", published_at="2025-06-10")}
    assert rows["killed"]["event_date"] == "2025-06-09"
    assert (rows["abducted"]["date_text"], rows["abducted"]["event_date"]) == (
        "Two days earlier", "2025-06-07")


def test_violence_that_killed_on_a_day_is_an_event(events_of):
    # Violence that has killed is a toll over time; violence that killed, an event.
    row = only(events_of("The violence that killed five people in Jos on Sunday was the worst "
                         "in months."))
    assert (row["trigger_text"], row["location"]) == ("killed", "Jos")


@pytest.mark.parametrize("text", [
    "No one was killed, the official said.",
    "No one was abducted from the school in Kebbi, the governor said.",
    "Nobody was hurt in the fire, the police said.",
])
def test_a_harm_done_to_nobody_is_no_event(events_of, text):
    assert events_of(text) == []


def test_a_risen_toll_is_the_count_of_the_ledes_event_not_of_one_in_passing(events_of):
    rows = events_of("A suicide bomber blew himself up at a checkpoint in the town of Balad "
                     "on Tuesday, killing nine people.\n\nOn Monday, gunmen ambushed a police "
                     "patrol near Samarra.\n\nThe death toll has risen to 14, officials said.")
    bombing = next(r for r in rows if r["sub_event_type"] == "Suicide bomb")
    ambush = next(r for r in rows if r["trigger_text"] == "ambushed")
    assert len(bombing["figure_ids"]) == 2 and ambush["figure_ids"] == []


@pytest.mark.parametrize("body, sub_event_type", [
    # Petrol bombs are a riot's weapon; a bomb thrown by hand a grenade; a guided or aerial
    # bomb came from an aircraft.
    ("Police officers were attacked with petrol bombs, bricks and fireworks during a night of "
     "disorder in Portadown on Friday.", "Violent demonstration"),
    ("Men on motorbikes hurled crude bombs at the house of a candidate in Bhagwangola on "
     "Saturday night.", "Grenade"),
    ("A Russian guided aerial bomb hit the village of Velyka Pysarivka on Saturday, wounding "
     "six people.", "Air/drone strike"),
    # Demonstrators or rival supporters who clash riot; they fight no armed battle.
    ("Protesters clashed with police at a road blockade near Parotani on Wednesday.",
     "Violent demonstration"),
    ("Police clashed with protesters at a road blockade near Parotani on Wednesday.",
     "Violent demonstration"),
    ("Supporters of the two parties clashed in the village of Raninagar on Sunday, leaving "
     "one man dead.", "Mob violence"),
    # Armed men who clash fight a battle; a bomb planted is still an explosive device.
    ("Soldiers clashed with rebels near the village of Raninagar on Sunday.", "Armed clash"),
    ("A bomb planted under a car exploded in Portadown on Friday.",
     "Remote explosive/landmine/IED"),
])
def test_the_means_and_the_sides_decide_the_sub_event_type(events_of, body, sub_event_type):
    assert only(events_of(body))["sub_event_type"] == sub_event_type


def test_a_name_in_apposition_before_a_region_is_the_town_of_the_event(events_of):
    # The model tags Bawku an organisation; ", in the Upper East Region" says it is a town.
    rows = events_of("Five people were shot dead on Monday as gunmen exchanged fire in "
                     "Bawku, in the Upper East Region, police said.")
    assert {row["location"] for row in rows} == {"Bawku"}
    # An organisation with no place after it is no town.
    row = only(events_of("Gunmen shot dead two members of the Kano State Assembly on Monday "
                         "as they walked home from a session in Parliament."))
    assert row["location"] != "Parliament"


@pytest.mark.parametrize("body, sub_event_type", [
    ("Thousands of teachers marched on parliament in Kathmandu on Wednesday demanding higher "
     "pay.", "Peaceful protest"),
    ("Teachers staged a sit-in outside the education ministry in Biratnagar on Wednesday.",
     "Peaceful protest"),
    ("Youths threw stones at police in Agoe on Friday.", "Violent demonstration"),
    ("Youths pelted police with rocks in Srinagar on Friday.", "Violent demonstration"),
])
def test_marches_sit_ins_and_stone_throwing_are_protests_and_riots(events_of, body,
                                                                   sub_event_type):
    assert only(events_of(body))["sub_event_type"] == sub_event_type


def test_a_protest_that_was_the_purpose_of_what_people_did_happened(events_of):
    row = only(events_of("Residents blocked the main road in Kirkuk on Monday to protest "
                         "against the killings."))
    assert (row["event_type"], row["actor1"], row["location"]) == ("Protests", "Residents",
                                                                   "Kirkuk")
    # Not one only planned, not done, or an institution's complaint.
    assert events_of("Hundreds of villagers will gather in Pattani on Tuesday to protest "
                     "against the arrests.") == []
    assert events_of("Hundreds of villagers did not gather in Pattani on Tuesday to "
                     "protest.") == []
    assert events_of("The ministry summoned the ambassador on Monday to protest against the "
                     "arrests.") == []


def test_a_force_blamed_in_a_later_sentence_made_the_event(events_of):
    row = only(events_of("On Thursday, a drone strike hit a minibus near the village of Wetet "
                         "Abay, killing eight passengers. Residents blamed the military, which "
                         "has often used drones against the militia."))
    assert row["actor1"] == "military"
    # Not whoever is blamed for anything: the authorities made no bomb.
    row = only(events_of("A bomb exploded at a market in the town of Mubi on Friday, killing "
                         "six people. Survivors blamed the authorities."))
    assert row["actor1"] is None
    # A gang is an armed force (ACLED's political militia): blamed, it made the attack.
    row = only(events_of("Gunmen stormed the town of Mirebalais on Tuesday, killing 12 people. "
                         "The mayor blamed the Kraze Baryè gang, which controls the road."))
    assert row["actor1"] == "Kraze Baryè gang"


@pytest.mark.parametrize("body", [
    "Drones struck a power station in the city on Tuesday, causing a fire.",
    "Russian drones attacked the port overnight, damaging a grain silo.",
])
def test_drones_that_struck_are_a_drone_strike_though_nobody_was_hurt(events_of, body):
    # What struck is a weapon: the strike is violence with no casualty or armed actor told.
    (event,) = events_of(body)
    assert event["sub_event_type"] == "Air/drone strike"
    # Not a critic's attack on a plan that mentions drones.
    assert events_of("Critics attacked the drone delivery plan on Tuesday.") == []


@pytest.mark.parametrize("body, sub_event_type", [
    ("A drone dropped a bomb on a checkpoint on Monday, injuring two guards.",
     "Air/drone strike"),
    ("A drone dropped grenades on a market on Monday, wounding three traders.",
     "Air/drone strike"),
])
def test_what_a_drone_dropped_is_a_drone_strike(events_of, body, sub_event_type):
    assert [e["sub_event_type"] for e in events_of(body)] == [sub_event_type]


@pytest.mark.parametrize("body", [
    "Hundreds of Kurds took to the streets of Qamishli on Friday to demand jobs.",
    "Thousands of Palestinians marched through Ramallah on Friday.",
])
def test_a_people_named_by_its_nationality_or_faith_protests(events_of, body):
    (event,) = events_of(body)
    assert event["sub_event_type"] == "Peaceful protest"
    # A people's name alone ("Kurds"), no crowd: the verb tells no protest by itself.
    assert events_of("The Kurds marched into history in 1920.") == []


@pytest.mark.parametrize("body, sub_event_type", [
    # Taken by unknown armed men: an abduction, a disappearance.
    ("A blogger, Jane Wanjiru, was picked up by hooded men outside her house on Friday.",
     "Abduction/forced disappearance"),
    ("Masked men picked up two activists in Kampala on Monday, their lawyer said.",
     "Abduction/forced disappearance"),
    # By the police: an arrest.
    ("Police picked up three suspects in Eldoret on Monday.", "Arrests"),
])
def test_people_picked_up_by_armed_men_are_abducted(events_of, body, sub_event_type):
    assert [e["sub_event_type"] for e in events_of(body)] == [sub_event_type]
    # Not a prize, a win or a phone.
    assert events_of("The striker picked up an award in Nairobi on Monday.") == []


@pytest.mark.parametrize("body, sub_event_type, actors", [
    # Detained for the protest they were holding: the police intervened in a protest, whose
    # crowd is actor 1 (ACLED).
    ("Police in Tbilisi detained eight students who staged a sit-in outside parliament on "
     "Friday.", "Protest with intervention", ("students", "Police")),
    ("Police broke up a vigil for the missing miners in Oruro on Friday, detaining five "
     "women.", "Protest with intervention", ("women", "Police")),
    # Detained for something else, or a protest only named: an arrest.
    ("Police in Tbilisi detained eight students who had forged exam papers on Friday.",
     "Arrests", ("Police", "students")),
    ("Police detained the protest leader at his home in Tbilisi on Friday.", "Arrests",
     ("Police", "protest leader")),
])
def test_people_detained_at_their_protest_are_an_intervention_in_it(events_of, body,
                                                                      sub_event_type, actors):
    (event,) = [e for e in events_of(body) if e["trigger_text"].startswith("detain")]
    assert (event["sub_event_type"], (event["actor1"], event["actor2"])) == (sub_event_type,
                                                                             actors)


@pytest.mark.parametrize("body, sub_event_type", [
    # Killed during a protest: force on it.
    ("In 2019, soldiers shot dead at least eight people during a protest in the town of "
     "Kamituga.", "Excessive force against protesters"),
    # Detained during it: an intervention in it.
    ("Police detained 14 people during the protest in Lagos on Monday.",
     "Protest with intervention"),
    # A protest the police intervened in, or whose blockade they cleared.
    ("Police intervened as thousands of people took to the streets in Van on Tuesday.",
     "Protest with intervention"),
    ("Police cleared a road blockade set up by villagers who were protesting against the "
     "mine near Cobán on Thursday.", "Protest with intervention"),
    # A raid is no protest.
    ("Gunmen killed a farmer during a raid on the village of Kuru on Monday.", "Attack"),
])
def test_force_on_a_protest_the_sentence_tells(events_of, body, sub_event_type):
    assert {e["sub_event_type"] for e in events_of(body)} == {sub_event_type}


@pytest.mark.parametrize("body, sub_event_type", [
    # Unarmed people ambushed: an attack on them; a convoy of soldiers: a battle.
    ("A group of youths ambushed a trader on the Moroto road and shot him dead on Saturday.",
     "Attack"),
    ("Rebels ambushed an army convoy near Beni on Monday, killing six soldiers.",
     "Armed clash"),
    # A state's forces that clash with people: a clash, as the text says; men killed in an
    # ambush, or armed men: fighters as often as not.
    ("Police clashed with traders at the market in Kano on Monday.", "Armed clash"),
    ("At least 12 men have been killed in a tribal ambush near Mendi, police say.",
     "Armed clash"),
    ("Peacekeepers exchanged fire with unidentified armed men near Bria on Tuesday.",
     "Armed clash"),
])
def test_an_ambush_on_unarmed_people_is_an_attack(events_of, body, sub_event_type):
    (row,) = events_of(body)
    assert row["sub_event_type"] == sub_event_type


def test_a_capital_that_stands_for_its_government_is_no_place(events_of):
    # "backed by Ankara", "Bamako said": who acts or speaks, not where it happened.
    (row,) = events_of("Militiamen backed by Ankara attacked a checkpoint west of the town "
                       "on Wednesday, killing five fighters.")
    assert row["location"] is None
    # A battle the verb tells, with an armed side; not a match or a blaze.
    (row,) = events_of("Rebels battled troops for hours around the town of Kidal on Monday.")
    assert (row["trigger_text"], row["sub_event_type"]) == ("battled", "Armed clash")
    assert events_of("Nadal battled for four hours to beat Federer in Paris on Sunday.") == []
    assert events_of("Firefighters battled the blaze for six hours in Valparaiso.") == []


def test_stun_grenades_to_disperse_a_crowd_are_no_grenade_attack(events_of):
    rows = events_of("Two people were killed on Sunday night in Osh when officers used "
                     "firearms and stun grenades to disperse the protesters gathered outside "
                     "the mayor's office, witnesses said.")
    assert "Grenade" not in {e["sub_event_type"] for e in rows}
    assert "Excessive force against protesters" in {e["sub_event_type"] for e in rows}
    (row,) = events_of("Police used batons and stun grenades to disperse the protesters "
                       "gathered outside the mayor's office in Osh on Sunday.")
    assert row["sub_event_type"] == "Protest with intervention"
    # One a drone dropped is a drone strike (ACLED), whatever it was.
    (row,) = events_of("A drone dropped a stun grenade near fishermen off Naqoura on Monday.")
    assert row["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("body, actor1", [
    # The outcome the parser hangs on the object is no word of the crowd's name.
    ("The town saw a crackdown in 2009, when soldiers shot dead nine demonstrators and 40 "
     "others were hurt.", "demonstrators"),
    # A clause hung on the place names people of the noun the place is in.
    ("Hundreds of farmers in Kotido, who were protesting against cattle raids, blocked "
     "the road on Monday.", "farmers"),
    ("Police dispersed residents of a village near Kotido, who were protesting against "
     "cattle raids, on Monday.", "residents of a village"),
])
def test_the_crowd_is_named_by_its_own_words(events_of, body, actor1):
    (event,) = events_of(body)
    assert event["actor1"] == actor1


def test_a_weapons_model_is_not_who_fired_it(events_of):
    (event,) = events_of("Rebels fired M79 grenades at the barracks in Yala on Monday.")
    assert event["actor1"] == "Rebels"
    (event,) = events_of("Gunmen fired M79 grenades at a police station in Yala on Monday.")
    assert event["actor1"] == "Gunmen"


@pytest.mark.parametrize("body, trigger, sub_event_type", [
    ("Riot police fired teargas to disperse traders outside the market in Kitwe on Monday.",
     "teargas", "Protest with intervention"),
    ("Police used water cannon to disperse the crowd outside parliament in Tbilisi.",
     "water cannon", "Protest with intervention"),
    ("Police fired rubber bullets at the crowd outside the court in Nairobi on Friday.",
     "rubber bullets", "Protest with intervention"),
    ("Unidentified gunmen fired at a convoy of fuel tankers near Mille on Friday.",
     "fired at", "Attack"),
    ("Soldiers exchanged fire with gunmen near the border village of Ak-Sai on Sunday.",
     "exchanged fire", "Armed clash"),
])
def test_force_and_fire_written_as_a_phrase_report_an_event(events_of, body, trigger,
                                                            sub_event_type):
    (event,) = events_of(body)
    assert (event["trigger_text"], event["sub_event_type"]) == (trigger, sub_event_type)
    # Not a dismissal, nor words fired at someone; a weapon fired at a place is its kind.
    assert events_of("The club fired its coach at the end of the season.") == []
    (event,) = events_of("Two rockets were fired at the air base near Hit on Tuesday.")
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"
    assert events_of("Critics fired at the minister over the budget on Monday.") == []


def test_force_on_a_rally_is_excessive_force_and_the_crowd_is_its_first_actor(events_of):
    # ACLED codes protests and riots with the crowd as actor 1 and the force as actor 2.
    (event,) = events_of("Police opened fire on a rally in Lahore on Monday, killing two "
                         "people.")
    assert event["sub_event_type"] == "Excessive force against protesters"
    assert (event["actor1"], event["actor2"]) == ("rally", "Police")
    (event,) = events_of("Riot police clashed with rioters in Lahore on Monday.")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Violent demonstration", "rioters", "Riot police")


@pytest.mark.parametrize("body, crowd, force", [
    # Workers on strike are a crowd protesting; "striking" before a noun of people says so.
    ("Police opened fire on striking dockers near the port gates on Monday, killing 16 "
     "people.", "striking dockers", "Police"),
    # A republican or presidential guard is a state's force.
    ("Four protesters were shot dead by members of the Republican Guard outside the palace "
     "during an opposition rally.", "protesters", "members of the Republican Guard"),
], ids=["striking", "republican guard"])
def test_force_on_strikers_or_by_a_guard_is_force_against_protesters(events_of, body, crowd,
                                                                    force):
    event = events_of(body)[0]
    assert event["sub_event_type"] == "Excessive force against protesters"
    assert (event["actor1"], event["actor2"]) == (crowd, force)


@pytest.mark.parametrize("body, date_text", [
    ("The interior ministry said on Sunday that police had arrested 12 suspects in Kano.",
     "Sunday"),
    ("On Tuesday, the army said its troops had arrested seven suspects near Jos.",
     "Tuesday"),
])
def test_arrests_only_announced_are_dated_by_the_announcement(events_of, body, date_text):
    # ACLED dates an arrest the text gives no day of by the day it was announced.
    assert [e["date_text"] for e in events_of(body)] == [date_text]
    # A killing is not dated by the day it was reported.
    assert [e["date_text"] for e in events_of(
        "The interior ministry said on Sunday that gunmen had killed 12 villagers in Kano.")
            ] == [None]


def test_a_dateline_the_parser_made_the_subject_is_no_actor(events_of):
    # "SAN JOSÉ" is where the report was filed: the parser made it the subject and the
    # police its apposition.
    row = only(events_of(
        "SAN JOSÉ, Costa Rica – Agents of the National Police detained two priests of the "
        "Diocese of Esteli on Saturday night, relatives said."))
    assert row["actor1"] == "Agents of the National Police"


@pytest.mark.parametrize("text, sub_event_type", [
    # Whoever holds a base fights back: a battle, though the text names no soldiers.
    ("Insurgents attacked the base in the town of Jowhar before dawn on Tuesday.",
     "Armed clash"),
    # A camp may be of the displaced: an attack on civilians.
    ("Gunmen attacked a camp for displaced people near Jowhar on Tuesday, killing five.",
     "Attack"),
])
def test_an_attack_on_a_base_is_a_battle(events_of, text, sub_event_type):
    assert only(events_of(text))["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("text", [
    "The five-month battle left more than 1,000 people dead, most of them militants.",
    "The three-week offensive killed at least 200 fighters, the army said.",
    "A months-long siege of the town left 400 civilians dead.",
])
def test_a_battle_that_lasted_months_is_no_single_event(events_of, text):
    # Its toll is of many days' fighting: no one event of ACLED's.
    assert events_of(text) == []


def test_a_battle_of_one_day_is_an_event(events_of):
    assert only(events_of("A fierce battle on Sunday left 12 soldiers dead in the town of "
                          "Jowhar."))["event_type"] == "Battles"
