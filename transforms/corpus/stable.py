"""Ids that last across releases: a story or an event keeps its id while most of its
members stay in it, so analysts can follow it from one release to the next (ACLED's and
UCDP's users reconcile changed and deleted events by hand)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PriorIds:
    """Ids a previous release gave: event by event mention, story by article. `reserved`:
    previous ids that groups elsewhere may keep (in other windows of the cross-article
    step), which no new id may take."""
    event_by_mention: dict[str, str] = field(default_factory=dict)
    story_by_article: dict[str, str] = field(default_factory=dict)
    reserved: frozenset[str] = frozenset()


def stable_ids(groups: list[list[str]], prior: dict[str, str],
               fresh_id: Callable[[list[str]], str],
               reserved: frozenset[str] = frozenset()) -> list[str]:
    """An id for each group of members: the previous id most of its members had (each
    previous id goes to one group only, the one holding most of its members; ties to the
    earlier group), else `fresh_id(group)`, never an id another group kept or `reserved`."""
    votes = []
    for k, members in enumerate(groups):
        counts = Counter(prior[m] for m in members if m in prior)
        votes.extend((-n, old, k) for old, n in counts.items())
    assigned: dict[int, str] = {}
    kept: set[str] = set()
    for _, old, k in sorted(votes):
        if k not in assigned and old not in kept:
            assigned[k] = old
            kept.add(old)
    unavailable = kept | reserved
    return [assigned.get(k) or _fresh(members, fresh_id, unavailable)
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


def window_priors(prior: PriorIds, window_of_article: dict[str, int],
                  window_of_mention: dict[str, int], n_windows: int) -> list[PriorIds]:
    """The previous ids each of `n_windows` windows may keep, when the cross-article step
    runs window by window: a previous story or event goes to the window holding most of
    its members (ties to the earlier window), as stable_ids gives it to one group; every
    previous id is reserved in every window, so that no window makes a new id equal to
    one another window keeps. A story the windows now split keeps its id in one."""
    stories = _by_window(prior.story_by_article, window_of_article, n_windows)
    events = _by_window(prior.event_by_mention, window_of_mention, n_windows)
    reserved = frozenset(prior.story_by_article.values()) | frozenset(
        prior.event_by_mention.values())
    return [PriorIds(events[k], stories[k], reserved) for k in range(n_windows)]


def _by_window(prior: dict[str, str], window_of: dict[str, int],
               n_windows: int) -> list[dict[str, str]]:
    members_in: dict[str, Counter] = {}  # previous id -> window -> its members there
    for member, old in prior.items():
        if (k := window_of.get(member)) is not None:
            members_in.setdefault(old, Counter())[k] += 1
    winner = {old: min(counts, key=lambda k: (-counts[k], k))
              for old, counts in members_in.items()}
    split: list[dict[str, str]] = [{} for _ in range(n_windows)]
    for member, old in prior.items():
        if (k := window_of.get(member)) is not None and winner[old] == k:
            split[k][member] = old
    return split
