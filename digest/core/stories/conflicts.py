"""Two linked groups that each agree on their numbers and dates, but not with each other, are two events.

Two events of one kind (two arrests of two players of one team, two patches of one browser) share their
words and most of their names, so their articles can match on average as well as the articles of one event
that tell it from two sides. What tells them apart is what each event's articles repeat and the other's do not:
its dates, its figures (a sentence, a toll, a version number). So when average linkage is cut (the batch's
:mod:`digest.core.stories.linkage` and the revisit's :func:`digest.core.stories.pairs.average_linkage_table`),
each linked group is checked from its last merge down: when both groups of that merge hold at least
``CONFLICT_SIZE`` articles, each group's articles share numbers (their mean cosine in the ``n:`` namespace
is at least ``CONFLICT_FLOOR``) and the two groups' articles match each other there under ``ratio`` times as
well as the less cohesive group matches itself, the merge is undone and each group checked in turn.

A group of a few articles is left as it is: its numbers' cohesion says little.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

CONFLICT_SIZE = 4
"""Articles each of two merged groups needs before their numbers can undo the merge."""

CONFLICT_FLOOR = 0.1
"""Mean cosine of numbers and dates within each group below which a group is not said to agree on them."""

Mean = Callable[[list[int], list[int] | None], float]
"""The mean numbers cosine between two lists of articles; with None for the second, within the first list
(over its distinct pairs)."""


def numbers_conflict(first: list[int], second: list[int], mean: Mean, ratio: float) -> bool:
    """Whether two groups each agree on their numbers and dates and match each other there under ``ratio`` times
    as well as the less cohesive of them matches itself (both at least ``CONFLICT_SIZE`` articles)."""
    if ratio <= 0.0 or len(first) < CONFLICT_SIZE or len(second) < CONFLICT_SIZE:
        return False
    within = min(mean(first, None), mean(second, None))
    return within >= CONFLICT_FLOOR and mean(first, second) < ratio * within


def split_conflicts(count: int, children: dict[int, tuple[int, int]], mean: Mean, ratio: float) -> list[list[int]]:
    """The groups of a cut dendrogram, each merge whose two groups' numbers conflict undone (from the last merge
    of each group down, stopping at a merge that holds). ``children`` maps each kept merge's node (numbered from
    ``count`` up, in merge order) to the two nodes it merged; nodes under ``count`` are the articles."""
    members: dict[int, list[int]] = {}
    for node in sorted(children):
        members[node] = [*_leaves(children[node][0], members), *_leaves(children[node][1], members)]
    merged = {child for pair in children.values() for child in pair}
    stack = [node for node in _nodes(count, children) if node not in merged]
    groups: list[list[int]] = []
    while stack:
        node = stack.pop()
        pair = children.get(node)
        if pair is not None and numbers_conflict(_leaves(pair[0], members), _leaves(pair[1], members), mean, ratio):
            stack.extend(pair)
        else:
            groups.append(_leaves(node, members))
    return groups


def _leaves(node: int, members: dict[int, list[int]]) -> list[int]:
    """The articles under a node (an article is its own)."""
    return members.get(node, [node])


def _nodes(count: int, children: dict[int, tuple[int, int]]) -> Iterable[int]:
    """Every article and every merge."""
    yield from range(count)
    yield from children


def labelled(count: int, groups: list[list[int]]) -> list[int]:
    """Each article's group, numbered from 0 in order of first appearance."""
    group_of = [0] * count
    for number, members in enumerate(groups):
        for article in members:
            group_of[article] = number
    numbers: dict[int, int] = {}
    return [numbers.setdefault(group, len(numbers)) for group in group_of]
