"""Weighting a library's recent story members again when its word statistics have moved, then regrouping them.

A member's vector is weighted with the document frequencies of its arrival (``story_members.vector``). While
a library is young those frequencies move fast: with few articles counted, a feature seen in half of them
weighs nearly as much as one seen once, so two articles about two events of one kind (one company, one
team) match better than they would once more articles are counted, and the revisits after each arrival
(:mod:`digest.core.store.story_revisit`) read those inflated pair scores. So each time the library's number
of articles doubles (from ``FIRST`` on), its ``MEMBERS`` most recent members are weighted again with the
frequencies then (from the counts each member keeps of its features) and regrouped as one neighbourhood
(:func:`digest.core.stories.regroup.regroup`); each is stored with its new vector, and the stories they
leave or join take the old vector out of their centroid and the new one in. A weight's inverse document
frequency moves with the logarithm of the library's size (by log 2 at most per doubling, whatever the size),
so the regroupings grow rarer as the library grows: eight up to 2,048 articles, fourteen up to 131,072.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Iterable
from itertools import filterfalse
from typing import TYPE_CHECKING

from digest.core.store.cache import unpack
from digest.core.store.story_codec import UNREADABLE, CorruptStoryData, decode_member_fields
from digest.core.store.story_revisit import (
    MemberCache,
    Regrouping,
    Vectors,
    encode_member,
    ranked,
    story_targets,
)
from digest.core.stories.features import ArticleFeatures
from digest.core.stories.grouping import Settings, StoryIndex
from digest.core.stories.regroup import regroup

if TYPE_CHECKING:
    from digest.core.store.stories import TermLog

FIRST = 16
"""The library size (articles placed) of the first reweighting; the next ones at twice, four times ... that."""

MEMBERS = 256
"""Most recent members weighted again and regrouped (all of them in a library this small or smaller)."""

_LISTED = "SELECT value FROM json_each(?)"

_LOG = logging.getLogger(__name__)


def reweigh_due(documents: int) -> bool:
    """Whether a library that has just placed its ``documents``-th article is due to weigh its members again:
    at ``FIRST`` articles and at every doubling from there."""
    doublings, left = divmod(documents, FIRST)
    return doublings > 0 and not left and not doublings & (doublings - 1)


def member_counts(packed: bytes) -> ArticleFeatures | None:
    """The counts of a member's kept features, as :func:`encode_member` stored them (None for a member
    stored before counts were kept), with its years and publication time;
    :class:`~digest.core.store.story_codec.CorruptStoryData` when they cannot be read back."""
    try:
        return _member_counts(packed)
    except UNREADABLE as error:
        raise CorruptStoryData() from error


def _member_counts(packed: bytes) -> ArticleFeatures | None:
    """What :func:`member_counts` reads (raising whatever a bad stored form raises)."""
    fields = decode_member_fields(packed)
    if fields is not None:
        kept, kept_counts, years, time = fields
        return ArticleFeatures(
            counts=Counter(
                {f: n for ns, pairs in kept.items() for (f, _), n in zip(pairs, kept_counts[ns], strict=True)}
            ),
            years=frozenset(years),
            published=time,
        )
    data = unpack(packed)
    stored = data.get("c")
    if not isinstance(stored, dict):
        return None
    counts: dict[str, int] = {}
    for namespace, pairs in data.get("v", {}).items():
        counts.update(
            (feature, int(count)) for (feature, _), count in zip(pairs, stored.get(namespace, []), strict=True)
        )
    published = data.get("t")
    return ArticleFeatures(
        counts=Counter(counts),
        years=frozenset(str(y) for y in data.get("y", [])),
        published=float(published) if isinstance(published, (int, float)) else None,
    )


def folded_counts(connection: sqlite3.Connection, features: Iterable[str], log: TermLog) -> dict[str, int]:
    """``log``'s folded counts (``story_terms``), up to date and holding every one of ``features`` (those not read
    yet are read now; a feature never counted holds 0)."""
    log.refresh(connection)
    folded = log.folded
    unknown = list(filterfalse(folded.__contains__, features))
    if unknown and log.whole:  # every counted feature is held: these were never counted
        folded.update(dict.fromkeys(unknown, 0))
    elif unknown:
        query = f"SELECT feature, documents FROM story_terms WHERE feature IN ({_LISTED})"
        stored = dict(connection.execute(query, (json.dumps(unknown),)))
        folded.update({feature: stored.get(feature, 0) for feature in unknown})
    return folded


def frequencies(connection: sqlite3.Connection, features: set[str], log: TermLog) -> Counter[str]:
    """The document frequencies of ``features`` now: ``story_terms``' counts and the log's (read as an arrival's
    are, without counting a document)."""
    folded = folded_counts(connection, features, log)
    pending = log.pending
    return Counter({feature: folded[feature] + pending[feature] for feature in features})


def reweigh_recent(connection: sqlite3.Connection, settings: Settings, cache: object | None = None) -> bool:
    """Weigh the ``MEMBERS`` most recent members again with the document frequencies now and regroup them (call
    inside a transaction); tell whether any member was weighted again."""
    from digest.core.store import stories as store

    story_cache = cache if isinstance(cache, store.StoryCache) else None
    members = story_cache.members if story_cache is not None else MemberCache()
    rows, counted, before = _readable(
        connection.execute(
            "SELECT article_id, story_id, vector FROM story_members WHERE vector IS NOT NULL"
            " ORDER BY article_id DESC LIMIT ?",
            (MEMBERS,),
        ).fetchall(),
        members,
    )
    if len(rows) < 2 or not any(counted):
        return False
    index = StoryIndex(settings)
    index.documents = int(connection.execute("SELECT count(*) FROM story_members").fetchone()[0])
    wanted = {feature for item in counted if item is not None for feature in item.counts}
    log = story_cache.term_log if story_cache is not None else store.TermLog()
    index.document_frequency = frequencies(connection, wanted, log)
    after = [old if item is None else index.vectors(item) for (_, old, _), item in zip(before, counted, strict=True)]
    features = [item for _, _, item in before]
    current = [int(story_id) for _, story_id, _ in rows]
    labels = regroup(after, features, settings)
    targets = story_targets(current, labels)
    regrouping = Regrouping(connection, current, story_cache)
    for number, (article_id, _, packed) in enumerate(rows):
        item = counted[number]
        telling = ranked(after[number])
        stored = packed if item is None else encode_member(after[number], item, telling, members)
        member = (int(article_id), current[number], before[number][1], features[number])
        regrouping.move(member, targets[labels[number]], labels[number], after[number], stored, telling)
    regrouping.store()
    return True


def _readable(
    rows: list[tuple[int, int, bytes]], members: MemberCache
) -> tuple[list[tuple[int, int, bytes]], list[ArticleFeatures | None], list[tuple[int, Vectors, ArticleFeatures]]]:
    """The rows whose stored vector can be read, with their counts and decoded vectors (a member whose vector
    cannot be read stays where it is, left out of the regrouping)."""
    kept: list[tuple[int, int, bytes]] = []
    counted: list[ArticleFeatures | None] = []
    decoded: list[tuple[int, Vectors, ArticleFeatures]] = []
    for row in rows:
        try:
            counts = members.counted(row[2])
            if counts is None:
                counts = member_counts(row[2])
            member = members.decoded(row[2])
        except CorruptStoryData:
            _LOG.warning("story %d: the stored vector of article %d cannot be read", row[1], row[0])
            continue
        kept.append(row)
        counted.append(counts)
        decoded.append(member)
    return kept, counted, decoded
