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
    return tuple(
        name for _, name in heapq.nlargest(kept, ((round(w, _DIGITS), n) for n, w in names.items() if " " not in n))
    )


def leading_without(
    ranked: Sequence[tuple[float, str]], whole: Mapping[str, float], own: Mapping[str, float], kept: int = LEADING_NAMES
) -> tuple[str, ...]:
    """The leading names of a centroid ``whole`` (``ranked`` by :func:`ranked_names`) less one member's ``own``
    vector: only the member's names weigh less, so the leaders are among the first ``kept`` + their number."""
    reach = kept + sum(1 for name in own if " " not in name and name in whole)
    candidates = ((round(whole[name] - own.get(name, 0.0), _DIGITS), name) for _, name in ranked[:reach])
    return tuple(name for weight, name in heapq.nlargest(kept, candidates) if weight > 1e-9)


def names_disagree(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two leading lists disagree: both name someone, and neither's first name is among the other's."""
    return bool(first) and bool(second) and first[0] not in second and second[0] not in first
