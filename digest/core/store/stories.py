"""Stories in the library: each stored article joins a story or starts one, incrementally.

The grouping is :class:`digest.core.stories.StoryIndex`'s, with its state in SQLite so that every process
(``digest add``, ``digest refresh``, the app's workers) continues the same grouping:

- ``story_terms``: document frequency of each feature (for TF-IDF weights), with ``story_term_log``: the
  distinct features of the latest arrivals (one row each), added to ``story_terms`` every
  ``FOLD_EVERY`` arrivals (a frequency is the sum of both);
- ``stories``: each story's centroid (its ``CENTROID_FEATURES`` heaviest features per namespace, in the compact
  form of :mod:`digest.core.store.story_codec`), years and publication times (JSON);
- ``story_postings``: the inverted index, each article's ``POSTED_FEATURES`` most telling features;
- ``story_members``: which story each article is in.

Placing an article reads its features' frequencies, the candidate stories that share its most telling
features (at most ``Settings.candidates``), scores them and updates one story: it never reads the whole
library. An updated article (a teaser replaced by its page) is placed again.
"""

from __future__ import annotations

import heapq
import json
import logging
import math
import sqlite3
from collections import Counter
from itertools import repeat
from operator import add, itemgetter
from typing import Any

from digest.core.model import Article
from digest.core.store.story_codec import CorruptStoryData, decode_centroid, encode_centroid
from digest.core.store.story_revisit import (
    REVISIT_STORIES,
    MemberCache,
    decode_member,
    encode_member,
    new_story,
    ranked,
    revisit,
    revisit_due,
)
from digest.core.store.story_reweigh import folded_counts, reweigh_due, reweigh_recent
from digest.core.store.story_rows import timestamp
from digest.core.stories.features import ArticleFeatures, article_features
from digest.core.stories.grouping import NAMESPACES, Settings, StoryIndex, StoryState
from digest.core.stories.headlines import story_title
from digest.core.stories.joining import decide

CENTROID_FEATURES = 200
"""Features kept per namespace in a stored centroid (the heaviest; the rest weigh little in a cosine)."""

WEIGHT_DIGITS = 6
"""Decimals kept of a stored centroid weight (short numbers decode faster; a cosine moves by under 1e-5)."""

POSTED_FEATURES = 60
"""An article's most telling features entered in the inverted index."""

_LOG = logging.getLogger(__name__)

_WEIGHT = itemgetter(1)
"""A (feature, weight) pair's weight."""

_LISTED = "SELECT value FROM json_each(?)"
"""The values of a JSON array parameter, as a subquery: one statement whatever the list's length (an ``IN``
list of ``?`` marks is a new statement for each length, and would push the prepared ones out of the cache)."""


FOLD_EVERY = 64
"""Arrivals logged in ``story_term_log`` before their counts are added to ``story_terms`` in one go (an
arrival's own hundreds of counts, written one by one, would touch most of ``story_terms``' pages)."""


_LOG_STATE = (
    "SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'story_term_log'), (SELECT count(*) FROM story_term_log)"
)
"""The log's highest id ever given and how many rows it holds."""


FOLDED_KEPT = 1 << 17
"""Folded counts a :class:`TermLog` remembers before it starts afresh (about 100 bytes each: 13 MB at most)."""


WHOLE_UP_TO = FOLDED_KEPT // 2
"""Rows of ``story_terms`` a :class:`TermLog` reads in one go when it starts afresh (a new or small library): it then
knows that a feature it does not hold was never counted, and reads nothing more until another process folds."""


class TermLog:
    """The decoded rows of ``story_term_log``, how many of them hold each feature, and the counts read from
    ``story_terms`` (``folded``: valid until another process folds the log, which :meth:`refresh` notices;
    ``whole``: it holds every row of ``story_terms``, so a feature it lacks is counted nowhere; None until
    :meth:`refresh` has tried to read them all since ``folded`` was last emptied)."""

    def __init__(self) -> None:
        """Nothing read yet."""
        self.rows: dict[int, list[str]] = {}
        self.pending: Counter[str] = Counter()
        self.folded: dict[str, int] = {}
        self.whole: bool | None = None
        self.last = 0

    def refresh(self, connection: sqlite3.Connection) -> None:
        """Follow the log as it is now: forget folded rows, decode new ones; forget the folded counts when
        another process folded the log (a row read before is gone, or one written since was never seen).

        Nothing more is read while the log holds the rows this one knows: none logged since but through it (the
        highest id ever given is the last it saw) and none folded (as many rows). Any other writer of the log
        (another process, or another log on this connection) adds a row before it folds, and ``fold_terms``
        without a log leaves fewer rows, so a batch's arrivals skip reading the log's ids."""
        highest, rows = connection.execute(_LOG_STATE).fetchone()
        highest = int(highest or 0)
        if (highest, rows) != (self.last, len(self.rows)) or len(self.folded) > FOLDED_KEPT:
            self._follow(connection, highest)
        if self.whole is None:
            self._read_whole(connection)

    def _follow(self, connection: sqlite3.Connection, highest: int) -> None:
        """Read the log's rows as they are now (see :meth:`refresh`)."""
        current = {int(i) for (i,) in connection.execute("SELECT id FROM story_term_log")}
        gone = [i for i in self.rows if i not in current]
        if gone or sum(i > self.last for i in current) != highest - self.last or len(self.folded) > FOLDED_KEPT:
            self.folded, self.whole = {}, None
        self.last = highest
        for row_id in gone:
            self.pending.subtract(self.rows.pop(row_id))
        if not self.rows:
            self.pending = Counter()
        missing = [i for i in current if i not in self.rows]
        if missing:
            query = f"SELECT id, features FROM story_term_log WHERE id IN ({_LISTED})"
            for row_id, text in connection.execute(query, (json.dumps(missing),)):
                self.add(int(row_id), json.loads(text))

    def _read_whole(self, connection: sqlite3.Connection) -> None:
        """Read every row of ``story_terms`` when there are at most ``WHOLE_UP_TO`` (in the transaction that read
        the log, so the two agree)."""
        query = "SELECT count(*) FROM (SELECT 1 FROM story_terms LIMIT ?)"
        self.whole = connection.execute(query, (WHOLE_UP_TO + 1,)).fetchone()[0] <= WHOLE_UP_TO
        if self.whole:
            self.folded = dict(connection.execute("SELECT feature, documents FROM story_terms"))

    def add(self, row_id: int, features: list[str]) -> None:
        """Count a row of the log (read, or just written)."""
        self.rows[row_id] = features
        self.pending.update(features)
        self.last = max(self.last, row_id)


def count_documents(connection: sqlite3.Connection, features: list[str], log: TermLog) -> Counter[str]:
    """Count one more document for each of ``features`` (distinct); return their document frequencies now."""
    folded = folded_counts(connection, features, log)
    pending = log.pending
    found: Counter[str] = Counter()
    counted = map(add, map(folded.__getitem__, features), map(pending.get, features, repeat(0)))
    dict.update(found, zip(features, map(add, counted, repeat(1)), strict=True))  # each set, as a dict sets it
    cursor = connection.execute("INSERT INTO story_term_log (features) VALUES (?)", (json.dumps(features),))
    log.add(int(cursor.lastrowid or 0), features)
    if len(log.rows) >= FOLD_EVERY:
        fold_terms(connection, log)
    return found


def fold_terms(connection: sqlite3.Connection, log: TermLog | None = None) -> None:
    """Add the logged arrivals' counts to ``story_terms`` and empty the log (call inside a transaction);
    ``log``, when given, holds every row of the log already (read within this transaction)."""
    totals: Counter[str] = Counter()
    if log is not None:  # its counts as they are when none is 0 (a row gone can leave one): no copy
        totals = log.pending if min(log.pending.values(), default=1) > 0 else +log.pending
    else:
        for (text,) in connection.execute("SELECT features FROM story_term_log"):
            totals.update(json.loads(text))
    features = sorted(totals)  # the strings alone: sorting them is half the time of sorting their pairs
    connection.executemany(  # in key order: each of story_terms' pages is visited once
        "INSERT INTO story_terms (feature, documents) VALUES (?, ?)"
        " ON CONFLICT(feature) DO UPDATE SET documents = documents + excluded.documents",
        zip(features, map(totals.__getitem__, features), strict=True),
    )
    connection.execute("DELETE FROM story_term_log")
    if log is not None:
        log.rows, log.pending = {}, Counter()
        folded = log.folded
        if log.whole:  # every feature's count is held: a new one starts from 0
            for feature, total in totals.items():
                folded[feature] = folded.get(feature, 0) + total
        else:  # a test per feature: faster than intersecting the two key sets
            for feature, total in totals.items():
                if feature in folded:
                    folded[feature] += total


class StoryCache:
    """Decoded stories by id and revision, so one process placing many articles decodes each story once."""

    def __init__(self, size: int = 1024) -> None:
        """An empty cache of at most ``size`` stories (about 50 KB each decoded, 200 words and 200 names:
        50 MB at most)."""
        self.size = size
        self.stories: dict[int, tuple[int, StoryState]] = {}
        self.term_log = TermLog()
        self.members = MemberCache()

    def get(self, story_id: int, revision: int) -> StoryState | None:
        """The story at this revision, when cached."""
        found = self.stories.get(story_id)
        return found[1] if found is not None and found[0] == revision else None

    def put(self, story: StoryState, revision: int) -> None:
        """Remember a story at a revision (forgetting the oldest half when full)."""
        if len(self.stories) >= self.size:
            for key in list(self.stories)[: self.size // 2]:
                del self.stories[key]
        self.stories[story.id] = (revision, story)


def _load_story(row: tuple[int, bytes | str, str, str]) -> StoryState:
    """A story as stored; :class:`CorruptStoryData` when its centroid, years or times cannot be read."""
    story_id, centroid, years, times = row
    try:
        stored_years, stored_times = json.loads(years), json.loads(times)
    except ValueError as error:
        raise CorruptStoryData() from error
    if not isinstance(stored_years, dict) or not isinstance(stored_times, list):
        raise CorruptStoryData()
    return _stored_state(story_id, decode_centroid(centroid), stored_years, stored_times)


def _rebuilt(connection: sqlite3.Connection, story_id: int, cache: StoryCache | None) -> StoryState | None:
    """A story whose stored centroid cannot be read, rebuilt from its members' vectors that can and stored again
    (call inside a transaction); None when none can (the story is then no candidate for this arrival)."""
    story = StoryState(id=story_id)
    rows = connection.execute(
        "SELECT article_id, vector FROM story_members WHERE story_id = ? AND vector IS NOT NULL ORDER BY article_id",
        (story_id,),
    )
    for article_id, packed in rows:
        try:
            vectors, features = decode_member(packed)
        except CorruptStoryData:
            _LOG.warning("story %d: the stored vector of article %d cannot be read", story_id, article_id)
            continue
        story.absorb(int(article_id), vectors, features)
    if not story.members:
        _LOG.warning("story %d: its stored centroid cannot be read nor rebuilt; left out as a candidate", story_id)
        return None
    _LOG.warning("story %d: its stored centroid cannot be read; rebuilt from %d members", story_id, len(story.members))
    return save_story(connection, story, cache)


def _stored_state(
    story_id: int, centroid: dict[str, list[Any]], years: dict[str, int], times: list[float]
) -> StoryState:
    """A story as stored (its trimmed centroid): what every process placing an article compares it with."""
    story = StoryState(id=story_id)
    story.centroid = {ns: dict(v) for ns, v in centroid.items()}
    for namespace in NAMESPACES:
        story.centroid.setdefault(namespace, {})
    story.norms = {ns: math.hypot(*v.values()) for ns, v in story.centroid.items()}
    story.years = Counter(years)
    story.times = list(times)
    story.members = [0]
    return story


def _trimmed(story: StoryState) -> dict[str, list[tuple[str, float]]]:
    """The story's centroid as stored: its heaviest features per namespace, their weights rounded."""
    kept = {}
    for namespace, weights in story.centroid.items():
        if not weights:
            continue
        # the heaviest, ties in their order (a stable sort by size; weights are sums of positive TF-IDF
        # weights, so their size is themselves, which a sort reads in C, unless a release left one below 0)
        if min(weights.values()) >= 0:
            heaviest = sorted(weights.items(), key=_WEIGHT, reverse=True)[:CENTROID_FEATURES]
        else:
            heaviest = heapq.nlargest(CENTROID_FEATURES, weights.items(), key=lambda item: abs(item[1]))
        kept[namespace] = [(feature, round(weight, WEIGHT_DIGITS)) for feature, weight in heaviest]
    return kept


def _candidates(connection: sqlite3.Connection, features: list[str], limit: int) -> list[int]:
    query = f"SELECT story_id, count(*) FROM story_postings WHERE feature IN ({_LISTED}) GROUP BY story_id ORDER BY 1"
    hits: Counter[int] = Counter(dict(connection.execute(query, (json.dumps(features),))))
    return [story for story, _ in hits.most_common(limit)]


def copy_story(story: StoryState) -> StoryState:
    """A copy of a decoded story that can be changed without changing the cached one (the transaction may roll
    back): what a placement or a regrouping changes and saves."""
    copy = StoryState(id=story.id, members=list(story.members), years=Counter(story.years), times=list(story.times))
    copy.centroid = {ns: dict(v) for ns, v in story.centroid.items()}
    copy.norms, copy.stale = dict(story.norms), set(story.stale)
    return copy


def load_stories(connection: sqlite3.Connection, ids: list[int], cache: StoryCache | None) -> list[StoryState]:
    """The stories with these ids as stored, decoded (from the cache when their revision is unchanged; one whose
    centroid cannot be read rebuilt from its members and stored again, so call inside a transaction, or left out
    when none of them reads)."""
    found: list[StoryState] = []
    missing = []
    for story_id, revision in connection.execute(
        f"SELECT id, revision FROM stories WHERE id IN ({_LISTED})", (json.dumps(ids),)
    ):
        cached = cache.get(story_id, revision) if cache is not None else None
        if cached is None:
            missing.append(story_id)
        else:
            found.append(cached)
    if missing:
        query = f"SELECT id, centroid, years, times, revision FROM stories WHERE id IN ({_LISTED})"
        for *row, revision in connection.execute(query, (json.dumps(missing),)).fetchall():
            try:
                story = _load_story((row[0], row[1], row[2], row[3]))
            except CorruptStoryData:
                rebuilt = _rebuilt(connection, int(row[0]), cache)
                if rebuilt is not None:
                    found.append(rebuilt)
                continue
            if cache is not None:
                cache.put(story, int(revision))
            found.append(story)
    return found


def retitle(connection: sqlite3.Connection, story_id: int) -> None:
    """Store the story's title as :func:`digest.core.stories.headlines.story_title` gives it for its members'
    titles now (call whenever its members change, inside the transaction): the stories view then shows what
    ``digest stories``, the export and the story page show."""
    query = "SELECT a.title FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?"
    titles = [str(t) for (t,) in connection.execute(query, (story_id,))]
    if titles:
        title = story_title(titles)
        connection.execute("UPDATE stories SET title = ? WHERE id = ? AND title IS NOT ?", (title, story_id, title))


def place(
    connection: sqlite3.Connection,
    article_id: int,
    features: ArticleFeatures,
    title: str,
    cache: StoryCache | None = None,
    settings: Settings | None = None,
) -> int:
    """Put a stored article in its story (call inside a transaction), grouped with ``settings`` (the
    defaults unless given); return the story id."""
    connection.execute("DELETE FROM story_members WHERE article_id = ?", (article_id,))
    index = StoryIndex(settings)
    index.documents = int(connection.execute("SELECT count(*) FROM story_members").fetchone()[0]) + 1
    log = cache.term_log if cache is not None else TermLog()
    index.document_frequency = count_documents(connection, list(features.counts), log)
    vectors = index.vectors(features)
    telling = ranked(vectors)
    posted = [f for _, f in telling[:POSTED_FEATURES]]
    candidates = _candidates(
        connection, [f for _, f in telling[: index.settings.candidate_features]], index.settings.candidates
    )
    scored = sorted(
        (
            (index.score(vectors, features, story), story.id, story)
            for story in load_stories(connection, candidates, cache)
        ),
        key=lambda item: (-item[0], item[1]),
    )
    join = decide([(value, story_id) for value, story_id, _ in scored], index.settings, REVISIT_STORIES - 1)
    joined = next((story for _, story_id, story in scored if story_id == join.story), None)
    best = copy_story(joined) if joined is not None else new_story(connection, title)
    best.absorb(article_id, vectors, features)
    save_story(connection, best, cache)
    connection.execute(
        "INSERT INTO story_members (article_id, story_id, vector) VALUES (?, ?, ?)",
        (article_id, best.id, encode_member(vectors, features, telling, cache.members if cache else None)),
    )
    connection.executemany(
        "INSERT OR IGNORE INTO story_postings (feature, story_id) VALUES (?, ?)", [(f, best.id) for f in posted]
    )
    due = False
    if joined is not None:
        retitle(connection, best.id)
        size = connection.execute("SELECT count(*) FROM story_members WHERE story_id = ?", (best.id,)).fetchone()[0]
        due = revisit_due(int(size))
    if join.rivals or due:
        revisit(connection, [best.id, *join.rivals], index.settings, cache)
    if reweigh_due(index.documents):
        reweigh_recent(connection, index.settings, cache)
    row = connection.execute("SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
    return int(row[0])  # where the revisit or the reweighing left it


def save_story(connection: sqlite3.Connection, story: StoryState, cache: StoryCache | None) -> StoryState:
    """Write a story's centroid, years and times (a new revision), and remember it in the cache as stored
    (so that this process compares arrivals with what any other process would read); return it as stored."""
    centroid, years = _trimmed(story), dict(story.years)
    revision = connection.execute(
        "UPDATE stories SET centroid = ?, years = ?, times = ?, revision = revision + 1"
        " WHERE id = ? RETURNING revision",
        (encode_centroid(centroid), json.dumps(years), json.dumps(story.times), story.id),
    ).fetchone()[0]
    stored = _stored_state(story.id, centroid, years, story.times)
    if cache is not None:
        cache.put(stored, int(revision))
    return stored


def features_of(article: Article, speakers: list[str], published: str | None) -> ArticleFeatures:
    """The features that place an article in its story (a refresh's workers read them beside the analysis)."""
    return article_features(article.title, article.text, speakers, timestamp(published), with_shingles=False)


def place_article(
    connection: sqlite3.Connection,
    article_id: int,
    article: Article,
    speakers: list[str],
    published: str | None,
    cache: StoryCache | None = None,
    features: ArticleFeatures | None = None,
) -> int:
    """Put a stored article in its story (inside a transaction), reading its features unless given; return
    the story id."""
    if features is None:
        features = features_of(article, speakers, published)
    return place(connection, article_id, features, article.title, cache)


def unplaced(connection: sqlite3.Connection) -> list[int]:
    """Articles in no story yet (stored before stories existed), oldest first."""
    rows = connection.execute(
        "SELECT a.id FROM articles a LEFT JOIN story_members m ON m.article_id = a.id WHERE m.article_id IS NULL"
        " ORDER BY coalesce(a.published, a.added), a.id"
    )
    return [int(r[0]) for r in rows]
