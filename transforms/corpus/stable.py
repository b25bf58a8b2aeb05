"""Ids that last across releases: a story or an event keeps its id while most of its
members stay in it, so analysts can follow it from one release to the next (ACLED's and
UCDP's users reconcile changed and deleted events by hand)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PriorIds:
    """Ids a previous release gave: event by event mention, story by article."""
    event_by_mention: dict[str, str] = field(default_factory=dict)
    story_by_article: dict[str, str] = field(default_factory=dict)


def stable_ids(groups: list[list[str]], prior: dict[str, str],
               fresh_id: Callable[[list[str]], str]) -> list[str]:
    """An id for each group of members: the previous id most of its members had (each
    previous id goes to one group only, the one holding most of its members; ties to the
    earlier group), else `fresh_id(group)`, never an id another group kept."""
    votes = []
    for k, members in enumerate(groups):
        counts = Counter(prior[m] for m in members if m in prior)
        votes.extend((-n, old, k) for old, n in counts.items())
    assigned: dict[int, str] = {}
    taken: set[str] = set()
    for _, old, k in sorted(votes):
        if k not in assigned and old not in taken:
            assigned[k] = old
            taken.add(old)
    return [assigned.get(k) or _fresh(members, fresh_id, taken)
            for k, members in enumerate(groups)]


def _fresh(members: list[str], fresh_id: Callable[[list[str]], str], taken: set[str]) -> str:
    """`fresh_id(members)`, unless a group kept that id: when an event splits, the part
    without most of its members may start with the member its id was made from. Then
    the id of the group from its next member on, or, when every member's is kept by
    another group, of all its members together."""
    for i in range(len(members)):
        if (candidate := fresh_id(members[i:])) not in taken:
            return candidate
    return fresh_id(["split:" + "+".join(members)])
