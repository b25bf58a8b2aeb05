"""Offline geocoding: names -> coordinates, resolved by the article's country context."""

from __future__ import annotations

from collections import Counter
import math

import pytest

from transforms.article.components import MENTIONS
from transforms.corpus import geocode
from transforms.corpus.entities import link_entities
from transforms.settings import GeocodeSettings

GEOCODE = GeocodeSettings()


def resolve_place(gazetteer, names, context, is_admin_region=False):
    return geocode.resolve_place(gazetteer, names, context, is_admin_region, GEOCODE)


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def gazetteer(corpus_resources):
    return corpus_resources.gazetteer


@pytest.fixture(scope="module")
def link_places(normalize_text, parse, corpus_resources, settings):
    def run(*texts: str) -> dict[str, dict]:
        articles = [normalize_text(t, f"{i:03d}.txt") for i, t in enumerate(texts)]
        mentions = [m for a in articles for m in parse(a)._.get(MENTIONS)]
        _, entities = link_entities(articles, mentions, corpus_resources.linking_rules,
                                    corpus_resources.gazetteer, settings.linking,
                                    settings.geocode)
        return {e["name"]: e for e in entities}
    return run


def test_city_in_the_article_country_beats_a_bigger_namesake(link_places):
    entities = link_places(
        "Storm Hits Town\n\nA tornado tore through Paris, Texas, on Monday, and the governor "
        "of Texas sent the National Guard.")
    assert entities["Paris"]["country_code"] == "US" and entities["Paris"]["geo_precision"] == "city"


def test_the_bigger_city_wins_without_context(link_places):
    entities = link_places("Fashion Week\n\nDesigners showed their spring lines in Paris on Sunday.")
    paris = entities["Paris"]
    assert paris["country_code"] == "FR" and _km(paris["latitude"], paris["longitude"],
                                                 48.8566, 2.3522) < 10


def test_country_acronym_and_full_name_are_one_place(link_places):
    entities = link_places(
        "Talks Resume\n\nThe United States and Iran resumed talks in Geneva on Tuesday. A US "
        "official said progress was slow.")
    country = entities["United States"]
    assert "US" in country["aliases"] and country["geo_precision"] == "country"
    assert country["country_code"] == "US" and country["geonameid"] == 6252001


def test_us_state_is_an_admin_region_inside_the_state(link_places):
    entities = link_places("Wildfires Spread\n\nWildfires spread across Colorado on Friday.")
    colorado = entities["Colorado"]
    assert colorado["geo_precision"] == "admin_region" and colorado["country_code"] == "US"
    assert 37 <= colorado["latitude"] <= 41 and -109 <= colorado["longitude"] <= -102


def test_province_is_never_resolved_to_the_town_of_its_name(gazetteer):
    # The gazetteer has no provinces outside the US: "X Province" stays null rather than
    # taking the coordinates of the city X.
    context = Counter({"AF": 3})
    assert resolve_place(gazetteer, ["Kandahar"], context).precision == "city"
    assert resolve_place(gazetteer, ["Kandahar Province"], context, is_admin_region=True) is None


def test_small_namesake_town_outside_the_article_countries_is_not_taken(gazetteer):
    # Mosul (Iraq) is known; a name matching only a small town of a country the article
    # does not name is left null.
    small = min((p for places in gazetteer.by_name.values() for p in places
                 if p.precision == "city" and p.country_code == "BR"), key=lambda p: p.population)
    assert resolve_place(gazetteer, [small.name], Counter({"IQ": 2})) is None
    assert resolve_place(gazetteer, ["Mosul"], Counter({"IQ": 2})).country_code == "IQ"


def test_unknown_name_is_not_geocoded(gazetteer):
    assert resolve_place(gazetteer, ["Qwertyville"], Counter()) is None


# Real coordinates (Wikipedia): a few km of the gazetteer point is the same city.
SEED_PLACES = {"Ramadi": (33.4258, 43.2992), "Baghdad": (33.3153, 44.3661),
               "Fallujah": (33.3500, 43.7833)}


def test_seed_iraqi_cities_are_geocoded_within_10_km(seed_articles, reconcile_articles):
    # Guards the country context and the alternate names (Fallujah is "Al Fallujah" there).
    entities = reconcile_articles(sorted(seed_articles.values(),
                                         key=lambda a: a.source_path))["entities"]
    by_name = {e["name"]: e for e in entities if e["label"] == "GPE"}
    for name, (lat, lon) in SEED_PLACES.items():
        place = by_name[name]
        assert place["country_code"] == "IQ" and place["geo_precision"] == "city"
        assert _km(place["latitude"], place["longitude"], lat, lon) < 10, name
