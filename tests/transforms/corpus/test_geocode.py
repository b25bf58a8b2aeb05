"""Offline geocoding: names -> coordinates, resolved by the article's country context."""

from __future__ import annotations

from collections import Counter
import math
import os
import time

import pytest

from transforms.article.components import MENTIONS
from transforms.corpus import geocode
from transforms.corpus.entities import link_entities
from transforms.corpus.romanize import load_romanization
from transforms.settings import GeocodeSettings

GEOCODE = GeocodeSettings()
ROMANIZATION = load_romanization()


def resolve_place(gazetteer, names, context, designator=None, stripped=()):
    return geocode.resolve_place(gazetteer, names, context, designator, GEOCODE,
                                 ROMANIZATION, list(stripped))


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def gazetteer(corpus_resources):
    return corpus_resources.gazetteer


@pytest.fixture(scope="module")
def link_entity_rows(normalize_text, parse, corpus_resources, settings):
    def run(*texts: str) -> list[dict]:
        articles = [normalize_text(t, f"{i:03d}.txt") for i, t in enumerate(texts)]
        mentions = [m for a in articles for m in parse(a)._.get(MENTIONS)]
        _, entities = link_entities(articles, mentions, corpus_resources.linking_rules,
                                    corpus_resources.gazetteer, settings.linking,
                                    settings.geocode)
        return entities
    return run


@pytest.fixture(scope="module")
def link_places(link_entity_rows):
    def run(*texts: str) -> dict[str, dict]:
        return {e["name"]: e for e in link_entity_rows(*texts)}
    return run


def test_city_in_the_article_country_beats_a_bigger_namesake(link_places):
    entities = link_places(
        "Storm Hits Town\n\nA tornado tore through Paris, Texas, on Monday, and the governor "
        "of Texas sent the National Guard.")
    paris = entities["Paris"]
    assert paris["country_code"] == "US" and paris["place_type"] == "city"
    assert paris["geo_precision"] == 1 and paris["admin1"] == "Texas"


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
    assert "US" in country["aliases"] and country["place_type"] == "country"
    assert country["geo_precision"] is None and country["feature_class"] == "A"
    assert country["country_code"] == "US" and country["geonameid"] == 6252001


def test_us_state_is_a_province_without_context(link_places):
    # No country named: a province this large is still taken (min_unsupported_region_
    # population), at a town inside it (its most populous, Denver), with precision 3.
    entities = link_places("Wildfires Spread\n\nWildfires spread across Colorado on Friday.")
    colorado = entities["Colorado"]
    assert colorado["place_type"] == "admin1" and colorado["country_code"] == "US"
    assert colorado["geo_precision"] == 3 and colorado["admin1"] == "Colorado"
    assert 37 <= colorado["latitude"] <= 41 and -109 <= colorado["longitude"] <= -102


def test_a_province_the_text_calls_one_needs_no_country(link_places):
    # "Helmand province" in a report naming no country: its towns count too few people to
    # be taken for their size alone, but the designator says what it is and GeoNames knows
    # no other province of its name. A bare "Helmand" there stays unplaced.
    entities = link_places("Posts Overrun\n\nInsurgents overran two police posts in "
                           "Helmand province overnight, a spokesman said.")
    helmand = entities["Helmand"]
    assert helmand["place_type"] == "admin1" and helmand["country_code"] == "AF"
    bare = link_places("Posts Overrun\n\nInsurgents overran two police posts near "
                       "Helmand overnight, a spokesman said.")
    assert bare["Helmand"]["country_code"] is None


def test_a_town_the_text_gives_a_nationality_is_in_that_country_or_unplaced(link_places):
    # "the Malian town of X": GeoNames knows no Léré in Mali, and Nigeria's large Lere is
    # not it; a town the gazetteer knows in that country is found there.
    entities = link_places("Camp Attacked\n\nGunmen attacked a military camp in the "
                           "Malian town of Léré on Sunday, killing nine soldiers. Officials "
                           "in Bamako condemned the attack.")
    assert entities["Léré"]["country_code"] is None
    entities = link_places("Camp Attacked\n\nGunmen attacked a military camp in the "
                           "Chadian town of Léré on Sunday, killing nine soldiers.")
    assert entities["Léré"]["country_code"] == "TD"


def test_a_province_named_by_directions_needs_its_country_named(link_places):
    # Many countries have a province called "North West" or "Western": GeoNames holds one
    # "South-West" (Cameroon's), which a report naming no country does not mean.
    unnamed = link_places("Leaders Meet\n\nSouth West State leaders met on Monday to "
                          "discuss security in the regional capital.")
    assert unnamed["South West State"]["country_code"] is None
    named = link_places("Leaders Meet\n\nLeaders of Cameroon's South West region met "
                        "in Buea on Monday to discuss security.")
    assert named["South West"]["country_code"] == "CM"


def test_a_town_alone_of_its_name_is_found_in_a_report_naming_no_country(gazetteer):
    # No country named (a local report): a town of 21,000 that no other place in the
    # gazetteer is called is taken; a village that small is not, nor a town of a name
    # several places bear (Coleraine: in Northern Ireland, Victoria and two US states).
    omagh = resolve_place(gazetteer, ["Omagh"], Counter())
    assert (omagh.country_code, omagh.place_type) == ("GB", "city")
    assert resolve_place(gazetteer, ["Coleraine"], Counter()) is None
    # In a report naming another country, the town must be large to be taken there.
    assert resolve_place(gazetteer, ["Omagh"], Counter({"US": 2})) is None


def test_a_county_the_text_calls_one_may_be_a_province(gazetteer):
    # Kenya's counties are its provinces (admin1); a report naming no country still
    # places "Marsabit County", the only province of its name, as "Helmand province" is.
    place = resolve_place(gazetteer, ["Marsabit County"], Counter(), designator="admin2",
                          stripped=["Marsabit"])
    assert (place.place_type, place.country_code) == ("admin1", "KE")


def test_province_is_never_resolved_to_the_town_of_its_name(gazetteer):
    # A bare name of a province's main town is the town; with a designator it is the
    # province (it used to stay null: no provinces outside the US).
    context = Counter({"AF": 3})
    town = resolve_place(gazetteer, ["Kandahar"], context)
    assert town.place_type == "city" and town.geo_precision == 1
    province = resolve_place(gazetteer, ["Kandahar Province"], context, designator="admin1",
                             stripped=["Kandahar"])
    assert province.place_type == "admin1" and province.geo_precision == 3
    assert province.country_code == "AF" and _km(province.latitude, province.longitude,
                                                 town.latitude, town.longitude) < 5


def test_a_province_of_a_named_country_beats_its_namesake_town_in_another_province(
        gazetteer):
    # The article names England (a province of GB in GeoNames), where GeoNames has a village
    # of Wales: the Wales beside it is still the nation. Idlib beside Idlib province stays
    # the town, which is in it.
    def province(name, code):
        place = next(p for p in gazetteer.candidates(name) if p.place_type == "admin1"
                     and p.country_code == code)
        return geocode.province_context_key(place.geonameid)

    wales = resolve_place(gazetteer, ["Wales"], Counter({"GB": 4, province("England", "GB"): 2}))
    assert wales.place_type == "admin1" and wales.admin1 == "Wales"
    idlib = resolve_place(gazetteer, ["Idlib"], Counter({"SY": 4, province("Idlib", "SY"): 2}))
    assert idlib.place_type == "city" and idlib.admin1 == "Idlib"


def test_a_two_letter_code_names_a_country_only_when_listed(gazetteer):
    # BT is a telecoms company and IT a trade far more often than Bhutan and Italy; US and UK
    # are listed (place_aliases.tsv), three-letter codes are codes of countries.
    assert gazetteer.candidates("BT") == () and gazetteer.candidates("IT") == ()
    assert [p.country_code for p in gazetteer.candidates("US")] == ["US"]
    assert [p.country_code for p in gazetteer.candidates("UK")] == ["GB"]
    assert [p.country_code for p in gazetteer.candidates("GB")] == ["GB"]
    assert [p.country_code for p in gazetteer.candidates("FRA")] == ["FR"]


def test_countries_by_the_names_news_gives_them(gazetteer):
    # GeoNames has "Democratic Republic of the Congo" and "Ivory Coast"; reports write "DR
    # Congo", "Democratic Republic of Congo", "Cote d'Ivoire", "Türkiye" and "the UAE".
    for name, code in [("Democratic Republic of Congo", "CD"), ("DR Congo", "CD"),
                       ("DRC", "CD"), ("Cote d'Ivoire", "CI"), ("Côte d'Ivoire", "CI"),
                       ("Türkiye", "TR"), ("Turkiye", "TR"), ("UAE", "AE"), ("East Timor", "TL")]:
        assert [p.country_code for p in gazetteer.candidates(name)] == [code], name
    assert [p.country_code for p in gazetteer.candidates("Republic of Congo")] == ["CG"]


def test_a_province_named_by_another_spelling_of_its_capital(gazetteer):
    # GeoNames knows "Cuzco" only as another name of the city of Cusco, not of the region
    # the city gives its name to: "the Cuzco region" is that region, not the city and not
    # nothing. A region named unlike its capital is not taken so.
    context = Counter({"PE": 2})
    region = resolve_place(gazetteer, ["Cuzco region"], context, designator="admin1",
                           stripped=["Cuzco"])
    assert region is not None and region.place_type == "admin1"
    assert (region.name, region.country_code) == ("Cusco", "PE")
    city = resolve_place(gazetteer, ["Cuzco"], context)
    assert city.place_type == "city" and city.admin1 == "Cusco"


def test_small_namesake_town_outside_the_article_countries_is_not_taken(gazetteer):
    # Mosul (Iraq) is known; a name matching only a small town of a country the article
    # does not name is left null.
    small = gazetteer.candidates("Colorado do Oeste")  # a Brazilian town of 18,000
    assert small and all(p.country_code == "BR" for p in small)
    assert resolve_place(gazetteer, ["Colorado do Oeste"], Counter({"IQ": 2})) is None
    assert resolve_place(gazetteer, ["Colorado do Oeste"], Counter({"BR": 1})) is not None
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
        assert place["country_code"] == "IQ" and place["place_type"] == "city"
        assert _km(place["latitude"], place["longitude"], lat, lon) < 10, name


# -- provinces, towns and context -----------------------------------------------------------

def test_seed_anbar_is_the_iraqi_province_and_ramadi_is_in_it(seed_articles, reconcile_articles):
    # Guards the admin1 gazetteer (provinces had no coordinates) and the town's admin1.
    entities = reconcile_articles(sorted(seed_articles.values(),
                                         key=lambda a: a.source_path))["entities"]
    places = [e for e in entities if e["label"] in ("GPE", "LOC")]
    anbar = [e for e in places if e["place_type"] == "admin1" and e["country_code"] == "IQ"
             and e["admin1"] == "Al Anbar"]
    assert anbar and anbar[0]["geo_precision"] == 3 and anbar[0]["latitude"] is not None
    ramadi = next(e for e in places if e["name"] == "Ramadi")
    assert ramadi["admin1"] == "Al Anbar" and ramadi["geo_precision"] == 1


def test_province_and_its_capital_are_two_places(link_entity_rows):
    # The model leaves "province" out of the span: the word after it still says so.
    entities = link_entity_rows(
        "Offensive Widens\n\nGovernment forces advanced across Idlib province on Tuesday, "
        "while shells fell on the city of Idlib, activists in Syria said.")
    idlib = {e["place_type"]: e for e in entities if e["country_code"] == "SY"
             and e["place_type"] != "country"}
    province, city = idlib["admin1"], idlib["city"]
    assert province["entity_id"] != city["entity_id"]
    assert province["place_type"] == "admin1" and province["geo_precision"] == 3
    assert city["place_type"] == "city" and city["geo_precision"] == 1
    assert city["admin1"] == province["admin1"] == "Idlib" and city["country"] == "Syria"


def test_district_designator_after_the_name_gives_the_district(link_places):
    entities = link_places(
        "Taliban Advance\n\nTaliban fighters overran checkpoints in Kunduz district on Monday, "
        "police in Afghanistan said.")
    kunduz = entities["Kunduz"]
    assert kunduz["place_type"] == "admin2" and kunduz["geo_precision"] == 2
    assert kunduz["country_code"] == "AF"


def test_tripoli_of_lebanon_and_of_libya_stay_apart(normalize_text, parse, corpus_resources,
                                                     settings):
    texts = ("Clashes in the North\n\nClashes broke out in Tripoli, Lebanon's second city, "
             "on Sunday, the Lebanese army said.",
             "Militias Fight\n\nRival militias fought in Tripoli on Sunday, the Libyan "
             "government said, as the UN envoy to Libya called for calm.")
    articles = [normalize_text(t, f"{i}.txt") for i, t in enumerate(texts)]
    mentions = [m for a in articles for m in parse(a)._.get(MENTIONS)]
    linked, entities = link_entities(articles, mentions, corpus_resources.linking_rules,
                                     corpus_resources.gazetteer, settings.linking,
                                     settings.geocode)
    by_id = {e["entity_id"]: e for e in entities}
    tripolis = {m["article_id"]: by_id[m["entity_id"]] for m in linked if m["text"] == "Tripoli"}
    assert {e["country_code"] for e in tripolis.values()} == {"LB", "LY"}
    assert len({e["entity_id"] for e in tripolis.values()}) == 2


def test_georgia_is_the_us_state_beside_atlanta(link_places):
    entities = link_places(
        "Storm Warning\n\nA storm hit Atlanta, Georgia, on Sunday, and the governor declared "
        "an emergency.")
    assert entities["Georgia"]["country_code"] == "US"
    assert entities["Georgia"]["place_type"] == "admin1"


def test_georgia_alone_is_the_country(link_places):
    entities = link_places(
        "Protests\n\nThousands protested in Georgia against a foreign agents law on Monday.")
    assert entities["Georgia"]["country_code"] == "GE"


def test_hama_and_hamah_are_one_town(link_places):
    entities = link_places(
        "Offensive\n\nSyrian troops massed in Hama on Monday, state media in Syria said.",
        "Troops Advance\n\nSyrian troops gathered in Hamah before moving towards Idlib, state "
        "media in Syria said.")
    hama = [e for e in entities.values() if e["country_code"] == "SY"
            and e["place_type"] == "city" and {"Hama", "Hamah"} & set(e["aliases"])]
    assert len(hama) == 1 and {"Hama", "Hamah"} <= set(hama[0]["aliases"])


def test_village_is_found_only_in_a_country_the_article_names(gazetteer):
    # Saraqib (34,000 people) resolves beside Syria; without Syria named it is too small
    # to be taken on its name alone.
    assert resolve_place(gazetteer, ["Saraqeb"], Counter({"SY": 1})).country_code == "SY"
    assert resolve_place(gazetteer, ["Saraqeb"], Counter()) is None


def test_romanized_spelling_of_a_town_is_found_in_the_article_country(gazetteer):
    # "Dayr az-Zawr" is not among GeoNames' spellings of the town, but its romanized key
    # is the key of "Deir ez-Zor".
    assert not [p for p in gazetteer.candidates("Dayr Azzawr") if p.place_type == "city"]
    place = resolve_place(gazetteer, ["Dayr Azzawr"], Counter({"SY": 1}))
    assert place is None or place.country_code == "SY"


def test_gazetteer_kept_on_disk_is_read_back_with_the_same_places(corpus_resources,
                                                                   request):
    # The session's gazetteer came from pytest's cache folder (built there once): read it
    # again from the same folder, the answers are the same.
    again = geocode.load_gazetteer(GEOCODE, ROMANIZATION, request.config.cache.mkdir("gazetteer"))
    for name in ("Anbar", "Ramadi", "Paris", "UK", "U.S."):
        assert again.candidates(name) == corpus_resources.gazetteer.candidates(name)
    assert [p.country_code for p in again.candidates("S.D.")] != ["SD"]


def test_us_state_is_not_a_town_of_another_state_named_after_it(link_places):
    # Delaware, Ohio is the main town of a county of its name, not of the state.
    entities = link_places(
        "Blast\n\nA resident of Delaware felt the explosion in New York, police in the United "
        "States said.")
    assert entities["Delaware"]["place_type"] == "admin1"


def test_country_name_is_no_town_of_another_country(link_places):
    # With the United States named, "Jordan" and "Russia" are still the countries, not the
    # towns of Minnesota and Ohio.
    entities = link_places(
        "Talks\n\nThe United States, Russia and Jordan met in Washington on Monday to discuss "
        "the border.")
    assert entities["Jordan"]["country_code"] == "JO"
    assert entities["Jordan"]["place_type"] == "country"
    assert entities["Russia"]["country_code"] == "RU"


def test_a_province_one_report_names_does_not_move_a_town_of_the_others(link_entity_rows):
    # One report names Illinois, which has a Paris; the others name no French place, so
    # their Paris is the one all their reports' countries give, not the town of Illinois
    # (nor is the first report's, whose Paris is not written "Paris, Illinois").
    entities = link_entity_rows(
        "Festival Opens\n\nThe film festival opened in Chicago, Illinois, and moves to "
        "Paris next week.",
        "Singer Dies\n\nThe singer was found dead in his Paris apartment, US media said.",
        "Star Weds\n\nThe US actor married in Paris on Saturday, his agent said.")
    paris = {e["country_code"]: e for e in entities if e["name"] == "Paris"}
    assert list(paris) == ["FR"] and paris["FR"]["n_mentions"] == 3
    # The report that names Texas keeps its Paris there.
    entities = link_entity_rows(
        "Storm Hits Town\n\nA tornado tore through Paris, Texas, on Monday.",
        "Singer Dies\n\nThe singer was found dead in his Paris apartment, US media said.")
    paris = {e["country_code"]: e for e in entities if e["name"] == "Paris"}
    assert paris["US"]["admin1"] == "Texas" and paris["FR"]["n_mentions"] == 1


@pytest.mark.parametrize("name, context, expected", [
    # GeoNames calls Uzbekistan's Namangan "Namanga" too: a Kenyan report's Namanga (a border
    # town GeoNames knows only in Tanzania) is no city of Uzbekistan.
    ("Namanga", {"KE": 2}, None),
    # GeoNames also calls Uzbekistan's Koson "Kassan", no spelling of its own name: Burkina
    # Faso's Kassan, which GeoNames lacks, is not it.
    ("Kassan", {"BF": 3}, None),
    # A spelling of the town's own name is the town, however small.
    ("Barisal", {}, ("Barishal", "BD")),
    # An exonym of a great city abroad is that city still.
    ("Bombay", {"GB": 2}, ("Mumbai", "IN")),
    ("Kiev", {"RU": 2}, ("Kyiv", "UA")),
], ids=["namesake's spelling", "another name", "own name spelt otherwise", "exonym",
        "old spelling"])
def test_a_foreign_city_known_only_by_another_name_must_be_great(gazetteer, name, context,
                                                                  expected):
    place = resolve_place(gazetteer, [name], Counter(context))
    assert (place and (place.name, place.country_code)) == expected


def test_a_town_the_text_calls_a_town_is_the_one_in_the_articles_country(link_places):
    # Bare, "Hebron" in a report from Connecticut is the West Bank city, ten times as
    # large (a report naming a US state may mention the city abroad); called a town, it is
    # Connecticut's. A world city abroad still wins: "the city of Cairo" stays Egypt's.
    text = ("Storm Damage\n\nHigh winds brought down power lines across Connecticut on "
            "Tuesday. In the town of Hebron, a barn collapsed, and Hartford declared an "
            "emergency.")
    assert link_places(text)["Hebron"]["country_code"] == "US"
    assert link_places(text.replace("the town of Hebron", "Hebron"))["Hebron"][
        "country_code"] == "PS"
    assert link_places(text.replace("the town of Hebron", "the city of Cairo"))["Cairo"][
        "country_code"] == "EG"


def test_a_bare_name_is_a_larger_towns_not_a_county_called_so_elsewhere(gazetteer):
    # Ohio's Miami County is called Miami too; the bare name is Florida's city.
    place = resolve_place(gazetteer, ["Miami"], Counter({"US": 2}))
    assert (place.place_type, place.admin1) == ("city", "Florida")


@pytest.mark.parametrize("text, countries", [
    # A world city beats a small namesake in the article's country.
    ("Summit\n\nThe United States and Russia will meet in Berlin on Wednesday, officials "
     "said.", {"Berlin": "DE"}),
    # Liverpool and Newcastle both have namesakes in England and in New South Wales, and
    # the article names neither country: the larger Liverpool is England's, and the
    # Australian Newcastle, a guess by size, is no reason to move it to Australia.
    ("Coach Wanted\n\nThe Brazilian, who coached in France for ten years, has been "
     "linked with clubs in Liverpool and Newcastle.", {"Liverpool": "GB"}),
    # The report names Ohio and the US; its London, Frankfurt and Paris are the cities,
    # not Ohio's villages of those names, and its Geneva is not Alabama's.
    ("Markets Rally\n\nShare prices in London, Frankfurt and Paris closed higher after "
     "the US election, which was decided in Ohio. Carmakers at the Geneva motor show "
     "welcomed the result.",
     {"London": "GB", "Frankfurt": "DE", "Paris": "FR", "Geneva": "CH"}),
])
def test_a_city_is_not_taken_for_a_namesake_in_another_country(link_places, text, countries):
    entities = link_places(text)
    assert {name: entities[name]["country_code"] for name in countries} == countries


def test_direction_and_world_region_are_not_geocoded(link_places):
    entities = link_places(
        "Pressure\n\nThe United States said Western support for the talks was weak, as "
        "conflicts in the Middle East spread.")
    for name in ("Western", "Middle East"):
        if name in entities:
            assert entities[name]["latitude"] is None


def test_bare_name_of_a_district_without_a_point_is_its_town(gazetteer):
    # The packages give Jarabulus District no town, so no coordinates: a bare "Jarabulus"
    # in a Syrian article is the town, which has them.
    place = resolve_place(gazetteer, ["Jarabulus"], Counter({"SY": 1}))
    assert place.place_type == "city" and place.latitude is not None
    assert _km(place.latitude, place.longitude, 36.82, 38.01) < 25
    # Named a district, it stays the district.
    district = resolve_place(gazetteer, ["Jarabulus District"], Counter({"SY": 1}),
                             designator="admin2", stripped=["Jarabulus"])
    assert district.place_type == "admin2"


def test_writing_the_gazetteer_spares_another_runs_write_in_progress(corpus_resources,
                                                                      tmp_path):
    # The folder is shared by every run of an installation: a young partial write may be
    # another run's, an old one is a killed run's leftover, another version is stale.
    in_progress, leftover, stale = (tmp_path / ".abc-1", tmp_path / ".abc-2",
                                    tmp_path / "0123456789abcdef")
    for folder in (in_progress, leftover, stale):
        folder.mkdir()
    two_hours_ago = time.time() - 7200
    os.utime(leftover, (two_hours_ago, two_hours_ago))
    geocode._write_gazetteer(corpus_resources.gazetteer, tmp_path / "fedcba9876543210")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".abc-1", "fedcba9876543210"]
    again = geocode._read_gazetteer(tmp_path / "fedcba9876543210")
    assert again.candidates("Anbar") == corpus_resources.gazetteer.candidates("Anbar")


def test_town_the_model_took_for_a_language_is_a_place_after_in(link_places):
    # The model tags "Aleppo" LANGUAGE here; "in" and the gazetteer (in Syria, which the
    # article names) make it the town.
    entities = link_places(
        "Strikes\n\nSix people were killed in air strikes in Aleppo, the monitor said. Syria's "
        "government denied it.")
    assert entities["Aleppo"]["label"] == "GPE" and entities["Aleppo"]["country_code"] == "SY"
    # A nationality stays one: "Syrian" names no place, with or without a preposition.
    entities = link_places("Talks\n\nThe talks were held in Syrian territory, officials said.")
    assert entities["Syrian"]["label"] == "NORP" and entities["Syrian"]["latitude"] is None


def test_small_town_of_a_country_named_in_passing_is_a_namesake(link_places):
    # The report is from Syria; the United States is named once. "Geneva" is the Swiss
    # city, not Geneva, Illinois (22,000 people), though the article names the US and not
    # Switzerland.
    entities = link_places(
        "Talks\n\nDelegates met in Geneva on Monday to discuss a ceasefire in Syria. Air "
        "strikes hit Idlib, and rebels shelled Damascus. The United States urged restraint.")
    assert entities["Geneva"]["country_code"] == "CH"
    assert entities["Idlib"]["country_code"] == "SY"
    # Where the US is the article's country, its small town is the place meant.
    entities = link_places(
        "Storm\n\nA tornado hit Geneva, Alabama, on Monday. Alabama's governor and officials "
        "in the United States capital promised help.")
    assert entities["Geneva"]["country_code"] == "US"


def test_a_town_called_by_the_name_beats_a_larger_one_that_has_it_as_an_alternate(gazetteer):
    # GeoNames gives Russia's Belgorod the Ukrainian town Bilhorod-Dnistrovskyi's name among
    # its alternate names; an article naming both countries means the town called so.
    assert {p.country_code for p in gazetteer.candidates("Bilhorod-Dnistrovskyi")} == {
        "RU", "UA"}
    town = resolve_place(gazetteer, ["Bilhorod-Dnistrovskyi"], Counter({"UA": 2, "RU": 1}))
    assert town.country_code == "UA" and town.admin1 == "Odesa"
    # A name that is only ever an alternate still finds its town (Kharkov: Kharkiv).
    assert resolve_place(gazetteer, ["Kharkov"], Counter({"UA": 1})).name == "Kharkiv"


def test_a_town_called_by_the_name_beats_a_district_that_has_it_as_an_alternate(gazetteer):
    # GeoNames calls the district around Orsha "Orshanskiy Rayon" and gives it the town's
    # name as an alternate; a bare "Orsha" is the town, as "Jarabulus" is.
    town = resolve_place(gazetteer, ["Orsha"], Counter({"BY": 1}))
    assert town.place_type == "city" and town.name == "Orsha"
    assert _km(town.latitude, town.longitude, 54.51, 30.41) < 25


def test_a_name_written_without_its_apostrophe_is_the_place_written_with_one(gazetteer):
    # GeoNames writes South Ossetia's capital Ts'khinvali; outlets write Tskhinvali. Without
    # the apostrophe the name was only its district's, which has no point; the town has one.
    town = resolve_place(gazetteer, ["Tskhinvali"], Counter({"GE": 1}))
    assert town.place_type == "city" and town.latitude is not None
    assert _km(town.latitude, town.longitude, 42.23, 43.97) < 25


def test_a_name_read_without_its_apostrophe_is_no_place_outside_the_articles_countries(
        gazetteer):
    # Hebron is al-Khalil to GeoNames: a "Khalil" in a report from Syria (a man the model took
    # for a place) is not the Palestinian city. Nor is Maan, a Syrian village, Jordan's Ma'an.
    assert resolve_place(gazetteer, ["Khalil"], Counter({"SY": 3})) is None
    maan = resolve_place(gazetteer, ["Maan"], Counter({"SY": 3}))
    assert maan is None or maan.country_code == "SY"


# -- the admin columns in English -----------------------------------------------------------

DESIGNATORS = geocode.AdminNameDesignators.load()
COUNTRIES = frozenset({"somalia", "syria", "lebanon"})


def _english(name: str, *aliases: str) -> str:
    return geocode.english_admin_name(name, list(aliases), DESIGNATORS, COUNTRIES)


def test_admin_name_designators_strip_one_before_and_one_after():
    assert DESIGNATORS.strip("The State of Amhara") == "Amhara"
    assert DESIGNATORS.strip("Hiiran Region") == "Hiiran"
    assert DESIGNATORS.strip("Free State of Saxony") == "Saxony"
    assert DESIGNATORS.strip("Yamalo-Nenets Autonomous Okrug") == "Yamalo-Nenets"
    assert DESIGNATORS.strip("Region") == "Region"  # nothing would be left


@pytest.mark.parametrize("name, aliases, english", [
    # Two alternates agree once their designators are gone.
    ("Ḩalab", ("Aleppo", "Aleppo Governorate", "Halab Gov"), "Aleppo"),
    ("Kharkivska oblast", ("Kharkiv", "Kharkiv Oblast", "Kharkivs’ka Oblast’"), "Kharkiv"),
    ("Bayern", ("Bavaria", "Free State of Bavaria", "Baiern"), "Bavaria"),
    # Not a country's name: a province named after a people is not the country.
    ("Somali", ("The State of Somalia", "Somalia Regional State", "Sumalē Kilil"), "Somali"),
    # An alternate that spells the name itself keeps it, however the others agree.
    ("West Darfur", ("West Darfur State", "Western Darfur", "Western Darfur State"),
     "West Darfur"),
    ("Wāsiţ", ("Vasit", "Wasit Governorate"), "Wasit"),
    # No agreement: the name in plain letters; a lone alternate is no evidence.
    ("Nangarhār", ("Nangarhor",), "Nangarhar"),
    ("‘Akkār", (), "Akkar"),
    ("Dar'ā", (), "Dar'a"),
    ("Rheinland-Pfalz", ("Rhineland-Palatinate", "Rhinlönj-Pfalz"), "Rheinland-Pfalz"),
    ("Shabeellaha Hoose", ("Lower Shabeelle", "Shabeele Hoose Region", "Shabeelle Hoose"),
     "Shabeellaha Hoose"),
    ("Puglia", ("Apulia", "Apulia Region", "Puia", "Puia Region"), "Puglia"),  # a tie
])
def test_english_admin_name_is_the_form_the_alternates_agree_on(name, aliases, english):
    assert _english(name, *aliases) == english


@pytest.mark.parametrize("name, aliases, english", [
    # The name with its country's designator: the one English form with a designator.
    ("Samarskaya oblast'", ("Samara Oblast", "Samarskaja oblast"), "Samara"),
    ("Tatarstan, Respublika", ("Tatarstan Republic",), "Tatarstan"),
    # Two English forms: none is the one; after a comma, the name without the designator.
    ("Altay, Respublika", ("Altai Republic", "Altay Republic"), "Altay"),
    # A name with no designator keeps its own spelling beside a designated alternate.
    ("Ta‘izz", ("Taiz Governorate",), "Taizz"),
])
def test_a_province_named_with_its_countrys_designator_takes_the_english_form(
        name, aliases, english):
    assert _english(name, *aliases) == english


def test_a_designator_after_a_comma_or_with_a_soft_sign_is_stripped():
    assert DESIGNATORS.strip("Dagestan, Respublika") == "Dagestan"
    assert DESIGNATORS.strip("Samarskaya oblast'") == "Samarskaya"


def test_towns_carry_their_province_and_district_in_english(gazetteer):
    # GeoNames writes them Ḩalab and Dnipropetrovska oblast; ACLED, Aleppo and Dnipropetrovsk.
    assert resolve_place(gazetteer, ["Manbij"], Counter({"SY": 1})).admin1 == "Aleppo"
    nikopol = resolve_place(gazetteer, ["Nikopol"], Counter({"UA": 1}))
    assert nikopol.admin1 == "Dnipropetrovsk" and nikopol.name == "Nikopol"
    # The province's own name stays GeoNames': mentions are matched against it.
    province = next(p for p in gazetteer.candidates("Aleppo") if p.place_type == "admin1")
    assert province.name == "Ḩalab" and province.admin1 == "Aleppo"
