"""Events: the event mentions of a release merged into one record per real-world event.

`events` -> schema.EVENTS and the event_id of every event mention. Mentions are taken
article by article in publication order, and each joins the first open event it is
compatible with, else starts one:
- types: the same ACLED event type among violent events (a generic "attack" or "killed"
  joins any violent type), protests with riots, a strategic development with its own
  sub-type only;
- places: the same place, or one inside the other (a town within its district or
  province, by the gazetteer's admin1 and admin2), whatever the spelling, since places
  resolve to one GeoNames id; a country alone is too coarse to merge across articles;
- dates: within `EventSettings.date_window_days` of the event's dated reports; a report
  without a date of its own happened in the days before its publication;
- actors: a state's forces and a non-state armed group as actor1 contradict.
A report with no place or no date merges only within its article or its story (articles
the text already ties together). Low, best and high follow UCDP over the articles' tolls;
reports that disagree on the toll, the date or the type are named in `conflict`. An event
keeps the id it had in the previous release while most of its reports stay with it
(`PriorIds`); a new event's id is the hash of its first report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from datetime import date, timedelta
import re

from transforms import ids, rules
from transforms.corpus.entities import LinkingRules, prefix_designator
from transforms.corpus.facts import number_text, ucdp_estimates
from transforms.corpus.romanize import fold_accents
from transforms.corpus.stable import PriorIds, stable_ids
from transforms.corpus.text_reuse import wire_copy_groups
from transforms.dates import (filed_from_end, how_long_ago, opening_dateline, weekdays_named,
                             year_alone)
from transforms.records import NormalizedArticle
from transforms.schema import (
    ARMED_NON_STATE_KINDS, EVENT_SUB_TYPES, EVENT_TYPES, PLACE_LABELS, SUB_EVENT_TYPES,
    VIOLENT_EVENT_TYPES,
)
from transforms.settings import EventSettings

DEMONSTRATION_TYPES = frozenset({"Protests", "Riots"})
TYPE_OF_SUB = {sub: event_type for event_type, subs in EVENT_SUB_TYPES.items() for sub in subs}
# How precise a place is, best first (schema.PLACE_TYPES); an ungeocoded place is last.
PLACE_RANK = {"city": 0, "admin2": 1, "admin1": 2, "country": 3, "continent": 4, None: 5}
# Sentences of an article's start that say where its news happened: a title or dateline
# and the lead.
LEDE_SENTENCES = 2


def family(mention: dict) -> str:
    """What kind of events a mention may merge with."""
    if mention["event_type"] in VIOLENT_EVENT_TYPES:
        return "violence"
    if mention["event_type"] in DEMONSTRATION_TYPES:
        return "demonstration"
    return "strategic:" + mention["sub_event_type"]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass
class _Report:
    """An event mention with what merging compares: its place and its dates."""
    row: dict
    article: NormalizedArticle
    story: str | None
    place: dict | None  # the location's entity row
    day: date | None  # the event date it gives
    published: date | None

    @property
    def place_rank(self) -> int:
        return place_rank(self.place)


def place_rank(place: dict | None) -> int:
    return PLACE_RANK[None] if place is None else PLACE_RANK.get(place.get("place_type"),
                                                                 PLACE_RANK[None])


def _contains(area: dict, place: dict) -> bool:
    """Whether `place` lies inside the admin area `area` (or is it)."""
    if area.get("country_code") != place.get("country_code") or not area.get("country_code"):
        return False
    if area.get("place_type") == "admin1":
        return bool(area.get("admin1")) and area["admin1"] == place.get("admin1")
    if area.get("place_type") == "admin2":
        return bool(area.get("admin2")) and area["admin2"] == place.get("admin2") \
            and area.get("admin1") == place.get("admin1")
    return False


def same_place(a: dict, b: dict) -> int | None:
    """3 the same place, 2 one inside the other, 1 in the same country when one of them is
    the country itself, 0 apart; None when a place the gazetteer does not hold (a site, a
    neighbourhood) leaves it open."""
    if a["entity_id"] == b["entity_id"] or (a.get("geonameid") and
                                            a.get("geonameid") == b.get("geonameid")):
        return 1 if a.get("place_type") in ("country", "continent") else 3
    if not a.get("country_code") or not b.get("country_code"):
        return None
    if _contains(a, b) or _contains(b, a):
        return 2
    if a["country_code"] == b["country_code"] and "country" in (a.get("place_type"),
                                                                b.get("place_type")):
        return 1
    return 0


@dataclass
class _Event:
    """Reports taken for one event, with what merging compares."""
    family: str
    reports: list[_Report] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)  # what its specific reports are (subtype_key)
    broad_types: set[str] = field(default_factory=set)  # types of reports of specificity 2
    place: dict | None = None  # the most precise place of its reports
    days: list[date] = field(default_factory=list)  # event dates its reports give
    windows: list[tuple[date, date]] = field(default_factory=list)  # of undated reports
    years: set[int] = field(default_factory=set)  # years its reports give alone ("in 2013")
    # Weekdays its reports' dates name ("on Wednesday"), for reports no publication date
    # resolves: two different days of one article are two events.
    weekdays: set[str] = field(default_factory=set)
    # How far back its reports' dates lie ("days", "months": how_long_ago), for the same
    # within one article.
    ages: set[str] = field(default_factory=set)
    kind1: set[str] = field(default_factory=set)
    makers: set[str] = field(default_factory=set)  # the entity ids of its reports' actor1

    @classmethod
    def of(cls, report: _Report, settings: EventSettings) -> _Event:
        event = cls(family(report.row), [report], {report.row["article_id"]})
        if report.story:
            event.stories.add(report.story)
        if report.row["specificity"] > 2:
            event.kinds.add(subtype_key(report.row))
        elif report.row["specificity"] == 2:
            event.broad_types.add(report.row["event_type"])
        event.place = report.place
        if report.day:
            event.days.append(report.day)
        elif report.published and not report.row["date_text"]:
            # Undated: of its publication's days. A date written but not resolved to a day
            # ("in 2013" in a report of 2016) says nothing of them.
            event.windows.append(_window(report.published, settings))
        if year := year_alone(report.row["date_text"]):
            event.years.add(year)
        event.weekdays |= weekdays_named(report.row["date_text"])
        if age := how_long_ago(report.row["date_text"]):
            event.ages.add(age)
        if report.row["actor1_kind"]:
            event.kind1.add(report.row["actor1_kind"])
        if report.row["actor1_entity_id"]:
            event.makers.add(report.row["actor1_entity_id"])
        return event

    def absorb(self, other: _Event) -> None:
        self.reports.extend(other.reports)
        self.articles |= other.articles
        self.stories |= other.stories
        self.kinds |= other.kinds
        self.broad_types |= other.broad_types
        if other.place is not None and place_rank(other.place) < place_rank(self.place):
            self.place = other.place
        self.days.extend(other.days)
        self.windows.extend(other.windows)
        self.years |= other.years
        self.weekdays |= other.weekdays
        self.ages |= other.ages
        self.kind1 |= other.kind1
        self.makers |= other.makers

    @property
    def event_types(self) -> set[str]:
        return {k if k in EVENT_TYPES else TYPE_OF_SUB[k] for k in self.kinds} | \
            self.broad_types

    def keys(self) -> list[tuple]:
        """Where other events that may be this one are filed."""
        keys = [("story", story) for story in sorted(self.stories)]
        if self.place is not None and self.place.get("country_code"):
            keys.append(("country", self.place["country_code"], self.family))
        elif self.place is not None:
            keys.append(("entity", self.place["entity_id"]))
        return keys


def _window(published: date, settings: EventSettings) -> tuple[date, date]:
    return published - timedelta(days=settings.undated_report_days), published


def _years_of(event: _Event) -> set[int]:
    return event.years | {d.year for d in event.days} | {
        d.year for window in event.windows for d in window}


def _one_undated_day(a: _Event, b: _Event) -> bool:
    """Reports of two articles with no publication date that name one weekday: the one
    date they can share ("on Tuesday" in both)."""
    return bool(a.weekdays & b.weekdays) and not any(
        report.published for report in a.reports + b.reports)


def _dates_agree(a: _Event, b: _Event, settings: EventSettings) -> bool | None:
    """True or False when dates tell, None when either side has none. A year written alone
    ("in 2013") tells only that another year is another event."""
    if a.years or b.years:
        years_a, years_b = _years_of(a), _years_of(b)
        if years_a and years_b and not years_a & years_b:
            return False
    slack = timedelta(days=settings.date_window_days)
    if a.days and b.days:
        days = a.days + b.days
        return max(days) - min(days) <= slack
    for dated, undated in ((a, b), (b, a)):
        if dated.days and undated.windows:
            return all(lo - slack <= d <= hi + slack
                       for d in dated.days for lo, hi in undated.windows)
    if a.windows and b.windows:
        windows = a.windows + b.windows
        return max(w[0] for w in windows) <= min(w[1] for w in windows) + slack
    if len(a.articles | b.articles) > 1:
        # Two articles, perhaps published days apart: one's "Sunday" may be the other's
        # "a day earlier", and one's "last month" its "on Sunday".
        return None
    if not (a.days or b.days) and a.weekdays and b.weekdays and not a.weekdays & b.weekdays:
        return False  # "on Saturday" and "on Wednesday", with no day to count from
    if a.ages and b.ages and not a.ages & b.ages:
        return False  # "on Sunday" and "last month"
    return None


def subtype_key(row: dict) -> str:
    """What a specific report says happened: a battle is one whatever its sub-type (one
    outlet's clash is another's capture), other types differ by sub-type (an air strike
    and a suicide bombing are two events)."""
    return row["event_type"] if row["event_type"] == "Battles" else row["sub_event_type"]


def _types_agree(a: _Event, b: _Event) -> bool:
    """Generic reports ("attack", "killed") agree with any violent event; a broad one
    ("bombing") with its type; specific ones with their kind."""
    if a.family != b.family:
        return False
    if not a.event_types or not b.event_types:
        return True
    if a.kinds and b.kinds:
        return bool(a.kinds & b.kinds)
    return bool(a.event_types & b.event_types)


def _actors_agree(a: _Event, b: _Event) -> bool:
    """A state's forces and a non-state armed group as actor1 are two events, unless both
    name one maker: outlets differ on what a force is ("the Rapid Support Forces" forces
    of a state by its word, "the Rapid Support Forces militia" a militia)."""
    if a.makers & b.makers:
        return True
    state = {"State forces"}
    return not ((a.kind1 & state and b.kind1 & ARMED_NON_STATE_KINDS)
                or (a.kind1 & ARMED_NON_STATE_KINDS and b.kind1 & state))


def _match(a: _Event, b: _Event, together: bool, settings: EventSettings) -> int | None:
    """How well two events fit as one (higher is better), None when they cannot be one.
    `together`: their articles are one article or one story."""
    if not _types_agree(a, b) or not _actors_agree(a, b):
        return None
    place = same_place(a.place, b.place) if a.place and b.place else None
    dates = _dates_agree(a, b, settings)
    if dates is False or place == 0:
        return None
    # An open place or date, or only a shared country, merges only articles the text
    # already ties together; but for a place both name and a weekday both name in reports
    # no publication date dates (_one_undated_day), which merges them and decides no
    # tie.
    if (place in (None, 1) or dates is None) and not together and not (
            place in (2, 3) and dates is None and _one_undated_day(a, b)):
        return None
    return (place or 0) + (dates is True)


def placed_mentions(rows: list[dict], linked: list[dict],
                    articles: dict[str, NormalizedArticle],
                    entities: dict[str, dict],
                    place_entities: frozenset[str] = frozenset(),
                    linking_rules: LinkingRules | None = None,
                    min_country_share: float = EventSettings.min_article_country_share
                    ) -> list[dict]:
    """Event mentions placed with the linked mentions (whose labels linking repaired: a
    town the model took for a person), `entities` by id.

    A mention the article could not place: a place inside actor2 ("the town of Palmyra")
    is where it happened; else the nearest place of the sentence, the last one before it
    in its paragraph, or the article's first. Then a place that says too little (none, a
    country, or a name linking took for no place) gives way to the article's most precise
    place (`specific_place`): ACLED codes the most precise location a report gives, and
    "a suicide bomber killed six in a Syria restaurant" is coded where the article says
    the restaurant is. Each row also gets the article's country (ARTICLE_COUNTRY)."""
    places: dict[str, list[dict]] = defaultdict(list)
    # (article, start) of names of a people or a nationality ("Nepali police") the model
    # took for places: no place of any event.
    peoples = set()
    for m in linked:
        if is_place_mention(m, place_entities):
            if _a_peoples_name(m, articles[m["article_id"]].body, entities) or (
                    linking_rules is not None
                    and fold_accents(m["text"]) in linking_rules.demonyms):
                peoples.add((m["article_id"], m["start_char"]))
                continue
            places[m["article_id"]].append(m)
    # A name written only as where, and never the site of an event (a mosque the model
    # took for a person is where, but no town: the article's town says more).
    written_as_places = _names_written_as_places(linked, articles) - {
        (row["article_id"], row["site_start_char"]) for row in rows}
    dateline_ends: dict[str, int] = {}  # article -> where its dateline ends (0: none)
    countries: dict[str, tuple[str, str] | None] = {}  # article -> article_country
    provinces: dict[str, tuple[str, str] | None] = {}  # article -> article_province
    for row in rows:
        candidates = sorted(places.get(row["article_id"], ()), key=lambda m: m["start_char"])
        article = articles[row["article_id"]]
        if (row["article_id"], row["location_start_char"]) in peoples:
            _clear_location(row)  # "Tamil families marched": no town called Tamil
        if row["location_start_char"] is None and candidates:
            _set_location(row, _nearest_place(row, candidates, article))
        elif (here := _said_here(row, candidates, article)) is not None:
            _set_location(row, here)
        if (town := _town_it_holds(row, candidates, article, linking_rules)) is not None:
            _set_location(row, town)
        if (holder := _apposed_holder(row, candidates, article, linking_rules)) is not None:
            row[HELD_BY] = holder["entity_id"]
        current = entities.get(row["location_entity_id"]) if row["location_entity_id"] else None
        if row["location_spread"]:
            continue  # "a wave of bombings across Iraq" happened in no one town of it
        unplaced_town = (current is None or current["label"] not in PLACE_LABELS) and (
            _named_a_town(row, article.body, linking_rules)
            or (row["article_id"], row["location_start_char"]) in written_as_places)
        # The dateline's town is where the report was filed: an event the text puts in a
        # country ("in eastern Afghanistan", filed from KABUL) stays there, not moved to it.
        if row["article_id"] not in dateline_ends:
            dateline_ends[row["article_id"]] = filed_from_end(article.body)
            after_dateline = [m for m in candidates
                              if m["start_char"] >= dateline_ends[row["article_id"]]]
            countries[row["article_id"]] = article_country(after_dateline, entities,
                                                           min_country_share)
            provinces[row["article_id"]] = article_province(
                after_dateline, entities, countries[row["article_id"]], min_country_share)
        row[ARTICLE_COUNTRY] = countries[row["article_id"]]
        row[ARTICLE_PROVINCE] = provinces[row["article_id"]]
        # A named site the gazetteer cannot place ("Sukhbaatar Square", the model's FAC) is
        # where in a town: the town is ACLED's location, the dateline's if no other.
        a_site = current is not None and current.get("label") == "FAC" \
            and not current.get("place_type")
        dateline_end = dateline_ends[row["article_id"]] if current else 0
        if (_too_coarse(current) or a_site) and not unplaced_town and (
                better := specific_place(row, [m for m in candidates
                                               if m["start_char"] >= dateline_end],
                                         entities, current,
                                         only_inside=row["location_on_trigger"])
                or a_site and specific_place(row, candidates, entities, current)):
            _set_location(row, better)
    return rows


def place_entity_ids(entities: dict[str, dict]) -> frozenset[str]:
    """The entities linking made places: towns the model also took for a person or a group
    (Maaret al-Noman a person here, Saraqeb a group there) are among them."""
    return frozenset(i for i, e in entities.items() if e["label"] in PLACE_LABELS)


def is_place_mention(m: dict, place_entities: frozenset[str]) -> bool:
    """A place as the model tagged it, or a mention of a place entity (place_entity_ids)."""
    return m["label"] in PLACE_LABELS or m["entity_id"] in place_entities


# Words before a place that say an event happened there ("in Heet", "the town of Heet"),
# not where someone came from or went ("fighters from Raqqa", "fled to Turkey").
HERE_WORDS = frozenset({"in", "near", "at", "outside", "around", "inside", "across",
                        "throughout", "of"})


def _said_here(row: dict, candidates: list[dict], article: NormalizedArticle) -> dict | None:
    """For a mention the article placed outside its own sentence (the model had tagged no
    place there): a place of its sentence that linking found since ("In the western town
    of Heet, a car bomb exploded", Heet tagged a person), after a word of place, outside
    its actors; the nearest to the trigger."""
    sentence = article.sentences[row["sentence_idx"]][1]
    if row["location_start_char"] is None or (
            sentence.start <= row["location_start_char"] < sentence.end):
        return None
    here = [m for m in _outside_actors(row, candidates)
            if sentence.start <= m["start_char"] < sentence.end
            and _word_before(article.body, m["start_char"]) in HERE_WORDS]
    return min(here, key=lambda m: abs(m["start_char"] - row["start_char"]), default=None)


def _town_it_holds(row: dict, candidates: list[dict], article: NormalizedArticle,
                   linking_rules: LinkingRules | None) -> dict | None:
    """The town whose apposition names the mention's place ("seized Matupi, a town in
    southern Chin State": Matupi, not Chin State): the place that holds it is where the
    town is, the town where it happened."""
    start = row["location_start_char"]
    if start is None or linking_rules is None:
        return None
    # Anywhere in the apposition up to its end: "Saraqib, an Idlib town" too.
    return next((m for m in candidates if m["end_char"] < start and (
        window := _apposition_window(article.body, m["end_char"], linking_rules)) is not None
        and start < window[1]), None)


def _apposed_holder(row: dict, candidates: list[dict], article: NormalizedArticle,
                    linking_rules: LinkingRules | None) -> dict | None:
    """The place the apposition after the mention's town names ("Matupi, a town in
    southern Chin State": Chin State), which locates a town the gazetteer lacks."""
    end = row["location_end_char"]
    if end is None or linking_rules is None or (
            window := _apposition_window(article.body, end, linking_rules)) is None:
        return None
    return next((m for m in candidates if window[0] <= m["start_char"] < window[1]), None)


def _apposition_window(body: str, end: int, linking_rules: LinkingRules
                       ) -> tuple[int, int] | None:
    """Where the place an apposition of place after `end` names may stand (", a town in
    [southern Chin State]", ", in the prefecture of [Ouham-Pendé]"): from the apposition's
    noun and word after it up to the next comma, stop, semicolon or colon; None when no
    such apposition follows."""
    found = linking_rules.place_apposition.match(body, end) or \
        linking_rules.holder_phrase.match(body, end)
    if found is None:
        return None
    phrase_end = _PHRASE_END.search(body, found.end())
    return found.end(), phrase_end.start() if phrase_end else len(body)


_PHRASE_END = re.compile(r"[,.;:]")


def _named_a_town(row: dict, body: str, linking_rules: LinkingRules | None) -> bool:
    """The text calls the mention's place a town ("the town of Jeb al-Jarrah": a "city"
    designator of place_designators.tsv before it), which the gazetteer may not know and
    the model took for a person: it is no coarse place to replace. ("Attacks in X" is not
    enough: a person or a group linking found elsewhere in the article gets there too.)"""
    start = row["location_start_char"]
    return start is not None and linking_rules is not None and prefix_designator(
        body, start, linking_rules) == "city"


# Words before a name that say something happened there and never to whom ("in X", "near
# X"): not "at" ("fired at X") nor "of" ("the son of X").
PLACE_ONLY_WORDS = HERE_WORDS - {"at", "of"}
# Labels of the names the model gives a town it does not know, among those linking keeps.
_MISREAD_TOWN_LABELS = frozenset({"PERSON", "ORG"})


def _names_written_as_places(linked: list[dict], articles: dict[str, NormalizedArticle]
                             ) -> frozenset[tuple[str, int]]:
    """(article, start) of the mentions of entities the model took for people or groups
    whose every mention in the release follows a word of place, none of them possessive
    ("killed in attacks in Tal Abu Dhahir"): a hamlet the gazetteer does not know. A person
    is also someone's subject or object somewhere, or "in X's speech"."""
    placed_only: dict[str, bool] = {}
    for m in linked:
        entity = m["entity_id"]
        if entity is None or m["label"] not in _MISREAD_TOWN_LABELS:
            continue
        body = articles[m["article_id"]].body
        after_place_word = _word_before(body, m["start_char"]) in PLACE_ONLY_WORDS and \
            body[m["end_char"]:m["end_char"] + 2] not in ("'s", "’s")
        placed_only[entity] = placed_only.get(entity, True) and after_place_word
    return frozenset((m["article_id"], m["start_char"]) for m in linked
                     if placed_only.get(m["entity_id"]))


def _outside_actors(row: dict, places: list[dict]) -> list[dict]:
    """The places that lie outside an event mention's actors ("the Britain-based monitor")."""
    actors = [(row[f"{a}_start_char"], row[f"{a}_end_char"]) for a in ("actor1", "actor2")
              if row[f"{a}_start_char"] is not None]
    return [m for m in places if not any(s <= m["start_char"] < e for s, e in actors)]


def _word_before(body: str, start: int) -> str:
    words = body[max(0, start - 30):start].split()
    return words[-1].lower() if words else ""


def _a_peoples_name(mention: dict, body: str, entities: dict[str, dict]) -> bool:
    """A name the gazetteer does not place, written before a noun of people ("Tamil
    families", "a Q'eqchi' Maya community leader"): a people's or a faith's name the model
    tagged a place, no town. A known place stays one ("Kabul residents protested")."""
    entity = entities.get(mention["entity_id"]) if mention["entity_id"] else None
    if entity is not None and entity.get("country_code"):
        return False
    words = re.findall(r"[a-z]+", body[mention["end_char"]:mention["end_char"] + 40]
                       .split(",")[0])
    if words and words[0] in FORCES_OF_A_PLACE:
        return False  # "the Tonto police station area", "Kotido army barracks"
    return any(_singular(word) in people_nouns() for word in words[:2]) and \
        body[mention["end_char"]:mention["end_char"] + 1] == " " and \
        body[mention["end_char"] + 1:mention["end_char"] + 2].islower()


# Nouns of a place's own forces, which follow a town's name as often as a people's.
FORCES_OF_A_PLACE = frozenset({"police", "policemen", "army", "military", "security",
                               "soldiers", "troops", "guards"})


@cache
def people_nouns() -> frozenset[str]:
    """Nouns of people (rules/figure_people.tsv: "family", "journalist", "leader")."""
    return frozenset(r["term"] for r in rules.load("figure_people", ("term", "why")))


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"  # gunmen, militiamen
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def a_noun_of_people(text: str) -> bool:
    """One word that names people, not someone by name, though the model took it for a
    name at a title's start ("Gunmen storm funeral wake")."""
    return " " not in text.strip() and _singular(text.strip().casefold()) in people_nouns()


def _clear_location(row: dict) -> None:
    row["location"] = row["location_start_char"] = row["location_end_char"] = None
    row["location_entity_id"] = None


def _set_location(row: dict, place: dict) -> None:
    row["location"] = place["text"]
    row["location_start_char"], row["location_end_char"] = (place["start_char"],
                                                            place["end_char"])
    row["location_entity_id"] = place["entity_id"]
    row["location_spread"] = row["location_on_trigger"] = False


def _nearest_place(row: dict, candidates: list[dict], article: NormalizedArticle) -> dict:
    sentences = article.sentences
    paragraph, sentence = sentences[row["sentence_idx"]]
    inside = [m for m in candidates if row["actor2_start_char"] is not None
              and row["actor2_start_char"] <= m["start_char"] < row["actor2_end_char"]]
    same = [m for m in candidates if sentence.start <= m["start_char"] < sentence.end]
    before = [m for m in candidates if m["start_char"] < sentence.start and
              sentences[m["sentence_idx"]][0] == paragraph]
    if inside:
        for key in ("actor2", "actor2_start_char", "actor2_end_char", "actor2_kind",
                    "actor2_entity_id"):
            row[key] = None
        return inside[0]
    if same:
        return min(same, key=lambda m: abs(m["start_char"] - row["start_char"]))
    return before[-1] if before else candidates[0]


def _too_coarse(place: dict | None) -> bool:
    """No place, a country or continent, or a name that linking took for no place (a
    group, a person). An ungeocoded place name (a site, a neighbourhood) says enough."""
    return place is None or place.get("label") not in PLACE_LABELS or place.get(
        "place_type") in ("country", "continent")


def specific_place(row: dict, candidates: list[dict], entities: dict[str, dict],
                   current: dict | None, only_inside: bool = False) -> dict | None:
    """The article's most precise place (`candidates`: its place mentions in order) for an
    event mention whose own place is too coarse: a town, district or province the
    gazetteer holds, in the event's country when the article names one there (only there
    when `only_inside`: the text put the event in that country, "an attack in Syria", and
    a dateline's WASHINGTON is no place of it), outside the mention's actors
    ("Britain-based monitor"); the nearest in the mention's sentence, else the first of the
    article's first two sentences (its title or dateline and lead), else the one it names
    most often (first named on a tie)."""
    country = current.get("country_code") if current and current.get(
        "place_type") == "country" else None
    place_of = {m["entity_id"]: entities.get(m["entity_id"]) or {} for m in candidates}
    precise_places = [
        m for m in _outside_actors(row, candidates)
        if PLACE_RANK.get(place_of[m["entity_id"]].get("place_type"), PLACE_RANK[None])
        < PLACE_RANK["country"]]
    in_country = [m for m in precise_places
                  if place_of[m["entity_id"]].get("country_code") == country]
    # A country named for a foreign actor ("Russian strikes on Raqqa" placed in Russia)
    # has no place of its own in the article: the article's places then say where.
    precise_places = in_country or ([] if only_inside and country else precise_places)
    if not precise_places:
        return None
    same = [m for m in precise_places if m["sentence_idx"] == row["sentence_idx"]]
    if same:
        return min(same, key=lambda m: abs(m["start_char"] - row["start_char"]))
    lede = [m for m in precise_places if m["sentence_idx"] < LEDE_SENTENCES]
    if lede:
        return lede[0]
    counts = Counter(m["entity_id"] for m in precise_places)
    return max(precise_places, key=lambda m: (counts[m["entity_id"]], -m["start_char"]))


# An event mention's key (no column) for the place whose apposition named its town.
HELD_BY = "_location_held_by"
# Fields of a place that an ungeocoded town takes from the place that holds it.
HELD_FIELDS = ("admin1", "admin2", "country", "country_code", "latitude", "longitude")


def _within(town: dict, holder: dict | None) -> dict:
    """An ungeocoded town located by the place its apposition names ("Matupi, a town in
    southern Chin State"): that place's province and country, and its coordinates at
    ACLED's precision for them, 3 (a province's centroid) or 2 (near a town)."""
    if town.get("country_code") or holder is None or holder.get("place_type") not in (
            "admin1", "admin2", "city"):
        return town  # a country says too little to code the town at
    return town | {k: holder.get(k) for k in HELD_FIELDS} | {
        "geo_precision": 3 if holder.get("place_type") == "admin1" else 2}


# An event mention's key (no column): its article's (country, country_code), article_country.
ARTICLE_COUNTRY = "_article_country"


def article_country(places: list[dict], entities: dict[str, dict], min_share: float
                    ) -> tuple[str, str] | None:
    """(country, country_code) of the country that holds at least `min_share` of the place
    mentions `places` whose entity the gazetteer located (its towns, provinces and the
    country's own name), if one does."""
    counts: Counter = Counter()
    for m in places:
        place = entities.get(m["entity_id"]) or {}
        if place.get("country_code") and place.get("country"):
            counts[place["country"], place["country_code"]] += 1
    return _holding_a_share(counts, min_share)


def _holding_a_share(counts: Counter, min_share: float, min_count: int = 1):
    """The most counted key (the first in order on a tie), when it holds at least
    `min_share` of the count and `min_count` of it; else None."""
    if not counts:
        return None
    key, n = min(counts.items(), key=lambda item: (-item[1], item[0]))
    return key if n >= min_count and n >= min_share * sum(counts.values()) else None


# An event mention's key (no column): its article's (country_code, admin1), article_province.
ARTICLE_PROVINCE = "_article_province"
# Place mentions in one province that article_province needs: a report that names a
# province once (its capital, as the seat of the police who spoke) says nothing of where
# its unknown town is (Mutomo, in a report that names only Nairobi).
MIN_PROVINCE_MENTIONS = 2


def article_province(places: list[dict], entities: dict[str, dict],
                     country: tuple[str, str] | None, min_share: float
                     ) -> tuple[str, str] | None:
    """(country_code, admin1) of the province that holds at least `min_share` of the place
    mentions `places` that the gazetteer put in a province of the article's `country`
    (article_country), and at least MIN_PROVINCE_MENTIONS of them, if one does: a report's
    unknown village lies in the province its other places do ("Ruwi village" in a report
    of Bokkos and Mangu, Plateau State)."""
    if country is None:
        return None
    admin1 = _holding_a_share(Counter(
        place["admin1"] for m in places
        if (place := entities.get(m["entity_id"]) or {}).get("admin1")
        and place.get("country_code") == country[1]), min_share, MIN_PROVINCE_MENTIONS)
    return (country[1], admin1) if admin1 is not None else None


def _reports(mentions: list[dict], articles: dict[str, NormalizedArticle],
             entities: dict[str, dict], story_by_article: dict[str, str]) -> list[_Report]:
    reports = []
    for row in mentions:
        article = articles[row["article_id"]]
        place = entities.get(row["location_entity_id"]) if row["location_entity_id"] else None
        if place is not None and row.get(HELD_BY):
            place = _within(place, entities.get(row[HELD_BY]))
        reports.append(_Report(row, article, story_by_article.get(row["article_id"]), place,
                               _day(row["event_date"]), _day(article.published_at)))
    # Publication order, then article and position: the first report of an event leads.
    reports.sort(key=lambda r: (r.article.published_at or "\uffff", r.row["article_id"],
                                r.row["start_char"]))
    return reports


def _best(candidates: Iterable[tuple[int, _Event]], event: _Event, together,
          settings: EventSettings) -> int | None:
    best, best_score = None, None
    for k, candidate in candidates:
        score = _match(candidate, event, together(candidate), settings)
        if score is not None and (best_score is None or score > best_score):
            best, best_score = k, score
    return best


def event_groups(mentions: list[dict], articles: dict[str, NormalizedArticle],
                 entities: dict[str, dict], story_by_article: dict[str, str],
                 settings: EventSettings) -> list[list[_Report]]:
    """The reports grouped into events, each group in report order. First within each
    article (its reports of one event, the place taken from the most precise: "a suicide
    bombing in Syria ... in Hasakah"), then across articles, in publication order: each
    article's event joins the best matching event already seen, else starts one."""
    events: list[_Event] = []
    filed: dict[tuple, list[int]] = defaultdict(list)
    by_article: dict[str, list[_Report]] = defaultdict(list)
    for report in _reports(mentions, articles, entities, story_by_article):
        by_article[report.row["article_id"]].append(report)
    for reports in by_article.values():
        local: list[_Event] = []
        for report in reports:
            single = _Event.of(report, settings)
            k = _best(enumerate(local), single, lambda _: True, settings)
            if k is None:
                local.append(single)
            else:
                local[k].absorb(single)
        for event in local:
            seen: set[int] = set()
            candidates = []
            for key in event.keys():
                # Newest first: an old event far back in the list is past its date window.
                for k in reversed(filed[key][-settings.max_open_events:]):
                    if k not in seen:
                        seen.add(k)
                        candidates.append((k, events[k]))
            k = _best(sorted(candidates, key=lambda c: c[0]), event,
                      lambda other: bool(other.stories & event.stories), settings)
            if k is None:
                k = len(events)
                events.append(event)
            else:
                events[k].absorb(event)
            for key in events[k].keys():
                if k not in filed[key][-settings.max_open_events:]:
                    filed[key].append(k)
    return [e.reports for e in events]


def _most_common(values: Iterable, order=lambda v: v):
    counts = Counter(v for v in values if v is not None)
    return min(counts, key=lambda v: (-counts[v], order(v))) if counts else None


def _article_province(reports: list[_Report], country: tuple[str, str] | None) -> str | None:
    """The province its articles' places lie in (ARTICLE_PROVINCE), for an event in their
    country at a place that names none (a town the gazetteer lacks, or the country)."""
    return _most_common(province[1] for r in reports
                        if (province := r.row.get(ARTICLE_PROVINCE)) and country
                        and province[0] == country[1])


def _per_article(reports: list[_Report], category: str, figures: dict[str, dict],
                 entity_by_id: dict[str, dict], max_toll: int) -> list[dict]:
    """Each article's largest count of `category` among its reports' figures: an article's
    toll of the event (smaller counts in it are parts or earlier tallies). A count the
    perpetrator gives (the figure's source is the event's actor1) stands only when the
    article gives no other: armed groups and armies claiming an attack raise its toll (a
    group's "17 soldiers" against a hospital's 11). The two are one by their entity's name:
    the model may tag the group a person in one sentence ("Al Shabaab fighters stormed")
    and an organisation in the next ("the al Shabaab group said"). A count above `max_toll`
    is a war's or a year's, not the event's (EventSettings.max_event_toll)."""
    def name(entity_id: str | None) -> str | None:
        entity = entity_by_id.get(entity_id) if entity_id else None
        return entity["name"].casefold() if entity else None

    perpetrators = {name(r.row["actor1_entity_id"]) for r in reports} - {None}
    best: dict[str, dict] = {}
    claimed: dict[str, dict] = {}
    of_category = [figures[i] for r in reports for i in r.row["figure_ids"]
                   if i in figures and figures[i]["category"] == category
                   and _count(figures[i]) <= max_toll]
    bodies = {r.row["article_id"]: r.article.body for r in reports}
    for figure in _lists_counted(of_category, bodies):
        largest = claimed if name(figure["source_entity_id"]) in perpetrators else best
        held = largest.get(figure["article_id"])
        if held is None or _count(figure) > _count(held):
            largest[figure["article_id"]] = figure
    return [best.get(a) or claimed[a] for a in sorted(best.keys() | claimed.keys())]


def _lists_counted(figures: list[dict], bodies: dict[str, str]) -> list[dict]:
    """The figures and, beside them, each list of counts one verb counts ("killed two
    guards, a nurse and three patients": a figure a phrase, "a" one) as one figure of its
    sum, its first's row with the sum for value: the toll is six, not three. A count
    follows the one before it in its list when only that one's subject and "and" or a comma
    lie between them (the parser may give the first the whole list as its subject: "a
    nurse and a patient")."""
    by_sentence = defaultdict(dict)
    for f in figures:
        if f["value"] is not None and f["subject"]:
            by_sentence[f["article_id"], f["sentence_idx"]][f["figure_id"]] = f
    listed = []
    for (article_id, _), group in by_sentence.items():
        body = bodies[article_id]
        chain: list[dict] = []
        for f in sorted(group.values(), key=lambda f: f["start_char"]):
            if chain and _next_in_list(chain[-1], f, body):
                chain.append(f)
                continue
            if len(chain) > 1:
                listed.append(_sum_of(chain))
            chain = [f]
        if len(chain) > 1:
            listed.append(_sum_of(chain))
    return figures + listed


def _next_in_list(before: dict, after: dict, body: str) -> bool:
    between = body[before["end_char"]:after["start_char"]].strip()
    if between.endswith(" and"):
        between = between.removesuffix(" and").rstrip(",")
    elif between.endswith(","):
        between = between[:-1]
    else:
        return False
    return bool(between) and before["subject"].startswith(between)


def _sum_of(chain: list[dict]) -> dict:
    return chain[0] | {"value": sum(f["value"] for f in chain), "low": None, "high": None}


def _named_dead_estimates(reports: list[_Report]) -> tuple[float | None, ...]:
    """(low, best, high) of the people its articles name as killed, when none counts its
    dead (event_mentions.named_dead): each article's most, as UCDP's estimates of counts."""
    most = defaultdict(int)
    for report in reports:
        article_id = report.row["article_id"]
        most[article_id] = max(most[article_id], report.row["named_dead"])
    return ucdp_estimates([{"article_id": article_id, "value": float(n), "value_text": "",
                            "low": None, "high": None, "qualifier": None}
                           for article_id, n in sorted(most.items()) if n])


def _count(figure: dict) -> float:
    return figure["value"] if figure["value"] is not None else figure["low"] or 0


def _compatible_places(placed: list[_Report]) -> list[_Report]:
    """The reports whose place may stand for the event: the first report placed by the
    gazetteer (else the first placed at all) anchors it, and the others count when their
    place is its place, lies inside it or holds it in one country. A report of the same
    event in another place of the article ("denied by Brussels", "north of the capital
    Damascus") does not move the event there because the gazetteer knows it more
    precisely."""
    if not placed:
        return []
    anchor = next((r for r in placed if r.place.get("place_type")), placed[0])
    return [r for r in placed if r is anchor or (same_place(anchor.place, r.place) or 0) >= 1]


def _notes(report: _Report, settings: EventSettings) -> str:
    article = report.article
    sentence = article.sentences[report.row["sentence_idx"]][1]
    text = " ".join(article.body[sentence.start:sentence.end].split())
    if len(text) > settings.notes_max_chars:
        text = text[:settings.notes_max_chars - 1].rsplit(" ", 1)[0] + "…"
    return text


def _conflict(reports: list[_Report], tolls: list[dict]) -> str | None:
    notes = []
    values = Counter(f["value"] for f in tolls if f["value"] is not None)
    if len(values) > 1:
        notes.append("fatalities differ: " + ", ".join(
            f"{number_text(v)} ({n} article{'s' * (n > 1)})" for v, n in sorted(values.items())))
    days = Counter()
    for article_id, day in {(r.row["article_id"], r.day) for r in reports if r.day}:
        days[day] += 1
    if len(days) > 1:
        notes.append("dates differ: " + ", ".join(
            f"{d.isoformat()} ({n} article{'s' * (n > 1)})" for d, n in sorted(days.items())))
    types = {r.row["sub_event_type"] for r in reports if r.row["specificity"] > 1}
    if len(types) > 1:
        notes.append("types differ: " + ", ".join(sorted(types)))
    return "; ".join(notes) or None


def _actor(reports: list[_Report], n: int) -> tuple[str | None, str | None, str | None]:
    """(text, entity id, kind) of actor n as the most of its most specific reports that
    name one give it: a capture's "government redoubts", not the "people" that a generic
    "killed" of the same event names; for actor 1, of the reports that name it by name,
    if some do."""
    with_actor = everyone = [r.row for r in reports if r.row[f"actor{n}"]]
    if not with_actor:
        return None, None, None
    # A group or a person named as the maker (who claimed it, who was blamed) over a maker
    # no report names ("a suicide bomber ... Al-Shabaab claimed the bombing": ACLED codes
    # the group).
    named = [r for r in with_actor
             if r[f"actor{n}_entity_id"] and not a_noun_of_people(r[f"actor{n}"])]
    if n == 1 and named and len(named) < len(with_actor):
        with_actor = named
    top = max(r["specificity"] for r in with_actor)
    with_actor = [r for r in with_actor if r["specificity"] == top]
    entity = _most_common(r[f"actor{n}_entity_id"] for r in with_actor)
    chosen = [r for r in with_actor if r[f"actor{n}_entity_id"] == entity] if entity else []
    if not chosen:
        text = _most_common(r[f"actor{n}"].casefold() for r in with_actor)
        chosen = [r for r in with_actor if r[f"actor{n}"].casefold() == text]
    # A name no word of which says its kind ("Los Lobos") is of the kind the other reports
    # say ("gunmen": a militia).
    kind = _most_common(r[f"actor{n}_kind"] for r in with_actor) or _most_common(
        r[f"actor{n}_kind"] for r in everyone)
    return chosen[0][f"actor{n}"], entity, kind


def _event_row(event_id: str, reports: list[_Report], figures: dict[str, dict],
               entity_by_id: dict[str, dict], wire_links: dict[str, set[str]],
               settings: EventSettings) -> dict:
    top = max(r.row["specificity"] for r in reports)
    specific = [r for r in reports if r.row["specificity"] == top]
    # A type decided by who acted ("Non-state actor overtakes territory") over a guess.
    sub_order = {s: i for i, s in enumerate(SUB_EVENT_TYPES)}
    counts = Counter((r.row["event_type"], r.row["sub_event_type"]) for r in specific)
    with_actor = Counter((r.row["event_type"], r.row["sub_event_type"]) for r in specific
                         if r.row["actor1_kind"])
    event_type, sub_event_type = min(counts, key=lambda t: (-with_actor[t], -counts[t],
                                                            sub_order[t[1]]))
    dated = [r for r in reports if r.day]
    # The day most articles give (each article counted once per day; the earlier on a tie).
    day = _most_common(d for _, d in {(r.row["article_id"], r.day) for r in dated})
    if day is not None:
        first = next(r for r in dated if r.day == day)
        date_text, event_date = first.row["date_text"], day.isoformat()
        precision = min(r.row["time_precision"] for r in dated if r.day == day)
    else:
        # The day the leads give: a later paragraph often dates an earlier episode.
        lead = [r for r in reports if r.row["in_lede"] and r.row["date_text"]]
        date_text = _most_common((r.row["date_text"] for r in lead or reports
                                  if r.row["date_text"]), order=str)
        published = sorted(r.published for r in reports if r.published)
        event_date = published[0].isoformat() if published else None
        precision = 2 if published else None  # within the week before the first report
    placed = [r for r in reports if r.place is not None]
    attested = Counter(r.place["entity_id"] for r in placed)
    place_report = min(_compatible_places(placed),
                       key=lambda r: (r.place_rank, -attested[r.place["entity_id"]]),
                       default=None)
    place = place_report.place if place_report else None
    located = place_report.row if place_report else next(
        (r.row for r in reports if r.row["location"]), None)
    # A town the gazetteer lacks (or no place) is in the country its articles' places are.
    country = ((place["country"], place["country_code"]) if place and place.get("country_code")
               else _most_common(r.row.get(ARTICLE_COUNTRY) for r in reports))
    actor1, actor1_entity, kind1 = _actor(reports, 1)
    actor2, actor2_entity, kind2 = _actor(reports, 2)
    killed = _per_article(reports, "killed", figures, entity_by_id, settings.max_event_toll)
    wounded = _per_article(reports, "wounded", figures, entity_by_id, settings.max_event_toll)
    fatalities = ucdp_estimates(killed) if killed else _named_dead_estimates(reports)
    injuries = ucdp_estimates(wounded)
    if not killed and wounded and all(f["value"] == 0 for f in wounded):
        fatalities = injuries  # "nobody was hurt": nobody died either
    article_ids = sorted({r.row["article_id"] for r in reports})
    noted = min((r for r in reports if r.row["sub_event_type"] == sub_event_type),
                key=lambda r: (not r.row["in_lede"], r.place is not place,
                               r.article.published_at or "\uffff", r.row["article_id"],
                               r.row["start_char"]))
    conflict = _conflict(reports, killed)
    return {
        "event_id": event_id,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "date_text": date_text,
        "event_date": event_date,
        "time_precision": precision,
        "actor1": actor1, "actor1_entity_id": actor1_entity, "actor1_kind": kind1,
        "actor2": actor2, "actor2_entity_id": actor2_entity, "actor2_kind": kind2,
        "civilian_targeting": any(r.row["civilian_targeting"] for r in reports),
        "location": located["location"] if located else None,
        # The site as the most articles write it (each article once); on a tie the
        # shortest, its plainest form ("a market" beside "a crowded market").
        "site": _most_common((site for _, site in {(r.row["article_id"], r.row["site"])
                                                    for r in reports}),
                             order=lambda site: (len(site), site)),
        "location_entity_id": place["entity_id"] if place else (
            located["location_entity_id"] if located else None),
        "admin1": (place.get("admin1") if place and place.get("admin1") else
                   _article_province(reports, country)),
        "admin2": place.get("admin2") if place else None,
        "country": country[0] if country else None,
        "country_code": country[1] if country else None,
        "latitude": place.get("latitude") if place else None,
        "longitude": place.get("longitude") if place else None,
        "geo_precision": place.get("geo_precision") if place else None,
        "fatalities_low": fatalities[0], "fatalities_best": fatalities[1],
        "fatalities_high": fatalities[2],
        "wounded_low": injuries[0], "wounded_best": injuries[1], "wounded_high": injuries[2],
        "n_articles": len(article_ids),
        "n_independent_sources": len(wire_copy_groups(article_ids, wire_links)),
        "article_ids": article_ids,
        "event_mention_ids": sorted(r.row["event_mention_id"] for r in reports),
        "n_event_mentions": len(reports),
        "outlets": sorted({r.article.outlet for r in reports if r.article.outlet}),
        "notes": _notes(noted, settings),
        "has_conflict": conflict is not None,
        "conflict": conflict,
    }


def events(mentions: list[dict], articles: dict[str, NormalizedArticle], entities: list[dict],
           figures: list[dict], story_by_article: dict[str, str],
           wire_links: dict[str, set[str]], prior: PriorIds,
           settings: EventSettings) -> tuple[list[dict], list[dict]]:
    """(rows of schema.EVENTS, the event mention rows with their event_id); `articles` by
    article_id."""
    entity_by_id = {e["entity_id"]: e for e in entities}
    figure_by_id = {f["figure_id"]: f for f in figures}
    groups = event_groups(mentions, articles, entity_by_id, story_by_article, settings)
    event_ids = stable_ids([[r.row["event_mention_id"] for r in g] for g in groups],
                           prior.event_by_mention,
                           lambda members: ids.composite_id("event", members[0]),
                           prior.reserved)
    rows = []
    for event_id, group in zip(event_ids, groups):
        for report in group:
            report.row["event_id"] = event_id
        rows.append(_event_row(event_id, group, figure_by_id, entity_by_id, wire_links,
                               settings))
    return sorted(rows, key=lambda r: r["event_id"]), mentions


def articles_joined_by_events(mentions: list[dict]) -> list[tuple[str, str]]:
    """Pairs of articles whose leads report one event: they are one story."""
    lede_articles: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m["in_lede"] and m.get("event_id"):
            lede_articles[m["event_id"]].append(m["article_id"])
    pairs = []
    for members in lede_articles.values():
        first, *rest = sorted(set(members))
        pairs.extend((first, other) for other in rest)
    return sorted(pairs)
