"""Connected components: the one union-find of the project.

Entity linking, wire-copy groups and quote clusters all merge items that are linked
directly or through others. Roots are the smallest member, so the result is the same
whatever order the links arrive in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable


class UnionFind:
    """Disjoint sets with path halving; the root of a set is its smallest member."""

    def __init__(self, nodes: Iterable[Hashable] = ()):
        self.parent: dict = {node: node for node in nodes}

    def find(self, node):
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # deterministic root

    def groups(self) -> list[list]:
        """Every set, its members sorted, the sets sorted by their first member."""
        members: dict = defaultdict(list)
        for node in sorted(self.parent):
            members[self.find(node)].append(node)
        return sorted(members.values())


def connected_components(nodes: Iterable[Hashable],
                         edges: Iterable[tuple[Hashable, Hashable]]) -> list[list]:
    """The nodes grouped by the edges between them (an edge to an unlisted node is ignored)."""
    sets = UnionFind(nodes)
    for a, b in edges:
        if a in sets.parent and b in sets.parent:
            sets.union(a, b)
    return sets.groups()
