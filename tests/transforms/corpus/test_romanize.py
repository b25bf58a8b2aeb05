"""Romanization keys: each fold of rules/romanization_folds.tsv, and names that must differ."""

from __future__ import annotations

import pytest

from transforms import rules
from transforms.corpus.romanize import (are_variants, load_romanization, near_spellings,
                                        person_or_group_words, romanized_key, romanized_words)
from transforms.settings import LinkingSettings

ROMANIZATION = load_romanization()
LINKING = LinkingSettings()
FOLDS = rules.load("romanization_folds", ("pattern", "replacement", "scope", "why", "example"))


def _variants(a: str, b: str) -> bool:
    return are_variants(romanized_words(a, ROMANIZATION), romanized_words(b, ROMANIZATION),
                        LINKING.min_romanized_similarity, LINKING.min_vowel_letters)


def _key(name: str, romanization, scope: str) -> str:
    """The name's key as a fold of `scope` sees it: a person's or a group's with their folds,
    a second reading's with it."""
    if scope == "second_reading":
        return romanized_key(name, romanization.second_reading())
    if scope != "person_or_group":
        return romanized_key(name, romanization)
    return "".join(person_or_group_words(romanized_words(name, romanization), romanization))


@pytest.mark.parametrize("row", FOLDS, ids=lambda r: r["pattern"])
def test_each_fold_makes_its_example_one_key(row):
    # "Deir ez-Zor = Deir al-Zor = Deir Zor": every spelling of an example has one key.
    for example in row["example"].split(";"):
        spellings = [s.strip() for s in example.split("=")]
        keys = {_key(s, ROMANIZATION, row["scope"]) for s in spellings}
        assert len(keys) == 1, (row["pattern"], spellings, keys)


@pytest.mark.parametrize("row", FOLDS, ids=lambda r: r["pattern"])
def test_each_fold_is_needed_for_its_example(row):
    # Without the row, its example's spellings no longer share a key: no dead rows.
    without = load_romanization()
    scope = f"{row['scope']}_folds"
    kept = tuple(f for f in getattr(without, scope)
                 if getattr(f[0], "pattern", f[0]) not in (row["pattern"],
                                                            _as_word_pattern(row["pattern"])))
    object.__setattr__(without, scope, kept)
    example = row["example"].split(";")[0]
    spellings = [s.strip() for s in example.split("=")]
    assert len({_key(s, without, row["scope"]) for s in spellings}) > 1, row["pattern"]


def test_a_second_reading_keeps_the_first():
    # dh is z in the first reading (Adhamiya, Azamiya) and d in the second (Gadhafi,
    # Gaddafi): a name keeps both, and a name without dh reads alike both ways.
    second = ROMANIZATION.second_reading()
    assert romanized_key("Adhamiya", ROMANIZATION) == romanized_key("Azamiya", ROMANIZATION)
    assert romanized_key("Gadhafi", second) == romanized_key("Gaddafi", second)
    assert romanized_key("Gadhafi", ROMANIZATION) != romanized_key("Gaddafi", ROMANIZATION)
    assert romanized_key("Hassan Rouhani", second) == romanized_key("Hassan Rouhani",
                                                                    ROMANIZATION)


def test_a_fold_of_people_and_groups_leaves_places_apart():
    # Ghent and Kent are two places: the gh/q fold is for names no gazetteer records.
    assert romanized_key("Ghent", ROMANIZATION) != romanized_key("Kent", ROMANIZATION)
    assert _key("Esmail Ghaani", ROMANIZATION, "person_or_group") == _key(
        "Esmail Qaani", ROMANIZATION, "person_or_group")


@pytest.mark.parametrize("a, b", [
    ("Chen Wei", "Shen Wei"),    # ch for sh inside a word only: Chen and Shen are two surnames
    ("Xie Feng", "Xi Feng"),     # ie for i before a consonant only: Xie and Xi are two
    ("Xu Feng", "Hu Feng"),      # the Kurdish x is kh before a, e, o only: pinyin Xu and
    ("Xuan Li", "Huan Li"),      # Xuan are not Hu and Huan
])
def test_folds_of_people_leave_other_surnames_apart(a, b):
    assert _key(a, ROMANIZATION, "person_or_group") != _key(b, ROMANIZATION, "person_or_group")


def _as_word_pattern(pattern: str) -> str:
    return pattern.replace("^", "(?<![a-z])").replace("$", "(?![a-z])")


@pytest.mark.parametrize("a, b", [
    ("Hassan Nasrallah", "Hassan Nasrullah"),        # a/u in the article of Nasr-Allah
    ("Khaled Meshaal", "Khalid Mishal"),             # e/i, doubled a
    ("Youssef Haddad", "Yusuf Haddad"),              # ou/u, doubled s, e/u
    ("Abdulaziz al-Harbi", "Abd al-Aziz al-Harbi"),  # Abd al- joined or apart
    ("Lashkar Gah", "Lashkargah"),                   # one word or two
    ("Ayman al-Zawahiri", "Ayman al-Zawahri"),       # a dropped vowel
    ("Tell Tamer", "Tal Tamr"),                      # tall (hill) as Tell or Tal
    ("Fatemeh Karimi", "Fatima Karimi"),             # the feminine ending as -eh
    ("Ruhollah Karimi", "Ruhullah Karimi"),          # -ollah / -ullah
    ("Davood Karimi", "Dawud Karimi"),               # Persian v / w
    ("Hassan Rouhani", "Hasan Rowhani"),             # Persian o as ou or ow
    ("Ali Larijani", "Ali Laridjani"),               # French dj for j
    ("Kobane", "Kobani"),                            # Kurdish -e, Arabic -i
    ("Hizb ut-Tahrir", "Hizb al-Tahrir"),            # the Urdu article ut-
    ("Harkatul Ansar", "Harkat-ul-Ansar"),           # the article joined as -ul
    ("Erbil", "Arbil"),                              # an opening vowel as e or a
    ("Abed Rabbo Mansour Hadi", "Abd Rabbuh Mansur Hadi"),  # Abed for Abd; -uh as -o
    ("Hamidiyeh", "Hamidieh"),                       # the glide y of -iya left out
    ("Natalya Vitrenko", "Nataliya Vitrenko"),       # -lya, -liya: the glide after a consonant
    ("Oleksandr Syrskyi", "Oleksandr Syrsky"),       # Ukrainian -yi, Russian -y
    ("Khmelnytskyi", "Khmelnytskiy"),                # -yi, -iy
    ("Zaporizhzhia", "Zaporizhia"),                  # zhzh, one consonant doubled
    ("Dmytro Kuleba", "Dmitro Kuleba"),              # y between consonants, an i
])
def test_spellings_outlets_give_one_name_are_variants(a, b):
    assert _variants(a, b)


@pytest.mark.parametrize("a, b", [
    ("Abu Sayyaf", "Umm Sayyaf"),        # father of, mother of: two people
    ("Baghdad", "Baghdadi"),             # a place and the name derived from it
    ("Mosul", "Mosuli"),
    ("Hafez al-Assad", "Bashar al-Assad"),  # father and son
    ("Abdul Rahman Saleh", "Abdul Rahim Saleh"),  # two ministers: a consonant apart
    ("Ali Hassan", "Ali Hussein"),       # Hasan and Husayn are two names (the y of ay)
    ("Qassem Soleimani", "Qassem Suleiman"),  # a final -i is a nisba, another name
    ("Maria Lopez", "Marie Lopez"),      # a final vowel is kept
    ("Dan Walker", "Don Walker"),        # short words must be equal
    ("Jaish al-Islam", "Jaish al-Izza"),
    ("Abu Bakr al-Baghdadi", "Abu Omar al-Baghdadi"),
    ("Saleh Karimi", "Salah Karimi"),    # -eh of a short name is no feminine ending
    ("Tal Abyad", "Tal Tamr"),           # two towns on one hill word
    ("Ahmed Hassan", "Ahmed Hassoun"),   # an a is never an o or u: two names
    ("Hamad Karimi", "Hamoud Karimi"),
    ("Komalah", "Kamal"),                # -alah with one l is no Allah
    ("Rene Dupont", "Reni Dupont"),      # a short name keeps its final e
    ("Ghulam Rasul Khan", "Ghulam Ras Khan"),  # -ul ending a short word is no article
    ("Nuh Karimi", "Nu Karimi"),         # -uh of a short name is a root letter
    ("Oman", "Amman"),                   # an opening a is no o or u either
    ("Darayya", "Daraa"),                # a y between a's is a consonant, no glide
    ("Audrey Tautou", "Audrey Toto"),    # au is no aw in French names: no au fold
    ("Lyon", "Lion"),                    # a y before a vowel is a consonant: the city, no lion
    ("US-China", "China"),               # an acronym before a hyphen is no article (as-, un-)
    ("UN-Iraq", "Iraq"),
])
def test_different_names_are_not_variants(a, b):
    assert not _variants(a, b)


@pytest.mark.parametrize("town", ["Mayadin", "Rashidin", "Al Mayadeen"])
def test_a_town_ending_in_din_with_one_d_keeps_its_one_word(town):
    # Only a doubled d is the article of a joined al-Din (Safieddine): these are towns.
    assert len(romanized_words(town, ROMANIZATION)) == 1


def test_a_kinship_word_binds_the_next_word():
    # "Abu Hamza" is one name part: never the bare word Hamza.
    assert romanized_words("Abu Hamza al-Masri", ROMANIZATION) == ("abuhamza", "masri")


def _near(a: str, b: str) -> bool:
    return near_spellings(romanized_words(a, ROMANIZATION), romanized_words(b, ROMANIZATION),
                          LINKING.min_near_spelling_similarity, LINKING.min_near_spelling_letters,
                          LINKING.min_long_near_spelling_letters)


@pytest.mark.parametrize("a, b", [
    ("Murali Krishnaswami", "Murali Krishnasamy"),       # Tamil -swami, -samy
    ("Rashtriya Janata Dal", "Rastriya Janata Dal"),      # Hindi sht, st
    ("Yitzhak Rosenberg", "Yitzhak Rozenberg"),           # German and Hebrew s, z
    ("Tharman Shanmugaratnam", "Tharman Shanmugaratnum"),  # a long word's vowels alone
    ("Mahinda Rajapaksa", "Mahinda Rajapakse"),           # a long word's final vowel
])
def test_a_name_spelt_otherwise_inside_one_word_is_a_near_spelling(a, b):
    assert not _variants(a, b)  # no fold makes them one: the near spelling must
    assert _near(a, b)


@pytest.mark.parametrize("a, b", [
    ("Qassem Soleimani", "Qassem Suleiman"),    # another ending: another name
    ("Karim Khalili", "Karim Khalil"),
    ("Ahmed Hassoun", "Ahmed Hassan"),          # vowels alone: the folds decide
    ("Shinzo Abe", "Shintaro Abe"),             # too far apart
    ("Ali Hassan", "Ali Hussein"),
    ("Omar Ali Saleh", "Omar Ali"),             # not word for word
    ("Jan Kos", "Jan Kox"),                     # too short to judge
    ("Maria Lopez", "Marie Lopez"),             # a short word's final vowel: two names
    ("Rahman Karimov", "Rahmon Karimov"),       # a short word's vowels alone
    ("Ramzan Kadyrov", "Ramzan Kadyrova"),      # an ending, however long the word
])
def test_names_that_differ_otherwise_are_no_near_spellings(a, b):
    assert not _near(a, b)
