"""Whom an article or a story is about: its leading names, and when two disagree on them.

Two events of one kind often share their setting (one team, one company, one town) and differ in who they
happened to: two arrests of two players of one team, two rehab stays of two actresses. An article's
leading names are its heaviest one-word named things (``e:`` features without a space: single names and
the last words of longer ones, so surnames), weighed as its TF-IDF vector weighs them; a story's are its
centroid's. Two leading lists disagree when neither's first name is among the other's: a later event's
articles that recall the earlier one still name it, but not first.

A pair that disagrees is penalised (``Settings.names_penalty``), in every score the grouping reads: an
article against a story (:meth:`digest.core.stories.grouping.StoryIndex.score`), a pair of articles (the
batch's linkage and the library's revisit) and an article against a regrouped group.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

LEADING_NAMES = 5
"""How many of the heaviest one-word names lead an article or a story."""

_DIGITS = 9
"""Decimals a weight is compared at: sums taken in another order rank ties alike."""


def ranked_names(names: Mapping[str, float]) -> list[tuple[float, str]]:
    """The one-word names of an ``e:`` vector or centroid with their weights, heaviest first (ties by name)."""
    return sorted(((round(weight, _DIGITS), name) for name, weight in names.items() if " " not in name), reverse=True)


def leading_names(names: Mapping[str, float], kept: int = LEADING_NAMES) -> tuple[str, ...]:
    """The ``kept`` heaviest one-word names of an ``e:`` vector or centroid, heaviest first (ties by name)."""
    heaviest = heapq.nlargest(kept + 2, ((w, n) for n, w in names.items() if " " not in n))  # rounded below
    return tuple(name for _, name in sorted(((round(w, _DIGITS), n) for w, n in heaviest), reverse=True)[:kept])


def leading_without(
    ranked: Sequence[tuple[float, str]], whole: Mapping[str, float], own: Mapping[str, float], kept: int = LEADING_NAMES
) -> tuple[str, ...]:
    """The leading names of a centroid ``whole`` (``ranked`` by :func:`ranked_names`) less one member's ``own``
    vector. Only the member's names weigh less, so the list is read from the heaviest down until ``kept`` names
    weigh, once the member's weight is taken off, no less than any name still to come."""
    best: list[tuple[float, str]] = []  # a min-heap of the best ``kept`` so far
    for weight, name in ranked:
        if len(best) == kept and best[0] >= (weight, name):
            break
        left = round(whole[name] - own.get(name, 0.0), _DIGITS) if name in own else weight
        if left <= 1e-9:
            continue
        if len(best) < kept:
            heapq.heappush(best, (left, name))
        elif (left, name) > best[0]:
            heapq.heapreplace(best, (left, name))
    return tuple(name for _, name in sorted(best, reverse=True))


def names_disagree(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two leading lists disagree: both name someone, and neither's first name is among the other's."""
    return bool(first) and bool(second) and first[0] not in second and second[0] not in first
