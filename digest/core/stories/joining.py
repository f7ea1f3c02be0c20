"""What a library's arrival does with the stories it was scored against: which it joins, which it rivals.

An arrival joins the best-scoring story when that score reaches the strict threshold (a join the library
may never revisit), else it starts a story. Either way, the other stories it matches at the regrouping
threshold are its rivals: they are regrouped with its story (:mod:`digest.core.store.story_revisit`), as a
batch's regrouping would move an article between any stories it matches at that threshold. An arrival that
starts a story is so regrouped with the stories it nearly joined: an article placed before its story's
other articles arrived, or one that missed the strict threshold by little, is gathered in later.

:func:`decide` is one decision per arrival from its candidates' scores alone, so placing a batch of
arrivals can call it per article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from digest.core.stories.grouping import Settings


@dataclass(frozen=True)
class Join:
    """An arrival's placement: the story it joins (None: it starts one) and its rival stories, best first."""

    story: int | None
    rivals: tuple[int, ...]


def decide(scored: Sequence[tuple[float, int]], settings: Settings, most_rivals: int) -> Join:
    """The placement of an arrival scored against candidate stories (``(score, story id)``, best first):
    join the best at the strict threshold; at most ``most_rivals`` others matched at the regrouping threshold
    are its rivals."""
    story = scored[0][1] if scored and scored[0][0] >= settings.strict_threshold else None
    rivals = [s for value, s in scored if s != story and value >= settings.threshold]
    return Join(story, tuple(rivals[:most_rivals]))
