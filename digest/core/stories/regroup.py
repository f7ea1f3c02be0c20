"""Regrouping a neighbourhood of stories afresh, so that a grouping made in arrival order can be undone.

A library places each article as it arrives. When two events of one kind arrive interleaved, their first
articles can meet while both stories are one article old, and the merged story then attracts both events;
an article placed early can also miss the story it belongs to, which did not exist yet. After an arrival
joins a story, its neighbourhood (that story and the other stories the arrival matched) is grouped again
as a batch is (:mod:`digest.core.stories.linkage`): average linkage over the members' pair scores, then
rounds of moving each member to the group it matches best. A story can so split in two, two stories can
merge, and a member can move. Only the neighbourhood's most recent members are regrouped, so the work per
arrival stays small however large a story grows.

Everything is computed from the pairs' dot products (:mod:`digest.core.stories.pairs`): a group's centroid
is the sum of its members' vectors, so a member's dot product with it is the sum of the pairs' and its
squared length the sum over pairs of members. The scores are :meth:`StoryIndex.score`'s against each
group's centroid, without building one (and without numpy or scipy).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from digest.core.stories.features import ArticleFeatures
from digest.core.stories.grouping import NAMESPACES, Settings, event_penalty
from digest.core.stories.leading import leading_names, leading_without, ranked_names
from digest.core.stories.pairs import (
    PairMemo,
    PairTable,
    average_linkage_table,
    one_word_names,
    unit_length,
    usable_memo,
)

REGROUP_ROUNDS = 2
"""Rounds of moving members between the neighbourhood's groups after the linkage."""

Vectors = dict[str, dict[str, float]]


@dataclass
class _Group:
    """A group while regrouping: members, each article's dot product with its centroid (per namespace), the
    centroid's squared length (per namespace), years, publication times and the one-word names of its ``e:``
    centroid (``names``; ``ranked`` by weight when read since the last move)."""

    members: set[int] = field(default_factory=set)
    sums: list[list[float]] = field(default_factory=list)
    squares: list[float] = field(default_factory=list)
    years: Counter[str] = field(default_factory=Counter)
    times: list[float] = field(default_factory=list)
    names: dict[str, float] = field(default_factory=dict)
    ranked: list[tuple[float, str]] | None = None


class _Regrouping:
    """Groups of a neighbourhood and the score of each article against each of them."""

    def __init__(
        self,
        table: PairTable,
        vectors: Sequence[Vectors],
        features: Sequence[ArticleFeatures],
        settings: Settings,
        remembered: tuple[PairMemo, Sequence[int]] | None = None,
    ) -> None:
        """No groups yet: the pair table, the articles' vectors and features and the settings of their scores
        (``remembered``: a memo and each article's key in it, which reads each article's names once)."""
        self.table = table
        if remembered is None:
            self.names = [one_word_names(v) for v in vectors]
            self.leading = [leading_names(names) for names in self.names]
        else:
            memo, keys = remembered
            self.names = [memo.one_word_names(key, v) for key, v in zip(keys, vectors, strict=True)]
            self.leading = [memo.leading_of(key, v) for key, v in zip(keys, vectors, strict=True)]
        self.features = features
        self.settings = settings
        self.weights = [(NAMESPACES.index(ns), weight) for ns, weight in settings.weights]
        self.groups: list[_Group] = []
        self.bounded = min(settings.year_penalty, settings.names_penalty, settings.time_penalty) >= 0.0

    def new_group(self, members: list[int]) -> _Group:
        """A group of these articles."""
        group = _Group(members=set(members))
        count = len(self.features)
        for dots in self.table.dots:
            sums = (
                [sum(column) for column in zip(*(dots[m] for m in members), strict=True)] if members else [0.0] * count
            )
            group.sums.append(sums)
            group.squares.append(sum(sums[m] for m in members))
        for member in members:
            _add(group.names, self.names[member], 1.0)
            group.years.update(self.features[member].years)
            published = self.features[member].published
            if published is not None:
                group.times.append(published)
        self.groups.append(group)
        return group

    def move(self, article: int, source: _Group, target: _Group) -> None:
        """Take an article out of one group and into another."""
        features = self.features[article]
        for k, dots in enumerate(self.table.dots):
            row = dots[article]
            source.squares[k] -= 2.0 * source.sums[k][article] - row[article]
            source.sums[k] = [a - b for a, b in zip(source.sums[k], row, strict=True)]
            target.squares[k] += 2.0 * target.sums[k][article] + row[article]
            target.sums[k] = [a + b for a, b in zip(target.sums[k], row, strict=True)]
        source.members.discard(article)
        target.members.add(article)
        _add(source.names, self.names[article], -1.0)
        _add(target.names, self.names[article], 1.0)
        source.ranked = target.ranked = None
        source.years.subtract(features.years)
        source.years = +source.years
        target.years.update(features.years)
        if features.published is not None:
            source.times.remove(features.published)
            target.times.append(features.published)

    def similarity(self, article: int, group: _Group, inside: bool) -> float:
        """The article's score against the group before the event penalty (``inside``: the article is a member,
        taken out of the group's centroid)."""
        dots = self.table.dots
        total = 0.0
        for k, weight in self.weights:
            own = dots[k][article][article]
            if not own:
                continue
            dot = group.sums[k][article]
            squared = group.squares[k]
            if inside:
                squared -= 2.0 * dot - own
                dot -= own
            norm = unit_length(squared)
            if norm:
                total += weight * dot / norm
        return total

    def best(self, article: int, floor: float) -> int | None:
        """The group (its number) the article scores best against, at ``floor`` or above (the last of equal
        ones; None when none reaches ``floor``), among the groups holding an article besides it. The event
        penalty, never negative, is read only where the score before it reaches the best so far."""
        best, best_score = None, floor
        for number, group in enumerate(self.groups):
            inside = article in group.members
            if len(group.members) > inside:
                value = self.similarity(article, group, inside)
                if value >= best_score or not self.bounded:
                    value -= self._penalty(article, group, inside)
                    if value >= best_score:
                        best, best_score = number, value
        return best

    def _penalty(self, article: int, group: _Group, inside: bool) -> float:
        """The event penalty of an article against a group (without the article itself when ``inside``)."""
        features = self.features[article]
        years = group.years - Counter(features.years) if inside else group.years
        times = group.times
        if inside and features.published is not None:
            times = list(times)
            times.remove(features.published)
        names = None
        if self.settings.names_penalty:
            if group.ranked is None:
                group.ranked = ranked_names(group.names)
            own = self.names[article] if inside else {}
            names = (self.leading[article], leading_without(group.ranked, group.names, own))
        return event_penalty(features, years.keys(), times, self.settings, names)


def _add(total: dict[str, float], vector: dict[str, float], sign: float) -> None:
    """Add a member's one-word names to a group's (``sign`` 1) or take them out (-1: a name left at nothing goes)."""
    for name, weight in vector.items():
        left = total.get(name, 0.0) + sign * weight
        if left > 1e-9:
            total[name] = left
        else:
            total.pop(name, None)


def regroup(
    vectors: Sequence[Vectors],
    features: Sequence[ArticleFeatures],
    settings: Settings,
    memo: PairMemo | None = None,
    keys: Sequence[int] | None = None,
) -> list[int]:
    """Group the articles of a neighbourhood afresh; return each one's group (numbered from 0).

    Average linkage first (groups merge while their articles match on average, at the strict threshold, unless
    their numbers and dates conflict: :mod:`digest.core.stories.conflicts`),
    then each article moves to the group whose centroid it matches best at the regrouping threshold, or
    starts a group of its own when it matches none. ``memo`` and ``keys`` (one per article) remember pair
    scores across calls.
    """
    table = PairTable(vectors, features, settings, memo, keys)
    figures = table.dots[NAMESPACES.index("n")]
    labels = average_linkage_table(table.scores, settings.strict_threshold, figures, settings.numbers_conflict)
    remembered = usable_memo(memo, keys, settings)
    state = _Regrouping(table, vectors, features, settings, remembered)
    for label in range(max(labels, default=-1) + 1):
        state.new_group([article for article, found in enumerate(labels) if found == label])
    for _ in range(REGROUP_ROUNDS):
        moved = 0
        for article, label in enumerate(labels):
            current = state.groups[label]
            best = state.best(article, settings.threshold)
            if best is None:
                if current.members == {article}:
                    continue
                state.new_group([])
                best = len(state.groups) - 1
            if best != label:
                state.move(article, current, state.groups[best])
                labels[article] = best
                moved += 1
        if not moved:
            break
    numbers: dict[int, int] = {}
    return [numbers.setdefault(label, len(numbers)) for label in labels]
