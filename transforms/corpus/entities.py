"""Entities: cross-article linking of `mentions` -> mentions with `entity_id`, and `entities`.

Grain: one entity row per canonical real-world entity of a release (schema.ENTITIES). Rules
add mentions the model missed: aliases learned from the text ("X (XY)", "X, also known as
Y") and names seen in several articles, searched in every body. Names are matched on a key
with honorifics, particles and designators removed; a surname links to the nearest full name
of its article, else to the release's only full name with that surname; spelling variants
merge when similar and their articles share context. Places are geocoded offline
(transforms.geocode). Rule tables: honorifics, name_particles, alias_patterns,
alias_designators, place_designators. Known limits: a surname shared by two people of a
release and not named in full in its article stays its own entity; no coreference.
"""

from __future__ import annotations

from bisect import bisect_left
import calendar
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
import re

from rapidfuzz import fuzz

from transforms import ids, rules
from transforms.corpus.geocode import (Gazetteer, Place, called, is_province_context_key,
                                      namesake_level, province_context_key, resolve_place,
                                      written_with_country_key, written_with_province_key)
from transforms.corpus.romanize import (
    Romanization, are_variants, consonants, fold_accents, load_romanization, near_spelling_key,
    near_spelt_words, near_spellings, person_or_group_words, romanized_key, romanized_words,
)
from transforms.corpus.text_reuse import story_words, words as word_tokens
from transforms.dates import opening_dateline
from transforms.graph import UnionFind
from transforms.records import NormalizedArticle, sentence_index
from transforms.schema import ENTITIES, GEOCODED_LABELS, MENTIONS, NUMERIC_LABELS, PLACE_LABELS
from transforms.settings import GeocodeSettings, LinkingSettings

_CONNECTORS = ("of", "the", "and", "for")

_LINKABLE_TO_PERSON = ("ORG", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC")
# Labels the model gives a person's name written with a courtesy title (Mr Ebbers an ORG);
# not works or products, whose titles may hold one (Mrs Brown's Boys, Dr Pepper).
_TITLED_MISLABELS = ("ORG", "NORP", "FAC")
# Labels the model gives a country's name besides a place's (Lesotho a person, Malawi a
# product); a group's is left out, since a country's national side is one.
_COUNTRY_MISLABELS = ("PERSON", "PRODUCT", "FAC", "NORP", "WORK_OF_ART")
# Labels the model gives a town it does not know (Manbij as a product, a port as a facility).
_TOWN_MISLABELS = ("PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART")
# Labels the model gives towns too ("killed in air strikes in Aleppo", tagged LANGUAGE),
# for which a name shared with someone's full name elsewhere is no sign of a person.
_CUED_TOWN_MISLABELS = ("NORP", "LANGUAGE")
# Labels whose names are merged across romanizations (dates, laws and works are not names
# that outlets romanize).
_ROMANIZED_LABELS = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")
_NAME_LABELS = ("PERSON", "ORG", "NORP", "FAC")  # not places: those merge by their place
# Labels the model gives a person's, a group's or a club's full name by mistake ("Ibrahim
# Raisi" a work of art, "Dynamo Tbilisi" a product): such a name of several words is
# compared with the romanized names of other labels.
_MISTAKEN_NAME_LABELS = ("PRODUCT", "WORK_OF_ART")
_PERSON_OR_GROUP_LABELS = frozenset({"PERSON", "ORG"})
# An entity whose mentions carry two labels as often each takes the first of them.
_LABEL_RANK = {label: i for i, label in enumerate(
    ("PERSON", "GPE", "ORG", "LOC", "NORP", "FAC"))}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_BODY_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")
_WORD_AT_END = re.compile(r"\w+$")
# A capitalised name, or one after a lower-case Arabic article (al-Shabab, el-Sisi).
_CAPITALISED_NAME = re.compile(r"(?:[a-z]{1,2}[-‑'’])?[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")
# A regnal number after a monarch's name (Charles III, Abdullah II).
_REGNAL_NUMBER = re.compile(r"[IVXL]+")
_APPOSITION = r"""
    ,\s+(?:a|an|the)\s+          # a comma and an article
    (?:[\w'’-]+\s+){0,2}?         # up to two modifiers (Syrian, rebel-held, small)
    (?P<noun>{nouns})\b(?![-'’])  # the noun of place, not a possessive (the town's mayor)
    (?=\s*(?:[,.;:)—–]|$)          # where the phrase ends,
       |\s+(?:{followers})\b       # goes on to say where the place is (in, of, north...)
       |\s+\w+ed\b|\s+\w+\s+by\b)  # or on a participle (held by, hit by): not "a city
"""                                # councillor", "a village elder"
# Words that may follow the noun of an apposition of place besides place_prepositions.tsv:
# they go on to say where it is (a town of Idlib province, a town on the highway).
_APPOSITION_FOLLOWERS = ("of", "on", "north", "south", "east", "west", "northeast",
                         "northwest", "southeast", "southwest", "that", "which", "where",
                         "whose", "with")
_ALIAS_SLOT = r"""
    [“"‘']?(?:the\s+)?                           # an optional quote, an optional article
    (?P<alias{n}>
        [A-Z][\w'’]*                              # a capitalised word or an acronym
        (?:[-\s]                                  # then more of them, joined by
           (?:[A-Z][\w'’]*                        #   capitalised words
            | (?:{connectors})(?=[-\s][A-Z])      #   or a particle/connector before one
           ))*
    )
    [”"’']?
"""


# One capitalised word after a group word (_find_group_names), joined by a space or a hyphen,
# with the article or izafe that may join it: " al-Sham", " Al Fateh", "-e-Islami", " Hezbollah".
_GROUP_WORD = re.compile(r"[\w'’]+")
# Words of a group's name between its group word and the article-joined words that end it
# (Harakat Nour al-Din al-Zenki: 1); more, and they are a headline's words.
_MAX_WORDS_BEFORE_ARTICLE = 2
# A word of a group's name after its head word: capitalised, maybe after an article or an
# izafe, or after "and the" (wa al-, wal-: Jama'at Nusrat al-Islam wal-Muslimin).
_GROUP_NAME_PART = (r"(?:\s+|-)(?:(?P<article>(?i:wa\s+)?(?i:{articles}|wal)[-\s]|"
                    r"(?:{izafe})-))?(?P<word>[A-Z][\w'’]*)")


# eq=False: identity hashing, so the name functions below can be memoised on the rules
# object cheaply (a release repeats the same surface forms tens of thousands of times).
@dataclass(frozen=True, eq=False)
class LinkingRules:
    honorifics: tuple[tuple[str, ...], ...]  # word tuples, longest first
    royal_titles: tuple[tuple[str, ...], ...]  # King, Crown Prince...: word tuples, longest first
    courtesy_titles: frozenset[str]  # Mr, Mrs, Dr...: only ever before a person's name
    article_particles: frozenset[str]
    kinship_particles: frozenset[str]
    place_suffixes: dict[str, str]  # designator word after a place name -> admin1/admin2/city
    place_prefixes: tuple[tuple[str, str], ...]  # (phrase before a place name, kind)
    place_apposition: re.Pattern  # ", a town", ", the Syrian city" after a place name (group noun)
    apposition_kinds: dict[str, str]  # the noun of place_apposition -> admin1/admin2/city
    # ", in the prefecture of" after a place name: the region that holds it comes next.
    holder_phrase: re.Pattern
    alias_patterns: tuple[tuple[str, str, frozenset, re.Pattern], ...]  # kind, shape, labels, re
    romanization: Romanization
    joined_name: re.Pattern  # a hyphenated article or izafe and the next word (ez-Zor, -i-Sharif)
    izafe: re.Pattern  # the izafe between the words of a folded name (-i- of mazar-i-sharif)
    izafe_name: re.Pattern  # capitalised words joined by a hyphenated izafe (Jaish-e-Mohammed)
    group_name: re.Pattern  # a group word (rules/group_name_words.tsv) and capitalised words after it
    group_name_part: re.Pattern  # one word of group_name's rest, with its article or izafe
    article_group_words: frozenset[str]  # group words that open a name only with an article
    place_prepositions: frozenset[str]  # words before a place (in, near)
    demonyms: dict[str, str]  # folded nationality word -> ISO country code (Iraqi -> IQ)
    region_words: frozenset[str]  # directions and world regions: never geocoded
    relative_nouns: frozenset[str]  # father, son...: a name after one is someone's relative
    armed_member_nouns: frozenset[str]  # fighters, militiamen...: a lone name before one is a group
    group_nouns: frozenset[str]  # group, movement...: a lone name after one is a group
    place_of_nouns: frozenset[str]  # residents, outskirts...: a name after "<noun> of" is a place
    speaker_work_nouns: frozenset[str]  # statement, report...: "X's statement" said it: X
    club_name_words: frozenset[str]  # United, Rovers...: a town's name and one is a club
    club_role_nouns: frozenset[str]  # boss, striker, fans...: a town's name before one is a club
    # Words for a group written in lower case after its name (the X party, the X movement:
    # alias_designators.tsv), word tuples, longest first
    group_descriptors: tuple[tuple[str, ...], ...]


def load_linking_rules() -> LinkingRules:
    """Read the rule tables; call once per run and pass the result down."""
    honorifics = rules.load("honorifics", ("term", "kind", "example"))
    particles = rules.load("name_particles", ("term", "kind", "example"))
    designators = rules.load("place_designators", ("term", "kind", "position", "example"))
    org_designators = rules.load("alias_designators", ("term", "example"))
    patterns = rules.load("alias_patterns", ("kind", "pattern", "alias_shape", "name_labels",
                                             "example"))

    words = {tuple(_WORD.findall(_fold(r["term"]))) for r in honorifics if r["kind"] != "royal"}
    articles = frozenset(_fold(r["term"]) for r in particles if r["kind"] == "article")
    designator = "(?:\\s+(?:" + "|".join(
        re.escape(r["term"]) for r in sorted(org_designators, key=lambda r: -len(r["term"]))) + "))?"
    connectors = "|".join(sorted(articles | set(_CONNECTORS), key=len, reverse=True))
    compiled = []
    for row in patterns:
        pattern, n = row["pattern"].replace("{designator}", designator), 0
        while "{alias}" in pattern:
            n += 1
            slot = _ALIAS_SLOT.replace("{n}", str(n)).replace("{connectors}", connectors)
            pattern = pattern.replace("{alias}", slot, 1)
        compiled.append((row["kind"], row["alias_shape"], frozenset(row["name_labels"].split(",")),
                         re.compile(pattern, re.VERBOSE)))
    hyphenated = sorted((_fold(r["term"]) for r in particles
                         if r["kind"] in ("article", "izafe")), key=len, reverse=True)
    joined = re.compile(r"(?:[-\s](?:%s)-|-(?:%s)\s)[A-Z][\w'’]*" % (
        "|".join(map(re.escape, hyphenated)),
        "|".join(re.escape(_fold(r["term"])) for r in particles if r["kind"] == "izafe")))
    izafe = "|".join(re.escape(_fold(r["term"])) for r in particles if r["kind"] == "izafe")
    prepositions = rules.load("place_prepositions", ("term", "example"))
    group_words = rules.load("group_name_words", ("term", "needs_article", "meaning", "example"))
    return LinkingRules(
        honorifics=tuple(sorted(words, key=len, reverse=True)),
        royal_titles=tuple(sorted({tuple(_WORD.findall(_fold(r["term"]))) for r in honorifics
                                   if r["kind"] == "royal"}, key=len, reverse=True)),
        courtesy_titles=frozenset(_fold(r["term"]) for r in honorifics
                                  if r["kind"] == "courtesy"),
        article_particles=articles,
        kinship_particles=frozenset(_fold(r["term"]) for r in particles if r["kind"] == "kinship"),
        place_suffixes={_fold(r["term"]): r["kind"] for r in designators
                        if r["position"] == "after"},
        place_prefixes=tuple((_fold(r["term"]), r["kind"]) for r in designators
                             if r["position"] == "before"),
        place_apposition=re.compile(_APPOSITION.replace("{nouns}", "|".join(
            re.escape(r["term"]) for r in designators if r["position"] == "apposition"))
            .replace("{followers}", "|".join(map(re.escape, sorted(
                {r["term"] for r in prepositions} | set(_APPOSITION_FOLLOWERS))))),
            re.VERBOSE),
        apposition_kinds={r["term"]: r["kind"] for r in designators
                          if r["position"] == "apposition"},
        holder_phrase=re.compile(r",\s+in\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:%s)\s+" % "|".join(
            re.escape(r["term"]) for r in designators if r["position"] == "before"
            and r["kind"] in ("admin1", "admin2"))),
        alias_patterns=tuple(compiled),
        romanization=load_romanization(),
        joined_name=joined,
        izafe=re.compile(r"(?<=[a-z])-(?:%s)(?=[\s-])" % izafe),
        izafe_name=re.compile(r"(?<![\w'’-])[A-Z][a-z'’]+(?:-(?:%s)-[A-Z][a-z'’]+)+"
                              r"(?![\w'’-])(?P<next>\s+[A-Z][a-z]+)?" % izafe),
        group_name=re.compile(r"(?<![\w'’-])(?:%s)(?:%s)+" % (
            "|".join(re.escape(r["term"]).replace("'", "['’]") for r in group_words),
            _GROUP_NAME_PART.format(articles="|".join(map(re.escape, hyphenated)),
                                    izafe=izafe))),
        group_name_part=re.compile(_GROUP_NAME_PART.format(
            articles="|".join(map(re.escape, hyphenated)), izafe=izafe)),
        article_group_words=frozenset(_fold(r["term"]).replace("’", "'") for r in group_words
                                      if r["needs_article"] == "yes"),
        place_prepositions=frozenset(_fold(r["term"]) for r in prepositions),
        demonyms={_fold(r["demonym"]): r["country_code"] for r in rules.load(
            "country_demonyms", ("demonym", "country_code", "example"))},
        region_words=frozenset(_fold(r["term"]) for r in rules.load(
            "place_region_words", ("term", "example"))),
        relative_nouns=frozenset(_fold(r["term"]) for r in rules.load(
            "kinship_nouns", ("term", "example"))),
        armed_member_nouns=frozenset(_fold(r["term"]) for r in rules.load(
            "armed_member_nouns", ("term", "example"))),
        group_nouns=frozenset(_fold(r["term"]) for r in rules.load(
            "group_nouns", ("term", "example"))),
        place_of_nouns=frozenset(_fold(r["term"]) for r in rules.load(
            "place_of_nouns", ("term", "example"))),
        speaker_work_nouns=frozenset(_fold(r["term"]) for r in rules.load(
            "speaker_work_nouns", ("term", "example"))),
        club_name_words=frozenset(r["term"] for r in rules.load(
            "club_name_words", ("term", "example"))),
        club_role_nouns=frozenset(r["term"].casefold() for r in rules.load(
            "club_role_nouns", ("term", "example"))),
        group_descriptors=tuple(sorted({tuple(r["term"].split()) for r in org_designators},
                                       key=len, reverse=True)),
    )


# -- names and keys ---------------------------------------------------------------------------

@lru_cache(maxsize=1 << 17)
def _fold(text: str) -> str:
    return fold_accents(text)


def _is_acronym(text: str, settings: LinkingSettings) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= settings.max_acronym_letters and letters.isalpha() and letters.isupper()


@dataclass(frozen=True)
class NameKey:
    tokens: tuple[str, ...]
    designator: str | None = None  # a place written with one: admin1 (X Province), city...

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _only_titles(words: list[str], rules_: LinkingRules) -> bool:
    """The words are titles and honorifics only (Ayatollah, President Dr), before a name."""
    return bool(words) and _strip_honorifics([*words, "name"], rules_) == len(words)


def _strip_honorifics(words: list[str], rules_: LinkingRules) -> int:
    """How many leading words are honorifics or titles (repeatedly: 'Prime Minister Dr X')."""
    folded = [_fold(w).rstrip(".") for w in words]
    start = 0
    while True:
        term = next((t for t in rules_.honorifics
                     if tuple(folded[start:start + len(t)]) == t and len(folded) > start + len(t)),
                    None)
        if term is None:
            return start
        start += len(term)


def _royal_title_before_full_name(words: list[str], rules_: LinkingRules) -> int:
    """How many leading words are a royal title that a full name follows (Crown Prince
    Mohammed bin Salman, Emir Tamim bin Hamad): two capitalised words besides a regnal
    number. Before a given name alone the title stays: Prince Edward is nobody surnamed
    Edward, and Queen Margrethe II no Margrethe."""
    folded = [_fold(w).rstrip(".") for w in words]
    title = next((t for t in rules_.royal_titles if tuple(folded[:len(t)]) == t), ())
    rest = words[len(title):]
    names = [w for w in rest if w[:1].isupper() and not _REGNAL_NUMBER.fullmatch(w)]
    return len(title) if title and rest[:1] == names[:1] and len(names) >= 2 else 0


@lru_cache(maxsize=1 << 16)
def display_name(text: str, label: str, rules_: LinkingRules) -> str:
    """The name as written, without a leading article or (for people) honorifics."""
    words = text.split()
    if words and words[0].casefold() == "the" and len(words) > 1:
        words = words[1:]
    if label == "PERSON":
        words = words[_strip_honorifics(words, rules_):]
        words = words[_royal_title_before_full_name(words, rules_):]
    if label == "ORG":
        # "the Ra'am party", "the Islamic State group": a word for a group in lower case is
        # no part of a capitalised name ("the Communist Party" keeps its own).
        for descriptor in rules_.group_descriptors:
            if (len(words) > len(descriptor) and tuple(words[-len(descriptor):]) == descriptor
                    and words[0][:1].isupper()):
                words = words[:-len(descriptor)]
                break
    if label in ("PERSON", *GEOCODED_LABELS) and len(words) > 1:
        # A title closing the span belongs to the next name ("a leader from X Sheikh Y").
        last = _fold(words[-1]).rstrip(".")
        if (last,) in rules_.honorifics:
            words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def name_key(text: str, label: str, rules_: LinkingRules) -> NameKey:
    """The matching key: folded words without articles, particles, initials and titles."""
    name = display_name(text, label, rules_)
    if _DOTTED_ACRONYM.fullmatch(name):
        return NameKey((name.replace(".", "").casefold(),))
    # Without the izafe: Tehrik-i-Taliban and Tehreek-e-Taliban are two words each.
    words = _WORD.findall(rules_.izafe.sub(" ", _fold(name)))
    designator = None
    if label in GEOCODED_LABELS and len(words) > 1 and words[-1] in rules_.place_suffixes:
        words, designator = words[:-1], rules_.place_suffixes[words[-1]]
    tokens: list[str] = []
    for i, word in enumerate(words):
        if word in rules_.article_particles and i < len(words) - 1:
            continue
        if tokens and tokens[-1] in rules_.kinship_particles and label == "PERSON":
            tokens[-1] = f"{tokens[-1]} {word}"
        else:
            tokens.append(word)
    return NameKey(tuple(tokens) or (_fold(name),), designator)


def _initials(key: NameKey, rules_: LinkingRules) -> str:
    significant = [t for t in key.tokens if t not in _CONNECTORS]
    return "".join(t[0] for t in significant) if len(significant) > 1 else ""


# -- rule mentions ------------------------------------------------------------------------------

@dataclass
class _Release:
    articles: dict[str, NormalizedArticle]
    mentions: list[dict]
    by_article: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    fragment_of: dict[int, int] = field(default_factory=dict)  # _uid -> covering _uid
    # Towns a roll of people names in brackets after its players ("M Blair (Edinburgh)"),
    # by article: their clubs (_clubs_named_by_their_towns).
    clubs_in_rolls: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    articles_with_rolls: set[str] = field(default_factory=set)  # ... of people
    # The words (_body_tokens) and capitalised words of one article, the last one asked: a
    # search reads each article once, and every article's words would hold 60 MB on 1,000
    # BBC articles (half the cross-article step's growth) for 0.3 s of tokenizing saved.
    _words_of: tuple[str, list[tuple[str, int, int]], list[int]] | None = None
    _lower_words: set[str] | None = None
    _nouns: set[str] | None = None

    def tokens(self, article_id: str) -> list[tuple[str, int, int]]:
        """The body's words with offsets (_body_tokens)."""
        return self._words(article_id)[1]

    def lower_words(self) -> set[str]:
        """Every word written in lower case somewhere in the release (read once, when first
        needed): a name also written so is an English word too (Many, Said)."""
        if self._lower_words is None:
            self._lower_words = set().union(*(_LOWER_WORD.findall(a.body)
                                              for a in self.articles.values()))
        return self._lower_words

    def nouns(self) -> set[str]:
        """Lower-case words written after an article or a possessive somewhere in the
        release ("the rapper", "a winger", "his lawyer"): nouns (or adjectives), no verbs."""
        if self._nouns is None:
            self._nouns = set().union(*(_AFTER_DETERMINER.findall(a.body)
                                        for a in self.articles.values()))
        return self._nouns

    def capitals(self, article_id: str) -> list[int]:
        """Indexes of the body's words that open with a capital letter."""
        return self._words(article_id)[2]

    def _words(self, article_id: str) -> tuple[str, list[tuple[str, int, int]], list[int]]:
        if self._words_of is None or self._words_of[0] != article_id:
            tokens = _body_tokens(self.articles[article_id].body)
            self._words_of = (article_id, tokens,
                              [i for i, (w, _, _) in enumerate(tokens) if w[:1].isupper()])
        return self._words_of

    def add(self, row: dict) -> None:
        row["_uid"] = len(self.mentions)  # stable while a relabel changes the mention_id
        self.mentions.append(row)
        self.by_article[row["article_id"]].append(row)


def _rule_row(article: NormalizedArticle, start: int, end: int, label: str, locate) -> dict | None:
    sentence_idx = locate(start, end)
    if sentence_idx is None or start >= end:
        return None
    return {"mention_id": ids.mention_id(article.article_id, start, end, label),
            "article_id": article.article_id, "sentence_idx": sentence_idx,
            "start_char": start, "end_char": end, "text": article.body[start:end],
            "label": label, "source": "rule"}


def _place_span(release: _Release, article: NormalizedArticle, start: int, end: int,
                label: str, locate, rules_: LinkingRules | None = None) -> dict | None:
    """Add a rule mention at [start, end) unless the model's spans already cover it.

    Policy: an existing span equal to or containing the new one wins; a new span that
    contains existing ones (the model split a name) is added and they become its fragments;
    so does, given `rules_`, a span of the same label that ends inside the new one and
    opens with titles only before it (the model cut the name short: "Ayatollah Ahmad" of
    Ayatollah Ahmad Jannati'i; not "Anadan Khan" of Anadan Khan Touman, two towns); any other
    partial overlap keeps the model's span.
    """
    rows = release.by_article[article.article_id]
    inside = []
    for row in rows:
        if row["end_char"] <= start or row["start_char"] >= end:
            continue
        if row["start_char"] <= start and row["end_char"] >= end:
            return row if (row["start_char"], row["end_char"]) == (start, end) else None
        if row["start_char"] >= start and row["end_char"] <= end:
            inside.append(row)
        elif (rules_ is not None and row["start_char"] < start and row["end_char"] < end
              and row["label"] == label and _only_titles(
                  article.body[row["start_char"]:start].split(), rules_)):
            inside.append(row)
        else:
            return None
    new = _rule_row(article, start, end, label, locate)
    if new is None:
        return None
    release.add(new)
    for row in inside:
        release.fragment_of[row["_uid"]] = new["_uid"]
    return new


def _learn_aliases(release: _Release, rules_: LinkingRules,
                   gazetteer: Gazetteer, settings: LinkingSettings) -> list[tuple[str, str, str]]:
    """(name text, label, alias text) for every alias pattern match; the aliases become mentions.

    A place is never an alias (in brackets after a name it says where): neither a country
    name of the gazetteer (an ISO code alone is not enough: IS, IT) nor a form the model
    mostly labels GPE/LOC.
    """
    place_votes: dict[str, Counter] = defaultdict(Counter)
    for row in release.mentions:
        place_votes[row["text"]][row["label"] in GEOCODED_LABELS] += 1
    places = {t for t, votes in place_votes.items() if votes[True] > votes[False]}

    def is_place(alias: str) -> bool:
        return alias in places or any(p.place_type == "country"
                                      for p in gazetteer.named(alias))

    learned = []
    for article_id, rows in sorted(release.by_article.items()):
        article = release.articles[article_id]
        locate = sentence_index(article)
        bracketed: set[int] = set()  # where the brackets of an alias learned here start
        for row in sorted(rows, key=lambda r: r["start_char"]):
            for _, shape, labels, pattern in rules_.alias_patterns:
                match = pattern.match(article.body, row["end_char"])
                if not match or (shape == "acronym"
                                 and not _is_acronym(match.group("alias1"), settings)):
                    continue
                if row["label"] in labels:
                    name_row = _joined_name(release, article, row, locate)
                elif shape == "acronym" and "ORG" in labels and (name_row := _spelt_by_acronym(
                        release, article, row, match.group("alias1"), locate)):
                    pass  # "the Islamic State West Africa Province (ISWAP)", split by the model
                else:
                    continue
                bracketed.add(match.start())
                for group, alias in match.groupdict().items():
                    if not alias or not group.startswith("alias") or is_place(alias):
                        continue
                    start, end = match.span(group)
                    _place_span(release, article, start, end, name_row["label"], locate)
                    learned.append((name_row["text"], name_row["label"], alias))
                break
        learned += _untagged_acronym_names(release, article, locate, bracketed, is_place,
                                           settings)
    return learned


# A possessive's ending: "Boerse's", "Services'".
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")
# An acronym in brackets: "(ISWAP)".
_BRACKETED_ACRONYM = re.compile(r"\(\s*(?P<alias>[A-Z][A-Za-z]{1,9})\s*\)")


def _untagged_acronym_names(release: _Release, article: NormalizedArticle, locate,
                            done: set[int], is_place: Callable[[str], bool],
                            settings: LinkingSettings) -> list[tuple[str, str, str]]:
    """(name, "ORG", acronym) for each acronym in brackets after a name the model did not
    tag ("Fighters of the Islamic State Sahel Province (ISSP)", "Islamic" tagged a
    nationality): the capitalised words before it whose initials spell it
    (_acronym_name_start) are an organisation's name, and the acronym its alias. `done`:
    where the brackets of a tagged name's alias start."""
    body, found = article.body, []
    for match in _BRACKETED_ACRONYM.finditer(body):
        acronym = match.group("alias")
        if match.start() in done or not _is_acronym(acronym, settings) or is_place(acronym):
            continue
        # Not a possessive's ending: "Deutsche Boerse's (DB) bid" names Deutsche Boerse.
        end = len(_POSSESSIVE_END.sub("", body[:match.start()].rstrip()))
        start = _acronym_name_start(body, end, acronym)
        if start is None:
            continue
        _place_span(release, article, start, end, "ORG", locate)
        _place_span(release, article, *match.span("alias"), "ORG", locate)
        found.append((body[start:end], "ORG", acronym))
    return found


def _joined_name(release: _Release, article: NormalizedArticle, row: dict, locate) -> dict:
    """The name ending at `row`: adjacent mentions split by one space are one name (X Y)."""
    rows = {r["end_char"]: r for r in release.by_article[article.article_id]}
    start = row["start_char"]
    while start - 1 in rows and article.body[start - 1] == " ":
        start = rows[start - 1]["start_char"]
    if start == row["start_char"]:
        return row
    return _place_span(release, article, start, row["end_char"], row["label"], locate) or row


def _spelt_by_acronym(release: _Release, article: NormalizedArticle, row: dict, acronym: str,
                      locate) -> dict | None:
    """An organisation's name before its acronym in brackets, which the model tagged, or
    cut short, as something else ("West Africa Province", a place, of "the Islamic State
    West Africa Province (ISWAP)"): the words ending with `row` whose initials spell the
    acronym (_acronym_name_start), as an organisation."""
    start = _acronym_name_start(article.body, row["end_char"], acronym)
    if start is None or start > row["start_char"]:
        return None
    if start == row["start_char"]:
        _relabel(row, "ORG")
        return row
    return _place_span(release, article, start, row["end_char"], "ORG", locate) or row


# How far before its acronym in brackets an organisation's name may start.
MAX_ACRONYM_NAME_CHARS = 150


def _acronym_name_start(body: str, end: int, acronym: str) -> int | None:
    """Where the capitalised words ending at `end` (connectors between them: "of", "the",
    "and", "for") start whose initials spell `acronym`, if they do ("Islamic State West
    Africa Province" for ISWAP)."""
    initials = ""
    for word in reversed(list(_BODY_TOKEN.finditer(body, max(0, end - MAX_ACRONYM_NAME_CHARS),
                                                   end))):
        text = word.group()
        if text[:1].isupper():
            initials = text[0] + initials
        elif text not in _CONNECTORS:
            return None
        if text[:1].isupper() and initials.casefold() == acronym.casefold():
            return word.start()
        if len(initials) > len(acronym):
            return None
    return None


def _is_shouted(body: str, start: int, end: int, known: set[str]) -> bool:
    """The token stands next to a word in capitals that is no known acronym: text in
    capitals (IT IS OVER), where an acronym-shaped word is an ordinary word."""
    before = _BODY_TOKEN.findall(body[max(0, start - 30):start])[-1:]
    after = _BODY_TOKEN.findall(body[end:end + 30])[:1]
    return any(w.isupper() and len(w) > 1 and w not in known for w in before + after)


def _search_terms(release: _Release, learned: list[tuple[str, str, str]],
                  settings: LinkingSettings, gazetteer: Gazetteer | None = None
                  ) -> dict[tuple[str, ...], str]:
    """Word tuples to search for in every body -> label: learned aliases and their names,
    multi-word names the model found in enough articles and, given the gazetteer, one-word
    places it tagged as places in enough articles (Aleppo, left untagged in "on Syrian city
    Aleppo") that the release never writes in lower case."""
    terms: dict[tuple[str, ...], str] = {}
    for name, label, alias in learned:
        for text in (name, alias):
            words = tuple(_BODY_TOKEN.findall(text))
            if words and words[0].casefold() == "the":
                words = words[1:]
            if words:
                terms[words] = label
    articles_by_name: dict[tuple[str, ...], set[str]] = defaultdict(set)
    labels_by_name: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for row in release.mentions:
        words = tuple(_BODY_TOKEN.findall(row["text"]))
        if words and words[0].casefold() == "the":
            words = words[1:]
        one_place = (gazetteer is not None and len(words) == 1
                     and row["label"] in GEOCODED_LABELS and words[0][:1].isupper())
        if one_place or (len(words) >= 2 and words[0][:1].isupper()
                         and words[-1][:1].isupper()):
            articles_by_name[words].add(row["article_id"])
            labels_by_name[words][row["label"]] += 1
    for words, article_ids in articles_by_name.items():
        if len(article_ids) < settings.min_articles_for_name_search or words in terms:
            continue
        label = labels_by_name[words].most_common(1)[0][0]
        if len(words) == 1 and (label not in GEOCODED_LABELS
                                or words[0].casefold() in release.lower_words()
                                or not _is_known_place(words[0], gazetteer, settings)):
            continue
        terms[words] = label
    return terms


def _is_known_place(name: str, gazetteer: Gazetteer, settings: LinkingSettings) -> bool:
    """A country, a province or a town of settings.min_searched_place_population people."""
    return any(p.place_type in ("country", "continent", "admin1")
               or p.population >= settings.min_searched_place_population
               for p in gazetteer.candidates(name))


def _search_bodies(release: _Release, terms: dict[tuple[str, ...], str],
                   settings: LinkingSettings, article_ids: list[str] | None = None) -> None:
    """Find every term in every body (or those of `article_ids`): case-sensitive whole
    words, one pass over the tokens."""
    known = {words[0] for words in terms if len(words) == 1}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in sorted(terms, key=len, reverse=True):
        by_first[words[0]].append(words)
    for article_id in sorted(release.articles) if article_ids is None else article_ids:
        article = release.articles[article_id]
        locate = sentence_index(article)
        tokens = release.tokens(article_id)
        # A lone word that is the surname of someone the article names in full is his
        # (William Hague's "Hague", not The Hague's).
        surnames = {r["text"].split()[-1] for r in release.by_article[article_id]
                    if r["label"] == "PERSON" and len(r["text"].split()) > 1}
        # Only the words that open a term, read in one sweep: most words open none.
        for i in [i for i, token in enumerate(tokens) if token[0] in by_first]:
            word, start, _ = tokens[i]
            for words in by_first[word]:
                window = tokens[i:i + len(words)]
                if tuple(map(itemgetter(0), window)) != words or (
                        len(words) == 1 and word in surnames):
                    continue
                end = window[-1][2]
                if not _contiguous(article.body, window):
                    continue
                if len(words) == 1 and _is_acronym(word, settings) and _is_shouted(article.body, start, end, known):
                    continue
                _place_span(release, article, start, end, terms[words], locate)
                break


def _dateline_towns(release: _Release, settings: LinkingSettings) -> None:
    """The places a wire dateline names ("Zelenyi Pidhir (Ukraine) (AFP) -") are places
    wherever its article writes them as the dateline does: a mention of the name the model
    took for a person or a thing is relabelled, and where it tagged nothing or split the
    name, the name is found (_search_bodies, in that article only)."""
    for article_id in sorted(release.articles):
        body = release.articles[article_id].body
        dateline = opening_dateline(body)
        if dateline is None:
            continue
        names = {body[start:end] for start, end in dateline[1]}
        for row in release.by_article[article_id]:
            # Not a group's name: AFP files from "United Nations (United States) (AFP) -".
            if row["text"] in names and row["label"] not in (*GEOCODED_LABELS, "ORG"):
                _relabel(row, "GPE")
        terms = {words: "GPE" for words in (tuple(_BODY_TOKEN.findall(n)) for n in names)
                 if words}
        _search_bodies(release, terms, settings, [article_id])


def _search_variants(release: _Release, rules_: LinkingRules,
                     settings: LinkingSettings) -> None:
    """Find the other romanizations of the release's names where the model tagged nothing
    (it tagged Latakia in one report, not Lattakia in another; Daesh, not Da'ish): a run of
    body words that opens with a capital and ends on one, whose romanized key is the key of
    a name the model tagged, spelt otherwise, becomes a rule mention with that name's label.
    Words all also written in lower case in the release are English words: a lone word
    (Many, Said), or several that a name folds to in another number of words (How To, not
    Hutu; but Fatal Force may be FATAL FORCE)."""
    labels: dict[str, Counter] = defaultdict(Counter)  # romanized key -> labels
    lengths: dict[str, set[int]] = defaultdict(set)  # romanized key -> names' numbers of words
    # Names of several words also by their consonants, for the vowels the folds leave
    # (Nour al-Din al-Zenki, Nur al-Din al-Zinki): skeleton -> romanized words -> key.
    skeletons: dict[tuple, dict[tuple, str]] = defaultdict(dict)
    spellings: set[str] = set()
    # A run's romanized key starts as its first word's does (what the name folds across
    # words change comes later: Abdel Aziz -> abdaziz), so runs are tried only from words
    # whose key shares its first letters with a name's, and no longer than those names.
    prefix = settings.min_variant_search_letters - 1
    openings: dict[str, int] = defaultdict(int)  # first letters of a key -> most words
    # People's and groups' names also as their folds spell them (Olympiacos, Olympiakos) and,
    # of several words, by near spellings (Asante Kotoko, Ashanti Kotoko): runs are then
    # tried from words whose key shares its first consonants with such a name's too.
    folded = _FoldedNames(rules_.romanization, settings)
    # First letters, or first consonants, of those names' keys -> most words.
    folded_openings: dict[str, int] = defaultdict(int)
    for row in release.mentions:
        if row["label"] not in _ROMANIZED_LABELS:
            continue
        name = display_name(row["text"], row["label"], rules_)
        if not name[:1].isupper():
            continue  # a capitalised name, though tagged with its article ("the X Movement")
        words = _romanized_words_of(row["text"], row["label"], rules_)
        key = "".join(words)
        if len(key) >= settings.min_variant_search_letters:
            labels[key][row["label"]] += 1
            lengths[key].add(len(_LETTER_RUNS.findall(name)))
            if len(words) > 1:
                skeletons[_romanized_block(words, settings.min_vowel_letters)][words] = key
            spellings.add(name)
            # As many words as the name has with its hyphens as spaces: Deir ez-Zor is
            # written Dayr az Zawr elsewhere. A first word shorter than the prefix opens
            # runs by itself too (Ho Duc Phoc, written Hồ Đức Phớc elsewhere; Xi, Li).
            n_words = len(_BODY_TOKEN.findall(name.replace("-", " ")))
            for opening in {key[:prefix], key[:min(prefix, len(words[0]))]}:
                openings[opening] = max(openings[opening], n_words)
            if row["label"] in _PERSON_OR_GROUP_LABELS:
                folded.add(words, key)
                for opening in {key[:prefix]} | ({_loose_opening(key)} if len(words) > 1
                                                 else set()):
                    folded_openings[opening] = max(folded_openings[opening], n_words)
    # Lower-case words a name may hold: articles, kinship words, connectors (Islamic State
    # of Iraq and the Levant, Abd al Aziz, Ahmad bin Ali).
    joiners = (rules_.romanization.article_particles | rules_.romanization.kinship_particles
               | frozenset(_CONNECTORS))
    lower_words = release.lower_words()
    # The romanized key of each capitalised word read: the same words open runs in every
    # article.
    word_keys: dict[str, str] = {}
    for article_id in sorted(release.articles):
        article, tokens = release.articles[article_id], release.tokens(article_id)
        # A run opening inside a tagged span could only overlap it (the span is kept).
        spans = sorted((r["start_char"], r["end_char"]) for r in release.by_article[article_id])
        starts = [start for start, _ in spans]
        locate = None
        for i in release.capitals(article_id):
            word, start, _ = tokens[i]
            word_key = word_keys.get(word)
            if word_key is None:
                word_key = word_keys[word] = romanized_key(word, rules_.romanization)
            if len(word_key) < prefix and word.casefold() in lower_words:
                continue  # a short English word opens no name: "An Israeli" is no spelling
            max_words = openings.get(word_key[:prefix], 0)
            max_folded = max(folded_openings.get(word_key[:prefix], 0),
                             folded_openings.get(_loose_opening(word_key), 0))
            if not max_words and not max_folded:
                continue  # no tagged name opens so
            # A run opening inside a tagged span could only overlap it (the span is kept),
            # unless it reaches past the span's end: the model cut the name short.
            before = bisect_left(starts, start) - 1
            min_end = spans[before][1] if before >= 0 and spans[before][1] > start else start
            for n in range(min(max(max_words, max_folded), len(tokens) - i), 0, -1):
                window = tokens[i:i + n]
                end = window[-1][2]
                text = article.body[start:end]
                if (end <= min_end or window[-1][0].islower()
                        or any(w[:1].isdigit() for w, _, _ in window)  # a score, a date
                        or text in spellings or not _contiguous(article.body, window)):
                    continue
                if any(w.islower() and _fold(w) not in joiners for w, _, _ in window):
                    continue  # a lower-case word that joins no name: "Syrian capital Damascus"
                key = romanized_key(text, rules_.romanization)
                if key not in labels:
                    # Spelt otherwise: a name of capitalised words only ("Hama and Idleb"
                    # is two names, not a spelling of a tagged "Hama and Idlib").
                    if any(not any(c.isupper() for c in w) for w, _, _ in window):
                        continue
                    words = romanized_words(text, rules_.romanization)
                    key = ((_variant_key(words, skeletons, settings) if n <= max_words else None)
                           or (folded.key_of(words) if n <= max_folded else None))
                    if key is None:
                        continue
                if (n == 1 or n not in lengths.get(key, ())) and all(
                        w.casefold() in lower_words for w, _, _ in window):
                    continue  # English words, however capitalised: Said, How To (Hutu)
                label = min(labels[key], key=lambda x: (-labels[key][x], x))
                locate = locate or sentence_index(article)
                _place_span(release, article, start, end, label, locate, rules_)
                break


@lru_cache(maxsize=100_000)
def _loose_opening(key: str) -> str:
    """A romanized key's first consonants, which near spellings keep (Asante, Ashanti)."""
    return consonants(key)[:2]


class _FoldedNames:
    """The tagged names of people and groups as the folds of their names spell them, and by
    their near spellings, for the search of their untagged spellings (_search_variants)."""

    def __init__(self, romanization: Romanization, settings: LinkingSettings):
        self._romanization, self._settings = romanization, settings
        self._keys: dict[str, set[str]] = defaultdict(set)  # folded key -> keys
        self._near: dict[tuple, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._added: set[tuple[str, ...]] = set()
        self._key_of: dict[tuple[str, ...], str | None] = {}

    def add(self, words: tuple[str, ...], key: str) -> None:
        if words in self._added:
            return
        self._added.add(words)
        folded = person_or_group_words(words, self._romanization)
        self._keys["".join(folded)].add(key)
        if len(folded) > 1:
            for i in range(len(folded)):
                self._near[near_spelling_key(folded, i)][folded].add(key)

    def key_of(self, words: tuple[str, ...]) -> str | None:
        """The key of the one tagged name `words` spell as the folds of people and groups
        do, or near it; None when none or several (remembered: runs repeat)."""
        if words not in self._key_of:
            self._key_of[words] = self._find(words)
        return self._key_of[words]

    def _find(self, words: tuple[str, ...]) -> str | None:
        folded = person_or_group_words(words, self._romanization)
        keys = set(self._keys.get("".join(folded), ()))
        if not keys and len(folded) > 1:
            keys = {key for i in range(len(folded))
                    for other, found in self._near.get(near_spelling_key(folded, i), {}).items()
                    if _near_spellings(folded, other, self._settings) for key in found}
        return keys.pop() if len(keys) == 1 else None


def _variant_key(words: tuple[str, ...], skeletons: dict[tuple, dict[tuple, str]],
                 settings: LinkingSettings) -> str | None:
    """The key of a tagged name of several words that `words` spell otherwise, if any."""
    if len(words) < 2:
        return None
    known = skeletons.get(_romanized_block(words, settings.min_vowel_letters), {})
    return next((key for other, key in sorted(known.items())
                 if are_variants(words, other, settings.min_romanized_similarity,
                                 settings.min_vowel_letters)), None)


def _body_tokens(body: str) -> list[tuple[str, int, int]]:
    """Words with offsets; a possessive 's is not part of the word (X's -> X)."""
    tokens = []
    for match in _BODY_TOKEN.finditer(body):
        word, end = match.group(), match.end()
        if len(word) > 2 and word[-2] in "'’" and word[-1] == "s":
            word, end = word[:-2], end - 2
        tokens.append((word, match.start(), end))
    return tokens


def _directions_only(name: str, rules_: LinkingRules) -> bool:
    """The name is made of words of direction or region only ("South West", "North-West",
    "Western"): a name of provinces in many countries."""
    words = _LETTER_RUNS.findall(name)
    return bool(words) and all(_fold(w) in rules_.region_words for w in words)


def _contiguous(body: str, window: list[tuple[str, int, int]]) -> bool:
    """The words are separated by single spaces (not a line or paragraph break)."""
    return all(body[a[2]:b[1]] == " " for a, b in zip(window, window[1:]))


# -- labels -----------------------------------------------------------------------------------

def _relabel(row: dict, label: str) -> None:
    """Give a mention `label` (and the id that goes with it), unless it is a name of a roll
    of people (_mark_rolls_of_people)."""
    if row["label"] != label and not row.get("_in_roll"):
        row["label"] = label
        row["mention_id"] = ids.mention_id(row["article_id"], row["start_char"], row["end_char"], label)


def _reshape(row: dict, article: NormalizedArticle, end: int, label: str) -> None:
    """Cut a model mention short at `end` and give it `label`: a rule found where the name
    it holds ends (the rest was a headline's words or another name)."""
    row.update(end_char=end, text=article.body[row["start_char"]:end], label=label,
               source="rule",
               mention_id=ids.mention_id(row["article_id"], row["start_char"], end, label))


def _fix_labels(release: _Release, learned: list[tuple[str, str, str]],
                rules_: LinkingRules, gazetteer: Gazetteer,
                speakers: Mapping[str, Collection[str]]) -> None:
    """Safe label repairs: an alias takes its name's label; within an article a name written
    with several labels takes the majority one; a name whose last word a quote of the
    article is said by ("said Dent" beside Taylor Dent tagged a group) is a person's; a
    lone word equal to the surname of a person named in full in the article (an 'Al-X'
    tagged ORG; "Yusufu was arrested" tagged a place, beside Mieraili Yusufu, when the
    gazetteer knows no such place) is that person."""
    country_of = lru_cache(maxsize=None)(gazetteer.country_of)  # names recur across reports
    alias_label = {}
    for name, label, alias in learned:
        if label == "ORG":
            alias_label[display_name(name, label, rules_)] = label
            alias_label[display_name(alias, label, rules_)] = label
    # A lone word tagged a place in an article that names nobody by it is a place's name
    # there (Daesh, Salaheddin), whatever a mis-tagged "Said Anti-Daesh" makes of it here.
    surnames_of = {article_id: _full_name_surnames(rows, rules_)
                   for article_id, rows in release.by_article.items()}
    placed_alone: dict[str, set[str]] = defaultdict(set)  # a place's one word -> articles
    placed_surname: dict[str, set[str]] = defaultdict(set)  # ... where someone bears it
    written: dict[str, str] = {}  # such a word -> how it is written
    for article_id, rows in release.by_article.items():
        for row in rows:
            tokens = name_key(row["text"], "PERSON", rules_).tokens
            if row["label"] in GEOCODED_LABELS and len(tokens) == 1:
                (placed_surname if tokens[0] in surnames_of[article_id]
                 else placed_alone)[tokens[0]].add(article_id)
                written.setdefault(tokens[0], row["text"])
    # Unless no place of the gazetteer bears the word and more reports tag it beside the
    # person's full name than alone: then the model misreads a name it does not know ("Ronan
    # O'Gara ... O'Gara kicked"), and alone too it is the release's one person of that
    # surname ("O'Gara missed two kicks").
    full_names: dict[str, set[tuple]] = defaultdict(set)
    for row in release.mentions:
        if row["label"] == "PERSON" and len(
                tokens := name_key(row["text"], "PERSON", rules_).tokens) > 1:
            full_names[tokens[-1]].add(tokens)
    misread_surnames = {
        word for word, articles in placed_surname.items()
        if len(articles) > len(placed_alone.get(word, ()))
        and not _a_gazetteer_name(written[word], gazetteer, rules_)}
    for word in misread_surnames:
        placed_alone.pop(word, None)
    for article_id, rows in release.by_article.items():
        for row in rows:
            label = alias_label.get(display_name(row["text"], row["label"], rules_))
            if label:
                _relabel(row, label)
        for row in rows:
            if row["label"] != "ORG" and _a_clubs_name(row["text"], rules_, gazetteer):
                _relabel(row, "ORG")
        votes: dict[tuple, Counter] = defaultdict(Counter)
        for row in rows:
            votes[name_key(row["text"], "PERSON", rules_).tokens][row["label"]] += 1
        for row in rows:
            counts = votes[name_key(row["text"], "PERSON", rules_).tokens]
            (top, n_top), *rest = counts.most_common()
            if rest and n_top > rest[0][1] and top in ("PERSON", "ORG", "GPE", "LOC"):
                _relabel(row, top)
            elif rest and n_top == rest[0][1] and row["label"] == "ORG" and (
                    place := next((lab for lab, n in counts.items() if n == n_top
                                   and lab in ("GPE", "LOC")), None)) is not None \
                    and _a_gazetteer_name(row["text"], gazetteer, rules_):
                # A tie between a place the gazetteer knows and a group ("in Saida", "the
                # old port of Saida" a group): the place, lest the group's name join
                # another town's of that name elsewhere (Saida in Algeria).
                _relabel(row, place)
        # "Mr Ebbers" tagged a group is a person, and so is "Bernie Ebbers" beside him.
        titled = set()
        for row in rows:
            words = row["text"].split()
            if (row["label"] in _TITLED_MISLABELS and len(words) > 1
                    and _fold(words[0]).rstrip(".") in rules_.courtesy_titles):
                _relabel(row, "PERSON")
                titled.add(name_key(row["text"], "PERSON", rules_).tokens[-1])
        body = release.articles[article_id].body
        for row in rows:
            if row["label"] in GEOCODED_LABELS and _titled_name(body, row, rules_, gazetteer):
                _relabel(row, "PERSON")
        # A country's name tagged a person or a thing ("aid reached Lesotho" a person) is
        # the country, unless it is a word of someone's full name here (Jordan Henderson).
        # Not a group's: a country's side is one in sport ("beat Cameroon"), unless a word
        # of place comes before it ("Officials in Mozambique", "spread into Botswana").
        countries = [r for r in rows if (r["label"] in _COUNTRY_MISLABELS or (
                         r["label"] == "ORG"
                         and _after_place_preposition(body, r["start_char"], rules_)))
                     and not r["text"].isupper() and country_of(r["text"])]
        people = (name_key(r["text"], "PERSON", rules_).tokens for r in rows
                  if r["label"] == "PERSON" and r not in countries)
        name_words = {word for tokens in people if len(tokens) > 1 for word in tokens}
        for row in countries:
            if not set(name_key(row["text"], "PERSON", rules_).tokens) & name_words:
                _relabel(row, "GPE")
        # A group's name is no speaker by its last word alone (Morgan Stanley as Stanley):
        # a name whose surname says something is a person's, when nobody the article names
        # in full bears it ("said Stone" is Oliver Stone's, not Rolling Stone's).
        spoken = set(filter(None, (_spoken_surname(name, rules_) for name in speakers.get(
            article_id, ())))) - _full_name_surnames(rows, rules_)
        for row in rows if spoken else ():
            if row["label"] in _LINKABLE_TO_PERSON and _given_names_and(
                    row["text"], spoken, rules_) and display_name(
                    row["text"], row["label"], rules_) not in alias_label:
                _relabel(row, "PERSON")  # (an alias keeps its name's label: JK, Jason King)
        surnames = _full_name_surnames(rows, rules_)  # after the repairs above
        for row in rows:
            place = row["label"] in GEOCODED_LABELS
            if ((row["label"] in _LINKABLE_TO_PERSON or place)
                    and row["_uid"] not in release.fragment_of):
                key = name_key(row["text"], "PERSON", rules_)
                if not row["text"][:1].isupper():
                    continue
                surname = len(key.tokens) == 1 and (key.tokens[0] in surnames or (
                    place and key.tokens[0] in misread_surnames
                    and len(full_names[key.tokens[0]]) == 1))
                if place and not (surname and not (
                        placed_alone.get(key.tokens[0], set()) - {article_id}
                        or _a_towns_name_here(body, row, gazetteer, rules_))):
                    continue  # a place of the gazetteer: Washington beside George Washington
                if surname or (row["label"] in _TITLED_MISLABELS and len(key.tokens) == 2
                               and key.tokens[-1] in titled):
                    _relabel(row, "PERSON")


# People of a town whose name is a surname the article gives someone, above which a lone
# mention of it is read as the town, wherever it stands (Washington, Houston).
MAX_TOWN_POPULATION_READ_AS_A_SURNAME = 500_000
# Words before a place that place_prepositions.tsv leaves out for clubs ("at Chelsea"); a
# surname after them is still read as the town: "flew in from Washington".
_MORE_PLACE_WORDS = frozenset({"from", "at", "to", "of"})


def _a_towns_name_here(body: str, row: dict, gazetteer: Gazetteer,
                       rules_: LinkingRules) -> bool:
    """Whether a lone word tagged a place, the surname of someone the article names in
    full, is read as the place the gazetteer knows by it (in any romanization). Not when
    it is only a town's name (no country nor province, none of
    MAX_TOWN_POPULATION_READ_AS_A_SURNAME people or more) with no word of place before it
    nor a region after it: then it is the person ("Lindsay Davenport ... Davenport beat
    Williams", not Davenport, Iowa; "Lleyton Hewitt ... Hewitt served", not Hewitt, Texas).
    "Officials flew in from Washington" keeps the town."""
    places = [*gazetteer.candidates(row["text"]),
              *gazetteer.romanized_candidates(row["text"], rules_.romanization)]
    if not places:
        return False
    if any(p.place_type in ("country", "continent", "admin1", "admin2")
           or p.population >= MAX_TOWN_POPULATION_READ_AS_A_SURNAME
           for p in places):
        return True
    words = [_fold(w) for w in _words_before(body, row["start_char"])]
    if words and words[-1] in rules_.place_prepositions | _MORE_PLACE_WORDS:
        return True
    return re.match(r",\s+[A-Z]", body[row["end_char"]:]) is not None


# Up to three capitalised words written just before a name ("South African President").
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){1,3}$")


def _titled_name(body: str, row: dict, rules_: LinkingRules, gazetteer: Gazetteer) -> bool:
    """A name the model took for a place written just after a title ("South African
    President Thabo Mbeki", "Foreign Minister Sergei Lavrov"): a person's, unless title and
    name together are a place's (General Santos, Prince George). A title in lower case is
    no title ("the general Kandahar area"), and "of" between says whose office it is ("the
    Mayor of London")."""
    start = row["start_char"]
    found = _CAPITALISED_BEFORE.search(body, max(0, start - 60), start)
    if found is None:
        return False
    words = found.group().split()
    for n in range(1, len(words) + 1):
        title = tuple(_fold(w).rstrip(".") for w in words[-n:])
        if title in rules_.honorifics or title in rules_.royal_titles:
            return not gazetteer.candidates(" ".join([*words[-n:], row["text"]]))
    return False


def _a_clubs_name(text: str, rules_: LinkingRules, gazetteer: Gazetteer) -> bool:
    """A town's name and a word that ends a club's ("Manchester United", "Derby County"),
    when the gazetteer knows no place by the whole (Kansas City): rules/club_name_words.tsv."""
    *town, last = text.split()
    return bool(town) and last in rules_.club_name_words and town[0][:1].isupper() \
        and bool(gazetteer.candidates(" ".join(town))) and not gazetteer.candidates(text)


def _spoken_surname(speaker: str, rules_: LinkingRules) -> str | None:
    """The folded surname a quote's speaker is written as ("Dent", "Mr Camus"), or None for
    any other speaker: a phrase ("the Commission"), an acronym (UKIP), a full name."""
    words = speaker.split()
    if len(words) > 1 and _fold(words[0]).rstrip(".") in rules_.courtesy_titles:
        words = words[1:]
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper():
        return _fold(words[0])
    return None


def _given_names_and(text: str, surnames: set[str], rules_: LinkingRules) -> bool:
    """Whether a name of two or three words reads as given names (or initials) and one of
    `surnames`: not an acronym's (MG Rover, EADS Philippe Camus), nor a nationality's
    (American Davenport), nor a plural's (the Rolling Stones beside "said Stone")."""
    *given, last = text.split()
    return 1 <= len(given) <= 2 and _fold(last) in surnames and all(
        w[:1].isupper() and (len(w.rstrip(".")) == 1 or not w.isupper())
        and _fold(w) not in rules_.demonyms for w in given)


def _full_name_surnames(rows: list[dict], rules_: LinkingRules) -> set[str]:
    """The last words of the names of people `rows` name in full."""
    keys = (name_key(r["text"], "PERSON", rules_).tokens for r in rows
            if r["label"] == "PERSON")
    return {tokens[-1] for tokens in keys if len(tokens) > 1}


# Labels the model gives a group's one-word name besides a person's ("gas giant Gazprom" a
# place, "the band G4" a product, "group Euronext" a nationality).
_MISREAD_GROUP_LABELS = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART"})


@lru_cache(maxsize=1 << 14)
def _may_be_a_group(label: str, text: str, gazetteer: Gazetteer, rules_: LinkingRules) -> bool:
    """A one-word name the model tagged a person, or a place, product or nationality that
    is none the gazetteer or the demonyms know ("the giant US budget deficit", "the group
    Syrian state TV named")."""
    if label == "PERSON":
        return True
    return (label in _MISREAD_GROUP_LABELS and _fold(text) not in rules_.demonyms
            and not _a_gazetteer_name(text, gazetteer, rules_))


def _a_gazetteer_name(text: str, gazetteer: Gazetteer, rules_: LinkingRules) -> bool:
    """Whether the gazetteer knows a place by this name, as written or romanized."""
    return bool(gazetteer.candidates(text)
                or gazetteer.romanized_candidates(text, rules_.romanization))


def _relabel_lone_group_names(release: _Release, rules_: LinkingRules,
                          gazetteer: Gazetteer) -> set[tuple[str, ...]]:
    """A one-word name the model took for a person's is a group's when an article writes it
    just before a word for armed members ("Janjaweed fighters", "Wagner mercenaries":
    rules/armed_member_nouns.tsv) or just after a word for a group ("the militant group
    al-Shabab", "the oil giant Yukos": rules/group_nouns.tsv), and so is one it took for a
    place, product or nationality no gazetteer knows (_may_be_a_group) written after a word
    for a group ("gas giant Gazprom"); then all its mentions of those labels are, in every
    article (another report writes "Yukos" alone). A word of
    someone's full name in the release stays a person's ("Haftar's fighters", or "Haftar
    fighters" beside Khalifa Haftar). Returns the romanized words of the groups' names."""
    # Words of full names written in several words: "ex-Yukos" is no one's full name.
    name_words = {token for r in release.mentions
                  if r["label"] == "PERSON" and " " in r["text"].strip()
                  for tokens in [name_key(r["text"], "PERSON", rules_).tokens]
                  if len(tokens) > 1 for token in tokens}
    lone_names_of = {article_id: [r for r in release.by_article[article_id]
                                  if r["label"] in _MISREAD_GROUP_LABELS | {"PERSON"}
                                  and r["_uid"] not in release.fragment_of
                                  and _CAPITALISED_NAME.match(r["text"])
                                  and " " not in r["text"].strip()]
                     for article_id in sorted(release.by_article)}
    groups = set()
    for article_id, names in lone_names_of.items():
        body = release.articles[article_id].body
        for row in names:
            tokens = name_key(row["text"], "PERSON", rules_).tokens
            # Before "fighters" a town or a people is as likely ("Efrin fighters", "Kurdish
            # fighters"): only a person's name there is a group's.
            if ((row["label"] == "PERSON"
                 and _word_after(body, row["end_char"]) in rules_.armed_member_nouns)
                    or _word_before(body, row["start_char"]) in rules_.group_nouns) and (
                    len(tokens) == 1 and tokens[0] not in name_words
                    and _may_be_a_group(row["label"], row["text"], gazetteer, rules_)):
                groups.add(row["text"])
    for names in lone_names_of.values():
        for row in names:
            if row["text"] in groups and _may_be_a_group(row["label"], row["text"],
                                                         gazetteer, rules_):
                _relabel(row, "ORG")
    return {_romanized_words_of(text, "ORG", rules_) for text in groups}


# A lower-case word after an article or a possessive: "the rapper" -> rapper.
_AFTER_DETERMINER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+([a-z][a-z-]*)\b")
# A lower-case word just before a span: "the rapper Eminem" -> rapper.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]*)[ \t]+$")
_ARTICLES = frozenset({"the", "a", "an"})
# Characters before a person's span read for the word that describes them.
_MAX_DESCRIPTION_CHARS = 40


def _cut_descriptions(release: _Release, rules_: LinkingRules,
                      settings: LinkingSettings) -> None:
    """A word the model took into a person's span at its start ("Rapper Eminem", "Winger
    Nitoglia", "Broadcaster Chris Evans", "Briton Tim Henman") is cut off when it is a
    nationality before a full name, or when the release shows it to be a description: a
    noun (written after "the" or "a" somewhere) written in lower case just before a
    person's name more often than it opens one in mid-sentence (min_description_uses times
    or more). The rest must be a name the release writes on its own. A given name is the
    other way round (Mark, Will, Bill open many names); a verb is no noun ("said Jalili"
    keeps Said Jalili); royal titles stay (Prince Charles)."""
    before_names: Counter = Counter()  # lower-case word -> persons written just after it
    opens: Counter = Counter()  # lower-case first word -> names it opens in mid-sentence
    for article_id, rows in release.by_article.items():
        body = release.articles[article_id].body
        for row in rows:
            if row["label"] != "PERSON":
                continue
            before = body[max(0, row["start_char"] - _MAX_DESCRIPTION_CHARS):row["start_char"]]
            if match := _WORD_BEFORE.search(before):
                before_names[match.group(1)] += 1
            elif " " in row["text"] and before.rstrip()[-1:] not in ("", ".", "!", "?", '"',
                                                                       "“", "\n"):
                opens[row["text"].split()[0].lower()] += 1
    nouns = release.nouns()
    cut = {word for word, n in before_names.items()
           if n >= settings.min_description_uses and n > opens[word] and word in nouns
           and word not in _ARTICLES  # "The Da Vinci Code": a title's own article
           and (word,) not in rules_.royal_titles}

    def opened_by_description(text: str) -> bool:
        """A description or a nationality ("Briton Tim Henman") opens the name."""
        first, _, rest = text.partition(" ")
        return first[:1].isupper() and rest[:1].isupper() and (
            first.lower() in cut or (_fold(first) in rules_.demonyms and " " in rest))

    # The rest must be a person's name the release writes on its own too, in full or as a
    # surname ("Eminem", "Chris Evans" or "Evans"): not "Order" of New Order.
    people = {r["text"] for r in release.mentions
              if r["label"] == "PERSON" and not opened_by_description(r["text"])}
    for article_id, rows in release.by_article.items():
        body = release.articles[article_id].body
        for row in rows:
            rest = row["text"].partition(" ")[2]
            if row["label"] == "PERSON" and opened_by_description(row["text"]) \
                    and (rest in people or rest.rpartition(" ")[2] in people):
                start = row["start_char"] + len(row["text"]) - len(rest)
                row.update(start_char=start, text=body[start:row["end_char"]], source="rule",
                           mention_id=ids.mention_id(article_id, start, row["end_char"],
                                                     row["label"]))


# A roll of names (a team sheet: "Replacements: Peel, Wilson, Thompson"): a paragraph, or
# a part of one after a full stop, that lists names and nothing else. Its parts open after
# "Xxx. " and may open with a label ("Subs Not Used:", "Wales:"), a dash, or the colon of
# a label the page set apart (a team's name in bold).
_ROLL_PART_END = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")
_ROLL_LABEL = re.compile(r"\s*(?:[-–:]\s*)?(?:[A-Z][\w'’]*(?:\s[\w'’]+){0,3}\s?:\s*)?")
# One name of a roll: initials ("G", "J-P", "CA") and up to three capitalised words, with
# the particles of surnames among them ("R de Marigny", "CA del Fava", "van der Walt").
_SURNAME_PARTICLE = r"(?:d[aeiou]s?|del|della|van|von|der|den|ter|la|le|al|el|bin|ibn)\s"
_ROLL_NAME = re.compile(rf"(?:[A-Z]{{1,2}}(?:-[A-Z])?\.?\s)?(?:{_SURNAME_PARTICLE})*[A-Z][\w'’-]*"
                        rf"(?:\s(?:{_SURNAME_PARTICLE})*[A-Z][\w'’-]*){{0,2}}")
_ROLL_INITIALS = re.compile(r"[A-Z]{1,2}(?:-[A-Z])?\.?\s")
# What splits a roll into items, and the brackets its commas may stand in.
_ROLL_MARKS = re.compile(r"[(),;/]")
# Characters of a roll's item, at most ("Ricardo Carvalho (Drogba 45)" is 28).
_MAX_ROLL_ITEM_CHARS = 60
# The share of a roll's items that are names, at least.
_MIN_ROLL_NAME_SHARE = 0.9
# In brackets after a player: the one who came on for him and the minute ("Nunez 73").
_ROLL_SUBSTITUTE = re.compile(r"(.+?)\s+\d{1,3}")
# A rank before a name in a list of one name a line ("7 Tim Henman (Britain)").
_ROLL_RANK = re.compile(r"\d{1,3}\.?\s+")
# The minutes after a scorer's name ("Terry 17", "Henry 2, 45", "Lampard 90+2 pen").
_ROLL_MINUTE = r"\d{1,3}(?:\+\d{1,2})?(?:\s*(?:pen|og))?"
_ROLL_MINUTES = re.compile(rf"(?:\s+{_ROLL_MINUTE})+\Z")
_ROLL_MORE_MINUTES = re.compile(_ROLL_MINUTE)
# Paragraphs after a roll of people within which a list of scorers is one too.
_ROLL_SCORERS_REACH = 3


@dataclass(frozen=True)
class _RollItem:
    """One name of a roll, [start, end) in the body; what its brackets hold, if any; whether
    a rank opens it or minutes end it (a scorer's)."""
    start: int
    end: int
    brackets: tuple[int, int] | None
    paragraph: int
    ranked: bool = False
    minutes: bool = False

    def initials(self, body: str) -> int:
        """How many characters its initials take ("G " of "G Jenkins"), 0 without."""
        match = _ROLL_INITIALS.match(body, self.start, self.end)
        return match.end() - self.start if match else 0

    def substitute(self, body: str) -> tuple[int, int] | None:
        """[start, end) of the name in its brackets when they hold a substitute and the
        minute he came on ("Kewell (Traore 85)")."""
        if self.brackets is not None and (
                match := _ROLL_SUBSTITUTE.fullmatch(body, *self.brackets)):
            return match.start(1), match.end(1)
        return None


def _roll_items(body: str, start: int, end: int, paragraph: int) -> list[_RollItem | None]:
    """The items of body[start:end], split at commas, semicolons and slashes ("G du Toit/J
    Fourie": either of two) outside brackets: a _RollItem for a name, None for anything
    else. A number alone after a scorer is his next minute ("Henry 2, 45")."""
    first = _ROLL_MARKS.search(body, start, end)
    if (first.start() if first else end) - start > _MAX_ROLL_ITEM_CHARS:
        return [None]  # prose
    bounds, depth, opened = [], 0, start
    for mark in _ROLL_MARKS.finditer(body, start, end):
        if mark.group() == "(":
            depth += 1
        elif mark.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            bounds.append((opened, mark.start()))
            opened = mark.end()
    bounds.append((opened, end))
    items: list[_RollItem | None] = []
    others = 0  # items that are no name
    for a, b in bounds:
        text = body[a:b]
        a += len(text) - len(text.lstrip())
        b -= len(text) - len(text.rstrip())
        if items and items[-1] is not None and items[-1].minutes and \
                _ROLL_MORE_MINUTES.fullmatch(body, a, b):
            continue
        brackets, name_end = None, b
        if body[a:b].endswith(")") and (opening := body.rfind("(", a, b)) > a:
            brackets, name_end = (opening + 1, b - 1), opening
            name_end -= len(body[a:name_end]) - len(body[a:name_end].rstrip())
        rank = _ROLL_RANK.match(body, a, name_end)
        if rank:
            a = rank.end()
        minutes = _ROLL_MINUTES.search(body, a, name_end) if name_end > a and (
            body[name_end - 1].isdigit() or body.endswith(("pen", "og"), a, name_end)) else None
        if minutes:
            name_end -= len(minutes.group())
        # A word in capitals is no name of a roll: "TBC" (to be confirmed) on a team sheet.
        is_name = (a < name_end and _ROLL_NAME.fullmatch(body, a, name_end) is not None
                   and not body[a:name_end].rsplit(None, 1)[-1].isupper())
        items.append(_RollItem(a, name_end, brackets, paragraph, ranked=bool(rank),
                               minutes=bool(minutes)) if is_name else None)
        others += not is_name
        if others > (1 - _MIN_ROLL_NAME_SHARE) * len(bounds):
            break  # prose: no roll, whatever follows
    return items


def _rolls_of_names(article: NormalizedArticle, min_names: int) -> list[list[_RollItem]]:
    """The rolls of names of an article, in order: parts of a paragraph that list at least
    `min_names` names and little else (a "capt" or "TBC" among them), or scorers with
    their minutes, however few ("Robben 79, Cole 90"); and runs of at least `min_names`
    paragraphs that each hold one ranked name ("1 Roger Federer (Switzerland)")."""
    body, rolls = article.body, []
    column: list[_RollItem] = []
    for paragraph_idx, paragraph in enumerate(article.paragraphs):
        cuts = [paragraph.start] + [m.end() for m in _ROLL_PART_END.finditer(
            body, paragraph.start, paragraph.end)]
        parts = []
        for start, end in zip(cuts, [*cuts[1:], paragraph.end]):
            start = _ROLL_LABEL.match(body, start, end).end()
            while end > start and body[end - 1] in " .\n":
                end -= 1
            parts.append(_roll_items(body, start, end, paragraph_idx) if start < end else [])
        if len(parts) == 1 and len(parts[0]) == 1 and parts[0][0] is not None \
                and parts[0][0].ranked:
            column.append(parts[0][0])
            continue
        if len(column) >= min_names:
            rolls.append(column)
        column = []
        for items in parts:
            names = [item for item in items if item is not None]
            if len(names) >= _MIN_ROLL_NAME_SHARE * len(items) and (
                    len(names) >= min_names or (names and all(n.minutes for n in names))):
                rolls.append(names)
    if len(column) >= min_names:
        rolls.append(column)
    return rolls


def _mark_rolls_of_people(release: _Release, gazetteer: Gazetteer,
                          settings: LinkingSettings) -> None:
    """The names of a roll of people (a team sheet, a ranking, scorers) are people's,
    whatever the model tagged them ("L Nitoglia" a place, "C Paterson" a group, "Thompson,
    Parling" one group, "Rooney 87" a law) and whatever later repairs vote. A roll is of
    people when at least two of its names are: tagged a person by the model, written with
    initials before a word that is no known place ("G Jenkins", not the club "AC Milan")
    or followed by a substitute in brackets ("Kewell (Traore 85)"); or when a roll of
    people ends in the paragraph before it or in its own ("Subs Not Used: ..."). Scorers
    ("Terry 17, Gudjohnsen 46") only so, up to _ROLL_SCORERS_REACH paragraphs after one
    ("Windows 95, Office 97" is no list of scorers). And when no
    more than half of its names without initials are known places (a draw's pools: "Fiji
    (3), Australia (6), Canada..."). A country in brackets after a name is a place (the
    player's: "Dominik Hrbaty (Slovakia)"); a town there is his club ("M Blair
    (Edinburgh)": _clubs_named_by_their_towns)."""
    for article_id in sorted(release.articles):
        article = release.articles[article_id]
        rolls = _rolls_of_names(article, settings.min_roll_names)
        if not rolls:
            continue
        body, locate = article.body, sentence_index(article)

        def known_place(start: int, end: int) -> bool:
            return _is_known_place(body[start:end], gazetteer, settings)

        def tagged_person(item: _RollItem) -> bool:
            return any(r["label"] == "PERSON" and item.start <= r["start_char"]
                       and r["end_char"] <= item.end for r in release.by_article[article_id])

        last_people_paragraph = -len(article.paragraphs) - _ROLL_SCORERS_REACH
        for roll in rolls:
            evidence = sum(
                tagged_person(item) or item.substitute(body) is not None or (
                    (n := item.initials(body)) > 0 and not known_place(item.start + n, item.end))
                for item in roll)
            places = sum(not item.initials(body) and known_place(item.start, item.end)
                         for item in roll)
            scorers = len(roll) < settings.min_roll_names
            reach = _ROLL_SCORERS_REACH if scorers else 1
            after_people = roll[0].paragraph - last_people_paragraph <= reach
            if places * 2 > len(roll) or not (after_people or (evidence >= 2 and not scorers)):
                continue
            last_people_paragraph = roll[-1].paragraph
            release.articles_with_rolls.add(article_id)
            spans = [(item.start, item.end) for item in roll]
            spans += [span for item in roll if (span := item.substitute(body)) is not None]
            for start, end in spans:
                _mark_person(release, article, start, end, locate)
            for item in roll:
                if item.brackets is None:
                    continue
                bracketed = body[item.brackets[0]:item.brackets[1]]
                if any(p.place_type == "country" for p in gazetteer.candidates(bracketed)):
                    for row in release.by_article[article_id]:
                        if (row["start_char"], row["end_char"]) == item.brackets:
                            _relabel(row, "GPE")
                elif _is_town(bracketed, gazetteer, settings):
                    release.clubs_in_rolls[article_id].add(bracketed)


def _name_people_of_rolls(release: _Release, rules_: LinkingRules) -> None:
    """A roll's person is a person wherever the text names him: in his article by his name
    or surname ("Baros" tagged a place in the match report under the team sheet), and in
    any article by his full name ("Gaston Gaudio" of a ranking, tagged a place elsewhere).
    Run after the searches, which add mentions the model left out."""
    full_names = set()
    for article_id, rows in release.by_article.items():
        names, surnames = set(), set()
        for row in rows:
            if row.get("_in_roll"):
                tokens = name_key(row["text"], "PERSON", rules_).tokens
                names.add(tokens)
                surnames.add(tokens[-1])
                if len(tokens) > 1 and all(len(t) > 1 for t in tokens):
                    full_names.add(tokens)
        for row in rows if names else ():
            tokens = name_key(row["text"], "PERSON", rules_).tokens
            if tokens in names or (len(tokens) == 1 and tokens[0] in surnames):
                _relabel(row, "PERSON")
    for row in release.mentions if full_names else ():
        if name_key(row["text"], "PERSON", rules_).tokens in full_names:
            _relabel(row, "PERSON")


# A word written so after a one-word name makes it a thing won: an award or a title
# ("Oscar-winning director", "Grammy-winning singer"); no person's name is written so.
_WON_AFTER = re.compile(r"[-‐]winning\b")
# "an Oscar for her role", "a Bafta in 1999": the indefinite article before the name, and
# after it a stop or a word that ends the phrase, not a noun ("an Observatory source", "a
# Druze village", "a Blair ally").
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_PHRASE_ENDS_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:for|in|at|on|with|and|but|or|as|when|after|before|this|next|"
    r"last)\b)")


def _awards_the_model_took_for_people(release: _Release, rules_: LinkingRules) -> None:
    """A one-word name the model tagged a person is a work (an award: OntoNotes tags
    prizes WORK_OF_ART) when reports in two articles or more write it as a thing won,
    "X-winning", or a thing one has, "an X" that ends its phrase ("an Oscar for her
    role"; not "a Kennedy cousin", "an Observatory source"): then its person
    mentions are, but in an article that names someone in full with it ("Oscar Pistorius
    ... Oscar said") and in a roll of people."""
    won: dict[str, set[str]] = defaultdict(set)  # name -> articles writing it as a thing
    for article_id, rows in release.by_article.items():
        body = release.articles[article_id].body
        for row in rows:
            text = row["text"]
            if row["label"] != "PERSON" or " " in text or not text.isalpha():
                continue
            if _WON_AFTER.match(body, row["end_char"]) or (
                    _INDEFINITE_BEFORE.search(body, max(0, row["start_char"] - 4),
                                              row["start_char"])
                    and _PHRASE_ENDS_AFTER.match(body, row["end_char"])):
                won[text].add(article_id)
    awards = {name for name, articles in won.items() if len(articles) >= 2}
    if not awards:
        return
    for rows in release.by_article.values():
        in_full_names = {token for row in rows if row["label"] == "PERSON" and " " in row["text"]
                         for token in row["text"].split()}
        for row in rows:
            if row["label"] == "PERSON" and row["text"] in awards \
                    and row["text"] not in in_full_names:
                _relabel(row, "WORK_OF_ART")


def _mark_person(release: _Release, article: NormalizedArticle, start: int, end: int,
                 locate) -> None:
    """Make body[start:end] a person's mention that later label repairs leave so: the
    model's one span inside it grown to it, or else a rule span; a span running on past it
    ("Thompson, Parling") cut at its end, one taking in a rank before it ("2 Viktor
    Halsey") at its start."""
    rows = release.by_article[article.article_id]
    sentence_idx = locate(start, end)
    if sentence_idx is None:
        return  # "S. Young": a stop the sentences were cut at
    for row in rows:
        if start <= row["start_char"] < end < row["end_char"]:
            _reshape(row, article, end, "PERSON")
        elif row["start_char"] < start < row["end_char"] <= end and not any(
                c.isalpha() for c in article.body[row["start_char"]:start]):  # "2 Viktor"
            row.update(start_char=start, text=article.body[start:row["end_char"]],
                       source="rule", label=None)  # _relabel below gives the id
    inside = [r for r in rows if start <= r["start_char"] and r["end_char"] <= end]
    if len(inside) == 1:
        row = inside.pop()
        if (row["start_char"], row["end_char"]) != (start, end):
            row.update(start_char=start, end_char=end, text=article.body[start:end],
                       sentence_idx=sentence_idx, source="rule")
        row["label"] = None  # _relabel then gives the span its label and id
    else:
        row = _place_span(release, article, start, end, "PERSON", locate)
    for part in ([row] if row is not None else []) + inside:
        _relabel(part, "PERSON")
        part["_in_roll"] = True


def _mend_joined_names(release: _Release, rules_: LinkingRules) -> None:
    """A name the model cut at a hyphenated article or izafe (it tagged Deir in Deir ez-Zor,
    Mazar and Sharif in Mazar-i-Sharif) becomes one rule mention of the whole name."""
    for article_id in sorted(release.by_article):
        article = release.articles[article_id]
        locate = sentence_index(article)
        for row in sorted(release.by_article[article_id], key=lambda r: r["start_char"]):
            if row["label"] not in _ROMANIZED_LABELS:
                continue
            end = row["end_char"]
            while match := rules_.joined_name.match(article.body, end):
                end = match.end()
            if end > row["end_char"]:
                _place_span(release, article, row["start_char"], end, row["label"], locate)


def _find_izafe_names(release: _Release, rules_: LinkingRules, gazetteer: Gazetteer) -> None:
    """Names whose capitalised words a hyphenated izafe joins (Jaish-e-Mohammed,
    Tehrik-i-Taliban, Sipah-e-Sahaba), which the model leaves untagged, cuts or takes for a
    date: a rule mention of the whole name, with the country that may end it
    (Tehrik-i-Taliban Pakistan). A place when the gazetteer holds it (Mazar-i-Sharif), else
    an organisation: the izafe joins the names of groups and places, seldom of people, so a
    span the model tagged a person is relabelled too."""
    for article_id in sorted(release.articles):
        article = release.articles[article_id]
        locate = None
        for match in rules_.izafe_name.finditer(article.body):
            end = match.end()
            if match.group("next") and not gazetteer.country_of(match.group("next").strip()):
                end = match.start("next")
            start, name = match.start(), article.body[match.start():end]
            label = "GPE" if gazetteer.named(name.split()[0]) else "ORG"
            locate = locate or sentence_index(article)
            row = _place_span(release, article, start, end, label, locate)
            if row is not None and row["label"] == "PERSON":
                _relabel(row, label)  # the model's "Lashkar-e-Taiba" person is the group


def _find_group_names(release: _Release, rules_: LinkingRules, gazetteer: Gazetteer) -> None:
    """Names of armed groups and parties that open with a word for army, front, movement,
    brigade (rules/group_name_words.tsv: Ahrar al-Sham, Faylaq al-Rahman, Kataib Hezbollah),
    which the model leaves untagged, cuts (Tahrir al-Sham) or takes for people: an
    organisation's rule mention of the whole name, and the model's person of the same span
    is relabelled.

    The name ends with its first run of words that an article or izafe joins (Jabhat Fateh
    al-Sham, Harakat Nour al-Din al-Zenki), else it is the one word after the group word
    (Kataib Hezbollah); so a headline's next words ("Jaysh al-Islam Fires Rocket Shells",
    "Ahrar al-Sham Rejects US-Russia Deal") and a second group's name (Faylaq al-Rahman
    Jaysh al-Islam) stay out. A name the gazetteer holds is a place (Lashkar Gah), and a
    group word that is also a given name needs the article (Ansar al-Sharia; not Ansar
    Burney)."""
    for article_id in sorted(release.articles):
        article = release.articles[article_id]
        locate, position = None, 0
        while match := rules_.group_name.search(article.body, position):
            position = match.end()
            head_end = match.start() + len(_GROUP_WORD.match(match.group()).group())
            parts = []  # (joined by an article or izafe?, end) of the words after the head
            for part in rules_.group_name_part.finditer(article.body, head_end, match.end()):
                if rules_.group_name.match(article.body, part.start("word")):
                    position = part.start("word")  # another group's name
                    break
                parts.append((bool(part.group("article")), part.end()))
            if not parts:
                continue
            article_words = [i for i, (article_joined, _) in enumerate(parts) if article_joined]
            if article_words and article_words[0] <= _MAX_WORDS_BEFORE_ARTICLE:
                last = article_words[0]  # the run of article-joined words ends the name
                while last + 1 < len(parts) and parts[last + 1][0]:
                    last += 1
                end, joined = parts[last][1], True
            else:
                end, joined = parts[0][1], False
            name = article.body[match.start():end]
            head_word = _fold(article.body[match.start():head_end])
            if (head_word in rules_.article_group_words and not joined) or gazetteer.named(name):
                continue
            locate = locate or sentence_index(article)
            longer = [r for r in release.by_article[article_id]
                      if r["start_char"] == match.start() and r["end_char"] > end
                      and r["label"] != "ORG" and r["_uid"] not in release.fragment_of]
            if longer:  # the model's person ran on into the next words: it is the group
                _reshape(longer[0], article, end, "ORG")
                continue
            row = _place_span(release, article, match.start(), end, "ORG", locate)
            if row is not None:
                _relabel(row, "ORG")  # the model's person, place or thing of the same span


# A verb in the plural after a town's name: a club's ("Newcastle have fined", "Leicester
# are top"), as British English writes a team; a town takes the singular.
_CLUB_PLURAL_VERBS = frozenset({"have", "are", "were"})
# The word after a name, and a possessive between ("Leicester's England centre" aside).
_NEXT_WORD = re.compile(r"((?:'|’)s)?\s+([\w-]+)")
# A match report's headline: the two sides and the score ("Mansfield 0-1 Leyton Orient").
_SCORE_HEADLINE = re.compile(r"([A-Z][\w'’. -]*?) \d{1,3}-\d{1,3} ([A-Z][\w'’. -]*)")
# The end of the clause before a name: its last words are read, no further ("in November,
# Leicester lock Ben Kay" is no Leicester in November).
_CLAUSE_BREAK = re.compile(r'[.!?"“”\n,;:(]')
# Words just before a town that make it a side of a fixture or a result.
_CLUB_OPPONENT_CUES = frozenset({
    ("against",), ("v",), ("vs",), ("beat",), ("beating",), ("face",), ("facing",),
    ("win", "over"),
    ("victory", "over"), ("defeat", "by"), ("draw", "with"), ("drew", "with")})
# Words before a town that make it the place where the club reading is wanted sure, beside
# rules/place_prepositions.tsv: "a man from Leicester have been arrested", "raids on
# Hasakeh were", "residents of Swansea are" ("signed from Liverpool" is lost to them).
_NOT_A_CLUB_AFTER = frozenset({"of", "on", "from", "to", "at", "visit", "visited"})


def _clubs_named_by_their_towns(release: _Release, rules_: LinkingRules,
                                gazetteer: Gazetteer, settings: LinkingSettings) -> None:
    """A town's name is its sports club's in an article that writes it so: with a verb in
    the plural ("Newcastle have fined their striker"); before a word for the club's people
    or parts ("Charlton manager Alan Curbishley", "Gloucester flanker", "the Portsmouth
    side": rules/club_role_nouns.tsv); in brackets after the players of a roll of people
    ("M Blair (Edinburgh)"); or as a side in a headline with the score ("Mansfield 0-1
    Leyton Orient"). An article with one of these, or with a roll of people, is a sports
    report, where two weaker cues count too: a possessive and a player's name
    ("Leicester's Harry Ellis"), and a side of a fixture or a result ("Yeading v
    Newcastle", "a win over Northampton", "the match against Leeds": _CLUB_OPPONENT_CUES).
    Then its mentions there are an organisation's, whatever the model tagged them (a place,
    a person), but where a word of place comes just before ("in Newcastle", "fans from
    Leicester", "travel to Edinburgh"). A town here is a known place that is no country or
    province; a person's name ("Ferguson's side") and a name after "and" ("London and
    Paris are") give no cue."""
    for article_id in sorted(release.by_article):
        body = release.articles[article_id].body
        rows = release.by_article[article_id]
        people_at = {r["start_char"] for r in rows if r["label"] == "PERSON"}

        def words_before(row: dict) -> list[str]:
            """The last two words before the name in its clause."""
            clause = _CLAUSE_BREAK.split(body[max(0, row["start_char"] - 30):
                                              row["start_char"]])[-1]
            return [w.casefold() for w in _BODY_TOKEN.findall(clause)[-2:]]

        def after_place_word(row: dict) -> bool:
            return any(w in rules_.place_prepositions or w in _NOT_A_CLUB_AFTER
                       for w in words_before(row))

        def cued(row: dict, sporting: bool) -> bool:
            """The row is written as a club's; by a side's cues only in a `sporting` article
            (the offensive against Manbij, Hollywood's Tom Cruise), and never a person's
            name so (Davenport beaten, a man)."""
            before = words_before(row)
            if sporting and row["label"] != "PERSON" and (
                    tuple(before[-1:]) in _CLUB_OPPONENT_CUES
                    or tuple(before) in _CLUB_OPPONENT_CUES):
                return True
            following = _NEXT_WORD.match(body, row["end_char"])
            if following is None or after_place_word(row):
                return False
            possessive, word = following.group(1), following.group(2).casefold()
            if possessive:  # "Ferguson's side" is the side of a man
                return (sporting and following.start(2) in people_at) or (
                    row["label"] != "PERSON" and word in rules_.club_role_nouns)
            return word in rules_.club_role_nouns or (
                word in _CLUB_PLURAL_VERBS and not (len(before) == 2 and before[-1] == "and"))

        clubs = set(release.clubs_in_rolls.get(article_id, ()))
        title = release.articles[article_id].title or ""
        if score := _SCORE_HEADLINE.fullmatch(title.strip()):
            clubs |= {team for team in score.group(1, 2)
                      if _is_town(team, gazetteer, settings)}
        # The model's own clubs ("Swindon have been drawn", tagged ORG) tell a sports
        # report too.
        towns = [row for row in rows if (row["label"] in ("GPE", "LOC", "FAC", "ORG") or (
            row["label"] == "PERSON" and " " not in row["text"]))
            and _is_town(row["text"], gazetteer, settings)]
        cued_rows = [row for row in towns if cued(row, sporting=False)]
        if cued_rows or clubs or article_id in release.articles_with_rolls:
            cued_rows = [row for row in towns if cued(row, sporting=True)]
        clubs |= {row["text"] for row in cued_rows}
        cued_uids = {row["_uid"] for row in cued_rows}
        for row in rows:
            if row["text"] in clubs and (row["_uid"] in cued_uids or not after_place_word(row)):
                _relabel(row, "ORG")


def _is_town(name: str, gazetteer: Gazetteer, settings: LinkingSettings) -> bool:
    """A known place of that name (_is_known_place), and none a country or province: so a
    town of settings.min_searched_place_population people."""
    places = gazetteer.candidates(name)
    return not any(p.place_type in ("country", "continent", "admin1") for p in places) \
        and any(p.population >= settings.min_searched_place_population for p in places)


def _relabel_places(release: _Release, rules_: LinkingRules, gazetteer: Gazetteer,
                    settings: LinkingSettings) -> None:
    """A town the model tagged as a person, an organisation, a thing (_TOWN_MISLABELS), a
    nationality or a language (_CUED_TOWN_MISLABELS) is a place when the text says so and
    the gazetteer agrees. The text says so when a word of
    place comes before it ("in", "near": rules/place_prepositions.tsv), a noun of place
    stands in apposition after it ("X, a town": place_designators.tsv) or opens it ("the
    town of X"), or, failing these,
    when the model tagged the same name, in this spelling or another romanization
    (romanize.are_variants), as a place in another report of the same story (Kunduz here,
    Qunduz there: _same_story). The gazetteer agrees when it names a town or province of a
    country its article names (or, in the last case, the story's reports name). The name
    must be no word of anyone's full name in the release and carry no title. Without such a
    cue, too many surnames are also towns (Chandler, Arizona)."""
    full_names = {name_key(r["text"], "PERSON", rules_).tokens for r in release.mentions
                  if r["label"] == "PERSON"}
    words_of_names: dict[str, set[tuple]] = defaultdict(set)  # a word -> the names it is in
    surnames: dict[str, set[tuple]] = defaultdict(set)
    # Names that are names of places too do not vouch for a person (Tal Afar, Tel Afar).
    full_names = {t for t in full_names if not gazetteer.candidates(" ".join(t))}
    for tokens in full_names:
        if len(tokens) > 1:
            surnames[tokens[-1]].add(tokens)
            for token in tokens:
                words_of_names[token].add(tokens)
    # (row, its article's countries) of every name that may be a town; first those with a
    # cue in their sentence, then those the release tags as a place elsewhere.
    undecided = []
    for article_id in sorted(release.by_article):
        rows = release.by_article[article_id]
        body = release.articles[article_id].body
        countries, provinces = None, frozenset()
        for row in rows:
            if row["label"] not in (*_TOWN_MISLABELS, *_CUED_TOWN_MISLABELS) or (
                    row["_uid"] in release.fragment_of):
                continue
            text = row["text"]
            tokens = name_key(text, "PERSON", rules_).tokens
            # A word of someone's name (Hama of Ali Hama), or a surname someone else bears,
            # is a person's name here too.
            shared = words_of_names[tokens[-1]] if len(tokens) == 1 else surnames[tokens[-1]]
            # ...unless the model did not take it for a name at all ("in Aleppo", tagged a
            # language): a town's name the model split into persons elsewhere ("Aleppo
            # Monitor") should not keep every later mention of the town unplaced.
            if not text[:1].isupper() or display_name(text, "PERSON", rules_) != text:
                continue
            # "X, a town in ...", "the city of X": the text says what it is, whoever else
            # bears the name.
            said = _called_a_place(body, row["start_char"], row["end_char"], rules_)
            if shared - {tokens} and row["label"] not in _CUED_TOWN_MISLABELS and not said:
                continue
            if countries is None:
                countries = _article_countries(release.articles[article_id], rows, gazetteer,
                                               rules_, settings)
                provinces = _article_provinces(body, rows, countries, gazetteer, rules_)
            # After a country's possessive, not a person's name: "Pakistan's Khan" is a man
            # more often than a town.
            if _cued_town(body, row["start_char"], text, said, countries, gazetteer, rules_,
                          settings, provinces) or (
                    row["label"] != "PERSON" and _town_of_the_possessor(
                              body, row["start_char"], text, gazetteer, rules_, settings)):
                _relabel(row, "GPE")
            else:
                undecided.append((row, countries))
    if not undecided:
        return
    # romanized block -> place words -> the articles of the mentions tagged a place
    places: dict[tuple, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
    blocks: dict[str, tuple[tuple, tuple]] = {}  # a name -> its romanized words and block
    for row in release.mentions:
        if row["label"] in GEOCODED_LABELS:
            words, block = _words_and_block(row["text"], blocks, rules_, settings)
            places[block][words].add(row["article_id"])
    contexts: dict[str, set] = {}
    others_of: dict[tuple, list[str]] = {}  # romanized words -> articles tagging them a place
    for row, countries in undecided:
        towns = _town_countries(row["text"], gazetteer, rules_,
                                settings.min_relabelled_town_population)
        if not towns:
            continue  # no town of any country: no report can make it one
        words, block = _words_and_block(row["text"], blocks, rules_, settings)
        if words not in others_of:
            others_of[words] = sorted({article for place, articles in places.get(block, {}).items()
                                       if are_variants(words, place, settings.min_romanized_similarity,
                                                       settings.min_vowel_letters)
                                       for article in articles})
        others = others_of[words]
        if not others:
            continue
        own_context = _cached_context(contexts, row["article_id"], release, gazetteer, rules_)
        own_key = _text_context_key(row["text"], "GPE", rules_)
        own = {c for c in own_context if c[1] == own_key}
        # The story's countries: a brief may leave out the one its town is in. The first
        # report of the story that names a country of the town settles it.
        found = False
        for other in others:
            context = _cached_context(contexts, other, release, gazetteer, rules_)
            if _same_story(own_context - own, context - own, len(words) > 1, settings):
                story = {code for kind, code in context | own_context if kind == "country"}
                if story and (countries | story) & towns:
                    found = True
                    break
        if found:
            _relabel(row, "GPE")


# Designators after a name that say it is a region, whatever its label ("Garmsir district",
# tagged a nationality); not "state", "region" or "city", which follow nationalities too
# ("Russian state media", "the Kurdish region").
_TELLING_SUFFIXES = frozenset({"province", "governorate", "district", "oblast", "prefecture"})


def _called_a_place(body: str, start: int, end: int, rules_: LinkingRules) -> bool:
    """The text says the name at [start, end) is a place's: "X, a town in ...", "the city
    of X", "X province"."""
    return bool(rules_.place_apposition.match(body, end)
                or prefix_designator(body, start, rules_)
                or _word_after(body, end) in _TELLING_SUFFIXES)


def _cued_town(body: str, start: int, text: str, said: bool, countries: set[str],
               gazetteer: Gazetteer, rules_: LinkingRules, settings: LinkingSettings,
               provinces: frozenset[int] = frozenset()) -> bool:
    """The name `text` written at `start` is a town, by what the text says (`said`:
    _called_a_place) or writes before it and what the gazetteer knows (`countries`: those
    its article names; `provinces`: the GeoNames ids of those it names, in which a town of
    any size counts: "near Gorom-Gorom" in a report that names the Sahel region)."""
    if said and (_is_town_of(text, countries, gazetteer, rules_, 0, ("admin2",))
                 or not _town_countries(text, gazetteer, rules_, 0, ("admin2",))):
        # The text says what it is ("X, a town in", "the town of X"): any town or district,
        # or a town the gazetteer knows nowhere, a place left ungeocoded ("Matupi, a town in
        # southern Chin State"); not one it knows only in other countries.
        return True
    cued = _said_to_be_a_place(body, start, rules_)
    if cued and _region_country(text, gazetteer, settings, provinces=False,
                                min_population=settings.min_cued_town_population):
        # "northern Jabalya", "residents of Jabalia": said to be a place, and a town large
        # enough to be geocoded with no country named (a brief from Gaza may name only
        # Israel).
        return True
    return (cued or _after_place_preposition(body, start, rules_)) and (_is_town_of(
        text, countries, gazetteer, rules_, settings.min_relabelled_town_population)
        or any(p.admin1_id in provinces or p.admin2_id in provinces
               for p in gazetteer.candidates(text) if p.place_type == "city"))


def _article_provinces(body: str, rows: list[dict], countries: set[str],
                       gazetteer: Gazetteer, rules_: LinkingRules) -> frozenset[int]:
    """The GeoNames ids of the provinces and districts of `countries` an article names as
    places ("Cabo Delgado", "Oudalan province") or calls provinces, whatever the model tagged
    ("Burkina Faso's Sahel region", Sahel a person)."""
    return frozenset(
        p.geonameid for row in rows
        if row["label"] in GEOCODED_LABELS
        or rules_.place_suffixes.get(_word_after(body, row["end_char"])) == "admin1"
        for p in gazetteer.candidates(" ".join(name_key(row["text"], row["label"],
                                                        rules_).tokens))
        if p.place_type in ("admin1", "admin2") and p.country_code in countries)


# Month and weekday names are capitalised after "in" too ("in March") and name towns
# elsewhere (March, Cambridgeshire): no untagged town is read from them.
_CALENDAR_WORDS = frozenset(w.casefold() for w in (*calendar.month_name, *calendar.day_name)
                            if w)
_MAX_UNTAGGED_TOWN_WORDS = 3


# A possessive just before a name: "Vietnam's Da Nang", "South Korea's Busan".
_POSSESSIVE_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)['’]s\s$")
_POSSESSIVE_ENDINGS = ("'s ", "’s ")


def _after_a_possessive(body: str, start: int) -> bool:
    return start >= 3 and body[start - 3:start] in _POSSESSIVE_ENDINGS


def _possessing_country(body: str, start: int, gazetteer: Gazetteer) -> str | None:
    """The country whose name is written in the possessive just before `start` ("Vietnam's
    Da Nang": VN), its longest name first ("South Korea's")."""
    if not _after_a_possessive(body, start):
        return None
    match = _POSSESSIVE_BEFORE.search(body, max(0, start - 40), start)
    if not match:
        return None
    words = match.group(1).split()
    return next((code for k in range(len(words)) if (
        code := gazetteer.country_of(" ".join(words[k:])))), None)


def _town_of_the_possessor(body: str, start: int, text: str, gazetteer: Gazetteer,
                           rules_: LinkingRules, settings: LinkingSettings) -> bool:
    """The name `text`, written at `start` after a country's possessive, is a town or
    province of that country the gazetteer knows ("Vietnam's Da Nang", "Nigeria's
    Nassarawa state")."""
    possessor = _possessing_country(body, start, gazetteer)
    return bool(possessor) and _is_town_of(text, {possessor}, gazetteer, rules_,
                                           settings.min_relabelled_town_population)


def _find_untagged_towns(release: _Release, rules_: LinkingRules, gazetteer: Gazetteer,
                         settings: LinkingSettings) -> None:
    """Towns and provinces the model left untagged ("Residents of Khowst, in eastern
    Afghanistan", "rockets struck Si Sa Ket province"): a run of capitalised words that no
    mention covers, is no month or weekday and is not written in lower case anywhere in the
    release, which the text calls a place and the gazetteer knows in a country its article
    names, by the tests that make a mistagged name a town (_cued_town). The longest such
    run of up to three words becomes a place's rule mention (GPE), a capitalised designator
    after it included ("Si Sa Ket Province"). After a country's possessive ("Vietnam's Da
    Nang") it needs no other cue, when the gazetteer knows it as a town of that country."""
    lower_words = release.lower_words()
    # The words before a name that may say it is a place's: a word of place or a direction
    # ("in", "eastern"), or a noun or a direction and "of" ("residents of", "the town of",
    # "west of").
    cue_words = rules_.place_prepositions | rules_.region_words
    of_nouns = (rules_.place_of_nouns | rules_.region_words
                | {phrase.split()[0] for phrase, _ in rules_.place_prefixes})
    for article_id in sorted(release.articles):
        article, rows = release.articles[article_id], release.by_article[article_id]
        body, tokens = article.body, release.tokens(article_id)
        capitals = release.capitals(article_id)
        capital_set = set(capitals)
        countries, locate = None, None
        for i in capitals:
            if i - 1 in capital_set and body[tokens[i - 1][2]:tokens[i][1]] == " ":
                continue  # inside a run: read from its first word
            run = [tokens[i]]
            while (len(run) < _MAX_UNTAGGED_TOWN_WORDS + 1 and i + len(run) in capital_set
                   and body[run[-1][2]:tokens[i + len(run)][1]] == " "):
                run.append(tokens[i + len(run)])
            start = run[0][1]
            before = [_fold(w) for w, _, _ in tokens[max(0, i - 2):i]]
            cue_before = bool(before) and (before[-1] in cue_words or (
                before[-1] == "of" and len(before) == 2 and before[0] in of_nouns))
            after_possessive = _after_a_possessive(body, start)  # "Vietnam's Da Nang"
            for n in range(min(len(run), _MAX_UNTAGGED_TOWN_WORDS), 0, -1):
                words = [w for w, _, _ in run[:n]]
                end = run[n - 1][2]
                # What _called_a_place reads after it: a comma (", a town") or a designator.
                cue_after = body[end:end + 1] == "," or (
                    i + n < len(tokens) and _fold(tokens[i + n][0]) in _TELLING_SUFFIXES)
                if not (cue_before or cue_after or after_possessive) or (
                        n == 1 and words[0].casefold() in lower_words) or any(
                        w.casefold() in _CALENDAR_WORDS for w in words) or any(
                        r["start_char"] < end and start < r["end_char"] for r in rows):
                    continue
                text = body[start:end]
                if not (after_possessive and _town_of_the_possessor(
                        body, start, text, gazetteer, rules_, settings)):
                    said = _called_a_place(body, start, end, rules_)
                    if not (said or _said_to_be_a_place(body, start, rules_)
                            or _after_place_preposition(body, start, rules_)):
                        continue
                    countries = (_article_countries(article, rows, gazetteer, rules_,
                                                    settings)
                                 if countries is None else countries)
                    if not _cued_town(body, start, text, said, countries, gazetteer, rules_,
                                      settings):
                        continue
                if n < len(run) and _fold(run[n][0]) in rules_.place_suffixes:
                    end = run[n][2]  # "Si Sa Ket Province"
                locate = locate or sentence_index(article)
                _place_span(release, article, start, end, "GPE", locate)
                break


def _cached_context(contexts: dict[str, set], article_id: str, release: _Release,
                    gazetteer: Gazetteer, rules_: LinkingRules) -> set:
    """An article's _story_context, worked out once."""
    if article_id not in contexts:
        contexts[article_id] = _story_context(release.articles[article_id],
                                              release.by_article[article_id], gazetteer, rules_)
    return contexts[article_id]


def _words_and_block(text: str, seen: dict, rules_: LinkingRules,
                     settings: LinkingSettings) -> tuple[tuple, tuple]:
    """A place name's romanized words and block (_romanized_block), once per name."""
    if text not in seen:
        words = _romanized_words_of(text, "GPE", rules_)
        seen[text] = (words, _romanized_block(words, settings.min_vowel_letters))
    return seen[text]


def _story_context(article: NormalizedArticle, rows: list[dict], gazetteer: Gazetteer,
                   rules_: LinkingRules) -> set[tuple[str, str]]:
    """What an article names: ("country", ISO code) for a country or a nationality (Syria
    and Syrian are one), ("place", _context_key) for other places, else (label, key); and
    the countries its headline names."""
    context = _title_countries(article.title, gazetteer, rules_)
    for row in rows:
        code = (_demonym_country(row, rules_) or (
            gazetteer.country_of(row["text"]) if row["label"] in GEOCODED_LABELS else None))
        key = _text_context_key(row["text"], row["label"], rules_)
        context.add(("country", code) if code else
                    ("place", key) if row["label"] in PLACE_LABELS else (row["label"], key))
    return context


def _same_story(a: set, b: set, is_long_name: bool, settings: LinkingSettings) -> bool:
    """Two articles (their contexts, without the name in question) report one story: they
    agree as romanized merges require (_context_agrees), or, for a name of several words
    (Khan Shaykhun), both name the same country: a surname alone (Chandler) needs more."""
    return (_context_agrees(a, b, settings)
            or (is_long_name and any(kind == "country" for kind, _ in a & b)))


def _romanized_words_of(text: str, label: str, rules_: LinkingRules) -> tuple[str, ...]:
    """A name's words across romanizations: its display name's words folded."""
    return romanized_words(display_name(text, label, rules_), rules_.romanization)


def _is_town_of(text: str, countries: set[str], gazetteer: Gazetteer, rules_: LinkingRules,
                min_population: int, place_types: tuple[str, ...] = ()) -> bool:
    """The gazetteer knows the name (or a romanization of it) as a province, a town of at
    least `min_population` people (so that it is not mostly a surname) or one of
    `place_types`, of one of `countries` (_town_countries)."""
    return bool(countries) and bool(
        _town_countries(text, gazetteer, rules_, min_population, place_types) & countries)


@lru_cache(maxsize=1 << 14)
def _town_countries(text: str, gazetteer: Gazetteer, rules_: LinkingRules, min_population: int,
                    place_types: tuple[str, ...] = ()) -> frozenset[str]:
    """The countries of which the gazetteer knows the name (or a romanization of it) as a
    province, a town of at least `min_population` people or one of `place_types`. A town
    whose population the gazetteer does not know counts when it is the main town of a
    district of its name (Spin Boldak): the packages give many district towns of
    Afghanistan, Nigeria or China no population."""
    def towns(candidates) -> set[str]:
        return {p.country_code for p in candidates
                if p.place_type == "admin1" or p.place_type in place_types
                or (p.place_type == "city" and (p.population >= min_population or (
                    p.population == 0 and namesake_level(p, candidates) is not None)))}

    # The romanization too when the spelling as written names a place elsewhere only (Bayda:
    # a town of Libya as written, Yemen's Al Bayda province romanized).
    return frozenset(towns(gazetteer.candidates(text))
                     | towns(gazetteer.romanized_candidates(text, rules_.romanization)))


def _demonym_country(row: dict, rules_: LinkingRules) -> str | None:
    """The country a nationality names (Iraqi, Iraqis: IQ), for a NORP mention."""
    if row["label"] != "NORP":
        return None
    word = _fold(display_name(row["text"], "NORP", rules_))
    return rules_.demonyms.get(word) or rules_.demonyms.get(word[:-1] if word.endswith("s")
                                                            else "")


_TITLE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


def _title_countries(title: str | None, gazetteer: Gazetteer, rules_: LinkingRules,
                     settings: LinkingSettings | None = None,
                     lower_words: set[str] = frozenset()) -> set[tuple[str, str]]:
    """("country", code) of the countries a headline names, whose people it names, or one of
    whose provinces it names (a province every place of its name lies in the country of:
    Xinjiang, not Punjab or Victoria): every run of one to three capitalised words and each
    word of it (Lebanese, Somalia, South Sudan's). With `settings`, also the country of the
    only large town of a name (_region_country: Damascus), unless every word of the name is
    written in lower case somewhere in the release (`lower_words`: a capitalised headline's
    Reading, Mobile or Derby). A part of a name already read is part of it: the York of
    New York, the Sudan of South Sudan."""
    found = set()
    read: set[tuple[int, int]] = set()  # (run, word) of the names that named a country
    for run, first, n, name in _title_parts(title):
        if any((run, i) in read for i in range(first, first + n)):
            continue
        code = (gazetteer.country_of(name) or rules_.demonyms.get(_fold(name))
                or rules_.demonyms.get(_fold(name)[:-1] if name.endswith("s") else "")
                or _province_country(name, gazetteer, ("admin1",), towns_too=True)
                or (settings is not None
                    and not all(w.casefold() in lower_words for w in name.split())
                    and _region_country(name, gazetteer, settings, provinces=False)))
        if code:
            found.add(("country", code))
            read.update((run, i) for i in range(first, first + n))
    return found


def _title_names(title: str | None) -> Iterator[str]:
    """Every run of one to three capitalised words of a headline, and each part of it,
    longest first, without a possessive 's."""
    for *_, name in _title_parts(title):
        yield name


def _title_parts(title: str | None) -> Iterator[tuple[int, int, int, str]]:
    """_title_names as (run number, first word, number of words, name)."""
    for run, text in enumerate(_TITLE_NAME.findall(title or "")):
        words = text.split()
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                yield run, i, n, " ".join(words[i:i + n]).removesuffix("'s").removesuffix("’s")


def _title_context(title: str | None, tagged: set[str], lower_words: set[str],
                   rules_: LinkingRules) -> set[tuple[str, str]]:
    """("name", key) of the names a headline writes that the release's bodies tag (`tagged`:
    their keys, as _ctx gives them): the headline "Senior Taliban Figure Breaks Ranks" names
    the Taliban another outlet's body tags. Not a run of English words (Win, Senior Figure:
    each written in lower case somewhere in the release), which a capitalised headline
    dresses as names."""
    found = set()
    for name in _title_names(title):
        if all(word.casefold() in lower_words for word in name.split()):
            continue
        context = _ctx(("ORG", name_key(name, "ORG", rules_).tokens), rules_)
        if context[1] in tagged:
            found.add(context)
    return found


def _article_countries(article: NormalizedArticle, rows: list[dict], gazetteer: Gazetteer,
                       rules_: LinkingRules, settings: LinkingSettings) -> set[str]:
    """Countries an article names, by name, nationality (Iraqi) or large town (Mosul), in
    its body or its headline ("Police Posts Attacked in Central Afghanistan" over a body
    that names only the province), or by a province it calls one ("Helmand province", "the
    Donetsk region"; a bare province is no country: "at Burnley" is no town of England)."""
    countries = {code for code in (_demonym_country(r, rules_)
                                   or _mislabelled_region_country(r, gazetteer) for r in rows)
                 if code}
    countries |= {code for _, code in _title_countries(article.title, gazetteer, rules_)}
    for row in rows:
        if row["label"] in GEOCODED_LABELS and (
                code := _town_country(row["text"], gazetteer, settings)
                or _designated_province_country(article.body, row, gazetteer, rules_)):
            countries.add(code)
    return countries


def _designated_province_country(body: str, row: dict, gazetteer: Gazetteer,
                                 rules_: LinkingRules) -> str | None:
    """The country of a place mention the text calls a province ("Helmand province", "the
    Donetsk region": a province designator in the span or just after it), when the gazetteer
    knows provinces of that name in one country only."""
    key = name_key(row["text"], row["label"], rules_)
    designator = key.designator or rules_.place_suffixes.get(
        _word_after(body, row["end_char"]))
    if designator != "admin1":
        return None
    countries = {p.country_code for p in gazetteer.candidates(" ".join(key.tokens))
                 if p.place_type == "admin1"}
    return countries.pop() if len(countries) == 1 else None


def _town_country(text: str, gazetteer: Gazetteer, settings: LinkingSettings) -> str | None:
    """The country a place name stands in: the country it names, or that of its only large
    town (_region_country). Not a province's: naming England would make every club that
    plays "at Burnley" a town."""
    return gazetteer.country_of(text) or _region_country(text, gazetteer, settings,
                                                         provinces=False)


def _region_country(text: str, gazetteer: Gazetteer, settings: LinkingSettings,
                    provinces: bool = True, called_so: bool = False,
                    min_population: int | None = None) -> str | None:
    """The one country whose large towns, and `provinces`, bear the name (Mosul: Iraq; West
    Darfur: Sudan; not Tripoli, a large town of Libya and of Lebanon; not Punjab, a province
    of India and of Pakistan); with `called_so`, when one of them goes by it, not only by an
    alternate name. Large is settings.min_context_town_population, or `min_population`."""
    min_population = settings.min_context_town_population if min_population is None \
        else min_population
    places = [p for p in gazetteer.candidates(text)
              if (provinces and p.place_type == "admin1") or (
                  p.place_type == "city" and p.population >= min_population)]
    countries = {p.country_code for p in places}
    if len(countries) != 1 or (called_so and not any(called(p, text) for p in places)):
        return None
    return countries.pop()


def _mislabelled_region_country(row: dict, gazetteer: Gazetteer) -> str | None:
    """The country of a province or district the model tagged an organisation or a facility
    ("in Prayagraj, Uttar Pradesh", Uttar Pradesh an ORG): the gazetteer knows the name as
    regions of one country only, and as no town (Washington, Victoria are towns too)."""
    if row["label"] not in _REGION_MISLABELS:
        return None
    return _province_country(row["text"], gazetteer, ("admin1", "admin2"), towns_too=False)


def _mislabelled_town_country(row: dict, gazetteer: Gazetteer,
                              settings: LinkingSettings) -> str | None:
    """The country of a large town the model tagged an organisation or a facility, where
    it stands for its government or its people ("Kyiv rejected the plan") or names a club
    (Liverpool): context of a story, when the large towns of that name lie in one country and
    one is called so (not only by an alternate name). Not a country of the article to make
    its other names towns of: a club's town would make every other club a town."""
    if row["label"] not in _REGION_MISLABELS:
        return None
    return _region_country(row["text"], gazetteer, settings, provinces=False, called_so=True)


def _province_country(text: str, gazetteer: Gazetteer, levels: tuple[str, ...],
                      towns_too: bool) -> str | None:
    """The one country of every place the gazetteer knows by the name, when one of them is a
    region of `levels` (and, unless `towns_too`, none is a town)."""
    candidates = gazetteer.candidates(text)
    countries = {p.country_code for p in candidates}
    if len(countries) != 1 or not any(p.place_type in levels for p in candidates) or (
            not towns_too and any(p.place_type not in levels for p in candidates)):
        return None
    return countries.pop()


# Labels the model gives a province's name that it did not see as a place.
_REGION_MISLABELS = frozenset({"ORG", "FAC"})


def prefix_designator(body: str, start: int, rules_: LinkingRules) -> str | None:
    """What a phrase of place written just before a name says it is: "the western town of
    Heet", "the province of Idlib", "the city of the X" (place_designators.tsv, position
    before)."""
    before = _fold(body[max(0, start - 24):start])
    before = before[:-4] if before.endswith(" the ") else before
    return next((kind for phrase, kind in rules_.place_prefixes
                 if before.endswith(f" {phrase} ") or before == f"{phrase} "), None)


# How a nationality written before a place's designator ("the Malian town of X") counts in a
# context Counter, beside written_with_country_key: the place is of that country or none.
_NATIONALITY_KEY = "nationality of the designated:"


def _nationality_of_designated(body: str, start: int, rules_: LinkingRules) -> str | None:
    """The country of the nationality written in the phrase of place just before a name
    ("the Malian town of Léré", "the northern Syrian city of X"): ML, SY."""
    before = body[max(0, start - 60):start]
    folded = _fold(before)
    phrase = next((p for p, _ in rules_.place_prefixes if folded.endswith(f" {p} ")), None)
    if phrase is None:
        return None
    words = _BODY_TOKEN.findall(before[:len(before) - len(phrase) - 2])[-3:]
    return next((rules_.demonyms[_fold(w)] for w in reversed(words)
                 if w[:1].isupper() and _fold(w) in rules_.demonyms), None)


def _words_before(body: str, start: int) -> list[str]:
    """The last words written before `start` (within 30 characters), as written."""
    return _BODY_TOKEN.findall(body[max(0, start - 30):start])


def _said_to_be_a_place(body: str, start: int, rules_: LinkingRules) -> bool:
    """A direction in lower case is written just before the name ("northern Jabalya"), or
    before "of" ("20 km west of Aleppo"), or a noun of a place's people or parts and "of"
    ("residents of Jabalia", "the outskirts of Homs": rules/place_of_nouns.tsv)."""
    words = _words_before(body, start)
    if words and words[-1].islower() and _fold(words[-1]) in rules_.region_words:
        return True
    return (len(words) > 1 and words[-1] == "of" and (
        _fold(words[-2]) in rules_.place_of_nouns
        or (words[-2].islower() and _fold(words[-2]) in rules_.region_words)))


def _after_place_preposition(body: str, start: int, rules_: LinkingRules) -> bool:
    """A word of place is written just before the name, or before a word of region before
    it ("in Daraa", "through central Santiago")."""
    words = [_fold(w) for w in _words_before(body, start)]
    if words and words[-1] in rules_.region_words:
        words.pop()
    return bool(words) and words[-1] in rules_.place_prepositions


def _designator(body: str, row: dict, key: NameKey, rules_: LinkingRules,
                gazetteer: Gazetteer) -> str | None:
    """What a designator says a place is: in the span (X Province), just after it (the model
    left "province" out), a phrase before it (the city of X; the capital of X, unless X is
    a country) or a noun in apposition after it (X, a town in the north)."""
    if row["label"] not in GEOCODED_LABELS:
        return None
    if key.designator:
        return key.designator
    after = _word_after(body, row["end_char"])
    if after in rules_.place_suffixes:
        return rules_.place_suffixes[after]
    prefix = prefix_designator(body, row["start_char"], rules_)
    if prefix and not gazetteer.country_of(row["text"]):
        return prefix
    apposition = rules_.place_apposition.match(body, row["end_char"])
    return rules_.apposition_kinds[apposition.group("noun")] if apposition else None


def _word_before(body: str, start: int) -> str | None:
    """The word written before one space at `start`, folded."""
    if start < 2 or body[start - 1] != " ":
        return None
    before = _WORD_AT_END.search(body[max(0, start - 40):start - 1])
    return _fold(before.group()) if before else None


def _word_after(body: str, end: int) -> str | None:
    """The word written after one space at `end`, folded."""
    after = _BODY_TOKEN.match(body, end + 1) if body[end:end + 1] == " " else None
    return _fold(after.group()) if after else None


def _node(label: str, key: NameKey, designator: str | None) -> tuple:
    """The linking node of a mention: its label and key; a place also by what its designator
    says (Idlib province and the city of Idlib are two places)."""
    if designator and label in GEOCODED_LABELS:
        return (label, (*key.tokens, f"<{designator}>"))
    return (label, key.tokens)


# -- linking ----------------------------------------------------------------------------------

def _is_full(tokens: tuple[str, ...]) -> bool:
    """A given name and a surname (initials alone do not make a full name)."""
    return len(tokens) >= 2 and any(len(t) > 1 for t in tokens[:-1])


def _after_relative_noun(body: str, start: int, rules_: LinkingRules) -> bool:
    """A name introduced as someone's relative: "his father Ahmad Shah Massoud", "her son,
    Peter Holm" (rules/kinship_nouns.tsv)."""
    words = _WORD.findall(_fold(body[max(0, start - 20):start]))
    return bool(words) and words[-1] in rules_.relative_nouns


def _is_partial_of(partial: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`partial` names `full` by fewer words: the surname, maybe a given name or initials
    that agree ("J Smith" is not "Mary Smith")."""
    if len(partial) >= len(full) and not (len(partial) == len(full) and partial != full
                                           and any(len(t) == 1 for t in partial)):
        return False
    if partial[-1] != full[-1] or not _is_full(full):
        return False
    given = [t for t in full[:-1] if len(t) > 1]
    initials = {t[0] for t in full[:-1]}
    return all((t in given) if len(t) > 1 else (t in initials) for t in partial[:-1])


def _context_agrees(a: set, b: set, settings: LinkingSettings,
                    min_shared: int | None = None) -> bool:
    """Two articles are about the same story: they share enough other entities
    (`min_shared`, else settings.min_shared_context), or one that is not a country (a town,
    a group: a shared country alone is a coincidence)."""
    shared = a & b
    return (len(shared) >= (min_shared or settings.min_shared_context)
            or any(kind != "country" for kind, _ in shared))


def _merge_variants(nodes: dict[tuple, set[str]], contexts: dict[str, set],
                    uf: UnionFind, label: str, block, similar, settings: LinkingSettings,
                    as_context) -> None:
    """Union same-label keys of one block that are `similar` and whose articles agree
    (`as_context`: a node as its articles' contexts hold it)."""
    blocks: dict[str, list[tuple]] = defaultdict(list)
    for node in sorted(nodes):
        if node[0] == label and block(node[1]):
            blocks[block(node[1])].append(node)
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if not similar(a[1], b[1]):
                    continue
                shared_article = nodes[a] & nodes[b]
                own = {as_context(a), as_context(b)}
                ctx_a = {c for x in nodes[a] for c in contexts[x] if c[1] not in own}
                ctx_b = {c for x in nodes[b] for c in contexts[x] if c[1] not in own}
                if shared_article or _context_agrees(ctx_a, ctx_b, settings):
                    uf.union(a, b)


def _spelt_two_ways_in_a_sentence(release: _Release, node_of: dict[int, tuple],
                                  rules_: LinkingRules) -> frozenset[frozenset[tuple]]:
    """Pairs of people's names written differently in one sentence though their romanized
    keys agree: nobody switches the spelling of a name within a sentence, so they are two
    ("Ahmed Hassan crossed for Ahmed Hasan"; "Al-Nassr beat Al-Nasr", two clubs the model
    took for people). Across sentences an outlet may (Zabihullah and Zabiullah Mujahid in one
    report), and places and groups are spelt two ways even in one sentence by some (FA-KES:
    "between Atherya and al-Rasafeh", after "the army advances on al-Rasafa")."""
    apart = set()
    for rows in release.by_article.values():
        by_key: dict[tuple[int, str], set[tuple]] = defaultdict(set)
        for row in rows:
            node = node_of[row["_uid"]]
            if node[0] == "PERSON":
                key = romanized_key(" ".join(_bare(node[1])), rules_.romanization)
                by_key[(row["sentence_idx"], key)].add(node)
        for nodes in by_key.values():
            if len({_bare(node[1]) for node in nodes}) > 1:
                apart.update(frozenset((a, b)) for a in nodes for b in nodes
                             if _bare(a[1]) != _bare(b[1]))
    return frozenset(apart)


def _romanized_block(words: tuple[str, ...], min_vowel_letters: int) -> tuple[str, ...]:
    """What two romanized variants share (transforms.corpus.romanize.are_variants): each
    word, or its consonants when it is long enough for its vowels to vary."""
    return tuple(consonants(w) if len(w) >= min_vowel_letters else w for w in words)


def _merge_romanized(nodes: dict[tuple, set[str]], contexts: dict[str, set], uf: UnionFind,
                     rules_: LinkingRules, gazetteer: Gazetteer, settings: LinkingSettings,
                     romanized_names: set[tuple[str, ...]],
                     apart: frozenset[frozenset[tuple]] = frozenset(),
                     story_words_of=lambda article_id: frozenset(),
                     relabelled: list[tuple[tuple, tuple]] | None = None,
                     acronyms: frozenset[tuple] = frozenset(),
                     regions: Mapping[tuple, frozenset[tuple[int, str]]] | None = None,
                     english_words: Collection[str] = frozenset()) -> None:
    """Union same-label names that are one name in two romanizations (Nasrallah,
    Nasrullah), when their articles agree: they share enough other entities; for a name of
    several words (Moqtada al-Sadr, Muqtada al-Sadr; Gulbuddin Hekmatyar, Hikmatyar) one
    shared entity is enough, even a country (every word agrees, and a full name is rarer
    than a shared country is common). A place needs no context when the gazetteer holds
    both spellings as one place (Misrata and Misurata).

    A person needs a given name and a surname, and never two spellings in one article (an
    outlet keeps its spelling: two spellings there are two people, Ali Hassan and Ali
    Hussein), nor spelt two ways in one sentence (`apart`: _spelt_two_ways_in_a_sentence). A
    group or place may also be spelt two ways in one article. An acronym (`acronyms`:
    _acronym_nodes) is letters, not a spelling: LIBOR is not Labour; nor is a one-word name
    the release also writes in lower case (`english_words`: Labour, "labour costs") another
    spelling of a name: Libor is not Labour either.

    A place no gazetteer knows merged with an organisation's name spelt alike
    (_unknown_place_of_a_name) is appended to `relabelled` as (place node, name node): one
    of the two labels is the model's error, for the caller to settle (_settle_labels).
    """
    plain_words = {node: romanized_words(" ".join(_bare(node[1])), rules_.romanization)
                   for node in nodes}
    # People's and groups' names are in no gazetteer to record their romanizations:
    # rules/romanization_folds.tsv folds some letters of theirs further (gh/q), and two
    # names that only these folds make one are a person's or a group's (not Ghent, Kent).
    words_of = {node: person_or_group_words(words, rules_.romanization)
                for node, words in plain_words.items()}
    # A name with letters read two ways (dh as z or as d: Gadhafi, Gaddafi) is compared
    # under its second reading too (_readings).
    second = rules_.romanization.second_reading()
    second_plain, second_words = {}, {}
    if second is not None:
        for node in nodes:
            words = romanized_words(" ".join(_bare(node[1])), second)
            if words != plain_words[node]:
                second_plain[node] = words
                second_words[node] = person_or_group_words(words, second)
    surnames = {node[1][-1] for node in nodes if node[0] == "PERSON" and len(node[1]) > 1}
    gazetteer_names = _GazetteerNames(gazetteer, settings, rules_.romanization)
    blocks: dict[tuple, list[tuple]] = defaultdict(list)
    for node, label, words in ((node, node[0], words) for node in sorted(nodes)
                               for words in _readings(node, words_of, second_words)):
        if not words or (label not in _ROMANIZED_LABELS and not (
                label in _MISTAKEN_NAME_LABELS and len(words) > 1)):
            continue
        joined = "".join(words)
        block = _romanized_block(words, settings.min_vowel_letters)
        for marker in _markers(node, gazetteer_names):
            if label == "PERSON" and len(words) < 2:
                # A lone word (a surname, mostly): only the same romanized spelling.
                if len(joined) >= settings.min_vowel_letters:
                    blocks[(label, marker, joined)].append(node)
                    if node[1][-1] not in surnames:
                        # Nobody's surname: maybe a town the model took for a person
                        # (Ajdabiyah here, Ajdabiya a place there).
                        blocks[("spelt", marker, block)].append(node)
                continue
            blocks[(label, marker, joined)].append(node)
            blocks[(label, marker, block)].append(node)
            # One name written as one word or two, with other labels (Lashkar Gah a place,
            # Lashkargah a group): _may_share_name decides.
            blocks[("joined", marker, joined)].append(node)
            # The letters as written, run together: the folds may read a word's start
            # inside a name written as one word otherwise (Amir-Abdollahian,
            # Amirabdollahian).
            blocks[("letters", marker, _run_together(node))].append(node)
            if label in _NAME_LABELS and len(words) > 1:
                # The model tags one group PERSON here and ORG there: the same spelling is
                # the same name, whatever the label.
                blocks[("name", marker, joined)].append(node)
            # And a rare name spelt otherwise gets another label too (Yahya Sinwar a
            # person, Yehya Sinwar a facility; Qusayr a facility, Qusair a group).
            blocks[("spelt", marker, block)].append(node)
    # Names of several words holding a town's name, the town by its gazetteer id: Dynamo
    # Kyiv and Dynamo Kiev, whose town GeoNames records in both spellings.
    town_keys = {node: key for node in sorted(nodes) if node[0] in _ROMANIZED_LABELS
                 and (key := _town_key(node, gazetteer, rules_, settings)) is not None}
    for node, key in town_keys.items():
        for marker in _markers(node, gazetteer_names):
            blocks[("town word", marker, key)].append(node)
    # Names GeoNames gives the very same places, however far apart their letters (Galkayo
    # and Gaalkacyo, Vuhledar and Ugledar): _one_gazetteer_name decides; or the same towns,
    # whatever their districts are called: _town_taken_for_a_person decides.
    for node in sorted(nodes):
        if node[0] in _ROMANIZED_LABELS and (named := gazetteer_names.named_places(node)):
            blocks[("gazetteer name", _marker(node), named)].append(node)
            if (towns := gazetteer_names.named_towns(node)) != named:
                blocks[("gazetteer name", _marker(node), towns)].append(node)

    def contexts_without(a: tuple, b: tuple) -> tuple[set, set]:
        """The contexts of the articles of `a` and of `b`, less the names themselves: the
        contexts key them by their plain romanized words (_ctx), not by the folds of people
        and groups."""
        own = {"".join(w[x]) for w in (words_of, plain_words) for x in (a, b)}
        return ({c for x in nodes[a] for c in contexts[x] if c[1] not in own},
                {c for x in nodes[b] for c in contexts[x] if c[1] not in own})

    seen = set()
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if (a, b) in seen or uf.find(a) == uf.find(b) or frozenset((a, b)) in apart:
                    continue
                seen.add((a, b))
                if _an_acronym_spelt_otherwise(a, b, acronyms, plain_words):
                    continue
                town_spelling = a in town_keys and town_keys.get(b) == town_keys[a]
                gazetteer_name = (
                    _one_gazetteer_name(a, b, gazetteer_names.named_places)
                    or _town_taken_for_a_person(a, b, gazetteer_names.named_towns, surnames))
                same_letters = _run_together(a) == _run_together(b)
                if not (town_spelling or gazetteer_name or same_letters) and (
                        not _variants_in_a_reading(a, b, (words_of, second_words), settings) or (
                            not {a[0], b[0]} & _PERSON_OR_GROUP_LABELS
                            and not _variants_in_a_reading(a, b, (plain_words, second_plain),
                                                           settings))):
                    continue
                shared_article = nodes[a] & nodes[b]
                two_spellings = plain_words[a] != plain_words[b]
                if two_spellings and not (gazetteer_name or same_letters) and any(
                        len(_bare(x[1])) == 1 and _bare(x[1])[0] in english_words
                        for x in (a, b)):
                    continue
                if two_spellings and not gazetteer_name and _run_together(a) != _run_together(
                        b) and not _folded_alike(a, b, words_of) and any(
                        x[0] == "PERSON" and len(words_of[x]) < 2 for x in (a, b)):
                    # A lone word of a person only as spelt, or as the folds of people and
                    # groups spell both (Roscosmos, Roskosmos): Bashar is not Bashir; or as
                    # written in two words (Falungong, Falun Gong).
                    continue
                if not gazetteer_name and _two_gazetteer_places(a, b, gazetteer_names):
                    continue
                same_place = gazetteer_name or _one_gazetteer_place(a, b, gazetteer_names.places)
                one_name_two_labels = (a[0] != b[0] and not (
                    _may_share_name(a, b, words_of[a]) or same_place))
                if one_name_two_labels and not _unknown_place_of_a_name(a, b, gazetteer_names):
                    continue
                if not same_place and _bare(a[1]) != _bare(b[1]) and any(
                        gazetteer_names.country(x) for x in (a, b)):
                    continue  # a country's other names are the gazetteer's: Greece, not Grace
                if _other_numbers(a[1], b[1]) or (
                        a[1] != b[1] and len("".join(words_of[a])) < settings.min_vowel_letters):
                    continue  # 15 July is not 17 July, U2 is not O2: too little to go on
                if "PERSON" in (a[0], b[0]) and shared_article and two_spellings:
                    continue
                ctx_a, ctx_b = contexts_without(a, b)
                # A name of several words, one spelling of the other word by word; or written
                # as one word and as two (Lashkar Gah, Lashkargah), letter for letter: not
                # through the folds (How To, Hutu).
                long_name = (min(len(words_of[a]), len(words_of[b])) > 1 or (
                    max(len(words_of[a]), len(words_of[b])) > 1
                    and _run_together(a) == _run_together(b))
                ) and not any(t.isdigit() for t in (*a[1], *b[1]))  # dates: Sun 22 Feb
                # A group's or a place's name of several words written alike but for what the
                # folds drop (Hay'at Tahrir al-Sham, Hayat Tahrir al-Sham) is one name, as one
                # spelling is; people share such names (Mohammed Saleh, Mohamed Saleh).
                # So is a longer one alike but for the folds of people's and groups' names.
                one_spelling = long_name and a[0] == b[0] != "PERSON" and (
                    not two_spellings or (
                        _folded_alike(a, b, words_of)
                        and len(words_of[a]) >= settings.min_folded_group_name_words))
                # A one-word name the text shows to be romanized (`romanized_names`) spelt
                # alike but for what the folds drop (Al Qaeda, al-Qaida; Janjaweed, Janjawid)
                # is as rare as a full name: one shared entity will do. Not any one word:
                # English ones fold together too (Forest, Forrest; Treasure, Treasury); and
                # not a person's lone word, a surname many share (al-Hashimi, al-Hashemi).
                rare = long_name or (not two_spellings and "PERSON" not in (a[0], b[0])
                                     and bool({words_of[a], words_of[b]} & romanized_names))
                if ((shared_article and not (a[0] == b[0] == "PERSON")) or same_place
                        or (one_spelling and not shared_article)
                        or _context_agrees(ctx_a, ctx_b, settings, 1 if rare else None)
                        or _unknown_spelling_of_a_place(a, b, gazetteer_names, ctx_a & ctx_b,
                                                        regions)):
                    uf.union(a, b)
                    if one_name_two_labels and relabelled is not None:
                        relabelled.append((a, b) if a[0] in PLACE_LABELS else (b, a))
    # People and groups of languages the folds do not know, spelt alike but for one word's
    # inner letters (near_spellings), whichever of the two labels the model gave each (a
    # person tagged a group: Krishna Prashad Sitaula), never two spellings in one article, and
    # only when their stories agree as for a single name (a shared country is not enough,
    # unless they tell one story in the same words: _one_story), or share one entity, even a
    # country, for a name of three words or more, two of them written alike (Anura Kumara
    # Dissanayake, Anura Kumara Dissanayaka). So too a person's two names written in both
    # orders (Shigeru Ishiba, Ishiba Shigeru: Japanese, Korean, Chinese and Hungarian put
    # the family name first, and English-language outlets often do not). And a place of one
    # word spelt otherwise inside that the gazetteer knows in one spelling only, when both
    # articles name its country (Badakhshan, Badakshan).
    near: dict[tuple, list[tuple]] = defaultdict(list)
    for node in sorted(nodes):
        words = words_of[node]
        if node[0] in _PERSON_OR_GROUP_LABELS and len(words) > 1:
            for i in range(len(words)):
                near[near_spelling_key(words, i)].append(node)
        if node[0] == "PERSON" and len(words) == 2 and words[0] != words[1]:
            near[("two orders", *sorted(words))].append(node)
        if node[0] in PLACE_LABELS and len(plain_words[node]) == 1:
            near[("place", *near_spelling_key(plain_words[node], 0))].append(node)
    for members in near.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if uf.find(a) == uf.find(b) or nodes[a] & nodes[b] or \
                        _an_acronym_spelt_otherwise(a, b, acronyms, plain_words):
                    continue
                if a[0] in PLACE_LABELS and b[0] in PLACE_LABELS:
                    # A one-word place spelt otherwise inside (Badakhshan, Badakshan): the
                    # gazetteer knows one and not the other, and both articles name its
                    # country (_unknown_spelling_of_a_place).
                    if near_spelt_words(*plain_words[a], *plain_words[b],
                                        settings.min_near_spelling_similarity,
                                        settings.min_near_spelling_letters,
                                        settings.min_long_near_spelling_letters) and (
                            _unknown_spelling_of_a_place(
                                a, b, gazetteer_names, set.intersection(*contexts_without(a, b)),
                                regions)):
                        uf.union(a, b)
                    continue
                if not (
                        _near_spellings(words_of[a], words_of[b], settings)
                        or _two_orders(a, b, words_of)):
                    continue
                long_name = len(words_of[a]) >= settings.min_folded_group_name_words
                ctx_a, ctx_b = contexts_without(a, b)
                if _context_agrees(ctx_a, ctx_b, settings, 1 if long_name else None) or (
                        a[0] == b[0] == "PERSON"
                        and _one_story(ctx_a & ctx_b, nodes[a], nodes[b], story_words_of,
                                       settings)):
                    uf.union(a, b)


def _an_acronym_spelt_otherwise(a: tuple, b: tuple, acronyms: frozenset[tuple],
                                plain_words: dict[tuple, tuple[str, ...]]) -> bool:
    """One name is an acronym, the other spelt otherwise, but for hyphens and spaces
    (FTSE, FT-SE)."""
    return bool({a, b} & acronyms) and plain_words[a] != plain_words[b] \
        and _run_together(a) != _run_together(b)


def _acronym_nodes(release: _Release, node_of: dict[int, tuple],
                   settings: LinkingSettings) -> frozenset[tuple]:
    """The names written only as acronyms (LIBOR, NATO), once at least inside a paragraph:
    a town in a dateline in capitals ("HOMS, Syria, March 2 -") is written so too."""
    rows_of: dict[tuple, list[dict]] = defaultdict(list)
    for row in release.mentions:
        rows_of[node_of[row["_uid"]]].append(row)

    def inside_a_paragraph(row: dict) -> bool:
        body = release.articles[row["article_id"]].body
        return row["start_char"] > 0 and body[row["start_char"] - 1] != "\n"

    return frozenset(node for node, rows in rows_of.items()
                     if all(_is_acronym(r["text"], settings) for r in rows)
                     and any(inside_a_paragraph(r) for r in rows))


# A province written after a place's name, as datelines and addresses write it ("SUFFIELD,
# Conn., Feb 26", "Southfield, Michigan,"): one word, abbreviated or not.
_REGION_AFTER = re.compile(r",\s+([A-Z][A-Za-z]+)\.?(?=[,\s])")


def _written_regions(release: _Release, node_of: dict[int, tuple], gazetteer: Gazetteer
                     ) -> dict[tuple, frozenset[tuple[int, str]]]:
    """The provinces written right after a place's mentions, as (GeoNames admin1 id,
    country code): each a province the words may name, in any country ("Rajastan, North
    West India": a province called North somewhere)."""
    found: dict[tuple, set[tuple[int, str]]] = defaultdict(set)
    for row in release.mentions:
        if row["label"] not in GEOCODED_LABELS:
            continue
        after = _REGION_AFTER.match(release.articles[row["article_id"]].body, row["end_char"])
        if after:
            found[node_of[row["_uid"]]] |= {(p.geonameid, p.country_code) for p in
                                            gazetteer.candidates(after.group(1))
                                            if p.place_type == "admin1"}
    return {node: frozenset(regions) for node, regions in found.items() if regions}


def _two_orders(a: tuple, b: tuple, words_of: dict[tuple, tuple[str, ...]]) -> bool:
    """Nodes `a` and `b` are people's names of two words, the one the other in reverse."""
    return (a[0] == b[0] == "PERSON" and len(words_of[a]) == 2
            and words_of[a] == words_of[b][::-1])


def _one_story(shared: set, articles_a: set[str], articles_b: set[str], story_words_of,
               settings: LinkingSettings) -> bool:
    """Reports that name one country and tell one story in the same words: at least
    settings.min_shared_story_words story words in common, and a cosine of their sets of
    story words of at least settings.min_story_word_overlap (`story_words_of`: an article's
    story words, names aside)."""
    if not any(kind == "country" for kind, _ in shared):
        return False
    words_a = frozenset().union(*(story_words_of(x) for x in sorted(articles_a)))
    words_b = frozenset().union(*(story_words_of(x) for x in sorted(articles_b)))
    common = len(words_a & words_b)
    return common >= max(settings.min_shared_story_words,
                         settings.min_story_word_overlap * (len(words_a) * len(words_b)) ** 0.5)


def _near_spellings(a: tuple[str, ...], b: tuple[str, ...], settings: LinkingSettings) -> bool:
    """romanize.near_spellings with the settings' thresholds."""
    return near_spellings(a, b, settings.min_near_spelling_similarity,
                          settings.min_near_spelling_letters,
                          settings.min_long_near_spelling_letters)


def _folded_alike(a: tuple, b: tuple, words_of: dict[tuple, tuple[str, ...]]) -> bool:
    """Both nodes are people or groups, and the folds of their names make them one spelling
    (a place is not folded so: Ghent is not Kent)."""
    return {a[0], b[0]} <= _PERSON_OR_GROUP_LABELS and words_of[a] == words_of[b]


def _town_key(node: tuple, gazetteer: Gazetteer, rules_: LinkingRules,
              settings: LinkingSettings) -> tuple[str, ...] | None:
    """A name of several words with each word that names one large town (of at least
    settings.min_searched_place_population people) as that town's gazetteer id and the
    others romanized; None when no word names one. Two names whose keys agree are one name
    with its town spelt two ways (Dynamo Kyiv, Dynamo Kiev)."""
    tokens = _bare(node[1])
    if len(tokens) < 2:
        return None
    towns = [_large_town(token, gazetteer, settings.min_searched_place_population)
             for token in tokens]
    if not any(towns):
        return None
    return tuple(f"#{town}" if town else romanized_key(token, rules_.romanization)
                 for token, town in zip(tokens, towns))


def _towns_named_within(node: tuple, release: _Release, gazetteer: Gazetteer,
                        rules_: LinkingRules, settings: LinkingSettings) -> set[tuple[str, str]]:
    """The large towns a longer name that is no person's holds, as context of its article,
    keyed as the town's own mention would be (_ctx): the Dubai of "the Dubai Tennis
    Championships" is the Dubai another outlet tags a place; the model's "Lyon 2-1" is
    the Lyon another tags a person. A word also written in lower case in the release is an
    English word that happens to name a town (Police, Reading), not that town; and a town
    goes by that name, not merely an alternate one (League is League City's). Not the
    town's country: a name's contexts are those of all its articles, and a country more in
    each made BBC's film "Treasure" the Treasury (tried and dropped)."""
    tokens = _bare(node[1])
    if node[0] == "PERSON" or len(tokens) < 2:
        return set()
    return {("name", romanized_key(token, rules_.romanization)) for token in tokens
            if token not in release.lower_words()
            and _large_town_called(token, gazetteer, settings.min_searched_place_population)}


@lru_cache(maxsize=1 << 14)
def _large_town_called(word: str, gazetteer: Gazetteer, min_population: int) -> bool:
    """`word` (folded) is the own name of a town of at least `min_population` people."""
    return any(p.place_type == "city" and p.population >= min_population
               and fold_accents(p.name) == word for p in gazetteer.candidates(word))


@lru_cache(maxsize=1 << 14)
def _large_town(word: str, gazetteer: Gazetteer, min_population: int) -> int | None:
    """The gazetteer id of the one town of at least `min_population` people named `word`."""
    towns = {p.geonameid for p in gazetteer.candidates(word)
             if p.place_type == "city" and p.population >= min_population}
    return towns.pop() if len(towns) == 1 else None


def _readings(node: tuple, first: dict[tuple, tuple[str, ...]],
              second: dict[tuple, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A node's romanized words in its first reading, and in its second when it has one."""
    return [first[node], second[node]] if node in second else [first[node]]


def _variants_in_a_reading(a: tuple, b: tuple, readings: tuple[dict, dict],
                           settings: LinkingSettings) -> bool:
    """Nodes `a` and `b` spell one name in their first readings or in their second (a name
    without a second reading reads the same both ways)."""
    first, second = readings
    pairs = [(first[a], first[b])]
    if a in second or b in second:
        pairs.append((second.get(a, first[a]), second.get(b, first[b])))
    return any(are_variants(x, y, settings.min_romanized_similarity, settings.min_vowel_letters)
               for x, y in pairs)


def _markers(node: tuple, gazetteer_names: _GazetteerNames) -> list[tuple[str, ...]]:
    """The designator markers a node is compared under: its own, and none too when the
    gazetteer knows its name as a province's or a district's and no town's ("Nangarhar
    province" is what a bare Ningarhar can only be)."""
    marker = _marker(node)
    if marker and gazetteer_names.names_a_region_only(node):
        return [marker, ()]
    return [marker]


def _unknown_spelling_of_a_place(a: tuple, b: tuple, gazetteer_names: _GazetteerNames,
                                 shared: set,
                                 regions: Mapping[tuple, frozenset[tuple[int, str]]] | None = None
                                 ) -> bool:
    """Both nodes are places, the gazetteer knows one as written as a province or large town
    (or, known in no other way, in another romanization: Qamishli, GeoNames' Al Qamishli)
    and the other not as written (in another romanization, at most as that same place), and
    both articles name that province's or town's country: the other name is that place spelt
    otherwise (Nangarhar, Ningarhar; Karakalpakstan, Qaraqalpaqstan; Qamishlo); not when
    the other is written with a province the place is not in (`regions`: _written_regions)."""
    if not (a[0] in PLACE_LABELS and b[0] in PLACE_LABELS):
        return False
    known = [x for x in (a, b) if gazetteer_names.known(x)]
    if len(known) == 2:
        written = [x for x in known if gazetteer_names.named_places(x)]
        if len(written) != 1:
            return False
        other = b if written[0] is a else a
        if not gazetteer_names.romanized_places(other) & gazetteer_names.places(written[0]):
            return False
        known = written
    if len(known) != 1:
        return False
    other = a if known[0] is b else b
    known_countries = gazetteer_names.countries(known[0])
    provinces = {admin1 for admin1, country in (regions or {}).get(other, ())
                 if country in known_countries}
    if provinces and not any(p.admin1_id in provinces
                             for p in gazetteer_names.provinces_and_towns(known[0])):
        return False  # written in another province: "SUFFIELD, Conn." is no Southfield, Mich.
    # Known as written, or else in another romanization only (Qamishli: Al Qamishli).
    countries = known_countries or gazetteer_names.romanized_countries(known[0])
    return any(("country", code) in shared for code in countries)


def _two_gazetteer_places(a: tuple, b: tuple, gazetteer_names: _GazetteerNames) -> bool:
    """Both nodes are places written otherwise, each the name of provinces or large towns
    the other is not a name of: two places the folds make look alike (Shanxi and Shaanxi,
    two provinces of China), whatever the article or the story."""
    if not (a[0] in PLACE_LABELS and b[0] in PLACE_LABELS) or _run_together(a) == _run_together(b):
        return False
    places_a, places_b = gazetteer_names.written_places(a), gazetteer_names.written_places(b)
    return bool(places_a and places_b and not places_a & places_b)


def _marker(node: tuple) -> tuple[str, ...]:
    """What a place node's designator says it is, when that is not the bare name: a province
    or district is not its town; "the town of X" is the bare X."""
    return tuple(w for w in node[1] if w.startswith("<") and w != "<city>")


class _GazetteerNames:
    """What the gazetteer says of a node's name, looked up once per node (a node meets many
    others in _merge_romanized)."""

    def __init__(self, gazetteer: Gazetteer, settings: LinkingSettings,
                 romanization: Romanization):
        self._gazetteer, self._settings, self._romanization = gazetteer, settings, romanization
        self._provinces_and_towns: dict[tuple, tuple[Place, ...]] = {}
        self._known: dict[tuple, bool] = {}
        self._countries: dict[tuple, str | None] = {}
        self._named_places: dict[tuple, frozenset[int]] = {}
        self._places: dict[tuple, frozenset[int]] = {}

    def places(self, node: tuple) -> frozenset[int]:
        """The provinces and districts, and the towns of at least
        settings.min_searched_place_population people, the name is a name of. A district
        counts, as a town of its name is the district's main town (Bangladesh's Comilla, its
        district's new spelling Cumilla); a designator keeps "X district" apart from X."""
        if node not in self._places:
            self._places[node] = self.written_places(node) | {
                p.geonameid for p in self.provinces_and_towns(node)}
        return self._places[node]

    def named_places(self, node: tuple) -> frozenset[int]:
        """Every place the name, as written, is a name of."""
        if node not in self._named_places:
            self._named_places[node] = frozenset(
                p.geonameid for p in self._gazetteer.candidates(" ".join(_bare(node[1]))))
        return self._named_places[node]

    def named_towns(self, node: tuple) -> frozenset[int]:
        """The places the name, as written, is a name of, less the districts of the towns it
        names: GeoNames may give a district its main town's name in one spelling only
        (Myawaddy the town and its district, Myawadi the town alone)."""
        candidates = self._gazetteer.candidates(" ".join(_bare(node[1])))
        districts_of_towns = {p.admin2_id for p in candidates if p.place_type == "city"}
        return frozenset(p.geonameid for p in candidates
                         if not (p.place_type == "admin2" and p.geonameid in districts_of_towns))

    def countries(self, node: tuple) -> frozenset[str]:
        """The countries of the provinces and large towns the name names (`places`)."""
        return frozenset(p.country_code for p in self.provinces_and_towns(node))

    def provinces_and_towns(self, node: tuple) -> tuple[Place, ...]:
        """The places of `places`; a name designated a province or district ("capital of
        Zabol") also names the regions of that kind of its other romanizations (Zabol as
        written is a town of Iran, romanized Zabul province)."""
        if node not in self._provinces_and_towns:
            name = " ".join(_bare(node[1]))
            found = [p for p in self._gazetteer.candidates(name)
                     if self._province_or_large_town(p)]
            designated = _DESIGNATED_REGIONS.get(_marker(node))
            if designated:
                # In either reading of the name (Baidha read with d: Yemen's Al Bayda).
                readings = [self._romanization, self._romanization.second_reading()]
                found += [p for reading in filter(None, readings)
                          for p in self._gazetteer.romanized_candidates(name, reading)
                          if p.place_type == designated and p not in found]
            self._provinces_and_towns[node] = tuple(found)
        return self._provinces_and_towns[node]

    def names_a_region_only(self, node: tuple) -> bool:
        """The gazetteer knows the name as written, or else in another romanization
        (Baluchistan), as a province's or a district's and no town's."""
        name = " ".join(_bare(node[1]))
        candidates = (self._gazetteer.candidates(name)
                      or self._gazetteer.romanized_candidates(name, self._romanization))
        return bool(candidates) and all(p.place_type in ("admin1", "admin2")
                                        for p in candidates)

    def written_places(self, node: tuple) -> frozenset[int]:
        """The provinces, districts and large towns the name is a name of as written, not
        in another romanization (Shanxi and Shaanxi province are two)."""
        return frozenset(
            p.geonameid for p in self._gazetteer.candidates(" ".join(_bare(node[1])))
            if p.place_type == "admin2" or self._province_or_large_town(p))

    def _province_or_large_town(self, place: Place) -> bool:
        """A province, or a town of at least settings.min_searched_place_population."""
        return place.place_type == "admin1" or (
            place.place_type == "city"
            and place.population >= self._settings.min_searched_place_population)

    def romanized_countries(self, node: tuple) -> frozenset[str]:
        """The countries of the provinces and large towns the name is a name of in another
        romanization."""
        return frozenset(p.country_code for p in self._gazetteer.romanized_candidates(
            " ".join(_bare(node[1])), self._romanization) if self._province_or_large_town(p))

    def romanized_places(self, node: tuple) -> frozenset[int]:
        """The places the name is a name of in another romanization."""
        return frozenset(p.geonameid for p in self._gazetteer.romanized_candidates(
            " ".join(_bare(node[1])), self._romanization))

    def known(self, node: tuple) -> bool:
        """The gazetteer knows the name, as written or in another romanization."""
        if node not in self._known:
            name = " ".join(_bare(node[1]))
            self._known[node] = bool(
                self._gazetteer.candidates(name)
                or self._gazetteer.romanized_candidates(name, self._romanization))
        return self._known[node]

    def country(self, node: tuple) -> str | None:
        """The country the name names, if it names one."""
        if node not in self._countries:
            self._countries[node] = self._gazetteer.country_of(" ".join(_bare(node[1])))
        return self._countries[node]


# The kind of region a node's designator marker names.
_DESIGNATED_REGIONS = {("<admin1>",): "admin1", ("<admin2>",): "admin2"}


def _one_gazetteer_place(a: tuple, b: tuple, places) -> bool:
    """Nodes `a` and `b`, two spellings (not of people, not of nationalities) with one
    designator, one of them tagged as a place, are names the gazetteer gives one province or
    large town (`places`: _GazetteerNames.places; GeoNames records Misrata and Misurata,
    Erbil and Arbil as names of one town)."""
    return _two_spellings_of_a_place(a, b) and bool(places(a) & places(b))


def _two_spellings_of_a_place(a: tuple, b: tuple, same_label: bool = False) -> bool:
    """Nodes `a` and `b` are two spellings (not of people, not of nationalities) with one
    designator, one of them tagged as a place (or, with `same_label`, both given one label:
    the town of "Hargeisa" and "Hargeysa", both tagged organisations, is one whatever it
    is): what the gazetteer may show to be one place. One spelling (Liverpool the club,
    Liverpool the city) says nothing new."""
    return not (_bare(a[1]) == _bare(b[1]) or {a[0], b[0]} & {"PERSON", "NORP"}
                or not ({a[0], b[0]} & GEOCODED_LABELS or (same_label and a[0] == b[0]))
                or _marker(a) != _marker(b))


def _one_gazetteer_name(a: tuple, b: tuple, named_places) -> bool:
    """Nodes `a` and `b`, two spellings of a place (_two_spellings_of_a_place), are names
    GeoNames gives exactly the same places (`named_places`: _GazetteerNames.named_places):
    to the gazetteer they are one name, however far apart their letters (Somali Gaalkacyo,
    English Galkayo; Ukrainian Vuhledar, Russian Ugledar). Names that share only some of
    their places are left to _one_gazetteer_place: GeoNames gives a province's name to its
    capital too, and the two are not one place."""
    return (_two_spellings_of_a_place(a, b, same_label=True)
            and _same_named_places(a, b, named_places))


def _same_named_places(a: tuple, b: tuple, named_places) -> bool:
    """GeoNames gives the names of nodes `a` and `b` exactly the same places (some)."""
    named = named_places(a)
    return bool(named) and named == named_places(b)


def _town_taken_for_a_person(a: tuple, b: tuple, named_towns, surnames: set[str]) -> bool:
    """One node a person's lone word that is nobody's surname in the release, the other a
    place, and GeoNames gives the two spellings exactly the same places, but for the
    districts of their towns (`named_towns`): a town the model took for a person in one
    report, spelt otherwise in another (Cheongjin a person here, Chongjin a place there)."""
    person, place = (a, b) if a[0] == "PERSON" else (b, a)
    if (person[0] != "PERSON" or place[0] not in GEOCODED_LABELS or len(person[1]) != 1
            or person[1][0] in surnames or _marker(place) or _bare(a[1]) == _bare(b[1])):
        return False
    return _same_named_places(person, place, named_towns)


def _may_share_name(a: tuple, b: tuple, words: tuple[str, ...]) -> bool:
    """Whether nodes `a` and `b` of two labels, romanized as `words`, may be one name the
    model tagged twice: the same spelling of a name of several words (a group as a person),
    or two spellings of a rare name (a person as a facility, a town as a group, Ajdabiyah
    as a person, Ajdabiya as a place); never a nationality and a place (Saudi, Kurdish)."""
    if _bare(a[1]) == _bare(b[1]):  # "Manchester City" is the bare Manchester
        return a[0] in _NAME_LABELS and b[0] in _NAME_LABELS and len(words) > 1
    return not ("NORP" in (a[0], b[0]) and {a[0], b[0]} & PLACE_LABELS)


def _unknown_place_of_a_name(a: tuple, b: tuple, gazetteer_names: _GazetteerNames) -> bool:
    """One node a bare place no gazetteer knows, as written or romanized, the other an
    organisation's or a facility's name spelt alike: the model's place is the organisation
    (Tupras a place in one report, Tüpraş a company in another). A place the gazetteer knows
    keeps its name (Mosul the town, not a club named after it)."""
    for place, name in ((a, b), (b, a)):
        if (place[0] in PLACE_LABELS and name[0] in ("ORG", "FAC") and not _marker(place)
                and _bare(place[1]) == _bare(name[1]) and not gazetteer_names.known(place)):
            return True
    return False


def _bare(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A node's words without its designator (<city>, <admin1>)."""
    return tuple(t for t in tokens if not t.startswith("<"))


def _written_romanized(text: str, rules_: LinkingRules) -> bool:
    """The name opens with an Arabic article or kinship word: al-Qaida, ash-Sham, Al Qaeda,
    El Arish, Abu al-Duhur (an article hyphenated, in any assimilated form of
    name_particles.tsv; apart, only al and el, as An, As, At, De and Van open English and
    European names)."""
    first = _BODY_TOKEN.match(_fold(text))
    if not first:
        return False
    word, _, rest = first.group().partition("-")
    apart = " " in text.strip()
    return (word in rules_.article_particles and (bool(rest) or (word in ("al", "el") and apart))
            or (word in rules_.kinship_particles and apart))


def _run_together(node: tuple) -> str:
    """A node's letters without spaces, hyphens or its designator."""
    return "".join(_LETTER_RUNS.findall("".join(_bare(node[1]))))


def _other_numbers(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both names carry numbers, and not the same (Radio 1, Radio 4; G7, G20); romanized
    words are letters only. A number on one side only is an edition (the 2005 Academy
    Awards)."""
    numbers_a, numbers_b = [t for t in a if t.isdigit()], [t for t in b if t.isdigit()]
    return bool(numbers_a and numbers_b and numbers_a != numbers_b)


def _ctx(node: tuple, rules_: LinkingRules, country: str | None = None) -> tuple[str, str]:
    """A mention as context of its article: a country by its code, however named (Libya,
    Libyan); any other place or name by its romanized key, whatever its designator and the
    label the model gave it (Idlib, Idleb and Idlib province are one shared place; Houthi a
    group here and a person there, Jabal al-Zawiya a person here and a facility there, is
    one shared name)."""
    if country:
        return ("country", country)
    return ("name" if node[0] not in NUMERIC_LABELS else node[0], _context_key(node[1], rules_))


def _context_key(tokens: tuple[str, ...], rules_: LinkingRules) -> str:
    """A name key's words as context: romanized, without its designator (Kaduna State and
    Kaduna city name one place to share)."""
    return "".join(romanized_words(" ".join(_bare(tokens)), rules_.romanization))


def _text_context_key(text: str, label: str, rules_: LinkingRules) -> str:
    """_context_key of a mention's text under its label."""
    return _context_key(name_key(text, label, rules_).tokens, rules_)


def _similar_orgs(settings: LinkingSettings):
    def similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        digits_a = [t for t in a if t.isdigit()]
        return (len(a) == len(b) >= 2 and digits_a == [t for t in b if t.isdigit()]
                and fuzz.ratio(" ".join(a), " ".join(b)) >= settings.min_org_similarity)
    return similar


def link_entities(articles: list[NormalizedArticle], mentions: list[dict],
                  rules_: LinkingRules, gazetteer: Gazetteer, settings: LinkingSettings,
                  geocode: GeocodeSettings,
                  speakers: Mapping[str, Collection[str]] | None = None,
                  ) -> tuple[list[dict], list[dict]]:
    """-> (mentions with `entity_id` added, plus rule-found mentions; entity rows)

    The mention rows are the caller's to give: they are annotated in place (label repairs,
    `entity_id`) and returned, since a release's mentions are too many to copy twice. A
    model span that a rule mention of the whole name covers (its fragment: "US" of "US
    Open", "Scotland" of "Royal Bank of Scotland", "Ayatollah Ahmad" of "Ayatollah Ahmad
    Jannati'i") is not returned: one name is one mention (_a_fragment).
    `speakers`: the names quotes are said by, as written, by article (a label repair reads
    them).
    """
    release = _Release({a.article_id: a for a in articles}, [])
    for row in sorted(mentions, key=lambda r: (r["article_id"], r["start_char"], r["end_char"])):
        release.add(row)

    _cut_descriptions(release, rules_, settings)
    _mend_joined_names(release, rules_)
    _mark_rolls_of_people(release, gazetteer, settings)
    _find_izafe_names(release, rules_, gazetteer)
    _find_group_names(release, rules_, gazetteer)
    _find_untagged_towns(release, rules_, gazetteer, settings)
    _search_bodies(release, _search_terms(release, [], settings), settings)  # mend split names
    learned = _learn_aliases(release, rules_, gazetteer, settings)
    _search_bodies(release, _search_terms(release, learned, settings, gazetteer), settings)
    romanized_names = _relabel_lone_group_names(release, rules_, gazetteer)
    _name_people_of_rolls(release, rules_)
    _awards_the_model_took_for_people(release, rules_)
    _fix_labels(release, learned, rules_, gazetteer, speakers or {})
    _relabel_places(release, rules_, gazetteer, settings)
    _dateline_towns(release, settings)
    _clubs_named_by_their_towns(release, rules_, gazetteer, settings)
    _search_variants(release, rules_, settings)

    keys = {r["_uid"]: name_key(r["text"], r["label"], rules_) for r in release.mentions}
    designators = {r["_uid"]: _designator(release.articles[r["article_id"]].body, r,
                                          keys[r["_uid"]], rules_, gazetteer)
                   for r in release.mentions}
    node_of = {mid: _node(row["label"], keys[mid], designators[mid])
               for mid, row in ((r["_uid"], r) for r in release.mentions)}
    uf = UnionFind()
    for node in node_of.values():
        uf.find(node)

    # Learned aliases: the alias and its name are one entity.
    for name, label, alias in learned:
        uf.union((label, name_key(name, label, rules_).tokens),
                 (label, name_key(alias, label, rules_).tokens))

    # Plurals of a group name are the group ("Kurds" and "Kurd").
    for label, tokens in list(uf.parent):
        if label == "NORP" and tokens and tokens[-1].endswith("s") and \
                (label, (*tokens[:-1], tokens[-1][:-1])) in uf.parent:
            uf.union((label, tokens), (label, (*tokens[:-1], tokens[-1][:-1])))

    # Acronyms: an all-capital mention spelling the initials of a name in its article.
    for rows in release.by_article.values():
        initials = defaultdict(set)
        for row in rows:
            if not _is_acronym(row["text"], settings):
                initials[(row["label"], _initials(keys[row["_uid"]], rules_))].add(
                    node_of[row["_uid"]])
        for row in rows:
            if _is_acronym(row["text"], settings):
                letters = row["text"].replace(".", "").casefold()
                for node in initials.get((row["label"], letters), ()):
                    uf.union(node, node_of[row["_uid"]])

    # Variants: one spelling of a name and another (a romanization, an organisation's
    # plural), when context agrees.
    articles_of_node: dict[tuple, set[str]] = defaultdict(set)
    context_of_article: dict[str, set] = defaultdict(set)
    for row in release.mentions:
        node = node_of[row["_uid"]]
        articles_of_node[node].add(row["article_id"])
        if node[0] in GEOCODED_LABELS:
            country = gazetteer.country_of(row["text"])
            context_of_article[row["article_id"]].add(_ctx(node, rules_, country))
            if not country and (region := _region_country(row["text"], gazetteer, settings)):
                # Baghdad in one report, Iraqi in another: both name Iraq.
                context_of_article[row["article_id"]].add(("country", region))
            continue
        # A nationality is a shared name (Iraqi) and its country (Libyan, Libya); so is a
        # province the model took for an organisation.
        context_of_article[row["article_id"]].add(_ctx(node, rules_))
        context_of_article[row["article_id"]] |= _towns_named_within(
            node, release, gazetteer, rules_, settings)
        if country := (_demonym_country(row, rules_)
                       or _mislabelled_region_country(row, gazetteer)
                       or _mislabelled_town_country(row, gazetteer, settings)):
            context_of_article[row["article_id"]].add(("country", country))
    # A surname alone is the release's only full name with that surname, as the linking
    # below takes it ("Ashraf Ghani" in one report, "Ghani" in another): as context too.
    full_by_surname: dict[str, set] = defaultdict(set)
    for node in articles_of_node:
        if node[0] == "PERSON" and _is_full(node[1]):
            full_by_surname[node[1][-1]].add(node)
    for row in release.mentions:
        node = node_of[row["_uid"]]
        if node[0] == "PERSON" and len(node[1]) == 1 and len(
                fulls := full_by_surname.get(node[1][0], ())) == 1:
            context_of_article[row["article_id"]].add(_ctx(next(iter(fulls)), rules_))
    tagged = {key for context in context_of_article.values() for kind, key in context
              if kind == "name" and len(key) >= settings.min_variant_search_letters}
    for article_id, article in release.articles.items():
        # The headline names the country the body may leave unsaid ("Lebanese Speaker
        # Calls Session" over "Speaker Nabih Berri called lawmakers..."), and the names
        # another outlet's body tags.
        context_of_article[article_id] |= _title_countries(article.title, gazetteer, rules_)
        context_of_article[article_id] |= _title_context(article.title, tagged,
                                                         release.lower_words(), rules_)
    # Names the text shows to be romanized: written with the Arabic article or a kinship word
    # (Al Qaeda, al-Qaida, Abu al-Duhur), or an armed group's (Janjaweed fighters, Janjawid
    # militiamen).
    romanized_names |= {_romanized_words_of(r["text"], r["label"], rules_)
                        for r in release.mentions if _written_romanized(r["text"], rules_)}
    relabelled: list[tuple[tuple, tuple]] = []
    _merge_romanized(articles_of_node, context_of_article, uf, rules_, gazetteer, settings,
                     romanized_names, _spelt_two_ways_in_a_sentence(release, node_of, rules_),
                     _story_words_of(release, settings), relabelled,
                     _acronym_nodes(release, node_of, settings),
                     _written_regions(release, node_of, gazetteer), release.lower_words())
    _settle_labels(relabelled, release, node_of)
    _merge_variants(articles_of_node, context_of_article, uf, "ORG",
                    lambda t: t[0] if len(t) > 1 else "", _similar_orgs(settings), settings,
                    lambda node: _ctx(node, rules_)[1])

    # Surnames: the nearest full name of the article, else the release's only one. A full
    # name is no shorter name of a relative the article introduces ("Ahmad Massoud ... his
    # father Ahmad Shah Massoud"): the two are a family.
    mostly_not_people = _words_mostly_not_people(release.mentions, keys)
    for article_id, rows in release.by_article.items():
        people = sorted((r for r in rows if r["label"] == "PERSON"), key=lambda r: r["start_char"])
        fulls = [(r["start_char"], node_of[r["_uid"]]) for r in people
                 if _is_full(node_of[r["_uid"]][1])]
        written_fulls = [(r["start_char"], node_of[r["_uid"]]) for r in people
                         if _is_full(node_of[r["_uid"]][1])
                         and _written_as_a_persons_name(r["text"], rules_)]
        body = release.articles[article_id].body
        relatives = {node_of[r["_uid"]] for r in people
                     if _after_relative_noun(body, r["start_char"], rules_)}
        for row in people:
            tokens = node_of[row["_uid"]][1]
            family = _is_full(tokens) and (node_of[row["_uid"]] in relatives or any(
                node[1][-1] == tokens[-1] for node in relatives))
            candidates = [(start, node) for start, node in fulls if _is_partial_of(tokens, node[1])
                          and not family]
            if candidates:
                before = [c for c in candidates if c[0] < row["start_char"]]
                start, node = (before[-1] if before else candidates[0])
                node_of[row["_uid"]] = node
                continue
            if len(tokens) == 1 and tokens[0] not in mostly_not_people and (
                    given := {node for _, node in written_fulls if node[1][0] == tokens[0]}):
                # The given name of someone the article names in full ("Ozzy Osbourne ...
                # Ozzy", "his wife Sharon ... Sharon Osbourne"): that person when one, and
                # never the surname of someone else in the release (Ariel Sharon).
                if len(given) == 1:
                    node_of[row["_uid"]] = given.pop()
                continue
            if not family and (not _is_full(tokens) or len(tokens) < 3):
                roots = {uf.find(n) for n in full_by_surname.get(tokens[-1], ())
                         if _is_partial_of(tokens, n[1])}
                if len(roots) == 1:
                    node_of[row["_uid"]] = roots.pop()

    # Fragments of a rule mention belong to its entity.
    for fragment, covering in release.fragment_of.items():
        if _a_fragment(release.mentions[fragment], release):
            node_of[fragment] = node_of[covering]
    return _entity_rows(release, node_of, uf, gazetteer, rules_, settings, geocode)


def _words_mostly_not_people(mentions: list[dict], keys: dict[int, NameKey]) -> set[str]:
    """Words of names the release tags as something other than a person more often than as
    one: "Aleppo", "Qalamoun", "Sputnik" that the model also took for a person's name, or
    for the given name of a run of words it tagged a person ("Qalamoun Barrens")."""
    as_person: Counter = Counter()
    as_other: Counter = Counter()
    for row in mentions:
        for token in keys[row["_uid"]].tokens:
            (as_person if row["label"] == "PERSON" else as_other)[token] += 1
    return {word for word, n in as_other.items() if n > as_person[word]}


def _written_as_a_persons_name(text: str, rules_: LinkingRules) -> bool:
    """A given name of plain letters, then capitalised words or the particles of a name
    ("bin", "al-"), as a person's full name is written; not "Assads air force" nor
    "Hezballah SOHR" (an acronym is no surname), nor what opens with a word no given name
    is written as ("al-Midan al-Faid", "Salamyieh-Khneifes": a place the model took for a
    person)."""
    words = text.split()
    if not words or not words[0].isalpha():
        return False
    particles = rules_.article_particles | rules_.kinship_particles
    for word in words:
        bare = word.split("-")[-1]
        if _fold(word) in particles:
            continue
        if not bare[:1].isupper() or (len(bare) > 1 and bare.isupper()):
            return False
    return True


def _english_words_for_a_village(forms: list[str], place: Place, release: _Release,
                                 geocode: GeocodeSettings) -> bool:
    """A location the model tagged (LOC: a sea, a region, a valley) written in English words
    the release also writes in lower case, resolved to a town too small to be meant
    without a cue (GeocodeSettings.min_unsupported_city_population): "Earth" is no village
    of Texas, nor "Circle" one of Montana, "Valley" one of Bavaria or "South West" one of
    Missouri. Cape Town and Gold Coast are cities large enough to stay."""
    return (place.place_type == "city"
            and place.population <= geocode.min_unsupported_city_population
            and all(word.casefold() in release.lower_words()
                    for form in forms for word in _BODY_TOKEN.findall(form)))


def _settle_labels(pairs: list[tuple[tuple, tuple]], release: _Release,
                   node_of: dict[int, tuple]) -> None:
    """For each (place node, name node) one name the model gave a place's label and an
    organisation's (_unknown_place_of_a_name), the label of most of their mentions, the
    organisation's between as many, for all of them: Tupras a company, not a town, Daesh a
    group though 139 of its 322 mentions in FA-KES are tagged places; Eastern Ghouta (72
    times a place, 22 a group) a place. Not entity labelling's usual rule, where a place
    label beats the majority (_group_label): that is for towns the gazetteer knows, and
    these names it does not know."""
    if not pairs:
        return
    rows_of: dict[tuple, list[dict]] = defaultdict(list)
    for row in release.mentions:
        rows_of[node_of[row["_uid"]]].append(row)
    for place, name in pairs:
        label = place[0] if len(rows_of[place]) > len(rows_of[name]) else name[0]
        for row in rows_of[place] + rows_of[name]:
            _relabel(row, label)


def _story_words_of(release: _Release, settings: LinkingSettings):
    """article_id -> the article's story words (text_reuse.story_words) of at least
    settings.min_story_word_letters letters that are no word of a name it tags (a shared
    country or person is context, not vocabulary), worked out once per article."""
    found: dict[str, frozenset[str]] = {}

    def of(article_id: str) -> frozenset[str]:
        if article_id not in found:
            names = {w for row in release.by_article[article_id]
                     for w in word_tokens(row["text"])}
            found[article_id] = frozenset(
                w for w in story_words(release.articles[article_id])
                if len(w) >= settings.min_story_word_letters and w not in names)
        return found[article_id]
    return of


def _canonical(forms: Counter, label: str, rules_: LinkingRules,
               datelines: Collection[str] = ()) -> str:
    """The fullest form: among multi-word forms (full names) the most frequent, then the
    longest, so a descriptor the model took into one span ("Briton X Y") does not win; of
    a person, one with a given name before one with an initial (Simon Easterby, though a
    team sheet writes "S Easterby" more often); no form of `datelines` (written in
    capitals to open a paragraph: "NEW YORK, March 3 -") that is also written in lower
    case (New York; CIA stays CIA beside a stray "Cia"). A form with a number in it is a name with
    a score or a figure run on ("England 18-17", "Spain 2-1"), taken only when every form
    has one."""
    keys = {f: name_key(f, label, rules_).tokens for f in forms}
    named = [f for f in forms if not any(t.isdigit() for t in keys[f])] or list(forms)
    sizes = {f: len(keys[f]) for f in named}
    full = [f for f in named if sizes[f] > 1] or named
    if label == "PERSON":
        full = [f for f in full if len(keys[f][0]) > 1] or full
    written_lower = {f.casefold() for f in full if not f.isupper()}
    full = [f for f in full if not (f in datelines and f.casefold() in written_lower)]
    best = max((forms[f], sizes[f], len(f)) for f in full)
    return min(f for f in full if (forms[f], sizes[f], len(f)) == best)


def _group_order(key: tuple) -> tuple:
    """Groups in a fixed order (a place split in two adds its GeoNames id to the key)."""
    return (key[0], key[1], key[2] if len(key) > 2 else -1)


def _place_columns(place: Place | None) -> dict:
    """The entities table's place columns (schema.ENTITIES) of a resolved place, else nulls."""
    if place is None:
        return dict.fromkeys(("latitude", "longitude", "country_code", "country", "admin1",
                              "admin2", "place_type", "feature_class", "geo_precision",
                              "geonameid"))
    return {"latitude": place.latitude, "longitude": place.longitude,
            "country_code": place.country_code, "country": place.country,
            "admin1": place.admin1, "admin2": place.admin2, "place_type": place.place_type,
            "feature_class": place.feature_class, "geo_precision": place.geo_precision,
            "geonameid": place.geonameid}


def _geocode(release: _Release, groups: dict[tuple, list[dict]], node_of: dict, uf: UnionFind,
             gazetteer: Gazetteer, rules_: LinkingRules, geocode: GeocodeSettings,
             settings: LinkingSettings,
             ) -> tuple[dict[tuple, Place | None], dict[tuple, list[dict]]]:
    """Resolve every place group in its articles' context -> (place by group, groups).

    Context is the countries an article names, then (second pass) also the countries of its
    other places as the first pass resolved them, so a village is found beside its town. A
    group resolved to different places in different articles by their context (Tripoli in
    Libya and in Lebanon) is split, one group per place; one place reached by several groups
    ("US", "the United States") becomes one group.
    """
    roots = sorted(r for r in groups if r[0] in GEOCODED_LABELS)
    articles_of = {root: sorted({r["article_id"] for r in groups[root]}) for root in roots}
    countries_in: dict[str, Counter] = defaultdict(Counter)  # article -> (code, root) -> n
    for row in release.mentions:
        code = _demonym_country(row, rules_)
        if code:
            countries_in[row["article_id"]][(code, ("NORP", ()))] += 1
    for root in roots:
        for row in groups[root]:
            code = gazetteer.country_of(display_name(row["text"], row["label"], rules_))
            if code:
                countries_in[row["article_id"]][(code, root)] += 1
    # The countries a headline names, by name, people, province or large town ("Kurdish
    # Officials Meet in Damascus" over a body naming none): once each.
    for article_id, article in release.articles.items():
        for _, code in sorted(_title_countries(article.title, gazetteer, rules_, settings,
                                               release.lower_words())):
            countries_in[article_id][(code, ("TITLE", ()))] += 1

    def forms_of(root):
        rows = [r for r in groups[root] if r["_uid"] not in release.fragment_of] or groups[root]
        # A nationality the model tagged as a place (Kazakh) or a direction (Western)
        # names no town, nor does a word in lower case ("left the leader in coma").
        forms = sorted({display_name(r["text"], r["label"], rules_) for r in rows
                        if _fold(display_name(r["text"], r["label"], rules_))
                        not in rules_.demonyms.keys() | rules_.region_words
                        and not r["text"].islower()})
        stripped = sorted({" ".join(name_key(f, root[0], rules_).tokens) for f in forms
                           if name_key(f, root[0], rules_).designator})
        designator = next((w[1:-1] for w in root[1] if w.startswith("<")), None)
        return forms, stripped, designator

    # Provinces written right after a place's name ("Paris, Texas"), by (root, article); not
    # after the own name of another province of its country, but in a dateline's town
    # ("DELAWARE, Ohio, March 27 -"): that is a list ("Mississippi, Arkansas and Alabama").
    written_with: dict[tuple, Counter] = defaultdict(Counter)
    place_ends = set()
    for root in roots:
        for row in groups[root]:
            place_ends.add((row["article_id"], row["end_char"]))
            body = release.articles[row["article_id"]].body
            if code := _nationality_of_designated(body, row["start_char"], rules_):
                written_with[root, row["article_id"]].update({
                    written_with_country_key(code): 1, _NATIONALITY_KEY + code: 1})
            if not (match := _PROVINCE_AFTER.match(body, row["end_char"])):
                continue
            own_name_of = [p for p in gazetteer.candidates(row["text"]) if called(p, row["text"])]
            listed_in = {p.country_code for p in own_name_of
                         if p.place_type == "admin1" and row["start_char"] > 0}
            # A country's or a province's own name before a country is a list too
            # ("China, Japan and South Korea"), never a town and its country.
            a_region = any(p.place_type in ("country", "admin1") for p in own_name_of)
            after = gazetteer.province_after_a_place(match.group(1))  # "Dallas, Ga."
            for province in (*gazetteer.candidates(match.group(1)), *filter(None, [after])):
                if province.place_type == "admin1" and province.country_code not in listed_in:
                    written_with[root, row["article_id"]][
                        written_with_province_key(province.geonameid)] = 1
                elif province.place_type == "country" and not a_region:  # "Sydney, Australia"
                    written_with[root, row["article_id"]][
                        written_with_country_key(province.country_code)] = 1

    # Roots every mention of which follows "the", one at least ending its phrase there: a
    # sea, a gulf or a region ("the Atlantic"), no town that has the name only as another
    # name; the "the" of a noun after the name says nothing ("the Coruna-based plant",
    # "the Atlantic coast").
    def after_the(row) -> bool:
        return release.articles[row["article_id"]].body.endswith(("the ", "The "), 0,
                                                                 row["start_char"])

    def ends_its_phrase(row) -> bool:
        body = release.articles[row["article_id"]].body
        return not (body.startswith("-", row["end_char"])
                    or _LOWER_WORD_NEXT.match(body, row["end_char"]))

    only_after_the = {root: all(map(after_the, groups[root]))
                      and any(map(ends_its_phrase, groups[root])) for root in roots}

    def after_a_place(row) -> bool:
        """The mention follows a place's name and a comma ("READING, Pa.")."""
        return (row["article_id"], row["start_char"] - 2) in place_ends and release.articles[
            row["article_id"]].body.startswith(", ", row["start_char"] - 2)

    def context(root, article_ids, counts) -> Counter:
        total = Counter()
        for article_id in article_ids:
            for (code, other), n in counts[article_id].items():
                if other != root:
                    total[code] += n
            total.update(written_with.get((root, article_id), {}))
        return total

    # (root, its context's counts) -> place: the articles of a name often name the same
    # countries, and each pass resolves a name in each of its articles.
    resolved: dict[tuple, Place | None] = {}

    def resolve(root, ctx, article_ids):
        """The place of the root's mentions in those articles, in that context."""
        provinces = {provinces_after_places.get((root, article_id)) for article_id in article_ids}
        if len(provinces) == 1 and None not in provinces:
            return provinces.pop()
        key = (root, frozenset(ctx.items()))
        if key not in resolved:
            resolved[key] = resolve_in_context(root, ctx)
        return resolved[key]

    def resolve_in_context(root, ctx):
        forms, stripped, designator = names[root]
        place = resolve_place(gazetteer, forms, ctx, designator, geocode, rules_.romanization,
                              stripped)
        if place is not None and ctx.get(place.country_code, 0) == 0 and all(
                _directions_only(f, rules_) for f in stripped or forms):
            return None  # "South West State": many countries have one; GeoNames holds one
        if place is not None and any(k.startswith(_NATIONALITY_KEY) for k in ctx) and not \
                ctx.get(_NATIONALITY_KEY + (place.country_code or "")):
            return None  # "the Malian town of X": not a town of another country
        if place is not None and root[0] == "LOC" and _english_words_for_a_village(
                forms, place, release, geocode):
            return None
        if place is not None and place.place_type in ("city", "admin2") and not any(
                called(place, f) for f in forms) and only_after_the[root] and designator is None:
            return None  # "the Atlantic" is no Atlantic City (but "the Mayadin district")
        return place

    names = {root: forms_of(root) for root in roots}
    # An abbreviation written after a place's name in every mention an article makes of it
    # names a province there ("READING, Pa."): (root, article) -> that province.
    provinces_after_places: dict[tuple, Place] = {}
    for root in roots:
        province = next(filter(None, map(gazetteer.province_after_a_place, names[root][0])), None)
        if province is None:
            continue
        elsewhere = {r["article_id"] for r in groups[root] if not after_a_place(r)}
        for article_id in articles_of[root]:
            if article_id not in elsewhere:
                provinces_after_places[root, article_id] = province
    # A place is the evidence of its country in each of its articles as that article's
    # own context resolves it there (Newcastle named across a release with Australia in
    # some reports is no Australian town beside Liverpool in another), or as all its
    # articles do where that one resolves it to nothing; not when either is a guess between
    # namesakes (_a_guess_between_namesakes).
    enriched: dict[str, Counter] = defaultdict(Counter)
    for article_id, counts in countries_in.items():
        enriched[article_id].update(counts)
    for root in roots:
        overall = None
        # A name whose places all lie in one country reads the same in every report: all
        # its reports together resolve it once.
        one_country = len({p.country_code for name in (*names[root][0], *names[root][1])
                           for p in gazetteer.candidates(name)}) <= 1
        for article_id in articles_of[root]:
            place = None
            if not one_country:
                ctx = context(root, [article_id], countries_in)
                place = resolve(root, ctx, [article_id])
            if place is None and (one_country or len(articles_of[root]) > 1):
                if overall is None:
                    ctx = context(root, articles_of[root], countries_in)
                    overall = (resolve(root, ctx, articles_of[root]), ctx)
                place, ctx = overall
            if place is None or not place.country_code or place.place_type == "country" \
                    or ((root, article_id) not in provinces_after_places
                        and _a_guess_between_namesakes(place, names[root], ctx, gazetteer,
                                                       geocode)):
                continue
            enriched[article_id][(place.country_code, root)] += 1
            if place.place_type == "admin1":
                enriched[article_id][(province_context_key(place.geonameid), root)] += 1

    places: dict[tuple, Place | None] = {}
    for root in roots:
        # All its reports' countries, and the provinces most of them name: Illinois beside
        # one report's Paris is no reason to move the others' Paris there.
        own = {article_id: context(root, [article_id], enriched)
               for article_id in articles_of[root]}
        naming = Counter(key for ctx in own.values() for key in ctx
                         if is_province_context_key(key))
        overall = resolve(root, Counter({
            key: n for key, n in sum(own.values(), Counter()).items()
            if not is_province_context_key(key)
            or 2 * naming[key] > len(articles_of[root])}), articles_of[root])
        senses, beside_province = {}, False
        for article_id, ctx in own.items():
            place = resolve(root, ctx, [article_id])
            if place is not None and ctx.get(place.country_code, 0) > 0:
                senses[article_id] = place
                beside_province |= place != overall and place.admin1_id is not None and ctx.get(
                    province_context_key(place.admin1_id), 0) > 0
        # One report's own sense stands apart from the others' only beside its province
        # ("Paris, Texas"); a country named in passing makes none (Levant, Maine in a report
        # from Syria that names the US).
        if len({p.geonameid for p in senses.values()}) < 2 and not beside_province:
            places[root] = overall
            continue
        rows = groups.pop(root)
        for row in rows:
            place = senses.get(row["article_id"], overall)
            key = (*root, place.geonameid if place else 0)
            groups.setdefault(key, []).append(row)
            places[key] = place

    # One place, one entity: "US" and "the United States" resolve to the same country, and
    # a town the model tagged GPE in one article and LOC in another is one town (the entity
    # takes the label of most of its mentions).
    by_place: dict[int, list[tuple]] = defaultdict(list)
    for key in sorted(places, key=_group_order):
        if places[key] is not None:
            by_place[places[key].geonameid].append(key)
    for keys in by_place.values():
        target = max(keys, key=lambda k: (len(groups[k]), k[0] == "GPE"))
        for key in keys:
            if key != target:
                groups[target].extend(groups.pop(key))
    return places, groups


# A lower-case word right after a name: the noun it modifies ("the Kenosha plant"); not a
# preposition, a conjunction, a relative pronoun or an auxiliary, which start what follows
# the name's phrase ("in the Pacific by 15 pct", "the Atlantic which he liked").
_LOWER_WORD_NEXT = re.compile(
    r"[ \t]+(?!(?:and|or|but|nor|by|of|in|on|at|to|for|from|with|over|into|off|near|than|as"
    r"|since|until|after|before|which|that|who|where|when|while|is|was|are|were|has|had"
    r"|have|will|would|can|could|may|might|said|says)\b)[a-z]")
# A comma and capitalised words after a place's name, up to a comma, stop or a lower-case
# word: "Paris, Texas, on Monday" -> Texas.
_PROVINCE_AFTER = re.compile(r",[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
                             r"(?=[ \t]*[,.;:)\n]|[ \t]+[a-z]|$)")


def _a_guess_between_namesakes(place: Place, names: tuple, context: Counter,
                               gazetteer: Gazetteer, geocode: GeocodeSettings) -> bool:
    """Whether a place was taken by its size alone, in no country its article names, over a
    namesake in another country nearly as large (GeocodeSettings.rival_namesake_share): no
    evidence of its country for the other places of the article. Otherwise two such
    guesses make each other's country ("Liverpool" and "Newcastle" beside Brazil and
    France: the English city and the Australian one by size, then each moved to the other's
    country, both towns having namesakes in both)."""
    forms, stripped, _ = names
    return context.get(place.country_code, 0) == 0 and any(
        p.country_code != place.country_code
        and p.population >= max(geocode.min_context_namesake_population,
                                geocode.rival_namesake_share * place.population)
        for name in (*forms, *stripped) for p in gazetteer.candidates(name))


def _group_label(rows: list[dict], fragment_of: dict[int, int], rules_: LinkingRules,
                 min_place_share: float) -> str:
    """The label of most of an entity's mentions (not counting the fragments of a longer
    one); between as many, the likelier of the model's labels for a name (a person, then
    a place, then a group...), since a rare name gets a stray label more often. A place
    label beats any other: the small model tags many a town a group or facility (FA-KES:
    Hama 39 times ORG, 9 times GPE), seldom a group a town, so a stray place label
    (`min_place_share` of the mentions or fewer: al-Qaeda once in 117) does not; and a
    person named in full somewhere (Yahya Sinwar, not a lone "Manchester") stays a
    person."""
    votes = Counter(r["label"] for r in rows if r["_uid"] not in fragment_of) \
        or Counter(r["label"] for r in rows)
    top = min(votes, key=lambda label: (-votes[label], _LABEL_RANK.get(label, len(_LABEL_RANK)),
                                        label))
    total = sum(votes.values())
    places = [label for label in votes if label in GEOCODED_LABELS
              and votes[label] > min_place_share * total]
    if top in GEOCODED_LABELS or not places or (top == "PERSON" and any(
            r["label"] == "PERSON" and len(name_key(r["text"], "PERSON", rules_).tokens) > 1
            for r in rows)):
        return top
    return min(places, key=lambda label: (-votes[label], label))


def _dateline_forms(rows: list[dict], release: _Release, label: str,
                    rules_: LinkingRules) -> set[str]:
    """The forms of these mentions written in capitals at the start of a paragraph: a wire
    dateline's town ("LONDON, March 3 -")."""
    return {display_name(r["text"], label, rules_) for r in rows
            if r["text"].isupper() and (r["start_char"] == 0 or release.articles[
                r["article_id"]].body[r["start_char"] - 1] == "\n")}


def _a_fragment(row: dict, release: _Release) -> bool:
    """A model span inside a rule mention of the whole name ("US" of "US Open", "Blair" of
    "Mr Blair"): it joined that name's group and is no mention of its own. Unless a hyphen
    joins it to the rest ("US-Russian", "London-based Syrian Observatory"): then it names
    something of its own."""
    covering = release.fragment_of.get(row["_uid"])
    if covering is None:
        return False
    body = release.articles[row["article_id"]].body
    whole = release.mentions[covering]
    return not ((row["start_char"] > whole["start_char"] and body[row["start_char"] - 1] == "-")
                or (row["end_char"] < whole["end_char"] and body[row["end_char"]] == "-"))


def _entity_rows(release: _Release, node_of: dict, uf: UnionFind, gazetteer: Gazetteer,
                 rules_: LinkingRules, settings: LinkingSettings, geocode: GeocodeSettings,
                 ) -> tuple[list[dict], list[dict]]:
    by_root: dict[tuple, list[dict]] = defaultdict(list)
    for row in release.mentions:
        by_root[uf.find(node_of[row["_uid"]])].append(row)
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for root, rows in sorted(by_root.items()):
        groups[(_group_label(rows, release.fragment_of, rules_,
                             settings.min_place_label_share), *root[1:])].extend(rows)

    places, groups = _geocode(release, groups, node_of, uf, gazetteer, rules_, geocode,
                              settings)

    entity_rows, linked = {}, []
    place_of_id: dict[str, Place | None] = {}
    for root, rows in sorted(groups.items(), key=lambda item: _group_order(item[0])):
        label = root[0]
        rows = [r for r in rows if not _a_fragment(r, release)]
        if not rows:
            continue
        forms = Counter(display_name(r["text"], label, rules_) for r in rows)
        name = _canonical(forms, label, rules_, _dateline_forms(rows, release, label, rules_))
        place = places.get(root)
        entity_id = ids.entity_id(label, name)
        if place is not None and place_of_id.get(entity_id) not in (None, place):
            # Two places written alike (Tripoli in Libya and in Lebanon): one id each.
            entity_id = ids.composite_id(label, name, str(place.geonameid))
        place = place_of_id[entity_id] = place or place_of_id.get(entity_id)
        previous = entity_rows.get(entity_id)
        aliases = {r["text"] for r in rows} | set(previous["aliases"] if previous else ())
        all_rows = rows + (previous["_rows"] if previous else [])
        entity_rows[entity_id] = {
            "entity_id": entity_id, "name": name, "label": label, "aliases": sorted(aliases),
            "n_mentions": len(all_rows), "n_articles": len({r["article_id"] for r in all_rows}),
            **_place_columns(place),
            "_rows": all_rows,
        }
        for row in rows:
            del row["_uid"]
            row["entity_id"] = entity_id
            linked.append(row)
    columns = ENTITIES.column_names
    entities = [{c: e[c] for c in columns}
                for e in sorted(entity_rows.values(), key=lambda e: e["entity_id"])]
    linked.sort(key=lambda r: tuple(r[k] for k in MENTIONS.sort_by) + (r["label"],))
    return linked, entities
