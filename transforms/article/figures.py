"""Figures: reported counts of people in a parsed body -> `figures` rows (schema.FIGURES).

Grain: one row per number phrase ("at least 500", "a dozen", "hundreds") that counts people.
Its category comes from the word that governs it in the dependency parse (killing 10;
500 were killed; 1,300 died; forced 8,000 to flee; the death toll rose to 50; 50 dead);
a people count that no casualty word governs is kept as `other` (200 soldiers arrived), and
numbers that count anything else (days, ages, years, money, bombings, vehicles) are no rows.
A count within a count ("including 12 children", "four of them") points at its whole by
`parent_figure_id` (figure_subset_markers); "two shot, one fatally" splits by outcome.
Rule tables: figure_numbers, _vague, _qualifiers, _bounds, _verbs, _casualty_nouns,
_tally_nouns, _people, _non_counts, _attribution, _outcome_adverbs, _subset_markers,
_verb_objects, _state_phrases. A "he said" source is the person the quotes component's
referents resolve it to (null without them). Known limits: a figure whose verb sits in
another sentence, or an elided verb without a participle, is missed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
import re

from spacy.tokens import Doc, Span, Token

from transforms import ids, rules
from transforms.article.referents import LIST_OR_APPOSITION_DEPS, Referents, first_of_list
from transforms.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, resolve_relative_date
from transforms.records import Drops, NormalizedArticle, sentence_index
from transforms.schema import NAMED_ONE_TEXTS, PLACE_LABELS

# spaCy entity labels whose numbers are not head counts (dates, ages, times, measures). Not
# MONEY: the model tags bare millions so ("displaced more than 12 million"); a currency's
# noun says money (figure_non_counts), and a sum governs no casualty word ("stole $2 million").
NON_COUNT_ENTITY_LABELS = frozenset({"DATE", "TIME", "PERCENT", "QUANTITY", "ORDINAL"})
# Decimal places kept in low/high: drops float noise of the +-10 % factors (27.720000000000002).
BOUND_DECIMALS = 6
# Years, inclusive: a comma-less four-digit integer in this range is a year the model did
# not tag as DATE ("the invasion of 2003", "30 Oct 2016"), unless it counts people or
# casualties ("1300 people", "2000 deaths"; some corpora strip thousands separators).
YEAR_MIN, YEAR_MAX = 1800, 2100
# Characters that join the parts of a date written in digits ("28-04-2016", "12/05/16").
DATE_SEPARATORS = frozenset({"-", "/", "."})
# Days; a number this small right before a month name is a date ("12 November").
MAX_DAY_OF_MONTH = 31
# Determiners that make a number count nobody: "no one was hurt".
NEGATING_DETERMINERS = frozenset({"no"})
# Pronouns that count nobody: "nobody was hurt", "none of them died".
NOBODY_WORDS = frozenset({"nobody", "none", "noone"})
# How a number phrase hangs on the noun it counts ("five soldiers", "a dozen"), and how an
# article does ("a man").
NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod"})
ARTICLE_DEPS = NUMBER_DEPS | {"det"}
# Prepositions whose object belongs to the figure it hangs on: "killed 10, including 5 children".
# Prepositions a count hangs on that leave it the role of what they hang on: "including",
# and "over" of "Over 130 people were killed" that the parser read as a preposition (of a
# dateline's "MOSCOW (Sputnik)", the subject it found, or of the verb: "killed over 50").
TRANSPARENT_PREPOSITIONS = frozenset({"including", "over"})
# Prepositions that carry a tally's value: "the death toll rose to 50", "stood at 50".
TALLY_PREPOSITIONS = frozenset({"to", "at"})
# Dependency labels of the object / passive subject / subject of a clause.
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A verb's second complement, as the parser hangs it ("took 22 people hostage": "hostage" an
# object predicate, an open complement, a clause or a second object).
COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "advcl", "acomp", "dobj"})
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp"})
CLAUSE_MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})
# Marks that set an aside apart: a count after one is not in the list before it
# ("23 civilians - including nine children - and 16 combatants").
_ASIDE_MARKS = frozenset({"-", "—", "–", "(", ")"})
# Words before a noun that belong to it as an item of a list: "a woman", "two children".
_LIST_ITEM_DEPS = frozenset({"det", "nummod", "amod", "quantmod", "compound"})


@dataclass(frozen=True)
class FigureRules:
    number_values: dict[str, tuple[float, str]]  # word -> (value, unit|multiplier)
    vague_lows: dict[str, float]
    qualifiers: tuple[tuple[str, str, str], ...]  # (term, qualifier, position), longest first
    bounds: dict[str, tuple[float | None, float | None]]
    verbs: dict[str, tuple[str, str]]  # lemma -> (category, role)
    casualty_nouns: dict[str, str]
    tally_nouns: frozenset[str]
    people: frozenset[str]
    non_counts: frozenset[str]
    attribution_verbs: frozenset[str]
    attribution_phrases: tuple[tuple[str, ...], ...]
    outcome_adverbs: dict[str, str]  # "fatally" -> killed
    subset_markers: tuple[tuple[str, str], ...]  # (term, position), longest first
    verb_objects: dict[tuple[str, str], str]  # (verb lemma, noun lemma) -> category
    # (preposition, noun lemma) -> (category, the verbs it needs; empty: any verb)
    state_phrases: dict[tuple[str, str], tuple[str, frozenset[str]]]
    deadly_events: frozenset[str] = frozenset()  # "bombing", "crash" (figure_deadly_events)


def _factor(text: str) -> float | None:
    return float(text) if text.strip() else None


def load_figure_rules() -> FigureRules:
    """Read and index the figure rule tables (once per pipeline, by its component)."""
    numbers = rules.load("figure_numbers", ("term", "value", "kind", "example"))
    vague = rules.load("figure_vague", ("term", "low", "why"))
    qualifiers = rules.load("figure_qualifiers", ("term", "qualifier", "position", "example"))
    bounds = rules.load("figure_bounds", ("qualifier", "low_factor", "high_factor", "why"))
    verbs = rules.load("figure_verbs", ("term", "category", "role", "example"))
    nouns = rules.load("figure_casualty_nouns", ("term", "category", "example"))
    tally = rules.load("figure_tally_nouns", ("term", "why"))
    people = rules.load("figure_people", ("term", "why"))
    non_counts = rules.load("figure_non_counts", ("term", "kind", "example"))
    attribution = rules.load("figure_attribution", ("term", "kind", "example"))
    outcomes = rules.load("figure_outcome_adverbs", ("term", "category", "example"))
    subsets = rules.load("figure_subset_markers", ("term", "position", "example"))
    idioms = rules.load("figure_verb_objects", ("verb", "noun", "category", "example"))
    deadly = rules.load("figure_deadly_events", ("term", "example"))
    states = rules.load("figure_state_phrases",
                        ("preposition", "noun", "category", "verbs", "example"))
    return FigureRules(
        number_values={r["term"]: (float(r["value"]), r["kind"]) for r in numbers},
        vague_lows={r["term"]: float(r["low"]) for r in vague},
        qualifiers=tuple(sorted(((r["term"], r["qualifier"], r["position"]) for r in qualifiers),
                                key=lambda q: -len(q[0]))),
        bounds={r["qualifier"]: (_factor(r["low_factor"]), _factor(r["high_factor"]))
                for r in bounds},
        verbs={r["term"]: (r["category"], r["role"]) for r in verbs},
        casualty_nouns={r["term"]: r["category"] for r in nouns},
        tally_nouns=frozenset(r["term"] for r in tally),
        people=frozenset(r["term"] for r in people),
        non_counts=frozenset(r["term"] for r in non_counts),
        attribution_verbs=frozenset(r["term"] for r in attribution if r["kind"] == "verb"),
        attribution_phrases=tuple(tuple(r["term"].split()) for r in attribution
                                  if r["kind"] == "prep"),
        outcome_adverbs={r["term"]: r["category"] for r in outcomes},
        subset_markers=tuple(sorted(((r["term"], r["position"]) for r in subsets),
                                    key=lambda m: -len(m[0]))),
        verb_objects={(r["verb"], r["noun"]): r["category"] for r in idioms},
        state_phrases={(r["preposition"], r["noun"]): (r["category"], frozenset(
            r["verbs"].split("|")) if r["verbs"] else frozenset()) for r in states},
        deadly_events=frozenset(r["term"] for r in deadly),
    )


def _keys(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def _lookup(table: dict | frozenset, token: Token):
    """The table entry for the token's phrasal verb ("round up", "gun down": its lemma and
    particle), else for its lemma, else for its lower-case text, else None."""
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    phrasal = (f"{token.lemma_.lower()} {particle}",) if particle else ()
    for key in (*phrasal, *_keys(token)):
        if key in table:
            return table[key] if isinstance(table, dict) else key
    return None


def _casualty_word(r: "FigureRules", token: Token) -> str | None:
    """The category a casualty noun or adjective names, unless it is a word of a title or
    a name written in capitals inside an ordinary sentence ("versions of Dead Or Alive 1
    and 2"); a headline in capitals keeps its words ("18 Dead in Kabul Blast"), also glued
    into a sentence ("... to Aleppo Over 20 Dead MOSCOW (Sputnik) The terrorists ..."),
    where the count comes first."""
    if token.tag_ == "NNP" and token.text[:1].isupper() and not token.is_sent_start and any(
            t.is_alpha and t.is_lower and not t.is_stop for t in token.sent) \
            and not token.nbor(-1).like_num:
        return None
    return _lookup(r.casualty_nouns, token)


# ---------------------------------------------------------------- number phrases


@dataclass(frozen=True)
class _NumberPhrase:
    tokens: tuple[Token, ...]
    value: float | None  # None for a vague quantity
    vague_low: float | None
    # A word that is no numeral stands for the count, kept only when a casualty word counts
    # it: "a"/"an" before a word for people, one ("a man was shot dead", "killed a
    # firefighter"); "no one", "nobody", "no casualties", none.
    article: bool = False


def _digit_value(token: Token) -> float | None:
    """ "8,000" -> 8000.0, "2.5" -> 2.5; None for anything else ("24.08.2013", "3-4")."""
    text = token.text.replace(",", "")
    if not text[:1].isdigit() or not text.replace(".", "", 1).isdigit():
        return None
    return float(text)


def _is_digits(token: Token) -> bool:
    return _digit_value(token) is not None


def _is_number_word(token: Token, r: FigureRules) -> bool:
    return token.lower_ in r.number_values or token.lower_ in r.vague_lows


def _continues_phrase(phrase: list[Token], token: Token, r: FigureRules) -> bool:
    """Whether `token` extends the number phrase `phrase` ("2.5 million", "twenty-one",
    "tens of thousands", "two hundred and fifty")."""
    last = phrase[-1]
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    if _is_digits(token):
        return False  # two digit groups in a row are two numbers
    if _is_digits(last) and r.number_values.get(token.lower_, (0, ""))[1] == "unit":
        return False  # "in 2016 three officers": a year, then a count
    if _is_number_word(token, r):
        return True
    if token.text == "-" and not last.whitespace_ and not token.whitespace_:
        return nxt is not None and nxt.lower_ in r.number_values
    if token.lower_ == "of" and last.lower_ in r.vague_lows:
        return nxt is not None and nxt.lower_ in r.vague_lows
    if token.lower_ == "and" and r.number_values.get(last.lower_, (0, ""))[1] == "multiplier":
        return nxt is not None and r.number_values.get(nxt.lower_, (0, ""))[1] == "unit"
    return False


def _phrase_value(tokens: Iterable[Token], r: FigureRules) -> tuple[float | None, float | None]:
    """(value, vague floor) of a number phrase: units add, multipliers scale what precedes."""
    total, current, vague_low = 0.0, 0.0, None
    for token in tokens:
        if token.lower_ in r.vague_lows:
            vague_low = (vague_low or 1.0) * r.vague_lows[token.lower_]
        elif _is_digits(token):
            current += _digit_value(token)
        elif token.lower_ in r.number_values:
            value, kind = r.number_values[token.lower_]
            if kind == "multiplier":
                current = (current or 1.0) * value
                if value >= 1000:
                    total, current = total + current, 0.0
            else:
                current += value
    if vague_low is not None:
        return None, vague_low * (total + current or 1.0)
    return total + current, None


# Words before "hundred", "thousand" or "dozen" that leave the number vague: "several
# hundred", "a few dozen". Their floor is two of the multiple, as "hundreds" is one.
_SOME_OF = frozenset({"several", "few"})
SOME_OF_FLOOR = 2


def _number_phrases(sent: Span, r: FigureRules) -> list[_NumberPhrase]:
    phrases, i = [], sent.start
    while i < sent.end:
        token = sent.doc[i]
        if not (_is_digits(token) or _is_number_word(token, r)):
            i += 1
            continue
        tokens = [token]
        while i + 1 < sent.end and _continues_phrase(tokens, sent.doc[i + 1], r):
            i += 1
            tokens.append(sent.doc[i])
        i += 1
        first = tokens[0]
        # "a dozen", "a hundred": the article is part of the number.
        if (first.lower_ in r.number_values and r.number_values[first.lower_][1] == "multiplier"
                and first.i > sent.start and first.nbor(-1).lower_ in ("a", "an")):
            tokens.insert(0, first.nbor(-1))
        value, vague_low = _phrase_value(tokens, r)
        if (len(tokens) == 1 and first.lower_ in r.number_values
                and r.number_values[first.lower_][1] == "multiplier"
                and first.i > sent.start and first.nbor(-1).lower_ in _SOME_OF):
            # "several hundred", "a few dozen": vague, at least two of the multiple.
            some = first.nbor(-1)
            tokens.insert(0, some)
            if some.lower_ == "few" and some.i > sent.start and some.nbor(-1).lower_ == "a":
                tokens.insert(0, some.nbor(-1))
            value, vague_low = None, SOME_OF_FLOOR * r.number_values[first.lower_][0]
        phrases.append(_NumberPhrase(tuple(tokens), value, vague_low))
    # One person named with an article: a count of one, as "one soldier" is; also one named
    # by age alone ("a 17-year-old", the parser's noun "old").
    phrases += [_NumberPhrase((token,), 1.0, None, article=True) for token in sent
                if token.lower_ in NAMED_ONE_TEXTS and token.dep_ == "det"
                and ((noun := article_noun(token)).tag_ == "NN"
                     and (_is_people(noun, r) or _a_killed_agent(noun, r))
                     or _an_age(noun))]
    return [_nobody_for_no_one(p) for p in phrases] + _nobody_phrases(sent, r)


def article_noun(article: Token) -> Token:
    """The noun an article determines: its head, or the noun a possessive after it owns
    ("a farmers' leader": one leader; the parser hangs "a" on "farmers")."""
    noun = article.head
    if noun.dep_ == "poss" and noun.i > article.i and noun.head.i > noun.i:
        return noun.head
    return noun


# Endings of nouns for someone who does something (a vaccinator, a linesman, a herbalist,
# a technician): a person when a verb of killing names them, though the table of people
# (rules/figure_people.tsv) lacks the word. Not every agent ending: "-er" and "-or" end
# as many things ("killed a merger", "a rumor") as people.
AGENT_NOUN_ENDINGS = ("ator", "ist", "ian", "man", "woman")


def _a_killed_agent(noun: Token, r: FigureRules) -> bool:
    """An agent noun (AGENT_NOUN_ENDINGS) that its verb says was killed: "killing a
    vaccinator", "a surveyor was shot dead"."""
    return noun.lower_.endswith(AGENT_NOUN_ENDINGS) and noun.head.pos_ == "VERB" \
        and _role_category(noun.dep_, noun.head, r) == "killed"


def _an_age(token: Token) -> bool:
    """ "old" of "a 17-year-old" as a noun (an object or a subject), its years before it."""
    return token.lower_ == "old" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
        and any(c.dep_ == "npadvmod" and c.lower_ in ("year", "month") for c in token.children)


def _negating_determiner_before(token: Token) -> tuple[Token, ...]:
    """The "no" right before a token, with the hyphen of "no-one": () when there is none."""
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.text == "-" and before.i > 0:
        return (before.nbor(-1), before) if before.nbor(-1).lower_ in NEGATING_DETERMINERS \
            else ()
    return (before,) if before is not None and before.lower_ in NEGATING_DETERMINERS else ()


def counts_nobody(token: Token) -> bool:
    """The word counts nobody: "nobody", "none", "no one", "no-one"."""
    return token.lower_ in NOBODY_WORDS or token.lower_ == "one" and bool(
        _negating_determiner_before(token))


def _nobody_for_no_one(phrase: _NumberPhrase) -> _NumberPhrase:
    """ "no one was hurt", "no-one": a count of none, the determiner part of the phrase."""
    first = phrase.tokens[0]
    if phrase.tokens != (first,) or first.lower_ != "one" \
            or not (before := _negating_determiner_before(first)):
        return phrase
    return _NumberPhrase((*before, first), 0.0, None, article=True)


def _nobody_phrases(sent: Span, r: FigureRules) -> list[_NumberPhrase]:
    """Counts of none that no numeral writes: "nobody was hurt", "none of the crew was
    injured", "no casualties were reported", "causing no deaths", "there were no reports of
    injuries" (the phrase "no reports", the harm its "of" names). Kept, as any count
    written with a word, only when a casualty word counts them: an event said to have
    harmed nobody has a toll, zero, that "no toll given" would not tell."""
    nobody = [_NumberPhrase((token,), 0.0, None, article=True) for token in sent
              if token.lower_ in NOBODY_WORDS and token.dep_ in SUBJECT_DEPS | OBJECT_DEPS
              or token.lower_ in NEGATING_DETERMINERS and token.dep_ == "det"
              and token.head.tag_ == "NNS" and _noun_category(token.head, r) is not None]
    no_reports = [_NumberPhrase((token, token.head), 0.0, None, article=True) for token in sent
                  if token.lower_ in NEGATING_DETERMINERS and token.dep_ == "det"
                  and token.head.lemma_.lower() == "report"
                  and (of := _of_object(token.head)) is not None
                  and _noun_category(of, r) is not None]
    return nobody + no_reports


def _phrase_head(phrase: _NumberPhrase) -> Token:
    inside = {t.i for t in phrase.tokens}
    heads = [t for t in phrase.tokens if t.head.i not in inside or t.head.i == t.i]
    return heads[-1] if heads else phrase.tokens[-1]


# ---------------------------------------------------------------- qualifiers and bounds


def _has_word_boundary(text: str, index: int) -> bool:
    return index <= 0 or index >= len(text) or not text[index].isalnum() \
        or not text[index - 1].isalnum()


def _qualifier(body: str, sent: Span, start: int, end: int,
               r: FigureRules) -> tuple[str, int, int]:
    """(qualifier, value_text start, value_text end) from the words around the number."""
    before = body[sent.start_char:start].rstrip()
    before_lower = before.lower()
    after = body[end:sent.end_char]
    for term, qualifier, position in r.qualifiers:
        if position == "before" and before_lower.endswith(term):
            term_start = len(before) - len(term)
            if _has_word_boundary(before, term_start):
                return qualifier, sent.start_char + term_start, end
        if position == "after":
            gap = 0 if term.startswith("-") else len(after) - len(after.lstrip())
            if after[gap:gap + len(term)].lower() == term and \
                    _has_word_boundary(after, gap + len(term)):
                return qualifier, start, end + gap + len(term)
    return "exact", start, end


def _bounds(qualifier: str, value: float | None, vague_low: float | None,
            r: FigureRules) -> tuple[float | None, float | None]:
    low_factor, high_factor = r.bounds[qualifier]
    base = value if value is not None else vague_low
    low = round(base * low_factor, BOUND_DECIMALS) \
        if low_factor is not None and base is not None else None
    high = round(value * high_factor, BOUND_DECIMALS) \
        if high_factor is not None and value is not None else None
    return low, high


# ---------------------------------------------------------------- category


def _of_object(token: Token) -> Token | None:
    """The object of the token's "of" phrase: "hundreds of civilians" -> civilians."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# Words before "bodies" that make them organisations, not the dead: "five leading economic
# research bodies", "regulatory bodies" (a noun before it does too: "UN bodies").
INSTITUTION_ADJECTIVES = frozenset({
    "leading", "governing", "regulatory", "advisory", "professional", "public", "international",
    "economic", "official", "statutory", "legislative", "representative", "sporting",
    "religious", "supervisory", "local", "national", "independent", "elected"})


def _an_institution(token: Token, r: FigureRules) -> bool:
    """ "Body" said of an organisation or a whole, not of a corpse: a noun or an adjective of
    institutions before it ("economic research bodies", "UN bodies"), a clause of what it
    does after it ("the two bodies generating income"), "by" before it (who acts: "lending
    to China by the two bodies"), or "of" something that is no person ("a body of work";
    "the bodies of 14 men" are the dead)."""
    if _keys(token)[1] not in ("body", "bodies"):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return True
    if any(c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")
           or c.dep_ == "amod" and c.lower_ in INSTITUTION_ADJECTIVES for c in token.children):
        return True
    if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
           and any(o.dep_ in ("dobj", "obj") for o in c.children) for c in token.children):
        return True
    held = _of_object(token)
    return held is not None and held.pos_ == "NOUN" and not _is_people(held, r) \
        and not _is_counted(held)


# Harms whose victims are no casualties: "the fraud's 300 victims", "victims of spam".
NON_LETHAL_HARMS = frozenset({
    "fraud", "scam", "theft", "burglary", "hacking", "hacker", "spam", "spammer", "piracy",
    "phishing", "virus", "malware", "identity", "bullying", "discrimination", "harassment",
    "libel", "cybercrime", "swindle", "scandal"})


def _victims_of_a_non_lethal_harm(token: Token) -> bool:
    """ "Victims" of a harm that kills no one: "fraud victims", "victims of spam", "the
    fraud had 300 victims" (the verb's subject)."""
    if _keys(token)[0] != "victim":
        return False
    harms = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    harms += [o for o in (_of_object(token),) if o is not None]
    if token.dep_ in ("dobj", "attr"):
        harms += [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(_keys(h)[0] in NON_LETHAL_HARMS or _keys(h)[1] in NON_LETHAL_HARMS
               for h in harms)


def _noun_category(token: Token, r: FigureRules) -> str | None:
    """Category named by a noun or adjective: "dead", "deaths", "injury toll", "number of dead"."""
    if _victims_of_a_non_lethal_harm(token):
        return None
    for child in token.children:
        # Not a word of a compound adjective: "a wide-body jetliner"; nor "body" before
        # anything but a tally ("body armour", not "the body count").
        if child.dep_ in ("compound", "amod") and _casualty_word(r, child) and not any(
                g.dep_ == "amod" and g.i < child.i for g in child.children) and not (
                _keys(child)[1] in ("body", "bodies") and not _lookup(r.tally_nouns, token)):
            return _casualty_word(r, child)
    if _an_institution(token, r) or _hyphenated_tail(token):
        return None  # "15 wide-bodies from Boeing" are aircraft
    if _casualty_word(r, token):
        return _casualty_word(r, token)
    if _lookup(r.tally_nouns, token):
        counted = _of_object(token)
        return _casualty_word(r, counted) if counted is not None else None
    return None


def _hyphenated_tail(token: Token) -> bool:
    """The token ends a word written with a hyphen ("wide-bodies", "anti-bodies"): that
    word, not the token's, is what is named."""
    return token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_ \
        and not token.nbor(-2).whitespace_


def _is_counted(token: Token) -> bool:
    """A number, or a noun with a number: "90", "90 people"."""
    return token.pos_ == "NUM" or any(c.dep_ == "nummod" for c in token.children)


def _has_a_count(noun: Token) -> bool:
    """The noun has a number of its own ("30 bodies"), not a date's ("Sun Apr 16 2017
    Death toll", whose numbers the parser may hang on the noun)."""
    return any(c.dep_ == "nummod" and c.ent_type_ not in ("DATE", "TIME")
               for c in noun.children)


def _is_passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    if "auxpass" in deps or "nsubjpass" in deps:
        return True
    if any(c.dep_ in ("dobj", "obj") and _is_counted(c) for c in verb.children):
        return False  # "killed 30 people injured 90": "injured" counts its own victims
    # "100 injured", "28 captured": a bare participle with no "have" is an elided passive.
    return verb.tag_ == "VBN" and "aux" not in deps


# Relative pronouns: the subject of a relative clause said of the noun it modifies.
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def clause_about_another_subject(clause: Token) -> bool:
    """A relative clause with a subject of its own: "children whose fathers were killed"
    is said of the fathers, not of the children; a clause with "most of them" is said of a
    part of the count, whatever the parser made its subject."""
    if any(_part_of_a_pronoun(c) for c in clause.children):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS
               for c in clause.children)


def _part_of_a_pronoun(token: Token) -> bool:
    """ "most of them", "some of whom": a part of what a pronoun stands for."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children) for c in token.children)


def _clause_modifier_category(modifier: Token, r: FigureRules) -> str | None:
    """ "500 people killed", "people who died", "15 injured people" -> category."""
    if modifier.dep_ == "relcl" and clause_about_another_subject(modifier):
        # "the 16 workers it kidnapped", "whom it kidnapped": the noun is what the clause's
        # verb did to, when the verb takes its victims as object; not when the clause is
        # about something of theirs ("the 40 families whose sons the militia abducted").
        hit = _lookup(r.verbs, modifier) if modifier.pos_ == "VERB" else None
        if hit and hit[1] == "object" and not _is_passive(modifier) and not any(
                t.lower_ == "whose" for t in modifier.subtree):
            return hit[0]
        return None
    hit = _lookup(r.verbs, modifier) if modifier.pos_ in ("VERB", "AUX") else None
    if hit:
        category, role = hit
        if role == "object" and _is_passive(modifier):
            return category
        if role == "subject":  # "8,000 people fleeing", "people who died"
            return category
        return None
    # "11 workers who went missing", "people who were left homeless": the clause's state.
    state = next((c for c in modifier.children if c.dep_ in ("acomp", "oprd")
                  or c.dep_ == "advcl" and c.pos_ == "ADJ"), None)
    if state is not None and (category := _noun_category(state, r)):
        return category
    if modifier.dep_ in ("amod", "acl"):
        return _casualty_word(r, modifier)
    return None


def _has_reduced_passive_object(verb: Token, r: FigureRules) -> bool:
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if _participle_after_object(obj, r) is not None:
            return True
        for modifier in obj.children:
            hit = _lookup(r.verbs, modifier) if modifier.dep_ == "acl" else None
            if hit and hit[1] == "object" and modifier.tag_ == "VBN" and _is_passive(modifier):
                return True
    return False


def _participle_after_object(obj: Token, r: FigureRules) -> Token | None:
    """A headline's second reduced passive, which the parser hung on the first verb: in
    "57 Civilians killed 150 Injured" the object 150 has its own participle, "Injured"
    (capitalised, with no subject of its own)."""
    verb, after = obj.head, obj.right_edge.i + 1
    if after >= len(obj.doc) or obj.dep_ not in ("dobj", "obj"):
        return None
    participle = obj.doc[after]
    hit = _lookup(r.verbs, participle)
    if participle.head != verb or participle.dep_ not in ("advcl", "conj", "dep") \
            or participle.tag_ != "VBN" or not participle.text[:1].isupper() \
            or not hit or hit[1] != "object" \
            or any(c.dep_ in SUBJECT_DEPS for c in participle.children):
        return None
    return participle


def _verb_object_category(noun: Token, r: FigureRules) -> str | None:
    """The category of an idiom of verb and object: "claimed the lives (of two)"."""
    verb = noun.head if noun.dep_ in ("dobj", "obj") else _first_of_two_verbs(noun)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return _idiom(verb, noun, r)


def _idiom(verb: Token, noun: Token, r: FigureRules) -> str | None:
    """The category an idiom of a verb and a noun it governs names (figure_verb_objects:
    "claim" and "life" killed, "take" and "prisoner" captured), by their lemmas."""
    return r.verb_objects.get((verb.lemma_.lower(), noun.lemma_.lower()))


def _trailing_casualty(counted: Token, r: FigureRules) -> str | None:
    """The casualty word right after a counted noun that has none of its own in the parse:
    "... and more than 200 others wounded", "... and 57 missing"."""
    doc = counted.doc
    if counted.i + 1 >= len(doc):
        return None
    after = doc[counted.i + 1]
    hit = _lookup(r.verbs, after) if after.pos_ == "VERB" else None
    if hit and hit[1] == "object" and after.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("dobj", "obj") for c in after.children):
        return hit[0]
    return r.casualty_nouns.get(after.lower_) if after.pos_ in ("ADJ", "VERB") else None


# Verbs whose "to death" is a sentence, not a death: "sentenced five men to death".
DEATH_SENTENCE_LEMMAS = frozenset({"sentence", "condemn"})


def done_to_death(verb: Token) -> bool:
    """ "starved to death", "were beaten to death", "stabbed two guards to death": whoever
    the verb is said of died (not "sentenced to death")."""
    return verb.lemma_.lower() not in DEATH_SENTENCE_LEMMAS and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lower_ == "death" for g in c.children)
        for c in verb.children)


def _joined_by(verb: Token, conj: Token, word: str) -> bool:
    """The conjunct is joined to the verb with `word`: "and" ("shot and killed") or "or"
    ("killed or wounded")."""
    return any(c.dep_ == "cc" and c.lower_ == word and verb.i < c.i < conj.i
               for c in verb.children)


def _predicated_outcome(verb: Token, r: FigureRules) -> str | None:
    """The casualty a verb's predicate names ("shot dead", and the parser's adverb in
    "gunmen shot dead a community leader") or its adverb of outcome ("fatally shot"): it
    wins over the verb's own category."""
    for c in verb.children:
        if c.dep_ in PREDICATE_DEPS | {"advmod"} and c.lower_ in r.casualty_nouns:
            return r.casualty_nouns[c.lower_]
        if c.dep_ == "advmod" and c.lower_ in r.outcome_adverbs:
            return r.outcome_adverbs[c.lower_]  # "was fatally shot"
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.dep_ == "amod" and after.lower_ in r.casualty_nouns \
            and after.head.i > after.i:
        # "shot dead opposition politician X": the parser hangs "dead" on the object.
        noun = after.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        if noun.head == verb and noun.dep_ in OBJECT_DEPS:
            return r.casualty_nouns[after.lower_]
    return None


def _role_category(dep: str, verb: Token, r: FigureRules) -> str | None:
    """Category of a nominal that fills `dep` in the clause of `verb`."""
    if dep in SUBJECT_DEPS | OBJECT_DEPS and verb.pos_ == "VERB" and done_to_death(verb) and (
            dep != "nsubj" or not any(c.dep_ in OBJECT_DEPS for c in verb.children)):
        # Not the subject of a verb that has an object: in "gunmen beat a man to death"
        # the man died, not the gunmen.
        return "killed"
    hit = _lookup(r.verbs, verb) if verb.pos_ in ("VERB", "AUX") else None
    if hit:
        category, role = hit
        if role == "object":
            category = _predicated_outcome(verb, r) or category
        # "were shot and killed", "was stabbed and killed": a death told by a verb joined to
        # this one with "and", with no subject of its own, is what became of them.
        if role == "object" and category != "killed" and any(
                _lookup(r.verbs, c) == ("killed", "object") and _joined_by(verb, c, "and")
                and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
                for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            category = "killed"
        # "forces killed or wounded 1,500 soldiers": the object of the second of two verbs
        # joined by "or" is counted by the first, as "1,500 were killed or wounded" is.
        first = verb.head
        if role == "object" and dep in OBJECT_DEPS and verb.dep_ == "conj" \
                and _joined_by(first, verb, "or") and not any(
                c.dep_ in OBJECT_DEPS for c in first.children) and (
                found := _lookup(r.verbs, first)) and found[1] == "object":
            category = found[0]
        # "100 injured" parses the number as nsubj or npadvmod of a bare participle.
        if role == "object" and (dep in OBJECT_DEPS or dep in ("nsubj", "npadvmod")
                                 and _is_passive(verb)):
            return category
        # A headline's two reduced passives, "Seven killed 37 others injured": the parser
        # makes the first count the subject of the second, whose count has its own participle.
        if role == "object" and dep == "nsubj" and _has_reduced_passive_object(verb, r):
            return category
        if role == "subject" and dep in SUBJECT_DEPS:
            return category
        if role == "experiencer" and dep == "nsubj":
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            # "100 others sustained injuries": the object's casualty; "50 people lost their
            # lives": the verb's own, said of a life.
            return next((_noun_category(o, r) for o in objects if _noun_category(o, r)),
                        category if any(_keys(o)[0] == "life" for o in objects) else None)
    if dep in SUBJECT_DEPS | {"dobj"}:
        # "five soldiers are missing", "50 were confirmed dead", "left 50 dead"
        if verb.pos_ in ("ADJ", "VERB") and verb.lower_ in r.casualty_nouns:
            return r.casualty_nouns[verb.lower_]
        for child in verb.children:
            if child.dep_ in PREDICATE_DEPS and child.lower_ in r.casualty_nouns:
                return r.casualty_nouns[child.lower_]
    if dep in ("dobj", "attr", "nsubj"):
        # "the death toll reached 50", "the toll is 50", "casualties included 50 soldiers",
        # "the number of people killed has reached three"
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and dep != "nsubj" and (
                    category := _tally_category(child, r)):
                return category
            # "among the dead were three children", "six women were among those killed"
            if child.dep_ == "prep" and child.lower_ == "among":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and _noun_category(pobj, r):
                    return _noun_category(pobj, r)
                if pobj is not None and (found := next(
                        (category for g in pobj.children if g.dep_ in CLAUSE_MODIFIER_DEPS
                         and (category := _clause_modifier_category(g, r))), None)):
                    return found
    if dep in OBJECT_DEPS | SUBJECT_DEPS:
        # Control and raising: "forced 8,000 to flee", "500 are believed to have been killed",
        # and a bare participle after a passive ("27 children were confirmed killed").
        for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
            hit = _lookup(r.verbs, xcomp)
            passive = "auxpass" in {c.dep_ for c in xcomp.children} or (
                xcomp.tag_ == "VBN" and dep == "nsubjpass"
                and not any(c.dep_ == "aux" for c in xcomp.children))
            if hit and hit[1] == "subject":
                return hit[0]
            if hit and hit[1] == "object" and passive:
                # "was found shot dead": the participle's own outcome, as for "was shot dead"
                return _predicated_outcome(xcomp, r) or hit[0]
    return None


def _category(counted: Token, phrase_tokens: set[int], r: FigureRules,
              depth: int = 0) -> tuple[str, Token] | None:
    """(category, the governing word) for the nominal a number counts, or None."""
    if depth > len(counted.doc):  # a cycle in a malformed parse; never expected
        return None
    found = _governed_category(counted, phrase_tokens, r, depth)
    if found is None and counted.i not in phrase_tokens and _noun_category(counted, r) \
            and not _modifier_after_a_number(counted):
        # The counted word names the casualty itself: "50 dead", "230000 deaths".
        return _noun_category(counted, r), counted
    if found is None and counted.i in phrase_tokens and (of := _of_object(counted)) is not None \
            and _noun_category(of, r):
        return _noun_category(of, r), of  # "identified two of the bodies"
    if found is None and depth == 0 and (before := _list_item_before(counted)) is not None:
        return _category(before, phrase_tokens, r, depth + 1)
    return found


def _state_of_the_counted(verb: Token, counted: Token, r: FigureRules) -> str | None:
    """What became of those a verb that counts nothing governs, or a verb joined to it
    ("pulled out alive and treated for injuries"): the second complement of an idiom
    ("took 22 people hostage", "were taken hostage": figure_verb_objects), or a phrase of
    the verb or of its phrase's object
    ("were treated for injuries", "taken to hospital with gunshot wounds", "remain in
    detention": rules/figure_state_phrases.tsv)."""
    # A joined verb with a subject of its own is said of others ("recovered six bodies, and
    # five people remained missing").
    verbs = [verb, *(v for v in verb.conjuncts
                     if not any(c.dep_ in SUBJECT_DEPS for c in v.children))]
    for v in verbs:
        for child in v.children:
            # An object is a second complement only after the counted one ("took [22
            # people] [hostage]"), not the object a count is part of ("claimed the lives of
            # two civilians, one of them a child").
            if child.i != counted.i and child.dep_ in COMPLEMENT_DEPS and (
                    child.dep_ != "dobj" or child.i > counted.i) and (
                    category := _idiom(v, child, r)):
                return category
    # And of what a verb of report says of them ("are believed buried under the rubble").
    said = [c for v in verbs for c in v.children if c.dep_ == "xcomp"]
    phrases = [c for v in verbs + said for c in v.children if c.dep_ == "prep"]
    phrases += [p for c in phrases for o in c.children if o.dep_ == "pobj"
                for p in o.children if p.dep_ == "prep"]
    # The phrase may hang on the counted noun too ("treated 1,100 people for injuries").
    phrases += [c for c in counted.children if c.dep_ == "prep"]
    lemmas = {v.lemma_.lower() for v in verbs}
    for p in phrases:
        for o in p.children:
            category, needs = r.state_phrases.get((p.lower_, o.lemma_.lower()), (None, ()))
            if o.dep_ == "pobj" and category and (not needs or lemmas & needs):
                return category
    return None


def _tally_category(noun: Token, r: FigureRules) -> str | None:
    """What a toll counts: its casualty noun ("the death toll"), or what a tally noun
    counts ("the number of people killed", "the number of dead")."""
    if category := _noun_category(noun, r):
        return category
    counted = _of_object(noun) if _lookup(r.tally_nouns, noun) else None
    if counted is None:
        return None
    return _noun_category(counted, r) or next(
        (c for m in counted.children if m.dep_ in CLAUSE_MODIFIER_DEPS
         and (c := _clause_modifier_category(m, r))), None)


def _modifier_after_a_number(noun: Token) -> bool:
    """"eight body and three floor joint tests": a singular noun after a number, modifying
    a common noun, modifies what is counted; it is not counted. (A headline's
    "kills 18 New toll AFP" parses the toll as the number's too, modifying a name.)"""
    modifies = noun.head.pos_ == "NOUN" or any(  # or shares the noun of its conjunct
        c.dep_ == "conj" and c.tag_ == "NNS" for c in noun.children)
    return noun.tag_ == "NN" and modifies and any(
        c.dep_ == "nummod" and c.like_num for c in noun.children)


# Verbs of reporting whose subject a count after "and" is misread as, in a text without
# commas: "killing six civilians and five militiamen the Observatory said".
REPORTING_LEMMAS = frozenset({"say", "report", "add", "tell"})


def _list_item_before(counted: Token) -> Token | None:
    """The noun just before the "and" that opens the count's phrase, when the parser gave
    the count no role of its own (a loose conjunct, or the subject of a reporting verb after
    it): "killing nine children and 14 others local activists have reported" -> children."""
    first = counted.left_edge.i
    doc = counted.doc
    misread = counted.dep_ in ("conj", "dep") or (
        counted.dep_ == "nsubj" and counted.head.lemma_.lower() in REPORTING_LEMMAS)
    if not misread or first < 2 or doc[first - 1].lower_ != "and":
        return None
    before = doc[first - 2]
    return before if before.pos_ in ("NOUN", "PROPN") and before.i != counted.i else None


# Tags of a verb that opens a clause of its own.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _companion_verb(with_: Token, counted: Token, r: FigureRules) -> Token | None:
    """The casualty verb that "along with" or "together with" hangs on, whichever word of
    the two the parser hung it by; not when the count opens a clause of its own ("66
    journalists killed along with 119 were kidnapped"), nor a verb that names no casualty
    ("bodies arrived at the hospital along with 41 people")."""
    doc = with_.doc
    if with_.i == 0 or doc[with_.i - 1].lower_ not in ("along", "together"):
        return None
    after = counted.right_edge.i + 1
    if after < len(doc) and (doc[after].pos_ == "AUX" or doc[after].tag_ in FINITE_VERB_TAGS):
        return None  # not a participle: "along with six fighters according to ..." counts
    owner = with_.head
    if owner.lower_ in ("along", "together"):
        owner = owner.head
    if owner.pos_ not in ("VERB", "AUX") or not (_lookup(r.verbs, owner) or done_to_death(owner)):
        return None
    return owner


def _governed_category(counted: Token, phrase_tokens: set[int], r: FigureRules,
                       depth: int) -> tuple[str, Token] | None:
    """Category from the words that govern or modify the counted nominal; the governing
    verb wins over the noun ("killed 120 evacuees" is killed, not displaced)."""
    if counted.dep_ == "nsubj" and counted.head.pos_ == "VERB" and (
            _lookup(r.verbs, counted.head) == ("killed", "subject")):
        # "2 critically injured passengers succumbed": who died, whatever they were before.
        return "killed", counted.head
    for child in counted.children:
        if child.dep_ in CLAUSE_MODIFIER_DEPS and child.i not in phrase_tokens:
            category = _clause_modifier_category(child, r)
            # Not what they could not do ("killing three residents who could not flee"):
            # the verb that governs them tells what became of them.
            if category and not _negated(child, r) and not _foretold(child, r):
                return category, child
        # "35 with minor injuries"
        if child.dep_ == "prep" and child.lower_ == "with":
            described = next((g for g in child.children if g.dep_ == "pobj"), None)
            if described is not None and _noun_category(described, r):
                return _noun_category(described, r), described
        # "two people were shot, one fatally": the outcome of the verb for this count.
        if child.dep_ == "advmod" and child.lower_ in r.outcome_adverbs:
            return r.outcome_adverbs[child.lower_], counted.head
    # "Five children and four medical staff killed by airstrikes": a participle after the
    # last of a list is said of the whole list.
    last = counted
    while (more := next((c for c in last.children if c.dep_ == "conj" and c.i > last.i),
                        None)) is not None:
        last = more
    if last is not counted:
        for participle in (c for c in last.children if c.dep_ == "acl" and c.i > last.i):
            if category := _clause_modifier_category(participle, r):
                return category, participle
    dep, head = counted.dep_, counted.head
    if dep == "appos" and head.i != counted.i and _noun_category(head, r):
        return _noun_category(head, r), head  # "...killing, at least 15 civilians"
    if dep == "appos" and head.i != counted.i and head.head.pos_ in ("VERB", "AUX") \
            and head.dep_ in SUBJECT_DEPS | OBJECT_DEPS and not _is_counted(head):
        # An apposition shares its noun's role: "Date of publication 25 August 2016 Fifteen
        # civilians ... were killed", the parser's subject the dateline's "Date".
        category = _role_category(head.dep_, head.head, r)
        if category:
            return category, head.head
    if head.i == counted.i or dep == "appos":
        return None
    if dep == "conj":
        # "212 dead and 57 missing", "50 martyrs and 200 others wounded": a conjunct that
        # names its own casualty keeps it.
        own = ((_noun_category(counted, r) if counted.i not in phrase_tokens else None)
               or _trailing_casualty(counted, r))
        if own:
            return own, counted
        # "five soldiers and three civilians were killed": the first conjunct's role.
        if head.pos_ in NOMINAL_POS:
            return _category(head, phrase_tokens, r, depth + 1)
        # A noun conjunct the parser hung on a verb ("...killed her husband and about a
        # dozen fighters") joins the nearest object before it.
        objects = [t for t in head.subtree if t.dep_ in OBJECT_DEPS and t.i < counted.i
                   and t.pos_ in NOMINAL_POS]
        if counted.pos_ in ("NOUN", "PROPN") and objects:
            return _category(objects[-1], phrase_tokens, r, depth + 1)
        return None
    if dep == "pobj":
        preposition, owner = head.lower_, head.head
        if preposition == "with":
            # "killed, with two other soldiers and an interpreter injured": the casualty
            # word closing the counted phrase, its conjuncts included.
            last = counted
            while (more := next((c for c in last.children if c.dep_ == "conj"), None)) \
                    is not None and more.i > last.i:
                last = more
            if own := _trailing_casualty(last, r):
                return own, last
        if preposition == "with" and (verb := _companion_verb(head, counted, r)) is not None:
            # "was killed along with two soldiers", "killed the mayor together with three
            # guards": the companions share the role of whom they accompany.
            role = "nsubj" if head.i < verb.i else "dobj"
            category = _role_category(role, verb, r)
            return (category, verb) if category else None
        if preposition in TRANSPARENT_PREPOSITIONS:
            if owner.pos_ in ("VERB", "AUX"):
                category = _role_category("dobj", owner, r)
                return (category, owner) if category else None
            return _category(owner, phrase_tokens, r, depth + 1)
        if preposition == "of" and _noun_category(owner, r):
            return _noun_category(owner, r), owner  # "the deaths of 50 people"
        if preposition == "of" and _verb_object_category(owner, r):
            return _verb_object_category(owner, r), owner  # "claimed the lives of two"
        if preposition == "of" and _lookup(r.tally_nouns, owner):
            return _category(owner, phrase_tokens, r, depth + 1)  # "a total of 54 ... killed"
        if preposition in TALLY_PREPOSITIONS and owner.pos_ in ("VERB", "AUX"):
            # "the toll rose to 50", "put the toll at 50", "the toll was put at 8"; never a
            # noun with a count of its own ("30 bodies had been brought to one hospital").
            tallies = [c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                       and not _has_a_count(c)]
            category = next((c for t in tallies if (c := _tally_category(t, r))), None)
            return (category, owner) if category else None
        return None
    if dep == "nsubj" and head.dep_ in ("aux", "auxpass") and head.head.pos_ == "VERB":
        # "two people were frozen to death": the parser hung the subject on the auxiliary;
        # it is the participle's, passive after a passive auxiliary.
        dep, head = ("nsubjpass" if head.dep_ == "auxpass" else "nsubj"), head.head
    if head.pos_ in ("VERB", "AUX", "ADJ"):
        if (verb := _object_taken_by_a_later_verb(counted, phrase_tokens)) is not None:
            category = _role_category("dobj", verb, r)
            return (category, verb) if category else None
        if (verb := _first_of_two_verbs(counted)) is not None and (
                category := _role_category("dobj", verb, r)):
            return category, verb  # "kill 10 civilians injure 16"
        if (participle := _participle_after_object(counted, r)) is not None:
            return _lookup(r.verbs, participle)[0], participle  # "killed 150 Injured"
        category = _role_category(dep, head, r)
        if category is None and dep in ("dobj", "obj"):
            # "floods have claimed 73 lives": an idiom of verb and the counted object.
            category = _idiom(head, counted, r) or _predicate_after_object(counted, r)
        if category is None and dep in SUBJECT_DEPS | OBJECT_DEPS and not (
                counted.i in phrase_tokens and (of := _of_object(counted)) is not None
                and of.pos_ != "PRON" and not _is_people(of, r)):
            # Not a part of things ("missed all four of the club's games with a knee
            # injury": games, no people); "nine of whom" may be people.
            category = _state_of_the_counted(head, counted, r)
        return (category, head) if category else None
    if dep in ("nsubj", "compound") and head.pos_ == "NOUN" and head.head.pos_ == "VERB" \
            and (category := _idiom(head.head, head, r)):
        # "held 19 crew members hostage", parsed a small clause; "took 18 workers hostage",
        # parsed "workers" a compound of "hostage".
        return category, head.head
    # "... were killed and 50 hurt": a participle the tagger took for a noun.
    hit = _lookup(r.verbs, head) if dep == "nsubj" and head.pos_ == "NOUN" else None
    if hit and hit[1] == "object":
        return hit[0], head
    # "Turkish Bombardment Kills 20 Civilians": a headline's verb the tagger took for a name.
    hit = _headline_verb(head, r) if dep in ("dobj", "obj") else None
    if hit and hit[1] == "object":
        return hit[0], head
    return None


def _headline_verb(token: Token, r: FigureRules) -> tuple[str, str] | None:
    """The figure verb a capitalised word tagged a proper noun is in a headline ("Kills",
    "Wounds"), by its form less a third-person -s."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return None
    word = token.lower_
    forms = [word] + ([word[:-1]] if word.endswith("s") else [])
    return next((r.verbs[f] for f in forms if f in r.verbs), None)


def _object_taken_by_a_later_verb(counted: Token, phrase_tokens: set[int]) -> Token | None:
    """The verb right before the count when the parser made the count the subject of the
    verb after it, whose clause that verb is or is in, in a text without commas: "rebel
    fire killed 1102 people said the Observatory" ("people" the subject of "said"), or
    with them: "a jet bombed the village ..., killing at least 17 people, including women,
    a resistance group said" ("killing" the bombing's clause). The verb has no object of
    its own."""
    before = _objectless_verb_before(counted)
    if before is None or before.dep_ not in ("ccomp", "advcl") or not counted.head.is_ancestor(
            before):
        return None
    return before


def _objectless_verb_before(counted: Token) -> Token | None:
    """The verb right before a count the parser made the subject of a verb after it, when
    that verb before has no object of its own: where a text without commas lost the count's
    role as its object."""
    if counted.dep_ not in ("nsubj", "nsubjpass") or counted.head.i < counted.i:
        return None
    first = counted.left_edge.i  # "at least six civilians"
    before = counted.doc[first - 1] if first > 0 else None
    if before is None or before.pos_ != "VERB" \
            or any(c.dep_ in ("dobj", "obj") for c in before.children):
        return None
    return before


def _first_of_two_verbs(counted: Token) -> Token | None:
    """The verb right before the count when the parser made the count the subject of a
    second verb with an object of its own, in a text without commas: "rocket attacks kill
    10 civilians injure 16", "the explosion claimed the lives of three citizens injured two
    others" (the second verb a clause of the first). The first verb has no object."""
    before = _objectless_verb_before(counted)
    second = counted.head
    if before is None or second.head != before or second.dep_ not in ("ccomp", "conj") \
            or second.pos_ != "VERB":
        return None
    return before if any(c.dep_ in ("dobj", "obj") for c in second.children) else None


def _predicate_after_object(obj: Token, r: FigureRules) -> str | None:
    """ "left 35 people including 22 children dead": the casualty adjective that closes the
    object phrase is the verb's predicate, though the parser hangs it on the last noun."""
    last = obj.right_edge
    if last.i > obj.i and last.dep_ == "amod" and last.head.i < last.i:
        return r.casualty_nouns.get(last.lower_)
    # "leaving 12 civilians dead a source told SANA": a wire text without commas, the
    # casualty word hung on the verb as anything (a preposition, even), with no object.
    after = obj.doc[last.i + 1] if last.i + 1 < len(obj.doc) else None
    if after is not None and after.head == obj.head and after.dep_ not in OBJECT_DEPS \
            and not any(c.dep_ in OBJECT_DEPS for c in after.children):
        return r.casualty_nouns.get(after.lower_)
    return None


# ---------------------------------------------------------------- who, when, where


def _nominal_span(head: Token) -> tuple[int, int]:
    """Token range of a noun phrase without its appositions and clauses: "police and army
    officials", "a provincial official", "the head of the council", "the International
    Organization for Migration" (a name's phrase of capitalised words)."""
    start, end = head.left_edge.i, head.i
    for child in head.rights:
        if child.dep_ in ("conj", "cc", "compound") or child.dep_ == "prep" and (
                child.lower_ == "of" or head.pos_ == "PROPN" and len(list(child.subtree)) > 1
                and all(t.text[:1].isupper() for t in child.subtree if t.i != child.i)):
            end = child.right_edge.i
        else:
            break
    doc = head.doc
    while start < head.i and _no_word(doc[start]):  # "<" of "<Noranda Inc>" too
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    return start, end


def _no_word(token: Token) -> bool:
    return not any(ch.isalnum() for ch in token.text)


def _subject(counted: Token, phrase: _NumberPhrase, r: FigureRules) -> tuple[int, int] | None:
    """Token range of who was counted: "civilians and security personnel", "police"."""
    last = max(t.i for t in phrase.tokens)
    if counted.i in {t.i for t in phrase.tokens}:
        noun = _of_object(counted)
        if noun is None:
            return None
        start = noun.left_edge.i
    else:
        noun, start = counted, last + 1
        if any(t.lower_ == "of" for t in counted.doc[start:noun.i]) or noun.i < start:
            start = noun.i  # "four of them students": the students
    if noun.pos_ not in ("NOUN", "PROPN") or (
            _noun_category(noun, r) and not _is_people(noun, r)):
        return None  # "50 dead", "230000 deaths": the casualty word is no subject
    while start < noun.i and noun.doc[start].is_punct:
        start += 1
    end = noun.i
    # "civilians and security personnel": a conjunct without its own number is counted too.
    joined = any(c.dep_ == "cc" for c in noun.rights)
    conjuncts = [c for c in noun.rights if c.dep_ == "conj" and joined
                 and not any(g.dep_ == "nummod" for g in c.children)]
    if conjuncts:
        end = conjuncts[-1].right_edge.i
    return start, end


def _phrase_before(verb: Token) -> Token | None:
    """The noun phrase between the last mark and a speech verb the parser left with no
    subject ("..., the International Organization for Migration said", the phrase hung in
    apposition on a noun before the comma): the first noun of it whose head is outside it."""
    start = verb.i
    while start > verb.sent.start and not verb.doc[start - 1].is_punct:
        start -= 1
    if start == verb.i:
        return None
    words = verb.doc[start:verb.i]
    return next((t for t in words if t.pos_ in ("NOUN", "PROPN")
                 and not start <= t.head.i < verb.i), None)


def source_head(phrase_head: Token, sent: Span, r: FigureRules) -> Token | None:
    """The noun the figure is attributed to, by an enclosing speech verb, "according to",
    or a speech verb elsewhere in the sentence."""

    def nsubj_of(verb: Token) -> Token | None:
        # Not the brackets of a wire's company name the parser made subjects too
        # ("<Noranda Inc> said"), nor a subject that holds the figure: the count itself
        # ("killing at least 9 people, including children, a local group said") or its
        # clause ("A train ploughed into ..., killing seven, Egypt's health ministry said",
        # "train" a subject of "said" too).
        return next((c for c in verb.children if c.dep_ == "nsubj" and not _no_word(c)
                     and phrase_head not in c.subtree), None)

    def verb_subject(verb: Token, governs_the_figure: bool = False) -> Token | None:
        subject = nsubj_of(verb)
        if subject is None and any(c.dep_ == "nsubj" and c in (phrase_head, phrase_head.head)
                                   for c in verb.children):
            return None  # the count the parser made the speaker: no phrase before it either
        if subject is not None or _is_passive(verb):  # "40 were reported killed": by whom?
            return subject
        subject = _phrase_before(verb)
        if subject is None and governs_the_figure and verb.dep_ == "conj" \
                and verb.head.pos_ in ("VERB", "AUX"):
            # "The group denied it and said that its men had captured 80": the first verb's
            # subject, when the speech verb's clause holds the figure (not "insurgents
            # killed 11 civilians Al Jazeera reported", the parser's "reported" a conjunct).
            subject = nsubj_of(verb.head)
        return subject

    for ancestor in phrase_head.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and _lookup(r.attribution_verbs, ancestor) \
                and not _takes_lives(ancestor, r):
            subject = verb_subject(ancestor, governs_the_figure=True)
            if subject is not None:
                return subject
    for token in sent:
        for phrase in r.attribution_phrases:
            if token.i + len(phrase) <= sent.end and tuple(
                    t.lower_ for t in token.doc[token.i:token.i + len(phrase)]) == phrase:
                last = token.doc[token.i + len(phrase) - 1]
                pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and _lookup(r.attribution_verbs, token) \
                and phrase_head not in token.subtree:
            subject = verb_subject(token)
            if subject is not None:
                return subject
    return None


def _takes_lives(verb: Token, r: FigureRules) -> bool:
    """True when the verb's object makes it an idiom of death ("floods claimed 73 lives"):
    then it reports the deaths, it attributes nothing."""
    return any(_idiom(verb, c, r) for c in verb.children if c.dep_ in ("dobj", "obj"))


def _time_span(anchor: Token, phrase_range: tuple[int, int], sent: Span,
               r: FigureRules) -> tuple[int, int] | None:
    """The DATE/TIME expression attached to the figure's governing word, directly or by a
    preposition (kept): "in the last 48 hours", "over the last two days", "on Sunday"."""
    best = None
    for ent in sent.ents:
        attached_to = ent.root.head.head if ent.root.head.dep_ == "prep" else ent.root.head
        if ent.label_ not in ("DATE", "TIME") or attached_to.i != anchor.i:
            continue
        if ent.start <= phrase_range[1] and phrase_range[0] <= ent.end - 1:
            continue
        if _lookup(r.attribution_verbs, ent.root.head):
            continue  # "said Monday": when it was said, not when it happened
        start = ent.start
        preposition = ent.root.head
        if ent.root.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.i == start - 1:
            start -= 1
        distance = min(abs(ent.start - phrase_range[0]), abs(ent.end - phrase_range[1]))
        if best is None or distance < best[0]:
            best = (distance, start, ent.end - 1)
    return (best[1], best[2]) if best else None


def _location(anchor: Token, start_char: int, sent_start: int, sent_end: int,
              places: list[dict], excluded: tuple[int, int] | None,
              doc: Doc) -> dict | None:
    """The place mention the figure is about: nearest one in its clause, else in its sentence."""
    subtree = {t.i for t in anchor.subtree}
    candidates = [p for p in places
                  if sent_start <= p["start_char"] and p["end_char"] <= sent_end
                  and not (excluded and excluded[0] <= p["start_char"] < excluded[1])]

    def in_clause(place: dict) -> bool:
        span = doc.char_span(place["start_char"], place["end_char"], alignment_mode="expand")
        return span is not None and span.root.i in subtree

    ranked = sorted(candidates, key=lambda p: (not in_clause(p),
                                               abs(p["start_char"] - start_char)))
    return ranked[0] if ranked else None


# ---------------------------------------------------------------- rows


def _is_people(noun: Token | None, r: FigureRules) -> bool:
    return noun is not None and (_lookup(r.people, noun) is not None or noun.ent_type_ == "NORP")


def _is_fractional(phrase: _NumberPhrase) -> bool:
    """A value with a fraction counts nobody: "12.30" is a clock time ("at 12.30",
    "12.30 Uhr"), "2.5" an average. "1.5 million" is whole once multiplied."""
    return phrase.value is not None and phrase.value != int(phrase.value)


def _continues_as_date(token: Token) -> bool:
    """The text glued after a number makes it a date: "28-04-2016", "12/05" (two dashes
    or a slash; one dash is a range, "20-25 people")."""
    glued = ""
    while True:
        glued += token.text
        if token.whitespace_ or token.i + 1 >= len(token.doc):
            break
        token = token.nbor()
    if glued[:1] not in DATE_SEPARATORS or not glued[1:2].isdigit():
        return False
    return glued[0] == "/" or sum(glued.count(c) for c in DATE_SEPARATORS) >= 2


def _ends_a_dateline(phrase: _NumberPhrase) -> bool:
    """A count the model swallowed into the date before it ("18 November 2016 6 citizens
    killed"): the phrase ends a DATE entity that holds a year before it."""
    first = phrase.tokens[0]
    start = first.i
    while start > 0 and first.doc[start - 1].ent_type_ == "DATE" \
            and first.doc[start].ent_iob_ != "B":
        start -= 1
    years = [t for t in first.doc[start:first.i] if t.text.isdigit() and len(t.text) == 4
             and YEAR_MIN <= int(t.text) <= YEAR_MAX]
    # The walk back only crosses DATE tokens, so a year found there is in a DATE entity.
    return bool(years) and (
        phrase.value is None or not YEAR_MIN <= phrase.value <= YEAR_MAX)


def _is_count(phrase: _NumberPhrase, noun: Token | None, r: FigureRules) -> bool:
    """False for numbers that are not head counts: dates, ages, money, measures, years,
    counts of things, and "no one"."""
    first = phrase.tokens[0]
    last = phrase.tokens[-1]
    if any(t.ent_type_ in NON_COUNT_ENTITY_LABELS for t in phrase.tokens) and not (
            _ends_a_dateline(phrase) and (noun is None or _is_people(noun, r))):
        return False
    following = last.nbor() if last.i + 1 < len(last.doc) else None
    if following is not None and not last.whitespace_ and _continues_as_date(following):
        return False  # "28-04-2016", "12/05": a date written with digits
    if following is not None and following.ent_type_ == "DATE" and following.pos_ == "PROPN" \
            and phrase.value is not None and phrase.value <= MAX_DAY_OF_MONTH:
        return False  # "12 November": a day of the month
    if _negating_determiner_before(first):
        return False  # "no two cases are alike"
    if noun is not None and _lookup(r.non_counts, noun):
        return False
    if noun is not None and noun.pos_ == "PROPN" and noun.i == first.i - 1 \
            and first.head == noun and first.dep_ == "nummod" \
            and not _counts_what_follows(following):
        return False  # "Chesterfield 7, a 210 megawatt unit", "Spider-Man 2 breaks the rule":
        # a name's number; not a headline's "Killing 30 Alawites", "three of them women"
    if noun is not None and phrase.article and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return False  # "became a hostage to OPEC", "a victim to fashion": a figure of speech
    if _is_fractional(phrase):
        return False
    looks_like_year = (len(phrase.tokens) == 1 and first.text.isdigit()
                       and len(first.text) == 4 and YEAR_MIN <= phrase.value <= YEAR_MAX)
    if looks_like_year and _after_a_month(first):
        return False  # "Fri Apr 29 2016 57 Civilians killed": the year of a dateline
    return not looks_like_year or _is_people(noun, r) or (
        noun is not None and _noun_category(noun, r) is not None)


MONTH_WORDS = MONTH_NAMES | MONTH_ABBREVIATIONS


def _counts_what_follows(following: Token | None) -> bool:
    """The word after a number is what it counts (a noun, not a month's: "Sun 05 Jul") or
    the "of" of a part ("three of them")."""
    return following is not None and (
        following.pos_ in ("NOUN", "PROPN") and following.lower_.rstrip(".") not in MONTH_WORDS
        or following.lower_ == "of")


def _after_a_month(token: Token) -> bool:
    """The token follows a month, or a month and a day ("Apr 29 2016", "April 2016")."""
    before = [t for t in token.doc[max(token.i - 3, 0):token.i] if not t.is_punct]
    words = [t.lower_.rstrip(".") for t in before]
    return bool(words) and (words[-1] in MONTH_WORDS or len(words) >= 2
                            and words[-2] in MONTH_WORDS and before[-1].text.isdigit()
                            and int(before[-1].text) <= MAX_DAY_OF_MONTH)


def _event_date(sent: Span, published_at: str | None) -> str | None:
    """The day the sentence dates its event to ("on Sunday", "yesterday"), as an ISO date
    counted from the article's publication date; None without one or the other."""
    if not published_at:
        return None
    for ent in sent.ents:
        if ent.label_ == "DATE" and (resolved := resolve_relative_date(ent.text, published_at)):
            return resolved
    return None


@dataclass
class _Found:
    """A figure row with what the pass over the whole article needs to know about it."""
    row: dict
    governor: int  # token index of the word that gave the category
    subset: bool  # a part of another count ("including 12 children")
    subset_category: str | None  # the category its marker names ("14 of the wounded")
    is_outcome: bool  # a part given an outcome by an adverb ("one fatally")
    needs_whole: bool = False  # kept only as a part: dropped when no whole is found


def figure_rows(article: NormalizedArticle, doc: Doc, mentions: list[dict], quotes: list[dict],
                r: FigureRules, drops: Drops, referents: Referents | None = None) -> list[dict]:
    """One row per people count in the body, with category, bounds, who, when, where, source
    (a speaker, when the figure is inside one of `quotes`; the person a "he said" stands
    for, by the quotes component's `referents`), and the count it is part of;
    number phrases that are no people count are counted in `drops` by reason."""
    locate = sentence_index(article)
    places = [m for m in mentions if m["label"] in PLACE_LABELS]
    found: list[_Found] = []
    for sent in doc.sents:
        for phrase in _number_phrases(sent, r):
            result = _figure_row(article, doc, sent, phrase, quotes, places, locate, r,
                                 referents)
            if isinstance(result, str):
                drops["figures", result] += 1
            else:
                found.append(result)
    victims = [f for f in found if f.row["category"] == "killed"
               and _keys(doc[f.governor])[0] == "victim"]
    if victims and not _reports_a_death(doc, r):
        drops["figures", "victims_of_no_death"] += len(victims)
        found = [f for f in found if f not in victims]
    _link_subsets(found, article.article_id)
    _apply_outcomes(found, r)
    orphans = [f for f in found if f.needs_whole and not f.row["parent_figure_id"]]
    if orphans:
        drops["figures", "counts_no_people"] += len(orphans)
    return [f.row for f in found if f not in orphans]


# Verbs whose infinitive is an act not done: "tried to kill the senator", "plotted to".
_ATTEMPT_LEMMAS = frozenset({"try", "attempt", "plot", "plan", "seek", "threaten", "vow",
                             "want", "aim", "conspire"})


def named_dead(doc: Doc, r: FigureRules) -> list[tuple[int, int, int]]:
    """(start, end, verb start) of people named, not counted, whom a verb of killing says
    died ("Dorothy Stang was shot dead", "gunmen killed Ali Hassan and Omar Farah"): no
    number phrase counts them, yet they are a toll of one each. Not a death denied,
    foretold or only tried."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        # The list's (or the apposition's) role is its first noun's.
        victim = first_of_list(ent.root, LIST_OR_APPOSITION_DEPS)
        verb = victim.head
        if verb.pos_ != "VERB" or _role_category(victim.dep_, verb, r) != "killed" \
                or _negated(verb, r) or _foretold(verb, r) \
                or verb.dep_ == "xcomp" and verb.head.lemma_ in _ATTEMPT_LEMMAS:
            continue
        spans.append((ent.start_char, ent.end_char, verb.idx))
    return spans


# Casualty nouns that do not say by themselves that anyone died: "victims" (of a row, a
# crime), bodies (of experts), a toll (that something took).
_NOT_DEATH_NOUNS = frozenset({"victim", "body", "toll"})


def _reports_a_death(doc: Doc, r: FigureRules) -> bool:
    """Whether the article tells of someone killed or dead, or of an event that can kill: a
    verb of killing or dying, a noun of death, a noun of figure_deadly_events.tsv ("the
    bombing claimed 20 victims"). "Victims" count the dead only where it does; elsewhere
    they are a harm's that kills no one ("the row has three victims", "piracy claimed a
    high-profile victim", "everyone has to be a victim")."""
    for token in doc:
        if _lookup(r.deadly_events, token) is not None:
            return True
        category, role = r.verbs.get(token.lemma_.lower(), (None, None))
        if category == "killed" and role in ("object", "subject"):
            return True
        key = _keys(token)[0]
        if key not in _NOT_DEATH_NOUNS and _lookup(r.casualty_nouns, token) == "killed":
            return True
    return False


def _set_category(row: dict, category: str, article_id: str) -> None:
    row["category"] = category
    row["figure_id"] = ids.figure_id(article_id, row["start_char"], row["end_char"], category)


# Categories of people harmed: a part of theirs that fled was harmed fleeing.
HARMED_CATEGORIES = frozenset({"killed", "wounded"})


def _link_subsets(found: list[_Found], article_id: str) -> None:
    """Link each part to the count it is part of: the nearest total before it in its
    sentence or the one before (of the category its marker names, when it names one, then
    anywhere earlier), no smaller than the part. The part takes the whole's category when it
    has none of its own, or when it fled and the whole was harmed."""
    for i, part in enumerate(found):
        if not part.subset:
            continue
        value = part.row["value"]
        wanted = part.subset_category
        whole = None
        for candidate in reversed(found[:i]):
            row = candidate.row
            near = part.row["sentence_idx"] - row["sentence_idx"] <= 1
            if candidate.subset or not (near or wanted):
                continue
            if wanted and row["category"] != wanted:
                continue
            if value is not None and row["value"] is not None and row["value"] < value:
                continue
            whole = candidate
            break
        # ... or only the flight it was killed in: "killed 14 people including three
        # children fleeing across the river" counts three of the dead.
        category = wanted or (whole.row["category"] if whole is not None and (
            part.row["category"] == "other" or part.row["category"] == "displaced"
            and whole.row["category"] in HARMED_CATEGORIES) else None)
        if category and category != part.row["category"]:
            _set_category(part.row, category, article_id)
        part.row["parent_figure_id"] = whole.row["figure_id"] if whole is not None else None


def _apply_outcomes(found: list[_Found], r: FigureRules) -> None:
    """"Two people were shot, one fatally": the fatal part is counted as killed, and the
    count it came from keeps the rest (1 wounded), as the sentence's logic gives."""
    for part in (f for f in found if f.is_outcome and f.row["value"] is not None):
        whole = next((f for f in found if f is not part and f.governor == part.governor
                      and not f.is_outcome and f.row["category"] != part.row["category"]
                      and f.row["value"] is not None and f.row["value"] > part.row["value"]),
                     None)
        if whole is None:
            continue
        row = whole.row
        row["value"] = row["value"] - part.row["value"]
        row["low"], row["high"] = _bounds(row["qualifier"], row["value"], None, r)


def _subset_marker(body: str, sent: Span, start: int, end: int, counted: Token,
                   r: FigureRules) -> tuple[bool, str | None]:
    """(is a part of another count, the category its marker names) from the words just
    before the count (or before the first count of its list) or just after it."""
    first = counted
    # Up a list of counts, not to a verb the parser joined the count to ("killed 12 people
    # on Sunday, among them three children", "children" a conjunct of "killed").
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ != "VERB" \
            and not any(t.text in _ASIDE_MARKS for t in counted.doc[first.head.i:first.i]):
        first = first.head
    # The first of a list starts at its own determiner or number ("a woman and two ...").
    anchor = min([start] + [t.idx for t in (first, *first.lefts)
                            if first is not counted and t.dep_ in _LIST_ITEM_DEPS | {first.dep_}])
    # A copula between the marker and the count: "Among the dead were four ...", "Four
    # children were among the dead".
    before = _COPULA_AFTER.sub("", body[sent.start_char:anchor].rstrip(" ,:;").lower())
    after = body[end:sent.end_char].lstrip(" ,").lower()
    # "11 children among the dead": the marker may follow the counted noun.
    noun_end = counted.idx + len(counted) if counted.idx >= end else end
    after_noun = _COPULA_BEFORE.sub("", body[noun_end:sent.end_char].lstrip(" ,").lower())
    for term, position in r.subset_markers:
        if position == "after" and (
                after_noun.startswith(term) and _has_word_boundary(after_noun, len(term))
                or after.startswith(term) and _has_word_boundary(after, len(term))) or (
                position == "before" and before.endswith(term)
                and _has_word_boundary(before, len(before) - len(term))):
            # The category of its casualty word: "the dead included", "of the wounded".
            return True, next((c for w in term.split()
                               if (c := _lookup_word(r.casualty_nouns, w))), None)
    return False, None


_COPULA_AFTER = re.compile(r"\s+(?:were|was|are|is)$")
_COPULA_BEFORE = re.compile(r"^(?:were|was|are|is)\s+")


def _lookup_word(table: dict[str, str], word: str) -> str | None:
    """The table entry of a word or of its plural's singular ("victims" -> "victim")."""
    return table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)


# Words after a number that make it a change of a toll, not a toll: "230 fewer injuries".
_FEWER = frozenset({"fewer", "less"})


# Modals that put a verb in the future or a supposition ("will die", "could kill"); with
# "have" after them the toll is past, only hedged ("may have died").
_FORETELLING_MODALS = frozenset({"will", "'ll", "would", "could", "might", "shall",
                                 "should"})


def _foretold(governor: Token, r: FigureRules) -> bool:
    """A toll the text foretells or supposes, not one it reports: the casualty verb has a
    modal of the future or of supposition and no perfect "have". Not a tally's ("the toll
    could reach 200" bounds a toll already counted)."""
    if governor.pos_ not in ("VERB", "AUX") or _lookup(r.verbs, governor) is None:
        return False
    auxiliaries = [c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")]
    return any(a in _FORETELLING_MODALS for a in auxiliaries) and "have" not in auxiliaries


def _negated(governor: Token, r: FigureRules) -> bool:
    """The casualty verb or predicate that gave the category is denied ("did not die",
    "were never killed", "are not dead"); not "not only were 20 killed", nor a denial of
    another verb ("three among the dead had not been identified")."""
    denied = any(c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.nbor().lower_ == "only")
                 for c in governor.children)
    return denied and governor.pos_ in ("VERB", "AUX", "ADJ") and (
        _lookup(r.verbs, governor) is not None or governor.lower_ in r.casualty_nouns
        or any(c.dep_ in PREDICATE_DEPS and c.lower_ in r.casualty_nouns
               for c in governor.children))


def _figure_row(article: NormalizedArticle, doc: Doc, sent: Span, phrase: _NumberPhrase,
                quotes: list[dict], places: list[dict], locate, r: FigureRules,
                referents: Referents | None = None) -> _Found | str:
    """The figure row of a number phrase, or why it is none (a drop reason)."""
    body = article.body
    phrase_ids = {t.i for t in phrase.tokens}
    head = _phrase_head(phrase)
    counted = head
    if head.dep_ in (ARTICLE_DEPS if phrase.article else NUMBER_DEPS) \
            and head.head.i not in phrase_ids:
        counted = article_noun(head) if phrase.article else head.head
    while counted.ent_type_ == "NORP" and counted.dep_ in ("nmod", "compound", "amod") \
            and counted.head.i > counted.i and counted.head.pos_ == "NOUN":
        counted = counted.head  # "Three Thai rangers", the number hung on the nationality
    noun = counted if counted.i not in phrase_ids else _of_object(counted)
    if not _is_count(phrase, noun, r):
        return "not_a_head_count"
    number_start = phrase.tokens[0].idx
    number_end = phrase.tokens[-1].idx + len(phrase.tokens[-1])
    subset, subset_category = _subset_marker(body, sent, number_start, number_end, counted, r)
    found = _category(counted, phrase_ids, r)
    if found is None and subset_category:
        found = subset_category, counted.head  # "14 of the wounded lost legs"
    rescued = found is None and subset and not _is_people(noun, r)
    if rescued:
        found = "other", counted.head  # "among them four teachers", "one of them a child"
    if found is None and not _is_people(noun, r):
        return "counts_no_people"
    if phrase.article and found is None:
        return "one_named_no_casualty"  # "a man said", "two gunmen and a driver"
    category, governor = found or ("other", counted.head)
    if phrase.value == 0 and category not in HARMED_CATEGORIES:
        return "none_harmed_only"  # "no one was arrested": a toll of none is of the harmed
    if found is not None and category != "other" and _negated(governor, r):
        return "negated"  # "six prisoners did not die", "were never killed"
    if found is not None and category != "other" and _foretold(governor, r):
        return "foretold"  # "200,000 children will die without food"
    after = phrase.tokens[-1].i + 1
    if after < len(doc) and doc[after].lower_ in _FEWER:
        return "a_change"  # "230 fewer serious injuries"
    if category == "missing" and governor.lemma_ == "miss" and counted.head == governor \
            and counted.dep_ in ("dobj", "obj") \
            and any(c.dep_ == "nsubj" for c in governor.children):
        return "lacked"  # "Chelsea are missing five players": without them, not lost

    qualifier, start, end = _qualifier(body, sent, number_start, number_end, r)
    if phrase.value is None and qualifier == "exact":
        qualifier = "at_least"  # "hundreds": at least the vague floor
    low, high = _bounds(qualifier, phrase.value, phrase.vague_low, r)
    sentence_idx = locate(start, end)
    if sentence_idx is None:
        return "crosses_sentences"

    subject = _subject(counted, phrase, r)
    phrase_range = (min(phrase_ids), max(phrase_ids))
    time = _time_span(governor, phrase_range, sent, r)

    quote = next((q for q in quotes
                  if q["start_char"] <= start and end <= q["end_char"]), None)
    source_text = source_start = source_end = None
    if quote is not None and quote.get("speaker"):
        source_text = quote["speaker"]
        source_start, source_end = quote["speaker_start_char"], quote["speaker_end_char"]
    else:
        attributed = source_head(head, sent, r)
        person = (referents.person_for(attributed) if attributed is not None
                  and attributed.pos_ == "PRON" and referents is not None else None)
        if person is not None:  # "..., he said": the person named before
            source_text, source_start, source_end = person.text, person.start, person.end
        elif attributed is not None and attributed.pos_ != "PRON":
            first, last = _nominal_span(attributed)
            source_start, source_end = doc[first].idx, doc[last].idx + len(doc[last])
            source_text = body[source_start:source_end]

    excluded = (source_start, source_end) if source_start is not None else None
    place = _location(governor, start, sent.start_char, sent.end_char, places, excluded, doc)

    def text_of(token_range):
        if token_range is None:
            return None
        return body[doc[token_range[0]].idx:doc[token_range[1]].idx + len(doc[token_range[1]])]

    is_outcome = any(c.dep_ == "advmod" and c.lower_ in r.outcome_adverbs
                     for c in counted.children)
    return _Found({
        "figure_id": ids.figure_id(article.article_id, start, end, category),
        "article_id": article.article_id,
        "sentence_idx": sentence_idx,
        "start_char": start,
        "end_char": end,
        "value_text": body[start:end],
        "value": phrase.value,
        "qualifier": qualifier,
        "low": low,
        "high": high,
        "category": category,
        "subject": text_of(subject),
        "time_text": text_of(time),
        "event_date": _event_date(sent, article.published_at),
        "location_start_char": place["start_char"] if place else None,
        "location_end_char": place["end_char"] if place else None,
        "location_entity_id": None,
        "source": source_text,
        "source_start_char": source_start,
        "source_end_char": source_end,
        "source_entity_id": None,
        "quote_id": quote["quote_id"] if quote is not None else None,
        "parent_figure_id": None,  # set by _link_subsets
    }, governor.i, subset, subset_category, is_outcome, rescued)
