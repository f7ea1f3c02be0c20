"""A batch's first grouping by average linkage: two groups merge while their articles, on average, match.

The incremental grouping (:class:`digest.core.stories.grouping.StoryIndex`) places articles in arrival
order, so two events of one kind that arrive interleaved can meet while both stories are one article
old, and a merged centroid then attracts both events. Average linkage has no order: it scores every pair
of articles as :meth:`StoryIndex.score` scores an article against a story (the same per-namespace cosines
and weights, the same year and time penalties), then repeatedly merges the two groups whose articles
match best on average, stopping when no two groups reach the strict threshold. A new member must match the
group's members on average, not one of them. Regrouping (:meth:`StoryIndex.reassign`) then starts from
these groups.

Importing this imports numpy and scipy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import linkage
from scipy.spatial.distance import squareform

from digest.core.stories.conflicts import labelled, split_conflicts
from digest.core.stories.features import ArticleFeatures
from digest.core.stories.grouping import Settings
from digest.core.stories.leading import leading_names

LINKAGE_LIMIT = 3000
"""Largest batch grouped by linkage (its pairwise matrix grows with the square); larger ones are grouped
incrementally."""


def _weighted_matrix(
    vectors: Sequence[dict[str, dict[str, float]]], weights: Sequence[tuple[str, float]]
) -> sparse.csr_matrix:
    """The articles' unit vectors as rows of one sparse matrix, each namespace's scaled by the square root of its
    (non-negative) weight, so that one product of the matrix with itself sums the weighted cosines."""
    columns: dict[str, int] = {}
    rows, cols, values = [], [], []
    for namespace, weight in weights:
        scale = math.sqrt(weight)
        for row, vector in enumerate(vectors):
            for feature, value in vector.get(namespace, {}).items():
                rows.append(row)
                cols.append(columns.setdefault(feature, len(columns)))
                values.append(value * scale)
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(vectors), max(len(columns), 1)))


def _year_penalties(features: Sequence[ArticleFeatures], penalty: float) -> np.ndarray:
    """``penalty`` for each pair of articles that both name years and share none."""
    columns: dict[str, int] = {}
    rows, cols = [], []
    for row, item in enumerate(features):
        for year in item.years:
            rows.append(row)
            cols.append(columns.setdefault(year, len(columns)))
    years = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(features), max(len(columns), 1)))
    shared = (years @ years.T).toarray()
    named = np.asarray(years.sum(axis=1)).ravel() > 0
    disjoint: np.ndarray = np.outer(named, named) & (shared == 0)
    return penalty * disjoint.astype(float)


def _time_penalties(features: Sequence[ArticleFeatures], settings: Settings) -> np.ndarray:
    """The time penalty for each pair of articles published far apart (0 when a time is unknown)."""
    times = np.array([np.nan if f.published is None else f.published for f in features], dtype=float)
    gaps = np.abs(times[:, None] - times[None, :]) / 86400.0
    steps: np.ndarray = np.nan_to_num(np.clip((gaps - settings.days) / settings.days, 0.0, 2.0), nan=0.0)
    return settings.time_penalty * steps


def _names_penalties(vectors: Sequence[dict[str, dict[str, float]]], penalty: float) -> np.ndarray:
    """``penalty`` for each pair of articles whose leading names disagree (as
    :func:`digest.core.stories.leading.names_disagree` tells, here by a product: ``inside[i, j]`` is whether
    article i's first name is among article j's leading names)."""
    leading = [leading_names(vector.get("e") or {}) for vector in vectors]
    columns: dict[str, int] = {}
    rows, cols, firsts = [], [], []
    for row, names in enumerate(leading):
        for name in names:
            rows.append(row)
            cols.append(columns.setdefault(name, len(columns)))
        firsts.append((row, columns[names[0]]) if names else (row, -1))
    shape = (len(vectors), max(len(columns), 1))
    among = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    named = [(row, col) for row, col in firsts if col >= 0]
    first = sparse.csr_matrix(
        (np.ones(len(named)), ([row for row, _ in named], [col for _, col in named])), shape=shape
    )
    inside = (first @ among.T).toarray() > 0
    has = np.array([bool(names) for names in leading])
    disagree: np.ndarray = np.outer(has, has) & ~inside & ~inside.T
    return penalty * disagree.astype(float)


def pair_scores(
    vectors: Sequence[dict[str, dict[str, float]]], features: Sequence[ArticleFeatures], settings: Settings
) -> np.ndarray:
    """How well each article matches each other one (the story score with a one-article story)."""
    matrix = _weighted_matrix(vectors, settings.weights)  # one product, not one per namespace (each costs ~1 ms)
    scores: np.ndarray = (matrix @ matrix.T).toarray()
    if settings.year_penalty:
        scores -= _year_penalties(features, settings.year_penalty)
    if settings.time_penalty:
        scores -= _time_penalties(features, settings)
    if settings.names_penalty:
        scores -= _names_penalties(vectors, settings.names_penalty)
    return scores


def average_linkage(
    vectors: Sequence[dict[str, dict[str, float]]], features: Sequence[ArticleFeatures], settings: Settings
) -> list[int]:
    """Each article's group (numbered from 0): groups merge while their mean pair score reaches the strict
    threshold (``Settings.strict_threshold``), unless their numbers and dates conflict
    (:mod:`digest.core.stories.conflicts`)."""
    if len(vectors) < 2:
        return [0] * len(vectors)
    scores = pair_scores(vectors, features, settings)
    ceiling = float(scores.max()) + 1.0
    distances = ceiling - scores
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    cut, count = ceiling - settings.strict_threshold, len(vectors)
    children = {count + k: (int(a), int(b)) for k, (a, b, height, _) in enumerate(tree) if height <= cut}
    cosines: list[np.ndarray] = []

    def mean(first: list[int], second: list[int] | None) -> float:
        """The mean numbers cosine between two groups, or within ``first`` (over its distinct pairs) when
        ``second`` is None."""
        if not cosines:
            matrix = _weighted_matrix(vectors, (("n", 1.0),))
            cosines.append((matrix @ matrix.T).toarray())
        if second is None:
            block = cosines[0][np.ix_(first, first)]
            return float((block.sum() - np.trace(block)) / (len(first) * (len(first) - 1)))
        return float(cosines[0][np.ix_(first, second)].mean())

    return labelled(count, split_conflicts(count, children, mean, settings.numbers_conflict))
