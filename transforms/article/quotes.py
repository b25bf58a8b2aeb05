"""Direct quotations: a parsed body and its mentions -> `quotes` rows.

Grain: one row per contiguous span between quote marks (straight, curly or mixed; a quote
left open at a paragraph end runs to that end), offsets into `articles.body`, marks
excluded. The cue is a speech verb, medium or phrase of rules/quote_cues.tsv in the quote's
own sentences; the speaker is its subject (the person quoted by a medium, the object of
"according to"), else a dash sign-off or a transcript label; a he/she is resolved by
salience and gender (article/referents.py). A quote with no cue of its own continues the
quote just before it. Scare quotes, labels and titles of works are no quotations.
Known limits: no coreference beyond he/she; single quotes only with a clear opening mark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
import re
import string

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from transforms import ids, rules
from transforms.article.referents import (Referents, Speaker as _Speaker, first_conjunct,
                                          in_capitals, in_main_clause, is_infinitive,
                                          misparsed_age_subject, name_given, name_key,
                                          subject_of_a_verb_read_as_a_noun)
from transforms.records import Drops, NormalizedArticle, sentence_index
from transforms.schema import GROUP_LABELS, NUMERIC_LABELS, PLACE_LABELS
from transforms.settings import QuoteSettings

# Double marks: straight, curly, low-9, and doubled singles (`` '' ‘‘ ’’) standing for one.
_DOUBLE_MARK = re.compile(r"``|''|‘‘|’’|[\"“”„]")
_SINGLE_MARKS = "'‘’"
_OPENING_GLYPHS = ("“", "„", "``", "‘‘")
_CLOSING_GLYPHS = ("”", "''", "’’")
# A mark after one of these (or after a space) opens a quote; before one of these, closes.
_BEFORE_OPENING = "([{—–-/:"
_AFTER_CLOSING = ".,;:!?)]}—–-…"
_SENTENCE_END = ".!?…"
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Dependency labels whose subtrees are not part of the speaker as written: "the soldier,
# who declined to give his name" -> "the soldier".
_SPEAKER_EXCLUDED_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis"})
# A cue without its own subject borrows the subject of the verb it hangs from ("Jamili
# also said, adding that ..."), or of the copula whose adjective it complements ("he was
# due to say", "she was quick to add"); a ccomp is reported speech with a subject of its own.
_SUBJECT_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp", "acomp"})
# Labels that make a speaker something other than one person ("the ministry", "Iraq",
# "English" the language).
_NON_PERSON_LABELS = GROUP_LABELS | PLACE_LABELS | {"LANGUAGE"}
# Labels of things the model gives a lone surname too ("Mendes could not believe ...",
# tagged a product, beside Pedro Mendes).
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# Words of an apposition read for a post ("the club's new boss": four).
_POST_WORDS = 4
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_SINGULAR_PROPER_NOUN = "NNP"
# Letters: a name token with this many lower-case letters before a capital, or this many
# capitals before a lower-case letter, is two words run together ("campaignersMr", "ADHe").
_MIN_GLUED_LOWER_RUN = 4
_MIN_GLUED_CAPITALS = 3
# Letters; a lower-case word this short inside a name is a particle ("de", "van", "bin").
_MAX_PARTICLE_LETTERS = 3
_TRAILING_PUNCTUATION = ", "
# A sign-off: the closing mark, maybe a full stop or comma, a dash, then the name.
_CLOSING_MARKS = "\"”’'"
_SIGN_OFF_PUNCTUATION = ".,!?"
_DASHES = "—–-"
# Tokens; a transcript label before a colon ("Ana Ruiz:", "Prof. Ines Moreau:") is short.
_MAX_LABEL_TOKENS = 6
# Heads climbed from a speech verb to the medium cue it hangs on: saying -> as -> quoted.
_MAX_MEDIUM_STEPS = 3
# Words a title announcer may be separated from the quoted title by ("his new film").
_TITLE_NOUN_WINDOW = 2


@dataclass(frozen=True)
class _QuoteSpan:
    start: int  # first character inside the marks
    end: int  # end of the quoted text (exclusive)
    open_mark: int  # offset of the opening mark


@dataclass(frozen=True)
class _Cue:
    term: str
    kind: str
    start: int  # token index
    end: int  # token index (exclusive)


_LEMMA_CUE_KINDS = frozenset({"verb", "medium"})  # one verb, matched on its lemma
_CUE_KINDS = _LEMMA_CUE_KINDS | {"phrase"}  # phrase: a run of lower-case words
_VERB_POS = np.array([VERB, AUX], dtype=np.uint64)


class CueFinder:
    """The cues of quote_cues.tsv in a Doc, as (kind, term, start, end) in token order,
    looked up for the whole Doc in its lemma, part-of-speech and lower-case arrays. A
    spaCy Matcher did the same with a pattern a cue, and its time grows with its patterns:
    72 patterns took 5.5 ms of an article's 67 on BBC news, these arrays 0.2."""

    def __init__(self, vocab: Vocab, cues: list[dict]):
        self.kind_of: dict[int, str] = {}  # lemma hash -> kind
        self.phrases: list[tuple[str, np.ndarray]] = []  # (term, its words' hashes)
        for row in cues:
            if row["kind"] not in _CUE_KINDS:
                raise rules.RuleTableError(f"quote_cues.tsv: unknown kind {row['kind']!r}")
            if row["kind"] in _LEMMA_CUE_KINDS:
                self.kind_of[vocab.strings.add(row["term"])] = row["kind"]
            else:
                self.phrases.append((row["term"], np.array(
                    [vocab.strings.add(w) for w in row["term"].split()], dtype=np.uint64)))
        self.lemmas = np.fromiter(self.kind_of, dtype=np.uint64)

    def __call__(self, doc: Doc) -> list[tuple[str, str, int, int]]:
        if not len(doc):
            return []
        columns = doc.to_array([LEMMA, POS, LOWER])
        hits = np.flatnonzero(np.isin(columns[:, 0], self.lemmas)
                              & np.isin(columns[:, 1], _VERB_POS))
        found = [(self.kind_of[int(columns[i, 0])], doc[i].lemma_, int(i), int(i) + 1)
                 for i in hits]
        for term, words in self.phrases:
            n = len(doc) - len(words) + 1
            if n > 0:
                at = np.ones(n, dtype=bool)
                for offset, word in enumerate(words):
                    at &= columns[offset:offset + n, 2] == word
                found += [("phrase", term, int(i), int(i) + len(words))
                          for i in np.flatnonzero(at)]
        return sorted(found, key=lambda cue: cue[2])


@dataclass(frozen=True, eq=False)
class QuoteRules:
    """The quote rule tables, compiled once per pipeline: the cues of quote_cues.tsv as a
    CueFinder over the pipeline's vocabulary, the person pronouns of quote_pronouns.tsv with
    their gender, the gendered titles and nouns of quote_gender_words.tsv, the nouns that
    announce a title (quote_title_nouns.tsv) and an optional first-name gender lookup."""
    cue_finder: CueFinder
    pronoun_genders: dict[str, str]
    gender_words: dict[str, str]
    title_nouns: frozenset[str]
    speech_verbs: frozenset[str]  # the lemmas of the verb and medium cues
    role_nouns: frozenset[str] = frozenset()  # a person's post (quote_role_nouns.tsv)
    described_nouns: frozenset[str] = frozenset()  # "striker" (quote_described_nouns.tsv)
    source_nouns: frozenset[str] = frozenset()  # "official" (quote_source_nouns.tsv)
    # Nouns of one person the figures count ("driver", "villager": figure_people.tsv).
    people_nouns: frozenset[str] = frozenset()
    first_name_gender: Callable[[str], str | None] | None = None
    title_roles: Mapping[str, str] = field(default_factory=dict)  # quote_title_roles.tsv


@dataclass(frozen=True)
class _NameRules:
    """What tells a proper noun the model did not tag from any capitalized word."""
    titles: Mapping[str, str]  # "Mr", "spokeswoman"... (quote_gender_words.tsv)
    speech_verbs: frozenset[str]
    # Nouns of one person: posts ("chief", quote_role_nouns.tsv) and what sport and the arts
    # call someone ("striker", "seed", quote_described_nouns.tsv).
    role_nouns: frozenset[str] = frozenset()


def load_quote_rules(vocab: Vocab) -> QuoteRules:
    cues = rules.load("quote_cues", ("term", "kind", "resource", "example"))
    finder = CueFinder(vocab, cues)
    speech_verbs = frozenset(r["term"] for r in cues if r["kind"] != "phrase")
    pronouns = {r["term"].lower(): r["gender"]
                for r in rules.load("quote_pronouns", ("term", "gender", "example"))}
    gender_words = {r["term"].lower(): r["gender"]
                    for r in rules.load("quote_gender_words", ("term", "gender", "example"))}
    title_nouns = frozenset(r["term"].lower()
                            for r in rules.load("quote_title_nouns", ("term", "example")))
    role_nouns = frozenset(r["term"].lower()
                           for r in rules.load("quote_role_nouns", ("term", "example")))
    described_nouns = frozenset(r["term"].lower() for r in rules.load(
        "quote_described_nouns", ("term", "example")))
    source_nouns = frozenset(r["term"].lower() for r in rules.load(
        "quote_source_nouns", ("term", "example")))
    title_roles = {r["title"].lower(): r["role"].lower() for r in rules.load(
        "quote_title_roles", ("title", "role", "example"))}
    people_nouns = frozenset(r["term"].lower() for r in rules.load(
        "figure_people", ("term", "why"))) - COLLECTIVE_PEOPLE_NOUNS
    return QuoteRules(finder, pronouns, gender_words, title_nouns, speech_verbs, role_nouns,
                      described_nouns, source_nouns, people_nouns, title_roles=title_roles)


# Nouns of figure_people.tsv that name a group, never one person who speaks ("a family said").
COLLECTIVE_PEOPLE_NOUNS = frozenset({"people", "family", "police", "personnel", "troop",
                                     "other"})


# ---------------------------------------------------------------- finding quote spans

def _mark_role(text: str, mark: re.Match, is_open: bool) -> str:
    """'open' or 'close' for a double mark, from its neighbours, then its glyph."""
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    can_open = before.isspace() or before in _BEFORE_OPENING
    can_close = after.isspace() or after in _AFTER_CLOSING
    if can_open != can_close:
        return "open" if can_open else "close"
    if mark.group() in _OPENING_GLYPHS:
        return "open"
    if mark.group() in _CLOSING_GLYPHS:
        return "close"
    return "close" if is_open else "open"


# A comma, a speaker of one to five words and a verb of saying that ends the sentence, maybe
# after where or when it was said (", the bank said in its report."): where a quote whose
# closing mark is missing ended. Not a speaker the quote itself speaks of (", I have
# stressed", ", people said 'you are dreaming'"), nor a verb with an object or a clause.
_ATTRIBUTION_AFTER_COMMA = re.compile(
    r",\s+(?!(?:I|we|We|you|You|people|People)\b)((?:[A-Za-z][\w'’-]*\s+){1,5}?)"
    r"(?:said|says|added|adds|told|tells|noted|notes|warned|warns|explained|insisted|stressed)"
    r"(?:\s+(?:in|on|at|during|after|before|yesterday|today|last)\b[^.!?,;:\"“”‘’']{0,40})?"
    r"\.(?=\s|$)")


def _double_quoted(text: str) -> Iterator[tuple[int, int, int]]:
    """(opening mark, text start, text end) in one paragraph; the end is the closing mark,
    or the paragraph end for a quote left open (it goes on in the next paragraph)."""
    opened: re.Match | None = None
    for mark in _DOUBLE_MARK.finditer(text):
        role = _mark_role(text, mark, opened is not None)
        if role == "open" and opened is None:
            opened = mark
        elif role == "close" and opened is not None:
            yield opened.start(), opened.end(), mark.start()
            opened = None
        elif role == "open":  # a quote reopened before it closed: the first ends here,
            # or where a speaker is named after a comma ("... to 'wait and see', the bank
            # said in its report. Growth ...": its closing mark left out)
            attribution = _ATTRIBUTION_AFTER_COMMA.search(text, opened.end(), mark.start())
            yield opened.start(), opened.end(), (attribution.start() if attribution
                                                 else mark.start())
            opened = mark
    if opened is not None:
        # Left open, it goes on in the next paragraph; unless a speaker after a comma ends
        # the paragraph ('"If we had a budget ..., we would be interested, Fitzwater said.'):
        # its closing mark left out.
        attribution = _ATTRIBUTION_AFTER_COMMA.search(text, opened.end())
        end = attribution.start() if attribution and not text[attribution.end():].strip() \
            else len(text)
        yield opened.start(), opened.end(), end


def _is_single_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _BEFORE_OPENING) and after.isalnum()


def _is_single_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or after.isalnum():
        return False
    # "the farmers’ land": a plural possessive, not the end of a quote.
    is_possessive = before == "s" and after == " " and text[i + 2:i + 3].islower()
    return not is_possessive


def _single_quoted(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """Single-mark pairs outside double-quoted text; an unclosed one is an apostrophe."""
    def outside(i: int) -> bool:
        return not any(a <= i <= b for a, b in taken)

    i = 0
    while i < len(text):
        if text[i] in _SINGLE_MARKS and outside(i) and _is_single_open(text, i):
            close = next((j for j in range(i + 1, len(text))
                          if text[j] in _SINGLE_MARKS and _is_single_close(text, j)), None)
            if close is not None and outside(close):
                yield i, i + 1, close
                i = close
        i += 1


def _without_nested_quotes(text: str) -> str:
    """A quotation's words less someone else's inside it, in single marks (_single_quoted:
    '"He told me, 'Ana, just get it done,'" she testified'): a name there is no one the
    speaker speaks of, but whom another addressed."""
    for open_mark, _, close in reversed(list(_single_quoted(text, []))):
        text = f"{text[:open_mark]} {text[close + 1:]}"
    return text


def _quote_spans(article: NormalizedArticle) -> list[_QuoteSpan]:
    spans = []
    for paragraph in article.paragraphs:
        text = article.body[paragraph.start:paragraph.end]
        found = list(_double_quoted(text))
        found += _single_quoted(text, [(mark, end + 1) for mark, _, end in found])
        for open_mark, start, end in found:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append(_QuoteSpan(paragraph.start + start, paragraph.start + end,
                                        paragraph.start + open_mark))
    return sorted(spans, key=lambda s: s.start)


# ---------------------------------------------------------------- what the quote is

def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _next_to_title_noun(tokens: Span, title_nouns: frozenset[str]) -> bool:
    """A noun that announces a title stands just before or after the quoted words: 'the
    film "Gone with the Wind"', '"Morning Desk" presenter'."""
    doc = tokens.doc
    words = [t for t in doc[max(tokens.start - 2 * _TITLE_NOUN_WINDOW, 0):tokens.start]
             if not (t.is_punct or t.is_quote)][-_TITLE_NOUN_WINDOW:]
    words += [t for t in doc[tokens.end:tokens.end + 2] if not (t.is_punct or t.is_quote)][:1]
    return any(t.lemma_.lower() in title_nouns or t.lower_ in title_nouns for t in words)


def _is_title(tokens: Span, title_nouns: frozenset[str], settings: QuoteSettings) -> bool:
    """A quoted name or title: few words, content words capitalized, and a proper noun and
    no sentence end, or a noun such as "film" or "show" next to it (which admits titles
    without a proper noun or with a question mark)."""
    words = [t for t in tokens if t.is_alpha]
    content = [t for t in words if not t.is_stop]
    if not (0 < len(words) <= settings.max_title_words and content
            and all(t.text[0].isupper() or t.pos_ == "PROPN" for t in content)):
        return False
    if _next_to_title_noun(tokens, title_nouns):
        return True
    return (any(t.pos_ == "PROPN" for t in words)
            and not any(t.text in _SENTENCE_END for t in tokens))


def _is_label(tokens: Span) -> bool:
    """A quoted term used as a modifier of the noun after it, with no verb of its own:
    'the "cessation of hostilities" deal', '"Liberation Front" fighters'; not words a noun
    merely follows ('she heard "two voices, both angry" minutes before').
    """
    doc = tokens.doc
    following = next((t for t in doc[tokens.end:tokens.end + 2] if not t.is_quote), None)
    return (following is not None and following.pos_ in ("NOUN", "PROPN")
            and following.text[:1].islower()
            and following in tokens.root.ancestors
            and not any(t.pos_ in ("VERB", "AUX") for t in tokens))


# A wire dateline before a report's first words: "CANBERRA —", "PARIS (Reuters) -".
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]*[A-Z.](?: \([A-Za-z ]+\))? ?[—–-]")


def _is_partial(body: str, quote: _QuoteSpan, sentence_start: int, cue_ends: set[int]) -> bool:
    """A fragment inside a sentence, not a full quoted sentence.

    Full: it follows a colon or a cue and its comma (He also said, “All ...”), or it starts
    with a capital and opens its sentence or follows a cue word. `cue_ends` are character
    ends of cue tokens. Text glued after a sentence end ("...Wednesday."Yes") opens anew.
    """
    before = body[sentence_start:quote.open_mark].rstrip()
    last_end = max(before.rfind(ch) for ch in _SENTENCE_END)
    before_start = sentence_start + last_end + 1
    before = body[before_start:quote.open_mark].rstrip()
    if before.endswith(":") or (before.endswith(",")
                                and before_start + len(before[:-1].rstrip()) in cue_ends):
        return False
    if _DATELINE.fullmatch(before):
        return False  # 'CANBERRA — "Australians are paying more ..."' opens the report
    first_letter = next((ch for ch in body[quote.start:quote.end] if ch.isalpha()), "")
    if not first_letter.isupper():
        return True
    return any(ch.isalnum() for ch in before) and before_start + len(before) not in cue_ends


# Participles that give a thing its name ("the floor price, called the 'lower indicative
# price'", "dubbed the 'fat cat tax'"); "known as" and "so-called" do too.
_NAMING_PARTICIPLES = frozenset({"call", "dub", "name", "nickname", "term", "label", "brand"})


def _named_not_said(tokens: Span) -> str | None:
    """Quoted words a participle gives as the name of a thing, with nobody saying them (no
    subject calls it so and no agent: "dubbed ... by critics" is the critics' words):
    "name_given"; "scare_quote" after "so-called", which doubts the name."""
    doc = tokens.doc
    i = tokens.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].dep_ == "det"):
        i -= 1
    if i < 1:
        return None
    word = doc[i]
    if word.lower_ == "as" and doc[i - 1].lower_ == "known":
        word = doc[i - 1]
    elif not (word.tag_ in ("VBN", "VBD") and word.lemma_.lower() in _NAMING_PARTICIPLES):
        return None  # the model tags a reduced relative's participle a past tense too
    after = next((t for t in doc[tokens.end:tokens.end + 3] if not (t.is_quote or t.is_punct)),
                 None)
    if any(c.dep_ in ("agent", "nsubj") for c in word.children) or (
            after is not None and after.lower_ == "by"):
        return None  # the parser may hang the agent on the quoted words
    return "scare_quote" if doc.text.endswith(("so-", "so "), 0, word.idx) else "name_given"


def _not_a_quotation(tokens: Span, text: str, is_partial: bool, has_speaker: bool,
                     title_nouns: frozenset[str], settings: QuoteSettings,
                     cue_verb: Token | None = None) -> str | None:
    """Why quoted words are no quotation (a drop reason), or None when they are one: a
    quoted name or title, a name a participle gives a thing, a term used as a modifier,
    or a short span that is not a full sentence someone said (a scare quote), unless it is
    what a speaker said something was ("said his client was "deeply ashamed"")."""
    if _is_title(tokens, title_nouns, settings):
        return "quoted_title"
    if reason := _named_not_said(tokens):
        return reason
    if _is_label(tokens):
        return "quoted_label"
    if _word_count(text) < settings.min_quote_words and (is_partial or not has_speaker) and not (
            has_speaker and cue_verb is not None and _said_complement(tokens, cue_verb)
            or text.endswith("!")):  # cried, chanted: "Shame!", "MVP! MVP!"
        return "scare_quote"
    return None


# What a quoted predicate is to its verb: "was "deeply ashamed"", "was "welcome relief"",
# "was "under way"".
_COMPLEMENT_DEPS = frozenset({"acomp", "attr", "oprd", "prep"})


# How a reported clause hangs on its speech verb: its complement, a clause joined or
# subordinate to one ("said she had voted for X but "couldn't decide""), one the parser hung
# on a noun of the verb's phrase ("said in a statement that it was "deeply concerned"").
_REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "acl"})


def _said_complement(tokens: Span, cue_verb: Token) -> bool:
    """The quoted words are the predicate of a clause the speech verb reports, the
    speaker's own word for what something was or did: "said his client was "deeply
    ashamed"", "said supply was expected to "improve gradually"", "said she "couldn't
    decide"", its object ("says it has "no plans" to close the school"), or what the verb
    calls something (_characterisation); not a noun the reporter marks as someone else's
    ("said the "reforms" were cosmetic")."""
    root = tokens.root
    if _characterisation(root, cue_verb):
        return True
    clause = root.head if root.dep_ in _COMPLEMENT_DEPS | {"dobj"} else root
    for _ in range(_MAX_REPORTED_CLAUSE_STEPS):
        if clause.dep_ not in _REPORTED_CLAUSE_DEPS:
            return False
        head = clause.head
        if clause.dep_ == "acl":  # on a noun: up to the verb its phrase hangs on
            while head.pos_ in ("NOUN", "PROPN", "ADP") and head.head != head:
                head = head.head
        if head == cue_verb:
            return True
        clause = head
    return False


_MAX_REPORTED_CLAUSE_STEPS = 4


def _characterisation(root: Token, cue_verb: Token) -> bool:
    """The quoted words are what the speech verb calls its object: "described the suspect
    as the "most wicked"", "dismissed the fine as "pocket change"", "calling the approach
    "disrespectful"", "accused a rival club of "tapping up" its star"; not a name it gives
    ("residents call the teams "angels in orange"") nor one given to the subject of a
    passive ("was labelled "anti-national" by the channels")."""
    head = root.head
    if root.dep_ == "oprd" and head == cue_verb:
        return root.pos_ == "ADJ" and not any(c.dep_ == "auxpass" for c in head.children)
    return root.dep_ in ("pobj", "pcomp") and head.lower_ in ("as", "of") and (
        head.head == cue_verb or head.lower_ == "as" and _in_object_noun(head.head, cue_verb))


def _in_object_noun(token: Token, verb: Token) -> bool:
    """A noun of the verb's object, where the parser may hang the "as" that belongs to the
    verb ("described [the rise in attacks] as ..."); not a participle there ("the group
    known as ...", a name given)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return token.pos_ in ("NOUN", "PROPN") and any(token in o.subtree for o in objects)


# ---------------------------------------------------------------- who said it

def _speaker_phrase(head: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by `head`, without clauses and appositions,
    cut at the first comma: 'a senior American official, who spoke ...' -> its first 4 words."""
    kept: list[Token] = [head]
    stack = [c for c in head.children if c.dep_ not in _SPEAKER_EXCLUDED_DEPS
             and not _says_how(c)]
    while stack:
        token = stack.pop()
        kept.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _SPEAKER_EXCLUDED_DEPS)
    first = min(t.i for t in kept)
    last = max(t.i for t in kept)
    doc = head.doc
    # A name run into its noun with nothing between is the phrase's own ("the militant group
    # Hamas", "the campaign group Clean Rivers Alliance"), though parsed as an apposition;
    # not one in brackets or after a dash ("the British Chambers of Commerce (BCC)"), nor a
    # wire's closing bracket ("<Yasuda Trust and Banking Co Ltd>").
    last = max([last] + [c.i for c in head.children
                         if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.is_alpha
                         and c.left_edge.i == last + 1])
    for i in range(head.i + 1, last + 1):
        if doc[i].text == ",":
            last = i - 1
            break
    for i in range(head.i - 1, first - 1, -1):
        if doc[i].text == "," or doc[i].text in _DOUBLE_QUOTE_MARKS:
            # A quote's last word is no speaker's; a single mark may be a possessive's
            # ("the Music Managers' Forum").
            first = i + 1
            break
    while first < head.i and _no_word(doc[first]):
        first += 1
    while last > head.i and _no_word(doc[last]):
        last -= 1
    # A wire's angle brackets around a company ("<National Amusements Inc>"), which the
    # parser may hang elsewhere: the phrase keeps the pair whole.
    text = doc.text[doc[first].idx:doc[last].idx + len(doc[last])]
    if text.count("<") > text.count(">") and last + 1 < len(doc) and doc[last + 1].text == ">":
        last += 1
    return doc[first].idx, doc[last].idx + len(doc[last])


_DOUBLE_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "„"})


def _no_word(token: Token) -> bool:
    """A mark or a line break at the edge of a phrase, no part of a speaker's name."""
    return token.is_punct or token.is_quote or token.is_space


def _says_how(prep: Token) -> bool:
    """ "in a statement", "in an interview": a phrase after the speaker that says how the
    words came, no part of who said them (an indefinite "in a ..." phrase)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.dep_ == "prep" and prep.lower_ == "in" and obj is not None and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)


def _mention_at(mentions: list[dict], start: int, end: int, label: str) -> dict | None:
    return next((m for m in mentions if m["label"] == label
                 and m["start_char"] < end and start < m["end_char"]), None)


# Pronouns of several people or of a paper ('"Were you afraid?" we asked'): no later "he"
# or "she" stands for them.
_NOT_ONE_PERSON_PRONOUNS = frozenset({"we", "us", "they", "them", "you"})


def _speaker_from_span(body: str, start: int, end: int, head: Token,
                       mentions: list[dict], names: _NameRules) -> _Speaker:
    # A post compounded before a name the model tagged an organisation ("PN MP Graziella
    # Zammit", "Councillor Ann Kelly") makes it a person's, whom a later "she" can name.
    is_one = head.tag_ not in _PLURAL_TAGS and head.lower_ not in _NOT_ONE_PERSON_PRONOUNS \
        and (_has_role_before(head, names) or not any(
        _mention_at(mentions, head.idx, head.idx + len(head), label) for label in _NON_PERSON_LABELS
    )) and not _a_body_of(head, names)
    return _Speaker(body[start:end], start, end, is_one)


def _a_body_of(head: Token, names: _NameRules) -> bool:
    """A noun of several people ("a group of home fans", "a delegation of farmers"): no
    "he" or "she" after it stands for them. Not a person's post over them ("the leader of
    the striking miners")."""
    lemma = head.lemma_.lower()
    return lemma not in names.role_nouns and any(
        prep.lower_ == "of" and obj.tag_ in _PLURAL_TAGS for prep in head.children
        if prep.dep_ == "prep" for obj in prep.children if obj.dep_ == "pobj")


def _is_glued(word: str) -> bool:
    """Two words run together by a lost space or line break: a long lower-case run then a
    capital ("campaignersMr"), or three capitals before a lower-case letter ("ADHe")."""
    for segment in re.split(r"[-'’]", word):
        run = 0
        for ch in segment:
            if ch.isupper() and run >= _MIN_GLUED_LOWER_RUN:
                return True
            run = run + 1 if ch.islower() else 0
        capitals = len(segment) - len(segment.lstrip(string.ascii_uppercase))
        if capitals >= _MIN_GLUED_CAPITALS and capitals < len(segment) \
                and segment[capitals].islower():
            return True
    return False


def _proper_name(head: Token, mentions: list[dict], names: _NameRules) -> tuple[int, int] | None:
    """A singular capitalized proper noun with the name words compounded before it: a name
    the model missed ("Ruiz", "Ana Ruiz", "Bill de Blasio"). A determiner or a preposition
    makes it a body's name ("the Observatory", "a Department for Work"; not a phrase between
    commas: "Prof Imogen Hartwell, from University College London,"), and so does another
    entity label, unless a title opens the name ("Mr Weiss" tagged ORG) or a post stands in
    apposition to it ("Carly Fiorina, chief of HP" tagged ORG). A lone capitalized
    word opening a sentence is a name only as the subject of a speech verb ("Lopez said",
    not "Victory took Real to the top")."""
    if head.tag_ != _SINGULAR_PROPER_NOUN or not head.text[:1].isupper() \
            or _is_glued(head.text) or any(c.dep_ == "det" or c.dep_ == "prep"
                                           and c.nbor(-1).text != "," for c in head.children):
        return None
    first = head
    while first.i > 0:
        before = head.doc[first.i - 1]
        if before.tag_ == "HYPH" and first.i > 1 and not before.nbor(-1).whitespace_:
            # A hyphenated name ("Jean-Michel Lemetayer", "Mr Kilroy-Silk"); not a wire
            # dateline's dash ("WASHINGTON, March 19 - Beryl Sprinkel told").
            first = before.nbor(-1)
            continue
        # Proper nouns and lower-case particles ("de") compounded on the head.
        is_name_part = before.pos_ == "PROPN" and before.dep_ == "compound" or (
            before.is_lower and before.is_alpha and len(before) <= _MAX_PARTICLE_LETTERS
            and before.pos_ != "NOUN" and before.dep_ in ("compound", "nmod"))
        if not is_name_part or before.head.i != head.i:
            break
        first = before
    has_title = first.i < head.i and first.lower_.rstrip(".") in names.titles
    if first.i == head.i and head.is_sent_start and head.ent_type_ != "PERSON" and not (
            head.dep_ == "nsubj" and head.head.lemma_.lower() in names.speech_verbs) and not any(
            m["label"] == "PERSON" and head.text in m["text"].split() for m in mentions):
        return None
    number = _who_clause_number(head)
    if number == "plural":
        return None
    is_other_entity = head.ent_type_ in _NON_PERSON_LABELS or any(
        _mention_at(mentions, head.idx, head.idx + len(head), label)
        for label in _NON_PERSON_LABELS)
    if is_other_entity and not (has_title or _has_post(head, names) or _has_age(head)
                                or _has_role_before(head, names) or number == "singular"):
        return None
    last = head
    while last.i + 2 < len(last.doc) and not last.whitespace_ \
            and (hyphen := last.nbor()).tag_ == "HYPH" and not hyphen.whitespace_ \
            and hyphen.nbor().text[:1].isupper():
        last = hyphen.nbor()  # the rest of a hyphenated name the parser split ("Harper-Obi")
    return first.idx, last.idx + len(last)


# Forms of a relative clause's verb that say its subject's number.
_SINGULAR_VERB_TAGS = frozenset({"VBZ"})
_PLURAL_VERB_TAGS = frozenset({"VBP"})


def _who_clause_number(head: Token) -> str | None:
    """"singular" or "plural" when a "who" clause on the name says how many it names: "who"
    is said of people, and of teams and bands, which British English gives a plural verb.
    "Ferrero, who was upset to be dropped" is one person whatever the model tagged it;
    "Chelsea, who are top of the table" is a team, even tagged a person. None when no such
    clause, or its verb does not tell ("who won")."""
    for clause in head.children:
        if clause.dep_ != "relcl" or not any(c.lower_ == "who" and c.dep_ == "nsubj"
                                             for c in clause.children):
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ == "aux" and c.i < clause.i)]
        first = min(verbs, key=lambda t: t.i)  # the finite verb: "has" of "who has won"
        if first.tag_ in _SINGULAR_VERB_TAGS or first.lower_ == "was":
            return "singular"
        if first.tag_ in _PLURAL_VERB_TAGS or first.lower_ == "were":
            return "plural"
    return None


def _has_age(head: Token) -> bool:
    """An age stands between commas after the name ("Soleil Filomena, 64, was leaving"):
    news gives a person's age so, never an organisation's or a place's."""
    doc, i = head.doc, head.i
    return i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].text.isdigit() \
        and 0 < int(doc[i + 2].text) < 120 and doc[i + 3].text in (",", ")")


def _has_post(head: Token, names: _NameRules) -> bool:
    """A post or trade opens the apposition to the name (its first words: "Carly Fiorina,
    chief of Hewlett Packard", which the parser may hang from "Packard"; "Eva Lind, the
    team captain"): the name is a person's whatever the model tagged it."""
    for child in head.children:
        if child.dep_ != "appos" or child.i < head.i:
            continue
        opening = child.doc[child.left_edge.i:min(child.left_edge.i + _POST_WORDS,
                                                   child.right_edge.i + 1)]
        if any(t.lemma_.lower() in names.role_nouns or t.lower_ in names.titles
               for t in opening if t.pos_ == "NOUN"):
            return True
    return False


def _has_role_before(head: Token, names: _NameRules) -> bool:
    """A noun of a person is compounded before the name ("said fifth seed Haas", "Bayern
    striker Mueller", "Fire service spokeswoman Katerina Papadaki"): the name is a person's
    whatever the model tagged it."""
    # A post written as a title is a proper noun to the tagger ("Magistrate Nankya").
    return any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < head.i
               and (c.lemma_.lower() in names.role_nouns or c.lower_ in names.titles)
               for c in head.children)


def _named_person(head: Token, mentions: list[dict], body: str,
                  names: _NameRules) -> tuple[int, int] | None:
    """The person the speaker phrase names: the head's PERSON mention, an apposition
    ('a city spokesman, Ana Ruiz') that is a PERSON mention or a proper name the
    model did not label, a PERSON mention right after the phrase's comma, or the head's
    own proper name the model did not label."""
    if in_capitals(head):
        return None
    own = _mention_at(mentions, head.idx, head.idx + len(head), "PERSON")
    if own and _who_clause_number(head) != "plural":
        return own["start_char"], own["end_char"]
    for child in head.children:
        # Not a bare title ("the Minority Leader, Hon. Ada Obi": Hon) nor a party or seat in
        # brackets ("Ada Obi (Ind)", "(Ibadan North)").
        if child.dep_ != "appos" or child.lower_ in names.titles or (
                child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == "("):
            continue
        if any(t.text in _DOUBLE_QUOTE_MARKS for t in head.doc[head.i + 1:child.i]):
            # The words of a quote the parser hung on the speaker ("The council's account
            # posted on X: "Congratulations, Maria!""): what is said, not who says it.
            continue
        person = _mention_at(mentions, child.idx, child.idx + len(child), "PERSON")
        if person:
            return person["start_char"], person["end_char"]
        is_other_entity = any(_mention_at(mentions, child.idx, child.idx + len(child), label)
                              for label in _NON_PERSON_LABELS)
        # A name the model tagged otherwise is a person's when it names a noun of a person
        # with no clause between them ("Scissor Sisters frontwoman Ana Matronic", "Matronic"
        # tagged an organisation; not "the actor, whose films include Star Wars").
        of_a_person = (head.lower_ in names.titles or head.lemma_.lower() in names.role_nouns
                       ) and not any(t.pos_ in ("VERB", "AUX")
                                     for t in head.doc[head.i + 1:child.left_edge.i])
        # A word, not a mark the parser took for a name (a wire's "<Viacom Inc>": ">").
        if child.pos_ == "PROPN" and child.text[:1].isalpha() and (
                not is_other_entity or of_a_person):
            return _speaker_phrase(child)
    if (person := _name_joined_to_bare_noun(head, mentions, names)) is not None:
        return person["start_char"], person["end_char"]
    if (person := _name_apposed_to_its_place(head, mentions)) is not None:
        return person["start_char"], person["end_char"]
    if (person := _name_after_a_fronted_phrase(head, mentions)) is not None:
        return person["start_char"], person["end_char"]
    if (named := name_given(head)) is not None:
        return named  # "A guest named Karim who was hurt described ...": Karim
    _, phrase_end = _speaker_phrase(head)
    if body.startswith(", ", phrase_end):
        # Right after the comma, or after a title there ("A resident, Mr. Tunde Adewale,")
        after = next((m for m in mentions if m["label"] == "PERSON" and (
            m["start_char"] == phrase_end + 2
            or phrase_end + 2 < m["start_char"] <= phrase_end + MAX_TITLE_CHARS and body[
                phrase_end + 2:m["start_char"]].strip().rstrip(".").casefold() in names.titles)),
            None)
        # "Ana Ruiz, Jarek's sister": a possessive name is someone else.
        if after and not body.startswith(("'s", "’s"), after["end_char"]):
            return after["start_char"], after["end_char"]
    if (name := _proper_name(head, mentions, names)) is not None:
        return name  # "Mr Campbell", its title kept
    surname = _surname_tagged_otherwise(head, mentions, names)
    return (surname["start_char"], surname["end_char"]) if surname else None


def _name_joined_to_bare_noun(head: Token, mentions: list[dict], names: _NameRules
                              ) -> dict | None:
    """The PERSON mention the parser joined as a conjunct to a singular noun of a person with
    no determiner ("Grain analyst and meteorologist Gail Martell said": "analyst" the
    subject, "Martell" its conjunct): such a noun cannot stand alone as a subject in
    English, so the nouns are titles of the name, not a second party ("the analyst and Gail
    Martell")."""
    if head.tag_ != "NN" or head.lemma_.lower() not in names.role_nouns \
            or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return None  # a post's or a described person's noun: not "German football club
        # and former European champion Borussia Dortmund", a club the model tagged a person
    conjuncts = (c for c in head.children if c.dep_ == "conj")
    return next(filter(None, (_mention_at(mentions, c.idx, c.idx + len(c), "PERSON")
                              for c in conjuncts)), None)


# Prepositions of a post's place or body: "the mayor of Ballarat", "the member for Hillside".
POST_PREPOSITIONS = frozenset({"of", "for"})


def _name_apposed_to_its_place(head: Token, mentions: list[dict]) -> dict | None:
    """The PERSON mention the parser hung as an apposition on the proper noun after the
    head's "of" or "for" ("The mayor of Ballarat, Des Hudson, said", "The member for
    Hillside, Labour MP Daniel Fraser,"): a place or a body has no such name, so it names
    the head. Not after a person's name ("the son of Fidel Castro, Alex Castro")."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in POST_PREPOSITIONS:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.pos_ != "PROPN" or _mention_at(
                    mentions, place.idx, place.idx + len(place), "PERSON"):
                continue
            person = next(filter(None, (
                _mention_at(mentions, c.idx, c.idx + len(c), "PERSON")
                for c in place.children if c.dep_ == "appos")), None)
            if person is not None:
                return person
    return None


def _name_after_a_fronted_phrase(head: Token, mentions: list[dict]) -> dict | None:
    """The PERSON mention the parser joined with a comma alone, as a conjunct, to a noun of
    a phrase before it ("Outside court, retired teacher Beverley Collins told
    the ABC": "court" the subject, "Collins" its conjunct); a list has "and" or "or"."""
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    if len(conjuncts) != 1 or any(t.dep_ == "cc" for c in (head, *conjuncts) for t in c.children):
        return None
    conjunct = conjuncts[0]
    return _mention_at(mentions, conjunct.idx, conjunct.idx + len(conjunct), "PERSON")


def _surname_tagged_otherwise(head: Token, mentions: list[dict], names: _NameRules
                              ) -> dict | None:
    """The head's one-word mention, tagged a group, a place or a thing, or its capitalised
    word the model tagged nothing, when the article names a person whose last name it is:
    "Paul Sculthorpe ... Sculthorpe told BBC Sport", the second tagged a place; "Pedro
    Mendes ... Mendes could not believe", a product; "Jacques Delors ... Delors said he
    agreed", nothing, a common noun (the model misses a lone surname so, often), or an
    adjective ("Jennifer Lopez ... Lopez issues a statement"). The
    person's name must be all capitalised words and never tagged otherwise ("Stade de
    France", tagged a person once, names no one France), or have a person's noun compounded
    before it ("England coach Sven-Goran Eriksson", tagged an organisation)."""
    # The head's own word: a hyphenated surname is tokens to spaCy, the head its last
    # ("Vargas-Lindqvist" tagged an organisation, "Lindqvist" the subject).
    # Or a surname of several words with its particles ("Van der Meer" tagged a group,
    # beside "Joost van der Meer").
    own = next((m for m in mentions if m["start_char"] <= head.idx
                and m["end_char"] == head.idx + len(head)
                and (" " not in m["text"] or m["label"] in _NON_PERSON_LABELS)), None)
    if own is None and head.is_alpha and head.text[:1].isupper() \
            and not head.text.isupper() and head.pos_ in ("PROPN", "NOUN", "ADJ") \
            and not any(m["start_char"] < head.idx + len(head) and head.idx < m["end_char"]
                        for m in mentions):
        first = head  # with the title the parser compounds to it: "Mr Balls"
        while first.i > 0 and (title := head.doc[first.i - 1]).dep_ == "compound" \
                and title.head == head and title.text[:1].isupper():
            first = title
        own = {"text": head.text, "start_char": first.idx, "end_char": head.idx + len(head),
               "label": None}
    elif own is None or own["label"] not in _NON_PERSON_LABELS | _THING_LABELS:
        return None
    labels_of: dict[str, set[str]] = {}
    for m in mentions:
        labels_of.setdefault(m["text"], set()).add(m["label"])
    doc = head.doc

    def after_a_role(name: str) -> bool:
        return any(m["text"] == name and _has_role_before(doc.char_span(
            m["start_char"], m["end_char"], alignment_mode="expand").root, names)
                   for m in mentions)

    surname = own["text"].split()
    named = any(len(words := name.split()) > len(surname)
                and _ends_in_surname(words, surname)
                and (labels == {"PERSON"} or after_a_role(name))
                for name, labels in labels_of.items())
    return own if named else None


def _ends_in_surname(words: list[str], surname: list[str]) -> bool:
    """A full name of capitalised words ends in `surname`: "Paul Sculthorpe" in
    "Sculthorpe"; "Joost van der Meer" in "Van der Meer", whose particles a sentence's
    start capitalises."""
    if len(surname) == 1:
        return words[-1] == surname[0] and all(w[:1].isupper() for w in words)
    return [w.casefold() for w in words[-len(surname):]] == [w.casefold() for w in surname] \
        and all(w[:1].isupper() for w in words[:-len(surname)]) and words[-1][:1].isupper()


# Relative words a phrase fronted from a relative clause holds ("some of which", "many of
# whom", "whose mother").
_RELATIVE_WORDS = frozenset({"which", "whom", "whose"})


def _relative_phrase(word: Token) -> bool:
    """The word heads a phrase with a relative word in it ("some of which")."""
    return any(t.lower_ in _RELATIVE_WORDS and t.tag_ in ("WDT", "WP", "WP$")
               for t in word.subtree)


def _subject_candidates(verb: Token) -> list[Token]:
    """The verb's children, and those of its auxiliary, where the parser may hang the
    subject when words stand between them ("he did, for the first time, say")."""
    return [*verb.children,
            *(c for aux in verb.children if aux.dep_ == "aux" and aux.i < verb.i
              for c in aux.children)]


def _nominal_subject(verb: Token) -> Token | None:
    """The verb's active subject, wherever the parser hung it (_subject_candidates, and
    "The 31-year-old" it hung as a modifier)."""
    return next((c for c in _subject_candidates(verb) if c.dep_ == "nsubj"),
                None) or misparsed_age_subject(verb)


# Cues that name or describe what they are said of ("called it 'a disgrace'").
_NAMING_CUE_LEMMAS = frozenset({"describe", "call", "dismiss", "hail"})


# Cue verbs that take no listener as their object: a name straight after them is who
# speaks ("said Ana Ruiz"), where after "told" or "warned" it is who listens.
_NO_LISTENER_CUES = frozenset({"say", "add", "state", "explain", "insist", "write", "claim",
                               "note", "recall", "declare", "continue", "comment", "admit",
                               "argue", "reply", "respond", "conclude", "confirm"})


def _person_named_after(cue_token: Token) -> Token | None:
    """The last word of a person's name that follows the cue verb straight away and ends
    its clause ('"...," said Talal al-Barazi.'): an inverted attribution, whatever subject
    the parser found before the verb (a wire text without commas: '"..." a district
    inhabited by Alawites the sect of President Assad said Talal al-Barazi.')."""
    doc = cue_token.doc
    i = cue_token.i + 1
    if cue_token.lemma_.lower() not in _NO_LISTENER_CUES or i >= len(doc) \
            or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return None
    end = i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and not (after.is_punct and after.text in ".,;!?"):
        return None
    return doc[end]


# Words that open a fronted phrase of place the parser may read as a noun's modifier
# ("Outside court, ...", "Inside the chamber, ...").
FRONTED_PLACE_WORDS = frozenset({"outside", "inside"})


def _past_a_fronted_place(subject: Token) -> Token | None:
    """The subject, unless the parse made a fronted phrase of place of it ("Outside court,
    Oscar's sister, Ruby Pemberton, told reporters"; "Outside on Wellington Street, members
    of the group Type 1 Together held placards"): then the person in its appositions or
    conjuncts, else its first apposition ("members"), or none."""
    first = subject.left_edge
    after = subject.i + 1
    fronted = first.lower_ in FRONTED_PLACE_WORDS and first.i == subject.sent.start and (
        subject == first or after < len(subject.doc) and subject.doc[after].text == ",")
    if not fronted:
        return subject
    apposed = [t for t in subject.subtree if t.dep_ in ("appos", "conj")]
    return next((t for t in apposed if t.ent_type_ == "PERSON"),
                next((t for t in apposed if t.dep_ == "appos" and t.head == subject), None))


def _fronted_participle(word: Token) -> bool:
    """A participle that opens its sentence, a comma after it ("Reacting, ...", "Speaking
    later, ..."; the tagger may read it as a noun or a name): an introduction, never who
    speaks."""
    doc = word.doc
    # Not a name ending so ("Beijing, the Chinese capital, said" is China's government).
    return word.tag_ in ("VBG", "NN", "NNP") and word.lower_.endswith("ing") \
        and not word.ent_type_ and word.i == word.sent.start and word.i + 1 < len(doc) \
        and any(t.text == "," for t in doc[word.i + 1:word.i + 3])


def _a_participle(word: Token) -> bool:
    """A participle, as tagged or by its place (_fronted_participle)."""
    return word.tag_ == "VBG" or _fronted_participle(word)


def _person_in_fronted_apposition(verb: Token) -> Token | None:
    """A person's name the parser hung as an apposition or a conjunct inside a phrase that
    opens the clause, when only a comma stands between its last word (or its relative
    clause) and a verb left with no subject: "In an article for the Times, Ms Dunwoody,
    who chairs the committee, says: ..." ("Ms Dunwoody" an apposition of "Times"; "In a
    filing with the Commission, Kowalski, a fund manager, said", a conjunct)."""
    # A prepositional phrase, or a participle the parser made the subject ("Reacting, the
    # chairman of the committee, Musa Bello, dismissed").
    for phrase in (c for c in verb.lefts if c.dep_ == "prep" or (
            c.dep_ in ("nsubj", "nsubjpass") and _a_participle(c))):
        for token in phrase.subtree:
            if token.dep_ not in ("appos", "conj") or token.ent_type_ != "PERSON":
                continue
            after = token.right_edge.i + 1
            if after < verb.i and verb.doc[after].text == ",":
                after += 1
            if after == verb.i:
                return token
    return None


def _name_tagged_a_modal(verb: Token) -> Token | None:
    """A capitalised word right before a past-tense verb with no subject, which the parser
    made its auxiliary as a modal (tagged one, or a proper noun): a name the model took for
    the modal ("May said:", "Will said"), since a modal takes no past tense."""
    if verb.tag_ != "VBD" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "aux" and before.tag_ in ("MD", "NNP") and before.head.i == verb.i \
            and before.text[:1].isupper() and before.text[1:].islower():
        return before
    return None


def _subject_of(cue_token: Token, inside_quote: Callable[[int], bool]) -> Token | None:
    """The cue verb's subject outside any quote, borrowed from the verb it hangs from when
    it has none ("Jamili also said, adding that ..."), also through that verb's object
    when the parser hung the participle there ("X condemned the attack, saying ...")."""
    if (agent := _agent_of(cue_token, inside_quote)) is not None:
        return agent  # "was described as ... by scouts": the scouts speak
    if (named := _person_named_after(cue_token)) is not None:
        return named  # "... the Shiite sect of President Assad said Talal al-Barazi."
    verb = cue_token
    while True:
        # Of two subjects the parse gives one verb ("Usdaw general secretary John Hannett
        # added", Usdaw split off; "Lloyd's chief executive, Mr Prettejohn, said"), a
        # person's name, else the first.
        # The passive subject of a naming cue is what the words name ("the album was
        # described as 'a revelatory debut'"), not who said them; of other cues it is the
        # source ("he was told ...", "X was quoted as saying").
        subjects = ("nsubj",) if verb is cue_token and cue_token.lemma_.lower() in \
            _NAMING_CUE_LEMMAS else ("nsubj", "nsubjpass")
        # Not a participle the parser made the subject, with the speaker's name in its phrase
        # ("Opening the debate on the bill, the environment secretary, Joanna Pryce, told
        # MPs:"); a name the tagger read as one is ("Groening heaped praise on it, saying").
        candidates = [c for c in _subject_candidates(verb)
                      if c.dep_ in subjects and not inside_quote(c.idx)]
        participles = [c for c in candidates if c.tag_ == "VBG" and any(
            t.ent_type_ == "PERSON" for t in c.subtree) or _fronted_participle(c)]
        if len(candidates) > 1:
            # "applications, some of which it said had been pending": the relative phrase
            # is the fronted subject of the reported clause; the other one speaks.
            candidates = [c for c in candidates if not _relative_phrase(c)] or candidates
            # "Outside Parliament, about 60 workers chanted": the fronted phrase of place
            # the parser made a second subject is no speaker when another subject is.
            candidates = [c for c in candidates if _past_a_fronted_place(c) is c] \
                or candidates
        # Not a common noun of a fronted phrase the parser made a subject, a comma between
        # it and the verb ("Outside court, the riders chanted"), when another subject is
        # nearer; a name before its post stays first ("Theresa May, Tory secretary, said"),
        # and a crowd before a part of it ("protesters, most of them students, marched").
        subject = min((c for c in candidates if c not in participles),
                      key=lambda c: (c.ent_type_ != "PERSON", c.pos_ == "NOUN" and any(
                          d.i > c.i and d.pos_ in ("NOUN", "PROPN") for d in candidates)
                                     and c.i < verb.i and any(
                                         t.text == "," for t in
                                         verb.doc[c.right_edge.i + 1:verb.i]), c.i),
                      default=None)
        if subject is not None:
            subject = _past_a_fronted_place(subject)
        if subject is not None:
            return subject
        if verb is cue_token and (aged := misparsed_age_subject(verb)) is not None:
            return aged  # '"...," the 22-year-old wrote on Instagram', "old" a modifier
        # The verb a participial cue hangs from counts too ("Reacting, the chairman, Musa
        # Bello, dismissed the claims, saying ...").
        if (verb is cue_token or participles) and (
                named := _person_in_fronted_apposition(verb)) is not None:
            return named
        if verb is cue_token and (named := _name_tagged_a_modal(verb)) is not None:
            return named
        if verb is cue_token and (fronted := _subject_of_fronted_participle(verb)) is not None:
            return fronted
        if verb is cue_token and (noun := _subject_of_finite_modifier(verb)) is not None:
            return noun
        if verb is cue_token and (noun := _subject_after_inverted_cue(verb)) is not None:
            return noun
        if verb is cue_token and (noun := _root_of_a_verbless_sentence(verb)) is not None:
            return noun
        if verb is cue_token and (noun := _subject_of_a_reduced_relative(verb)) is not None:
            return noun
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "obj"):
            verb = verb.head.head
            continue
        if _gerund_of_a_verbs_prep(verb):
            verb = verb.head.head  # "X stoked the row by saying ...": X says it
            continue
        if verb.dep_ not in _SUBJECT_SHARING_DEPS or verb.head is verb:
            return None
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN") and (
                any(c.dep_ == "mark" for c in verb.children)
                or (before := _word_before(verb)) is not None and before.pos_ == "PROPN"):
            # "His comments come as the party chairman, Liam Fox, called him ...": a finite
            # clause of its own, whose subject the parser lost; never the main clause's (a
            # participle has none: "X praised Y, saying" is X's).
            return None
        if verb.dep_ == "advcl" and verb.tag_ != "VBG" and verb.i > 0 \
                and verb.doc[verb.i - 1].pos_ == "NOUN":
            # "goods declared to be 'of primary necessity'": a participle of the noun right
            # before it (the tagger's past tense, the parser's adverbial clause); no one the
            # main clause names speaks.
            return None
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and not any(
                c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and not inside_quote(c.idx)
                for c in verb.head.children):
            # "X admitted that the budget was tough but argued ...": a speech verb the
            # parser joined to the reported clause shares the reporting verb's subject;
            # not a clause whose subject is a person, which the parser hung from the quote
            # ('Ms Obi thanked the Chair and went on: "..."').
            verb = verb.head.head
            continue
        verb = verb.head


def _subject_of_fronted_participle(verb: Token) -> Token | None:
    """The subject the parser gave a participle before a verb left with none ("Schmahl,
    presenting the report at a news conference, said"), which is the verb's; also a past
    participle read as a past tense and made the verb's reported clause
    ("Andersson, asked about her next opponent, said:"), and the verb of a clause on the
    subject the parser hung on the cue ("that daughter, Gillian Marsh, whose mother lost
    more than £40,000, said:", "daughter" the subject of "lost")."""
    return next((c for clause in verb.lefts
                 if clause.dep_ == "advcl" and clause.tag_ in ("VBG", "VBN")
                 or clause.dep_ in ("ccomp", "advcl") and clause.tag_ in ("VBD", "VBN")
                 and verb.nbor(-1).text == ","  # not a quote's own clause ('X said ...," said')
                 for c in clause.children
                 if c.dep_ == "nsubj" and c.i < clause.i and c.pos_ in ("PROPN", "NOUN")), None)


def _subject_of_finite_modifier(verb: Token) -> Token | None:
    """The noun before a past-tense cue the parser hung on it as a modifier ("The newsletter
    reported on June 9 last year that ...", "reported" an `acl` of "newsletter"): a verb
    the tagger reads as finite (VBD, not the participle VBN of "the figures reported by
    the bank") modifies no noun, and a noun the parser made its sentence's root has no
    verb but this one; either way the noun is its subject. The noun is parsed as a subject
    or the root: not "consumer goods declared to be 'of primary necessity'"."""
    noun = verb.head
    if verb.dep_ == "acl" and (verb.tag_ == "VBD" or noun.dep_ == "ROOT") \
            and noun.dep_ in ("nsubj", "ROOT") and noun.i < verb.i \
            and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


def _subject_of_a_reduced_relative(verb: Token) -> Token | None:
    """The subject of the verb the parser made the cue's head, when it read a participle
    after a noun as the main verb and the cue as its clause ("The supporters packed along
    the fence chanted ...", "chanted" an `advcl` of "packed"): a finite cue (VBD) with no
    subject and no word that opens a clause ("as", "when") is the verb of that subject."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or head.tag_ not in ("VBD", "VBN") \
            or head.dep_ != "ROOT" or head.i > verb.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod", "prep") and c.i < verb.i
                for c in verb.children) or any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in head.children) or any(
                t.text == "," for t in verb.doc[head.i:verb.i]):
        # Only a participle with no object and no comma before the cue: "packed along the
        # fence", not "His remarks come as ... called him", "goods declared to be".
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _root_of_a_verbless_sentence(verb: Token) -> Token | None:
    """The noun the parser made the root of the cue's sentence, when it hung the cue on a
    noun of a clause in between ("Villalobos, who was appointed on a two-year
    contract, posted on Instagram:", "posted" a modifier of "contract"): the sentence has
    no other verb to be the noun's."""
    root = verb.sent.root
    if verb.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i:
        return root
    return None


def _subject_after_inverted_cue(verb: Token) -> Token | None:
    """The noun right after a speech verb that opens its sentence ("Said a foreign lawyer,
    referring to ..., '...'") or follows the quote it reports ('"...," added the two-time
    Academy Award winner'), which the parser took for the verb's object."""
    after_the_quote = verb.i > 1 and verb.nbor(-1).tag_ == "''" and verb.nbor(-2).is_punct
    if not (verb.lower_ in _INVERTED_CUE_WORDS and verb.is_sent_start
            or verb.lower_ in _INVERTED_AFTER_QUOTE_WORDS and after_the_quote):
        return None
    if verb.dep_ == "compound" and verb.head.pos_ == "PROPN" and verb.head.i > verb.i:
        return verb.head  # "Said Williams:", read as one name
    # After the quote, a description: a name there is found by the person mentions after
    # the cue ('added Ernst and Young's Sanjay Mehta', "Ernst" the object).
    nouns = ("NOUN",) if after_the_quote and not verb.is_sent_start else ("NOUN", "PROPN")
    return next((c for c in verb.rights if c.dep_ in ("dobj", "attr", "dep", "npadvmod")
                 and c.pos_ in nouns and c.left_edge.i == verb.i + 1), None)


# Prepositions whose gerund shares the subject of the verb they hang from ("by saying",
# "after adding"); not "for" or "of", whose gerund is often the object's ("X criticised Y
# for saying", "X accused Y of saying").
_SUBJECT_SHARING_PREPOSITIONS = frozenset({"by", "after", "before", "while", "since",
                                           "despite", "without", "in", "when", "upon"})


def _gerund_of_a_verbs_prep(verb: Token) -> bool:
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep"
            and prep.lower_ in _SUBJECT_SHARING_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX"))


def _earlier_speech_speaker(cue: _Cue, frame: Span, ctx: "_Context") -> _Speaker | None:
    """A participle cue without a subject ("noting that", "adding") continues the speech
    act of the nearest speech verb before it in the sentence: that verb's speaker speaks."""
    doc = frame.doc
    for earlier in sorted((c for c in ctx.cues if frame.start <= c.start < cue.start
                           and c.kind == "verb"), key=lambda c: -c.start):
        verb = doc[earlier.start]
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not ctx.inside_quote(c.idx)), None)
        if subject is not None and _a_participle(subject):
            # A participle the parser made the subject ("Reacting, the chairman, Musa
            # Bello, dismissed the claims, saying ..."): the subject as _subject_of reads it.
            subject = _subject_of(verb, ctx.inside_quote)
        if subject is not None:
            return _speaker_for(subject, ctx)
        named = _name_before(verb, ctx.mentions, ctx.referents.gender_words, ctx.article.body)
        if named is not None:
            return named
    return None


def _word_before(verb: Token) -> Token | None:
    """The word before a verb, past adverbs, commas and a time ("Liam Fox, on Saturday
    called"): where a subject the parser lost would end."""
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and (doc[i].pos_ == "ADV" or doc[i].text == ","
                      or doc[i].ent_type_ in ("DATE", "TIME")
                      or doc[i].dep_ == "prep" and i + 1 < verb.i
                      and doc[i + 1].ent_type_ in ("DATE", "TIME")):
        i -= 1
    return doc[i] if i >= 0 else None


def _name_before(cue_token: Token, mentions: list[dict], gender_words: dict[str, str],
                 body: str) -> _Speaker | None:
    """The name just before a cue verb the parser left without a subject ("...Policy Centre
    Mr Straw said", "Liam Fox, on Saturday called"): a PERSON mention ending there, else the
    proper nouns from the last title before it (Mr, Ms, Sir)."""
    doc = cue_token.doc
    word = _word_before(cue_token)
    if word is None or word.pos_ != "PROPN":
        return None
    i = word.i
    end = doc[i].idx + len(doc[i])
    person = next((m for m in mentions if m["label"] == "PERSON" and m["end_char"] == end), None)
    if person:
        return _Speaker(person["text"], person["start_char"], end, True, is_named=True)
    j = i
    while j >= 0 and doc[j].pos_ == "PROPN":
        if doc[j].lower_.rstrip(".") in gender_words and j < i:
            return _Speaker(body[doc[j].idx:end], doc[j].idx, end, True, is_named=True)
        j -= 1
    return None


def _phrase_object(doc: Doc, cue: _Cue) -> Token | None:
    """The object of a phrase cue's last word: 'according to officials' -> officials."""
    return next((c for c in doc[cue.end - 1].children if c.dep_ == "pobj"), None)


def _medium_object(verb: Token, inside_quote: Callable[[int], bool]) -> Token | None:
    """Who a medium cue quotes: 'the agency quoted Ruiz as saying' -> Ruiz, 'Ruiz was quoted
    as saying' -> Ruiz; the medium itself is not the speaker."""
    for deps in (("dobj", "obj"), ("nsubjpass",)):
        found = next((c for c in verb.children if c.dep_ in deps and not inside_quote(c.idx)),
                     None)
        if found is not None:
            return found
    return None


def _governing_medium(cue_token: Token, media: dict[int, _Cue]) -> _Cue | None:
    """The medium cue a speech verb depends on ('quoted X as saying': saying -> quoted)."""
    token = cue_token
    for _ in range(_MAX_MEDIUM_STEPS):
        if token.head is token:
            return None
        token = token.head
        if token.i in media:
            return media[token.i]
    return None


@dataclass(frozen=True)
class _Context:
    article: NormalizedArticle
    doc: Doc
    mentions: list[dict]
    inside_quote: Callable[[int], bool]
    referents: Referents
    names: _NameRules
    cues: list[_Cue]
    media: dict[int, _Cue]  # token index -> medium cue ("quoted ... as saying")


def _reported_by_another(verb: Token, referents: Referents) -> bool:
    """The cue's verb is what another speech verb reports ("Kovac-Lind testified that
    Reyes had described the deal as '...'"): its speaker is no one the sentence is about,
    whom a "she" after it would stand for."""
    return verb.dep_ == "ccomp" and referents.is_speech_verb(verb.head)


def _named_speaker(head: Token, mentions: list[dict], body: str,
                   names: _NameRules) -> _Speaker | None:
    person = _named_person(head, mentions, body, names)
    return _Speaker(body[person[0]:person[1]], person[0], person[1], True, is_named=True) \
        if person else None


_RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})  # who, which, that (not WHO, an agency)


def _speaker_for(head: Token, ctx: _Context, quoted: str = "") -> _Speaker:
    """The speaker `head` names; `quoted`: the words of the quote it speaks, whose speaker
    is no one they name."""
    body = ctx.article.body
    if head.tag_ in _RELATIVE_PRONOUN_TAGS and (
            clause := first_conjunct(head.head)).dep_ == "relcl":
        # "local doctors, who said": the noun the clause is about (also from a second
        # clause: "Barry Tuhiwai, who has campaigned for her and who admitted").
        return _speaker_for(clause.head, ctx, quoted)
    if head.lower_ in ctx.referents.pronoun_genders or head.lower_ in ("it", "they"):
        # Unresolved, the pronoun stays as written and stands for no one later.
        resolved = (ctx.referents.resolve_neuter(head) if head.lower_ == "it"  # the committee
                    else ctx.referents.resolve_plural(head) if head.lower_ == "they"
                    else ctx.referents.resolve(head, quoted))
        return resolved or _Speaker(head.text, head.idx, head.idx + len(head), False)
    # "the Scot", "the Brazilian": a noun of quote_described_nouns.tsv that the model tags
    # a person's name is the description it is, of the person named before.
    # Not when the name follows in apposition ("The MP for Bogoso, Hon. Isaac Ntiamoah,").
    if head.lower_ in ctx.referents.described_nouns and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) and not any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children) and (
            described := ctx.referents.describe(head)) is not None:
        return described
    named = _named_speaker(head, ctx.mentions, body, ctx.names)
    if named:
        return named
    if (described := ctx.referents.describe(head)) is not None:
        return described  # "said the 24-year-old striker": the person named before
    if (given := _name_given(head)) is not None:
        return given  # "said a mother who gave her name as Nasrin Begum"
    start, end = _speaker_phrase(head)
    if (person := _person_of(body, start, ctx.mentions)) is not None:
        return person
    return _speaker_from_span(body, start, end, head, ctx.mentions, ctx.names)


def _name_given(head: Token) -> _Speaker | None:
    """The name a described speaker gave in a clause on the description ("a mother who gave
    her name as Nasrin Begum", "a student who gave his name only as Amina"): the speaker,
    and whom a later "she" stands for."""
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.lemma_ != "give" or not any(
                c.dep_ == "dobj" and c.lemma_ == "name" for c in clause.children):
            continue
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"):
            name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"),
                        None)
            if name is not None:
                start, end = name.left_edge.idx, name.idx + len(name)
                return _Speaker(head.doc.text[start:end], start, end, True, is_named=True)
    return None


# Between a person's name and the rest of "NAME of the Aleppo based Fastaqim group": "of",
# "the" and at most three capitalised words the parser kept with the name.
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}")


def _person_of(body: str, start: int, mentions: list[dict]) -> _Speaker | None:
    """The person a subject phrase starting at `start` names with an affiliation, when the
    parser, after a quote with no comma, made the affiliation the subject ('"..." Zakaria
    Malhifji of the Aleppo based Fastaqim opposition group told Reuters'): the PERSON
    mention that ends right before "of (the) ..." or opens the phrase and goes on with it."""
    for m in mentions:
        if m["label"] != "PERSON":
            continue
        if (m["end_char"] < start and _OF_THE.fullmatch(body, m["end_char"], start)) or (
                m["start_char"] == start and _OF_THE.match(body, m["end_char"])):
            return _Speaker(m["text"], m["start_char"], m["end_char"], True, is_named=True)
    return None


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The noun that heads a run of tokens: the first noun whose head lies outside it."""
    indices = {t.i for t in tokens}
    return next((t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON")
                 and t.head.i not in indices), None)


def _speaker_in_gap(ctx: _Context, gap: list[Token]) -> _Speaker | None:
    """Fallback when the parse gives the cue no subject (a quote with no comma after it
    often becomes the subject): a PERSON mention that ends right at the cue, else the
    noun phrase in the words between the quote and the cue."""
    if not gap:
        return None
    gap_start, gap_end = gap[0].idx, gap[-1].idx + len(gap[-1])
    between = [m for m in ctx.mentions if m["label"] == "PERSON"
               and gap_start <= m["start_char"] and m["end_char"] <= gap_end]
    if between:
        m = max(between, key=lambda m: m["end_char"])
        if not ctx.article.body[m["end_char"]:gap_end].strip(" ,"):
            return _Speaker(m["text"], m["start_char"], m["end_char"], True, is_named=True)
    head = _phrase_head(gap)
    return _speaker_for(head, ctx) if head is not None else None


def _words_after(doc: Doc, cue: _Cue, frame: Span) -> list[Token]:
    """The words after an inverted cue up to the next punctuation or verb ("said the
    Observatory adding that ...")."""
    words = []
    for token in doc[cue.end:frame.end]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            break
        words.append(token)
    return words


# ---------------------------------------------------------------- attribution

def _cues(doc: Doc, inside_quote: Callable[[int], bool], finder: CueFinder) -> list[_Cue]:
    return [_Cue(term, kind, start, end) for kind, term, start, end in finder(doc)
            if not inside_quote(doc[start].idx)
            and not _does_not_speak(term, doc[start])
            and not _passive_not_of_words(term, doc[start])]


# Cue verbs used for something else when these complements follow them: "continue" or "go
# on" with an infinitive says something goes on ("prices continue to rise"), where a speech verb
# with one still speaks ("claimed to have destroyed"); "agree" with an object, a
# preposition or an infinitive says what was agreed ("both sides agreed on 'coordinating
# standpoints'", the words of who reports it), not who speaks ("X agreed: '...'").
NON_SPEAKING_COMPLEMENTS = {"continue": frozenset({"xcomp"}),
                            "agree": frozenset({"xcomp", "prep", "dobj"}),
                            "go": frozenset({"xcomp", "prep", "advcl"})}
# Cue verbs that speak only with this object: "as one banker put it, '...'", "he put it
# bluntly: '...'"; not "put the money in a bank".
SPEAKING_OBJECTS = {"put": "it"}
# Cue verbs that speak only with this particle: "'...,' Okafor shot back", "fired back",
# "hit back", "went on: '...'"; not "shot dead", "fired rockets", "hit the town", "went
# home" ("went on to win", "the talks went on for hours": NON_SPEAKING_COMPLEMENTS).
SPEAKING_PARTICLES = {"shoot": "back", "fire": "back", "hit": "back", "go": "on"}
# Cue verbs whose passive is said of something else than words: an appointment ("if he
# thought Gates would be confirmed, the senator shot back: ..."); with an infinitive, a
# meeting convened or someone summoned ("the meeting was called to discuss '...'": the
# words are the official's who said so; "was called 'a traitor'" still names).
# Also a thing refused ("leaders who were denied tickets", "was denied bail").
PASSIVE_NOT_OF_WORDS = frozenset({"confirm", "deny"})
PASSIVE_WITH_INFINITIVE_NOT_OF_WORDS = frozenset({"call"})


def _passive_not_of_words(term: str, verb: Token) -> bool:
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return term in PASSIVE_NOT_OF_WORDS or term in PASSIVE_WITH_INFINITIVE_NOT_OF_WORDS and any(
        c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in verb.children)


# How long a title between a comma and a name may be ("Mr.", "Dr", "Chief").
MAX_TITLE_CHARS = 12
# How far after a quotation's closing mark its cue may start to be the words right after it
# ('"Habit," she says': the mark, a space, a pronoun or a short name).
MAX_CHARS_TO_A_CUE_AFTER = 24
# Subjects that say no one spoke.
NO_ONE_WORDS = frozenset({"nobody", "none", "noone", "everyone", "everybody"})
# Marks a quotation that its attribution follows ends with, inside its closing mark.
ATTRIBUTED_QUOTE_ENDS = frozenset({",", "?", "!"})


def _manner_cues(doc: Doc, spans: list[_QuoteSpan], known: set[int]) -> list[_Cue]:
    """Verbs of manner right after a quotation that ends with a comma, a question mark or
    an exclamation mark inside its closing mark (ATTRIBUTED_QUOTE_ENDS), which no cue table
    can list ('"...," Keane beamed afterwards', '"...," Lehane reflected'): a name, a
    pronoun or a noun phrase, then a verb in the past or present tense that ends its
    clause, is who said it and how, whatever the verb."""
    found = []
    text = doc.text
    for span in spans:
        if span.end < 1 or text[span.end - 1] not in ATTRIBUTED_QUOTE_ENDS:
            continue
        after = doc.char_span(span.end + 1, len(text), alignment_mode="expand")
        tokens = [t for t in after or () if not t.is_space][:8]
        verb = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i in known or verb.tag_ not in ("VBD", "VBZ") or any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "prt", "attr", "acomp")
                and c.i > verb.i for c in verb.children):  # the quote may be its ccomp
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
                        and c.lower_ not in NO_ONE_WORDS), None)  # not '"...?" Nobody knows.'
        rest = doc[verb.i + 1:]
        closing = next((t for t in rest if t.dep_ != "advmod"), None)
        if subject is None or any(t.i >= verb.i for t in subject.subtree) or \
                tokens[0].i != subject.left_edge.i or closing is None or \
                closing.text not in (".", ","):
            continue
        found.append(_Cue(verb.lemma_.lower(), "verb", verb.i, verb.i + 1))
    return found


def _does_not_speak(term: str, verb: Token) -> bool:
    """A cue verb with a complement that makes it no speech act (NON_SPEAKING_COMPLEMENTS):
    "the prospects continue to deteriorate and 'will improve only if ...'"; or without
    the object or the particle it speaks with (SPEAKING_OBJECTS, SPEAKING_PARTICLES); or
    adding to something with no words of its own ("which has added to the yen's gains";
    "'...,' he added to reporters" reports the quote)."""
    deps = NON_SPEAKING_COMPLEMENTS.get(term)
    if term in SPEAKING_OBJECTS and not any(
            c.dep_ == "dobj" and c.lower_ == SPEAKING_OBJECTS[term] for c in verb.children):
        return True
    if term in SPEAKING_PARTICLES and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == SPEAKING_PARTICLES[term]
            for c in verb.children):
        return True
    if term == "add" and not any(c.dep_ == "ccomp" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return True
    if term == "remind" and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        # "the film reminded her of 'home'" brings it to mind; "reminded her that" speaks.
        return True
    return deps is not None and any(c.dep_ in deps for c in verb.children)


def _best_cue(quote_tokens: Span, frame: Span, cues: list[_Cue]) -> _Cue | None:
    """The cue in the quote's sentences that governs it, else the nearest (policy)."""
    in_frame = [c for c in cues if frame.start <= c.start and c.end <= frame.end]
    if not in_frame:
        return None
    quote_ancestors = {a.i for t in quote_tokens for a in t.ancestors}

    def rank(cue: _Cue) -> tuple[bool, int]:
        distance = (quote_tokens.start - cue.end if cue.end <= quote_tokens.start
                    else cue.start - quote_tokens.end)
        return (cue.start not in quote_ancestors, abs(distance))

    best = min(in_frame, key=rank)
    if best.end > quote_tokens.start:
        return best
    # "The News of the World reports that Anelka told a magazine: '...'": the parser hung
    # the quote on the outer verb, but the words are those of the speech verb it reports.
    doc = frame.doc
    # Only a clause of reported speech whose own subject speaks, with no verb between it
    # and the quote (not "students who were told there would be no fees 'have been ...'").
    reported = [c for c in in_frame if c.kind == "verb" and best.end <= c.start
                and c.end <= quote_tokens.start and doc[c.start].dep_ == "ccomp"
                and doc[best.start] in doc[c.start].ancestors
                and any(t.dep_ == "nsubj" for t in doc[c.start].children)
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[c.end:quote_tokens.start])]
    return max(reported, key=lambda c: c.start) if reported else best


def _attribution(quote_tokens: Span, frame: Span, cue: _Cue | None,
                 ctx: _Context) -> tuple[_Cue | None, _Speaker | None]:
    """(the cue that names the speaker, the speaker); a speech verb that hangs on a medium
    cue ('quoted Ruiz as saying') gives way to it."""
    if cue is None:
        return None, None
    doc = ctx.doc
    verb = doc[cue.start]

    own_subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not ctx.inside_quote(c.idx)), None)
    if cue.kind == "verb" and own_subject is None:
        cue = _governing_medium(verb, ctx.media) or cue
    if cue.kind == "phrase":
        head = _phrase_object(doc, cue)
    elif cue.kind == "medium":
        head = _medium_object(doc[cue.start], ctx.inside_quote)
    elif own_subject is None and verb.tag_ == "VBG":
        earlier = _earlier_speech_speaker(cue, frame, ctx)
        if earlier is not None:
            return cue, earlier
        head = _subject_of(verb, ctx.inside_quote)
    else:
        head = _subject_of(verb, ctx.inside_quote)
    if head is not None and not ctx.inside_quote(head.idx):
        return cue, _speaker_for(head, ctx, _without_nested_quotes(quote_tokens.text))
    if cue.start < quote_tokens.start:
        return cue, _name_before(verb, ctx.mentions, ctx.referents.gender_words, ctx.article.body)
    gap = [t for t in doc[quote_tokens.end:cue.start]
           if not ctx.inside_quote(t.idx) and not t.is_punct]
    if gap:
        return cue, _speaker_in_gap(ctx, gap)
    return cue, _speaker_in_gap(ctx, _words_after(doc, cue, frame))


def _lead_in_cue(doc: Doc, sentence_idx: int, article: NormalizedArticle,
                 cues: list[_Cue]) -> tuple[Span, list[_Cue]] | None:
    """A previous sentence that ends in a colon and holds a cue introduces the quote
    ('The spokesman said:' then the quote as its own paragraph)."""
    if sentence_idx == 0:
        return None
    previous = article.sentences[sentence_idx - 1][1]
    if not article.body[previous.start:previous.end].rstrip().endswith(":"):
        return None
    span = doc.char_span(previous.start, previous.end, alignment_mode="expand")
    return span, [c for c in cues if span.start <= c.start and c.end <= span.end]


def _cue_after(doc: Doc, quote: _QuoteSpan, first_sentence: int, last_sentence: int,
               article: NormalizedArticle, cues: list[_Cue], settings: QuoteSettings
               ) -> tuple[Span, _Cue] | None:
    """A quote that ends its sentence with a question or an exclamation and the short
    sentence right after it that says who spoke ('"Who will pay for it?" Mr Lewis asked.'):
    the sentencizer ends a sentence at a closing mark after "?" or "!", so the attribution
    is a sentence of its own. Its root is a speech verb with its subject before it and no
    clause of its own, it holds no quote and has at most `max_attribution_words` words.
    (frame, cue)."""
    body = article.body
    paragraph, sentence = article.sentences[last_sentence]
    words = body[quote.start:quote.end].rstrip("'’ ")  # a quote inside it closes with it
    if words[-1:] not in ("?", "!") or body[quote.end:sentence.end].strip("\"'”’ ") \
            or last_sentence + 1 >= len(article.sentences):
        return None
    next_paragraph, following = article.sentences[last_sentence + 1]
    span = doc.char_span(following.start, following.end, alignment_mode="expand")
    if next_paragraph != paragraph or span is None \
            or any(t.text in _DOUBLE_QUOTE_MARKS for t in span) \
            or sum(not t.is_punct for t in span) > settings.max_attribution_words:
        return None
    root = span.root
    cue = next((c for c in cues if c.kind == "verb" and c.start == root.i), None)
    # Its subject speaks: not "Smith was asked", to whom the question was put; and it says
    # nothing of its own ("Mr Milburn replied that they were not", an answer to the quote).
    if cue is None or not any(t.dep_ == "nsubj" and t.i < root.i for t in root.children) \
            or any(t.dep_ == "ccomp" for t in root.children):
        return None
    frame = doc.char_span(article.sentences[first_sentence][1].start, following.end,
                          alignment_mode="expand")
    return (frame, cue) if frame is not None else None


# Nouns of a crowd's voice, whose words follow "of": "chants of "MVP!"", "cries of "Shame!"".
_VOICE_NOUNS = frozenset({"chant", "cry", "shout", "roar", "scream", "yell"})


def _chanted_by(tokens: Span, ctx: _Context) -> _Speaker | None:
    """Who let out the chant or cry the quoted words are ("the crowd broke into chants of
    "MVP! MVP!""): the subject of the verb the noun of voice hangs on, as object or
    through a preposition ("broke into", "responded with")."""
    of = next((t.head for t in tokens if t.head.lower_ == "of"
               and not tokens.start <= t.head.i < tokens.end), None)
    noun = of.head if of is not None else None
    if noun is None or noun.lemma_.lower() not in _VOICE_NOUNS:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in (
        "dobj", "obj") else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
        if verb is not None else None
    return _speaker_for(subject, ctx) if subject is not None else None


# A question that opens on the name of whom it asks: "Sébastien, is your job in danger?"
_VOCATIVE = re.compile(r"([A-Z][^\W\d_]+),\s")


def _addressed(ctx: _Context, quote: _QuoteSpan) -> _Speaker | None:
    """The person a question names at its start, as the article named them before it
    ("Coach Sébastien Moreau ... "Sébastien, is your job in danger?"")."""
    match = _VOCATIVE.match(ctx.article.body, quote.start)
    if match is None:
        return None
    named = [m for m in ctx.referents.persons if m["end_char"] <= quote.open_mark
             and match.group(1) in m["text"].split()]
    if not named:
        return None
    person = max(named, key=lambda m: (len(m["text"].split()), m["start_char"]))
    return _Speaker(person["text"], person["start_char"], person["end_char"], True,
                    is_named=True)


# Speech verbs of an answer to a question just asked.
_ANSWER_CUES = frozenset({"answer", "reply", "respond", "retort"})
# Cues of an answer to the last speaker's words ("shot back", "hit back", "countered").
_RETORT_CUES = frozenset({"retort", "counter", "shoot", "fire", "hit"})


def _retorting(turns: list[_Speaker], speaker: _Speaker) -> _Speaker | None:
    """Who retorts, when a pronoun was resolved to the last speaker (`turns`, the quotes'
    speakers so far): the speaker before, the one the last speaker answered."""
    if not turns or name_key(turns[-1].text) != name_key(speaker.text):
        return None
    return next((t for t in reversed(turns) if name_key(t.text) != name_key(speaker.text)),
                None)


def _pronoun_subject(verb: Token, pronouns: Iterable[str]) -> bool:
    """The speech verb's subject is a person's pronoun (quote_pronouns.tsv: "he", "she") or
    "they"."""
    return any(c.dep_ in ("nsubj", "nsubjpass")
               and (c.lower_ in pronouns or c.lower_ == "they") for c in verb.children)


def _subject_before(ctx: _Context, sentence_idx: int, cues: list[_Cue],
                    quote_start: int) -> _Speaker | None:
    """A cue-less full quote right after a sentence whose speech verb or root has a named
    person as subject speaks for that person ('X slammed the strikes. "Such attacks are
    unacceptable."'; 'The worst is over, Ms Ruiz said. "Prices will fall."'). A quote that
    opens its sentence (`quote_start`) looks past narration too (_narration)."""
    if sentence_idx == 0:
        return None
    found = _named_subject(ctx, sentence_idx - 1, cues)
    opens = not ctx.article.body[ctx.article.sentences[sentence_idx][1].start:quote_start].strip()
    if found is None and opens and sentence_idx >= 2 and _narration(ctx, sentence_idx - 1,
                                                                    cues):
        # Narration that names no one and speaks of no speech stands between: 'Ian Parsons
        # told the BBC the closure was a "real shame". Acme was one of the firms that worked
        # with the lab. "There were ..."': the speech verb's named subject before it speaks.
        found = _named_subject(ctx, sentence_idx - 2, cues, speech_only=True)
    return found


_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


def _named_in_the_sentence_after(ctx: _Context, sentence_idx: int) -> _Speaker | None:
    """Whose words a cue-less quote was, as the sentence after it says ('"Prices are
    falling." That was the message from Governor Ana Ruiz'; "Those were the words of
    ..."): the object of "of" or "from" on what "that" is said to be."""
    if sentence_idx + 1 >= len(ctx.article.sentences):
        return None
    span = ctx.article.sentences[sentence_idx + 1][1]
    sentence = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    root = sentence.root if sentence is not None else None
    if root is None or root.lemma_ != "be" or not any(
            c.dep_ == "nsubj" and c.lower_ in _DEMONSTRATIVES and not ctx.inside_quote(c.idx)
            for c in root.children):
        return None  # not a sentence of the quote itself ("... that's the same abdication")
    said = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    whose = next((g for c in (said.children if said is not None else ())
                  if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for g in c.children if g.dep_ == "pobj"), None)
    return _speaker_for(whose, ctx) if whose is not None else None


def _narration(ctx: _Context, sentence_idx: int, cues: list[_Cue]) -> bool:
    """The sentence names no person and has no speech verb ("His agent told the Times that
    ..." speaks: the quote after it is the agent's, not someone's before)."""
    sentence = ctx.article.sentences[sentence_idx][1]
    return not any(m["label"] == "PERSON" and sentence.start <= m["start_char"] < sentence.end
                   for m in ctx.mentions) and not any(
        c.kind == "verb" and sentence.start <= ctx.doc[c.start].idx < sentence.end
        for c in cues)


def _passive_agent(quote_tokens: Span, ctx: _Context) -> _Speaker | None:
    """Who the words of a partial quote are by, when a passive verb they complete names them
    ('he was called the "fifth child of the group" by the director Marc Forster', 'being
    described as "pretty damn average" by scouts'): the agent of the nearest verb above."""
    verb = next((t for t in quote_tokens.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    noun = _agent_of(verb, ctx.inside_quote) if verb is not None else None
    return _speaker_for(noun, ctx) if noun is not None else None


# Nouns of a time, which "by" makes a deadline, not an agent.
_TIME_NOUNS = frozenset({"autumn", "spring", "summer", "winter", "end", "time", "year", "month",
                         "week", "day", "night", "morning", "evening", "deadline", "weekend"})


def _agent_of(verb: Token, inside_quote: Callable[[int], bool]) -> Token | None:
    """The agent of a passive participle outside quotes ("described as ... by scouts"; "by
    the film's director Marc Forster": the name in apposition)."""
    if verb.tag_ != "VBN":
        return None
    # The parser may hang the "by" on a quoted word ('described as "strange and eerie" by
    # scouts'): any "by" in the participle's phrase, outside the quotes, with a noun.
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) or next(
        (t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ == "prep"
         and not inside_quote(t.idx)), None)
    noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if noun is None or inside_quote(noun.idx) or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.ent_type_ in NUMERIC_LABELS or noun.lemma_.lower() in _TIME_NOUNS:
        # "by" a time says when ("has warned of 'a risk of famine' by the autumn"), "by" a
        # number how much ('those "neither supporting nor opposing" has increased by 11%').
        return None
    return next((c for c in noun.children if c.dep_ == "appos"), noun)


def _object_of_subject(quote_tokens: Span, ctx: _Context) -> _Speaker | None:
    """Who the words of a partial quote are by when they are what someone named judged
    (JUDGING_VERBS): the verb's object ('The union criticised "the complete lack of
    consultation"'), its object's prepositional object ('accused the government of
    "dragging its feet"'), or what the verb calls its object ('condemned the attack as
    "barbaric"', 'hailed the deal as a "major milestone"'). Not a passive's ("was jailed for
    'a campaign of terror'")."""
    token = quote_tokens.root
    if token.dep_ in ("pobj", "amod") and token.head.lower_ == "as":
        owner = token.head.head
        # "as" hung on the verb: its object; hung on the object ("condemned the attack as
        # '...'"): that object.
        token = (next((c for c in owner.children if c.dep_ == "dobj"), token)
                 if owner.pos_ == "VERB" else owner)
    elif token.dep_ == "pobj" and token.head.head.dep_ == "dobj":
        token = token.head.head  # "accused the government of '...'"
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING_VERBS:
        return None
    subject = _nominal_subject(verb)
    if subject is None or ctx.inside_quote(subject.idx):
        return None
    speaker = _speaker_for(subject, ctx)
    # Someone named, a group too, or a person by a post ("the minister"); not "the plan",
    # "the ruling" or "the report's findings".
    return speaker if speaker.is_named or subject.ent_type_ in NAMED_SPEAKER_ENTS or (
        subject.lemma_.lower() in ctx.names.role_nouns) else None


# Verbs by which someone judges what they quote ("questioned 'the long-term viability'");
# other verbs' quoted objects are terms in scare quotes ("the plan forms part of the
# 'smaller government bill'").
JUDGING_VERBS = frozenset({"question", "criticise", "criticize", "condemn", "praise", "credit",
                           "welcome", "dismiss", "reject", "deplore", "denounce", "slam",
                           "hail", "applaud", "accuse", "blame", "decry", "challenge"})
NAMED_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _named_subject(ctx: _Context, sentence_idx: int, cues: list[_Cue],
                   speech_only: bool = False) -> _Speaker | None:
    """The named person a phrase cue gives as the source ("according to Ms Ruiz"), or who is
    the subject of the sentence's speech verb or root, or the organisation that is a
    speech verb's subject, outside quotes; a cue-less partial quote
    in it is theirs ('Oliver Heald accused the government
    of "dragging its feet"'), and so is a cue-less full quote right after it.
    `speech_only`: the subjects of speech verbs only, not the root's."""
    sentence = ctx.article.sentences[sentence_idx][1]
    span = ctx.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return None
    sources = (_phrase_object(ctx.doc, c) for c in cues if c.kind == "phrase"
               and span.start <= c.start < span.end and not ctx.inside_quote(ctx.doc[c.start].idx))
    for source in sources:  # "IBM, according to Mr Donofrio, has 30%.": Donofrio
        named = _named_speaker(source, ctx.mentions, ctx.article.body, ctx.names) \
            if source is not None else None
        if named is not None:
            return named
    # Speech verbs; under `speech_only`, told as done, not as heard ("could not hear Jones
    # shouting instructions"), and no naming cue ("Sir Edward called the leader back").
    speech_verbs = [ctx.doc[c.start] for c in cues if c.kind == "verb"
                    and span.start <= c.start < span.end
                    and not (speech_only and (ctx.doc[c.start].tag_ == "VBG"
                                              or c.term in _NAMING_CUE_LEMMAS))]
    for verb in speech_verbs + ([] if speech_only else [span.root]):
        if ctx.inside_quote(verb.idx):
            continue
        subject = _nominal_subject(verb)
        if subject is None and verb.pos_ in ("NOUN", "PROPN"):
            # A sentence the parser left with no verb ("The party's housing spokesman, Tom
            # Keane, accused ministers of ...", "accused" a modifier): its root noun; of a
            # verb it read as a plural noun, the word before ("Marca criticises Gary
            # Neville for ...": Marca, not Neville in apposition).
            subject = subject_of_a_verb_read_as_a_noun(verb) or verb
        if subject is None:
            continue
        speaker = _speaker_for(subject, ctx)
        as_written = subject.lower_ not in ctx.referents.pronoun_genders
        if speaker.is_named or (verb in speech_verbs and (
                subject.ent_type_ == "ORG"
                or as_written and _a_body_speaks(subject, verb, ctx.referents.person_nouns)
                or as_written and ctx.referents.names_a_source(speaker))):
            # An organisation that speaks ("In a statement, the Cabinet Office said ...")
            # says the quotes that follow too, and so does a source news does not name, as
            # written there ("..., the trading company official says. '...'"; not a "he"
            # resolved to one); one that only acts does not.
            return speaker
    return None


# Verbs by which a body speaks: a thing can "reveal" or "continue", not say or state.
_BODY_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "state", "announce"})


def _a_body_speaks(subject: Token, verb: Token, person_nouns: frozenset[str]) -> bool:
    """A body written as one, by a common noun after "the", says or tells in the main
    clause ("The institutes said", "the ministry told reporters"): no entity the model
    tagged, and no noun of a person ("the minister", "The Ofsted chief", "the man": the
    person named before, whom the description stands for, or someone new)."""
    return subject.pos_ == "NOUN" and subject.ent_type_ == "" \
        and subject.lemma_.lower() not in person_nouns \
        and verb.lemma_.lower() in _BODY_SPEECH_LEMMAS \
        and in_main_clause(verb) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _name_label(ctx: _Context, start: int, end: int) -> _Speaker | None:
    """The name that the characters start..end consist of, cut at a comma ("Ana Ruiz, the
    mayor"): a PERSON mention, else a few capitalized words with no verb (a name the
    model missed)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = []
    for token in span:
        if token.text == ",":
            break
        words.append(token)
    while words and (words[-1].is_punct or words[-1].is_quote):
        words.pop()
    if not words or len(words) > _MAX_LABEL_TOKENS:
        return None
    first, last = words[0].idx, words[-1].idx + len(words[-1])
    person = next((m for m in ctx.mentions if m["label"] == "PERSON"
                   and m["start_char"] == first and m["end_char"] <= last), None)
    if person:
        return _Speaker(person["text"], person["start_char"], person["end_char"], True,
                        is_named=True)
    if all(t.pos_ not in ("VERB", "AUX") and (t.is_punct or t.text[:1].isupper()) for t in words):
        return _Speaker(ctx.article.body[first:last], first, last, True, is_named=True)
    return None


def _signed_speaker(ctx: _Context, quote: _QuoteSpan, paragraph_end: int) -> _Speaker | None:
    """A quote signed after a dash: '"We will rebuild." — Ana Ruiz' (the dash right after
    the closing mark, then the name to the paragraph's end or a comma)."""
    body = ctx.article.body
    i = quote.end
    while i < paragraph_end and (body[i] in _CLOSING_MARKS or body[i] in _SIGN_OFF_PUNCTUATION):
        i += 1
    while i < paragraph_end and body[i].isspace():
        i += 1
    if i >= paragraph_end or body[i] not in _DASHES:
        return None
    return _name_label(ctx, i + 1, paragraph_end)


# What people hold up with words on it, and the words that say what it reads.
_BANNER_LEMMAS = frozenset({"banner", "placard", "sign", "poster", "flag"})
_BANNER_READING = re.compile(r"\b(?:read|reading|reads|saying|said|says)\W*$")


def _names_a_banner(speaker: _Speaker) -> bool:
    words = speaker.text.lower().split()
    return bool(words) and words[-1].rstrip("s") in _BANNER_LEMMAS


def _banner_holder(ctx: _Context, quote: _QuoteSpan, sentence_start: int,
                   reading: bool = True) -> _Speaker | None:
    """The people who held up a banner whose words the quote gives ("a small group of
    protesters held a banner reading "No Deals With Dictators"", "members of the forum
    carried placards, one of which read, "..."): the subject of the verb whose object the
    banner is, when the words before the quote say what it reads (unless not `reading`)."""
    before = ctx.article.body[sentence_start:quote.open_mark]
    if reading and not _BANNER_READING.search(before):
        return None
    span = ctx.doc.char_span(sentence_start, quote.open_mark, alignment_mode="contract")
    banner = next((t for t in reversed(span or ()) if t.lemma_.lower() in _BANNER_LEMMAS
                   and t.dep_ in ("dobj", "conj") and t.head.pos_ == "VERB"), None)
    if banner is None:
        return None
    # The holding verb's subject, else that of the verb it is a participle of ("marched
    # down the road carrying placards", the parser hanging "carrying" on "road").
    verb, holder = banner.head, None
    for _ in range(_MAX_HOLDING_STEPS):
        holder = _nominal_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        holder = _past_a_fronted_place(holder) if holder is not None else None
        if holder is not None or verb.dep_ not in _HOLDING_CHAIN_DEPS or verb.head == verb:
            break
        verb = verb.head
    return _speaker_for(holder, ctx) if holder is not None and not ctx.inside_quote(
        holder.idx) else None


# How a participle that holds a banner hangs on the verb whose subject holds it.
_HOLDING_CHAIN_DEPS = frozenset({"advcl", "conj", "xcomp", "acl", "dobj", "pobj", "prep"})
_MAX_HOLDING_STEPS = 4


def _colon_before(ctx: _Context, quote: _QuoteSpan, sentence_start: int) -> int | None:
    """Offset of the colon that ends the sentence's words before the quote, if one does."""
    before = ctx.article.body[sentence_start:quote.open_mark].rstrip()
    return sentence_start + len(before) - 1 if before.endswith(":") else None


def _labelled_speaker(ctx: _Context, quote: _QuoteSpan, sentence_start: int) -> _Speaker | None:
    """A quote after its speaker's name and a colon, as in a transcript: 'Ruiz: "We will
    rebuild."'. The words before the colon must be the name alone (no verb)."""
    colon = _colon_before(ctx, quote, sentence_start)
    if colon is None:
        return None
    label = ctx.doc.char_span(sentence_start, colon, alignment_mode="expand")
    person = next((m for m in ctx.mentions if m["label"] == "PERSON" and m["end_char"] == colon
                   and sentence_start <= m["start_char"]), None)
    if person and label is not None and not any(t.pos_ in ("VERB", "AUX") for t in label):
        # "- Manchester United coach Sir Alex Ferguson:"
        return _without_inverted_cue(_Speaker(person["text"], person["start_char"], colon,
                                              True, is_named=True))
    speaker = _name_label(ctx, sentence_start, colon)
    if speaker is None or ctx.article.body[speaker.end:colon].strip():
        return None
    return _without_inverted_cue(speaker)


def _bulleted_speaker(ctx: _Context, quote: _QuoteSpan, sentence_start: int
                      ) -> _Speaker | None:
    """A quote after a bullet's dash and its speaker's name, with no colon, as in a list of
    reactions after a match report ('- Newcastle boss Graeme Souness "We deserved the
    win."'): the proper nouns that end the label, which has no verb (not a list's item,
    '- Compelling "rogue states" to destroy their bombs')."""
    body = ctx.article.body
    label = body[sentence_start:quote.open_mark].rstrip()
    if not label.startswith(_BULLETS):
        return None
    span = ctx.doc.char_span(sentence_start, sentence_start + len(label),
                             alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    words = list(span)
    first = len(words)
    while first > 0 and words[first - 1].pos_ == "PROPN":
        first -= 1
    if first == len(words):
        return None
    start, end = words[first].idx, words[-1].idx + len(words[-1])
    return _Speaker(body[start:end], start, end, True, is_named=True)


_BULLETS = ("-", "–", "—", "•")


# A speech verb that opens a label in place of a name's first word: "Said Williams:" is
# "Williams said:" inverted, which the model reads as the name Said Williams.
_INVERTED_CUE_WORDS = frozenset({"said", "says", "added", "adds"})
# After the quote they report, more verbs of speech come before their speaker ('"...?"
# shouted a 24-year-old graduate'); at a sentence's start they are participles ("Asked
# about the deal, ...").
_INVERTED_AFTER_QUOTE_WORDS = _INVERTED_CUE_WORDS | frozenset({
    "shouted", "cried", "yelled", "screamed", "asked", "replied", "answered", "explained",
    "insisted", "continued", "recalled", "warned", "declared", "remarked", "noted",
    "quipped", "conceded", "countered", "joked", "laughed", "sighed"})


def _without_inverted_cue(speaker: _Speaker) -> _Speaker:
    first, _, rest = speaker.text.partition(" ")
    if first.lower() not in _INVERTED_CUE_WORDS or not rest[:1].isupper():
        return speaker
    start = speaker.start + len(first) + 1
    return _Speaker(rest, start, speaker.end, speaker.is_one_person, speaker.is_named)


def _colon_clause_speaker(ctx: _Context, quote: _QuoteSpan, sentence_start: int
                          ) -> _Speaker | None:
    """A quote after a clause and a colon in its own sentence, whose subject is a named
    person ('Johansson was more restrained in his assessment: "I have to improve."'): the
    person's, as a quote right after such a sentence is (_subject_before). Not what a clause
    about things introduces ('The results were clear: "..."')."""
    colon = _colon_before(ctx, quote, sentence_start)
    if colon is None:
        return None
    clause = ctx.doc.char_span(sentence_start, colon, alignment_mode="contract")
    if clause is None or not len(clause) or ctx.inside_quote(clause.root.idx):
        return None
    if (author := _message_author(clause.root)) is not None:
        speaker = _speaker_for(author, ctx)
        return speaker if speaker.is_named else None
    if clause.root.lemma_.lower() in _RECEIVING_VERBS:
        return None
    subject = _nominal_subject(clause.root)
    if subject is None or ctx.inside_quote(subject.idx):
        return None
    speaker = _speaker_for(subject, ctx)
    if not speaker.is_named and subject.pos_ == "PROPN" and any(
            s.is_named and s.end <= subject.idx and name_key(s.text) == name_key(speaker.text)
            for speakers in ctx.referents.speakers.values() for s in speakers):
        # A surname the model tagged nothing, of someone quoted before ('"...," Chief
        # Executive Maarten Hoogeveen said. ... Hoogeveen cut him off: "..."').
        return replace(speaker, is_named=True)
    return speaker if speaker.is_named else None


# What someone's words come in when another reads them out ("read a message from Kamali").
_MESSAGE_LEMMAS = frozenset({"message", "statement", "letter", "note"})


def _message_author(verb: Token) -> Token | None:
    """Whose message the verb's object is ("read a message from Kamali on stage: "..."):
    the words after the colon are the author's, not the reader's."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _MESSAGE_LEMMAS:
            return next((a for p in obj.children if p.dep_ == "prep" and p.lower_ == "from"
                         for a in p.children if a.dep_ == "pobj"), None)
    return None


# Verbs whose subject takes in the words after the colon rather than says them ("Mr Blair
# faced a simple question:", "she read the letter aloud:").
_RECEIVING_VERBS = frozenset({"face", "receive", "read", "find", "see", "hear", "get",
                              "show", "watch", "sign"})


def _is_speech_verb(cue_starts: set[int]) -> Callable[[Token], bool]:
    return lambda token: token.i in cue_starts


def quote_rows(article: NormalizedArticle, doc: Doc, mentions: list[dict],
               quote_rules: QuoteRules, settings: QuoteSettings, drops: Drops,
               keep_referents: Callable[[Referents], None] | None = None) -> list[dict]:
    """One row per quotation, with its speaker and cue; quoted words that are no quotation
    are counted in `drops` by reason. `keep_referents` receives the pronoun resolver, its
    speakers known, for later components."""
    body = article.body
    locate = sentence_index(article)
    spans = _quote_spans(article)
    marked = [(s.open_mark, s.end + 1) for s in spans]

    def inside_quote(char: int) -> bool:
        return any(a <= char < b for a, b in marked)

    cues = _cues(doc, inside_quote, quote_rules.cue_finder)
    cues = sorted(cues + _manner_cues(doc, spans, {c.start for c in cues}),
                  key=lambda c: c.start)
    speech_verbs = {c.start for c in cues if c.kind != "phrase"}
    names = _NameRules(quote_rules.gender_words, quote_rules.speech_verbs,
                       quote_rules.role_nouns | quote_rules.described_nouns)
    referents = Referents(
        doc, article, mentions, inside_quote, quote_rules.pronoun_genders,
        quote_rules.gender_words, quote_rules.first_name_gender, _is_speech_verb(speech_verbs),
        lambda head: _named_speaker(head, mentions, body, names),
        settings.salience_window_sentences, quote_rules.described_nouns, quote_rules.role_nouns,
        quote_rules.source_nouns, quote_rules.title_roles, quote_rules.people_nouns)
    ctx = _Context(article, doc, mentions, inside_quote, referents, names, cues,
                   {c.start: c for c in cues if c.kind == "medium"})
    for cue in cues:
        if cue.kind == "phrase":  # "according to X": X is the salient source of its sentence
            source = _phrase_object(doc, cue)
            speaker = _named_speaker(source, mentions, body, names) if source is not None \
                else None
        elif cue.kind == "medium":
            # "The daily quoted one official as saying ...": the person quoted, named or
            # not, is the "he" of a quote after it, though no quote is in the sentence. Not
            # a pronoun: resolved now, before any quote's speaker is known, it and every
            # pronoun before it would be resolved without them.
            source = _medium_object(doc[cue.start], inside_quote)
            if source is None or source.tag_ in ("PRP", "PRP$"):
                continue
            speaker = (_named_speaker(source, mentions, body, names)
                       or _speaker_from_span(body, *_speaker_phrase(source), source, mentions,
                                             names))
            speaker = speaker if speaker.is_one_person else None
        else:
            continue
        if speaker and (idx := locate(speaker.start, speaker.end)) is not None:
            referents.add_speaker(idx, speaker)
    cue_ends = {doc[c.end - 1].idx + len(doc[c.end - 1]) for c in cues}

    rows: list[dict] = []
    row_spans: list[_QuoteSpan] = []
    previous: tuple[int, _Speaker | None] | None = None  # (last sentence_idx, speaker)
    # A question someone asks opens an exchange: (who asks, who answers).
    exchange: tuple[_Speaker, _Speaker | None] | None = None
    turns: list[_Speaker] = []  # the speakers of the quotes so far, in order
    for quote in spans:
        tokens = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        first_sentence = locate(quote.start, quote.start)
        last_sentence = locate(quote.end - 1, quote.end - 1)
        if tokens is None or first_sentence is None or last_sentence is None:
            drops["quotes", "outside_sentences"] += 1
            continue
        frame = doc.char_span(article.sentences[first_sentence][1].start,
                              article.sentences[last_sentence][1].end, alignment_mode="expand")
        cue = _best_cue(tokens, frame, cues)
        if cue is None and (lead := _lead_in_cue(doc, first_sentence, article, cues)):
            frame, lead_cues = lead
            cue = lead_cues[-1] if lead_cues else None
        if cue is None and (after := _cue_after(doc, quote, first_sentence, last_sentence,
                                                 article, cues, settings)):
            frame, cue = after
        sentence_start = article.sentences[first_sentence][1].start
        is_partial = _is_partial(body, quote, sentence_start, cue_ends)
        # The comma before a closing mark belongs to the reporting sentence, not the words.
        end = quote.end
        while end > quote.start + 1 and body[end - 1] in _TRAILING_PUNCTUATION:
            end -= 1
        text = body[quote.start:end]
        is_question = body[quote.start:quote.end].rstrip().endswith("?")
        cue, speaker = _attribution(tokens, frame, cue, ctx)
        if speaker is not None and cue is not None and speaker.start == doc[cue.start].idx:
            speaker = _without_inverted_cue(speaker)  # "Said Williams:", tagged one name
        # A cue opening the sentence may be a label's inverted "Said" ("Said Williams:").
        if speaker is None and (cue is None or doc[cue.start].is_sent_start):
            paragraph_end = next(p.end for p in article.paragraphs
                                 if p.start <= quote.start < p.end)
            speaker = (_signed_speaker(ctx, quote, paragraph_end)
                       or _labelled_speaker(ctx, quote, sentence_start)
                       or _bulleted_speaker(ctx, quote, sentence_start)
                       or _colon_clause_speaker(ctx, quote, sentence_start))
        # What a banner they held read, in title case as banners are, or what the parser
        # made a banner say ("held up a banner that read "..." and chanted "..."").
        a_banner = speaker is not None and _names_a_banner(speaker)
        holder = _banner_holder(ctx, quote, sentence_start, reading=not a_banner)
        speaker = holder or speaker
        # '"Habit," she says': words opening their sentence with the cue right after their
        # comma are said, however few and capitalised.
        said_after = not is_partial and speaker is not None and cue is not None and \
            body[quote.end - 1] == "," and 0 <= doc[cue.start].idx - quote.end <= \
            MAX_CHARS_TO_A_CUE_AFTER
        if holder is None and not said_after and (reason := _not_a_quotation(
                tokens, text, is_partial, speaker is not None, quote_rules.title_nouns,
                settings, doc[cue.start] if cue is not None else None)):
            drops["quotes", reason] += 1
            continue
        if speaker is not None and exchange is not None and exchange[1] is not None and (
                cue is not None and cue.term in _ANSWER_CUES
                and _pronoun_subject(doc[cue.start], referents.pronoun_genders)):
            # "'Is your job in danger?' one journalist asked. '...,' he answered": the one
            # asked answers, not the asker the pronoun would otherwise stand for.
            speaker = exchange[1]
        if speaker is not None and cue is not None and cue.term in _RETORT_CUES and \
                previous is not None and first_sentence - previous[0] <= 1 and \
                _pronoun_subject(doc[cue.start], referents.pronoun_genders) and \
                (retorting := _retorting(turns, speaker)) is not None:
            # '"Then vote for the drains," the Lord Mayor interjected. "...," she shot
            # back': a retort right after a quote answers its speaker, whom the pronoun
            # would stand for.
            speaker = retorting
        if speaker is not None:  # found in its own sentence: salient there
            if cue is None or not _reported_by_another(doc[cue.start], referents):
                referents.add_speaker(first_sentence, speaker, last_sentence)
            if exchange is not None and not is_question and exchange[1] in (None, speaker) \
                    and speaker != exchange[0]:
                # The first answer after a question asked of no one named tells who was
                # asked ('"Were you afraid?" we asked. "Every day," he says'): the
                # interview goes on between the two, its questions the asker's.
                exchange = (exchange[0], speaker)
            else:
                exchange = None
            if cue is not None and cue.term == "ask" and is_question:
                # Asked of the person the sentence before is about ("X faced questions."),
                # or of the one the question names ("Sébastien, is your job in danger?").
                exchange = (speaker, _subject_before(ctx, first_sentence, cues, quote.open_mark)
                            or _addressed(ctx, quote))
        else:
            whole = cue is None and not is_partial
            gap = None if previous is None else first_sentence - previous[0]
            # A sentence between the quotes whose subject is named speaks the next one
            # ("..., Mr Howard said." before a new paragraph's quote), not the last speaker.
            asked_before = whole and gap is not None and gap > 1
            if whole:
                speaker = _named_in_the_sentence_after(ctx, last_sentence)
            if asked_before and speaker is None:
                speaker = _subject_before(ctx, first_sentence, cues, quote.open_mark)
            if cue is None and is_partial:  # words echoed in narration: its subject's
                speaker = (_passive_agent(tokens, ctx)
                           or _chanted_by(tokens, ctx)
                           or _named_subject(ctx, first_sentence, cues)
                           or _object_of_subject(tokens, ctx))
            if speaker is None and gap is not None and _continues(
                    article, previous[0], first_sentence, settings):
                speaker = previous[1]
                if whole and exchange is not None:
                    # The questions and answers after a question asked of someone ("'Is
                    # this a broken promise?' one reporter asked. 'No. The pledge stands.'").
                    speaker = exchange[0] if is_question else exchange[1]
            if speaker is None and whole:
                if not asked_before:  # asked already, it named nobody
                    speaker = _subject_before(ctx, first_sentence, cues, quote.open_mark)
                if speaker is None and gap is not None and (
                        gap <= settings.max_continuation_gap_after_narration):
                    speaker = previous[1]
            if speaker is not None and whole:
                # A whole quote with no cue is its speaker's sentence: salient there too.
                referents.add_speaker(first_sentence, speaker, last_sentence)
        rows.append({
            "quote_id": ids.quote_id(article.article_id, quote.start, end),
            "article_id": article.article_id,
            "sentence_idx": first_sentence,
            "start_char": quote.start,
            "end_char": end,
            "text": text,
            "speaker": speaker.text if speaker else None,
            "speaker_start_char": speaker.start if speaker else None,
            "speaker_end_char": speaker.end if speaker else None,
            "speaker_entity_id": None,
            "cue": cue.term if cue else None,
            "is_partial": is_partial,
            "quote_cluster_id": None,  # set across articles by the reconcile step
        })
        previous = (last_sentence, speaker)
        if speaker is not None:
            turns.append(speaker)
        row_spans.append(quote)
    _speak_for_opening_parts(rows, row_spans, body)
    if keep_referents is not None:
        keep_referents(referents)
    return rows


def _speak_for_opening_parts(rows: list[dict], spans: list[_QuoteSpan], body: str) -> None:
    """A quote left open and reopened straight after (a new paragraph of the same speech,
    '"He was sent off in the 90th minute. "We don't know what he did," said an SFA
    statement.') is by whoever the reopened part's own cue names, when nothing named its
    speaker before: news names a long quote's speaker once, often in its second paragraph."""
    for k in range(len(rows) - 2, -1, -1):
        row, following = rows[k], rows[k + 1]
        left_open = not body[spans[k].end:spans[k + 1].open_mark].strip()
        if (left_open and row["speaker"] is None and row["cue"] is None
                and not row["is_partial"] and following["cue"] is not None
                and following["speaker"] is not None and not following["is_partial"]):
            row.update({c: following[c] for c in ("speaker", "speaker_start_char",
                                                   "speaker_end_char")})


def _continues(article: NormalizedArticle, previous_sentence: int, sentence: int,
               settings: QuoteSettings) -> bool:
    """The quote follows the previous one closely enough to be the same speaker's."""
    gap = sentence - previous_sentence
    if gap <= settings.max_continuation_gap_sentences:
        return True
    paragraph_of = [p for p, _ in article.sentences]
    opens_next_paragraph = (paragraph_of[sentence] == paragraph_of[previous_sentence] + 1
                            and paragraph_of[sentence - 1] != paragraph_of[sentence])
    return opens_next_paragraph
