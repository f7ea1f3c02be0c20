"""Near-identical copies: the same wire story run by several outlets, told apart from rewrites.

Two articles are copies when their word 5-gram shingle sets overlap by at least ``COPY_SIMILARITY``
(Jaccard). Within a story (a handful of articles) the exact Jaccard is cheap, so no MinHash sketch is
needed; shingles are CRC-32 hashes, stable across runs.
"""

from __future__ import annotations

from collections.abc import Sequence

COPY_SIMILARITY = 0.6
"""Shingle overlap (Jaccard) from which two articles are copies of one text."""


def jaccard(first: frozenset[int], second: frozenset[int]) -> float:
    """The Jaccard similarity of two shingle sets."""
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def copy_groups(shingles: Sequence[frozenset[int]]) -> list[list[int]]:
    """Groups (of two or more indices, in order) of articles that are copies of one another."""
    parent = list(range(len(shingles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(shingles)):
        for j in range(i + 1, len(shingles)):
            if root(i) != root(j) and jaccard(shingles[i], shingles[j]) >= COPY_SIMILARITY:
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(shingles)):
        groups.setdefault(root(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]
