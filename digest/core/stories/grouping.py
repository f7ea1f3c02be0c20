"""Incremental grouping: each new article joins the story it matches best, or starts a new one.

Similarity of an article to a story is a weighted sum of cosine similarities, one per feature namespace
(words, named things, numbers, quoted speakers; see :mod:`digest.core.stories.features`), each between
the article's TF-IDF vector and the story's centroid (the sum of its articles' vectors). Two general
signals then push apart events of the same kind:

- **years**: an article whose years never meet the story's years is penalised;
- **time**: articles published far apart in time are penalised (when both times are known);
- **leading names**: an article and a story that lead with different people (or places, or teams) are
  penalised (:mod:`digest.core.stories.leading`).

Candidates come from an inverted index (feature -> stories), read only for the article's most telling
features, so a new arrival is compared with a few dozen stories, never with the whole library.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from functools import reduce
from itertools import groupby, repeat
from operator import add, itemgetter, mul, truediv

from digest.core.stories.features import ArticleFeatures
from digest.core.stories.leading import leading_names, names_disagree

REASSIGN_ROUNDS = 4
"""Passes of :meth:`StoryIndex.reassign` after a batch is grouped."""

NAMESPACES = ("w", "e", "n", "s", "m")
"""Feature namespaces: words, named things, numbers, quoted speakers, months."""


@dataclass(frozen=True)
class Settings:
    """The grouping's weights and thresholds (general signals, never tuned on one story).

    Attributes:
        weights: The weight of each namespace's cosine similarity.
        threshold: The score an article needs to join a story.
        strict_threshold: The score needed where a join is never revisited: two groups merging when a
            batch is first grouped by average linkage (their mean pair score), and a library's arrival
            joining a story. Regrouping, which can undo a join, uses ``threshold``.
        year_penalty: Subtracted when the article's years and the story's years are disjoint.
        names_penalty: Subtracted when the article's leading names and the story's disagree.
        days: Publication gap (days) beyond which the time penalty starts.
        time_penalty: Subtracted per further ``days`` of gap (capped at 2 steps).
        candidate_features: How many of the article's features are looked up in the inverted index.
        candidates: How many candidate stories are scored in full.
        numbers_conflict: Two linked groups whose articles match each other on numbers and dates under this
            many times as well as within each group are two events (:mod:`digest.core.stories.conflicts`; 0
            never).
    """

    weights: tuple[tuple[str, float], ...] = (("w", 0.5), ("e", 0.5), ("n", 0.2), ("s", 0.1), ("m", 0.1))
    threshold: float = 0.27
    strict_threshold: float = 0.3
    year_penalty: float = 0.05
    names_penalty: float = 0.05
    days: float = 3.0
    time_penalty: float = 0.1
    candidate_features: int = 40
    candidates: int = 60
    numbers_conflict: float = 0.5


@dataclass
class StoryState:
    """One story while grouping: its articles and the centroid of their vectors (``norms``: each namespace's
    centroid length as last computed; :meth:`norm` gives it up to date: a change marks it ``stale``, so a
    story changed and then only stored never computes it)."""

    id: int
    members: list[int] = field(default_factory=list)
    centroid: dict[str, dict[str, float]] = field(default_factory=lambda: {ns: {} for ns in NAMESPACES})
    norms: dict[str, float] = field(default_factory=dict)
    years: Counter[str] = field(default_factory=Counter)
    times: list[float] = field(default_factory=list)
    stale: set[str] = field(default_factory=set)
    _leading: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def norm(self, namespace: str) -> float:
        """The Euclidean norm of the centroid in ``namespace`` (0.0 when it was never computed nor changed)."""
        if namespace in self.stale:
            self.stale.discard(namespace)
            self.norms[namespace] = euclidean_norm(self.centroid[namespace])
        return self.norms.get(namespace, 0.0)

    def leading(self) -> tuple[str, ...]:
        """The centroid's leading names (:func:`digest.core.stories.leading.leading_names`), read once per state."""
        if self._leading is None:
            self._leading = leading_names(self.centroid.get("e") or {})
        return self._leading

    def absorb(self, article: int, vectors: dict[str, dict[str, float]], features: ArticleFeatures) -> None:
        """Add one article's vectors to the centroid."""
        self.members.append(article)
        self._leading = None
        for namespace, vector in vectors.items():
            centroid = self.centroid[namespace]
            for feature, weight in vector.items():
                centroid[feature] = centroid.get(feature, 0.0) + weight
            self.stale.add(namespace)
        self.years.update(features.years)
        if features.published is not None:
            self.times.append(features.published)

    def release(self, article: int, vectors: dict[str, dict[str, float]], features: ArticleFeatures) -> None:
        """Take one article's vectors out of the centroid.

        A stored story's centroid keeps only its heaviest features, so what is left of a feature is
        dropped once it is no longer positive; an article or time the story does not list is let be.
        """
        if article in self.members:
            self.members.remove(article)
        self._leading = None
        for namespace, vector in vectors.items():
            centroid = self.centroid.setdefault(namespace, {})
            for feature, weight in vector.items():
                left = centroid.get(feature, 0.0) - weight
                if left < 1e-9:
                    centroid.pop(feature, None)
                else:
                    centroid[feature] = left
            self.stale.add(namespace)
        self.years.subtract(features.years)
        self.years = +self.years
        if features.published in self.times:
            self.times.remove(features.published)


def euclidean_norm(weights: dict[str, float]) -> float:
    """The Euclidean norm of a sparse vector (its squares summed in order, in C)."""
    values = weights.values()
    return math.sqrt(sum(map(mul, values, values)))


def _left_to_right(values: Iterable[float], start: float) -> float:
    """``values`` added one by one, left to right, from ``start`` (``reduce`` with ``add``, in C)."""
    total: float = reduce(add, values, start)
    return total


_added: Callable[[Iterable[float], float], float] = sum if sys.version_info < (3, 12) else _left_to_right
"""Floats added left to right from a start: ``sum`` up to Python 3.11, where it adds floats exactly so (and faster
than ``reduce``, which calls ``add`` for each); :func:`_left_to_right` from 3.12, where ``sum`` compensates its
rounding."""


def sparse_dot(first: dict[str, float], second: dict[str, float]) -> float:
    """The dot product of two sparse vectors: over the shorter one's features (the first's when both are as long)
    that the other holds, in its order (a product with a missing feature is 0.0, which leaves the sum as it is),
    added left to right from 0.0 (:data:`_added`: not Python 3.12's ``sum``, which compensates its rounding), so
    that a story's score, a pair scored alone and a pair in :func:`digest.core.stories.pairs.dot_table` are the
    same to the last bit on every Python."""
    if first is second:  # a squared length: every feature is shared
        values = list(first.values())
        return _added(map(mul, values, values), 0.0)
    if len(second) < len(first):
        first, second = second, first
    # the products in the shorter vector's order (a comprehension tests and reads the other without a call)
    return _added([weight * second[feature] for feature, weight in first.items() if feature in second], 0.0)


_FIRST = itemgetter(0)
"""A feature's namespace (its first letter)."""


class _TermWeights(dict[int, float]):
    """``1 + log(count)`` of each count (a sublinear term frequency), computed once."""

    def __missing__(self, count: int) -> float:
        if len(self) >= 4096:
            self.clear()
        found = self[count] = 1.0 + math.log(count)
        return found


_TERM_WEIGHTS = _TermWeights()


class _InverseFrequencies(dict[int, float]):
    """The inverse document frequency of each document frequency among ``documents`` (plus one), computed once."""

    def __init__(self, documents: int) -> None:
        """Nothing computed yet."""
        super().__init__()
        self.documents = documents

    def __missing__(self, frequency: int) -> float:
        found = self[frequency] = math.log(self.documents / (1 + frequency)) + 1.0
        return found


class StoryIndex:
    """Stories built incrementally: :meth:`add` places one article and returns its story's id.

    Document frequencies grow as articles are observed. For a batch, :meth:`observe` every article first
    (so early articles are weighed with the whole batch's frequencies), then :meth:`add` each.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        """An empty index."""
        self.settings = settings or Settings()
        self.document_frequency: Counter[str] = Counter()
        self.documents = 0
        self.stories: list[StoryState] = []
        self.story_of: list[int] = []
        self.postings: dict[str, set[int]] = {}
        self.kept: list[tuple[dict[str, dict[str, float]], ArticleFeatures]] = []
        self.keep_articles = False
        self._observed_ahead = 0
        self._last_names: dict[str, float] | None = None
        self._last_leading: tuple[str, ...] = ()

    def observe(self, features: ArticleFeatures) -> None:
        """Count an article's features in the document frequencies before it is added."""
        self.document_frequency.update(features.counts.keys())
        self.documents += 1
        self._observed_ahead += 1

    def _idf(self, feature: str) -> float:
        return math.log((1 + self.documents) / (1 + self.document_frequency[feature])) + 1.0

    def vectors(self, features: ArticleFeatures) -> dict[str, dict[str, float]]:
        """The article's unit TF-IDF vector in each namespace (sublinear term frequency)."""
        counts = features.counts
        # (1 + log count) * the weight :meth:`_idf` gives, each read once per count and per frequency
        idf = _InverseFrequencies(1 + self.documents)
        names = list(counts)
        weights = list(
            map(mul, map(_TERM_WEIGHTS.__getitem__, counts.values()), map(idf.__getitem__, self._seen(counts)))
        )
        parts: dict[str, tuple[list[str], list[float]]] = {ns: ([], []) for ns in NAMESPACES}
        start = 0
        for namespace, run in groupby(names, key=_FIRST):  # runs of one namespace (any order adds up the same)
            end = start + len(list(run))
            found, values = parts[namespace]
            found += names[start:end]
            values += weights[start:end]
            start = end
        vectors: dict[str, dict[str, float]] = {}
        for namespace, (found, values) in parts.items():
            norm = math.sqrt(sum(map(mul, values, values))) or 1.0  # as :func:`euclidean_norm` sums them
            vectors[namespace] = dict(zip(found, map(truediv, values, repeat(norm)), strict=True))
        return vectors

    def _seen(self, counts: Counter[str]) -> Iterator[int]:
        """The document frequency of each feature counted (0 for one never seen)."""
        return map(self.document_frequency.__getitem__, counts)

    def score(self, vectors: dict[str, dict[str, float]], features: ArticleFeatures, story: StoryState) -> float:
        """How well an article (its vectors and features) matches a story."""
        total = 0.0
        for namespace, weight in self.settings.weights:
            norm = story.norm(namespace)
            if not norm or not vectors[namespace]:
                continue
            total += weight * sparse_dot(vectors[namespace], story.centroid[namespace]) / norm
        names = (self._leading_names(vectors["e"]), story.leading()) if self.settings.names_penalty else None
        return total - event_penalty(features, story.years.keys(), story.times, self.settings, names)

    def _leading_names(self, names: dict[str, float]) -> tuple[str, ...]:
        """An article's leading names, read once while the same vector is scored against candidate stories."""
        if self._last_names is not names:
            self._last_names, self._last_leading = names, leading_names(names)
        return self._last_leading

    def _candidates(self, vectors: dict[str, dict[str, float]]) -> list[int]:
        """Stories sharing the article's most telling features, most shared first."""
        weighted = [(v, f) for vector in vectors.values() for f, v in vector.items() if f in self.postings]
        weighted.sort(reverse=True)
        hits: Counter[int] = Counter()
        for _, feature in weighted[: self.settings.candidate_features]:
            hits.update(self.postings[feature])
        return [story for story, _ in hits.most_common(self.settings.candidates)]

    def _best(self, vectors: dict[str, dict[str, float]], features: ArticleFeatures) -> StoryState | None:
        """The best-scoring candidate story at or above the threshold, or None."""
        best, best_score = None, self.settings.threshold
        for story_id in self._candidates(vectors):
            story = self.stories[story_id]
            if not story.members:
                continue
            value = self.score(vectors, features, story)
            if value >= best_score:
                best, best_score = story, value
        return best

    def _place(
        self, article: int, story: StoryState | None, vectors: dict[str, dict[str, float]], features: ArticleFeatures
    ) -> int:
        if story is None:
            story = StoryState(id=len(self.stories))
            self.stories.append(story)
        story.absorb(article, vectors, features)
        for vector in vectors.values():
            for feature in vector:
                self.postings.setdefault(feature, set()).add(story.id)
        return story.id

    def add(self, features: ArticleFeatures) -> int:
        """Place one article: join the best-matching story or start a new one; return the story id."""
        if self._observed_ahead:
            self._observed_ahead -= 1
        else:
            self.document_frequency.update(features.counts.keys())
            self.documents += 1
        vectors = self.vectors(features)
        article = len(self.story_of)
        self.story_of.append(self._place(article, self._best(vectors, features), vectors, features))
        if self.keep_articles:
            self.kept.append((vectors, features))
        return self.story_of[article]

    def seed(
        self, features: list[ArticleFeatures], groups: list[int], vectors: list[dict[str, dict[str, float]]]
    ) -> None:
        """Add a batch of observed articles (and their vectors) as given groups, one story per group; keep them."""
        self.keep_articles = True
        stories: dict[int, StoryState] = {}
        for item, number, vectors_of_item in zip(features, groups, vectors, strict=True):
            self._observed_ahead = max(self._observed_ahead - 1, 0)
            article = len(self.story_of)
            story_id = self._place(article, stories.get(number), vectors_of_item, item)
            stories[number] = self.stories[story_id]
            self.story_of.append(story_id)
            self.kept.append((vectors_of_item, item))

    def reassign(self) -> int:
        """One pass over the kept articles: each moves to the story it now matches best; return how many moved.

        A one-pass grouping depends on arrival order (an early article joins before the story it belongs to
        exists); taking each article out and placing it again undoes most of that.
        """
        moved = 0
        for article, (vectors, features) in enumerate(self.kept):
            current = self.stories[self.story_of[article]]
            current.release(article, vectors, features)
            story = self._best(vectors, features)
            if story is None and not current.members:
                story = current
            new_id = self._place(article, story, vectors, features)
            moved += new_id != current.id
            self.story_of[article] = new_id
        return moved


def group(features: Iterable[ArticleFeatures], settings: Settings | None = None) -> list[int]:
    """Group a batch of articles; return each article's story number (stories numbered from 0)."""
    from digest.core.stories.linkage import LINKAGE_LIMIT, average_linkage

    every = list(features)
    index = StoryIndex(settings)
    index.keep_articles = True
    for item in every:
        index.observe(item)
    if len(every) <= LINKAGE_LIMIT:
        vectors = [index.vectors(item) for item in every]
        index.seed(every, average_linkage(vectors, every, index.settings), vectors)
    else:
        for item in every:
            index.add(item)
    for _ in range(REASSIGN_ROUNDS):
        if not index.reassign():
            break
    numbers: dict[int, int] = {}
    return [numbers.setdefault(story, len(numbers)) for story in index.story_of]


def event_penalty(
    features: ArticleFeatures,
    years: Set[str],
    times: Iterable[float],
    settings: Settings,
    names: tuple[Sequence[str], Sequence[str]] | None = None,
) -> float:
    """What tells an article's event from a story's (or another article's) besides their words: disjoint
    years (``year_penalty``), a publication gap beyond ``days`` from the nearest of ``times``
    (``time_penalty`` per further ``days``, at most two steps) and ``names``, the article's and the story's
    leading names, that disagree (``names_penalty``). Placement, the pair scores of the batch and of the
    revisit and its regrouping all read this one rule."""
    penalty = 0.0
    if names is not None and names_disagree(*names):
        penalty += settings.names_penalty
    if features.years and years and not features.years & years:
        penalty += settings.year_penalty
    if features.published is not None:
        published = features.published
        nearest = min((abs(published - t) for t in times), default=None)
        if nearest is not None and nearest / 86400.0 > settings.days:
            gap = nearest / 86400.0
            penalty += settings.time_penalty * min((gap - settings.days) / settings.days, 2.0)
    return penalty
