"""Hand-written articles shared by the cross-article tests."""

from __future__ import annotations

import pytest

# A wire report of a dam failure, a rewrite of it by a second outlet, an independent report
# of the same event, and an unrelated article that shares only the country.
WIRE = (
    "Dam Bursts in Northern Province\n\n"
    "A dam on the Tsagaan River burst before dawn on Tuesday, flooding the town of Erdenet "
    "Bulag and forcing thousands of residents onto rooftops, provincial officials said. "
    "Rescue teams from the Mongolian Red Cross reached the town by helicopter in the "
    "afternoon and began pulling families from the water. The provincial governor, Batbayar "
    "Dorj, said the reservoir had been filled beyond its design level after a week of heavy "
    "rain. Engineers had warned in March that cracks in the concrete wall of the dam were "
    "growing every month. Television footage showed cattle and cars carried away by the "
    "brown floodwater as it swept through the market square.")
REWRITE = (
    "Thousands Stranded as Dam Fails\n\n"
    "Thousands of people were stranded on rooftops on Tuesday after a dam on the Tsagaan "
    "River burst before dawn, flooding the town of Erdenet Bulag, provincial officials said. "
    "Rescue teams from the Mongolian Red Cross reached the town by helicopter in the "
    "afternoon and began pulling families from the water. Local engineers had warned in "
    "March that cracks in the concrete wall of the dam were growing every month, according "
    "to documents seen by reporters. The government in Ulaanbaatar promised emergency aid.")
INDEPENDENT = (
    "Flood Survivors Describe Night of Terror\n\n"
    "Residents of Erdenet Bulag described waking to the roar of water as the Tsagaan River "
    "dam gave way. Governor Batbayar Dorj visited the flooded streets on Wednesday and "
    "promised that every family would be rehoused before winter. Volunteers of the "
    "Mongolian Red Cross handed out blankets and drinking water at a school on higher "
    "ground, where hundreds spent the night.")
UNRELATED = (
    "Copper Exports Climb\n\n"
    "Copper exports from Mongolia rose by a fifth in the first quarter as a new smelter "
    "opened near the southern border, the statistics office reported. Analysts expect "
    "prices to stay high through the summer because demand from battery makers keeps "
    "growing. The mining ministry said it would publish new licensing rules in June.")


@pytest.fixture(scope="module")
def dam(normalize_text):
    """The four hand-written articles, by role."""
    texts = {"wire": WIRE, "rewrite": REWRITE, "independent": INDEPENDENT,
             "unrelated": UNRELATED}
    return {role: normalize_text(text, f"{role}.txt") for role, text in texts.items()}
