"""The data card tells what a release holds, from its own tables: stories with dates and
outlets, the largest facts with bounds and sources, the facts in conflict and what
disagrees, the most quoted speakers, and what the release cannot tell, with numbers."""

from __future__ import annotations

from tests.transforms.release.conftest import hand_made_tables, write_hand_made_release
from transforms.release.datacard import release_card
from transforms.release.files import KNOWN_LIMITS


def _section(card: str, title: str) -> str:
    start = card.index(f"## {title}\n")
    return card[start:card.index("\n## ", start + 1)]


def test_card_lists_the_story_with_its_dates_and_outlets(hand_made_release):
    folder, manifest = hand_made_release
    stories = _section(release_card(folder, manifest, KNOWN_LIMITS), "Stories")
    assert ("| Floods kill 12 in river town | 2 | 2 | 2026-03-02 to 2026-03-03 | "
            "Harbour Times, Valley News |") in stories


def test_card_gives_the_largest_fact_with_bounds_and_sources(hand_made_release):
    folder, manifest = hand_made_release
    facts = _section(release_card(folder, manifest, KNOWN_LIMITS), "Largest facts")
    assert "| killed | people | 12 | 12 | 15 | 2 | officials; police |" in facts


def test_card_says_what_disagrees_in_a_conflict(hand_made_release):
    folder, manifest = hand_made_release
    conflicts = _section(release_card(folder, manifest, KNOWN_LIMITS), "Facts in conflict")
    assert "| killed | people | 12, 15 | values disagree: 12 vs 15 |" in conflicts


def test_card_names_the_most_quoted_speaker(hand_made_release):
    folder, manifest = hand_made_release
    speakers = _section(release_card(folder, manifest, KNOWN_LIMITS), "Most quoted speakers")
    assert "| Maria Lopez | 2 | 2 | We lost everything |" in speakers
    assert "Nobody warned us" not in speakers  # no speaker: counted below instead


def test_card_counts_what_the_release_cannot_tell(hand_made_release):
    folder, manifest = hand_made_release
    card = release_card(folder, manifest, KNOWN_LIMITS)
    limits = card[card.index("## What this release cannot tell"):]
    assert "- 1 of 3 (33%) quotations have no speaker" in limits
    assert "- 1 of 2 (50%) places (GPE, LOC) have no coordinates" in limits
    assert "- 0 of 2 (0%) articles have no publication date" in limits
    assert "- 1 of 2 (50%) figures have no day of the event" in limits
    assert "figures.counts_no_people 1, quotes.scare_quote 2" in limits
    assert "- Input files not published as articles: 1 empty" in limits
    assert "as the pipeline grows" not in card


def test_card_leaves_out_the_sections_of_a_missing_table(tmp_path):
    tables = hand_made_tables()
    del tables["facts"]
    folder = tmp_path / "release"
    card = release_card(folder, write_hand_made_release(folder, tables), KNOWN_LIMITS)
    assert "## Largest facts" not in card and "## Facts in conflict" not in card
    assert "## Most quoted speakers" in card and "- facts:" not in card
