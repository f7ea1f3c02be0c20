"""Pair scores of a small neighbourhood in plain Python, remembered across a library's revisits.

A library's revisit (:mod:`digest.core.store.story_revisit`) regroups a few dozen stored members after
each arrival, and the neighbourhood of one arrival is mostly that of the last one. So each pair of
members is scored once per process: :class:`PairMemo` keeps, for each pair, the dot product of their
vectors in every namespace and the pair score (:func:`digest.core.stories.linkage.pair_scores`' value:
the namespaces' weighted cosines, less the year, time and leading-name penalties). A :class:`PairTable` lays
them out for one neighbourhood, or, with no memo (a library's reweighing regroups a few hundred members at
once), computes each namespace's dot products for all pairs at once from postings (:func:`dot_table`);
:func:`average_linkage_table` groups it as the batch's average linkage does, without numpy or scipy (a
neighbourhood is small; importing scipy costs more than grouping it).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import repeat
from operator import add, mul

from digest.core.stories.conflicts import Mean, labelled, split_conflicts
from digest.core.stories.features import ArticleFeatures
from digest.core.stories.grouping import NAMESPACES, Settings, event_penalty, sparse_dot
from digest.core.stories.leading import leading_names

Vectors = dict[str, dict[str, float]]

MEMO_PAIRS = 60_000
"""Pairs a :class:`PairMemo` remembers before it starts afresh (about 360 bytes each: 22 MB at most; a
neighbourhood of 60 members has 1,770 pairs)."""


def namespace_dots(first: Vectors, second: Vectors) -> tuple[float, ...]:
    """The dot product of two articles' vectors in each namespace (in :data:`NAMESPACES` order)."""
    return tuple(sparse_dot(first.get(ns) or {}, second.get(ns) or {}) for ns in NAMESPACES)


def pair_penalty(
    first: ArticleFeatures,
    second: ArticleFeatures,
    settings: Settings,
    names: tuple[Sequence[str], Sequence[str]] | None = None,
) -> float:
    """The year, time and leading-name penalties of a pair (``names``: the pair's leading names), as
    :meth:`StoryIndex.score` gives them to a one-article story."""
    times = () if second.published is None else (second.published,)
    return event_penalty(first, second.years, times, settings, names)


class PairMemo:
    """Each pair's namespace dots and score, for one :class:`Settings`, keyed by the two members' keys."""

    def __init__(self, settings: Settings, size: int = MEMO_PAIRS) -> None:
        """An empty memo for pairs scored with ``settings``."""
        self.settings = settings
        self.size = size
        self.pairs: dict[tuple[int, int], tuple[float, tuple[float, ...]]] = {}
        self.leading: dict[int, tuple[str, ...]] = {}
        self.owns: dict[int, tuple[float, ...]] = {}
        self.names: dict[int, dict[str, float]] = {}

    def pair(
        self, keys: tuple[int, int], vectors: tuple[Vectors, Vectors], features: tuple[ArticleFeatures, ...]
    ) -> tuple[float, tuple[float, ...]]:
        """The pair's score and namespace dots (computed once); ``vectors`` and ``features`` in ``keys``' order."""
        found = self.pairs.get(keys)
        if found is None:
            if len(self.pairs) >= self.size:
                self.forget()
            dots = namespace_dots(*vectors)
            score = 0.0
            for ns, weight in self.settings.weights:  # added in turn, as :meth:`PairTable._score_all` adds them
                score += weight * dots[NAMESPACES.index(ns)]
            names = None
            if self.settings.names_penalty:
                names = (self._leading(keys[0], vectors[0]), self._leading(keys[1], vectors[1]))
            penalty = pair_penalty(features[0], features[1], self.settings, names)
            found = self.pairs[keys] = (score - penalty, dots)
        return found

    def forget(self) -> None:
        """Forget every pair and member remembered."""
        self.pairs.clear()
        self.leading.clear()
        self.owns.clear()
        self.names.clear()

    def _leading(self, key: int, vectors: Vectors) -> tuple[str, ...]:
        """A member's leading names (read once per member)."""
        found = self.leading.get(key)
        if found is None:
            found = self.leading[key] = leading_names(vectors.get("e") or {})
        return found

    def leading_of(self, key: int, vectors: Vectors) -> tuple[str, ...]:
        """A member's leading names (:func:`leading_names` of its ``e:`` vector, read once per member)."""
        return self._leading(key, vectors)

    def own(self, key: int, vectors: Vectors) -> tuple[float, ...]:
        """A member's squared length in each namespace (:func:`namespace_dots` with itself, read once per member)."""
        found = self.owns.get(key)
        if found is None:
            found = self.owns[key] = namespace_dots(vectors, vectors)
        return found

    def one_word_names(self, key: int, vectors: Vectors) -> dict[str, float]:
        """A member's :func:`one_word_names` (read once per member; not to be changed)."""
        found = self.names.get(key)
        if found is None:
            found = self.names[key] = one_word_names(vectors)
        return found


def usable_memo(
    memo: PairMemo | None, keys: Sequence[int] | None, settings: Settings
) -> tuple[PairMemo, Sequence[int]] | None:
    """The memo and the members' keys in it, when both are given and the memo's pairs were scored with
    ``settings`` (else None: nothing is read from a memo)."""
    return (memo, keys) if memo is not None and keys is not None and memo.settings == settings else None


def one_word_names(vectors: Vectors) -> dict[str, float]:
    """An article's one-word ``e:`` names with their weights."""
    return {name: weight for name, weight in (vectors.get("e") or {}).items() if " " not in name}


class PairTable:
    """A neighbourhood's pairs laid out: ``scores[i][j]`` (pair scores) and ``dots[k][i][j]`` (namespace ``k``'s
    dot products, the diagonal holding each vector's squared length)."""

    def __init__(
        self,
        vectors: Sequence[Vectors],
        features: Sequence[ArticleFeatures],
        settings: Settings,
        memo: PairMemo | None = None,
        keys: Sequence[int] | None = None,
    ) -> None:
        """Score every pair of the neighbourhood (from ``memo``, by ``keys``: one distinct key per vector, when
        given; a memo of other settings is not used; without one, all pairs at once, to the same values)."""
        count = len(vectors)
        usable = usable_memo(memo, keys, settings)
        if usable is None:
            self._score_all(vectors, features, settings)
            return
        memo, keys = usable
        remembered = memo.pairs
        cells: list[list[tuple[float, tuple[float, ...]]]] = [[] for _ in range(count)]  # (score, dots) of each pair
        for i in range(count):
            row = cells[i]
            for j in range(i):
                a, b = (i, j) if keys[i] <= keys[j] else (j, i)  # the pair in key order, its members alike
                found = remembered.get((keys[a], keys[b]))
                if found is None:
                    found = memo.pair((keys[a], keys[b]), (vectors[a], vectors[b]), (features[a], features[b]))
                row.append(found)
            row.append((0.0, memo.own(keys[i], vectors[i])))  # the diagonal: no score, each squared length
        for i in range(count):  # the pairs above the diagonal, from those below
            cells[i] += [cells[j][i] for j in range(i + 1, count)]
        self.scores = [[score for score, _ in row] for row in cells]
        self.dots = [[[dots[k] for _, dots in row] for row in cells] for k in range(len(NAMESPACES))]

    def _score_all(self, vectors: Sequence[Vectors], features: Sequence[ArticleFeatures], settings: Settings) -> None:
        """Score every pair at once, with nothing remembered: each namespace's dot products from its postings
        (:func:`dot_table`), the same values :class:`PairMemo` computes pair by pair."""
        count = len(vectors)
        self.dots = [dot_table([v.get(ns) or {} for v in vectors]) for ns in NAMESPACES]
        weighted = [[0.0] * count for _ in range(count)]
        for ns, weight in settings.weights:  # summed in the weights' order, as :meth:`PairMemo.pair` sums them
            table = self.dots[NAMESPACES.index(ns)]
            weighted = [
                list(map(add, row, map(mul, repeat(weight), dots))) for row, dots in zip(weighted, table, strict=True)
            ]
        names = [leading_names(v.get("e") or {}) for v in vectors] if settings.names_penalty else None
        times = [() if item.published is None else (item.published,) for item in features]
        self.scores = [[0.0] * count for _ in range(count)]
        for i in range(count):
            row, years, scored = self.scores[i], features[i].years, weighted[i]
            for j in range(i):  # the pair in index order, as :class:`PairMemo` keys it (:func:`pair_penalty`)
                pair = None if names is None else (names[j], names[i])
                row[j] = self.scores[j][i] = scored[j] - event_penalty(features[j], years, times[i], settings, pair)


def dot_table(vectors: Sequence[dict[str, float]]) -> list[list[float]]:
    """The dot product of every pair of sparse vectors (the diagonal: each one's squared length), each summed as
    :func:`~digest.core.stories.grouping.sparse_dot` sums it: over the shorter vector's shared features in its
    order (the earlier vector's when both are as long), left to right, so the values are the same to the last bit
    on every Python.

    Each vector is read against the postings of the vectors it leads (those longer, or as long and later), so
    only pairs that share a feature are multiplied."""
    count = len(vectors)
    table = [[0.0] * count for _ in range(count)]  # row i: the pairs vector i leads
    postings: dict[str, list[tuple[int, float]]] = {}
    for i in sorted(range(count), key=lambda i: (len(vectors[i]), i), reverse=True):
        row = table[i]
        for feature, weight in vectors[i].items():
            found = postings.get(feature)
            if found is None:
                postings[feature] = [(i, weight)]
                continue
            for j, other in found:
                row[j] += weight * other
            found.append((i, weight))
    # each pair is in its leader's row: add the other half's zero
    table = [list(map(add, row, column)) for row, column in zip(table, zip(*table, strict=True), strict=True)]
    for i, vector in enumerate(vectors):
        table[i][i] = sparse_dot(vector, vector)
    return table


def average_linkage_table(
    scores: list[list[float]], threshold: float, numbers: list[list[float]] | None = None, ratio: float = 0.0
) -> list[int]:
    """Each article's group (numbered from 0 in order of first appearance): groups merge while their mean pair
    score reaches ``threshold``, as :func:`digest.core.stories.linkage.average_linkage` merges them, unless the
    pairs' ``numbers`` cosines conflict at ``ratio`` (:mod:`digest.core.stories.conflicts`).

    Average linkage by the nearest-neighbour chain: a group whose best match is below the threshold can never
    rise above it (average linkage is reducible), so it is set aside; the merges found are those of the full
    dendrogram cut at the threshold.
    """
    count = len(scores)
    similarity: dict[int, dict[int, float]] = {
        i: {j: scores[i][j] for j in range(count) if j != i} for i in range(count)
    }
    sizes = {i: 1 for i in range(count)}
    children: dict[int, tuple[int, int]] = {}
    chain: list[int] = []
    next_id = count
    while len(similarity) > 1:
        if not chain:
            chain.append(next(iter(similarity)))
        top = chain[-1]
        row = similarity[top]
        best = max(row, key=row.__getitem__)
        if len(chain) > 1 and row[chain[-2]] >= row[best]:
            best = chain[-2]
        if row[best] < threshold:  # it never merges: set aside
            chain.pop()
            for other in similarity.pop(top):
                del similarity[other][top]
            chain.clear()
            continue
        if len(chain) > 1 and best == chain[-2]:
            chain.pop()
            chain.pop()
            merged = next_id
            next_id += 1
            children[merged] = (top, best)
            _merge(similarity, sizes, top, best, merged)
        else:
            chain.append(best)
    return labelled(count, split_conflicts(count, children, _mean_of(numbers), ratio))


def _mean_of(cosines: list[list[float]] | None) -> Mean:
    """The mean cosine between two lists of articles, or within one (``second`` None: over its distinct pairs)."""

    def mean(first: list[int], second: list[int] | None) -> float:
        """The mean cosine between two groups, or within ``first`` when ``second`` is None."""
        if cosines is None:
            return 0.0
        if second is None:
            total = sum(cosines[i][j] for i in first for j in first) - sum(cosines[i][i] for i in first)
            return total / (len(first) * (len(first) - 1))
        return sum(cosines[i][j] for i in first for j in second) / (len(first) * len(second))

    return mean


def _merge(
    similarity: dict[int, dict[int, float]], sizes: dict[int, int], first: int, second: int, merged: int
) -> None:
    """Replace two groups by their union: its similarity to each other group is the size-weighted mean."""
    first_row, second_row = similarity.pop(first), similarity.pop(second)
    a, b = sizes.pop(first), sizes.pop(second)
    row = {}
    for other, value in first_row.items():
        if other != second:
            row[other] = (a * value + b * second_row[other]) / (a + b)
            other_row = similarity[other]
            del other_row[first], other_row[second]
            other_row[merged] = row[other]
    similarity[merged] = row
    sizes[merged] = a + b


def unit_length(squared: float) -> float:
    """The length from a squared length summed from dot products (0 when rounding left a trace)."""
    return math.sqrt(squared) if squared > 1e-12 else 0.0
