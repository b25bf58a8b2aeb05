"""Who "he" and "she" stand for in one parsed article: salience, then gender.

Tiers, first agreeing person wins: the person named by a noun the pronoun's clause modifies
("the leader, X, where he urged"); a prominent subject before it in its sentence; in each
of the previous `window` sentences, nearest first, its named speakers, prominent subjects
(of the root, its conjuncts, speech verbs), then described speakers ("the spokesman");
anyone named in the window; the same beyond it. Gender: a title or gendered noun before a
name (rules/quote_gender_words.tsv), an optional first-name lookup, resolved pronouns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
import re

from spacy.tokens import Doc, Span, Token

from transforms.records import NormalizedArticle, sentence_index
from transforms.schema import NUMERIC_LABELS

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PLURAL_NOUN_TAGS = ("NNS", "NNPS")  # "sources", "MPs": what a "they" may stand for
# A description's words before its first preposition: its noun ends them ("A spokesman" of
# "A spokesman for the Casino Association", "the wife" of "the wife of Mr Smith").
_BEFORE_A_PREPOSITION = re.compile(r".*?(?=\s+(?:for|of|at|from|with|in|on|to)\s|$)",
                                   re.IGNORECASE | re.DOTALL)
# A dash as the tokenizer leaves it, in any of the forms news types it.
DASH_TOKENS = frozenset({"—", "–", "-", "--"})
# Words before a post that make it another post, held by someone else ("shadow
# chancellor", "former minister", "ex-president", "deputy leader").
_OTHER_POST_WORDS = frozenset({"shadow", "former", "ex", "deputy", "vice", "acting",
                               "assistant", "junior", "interim", "outgoing", "incoming",
                               "future", "late", "then"})
# Clauses that modify a noun: a pronoun inside one may stand for the person the noun names.
_NOUN_CLAUSE_DEPS = ("relcl", "acl")
_POSSESSIVES = ("’s", "'s")
_QUOTE_MARKS = re.compile("[\"“”]")
# Entities that are no organisation an "it" could stand for as a speaker.
# The last word of a description of a person by age or nationality ("the 27-year-old", "the
# Irishman"); other descriptions end in a noun of quote_described_nouns.tsv.
_AGE_WORD = re.compile(r"\d+-year-old")
_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:man|woman)")
# Dependents that end a description's words: what follows says more about the person.
_PAST_DESCRIPTION_DEPS = ("relcl", "acl", "prep", "appos", "cc", "conj")
# Nouns of a spokesperson: one the article does not name is the person a later "he" or
# "she" stands for.
_SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Verbs that bring a source in without saying what it said: "A local official, who spoke
# on condition of anonymity, gave a higher toll", "a resident who talked to the BBC".
SOURCE_SPEAKING_LEMMAS = frozenset({"speak", "talk"})
# Words that bring someone new into a text ("a trader", "another analyst", "one official").
_INDEFINITE_WORDS = frozenset({"a", "an", "another", "one"})
_NOT_SPEAKING_ENTS = NUMERIC_LABELS | {"PERSON", "EVENT", "WORK_OF_ART", "LAW"}


@dataclass(frozen=True)
class Speaker:
    text: str
    start: int
    end: int
    is_one_person: bool  # may stand behind a later "he"/"she"
    is_named: bool = False  # a name, not a description ("the spokesman")


def name_key(text: str) -> str:
    """The word that identifies a person across mentions: the last, lower case ("Mr
    Milburn" and "Alan Milburn" share "milburn")."""
    words = text.split()
    last = words[-1].lower() if words else ""
    for suffix in _POSSESSIVES:
        if last.endswith(suffix):
            last = last[: -len(suffix)]
    return last


def _names_in(text: str, names: set[str], body: str) -> bool:
    """`text` names a person by a word of their `names`, three letters or more; where a
    sentence starts, where any word is capitalised, only a word the article (`body`) never
    writes in lower case ("Andy would be hard to follow" names Andy Farrell; "Long may it
    last" does not name Sean Long)."""
    for word in {w for name in names for w in name.split()}:
        word = word.removesuffix("'s").removesuffix("’s")
        if len(word) < 3 or not word[0].isupper():
            continue
        anywhere = re.compile(rf"\b{re.escape(word)}\b")
        inside = re.compile(rf"(?<![.!?]\s)(?<!^){anywhere.pattern}")
        common = re.search(rf"\b{re.escape(word.lower())}\b", body) is not None
        if (inside if common else anywhere).search(text) is not None:
            return True
    return False


def misparsed_age_subject(verb: Token) -> Token | None:
    """The head of "The 31-year-old" before a verb that the parser hung on it as a
    modifier instead of its subject ("The 31-year-old insisted ...": "old" an amod of
    "insisted"); news writes a person so all the time. Also when the parser read the verb
    as a modifier too, of the noun after it ("the 58-year-old told supporters": "old" and
    "told" both amods of "supporters")."""
    lefts = list(verb.lefts)
    if verb.dep_ == "amod" and verb.i > 0 and verb.nbor(-1).head == verb.head:
        lefts.append(verb.nbor(-1))
    for child in lefts:
        if child.dep_ not in ("amod", "npadvmod", "dep") or child.lower_ != "old":
            continue
        first = child.left_edge  # "The" may hang on the verb too
        if first.lower_ != "the" and first.i > 0 and first.nbor(-1).lower_ == "the":
            first = first.nbor(-1)
        age = verb.doc[first.i + 1:child.i + 1].text.replace(" ", "")
        if first.lower_ == "the" and _AGE_WORD.fullmatch(age):
            return child
    return None


def _name_right_before(verb: Token) -> Token | None:
    """A person's name right before a verb the parser gave no subject ("Others targeted
    include X and Y, Lib Dem's elections chief Lord Rennard said": "Rennard" a conjunct of
    "Y"): the verb's subject."""
    if verb.i == 0 or verb.pos_ != "VERB":
        return None
    before = verb.nbor(-1)
    return before if before.ent_type_ == "PERSON" else None


def _name_closing_a_fronted_phrase(verb: Token) -> Token | None:
    """A person's name the parser hung in apposition or as a conjunct on a noun of a phrase
    before the verb ("In the farming town of Alcala, Rodel Bautista, 52, waded through":
    "Bautista" an apposition of "Alcala", "waded" left with no subject): the verb's subject,
    after any the parser gave it (_subject_tokens)."""
    for phrase in verb.lefts:
        if phrase.dep_ == "prep":
            for name in phrase.subtree:
                if name.dep_ in ("appos", "conj") and name.ent_type_ == "PERSON":
                    return name
    return None


def subject_of_a_verb_read_as_a_noun(root: Token) -> Token | None:
    """The name before a present-tense verb the tagger read as a plural noun, its modifier
    ("Lopez issues a statement", "Marca criticises Gary Neville for ..."): the verb's
    subject."""
    return root.nbor(-1) if root.tag_ == "NNS" and root.i > root.sent.start else None


def _misparsed_root_subject(root: Token) -> list[Token]:
    """A noun the parser made the root of a sentence whose finite verb it hung lower down
    ("One dealer, although seeing no reason to be bullish, advised caution": "advised" a
    modifier of "caution"): the noun is the subject of that verb."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return []
    before = [name] if (name := subject_of_a_verb_read_as_a_noun(root)) is not None else []
    # Not a verb of a clause on the noun ("Campese, though, defended coach Andy Robinson,
    # who he believes was ...", parsed with "Robinson" the root); a finite verb the parser
    # hung on it as a modifier is its own ("Trevor Phillips, chairman of ..., called on").
    own = [t for c in root.rights
           if c.dep_ != "relcl" and (c.dep_ != "acl" or c.tag_ == "VBD") for t in c.subtree]
    return before + ([root] if any(t.pos_ == "VERB" and t.tag_ in _VERB_TAGS for t in own)
                     else [])


# Nouns that say a name is a publication's or a broadcaster's, not a person's.
_PUBLICATION_NOUNS = frozenset({"daily", "weekly", "newspaper", "paper", "magazine", "journal",
                                "tabloid"})
# What opens a sentence before its subject, in the subject's phrase when the parser made
# the subject the root.
_SENTENCE_OPENER_DEPS = frozenset({"advmod", "punct", "cc", "intj"})
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # a verb's tense, not -ing or base
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Words that make a title before a name another post ("Shadow chancellor", "deputy coach").
_POST_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


class Referents:
    """Resolves person pronouns of one Doc; quote speakers are added as they are found."""

    def __init__(self, doc: Doc, article: NormalizedArticle, mentions: list[dict],
                 inside_quote: Callable[[int], bool], pronoun_genders: dict[str, str],
                 gender_words: dict[str, str],
                 first_name_gender: Callable[[str], str | None] | None,
                 is_speech_verb: Callable[[Token], bool],
                 named_person: Callable[[Token], Speaker | None], window: int,
                 described_nouns: frozenset[str] = frozenset(),
                 role_nouns: frozenset[str] = frozenset(),
                 source_nouns: frozenset[str] = frozenset(),
                 title_roles: Mapping[str, str] | None = None,
                 people_nouns: frozenset[str] = frozenset()):
        self.doc = doc
        # The noun a description uses for a title written before a name (Justice: judge).
        self.title_roles = title_roles or {}
        self.described_nouns = described_nouns
        # Nouns of one person (a post, a trade, a description, a gendered noun, a source):
        # what an indefinite description of someone new is made of ("a second trader").
        self.person_nouns = (described_nouns | role_nouns | source_nouns
                             | frozenset(gender_words) | people_nouns)
        self.role_nouns = role_nouns
        # Nouns by which news names a source it does not name ("the official").
        self.source_nouns = source_nouns
        self.article = article
        self.inside_quote = inside_quote
        self.pronoun_genders = pronoun_genders
        self.gender_words = gender_words
        self.is_speech_verb = is_speech_verb
        self.named_person = named_person
        self.mentions = mentions
        self.window = window
        # Not a name in capitals, a dateline's or a headline's ("BUENOS AIRES" tagged a
        # person), when the body is written in lower case.
        in_lower_case = sum(c.islower() for c in article.body) > sum(
            c.isupper() for c in article.body)
        # Nor a name with "the", a group's the model tagged a person ("the Lib Dems").
        self.persons = sorted((m for m in mentions if m["label"] == "PERSON"
                               and not inside_quote(m["start_char"])
                               and not m["text"].lower().startswith("the ")
                               and not (in_lower_case and m["text"].isupper()
                                        and len(m["text"]) > 3)
                               and not _a_place_after_in(m, article.body)),
                              key=lambda m: m["start_char"])
        self.locate = sentence_index(article)
        self.speakers: dict[int, list[Speaker]] = {}
        self.resolved: dict[int, Speaker | None] = {}
        self.genders: dict[str, str] = {}
        # Surnames shared by people with different first names ("Jarek Kujda" and his
        # sister "Malgorzata Kujda"): their gender is learned per full name only.
        first_names: dict[str, set[str]] = {}
        for m in self.persons:
            words = m["text"].split()
            if len(words) >= 2:
                first_names.setdefault(name_key(m["text"]), set()).add(words[0].lower())
        self.shared_surnames = frozenset(k for k, names in first_names.items() if len(names) > 1)
        self._subjects: dict[int, list[Token]] = {}
        self._names: dict[int, Speaker | None] = {}
        self._learn_genders(gender_words, first_name_gender)

    # ------------------------------------------------------------ gender

    def _learn_genders(self, gender_words: dict[str, str],
                       first_name_gender: Callable[[str], str | None] | None) -> None:
        """A title or gendered noun just before a run of proper nouns ("Mr Ruiz",
        "spokeswoman Ana Ruiz"), else the first name's gender when a lookup is given."""
        doc = self.doc
        for token in doc:
            gender = gender_words.get(token.lower_.rstrip("."))
            if not gender or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PROPN":
                continue
            last = token.i + 1
            while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
                last += 1
            self._learn(doc[token.i + 1:last + 1].text, gender)
        if first_name_gender is None:
            return
        for mention in self.persons:
            words = mention["text"].split()
            if len(words) >= 2 and words[0][:1].isupper():
                gender = first_name_gender(words[0])
                if gender:
                    self._learn(mention["text"], gender)

    def _learn(self, name: str, gender: str) -> None:
        """Record a person's gender under the full name, and under the surname unless
        people with other first names share it."""
        self.genders.setdefault(name.lower(), gender)
        if name_key(name) not in self.shared_surnames:
            self.genders.setdefault(name_key(name), gender)

    def gender_of(self, speaker: Speaker) -> str | None:
        full = self.genders.get(speaker.text.lower())
        if full or name_key(speaker.text) in self.shared_surnames:
            return full
        if not speaker.is_named:
            # A description is of the gender of its noun: "A party spokesman" is no "she".
            return self.gender_words.get(_description_noun(speaker.text))
        return self.genders.get(name_key(speaker.text))

    def _agrees(self, speaker: Speaker, gender: str | None) -> bool:
        found = self.gender_of(speaker)
        return speaker.is_one_person and (gender is None or found is None or found == gender)

    # ------------------------------------------------------------ salience

    def add_speaker(self, sentence_idx: int, speaker: Speaker,
                    last_sentence_idx: int | None = None) -> None:
        """A quote's speaker is the most salient person of its sentence, and of every
        sentence up to `last_sentence_idx` that the quote spans: a description or pronoun
        right after a quote of several sentences stands for its speaker ('"... I'd gladly
        take it." The 27-year-old, who captained St Helens, said')."""
        last = sentence_idx if last_sentence_idx is None else last_sentence_idx
        for idx in range(sentence_idx, last + 1):
            self.speakers.setdefault(idx, []).append(speaker)

    def _sentence(self, idx: int) -> Span | None:
        span = self.article.sentences[idx][1]
        return self.doc.char_span(span.start, span.end, alignment_mode="expand")

    def _subject_tokens(self, idx: int) -> list[Token]:
        """Subjects of the sentence's root, its conjuncts and its speech verbs, in that
        order, outside quotes."""
        if idx not in self._subjects:
            sentence = self._sentence(idx)
            found: list[Token] = []
            if sentence is not None:
                root = sentence.root
                main = main_clause_verbs(sentence)
                verbs = main + [t for t in sentence if self.is_speech_verb(t) and t not in main]
                # Of two subjects the parse gives one verb ("United Arab Emirates (UAE)
                # Central Bank Governor Abdel Malik al-Hamar said"), the person's first.
                # A speech verb under the main clause in the passive has what is said for
                # its subject ("Asked when a winner would be declared, she said").
                found = [c for verb in verbs
                         for c in [*sorted((c for c in verb.children if c.dep_ in _SUBJECT_DEPS
                                            and (verb in main or c.dep_ != "nsubjpass")),
                                           key=lambda c: c.ent_type_ != "PERSON"),
                                   misparsed_age_subject(verb), _name_right_before(verb),
                                   _name_closing_a_fronted_phrase(verb)]
                         if c is not None and not self.inside_quote(c.idx)]
                # After them, who did the deed of a main verb in the passive ("The album was
                # produced by Efua Mensah-Bonsu. She said ...").
                agents = [obj for verb in main for agent in verb.children
                          if agent.dep_ == "agent" for obj in agent.children
                          if obj.dep_ == "pobj" and not self.inside_quote(obj.idx)]
                # A fronted "For X," is whose view the sentence gives when its subject names
                # no one ("For Allen Weiner, a research director, the future of search is");
                # beside a named subject it is what the sentence is about ("For Brentford,
                # it was a fourth defeat, and their manager, Lars Eriksen, was left
                # frustrated"), after the subject.
                holders = _fronted_viewpoint_holders(sentence, root)
                if any(t.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ ==
                                                      "PERSON" for c in t.children)
                       for t in found):
                    found, holders = found + holders, []
                found = holders + _misparsed_root_subject(root) + found + agents
            self._subjects[idx] = found
        return self._subjects[idx]

    def _person_of(self, subject: Token) -> Speaker | None:
        if subject.lower_ in self.pronoun_genders:
            return self.resolve(subject)
        if subject.lower_ == "who" and (clause := first_conjunct(subject.head)).dep_ == "relcl":
            # "a nomination for Staunton, 49, who told BBC News 24 ...": who it stands for,
            # also past the group the parser hung the clause on ("Daniel Koh, a backbencher
            # from the People's Action Party, who said"), and from a second clause ("Barry
            # Tuhiwai, who has letterboxed for Lockwood and who admitted").
            noun, people = clause.head, []
            while noun.pos_ in ("NOUN", "PROPN", "ADP"):
                if noun.pos_ != "ADP" and (person := self._person_of(noun)) is not None:
                    people.append(person)
                if noun.head == noun:
                    break
                noun = noun.head
            return next((p for p in people if p.is_named), people[0] if people else None)
        if subject.i not in self._names:
            person = (self.named_person(subject) or self._name_given_as(subject)
                      or self._named_by_the_copula(subject)
                      or self.describe(subject)
                      or self._unnamed_person(subject)
                      or self._holder_of_post(subject)
                      or self._unnamed_speaker_again(subject))
            # A title in quotation marks is no one ('Gelashvili's documentary, "The
            # Balconies of Sololaki," won the prize', the model tagging it a person).
            self._names[subject.i] = None if person is not None and self.inside_quote(
                person.start) else person
        return self._names[subject.i]

    def _name_given_as(self, subject: Token) -> Speaker | None:
        """The name someone new gave, whatever the model tagged it ("A designer who gave her
        name only as Akinyi said", "Akinyi" the subject of "said", tagged a group)."""
        # Searched in the few characters before the name, not from the article's start.
        if not _NAME_GIVEN_AS.search(self.doc.text, max(0, subject.idx - _NAME_GIVEN_AS_CHARS),
                                     subject.idx):
            return None
        return Speaker(subject.text, subject.idx, subject.idx + len(subject), True, is_named=True)

    def _named_by_the_copula(self, subject: Token) -> Speaker | None:
        """The person a subject is said to be ("The show's director is Tom Faulk"): a "he"
        after it is that person, whom the description stands for."""
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.lemma_ != "be":
            return None
        attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
        return self.named_person(attribute) if attribute is not None else None

    def _holder_of_post(self, head: Token) -> Speaker | None:
        """The person a post stands for as a sentence's subject ("the first minister said"),
        so that a "he" after it is him and not whoever spoke before: the last person named
        before it with that post as a title or in apposition ("First Minister Jack
        McConnell", "Jack McConnell, the first minister"). None when no one was: the post
        often names again someone introduced otherwise ("Trade Secretary Patricia Hewitt"
        ... "the minister"), whom the salience of the sentences before finds."""
        if head.tag_ != "NN" or head.lemma_.lower() not in self.role_nouns \
                or head.dep_ not in _SUBJECT_DEPS or not in_main_clause(head.head):
            return None  # the main clause's subject only: not "X said that for the
            # minister to claim ..."
        words = self._description_words(head)
        if words[0].lower_ != "the" or len(words) < 2:
            return None
        post = re.escape(" ".join(w.lower_ for w in words[1:]))
        # The post right before the name, not another one ending in it ("shadow chancellor
        # Oliver Letwin" is not "the chancellor"), or in apposition after it.
        titled = re.compile(rf"(?:^|[^\w-])(?:(\w+)[\s-]+)?{post}\s+$", re.IGNORECASE)
        in_apposition = re.compile(rf",\s+(?:the\s+|\w+'s\s+)?{post}\b", re.IGNORECASE)
        body = self.article.body
        # The post as the first word of the name's own span ("Imam Yusuf Khalid": the model
        # tags a religious title with the name).
        opening = re.compile(rf"{post}\s", re.IGNORECASE)
        for m in reversed(self.persons):
            if m["end_char"] > head.idx:
                continue
            title = titled.search(body, max(0, m["start_char"] - 80), m["start_char"])
            if (title and (title.group(1) or "").lower() not in _OTHER_POST_WORDS) \
                    or in_apposition.match(body, m["end_char"]) or opening.match(m["text"]):
                return Speaker(m["text"], m["start_char"], m["end_char"], True, is_named=True)
        return None

    def _unnamed_speaker_again(self, head: Token) -> Speaker | None:
        """The unnamed person a definite description as a subject stands for, so that a "he"
        after it is that person, not someone named since: the speaker of an earlier quote
        it names again ('"...," said the official, who advises the minister. The official
        also rejected a plan by Jim Wright.': Wright did not speak); else, as the subject of
        a speech verb, the description itself ("The senior bank official said he expects
        ...", "The Madrid representative of a German bank said ..."). The description's noun
        is one by which news names such a source again and again (quote_source_nouns.tsv),
        not a post it writes for someone it has named ("the Tory leader said"); an earlier
        speaker's phrase ends in it or holds it before its complement ("a spokesman for the
        bank"). None when someone named before bears that noun as a title or in apposition
        ("Tom Hale, a Treasury official", "bank official Tom Hale"): the description may
        stand for him."""
        if head.tag_ != "NN" or head.dep_ not in _SUBJECT_DEPS \
                or head.lemma_.lower() not in self.source_nouns:
            return None
        words = self._description_words(head)
        if words[0].lower_ != "the" or words[-1].i != head.i:
            return None
        noun = re.compile(rf"\b{re.escape(head.lower_)}(?:$|\s+(?:for|of|at|with)\b)",
                          re.IGNORECASE)
        earlier = [s for speakers in self.speakers.values() for s in speakers
                   if s.end <= head.idx and not s.is_named and s.is_one_person]
        speaker = max(earlier, key=lambda s: s.start, default=None)
        if speaker is None or not noun.search(speaker.text):
            if not self.is_speech_verb(head.head):
                return None
            end = head.idx + len(head)
            speaker = Speaker(self.article.body[words[0].idx:end], words[0].idx, end, True)
        if any(m["end_char"] <= head.idx and self._post_of(m, head.lower_, (speaker, head))
               for m in self.persons):
            return None
        return speaker

    def _post_of(self, person: dict, noun: str, outside: tuple[Speaker, Token]) -> bool:
        """`noun` is in a title before a person's mention or in an apposition after it, in its
        sentence ("Treasury official Tom Hale", "Tom Hale, a Treasury official"); not in the
        words of `outside` (a speaker's phrase, a description), which may stand close by."""
        body = self.article.body
        speaker, head = outside
        start, end = person["start_char"], person["end_char"]
        before = body[max(0, start - 40):start]
        after = body[end:min([end + 60] + [x for x in (speaker.start, head.idx) if x >= end])]
        if speaker.end <= start:
            before = body[max(start - 40, speaker.end):start]
        # The noun as a word: a plural after the name is other people ("Hu Yaobang, western
        # diplomats say"). Before the name, not with a preposition between them: "an aide to
        # Minister Paul Kerin" serves him ("an official at the ministry, Tom Hale" is him).
        word = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        title = before.rsplit(". ", 1)[-1]
        return any(not _SERVING.match(title, found.end()) for found in word.finditer(title)) \
            or bool(word.search(after.split(". ")[0]))

    def _unnamed_person(self, head: Token) -> Speaker | None:
        """A person the article does not name, as the subject of a sentence: a
        spokesperson ("A spokesman for the British Casino Association said ... He said"),
        or anyone an indefinite article, "another", "one" or whose relative they are (a
        gendered noun after a possessor) brings in ("A second trader noted ... 'Nobody wants
        this stock,' he said"; "Euan's grandmother told local radio", "His wife told the BBC";
        not "her boss"): a later "he" stands for them, not
        for someone named further back. The phrase up to a clause or an apposition that
        says more; None for a definite description, which often stands for someone named
        ("the Tory spokesman", "the 48-year-old actor"), and for any other noun."""
        if head.lower_ == "another" and head.dep_ in ("nsubj", "nsubjpass"):
            # "Another said ...": one more of the people the text has been quoting.
            return Speaker(head.text, head.idx, head.idx + len(head), True)
        if (one_of := self._one_of_them(head)) is not None:
            return one_of
        if head.tag_ != "NN" or any(t.lower_ == "the" for t in head.lefts):
            return None
        lemma = head.lemma_.lower()
        # Brought in to speak: a caption's "A man runs with a stretcher" is no source.
        introduced = lemma in self.person_nouns and any(
            t.lower_ in _INDEFINITE_WORDS and t.dep_ in ("det", "nummod")
            or t.dep_ == "poss" and lemma in self.gender_words for t in head.lefts
        ) and (any(self.is_speech_verb(t) or t.lemma_ in SOURCE_SPEAKING_LEMMAS
                   for t in head.sent) or _according_to(head))
        if lemma not in _SPOKESPERSON_NOUNS and not introduced:
            return None
        if (named := name_given(head) or _name_given_in_its_clause(head)) is not None:
            # "a witness named Ahmad", "One driver, who asked to be identified only as
            # Thabo,": the name
            return Speaker(self.article.body[named[0]:named[1]], *named, True, is_named=True)
        words = []
        for token in head.subtree:
            if token.i > head.i and (token.is_punct and token.text != "-"
                                     or token.dep_ in ("relcl", "acl", "appos", "cc", "conj")):
                break
            if words or token.dep_ not in _SENTENCE_OPENER_DEPS:  # "However, one dealer"
                words.append(token)
        first, last = words[0], words[-1]
        return Speaker(self.article.body[first.idx:last.idx + len(last)], first.idx,
                       last.idx + len(last), True)

    def _one_of_them(self, head: Token) -> Speaker | None:
        """"One of the residents told reporters ...", in a sentence with a speech verb: one
        person, whom a later "he" or "she" stands for."""
        if head.lower_ != "one":
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if noun is None or noun.tag_ != "NNS" or noun.lemma_.lower() not in self.person_nouns \
                or not any(self.is_speech_verb(t) for t in head.sent):
            return None
        end = noun.idx + len(noun)
        return Speaker(self.article.body[head.idx:end], head.idx, end, True)

    def _description_words(self, head: Token) -> list[Token]:
        """The words of the phrase `head` heads, up to what says more about it: "The
        27-year-old" of "The 27-year-old, who captained St Helens"."""
        words = []
        for token in head.subtree:
            if not words and token.is_punct and token.i < head.i:
                continue  # a closing quote mark the parser hung on the phrase
            if token.i != head.i and (token.is_punct and token.text != "-"
                                      or token.dep_ in _PAST_DESCRIPTION_DEPS):
                break
            words.append(token)
        # No words when the phrase opens past its description: the parser hung a phrase
        # before the head on it (BBC: "for other languages a hybrid of a system ... is used").
        if words and words[0].i > 0 and misparsed_age_subject(head.head) == head \
                and words[0].nbor(-1).lower_ == "the":
            words.insert(0, words[0].nbor(-1))  # "The" the parser hung on the verb
        return words

    def _describes_a_person(self, words: list[Token]) -> bool:
        """A definite description of a person by age, nationality or a noun of
        quote_described_nouns.tsv ("the 24-year-old striker", "the Dutchman", "the Sale
        full-back"), with no person's name on its noun ("the Jackson lawyer" is someone
        else; "the Oscar-nominated actor" is not)."""
        if len(words) < 2 or words[0].lower_ != "the" or any(
                w.ent_type_ == "PERSON" and w.dep_ in ("compound", "poss")
                and w.head in words for w in words):
            return False
        last = self.article.body[words[0].idx:words[-1].idx + len(words[-1])].split()[-1]
        # One person of a nation, which the model tags NORP: "said the American", "the
        # Swede" (singular; "the Americans", "the French" are a people or a government).
        of_a_nation = words[-1].ent_type_ == "NORP" and words[-1].tag_ in ("NNP", "NN") \
            and not last.endswith(("s", "ese", "ch", "sh"))
        return (last.lower() in self.described_nouns or _AGE_WORD.fullmatch(last) is not None
                or of_a_nation or _DEMONYM_WORD.fullmatch(last) is not None
                and last.lower() not in self.gender_words)

    def describe(self, head: Token) -> Speaker | None:
        """The person named just before whom a description stands for ("Martin Keane scored
        twice. ... said the 24-year-old striker"): the most salient named person of its
        sentence before it or of the sentence before, as for a pronoun of either gender.
        None when `head` heads no such description, when no one is named there, or when
        the sentence before has a subject the model tagged no person ("Campbell agreed
        ... said the Newport-based athlete": an untagged name may be the one described)."""
        words = self._description_words(head)
        idx = self.locate(head.idx, head.idx)
        if idx is None or len(words) < 2 or words[0].lower_ != "the":
            return None
        # "the general" after "Gen. Lina Haas": a title borne before is a description
        # whether or not quote_described_nouns.tsv knows its noun; so is "the Prime Minister"
        # after "Prime Minister Mark Rutte", its words before the noun the title's, but not
        # "the French president" after "President Bush", someone else.
        titled = self._titled(words[-1].lemma_.lower(), idx, head.idx,
                              tuple(w.lower_ for w in words[1:-1]))
        if not titled and not self._describes_a_person(words):
            return None
        self._resolve_earlier(idx)
        tiers = [titled, self._clause_hosts(head), self._prominent(idx, before=head),
                 [s for s in self.speakers.get(idx, []) if s.end <= head.idx]]
        before = idx - 1
        # Past the quote's own sentences that name no one ('"I will not talk about the
        # referee. I will talk about us," the Frenchman said'), the sentence before it.
        while before > 0 and self.inside_quote(self.article.sentences[before][1].start) \
                and not self._salient_in(before, head):
            before -= 1
        if before >= 0:
            if any(t.pos_ == "PROPN" and self._person_of(t) is None
                   for t in self._subject_tokens(before)):
                return None
            tiers.append(self._salient_in(before, head))
        return next((p for tier in tiers for p in tier if p.is_named and p.is_one_person),
                    None)

    def _titled(self, noun: str, idx: int, before: int, modifiers: tuple[str, ...] = ()
                ) -> list[Speaker]:
        """The person named within the window before character `before` whose name the
        description's noun (or the noun quote_title_roles.tsv gives a title) stands before
        as a title ("Justice Ada Obi read the sentence. ... the judge said"), when one person
        bears it (two judges named: the tiers after decide)."""
        first = self.article.sentences[max(idx - self.window, 0)][1].start
        found: dict[str, Speaker] = {}
        for m in self.persons:
            name = self.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
            if not first <= m["start_char"] or m["end_char"] > before or name is None:
                continue
            titles = [t for t in (name[0] if len(name) > 1 else None,
                                  self.doc[name.start - 1] if name.start > 0 else None)
                      if t is not None and self.title_roles.get(
                          title := t.lower_.rstrip("."), title) == noun]
            # The whole post, not part of another ("Shadow chancellor Oliver Larkin" is no
            # chancellor): the modifiers before the title within the name's phrase are the
            # description's own (`modifiers`: none for "the chancellor", "prime" for "the
            # Prime Minister").
            if titles and tuple(c.lower_ for c in sorted(
                    {c for t in (titles[0], *name) for c in t.children
                     if c.dep_ in _POST_MODIFIER_DEPS and c.i < titles[0].i},
                    key=lambda c: c.i)) == modifiers:
                found.setdefault(name_key(m["text"]), Speaker(
                    m["text"], m["start_char"], m["end_char"], True, is_named=True))
        return list(found.values()) if len(found) == 1 else []

    def _prominent(self, idx: int, before: Token | None = None) -> list[Speaker]:
        """The persons among the sentence's prominent subjects (before `before`), or whose
        thing is one ("Williams' track beat songs by ..." is about Williams)."""
        subjects = [t for t in self._subject_tokens(idx) if before is None or t.i < before.i]
        people = [self._person_of(t) for t in subjects]
        sentence = self._sentence(idx)
        if not any(people) and sentence is not None and sentence.root.pos_ == "NOUN" \
                and (before is None or sentence.root.i < before.i):
            # A sentence the parser read as one noun phrase ("Williams' track beat songs
            # by ...", ROOT "songs"): what its root belongs to.
            subjects.append(sentence.root)
        # The owner of a subject that names no one, after any person ("Menon's remarks drew
        # a response from Koh, who said"); not a person's party ("Labour's Elizabeth Blackman"),
        # nor in a sentence where a named person's verb follows the name ("Fowler's strike
        # helped City win and Keegan sympathised with ...", "sympathised" a clause the
        # subjects above miss; "Labour's minister for women Jacqui Smith accused ...": the
        # post's, not Labour).
        if sentence is None or not any(t.ent_type_ == "PERSON" and t.i + 1 < len(t.doc)
                                       and t.nbor(1).tag_ in _FINITE_TAGS for t in sentence):
            people += [self._owner_of(t) for t, person in zip(subjects, people + [None])
                       if person is None]
        return [p for p in people if p is not None]

    def _owner_of(self, subject: Token) -> Speaker | None:
        """The person named as the possessor of a subject ("Williams' track")."""
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        return self.named_person(owner) if owner is not None and owner.pos_ == "PROPN" else None

    def _named_in(self, first: int, last: int, before: int) -> list[Speaker]:
        """Persons named in sentences first..last before character `before`, latest first."""
        start = self.article.sentences[first][1].start
        end = min(self.article.sentences[last][1].end, before)
        return [Speaker(m["text"], m["start_char"], m["end_char"], True, is_named=True)
                for m in reversed(self.persons)
                if start <= m["start_char"] and m["end_char"] <= end]

    def _salient_in(self, idx: int, pronoun: Token) -> list[Speaker]:
        """The speakers and prominent persons of an earlier sentence: named speakers first,
        then subjects, then speakers known by a description ("the 30-year-old"), which give
        way to any person named after them."""
        speakers = self.speakers.get(idx, [])
        described = [s for s in speakers if not s.is_named and not any(
            s.end <= m["start_char"] < pronoun.idx for m in self.persons)]
        return [s for s in speakers if s.is_named] + self._prominent(idx) + described

    def _clause_hosts(self, pronoun: Token) -> list[Speaker]:
        """Persons named by the nouns that the pronoun's clause modifies: "the group's leader,
        Abu Bakr, where he urged ..." -> Abu Bakr."""
        hosts = []
        for ancestor in pronoun.ancestors:
            if ancestor.dep_ in _NOUN_CLAUSE_DEPS and ancestor.head.pos_ in ("NOUN", "PROPN"):
                person = self.named_person(ancestor.head)
                if person is not None and person.end <= pronoun.idx:
                    hosts.append(person)
        return hosts

    def _tiers(self, pronoun: Token, idx: int):
        """Candidate lists, most salient first (see the module docstring)."""
        yield self._clause_hosts(pronoun)
        yield self._prominent(idx, before=pronoun)
        yield [s for s in self.speakers.get(idx, []) if s.end <= pronoun.idx]
        floor = max(idx - self.window, 0)
        for j in range(idx - 1, floor - 1, -1):
            yield self._salient_in(j, pronoun)
        yield self._named_in(floor, idx, pronoun.idx)
        for j in range(floor - 1, -1, -1):
            yield self._salient_in(j, pronoun)
        yield self._named_in(0, idx, pronoun.idx)

    def person_for(self, pronoun: Token) -> Speaker | None:
        """The person a subject "he" or "she" stands for (not "him" or "her": the resolver
        follows subjects); None for any other word or when no one agrees."""
        if pronoun.lower_ not in self.pronoun_genders or "Acc" in pronoun.morph.get("Case"):
            return None
        return self.resolve(pronoun)

    def resolve(self, pronoun: Token, unless_named_in: str = "") -> Speaker | None:
        """The person a "he"/"she" stands for, or None when no one agrees. A speaker's
        pronoun (`unless_named_in`: the words quoted) skips a person the quote speaks of by
        name: in 'Long has doubts. "I think Sean's situation is hard," he said' the speaker
        is not Sean Long; the next who agrees speaks, else no one."""
        def named(person: Speaker) -> bool:
            return _names_in(unless_named_in, self._names_of(person), self.article.body)

        person = self._resolve(pronoun)
        if person is None or not named(person):
            return person
        idx = self.locate(pronoun.idx, pronoun.idx)
        gender = self.pronoun_genders.get(pronoun.lower_)
        return next((p for tier in self._tiers(pronoun, idx) for p in tier
                     if self._agrees(p, gender) and not named(p)), None)

    def _names_of(self, person: Speaker) -> set[str]:
        """The ways the article names a person: "Farrell" is also "Andy Farrell"."""
        key = name_key(person.text)
        return {person.text} | {m["text"] for m in self.persons if name_key(m["text"]) == key}

    def _resolve(self, pronoun: Token) -> Speaker | None:
        if pronoun.i in self.resolved:
            return self.resolved[pronoun.i]
        self.resolved[pronoun.i] = None
        idx = self.locate(pronoun.idx, pronoun.idx)
        if idx is not None:
            self._resolve_earlier(idx)
        gender = self.pronoun_genders.get(pronoun.lower_)
        # "him" is never the subject of its own verb ("the agency WAM quoted him"): that
        # would be "himself".
        own_subjects = [c.idx for c in pronoun.head.children if c.dep_ in _SUBJECT_DEPS]
        person = None
        if idx is not None:
            candidates = (p for tier in self._tiers(pronoun, idx) for p in tier
                          if self._agrees(p, gender)
                          and not any(p.start <= i < p.end for i in own_subjects))
            askers = self._askers_before(pronoun, idx)
            for candidate in candidates:  # lazily: the tiers reach back to the first line
                if (candidate.start, candidate.end) not in askers:
                    person = candidate
                    break
                person = person or candidate  # an asker, if no one else agrees
        if person is not None and gender is not None:
            self._learn(person.text, gender)
        self.resolved[pronoun.i] = person
        return person

    def _askers_before(self, pronoun: Token, idx: int) -> set[tuple[int, int]]:
        """Who asked something in the sentence before, unnamed, when the pronoun speaks: the
        one who answers is someone else ("Another reporter asked whether his job was under
        threat. 'That's not a question for me,' he said."), unless no one else agrees. A
        person named as asking a question goes on speaking ('"Can you show me one fighter
        here?" asked Jihad. "They were all women and children," he said')."""
        if idx == 0 or pronoun.dep_ not in _SUBJECT_DEPS \
                or not self.is_speech_verb(pronoun.head):
            return set()
        # The sentence before the answer's quotation: past the sentences of a quotation that
        # runs over several ('"I cannot promise the weather. What I can promise is ...," he
        # said': the asking came before its first sentence).
        before = idx - 1
        while before > 0 and before > idx - MAX_QUOTED_SENTENCES_BACK and (
                (sentence := self._sentence(before)) is not None
                and sentence.text.startswith(OPENING_QUOTES)
                and not any(_asks(v, self.is_speech_verb) for v in main_clause_verbs(sentence))):
            before -= 1
        sentence = self._sentence(before)
        if sentence is None:
            return set()
        askers = set()
        if pronoun.head.lemma_.lower() in REPLY_LEMMAS:
            # Who put a question does not reply to it, named or not ('host Sana Mirza turned
            # to Qadir. "What is the plan?" ... "Same as today," he replied').
            for j in range(idx - 1, before - 1, -1):
                question = self._sentence(j)
                if question is not None and any(end in question.text for end in QUESTION_ENDS):
                    askers |= {(s.start, s.end) for s in self.speakers.get(j, [])}
        # The sentence's own asking, not a clause's ("A nurse, who asked not to be named,
        # said staff were exhausted"); a named asker too when the pronoun replies ("Judge
        # Tom Kelly asked the solicitor whether ... 'Not that I am aware of,' he replied").
        replies = pronoun.head.lemma_.lower() in REPLY_LEMMAS
        for verb in main_clause_verbs(sentence):
            if not _asks(verb, self.is_speech_verb):
                continue
            for subject in verb.children:
                person = self._person_of(subject) if subject.dep_ == "nsubj" else None
                if person is not None and (replies or not person.is_named):
                    askers.add((person.start, person.end))
        return askers

    def resolve_neuter(self, pronoun: Token) -> Speaker | None:
        """The organisation an "it" that speaks stands for ("The committee reached its
        conclusions ... It warned that"): in its sentence, the subject of a speech verb
        whose clause holds it ("the government said it will ask"); else, in its sentence
        before it and in each earlier sentence of the window, nearest first, the last
        quote's speaker ("DrKW said ... it added"), then (earlier sentences only) a
        prominent singular subject that names no person (a ministry, a committee, a
        country). Not any subject of its own sentence: before "it said" stands what was
        said ("problems are expected as the workforce ages, it said"). None when there is
        none."""
        idx = self.locate(pronoun.idx, pronoun.idx)
        if idx is None:
            return None

        def organisation(subject: Token) -> bool:
            # A name the model tagged an organisation or a place is one, though a proper
            # noun could read as a person's name; so is a name it tagged an organisation
            # elsewhere in the article ("news agency SANA said ... SANA said ... It said").
            if in_capitals(subject):
                return False  # a dateline's place: "FRANKFURT, March 9 - ... it said"
            if subject.text in self._organisation_names:
                return True
            if any(t.lower_ in _PUBLICATION_NOUNS for t in subject.subtree if t.i < subject.i):
                return True  # "the Kuwait daily al-Qabas said", the name tagged a person's
            # A plural proper noun only in a name the model tagged an organisation ("The
            # British Chambers of Commerce welcomed ... it said").
            return (subject.pos_ in ("NOUN", "PROPN") and (
                        subject.tag_ in ("NN", "NNP")
                        or subject.tag_ == "NNPS" and subject.ent_type_ == "ORG")
                    and subject.ent_type_ not in _NOT_SPEAKING_ENTS
                    and (subject.ent_type_ in ("ORG", "NORP", "GPE", "FAC")
                         or self.named_person(subject) is None))

        for subject in self._subject_tokens(idx):
            verb = subject.head
            if subject.i < pronoun.i and self.is_speech_verb(verb) and organisation(subject) \
                    and verb.is_ancestor(pronoun):
                return self._organisation(subject)
        # The subject of the nearest clause above the pronoun's, when it names no person:
        # "after the company froze 5,000 accounts over what it described as ...".
        above = next((subject for verb in pronoun.head.ancestors for subject in verb.children
                      if subject.dep_ == "nsubj" and subject.i < pronoun.i), None)
        if above is not None and above.lower_ not in self.pronoun_genders \
                and organisation(above):
            return self._organisation(above)
        if self.is_speech_verb(pronoun.head):
            # "it said" again after an organisation "said" in its sentence, in a clause the
            # parser hung apart ("The association said it welcomed the law, but urged ...
            # applications, some of which it said had been pending").
            spoken = next((subject for subject in self._subject_tokens(idx)
                           if subject.i < pronoun.i and subject.dep_ == "nsubj"
                           and subject.head.lemma_ == pronoun.head.lemma_
                           and self.is_speech_verb(subject.head) and organisation(subject)),
                          None)
            if spoken is not None:
                return self._organisation(spoken)
        # What a passive clause does something to ("The private sector should be mobilized")
        # is the organisation only when no earlier one speaks ("The task force ... said").
        passive = None
        for j in range(idx, max(idx - self.window, 0) - 1, -1):
            # A speaker the model took for a person is an organisation if "it" stands for it
            # (DrKW said ... "...," it added).
            speakers = [s for s in self.speakers.get(j, []) if s.end <= pronoun.idx
                        and s.text.lower() not in self.pronoun_genders
                        and s.text.lower() != "it"
                        and not _QUOTE_MARKS.search(s.text)]  # a phrase cut from a quote
            if speakers:
                return speakers[-1]
            if j == idx:
                continue
            for subject in self._subject_tokens(j):
                if not organisation(subject):
                    continue
                if passive is None and subject.dep_ == "nsubjpass":
                    passive = subject
                elif passive is None or self._speaks(subject):
                    return self._organisation(subject)
        if passive is not None:
            return self._organisation(passive)
        # Else, nearest first, a name of one word that speaks, which the model took for a
        # person's or tagged nothing, and no person of the article bears as a surname
        # ("Iomega said ... '...,' it explained"): an "it" that speaks is no person.
        for j in range(idx - 1, max(idx - self.window, 0) - 1, -1):
            for subject in self._subject_tokens(j):
                if self._a_lone_name_speaking(subject):
                    return self._organisation(subject)
        return None

    def _speaks(self, subject: Token) -> bool:
        """The subject's verb, or one joined to it, is a speech verb ("called for ... and
        said")."""
        return any(self.is_speech_verb(verb) for verb in (subject.head, *subject.head.conjuncts))

    def _a_lone_name_speaking(self, subject: Token) -> bool:
        """A capitalised name of one word, a proper noun or a person's to the model, as the
        subject of a speech verb, that no person of the article bears as a surname."""
        if not (subject.tag_ == "NNP" or subject.ent_type_ == "PERSON") \
                or not subject.text[:1].isupper() or in_capitals(subject) \
                or not self.is_speech_verb(subject.head) \
                or any(c.dep_ in ("compound", "amod", "det") for c in subject.children):
            return False
        return not any(m["text"].endswith(f" {subject.text}") for m in self.persons)

    def resolve_plural(self, pronoun: Token) -> Speaker | None:
        """The people a "they" that speaks stands for ('"..." the sources said. "..." they
        added'; 'The MPs said ... "...," they said'): in its sentence, a plural subject before
        it; in each earlier sentence of the window, nearest first, the last quote's speaker
        named by a plural noun, else a plural subject of a speech verb or the people a view
        is attributed to ("According to the bank's economists, ..."). None when there is
        none: "they" stays as written."""
        idx = self.locate(pronoun.idx, pronoun.idx)
        if idx is None:
            return None
        for subject in self._subject_tokens(idx):
            if subject.i < pronoun.i and subject.tag_ in _PLURAL_NOUN_TAGS:
                return self._plural_speaker(subject)
        for j in range(idx - 1, max(idx - self.window, 0) - 1, -1):
            speakers = [s for s in self.speakers.get(j, []) if self._names_a_plural(s)]
            if speakers:
                return speakers[-1]
            for subject in self._subject_tokens(j):
                if subject.tag_ in _PLURAL_NOUN_TAGS and (self.is_speech_verb(subject.head)
                                                          or _according_to(subject)):
                    return self._plural_speaker(subject)
        return None

    def names_a_source(self, speaker: Speaker) -> bool:
        """An unnamed speaker named by a noun of quote_source_nouns.tsv ("the trading company
        official", "the spokesman"): news quotes such a source as it quotes a name."""
        return not speaker.is_named and _description_noun(speaker.text) in self.source_nouns

    def _names_a_plural(self, speaker: Speaker) -> bool:
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and span.root.tag_ in _PLURAL_NOUN_TAGS

    def _plural_speaker(self, head: Token) -> Speaker:
        words = self._description_words(head)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        return Speaker(self.article.body[start:end], start, end, False)

    @cached_property
    def _organisation_names(self) -> frozenset[str]:
        """Texts the model tagged an organisation in the article (read once, on the first
        "it" that speaks)."""
        return frozenset(m["text"] for m in self.mentions if m["label"] == "ORG")

    def _organisation(self, head: Token) -> Speaker:
        """The span that names an organisation: its mention, else its noun phrase."""
        mention = next((m for m in self.mentions if m["start_char"] <= head.idx < m["end_char"]
                        and m["label"] in ("ORG", "NORP", "GPE")), None)
        if mention is not None:
            return Speaker(mention["text"], mention["start_char"], mention["end_char"], False)
        start = head.left_edge.idx
        end = head.idx + len(head)
        return Speaker(self.article.body[start:end], start, end, False)

    def _resolve_earlier(self, idx: int) -> None:
        """Resolve the subject pronouns of earlier sentences first, in order, so a long chain
        of "he said" is followed one link at a time instead of by deep recursion."""
        for j in range(idx):
            for subject in self._subject_tokens(j):
                if subject.lower_ in self.pronoun_genders and subject.i not in self.resolved:
                    self.resolve(subject)


# Words between a noun and a name that make the noun someone else's, who serves or works
# for the person named: a preposition, with no comma (_post_of).
_SERVING = re.compile(r"[^,]*\b(?:to|of|for|at|with|from|under)\s[^,]*$", re.IGNORECASE)


def _description_noun(text: str) -> str | None:
    """The noun a description ends in before its first preposition, lower case ("spokesman"
    of "A spokesman for the Casino Association"); None for no words."""
    words = _BEFORE_A_PREPOSITION.match(text).group(0).split()
    return words[-1].lower() if words else None


def name_given(head: Token) -> tuple[int, int] | None:
    """The characters of the name someone new is given by "named" ("a witness named Ahmad
    Saleh who was hurt"): the proper noun the participle takes, with the words before it.
    Only after "a" or "one": "the singer named tabloids Us Weekly and Star" is a verb the
    parser took for a participle."""
    if not any(t.lower_ in _INDEFINITE_WORDS and t.dep_ in ("det", "nummod") for t in head.lefts):
        return None
    named = next((g for c in head.children if c.dep_ == "acl" and c.lemma_ == "name"
                  for g in c.children if g.dep_ in ("oprd", "dobj", "attr")
                  and g.pos_ == "PROPN"), None)
    return (named.left_edge.idx, named.idx + len(named)) if named is not None else None


# A name right after "in" ("a wedding in Ros Muc", the model tagging the village a person)
# is where, not who; not after a noun of trust ("faith in Smith") nor before a possessive
# ("in Smith's view").
_WORD_BEFORE_IN = re.compile(r"(\w+)\s+in\s+$")
TRUST_IN_NOUNS = frozenset({"faith", "confidence", "trust", "belief", "interest", "hope",
                            "pride"})
_BEFORE_IN_CHARS = 40


def _a_place_after_in(mention: dict, body: str) -> bool:
    start = mention["start_char"]
    before = _WORD_BEFORE_IN.search(body, max(0, start - _BEFORE_IN_CHARS), start)
    return before is not None and before.group(1).lower() not in TRUST_IN_NOUNS \
        and not body.startswith(("'s", "’s"), mention["end_char"])


# Words before the "as" of a name someone gives in a clause on them: "who gave his name
# only as Sipho", "who asked to be identified only as Grace", "known only as Bongani".
NAME_GIVING_WORDS = frozenset({"name", "identified", "known", "only"})


def _name_given_in_its_clause(head: Token) -> tuple[int, int] | None:
    """The characters of the name a relative clause on `head` gives the person by ("One
    driver, who asked to be identified only as Thabo, said"): the proper noun after its
    "as", whatever the model tagged it."""
    for clause in head.children:
        if clause.dep_ != "relcl":
            continue
        for word in clause.subtree:
            if word.lower_ == "as" and word.i > 0 and word.nbor(-1).lower_ in NAME_GIVING_WORDS:
                name = next((c for c in word.children if c.dep_ == "pobj"
                             and c.text[:1].isupper()), None)
                if name is not None:
                    return name.left_edge.idx, name.idx + len(name)
    return None


# Before the name someone gave: "a designer who gave her name only as Akinyi said".
_NAME_GIVEN_AS = re.compile(r"\bnames? (?:only )?as $")
_NAME_GIVEN_AS_CHARS = len("names only as ") + 1  # the longest match, and its word boundary


# Verbs of a reply: their speaker answers someone else's question.
REPLY_LEMMAS = frozenset({"reply", "respond", "answer", "retort"})
# Sentences a quotation may run over before the one its pronoun speaks in.
MAX_QUOTED_SENTENCES_BACK = 3
OPENING_QUOTES = ('"', "“")
QUESTION_ENDS = ('?"', "?”")


def _asks(verb: Token, is_speech_verb) -> bool:
    """The verb asks something: "ask", or a speech verb of a sentence that quotes a question
    ('"Will you resign?" one reporter shouted')."""
    return verb.lemma_ == "ask" or is_speech_verb(verb) and any(
        end in verb.sent.text for end in QUESTION_ENDS)


def main_clause_verbs(sentence: Span) -> list[Token]:
    """The sentence's root and its conjuncts: the verbs in_main_clause says are."""
    root = sentence.root
    return [root, *(c for c in root.children if c.dep_ == "conj")]


def in_main_clause(verb: Token) -> bool:
    """The verb is its sentence's root or a conjunct of it ("X said", "X arrived and
    said"), not a verb of a clause under it ("said that the minister claimed")."""
    root = verb.sent.root
    return verb.i == root.i or verb.dep_ == "conj" and verb.head.i == root.i


def is_infinitive(verb: Token) -> bool:
    """The verb has "to" before it: "was called to discuss", "are expected to be muted"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def in_capitals(head: Token) -> bool:
    """The last of two words or more in capitals in a sentence written in lower case, or
    one such word before a dash opening it: a dateline's or a headline's ("BUENOS AIRES,
    Feb 26 - Argentina could suspend ...", "BOSTON — Moments before ..."), not a name who
    speaks; an acronym alone (SANA, NATO) may speak."""
    doc = head.doc
    before = doc[head.i - 1] if head.i > 0 else None
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    in_a_name = before is not None and before.is_alpha and len(before) > 1 \
        and before.text.isupper()
    # One word before a dash, opening its sentence: "BOSTON — Moments before ...", or
    # before a comma and a date: "WASHINGTON, March 26 - The chairman ... said".
    before_a_dash = head.is_sent_start and after is not None and (
        after.text in DASH_TOKENS or after.text == "," and head.i + 2 < len(doc)
        and doc[head.i + 2].ent_type_ == "DATE")
    return len(head.text) > 3 and head.text.isupper() and (in_a_name or before_a_dash) \
        and any(t.is_alpha and t.is_lower and not t.is_stop for t in head.sent)


def _according_to(noun: Token) -> bool:
    """The noun is whom a view is attributed to: "according to one Western envoy"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" \
        and noun.head.head.lower_ == "according"


def _fronted_viewpoint_holders(sentence: Span, root: Token) -> list[Token]:
    """Whom a sentence opens by giving its view, before its subject: "For Allen Weiner, a
    research director at Gartner, the future of search is ..." (a later "he said" is his),
    "According to his rivals and even Federer himself, the Swiss star is ..." (the people
    joined to it too). Only a phrase at the head of the sentence, after at most a
    conjunction."""
    holders = []
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "according") \
                or prep.i > root.i or not all(t.dep_ == "cc" or t.is_punct
                                              for t in sentence.doc[sentence.start:prep.i]):
            continue
        if prep.lower_ == "according":
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"),
                        prep)
        for holder in (c for c in prep.children if c.dep_ == "pobj"):
            holders += [holder, *(c for c in holder.children if c.dep_ == "conj")]
    return holders


# How the nouns of a list, or an apposition, hang on the first noun.
LIST_OR_APPOSITION_DEPS = frozenset({"conj", "appos"})


def first_of_list(noun: Token, deps: frozenset[str] = frozenset({"conj"})) -> Token:
    """The noun a list (or an apposition, in `deps`) hangs on: "devices" of "explosive
    devices and landmines"; its role in the clause is the whole list's."""
    while noun.dep_ in deps and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def first_conjunct(word: Token) -> Token:
    """The first of the conjoined words `word` is one of ("letterboxed" of "has letterboxed
    ... and admitted"; "Afghanistan" of "in Afghanistan, Pakistan and India"), or itself;
    up the conjuncts' heads before them only, so a malformed parse cannot loop."""
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    return word
