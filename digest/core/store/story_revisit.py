"""Revisiting a library's stories after an arrival: its neighbourhood is regrouped as a batch would be.

Each story member keeps its article's TF-IDF vector as placed (``story_members.vector``: its
``MEMBER_FEATURES`` heaviest features, with the article's years and publication time), so that a story's
members can be grouped again without reading their text. After an article is placed, :func:`revisit`
regroups the neighbourhood (its story and its rivals, :func:`digest.core.stories.joining.decide`) with
:func:`digest.core.stories.regroup.regroup`, reading only each story's ``REVISIT_MEMBERS`` most recent
members, and writes back what changed: members moved, centroids, postings, stories started or emptied
(an emptied story keeps its row: see :func:`forget_story`).
Members stored before vectors were kept are left where they are.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from itertools import chain, repeat
from operator import truediv
from typing import Any

from digest.core.store.cache import pack, unpack
from digest.core.store.story_codec import (
    MEMBER_DIGITS,
    MEMBER_SCALE,
    UNREADABLE,
    CorruptStoryData,
    decode_member_fields,
    encode_member_fields,
    encode_scaled_member,
    scaled_round,
)
from digest.core.stories.features import ArticleFeatures
from digest.core.stories.grouping import NAMESPACES, Settings, StoryState
from digest.core.stories.pairs import PairMemo
from digest.core.stories.regroup import regroup

MEMBER_FEATURES = 300
"""Features kept of a member's vector (the heaviest; the rest weigh little in a cosine)."""

REVISIT_MEMBERS = 20
"""Most recent members of each neighbouring story that are regrouped."""

REVISIT_STORIES = 3
"""Stories in a neighbourhood at most: the one joined and the best-matching others."""

REVISIT_EVERY = 8
"""A story another story does not rival is regrouped when its size is a multiple of this (a small one too: it was
also regrouped at every join while under this size, which moved no development story, no order of them and no
grouping of 3,000 synthetic arrivals, at four times the revisits)."""

Vectors = dict[str, dict[str, float]]

_LOG = logging.getLogger(__name__)


def revisit_due(size: int) -> bool:
    """Whether a story of ``size`` members that no other story rivals is due to be regrouped on this join."""
    return size % REVISIT_EVERY == 0


def ranked(vectors: Vectors) -> list[tuple[float, str]]:
    """An article's features with their weights, heaviest first (the telling ones lead)."""
    return sorted(chain.from_iterable(zip(v.values(), v, strict=True) for v in vectors.values()), reverse=True)


def new_story(connection: sqlite3.Connection, title: str) -> StoryState:
    """Start an empty story with this title (call inside a transaction)."""
    cursor = connection.execute(
        "INSERT INTO stories (title, centroid, years, times) VALUES (?, '{}', '{}', '[]')", (title,)
    )
    return StoryState(id=int(cursor.lastrowid or 0))


def encode_member(
    vectors: Vectors,
    features: ArticleFeatures,
    telling: list[tuple[float, str]] | None = None,
    cache: MemberCache | None = None,
) -> bytes:
    """A member's vector (its heaviest features, ``telling`` when already :func:`ranked`), their counts (``c``, in
    the vector's order, so that they can be weighted again: :mod:`digest.core.store.story_reweigh`), years and
    publication time, packed (:func:`~digest.core.store.story_codec.encode_member_fields`, or compressed JSON);
    ``cache``, when given, remembers what :func:`decode_member` will read."""
    heaviest = (ranked(vectors) if telling is None else telling)[:MEMBER_FEATURES]
    scaled = scaled_round([weight for weight, _ in heaviest], MEMBER_DIGITS)
    years = sorted(features.years)
    if scaled is None:
        kept: dict[str, list[tuple[str, float]]] = {}
        counts: dict[str, list[int]] = {}
        for weight, feature in heaviest:
            kept.setdefault(feature[0], []).append((feature, round(weight, MEMBER_DIGITS)))
            counts.setdefault(feature[0], []).append(features.counts[feature])
        packed = encode_member_fields(kept, counts, years, features.published)
    else:
        sizes, names, numbers, amounts = _by_namespace([feature for _, feature in heaviest], scaled, features.counts)
        packed = encode_scaled_member(sizes, names, numbers, amounts, years, features.published)
        weighted: Vectors = {ns: {} for ns in NAMESPACES}  # as :func:`_decoded` lays the stored vectors out
        counts = {}
        start = 0
        for namespace, size in sizes:  # round(weight, MEMBER_DIGITS), exactly
            end = start + size
            weighted[namespace] = dict(
                zip(names[start:end], map(truediv, numbers[start:end], repeat(MEMBER_SCALE)), strict=True)
            )
            counts[namespace] = amounts[start:end]
            start = end
        if packed is not None:
            if cache is not None:  # what decoding the stored form gives, without the pairs _decoded reads
                cache.remember(packed, (weighted, _stored_features(years, features.published)), counts)
            return packed
        kept = {namespace: list(weighted[namespace].items()) for namespace, _ in sizes}
    packed = packed or pack({"v": kept, "c": counts, "y": years, "t": features.published})
    if cache is not None:
        cache.remember(packed, _decoded(kept, years, features.published, floats=True), counts)
    return packed


def _by_namespace(
    names: list[str], scaled: list[int], amounts: Counter[str]
) -> tuple[list[tuple[str, int]], list[str], list[int], list[int]]:
    """Features (heaviest first) with their scaled weights, laid out namespace by namespace (in the order each
    namespace first comes, each one's features in their order), with how many each namespace has and the
    features' counts."""
    spaces = [name[0] for name in names]
    order = {namespace: rank for rank, namespace in enumerate(dict.fromkeys(spaces))}
    if len(order) > 1:
        keys = list(map(order.__getitem__, spaces))
        positions = sorted(range(len(names)), key=keys.__getitem__)  # stable: each namespace keeps its order
        names = list(map(names.__getitem__, positions))
        scaled = list(map(scaled.__getitem__, positions))
    sizes = Counter(spaces)
    return [(namespace, sizes[namespace]) for namespace in order], names, scaled, list(map(amounts.__getitem__, names))


def decode_member(packed: bytes) -> tuple[Vectors, ArticleFeatures]:
    """The vectors and the features (years, publication time) that :func:`encode_member` packed;
    :class:`~digest.core.store.story_codec.CorruptStoryData` when they cannot be read back."""
    fields = decode_member_fields(packed)
    if fields is not None:
        return _decoded(fields[0], fields[2], fields[3], floats=True)
    try:
        data = unpack(packed)
        return _decoded(data["v"], data.get("y", []), data.get("t"))
    except UNREADABLE as error:
        raise CorruptStoryData() from error


def _decoded(
    kept: dict[str, list[Any]], years: list[Any], published: Any, floats: bool = False
) -> tuple[Vectors, ArticleFeatures]:
    """A member's vectors and features from its packed fields (as JSON gives them back; ``floats``: its weights
    are floats already, as the binary form gives them)."""
    vectors: Vectors = {ns: {} for ns in NAMESPACES}
    for namespace, pairs in kept.items():
        vectors[namespace] = dict(pairs) if floats else {feature: float(weight) for feature, weight in pairs}
    return vectors, _stored_features(years, published)


def _stored_features(years: list[Any], published: Any) -> ArticleFeatures:
    """A member's years and publication time as read back from its stored form."""
    return ArticleFeatures(
        years=frozenset(str(y) for y in years),
        published=float(published) if isinstance(published, (int, float)) else None,
    )


class MemberCache:
    """Decoded member vectors by their stored form, each with a number that keys its pairs in ``pairs``, and the
    counts of the members encoded in this process (which a reweighing reads)."""

    def __init__(self, size: int = 1024) -> None:
        """An empty cache of at most ``size`` members (about 17 KB each decoded, and 3 KB of counts: 20 MB at
        most)."""
        self.size = size
        self.members: dict[bytes, tuple[int, Vectors, ArticleFeatures]] = {}
        self.counts: dict[bytes, dict[str, list[int]]] = {}
        self.memos: dict[Settings, PairMemo] = {}
        self.numbered = 0

    def decoded(self, packed: bytes) -> tuple[int, Vectors, ArticleFeatures]:
        """The member's number, vectors and features (decoded once)."""
        found = self.members.get(packed)
        if found is None:
            found = self.remember(packed, decode_member(packed))
        return found

    def remember(
        self, packed: bytes, decoded: tuple[Vectors, ArticleFeatures], counts: dict[str, list[int]] | None = None
    ) -> tuple[int, Vectors, ArticleFeatures]:
        """Number a member's stored form and remember its decoded vectors and features (and ``counts``, when
        given: the counts it stores of its vectors' features, namespace by namespace, in their order)."""
        if len(self.members) >= self.size:
            self.members.clear()
            self.counts.clear()
            self.memos.clear()  # pair scores go with the members; numbers keep counting, so none is reused
        found = self.members[packed] = (self.numbered, *decoded)
        if counts is not None:
            self.counts[packed] = counts
        self.numbered += 1
        return found

    def counted(self, packed: bytes) -> ArticleFeatures | None:
        """The counts of a member's kept features with its years and publication time, as
        :func:`digest.core.store.story_reweigh.member_counts` reads them, when this process encoded it (else
        None)."""
        counts = self.counts.get(packed)
        found = self.members.get(packed)
        if counts is None or found is None:
            return None
        _, vectors, features = found
        kept = chain.from_iterable(vectors[namespace] for namespace in counts)
        amounts = Counter(dict(zip(kept, chain.from_iterable(counts.values()), strict=True)))
        return ArticleFeatures(counts=amounts, years=features.years, published=features.published)

    def memo(self, settings: Settings) -> PairMemo:
        """The pair scores remembered for these settings."""
        if settings not in self.memos:
            self.memos[settings] = PairMemo(settings)
        return self.memos[settings]


def _neighbourhood(
    connection: sqlite3.Connection, story_ids: list[int], cache: MemberCache
) -> tuple[list[int], list[int], list[Vectors], list[ArticleFeatures], list[int]]:
    """The most recent members (with vectors) of each story: article ids, story ids, vectors, features and
    their numbers in ``cache``."""
    articles: list[int] = []
    stories: list[int] = []
    vectors: list[Vectors] = []
    features: list[ArticleFeatures] = []
    numbers: list[int] = []
    for story_id in story_ids:
        rows = connection.execute(
            "SELECT article_id, vector FROM story_members WHERE story_id = ? AND vector IS NOT NULL"
            " ORDER BY article_id DESC LIMIT ?",
            (story_id, REVISIT_MEMBERS),
        )
        for article_id, packed in rows:
            try:
                number, member_vectors, member_features = cache.decoded(packed)
            except CorruptStoryData:
                _LOG.warning("story %d: the stored vector of article %d cannot be read", story_id, article_id)
                continue
            articles.append(int(article_id))
            stories.append(story_id)
            vectors.append(member_vectors)
            features.append(member_features)
            numbers.append(number)
    return articles, stories, vectors, features, numbers


def story_targets(stories: list[int], labels: list[int]) -> dict[int, int | None]:
    """Each new group's story after a regrouping (``stories``: each member's story before, ``labels``: its new
    group): the neighbouring story most of its members come from, each story used once (largest groups first);
    None for a group that starts a new story."""
    overlap: dict[int, Counter[int]] = {}
    for story, label in zip(stories, labels, strict=True):
        overlap.setdefault(label, Counter())[story] += 1
    taken: set[int] = set()
    targets: dict[int, int | None] = {}
    for label in sorted(overlap, key=lambda group: -sum(overlap[group].values())):
        choice = next((story for story, _ in overlap[label].most_common() if story not in taken), None)
        if choice is not None:
            taken.add(choice)
        targets[label] = choice
    return targets


def revisit(
    connection: sqlite3.Connection, story_ids: list[int], settings: Settings, cache: object | None = None
) -> bool:
    """Regroup the neighbourhood of these stories (call inside a transaction); tell whether anything moved."""
    from digest.core.store import stories as store

    story_cache = cache if isinstance(cache, store.StoryCache) else None
    members = story_cache.members if story_cache is not None else MemberCache()
    articles, current, vectors, features, numbers = _neighbourhood(connection, story_ids, members)
    labels = regroup(vectors, features, settings, members.memo(settings), numbers)
    targets = story_targets(current, labels)
    moved = [
        (index, targets[label])
        for index, label in enumerate(labels)
        if targets[label] != current[index] or targets[label] is None
    ]
    if moved:  # a story is written (a new revision) only when a member moves
        regrouping = Regrouping(connection, current, story_cache)
        for index, target in moved:
            member = (articles[index], current[index], vectors[index], features[index])
            regrouping.move(member, target, labels[index], vectors[index])
        regrouping.store()
    return bool(moved)


Member = tuple[int, int, Vectors, ArticleFeatures]
"""A regrouped member: its article id, its story before, its vectors as stored and its features."""


class Regrouping:
    """The stories of a regrouped neighbourhood while its members move (call inside a transaction): copies of
    those it had, and those started for groups that took no story (:func:`story_targets`)."""

    def __init__(self, connection: sqlite3.Connection, current: list[int], cache: object | None) -> None:
        """The stories of the members before (``current``: each member's story), decoded and copied."""
        from digest.core.store import stories as store

        self.connection = connection
        self.cache = cache if isinstance(cache, store.StoryCache) else None
        self.states = {
            s.id: store.copy_story(s) for s in store.load_stories(connection, sorted(set(current)), self.cache)
        }
        self.started: dict[int, StoryState] = {}
        self.posted = store.POSTED_FEATURES

    def move(
        self,
        member: Member,
        target: int | None,
        label: int,
        vectors: Vectors,
        stored: bytes | None = None,
        telling: list[tuple[float, str]] | None = None,
    ) -> None:
        """Take a member out of its story and put it in ``target`` (a story started for its group ``label`` when
        None) with ``vectors`` (its vectors as stored unless reweighed; ``stored``, when given, is written as
        its new stored vector), with its features' postings (its most telling features: ``telling``, when
        given, is :func:`ranked` ``vectors``)."""
        article, source, old, features = member
        if target is None and label not in self.started:
            self.started[label] = new_story(self.connection, "")
        state = self.states[target] if target is not None else self.started[label]
        self.states[source].release(article, old, features)
        state.absorb(article, vectors, features)
        if stored is None:
            self.connection.execute("UPDATE story_members SET story_id = ? WHERE article_id = ?", (state.id, article))
        else:
            self.connection.execute(
                "UPDATE story_members SET story_id = ?, vector = ? WHERE article_id = ?", (state.id, stored, article)
            )
        self.connection.executemany(
            "INSERT OR IGNORE INTO story_postings (feature, story_id) VALUES (?, ?)",
            [(f, state.id) for _, f in (ranked(vectors) if telling is None else telling)[: self.posted]],
        )

    def store(self) -> None:
        """Write the stories as regrouped (:func:`store_regrouped`)."""
        store_regrouped(self.connection, [*self.states.values(), *self.started.values()], self.cache)


def store_regrouped(connection: sqlite3.Connection, states: list[StoryState], cache: object | None) -> None:
    """Write regrouped stories (their centroids and titles), forgetting those left without a member (call inside
    a transaction)."""
    from digest.core.store import stories as store

    story_cache = cache if isinstance(cache, store.StoryCache) else None
    for state in states:
        if connection.execute("SELECT 1 FROM story_members WHERE story_id = ? LIMIT 1", (state.id,)).fetchone():
            store.save_story(connection, state, story_cache)
            store.retitle(connection, state.id)
        else:
            forget_story(connection, state.id)
            if story_cache is not None:
                story_cache.stories.pop(state.id, None)


def forget_story(connection: sqlite3.Connection, story_id: int) -> None:
    """Empty a story that lost its last member, keeping its row (call inside a transaction): no later story
    gets its id (SQLite hands a deleted row's id out again), so that no process's cache of decoded stories,
    keyed by id and revision, takes a new story for it. It leaves the inverted index, so no arrival joins it;
    the stories view lists only stories with an article."""
    connection.execute("DELETE FROM story_postings WHERE story_id = ?", (story_id,))
    connection.execute(
        "UPDATE stories SET centroid = '{}', years = '{}', times = '[]', revision = revision + 1 WHERE id = ?",
        (story_id,),
    )
