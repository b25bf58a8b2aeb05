"""Rule tables: one TSV a concern, one rule a row, with a `why` or example column.

`load(name, columns)` reads `<name>.tsv` from this folder and checks its header against the
columns the caller expects. Each table belongs to the layer that reads it: a change to an
ARTICLE_TABLES table changes the extractor fingerprint and re-extracts every article; a
change to a CORPUS_TABLES table only re-runs the cross-article step, which runs every time
anyway. Tables are read when a caller builds its resources (once per process), never at
import.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

RULES_DIR = Path(__file__).parent

# Read per article (normalize, the spaCy components): hashed into the extractor fingerprint.
ARTICLE_TABLES = (
    "abbreviations", "boilerplate", "clutter_blocks", "not_an_article", "outlets",
    "title_site_names", "quote_cues", "quote_pronouns", "quote_gender_words",
    "quote_title_nouns", "quote_role_nouns", "quote_described_nouns", "quote_source_nouns",
    "quote_title_roles", "figure_numbers", "figure_vague", "figure_qualifiers", "figure_bounds",
    "figure_verbs", "figure_casualty_nouns", "figure_tally_nouns", "figure_people",
    "figure_non_counts", "figure_attribution", "figure_outcome_adverbs", "figure_subset_markers",
    "figure_verb_objects", "figure_state_phrases", "figure_deadly_events", "event_triggers",
    "event_actors", "event_subtypes", "event_actor_frames", "event_trigger_exclusions",
    "event_sites", "place_designators", "english_function_words", "lemma_exceptions",
    "table_row_labels",
)
# Read only across articles (entity linking, geocoding): never re-extract.
CORPUS_TABLES = (
    "honorifics", "name_particles", "alias_patterns", "alias_designators", "place_aliases",
    "place_prepositions", "romanization_folds", "country_demonyms",
    "place_region_words", "kinship_nouns", "group_name_words", "armed_member_nouns",
    "group_nouns", "place_of_nouns", "speaker_work_nouns", "club_name_words",
    "club_role_nouns", "province_aliases", "admin_name_designators",
)


class RuleTableError(ValueError):
    pass


def load(name: str, columns: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    path = RULES_DIR / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(reader.fieldnames or ()) != columns:
        raise RuleTableError(f"{path.name}: header {reader.fieldnames} != expected {list(columns)}")
    rows = tuple(reader)
    for i, row in enumerate(rows, start=2):
        missing = [c for c in columns[:1] if not (row.get(c) or "").strip()]
        if missing or None in row:
            raise RuleTableError(f"{path.name} row {i}: malformed row {row}")
    return rows


def fingerprint(names: tuple[str, ...]) -> str:
    """Hash of the named tables' bytes."""
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(name.encode())
        digest.update((RULES_DIR / f"{name}.tsv").read_bytes())
    return digest.hexdigest()[:16]
