"""Regrouping a neighbourhood of stories afresh, so that a grouping made in arrival order can be undone.

A library places each article as it arrives. When two events of one kind arrive interleaved, their first
articles can meet while both stories are one article old, and the merged story then attracts both events;
an article placed early can also miss the story it belongs to, which did not exist yet. After an arrival
joins a story, its neighbourhood (that story and the other stories the arrival matched) is grouped again
as a batch is (:mod:`digest.core.stories.linkage`): average linkage over the members' pair scores, then
rounds of moving each member to the group it matches best. A story can so split in two, two stories can
merge, and a member can move. Only the neighbourhood's most recent members are regrouped, so the work per
arrival stays small however large a story grows.

Importing this imports numpy and scipy (through the linkage).
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.core.stories.features import ArticleFeatures
from digest.core.stories.grouping import Settings, StoryIndex, StoryState
from digest.core.stories.linkage import average_linkage

REGROUP_ROUNDS = 2
"""Rounds of moving members between the neighbourhood's groups after the linkage."""

Vectors = dict[str, dict[str, float]]


def regroup(vectors: Sequence[Vectors], features: Sequence[ArticleFeatures], settings: Settings) -> list[int]:
    """Group the articles of a neighbourhood afresh; return each one's group (numbered from 0).

    Average linkage first (groups merge while their articles match on average, at the strict threshold),
    then each article moves to the group whose centroid it matches best at the regrouping threshold, or
    starts a group of its own when it matches none.
    """
    labels = average_linkage(vectors, features, settings)
    groups: dict[int, StoryState] = {}
    for article, label in enumerate(labels):
        groups.setdefault(label, StoryState(id=label)).absorb(article, vectors[article], features[article])
    scorer = StoryIndex(settings)
    for _ in range(REGROUP_ROUNDS):
        moved = 0
        for article, label in enumerate(labels):
            current = groups[label]
            current.release(article, vectors[article], features[article])
            best, best_score = None, settings.threshold
            for group in groups.values():
                if group.members:
                    value = scorer.score(vectors[article], features[article], group)
                    if value >= best_score:
                        best, best_score = group, value
            if best is None:
                best = current if not current.members else groups.setdefault(len(groups), StoryState(id=len(groups)))
            best.absorb(article, vectors[article], features[article])
            labels[article] = best.id
            moved += best.id != label
        if not moved:
            break
    numbers: dict[int, int] = {}
    return [numbers.setdefault(label, len(numbers)) for label in labels]
