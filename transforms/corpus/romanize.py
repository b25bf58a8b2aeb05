"""Romanization keys: one key for the spellings outlets give an Arabic, Persian or Pashto name.

`romanized_words("Abd al-Aziz al-Harbi")` and `romanized_words("Abdulaziz al-Harbi")` are both
("abdaziz", "harbi"): the folds of rules/romanization_folds.tsv (article prefixes, doubled
letters, ou/u, q/k, -ah/-a...) run in order over the accent-free name, and name_particles.tsv
drops articles and binds kinship words (Abu X stays one word, never X). `are_variants` adds
the vowels the folds cannot settle (Khaled/Khalid, Yousef/Yusuf): words of four letters or
more agree when their consonants do, with the first and last letter kept, so Baghdad and
Baghdadi, or Hassan and Hussein (the y of Husayn is a consonant), stay apart; an a against
an o or u keeps them apart too (Hassan, Hassoun).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
import re
import unicodedata

from rapidfuzz import fuzz

from transforms import rules

_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiou")
_LITERAL = re.compile(r"[a-z]+")
# Latin letters that have no decomposition into a base letter and a mark.
_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h",
                               "ŧ": "t", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
                               "Ł": "L", "Ø": "O", "Đ": "D", "Ð": "D", "Ħ": "H", "Ŧ": "T",
                               "Æ": "Ae", "Œ": "Oe", "Þ": "Th", "’": "'"})


# eq=False: identity hashing, so the key functions can be memoised on the rules object.
@dataclass(frozen=True, eq=False)
class Romanization:
    name_folds: tuple[tuple[re.Pattern, str], ...]
    # Word folds run over the words joined by spaces, ^ and $ as word edges; a fold of plain
    # letters is a str.replace (the gazetteer folds 300,000 names on load).
    word_folds: tuple[tuple[re.Pattern | str, str], ...]
    # Folds of the words of people's and groups' names only, after the word folds.
    person_or_group_folds: tuple[tuple[re.Pattern | str, str], ...]
    article_particles: frozenset[str]
    kinship_particles: frozenset[str]
    # The folds of a name's second reading: the word folds with each fold of scope
    # second_reading in place of the word fold of the same pattern (dh as d, not z).
    second_reading_folds: tuple[tuple[re.Pattern | str, str], ...] = ()

    def second_reading(self) -> Romanization | None:
        """The same romanization reading names the second way (None without one)."""
        if not self.second_reading_folds:
            return None
        if "_second" not in self.__dict__:
            object.__setattr__(self, "_second", replace(
                self, word_folds=self.second_reading_folds, second_reading_folds=()))
        return self.__dict__["_second"]


def load_romanization() -> Romanization:
    """Read the fold and particle tables; once per process, by the caller."""
    folds = rules.load("romanization_folds", ("pattern", "replacement", "scope", "why", "example"))
    particles = rules.load("name_particles", ("term", "kind", "example"))
    compiled = {"name": [], "word": [], "person_or_group": [], "second_reading": []}
    for row in folds:
        pattern, scope = row["pattern"], row["scope"]
        if scope != "name" and _LITERAL.fullmatch(pattern):
            compiled[scope].append((pattern, row["replacement"]))
            continue
        if scope != "name":
            pattern = re.sub(r"^\^", "(?<![a-z])", re.sub(r"\$$", "(?![a-z])", pattern))
        compiled[scope].append((re.compile(pattern), row["replacement"]))
    # A second reading replaces the word fold of its pattern, in its place.
    second = {getattr(p, "pattern", p): (p, r) for p, r in compiled["second_reading"]}
    second_folds = tuple(second.get(getattr(p, "pattern", p), (p, r))
                         for p, r in compiled["word"]) if second else ()
    return Romanization(
        name_folds=tuple(compiled["name"]), word_folds=tuple(compiled["word"]),
        person_or_group_folds=tuple(compiled["person_or_group"]),
        article_particles=frozenset(fold_accents(r["term"]) for r in particles
                                    if r["kind"] == "article"),
        kinship_particles=frozenset(fold_accents(r["term"]) for r in particles
                                    if r["kind"] == "kinship"),
        second_reading_folds=second_folds)


def fold_accents(text: str) -> str:
    """Lower case without accents; curly apostrophes as straight ones."""
    return plain_letters(text.casefold())


def plain_letters(text: str) -> str:
    """The text in its case without accents (Ḩimş -> Hims, Łódź -> Lodz); curly
    apostrophes as straight ones."""
    text = text.translate(_BASE_LETTERS)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# An acronym joined to a word by a hyphen ("US-China", "UN-Iraq"): two words, not an
# article (as-, un-) and the word, once lower-cased.
_ACRONYM_JOINED = re.compile(r"(?<![A-Za-z])([A-Z]{2,})-(?=[A-Za-z])")


@lru_cache(maxsize=1 << 16)
def romanized_words(name: str, romanization: Romanization) -> tuple[str, ...]:
    """The folded words of a name: articles dropped (but a last word), a kinship word joined
    to the word after it, each word folded."""
    return _remembered_fold_words(fold_accents(_ACRONYM_JOINED.sub(r"\1 ", name)), romanization)


@lru_cache(maxsize=1 << 16)
def _remembered_fold_words(text: str, romanization: Romanization) -> tuple[str, ...]:
    """fold_words, remembered for romanized_words: names written otherwise fold to one text
    (OSCAR and Oscar, Aleppo and ALEPPO), two asked in five on 1,000 BBC articles. The
    gazetteer's load calls fold_words itself, its 300,000 names once each."""
    return fold_words(text, romanization)


def fold_words(text: str, romanization: Romanization) -> tuple[str, ...]:
    """`romanized_words` of a name already folded by `fold_accents` (uncached)."""
    for pattern, replacement in romanization.name_folds:
        text = pattern.sub(replacement, text)
    words = _WORD.findall(text)
    kept: list[str] = []
    for i, word in enumerate(words):
        if word in romanization.article_particles and i < len(words) - 1:
            continue
        if kept and kept[-1] in romanization.kinship_particles:
            kept[-1] += word
        else:
            kept.append(word)
    return _folded(" ".join(kept), romanization.word_folds)


def person_or_group_words(words: tuple[str, ...], romanization: Romanization
                          ) -> tuple[str, ...]:
    """`romanized_words` of a person's or a group's name folded further (Ghaani, Qaani):
    folds no gazetteer key may take, as they would make English places one (Ghent, Kent)."""
    if not romanization.person_or_group_folds:
        return words
    return _folded(" ".join(words), romanization.person_or_group_folds)


def _folded(text: str, folds: tuple[tuple[re.Pattern | str, str], ...]) -> tuple[str, ...]:
    """The words of `text` (words joined by spaces) after `folds`, in order."""
    for pattern, replacement in folds:
        text = (text.replace(pattern, replacement) if isinstance(pattern, str)
                else pattern.sub(replacement, text))
    return tuple(text.split())


def romanized_key(name: str, romanization: Romanization) -> str:
    """The words run together: Lashkar Gah and Lashkargah, Abdel Aziz and Abdulaziz agree."""
    return "".join(romanized_words(name, romanization))


def consonants(word: str) -> str:
    """The first letter, the inner consonants and the last letter: what survives the vowel
    spellings (Khaled/Khalid -> khld... after the folds: hld). An opening vowel is any
    vowel (Erbil/Arbil: _vowels_compatible still keeps an a from an o or u: Amman, Oman)."""
    if len(word) < 3:
        return word
    first = "a" if word[0] in _VOWELS else word[0]
    # A y after an i is the glide of -iya, which outlets may leave unwritten (Nabatiyeh,
    # Nabatieh), or write after a consonant without the i (Natalya, Nataliya); after another
    # vowel it is a consonant (Darayya is not Daraa; Tayyiba is Taiba, whose ai the folds
    # write ay).
    return first + "".join(c for prev, c, nxt in zip(word, word[1:-1], word[2:])
                           if c not in _VOWELS and not (c == "y" and (
                               prev == "i" or (prev not in _VOWELS and nxt in _VOWELS)))
                           ) + word[-1]


_VOWEL_RUNS = re.compile(r"[aeiou]+")
_BACK_VOWELS = frozenset("ou")


def _words_agree(a: str, b: str, min_vowel_letters: int) -> bool:
    if a == b:
        return True
    return (min(len(a), len(b)) >= min_vowel_letters and consonants(a) == consonants(b)
            and _vowels_compatible(a, b))


def _vowels_compatible(a: str, b: str) -> bool:
    """The vowels between the same consonants may be spelt otherwise (e/i, e/a, e/u, o/u),
    but an a is never an o or a u: Hassan and Hassoun, Hamad and Hamoud are two names."""
    runs_a, runs_b = _VOWEL_RUNS.findall(a), _VOWEL_RUNS.findall(b)
    if len(runs_a) != len(runs_b):
        return True  # a vowel dropped (Zawahiri, Zawahri): nothing to align
    return not any(("a" in x and set(y) <= _BACK_VOWELS) or ("a" in y and set(x) <= _BACK_VOWELS)
                   for x, y in zip(runs_a, runs_b))


def are_variants(a: tuple[str, ...], b: tuple[str, ...], min_similarity: float,
                 min_vowel_letters: int) -> bool:
    """Romanized word tuples `a` and `b` spell one name: run together equal (Lashkar Gah,
    Lashkargah), or word by word equal or of at least `min_vowel_letters` letters with the
    same consonants, and similar overall (rapidfuzz ratio 0-100 of the joined words at least
    `min_similarity`)."""
    if a and "".join(a) == "".join(b):
        return True
    if not a or len(a) != len(b):
        return False
    if not all(_words_agree(x, y, min_vowel_letters) for x, y in zip(a, b)):
        return False
    return fuzz.ratio(" ".join(a), " ".join(b)) >= min_similarity


def near_spelling_key(words: tuple[str, ...], i: int) -> tuple[str, ...]:
    """The key two names share when they differ at most in word `i`'s inner letters or its
    final vowel: the other words, and word `i`'s first letter and its last unless a vowel
    (near_spellings)."""
    word = words[i]
    last = "*" if word[-1] in _VOWELS else word[-1]
    return (*words[:i], f"{word[0]}~{last}", *words[i + 1:])


def near_spellings(a: tuple[str, ...], b: tuple[str, ...], min_similarity: float,
                   min_letters: int, min_long_letters: int) -> bool:
    """Names of two words or more, romanized, alike but for one word spelt otherwise inside
    (Palaniswami / Palanisamy, Rastriya / Rashtriya, Eisenkot / Eizenkot), for the spellings
    of languages the folds do not know: the word keeps its first and last letters, is
    `min_letters` long or longer, is `min_similarity` (rapidfuzz ratio) alike, and differs in
    its consonants. Not in its vowels alone, which tell short names apart (Hassoun / Hassan:
    the folds decide); not in an ending (Soleimani / Suleiman, Khalili / Khalil). A word of
    `min_long_letters` or more may also differ in its vowels alone, or in its final vowel
    (Shanmugaratnam / Shanmugaratnum, Rajapaksa / Rajapakse): such a word is too long for
    another name to be spelt so alike (long_near_spelling)."""
    if (pair := differing_word(a, b)) is None:
        return False
    return near_spelt_words(*pair, min_similarity, min_letters, min_long_letters)


def near_spelt_words(x: str, y: str, min_similarity: float, min_letters: int,
                     min_long_letters: int) -> bool:
    """Two romanized words alike as near_spellings asks of the one word two names spell
    otherwise."""
    if min(len(x), len(y)) < min_letters or x[0] != y[0] or fuzz.ratio(x, y) < min_similarity:
        return False
    if x[-1] == y[-1] and consonants(x) != consonants(y):
        return True
    return long_near_spelling(x, y, min_long_letters)


def differing_word(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, str] | None:
    """The one word two names of two words or more spell otherwise, word for word; None when
    they differ in another number of words or more than one."""
    if len(a) != len(b) or len(a) < 2:
        return None
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    return differing[0] if len(differing) == 1 else None


def long_near_spelling(x: str, y: str, min_long_letters: int) -> bool:
    """Two spellings of one long word that near_spellings allows to differ in vowels alone
    or in their final vowel (of one length then: Khalili is Khalil with an ending)."""
    return min(len(x), len(y)) >= min_long_letters and (
        x[-1] == y[-1] or (len(x) == len(y) and x[-1] in _VOWELS and y[-1] in _VOWELS))
