"""The model's rule-based components with the same rules and the same output, faster:
the attribute_ruler (tag -> part of speech and morphology, a few lemma exceptions) and
the rule lemmatizer. `load_pipeline` swaps them in (tests/transforms/article/
test_fast_model.py checks every token's attributes against spaCy's own components).

Measured on BBC articles (benchmarks/pipeline_speed.py): of the 77 ms an article costs,
spaCy's AttributeRuler took 7 ms and its lemmatizer 4, more than the tagger and every
newsfacts component together.
- The AttributeRuler runs its ~180 rules through the Matcher, token by token. All of the
  model's rules are fixed sequences of tokens testing TAG, LOWER, ORTH, DEP or IS_SPACE for
  equality, IN, NOT_IN or REGEX: they are looked up by the first token's values instead,
  remembered by those values since words repeat (a rule of any other form still goes
  through a Matcher). Matches are applied exactly as spaCy applies them: in rule order,
  a later rule overriding an earlier one.
- The rule lemmatizer's lemma is a function of the token's text, part of speech and
  morphology (its own cache key); it is looked up for the whole Doc from arrays and
  written with one `from_array` instead of a Python call per token. Its word index is
  searched as sets rather than lists (only ever asked "is this word in it").

One component here changes the output on purpose: `LemmaExceptions`, after the
lemmatizer, sets the lemmas it gets wrong ("raped" -> "rap"; rules/lemma_exceptions.tsv).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
import re

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

from transforms import rules

LOOKUP_ATTRIBUTE_RULER = "newsfacts_lookup_attribute_ruler"
# The token attributes a rule may test, in the column order of `Doc.to_array`.
_COLUMNS = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "DEP": DEP,
            "IS_SPACE": IS_SPACE}
_COLUMN_ORDER = tuple(dict.fromkeys(_COLUMNS.values()))
# Distinct token column values whose first-token candidates are remembered (~100 bytes
# each), then forgotten.
_MAX_ROWS_REMEMBERED = 200_000


@dataclass(frozen=True)
class _Test:
    """One attribute test of a token spec: the value in (or not in) `values`, or, for
    `regex`, the value's string matching it (re.search, as the Matcher)."""
    column: int
    values: frozenset[int] = frozenset()
    negated: bool = False
    regex: re.Pattern | None = None

    def passes(self, row: tuple[int, ...], strings) -> bool:
        value = row[self.column]
        if self.regex is not None:
            return self.regex.search(strings[value]) is not None
        return (value in self.values) != self.negated


Spec = tuple[_Test, ...]  # one token of a pattern


class LookupAttributeRuler(AttributeRuler):
    """AttributeRuler whose fixed-length rules are matched by value lookups (see the
    module); any other pattern goes through a Matcher."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *,
                 validate: bool = False, scorer=attribute_ruler_score) -> None:
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._clear_lookups()

    def _clear_lookups(self) -> None:
        # Patterns indexed by a value their first token must have, (column, value) ->
        # [(rule number, specs)]; those with no such value are tried at every token.
        self._indexed: dict[tuple[int, int], list[tuple[int, tuple[Spec, ...]]]] = {}
        self._unindexed: list[tuple[int, tuple[Spec, ...]]] = []
        self._other_patterns = Matcher(self.vocab, validate=self.validate)
        # First-token candidates by a token's column values: words repeat.
        self._candidates_of_row: dict[tuple[int, ...], list[tuple[int, tuple[Spec, ...]]]] = {}

    def clear(self) -> None:
        super().clear()
        self._clear_lookups()

    def add(self, patterns: Iterable, attrs: dict, index: int = 0) -> None:
        rule = len(self.attrs)
        super().add(patterns, attrs, index)
        self._candidates_of_row.clear()
        for pattern in patterns:
            specs = [self._spec(token) for token in pattern]
            if not specs or None in specs:
                self._other_patterns.add(str(rule), [pattern])
                continue
            keys = [test for test in specs[0] if test.regex is None and not test.negated]
            if not keys:
                self._unindexed.append((rule, tuple(specs)))
                continue
            key = min(keys, key=lambda test: len(test.values))
            for value in key.values:
                self._indexed.setdefault((key.column, value), []).append((rule, tuple(specs)))

    def _spec(self, token: dict) -> Spec | None:
        """A pattern token as value tests, or None when it uses anything else (operators,
        other attributes, predicates other than equality, IN, NOT_IN and REGEX)."""
        tests = []
        for key, value in token.items():
            if key not in _COLUMNS:
                return None
            column = _COLUMN_ORDER.index(_COLUMNS[key])
            if isinstance(value, dict):
                if len(value) != 1:
                    return None
                (predicate, argument), = value.items()
                if predicate == "REGEX" and isinstance(argument, str) and key != "IS_SPACE":
                    tests.append(_Test(column, regex=re.compile(argument)))
                    continue
                if predicate not in ("IN", "NOT_IN") or not isinstance(argument, list):
                    return None
                values, negated = argument, predicate == "NOT_IN"
            else:
                values, negated = [value], False
            if key == "IS_SPACE":
                if not all(isinstance(v, bool) for v in values):
                    return None
                hashes = frozenset(int(v) for v in values)
            elif all(isinstance(v, str) for v in values):
                hashes = frozenset(self.vocab.strings.add(v) for v in values)
            else:
                return None
            tests.append(_Test(column, hashes, negated))
        return tuple(tests)

    def _candidates(self, row: tuple[int, ...]) -> list[tuple[int, tuple[Spec, ...]]]:
        """The patterns whose first token this token satisfies."""
        strings = self.vocab.strings
        looked_up = [pattern for column, value in enumerate(row)
                     for pattern in self._indexed.get((column, value), ())]
        return [(rule, specs) for rule, specs in looked_up + self._unindexed
                if all(test.passes(row, strings) for test in specs[0])]

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule, match id, start, end) of every match, sorted as AttributeRuler.match."""
        strings = self.vocab.strings
        rows = [tuple(row) for row in doc.to_array(list(_COLUMN_ORDER)).tolist()] if len(doc) else []
        if len(self._candidates_of_row) > _MAX_ROWS_REMEMBERED:
            self._candidates_of_row.clear()
        found: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            candidates = self._candidates_of_row.get(row)
            if candidates is None:
                candidates = self._candidates_of_row[row] = self._candidates(row)
            for rule, specs in candidates:
                end = i + len(specs)
                if end <= len(rows) and all(
                        test.passes(rows[i + j], strings)
                        for j in range(1, len(specs)) for test in specs[j]):
                    found.add((rule, i, end))
        if len(self._other_patterns):
            for match_id, start, end in self._other_patterns(doc, allow_missing=True):
                found.add((int(strings[match_id]), start, end))
        return sorted((rule, strings[str(rule)], start, end) for rule, start, end in found)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """As AttributeRuler's, on the token itself rather than through a Span of the
        match (a third of the time); an index outside its match gets spaCy's error."""
        for rule, _, start, end in matches:
            index = self.indices[rule]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                super().set_annotations(doc, matches)
                return
            set_token_attrs(doc[position], self.attrs[rule])


@Language.factory(LOOKUP_ATTRIBUTE_RULER, default_config={
    "validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}})
def make_lookup_attribute_ruler(nlp: Language, name: str, validate: bool, scorer):
    return LookupAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


LEMMA_EXCEPTIONS = "newsfacts_lemma_exceptions"


class LemmaExceptions:
    """Sets the lemma of the word forms that the model's rule lemmatizer reduces to another
    word (rules/lemma_exceptions.tsv). The lemmatizer strips "-ed" and keeps the first stem
    its word list holds ("raped" -> "rap", "staged" -> "stag"), and its own exception table
    cannot override a stem its rules also give, so the trigger and exclusion tables, matched
    on lemmas, would never see the word."""

    def __init__(self, vocab: Vocab, rows: Iterable[dict[str, str]]):
        strings = vocab.strings
        self._lemma_of = {(strings.add(r["form"].lower()), IDS[r["pos"].upper()]):
                          strings.add(r["lemma"]) for r in rows}
        self._forms = np.array(sorted({form for form, _ in self._lemma_of}), dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not len(self._forms):
            return doc
        rows = doc.to_array([LOWER, POS, LEMMA])
        hits = np.flatnonzero(np.isin(rows[:, 0], self._forms))
        for i in hits.tolist():
            lemma = self._lemma_of.get((int(rows[i, 0]), int(rows[i, 1])))
            if lemma is not None:
                rows[i, 2] = lemma
        if len(hits):
            doc.from_array([LEMMA], rows[:, 2].copy())
        return doc


@Language.factory(LEMMA_EXCEPTIONS, requires=["token.pos", "token.lemma"],
                  assigns=["token.lemma"])
def make_lemma_exceptions(nlp: Language, name: str) -> LemmaExceptions:
    return LemmaExceptions(nlp.vocab, rules.load("lemma_exceptions",
                                                 ("form", "pos", "lemma", "example")))


class LookupLemmas:
    """A rule lemmatizer's `__call__` on arrays: lemmas by (text, part of speech,
    morphology), computed by the lemmatizer itself the first time each is seen."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        strings = self.vocab.strings
        memo = self.__dict__.setdefault("_lemma_of", {})
        if len(memo) > _MAX_ROWS_REMEMBERED:
            memo.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist() if len(doc) else []
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            if (found := memo.get(key)) is None:
                found = memo[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(found)
        if lemmas:
            doc.from_array([LEMMA], np.array(lemmas, dtype=np.uint64))
        return doc


@cache
def _lookup_lemmatizer_class(base: type) -> type:
    return type(f"Lookup{base.__name__}", (LookupLemmas, base), {})


def with_fast_rule_components(nlp: Language) -> Language:
    """The pipeline with its attribute_ruler and its rule lemmatizer (if any) replaced by
    the faster ones of this module: same rules, same tables, same output."""
    if "attribute_ruler" in nlp.pipe_names and type(
            nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        rules = nlp.get_pipe("attribute_ruler").patterns
        ruler = nlp.replace_pipe("attribute_ruler", LOOKUP_ATTRIBUTE_RULER)
        ruler.add_patterns(rules)
    for _, component in nlp.pipeline:
        # The lemmatizer's class is language-specific (EnglishLemmatizer): keep it, and
        # its tables and settings, with the array `__call__` in front.
        if isinstance(component, Lemmatizer) and component.mode == "rule" and not isinstance(
                component, LookupLemmas):
            component.__class__ = _lookup_lemmatizer_class(type(component))
            # Each word's candidate lemmas are looked up in these lists ("form in index"):
            # 120 us a new word; as sets, a few.
            index = component.lookups.get_table("lemma_index", {})
            for pos, words in list(index.items()):
                if isinstance(words, list):
                    index[pos] = frozenset(words)
    return nlp
