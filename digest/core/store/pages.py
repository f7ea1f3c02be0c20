"""Full-text state of feed entries: which entries were stored from their page (and under which canonical
URL), which stayed teasers and why, and the entries stored as another feed's copy of the same page.

Every write here runs inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class EntryState:
    """What the library holds for a feed entry's key: the article, its page URL and teaser reason."""

    article_id: int
    canonical_url: str | None
    teaser_reason: str | None
    aliased: bool = False
    """True when the key is another feed's entry stored as this article."""

    @property
    def from_page(self) -> bool:
        """True when the article was stored from the entry's page (never fetched again unless asked)."""
        return self.canonical_url is not None


@dataclass(frozen=True)
class Teaser:
    """An article kept as its feed's teaser because its page failed."""

    article_id: int
    key: str
    feed_id: int | None
    link: str
    reason: str
    published: str | None


def entry_state(connection: sqlite3.Connection, key: str) -> EntryState | None:
    """The state of the article stored under ``key`` (or that ``key`` is an alias of), or None."""
    row = connection.execute(
        "SELECT id, canonical_url, teaser_reason, 0 FROM articles WHERE key = ? UNION ALL "
        "SELECT a.id, a.canonical_url, a.teaser_reason, 1 FROM entry_aliases e JOIN articles a ON a.id = e.article_id"
        " WHERE e.key = ? LIMIT 1",
        (key, key),
    ).fetchone()
    return None if row is None else EntryState(int(row[0]), row[1], row[2], bool(row[3]))


def article_with_page(connection: sqlite3.Connection, url: str) -> int | None:
    """The id of the article stored from the page with this canonical URL, or None."""
    row = connection.execute("SELECT id FROM articles WHERE canonical_url = ? LIMIT 1", (url,)).fetchone()
    return None if row is None else int(row[0])


def mark_page(
    connection: sqlite3.Connection, article_id: int, *, canonical_url: str | None, teaser_reason: str | None
) -> None:
    """Record that an article came from its page (``canonical_url``) or stayed a teaser (``teaser_reason``)."""
    connection.execute(
        "UPDATE articles SET canonical_url = ?, teaser_reason = ? WHERE id = ?",
        (canonical_url, teaser_reason, article_id),
    )


def add_alias(connection: sqlite3.Connection, key: str, article_id: int) -> None:
    """Record that the entry ``key`` is stored as article ``article_id`` (the same page through another feed)."""
    connection.execute("INSERT OR REPLACE INTO entry_aliases (key, article_id) VALUES (?, ?)", (key, article_id))


def teasers(
    connection: sqlite3.Connection,
    ids: list[int] | None = None,
    *,
    feed_ids: list[int] | None = None,
    reason: str | None = None,
) -> list[Teaser]:
    """The articles kept as teasers, oldest first: only those in ``ids``, from ``feed_ids``, or kept for
    ``reason``, when given."""
    query = "SELECT id, key, feed_id, source, teaser_reason, published FROM articles WHERE teaser_reason IS NOT NULL"
    values: list[object] = []
    for column, wanted in (("id", ids), ("feed_id", feed_ids)):
        if wanted is not None:
            query += f" AND {column} IN ({', '.join('?' * len(wanted))})"
            values.extend(wanted)
    if reason is not None:
        query += " AND teaser_reason = ?"
        values.append(reason)
    return [Teaser(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in connection.execute(query + " ORDER BY id", values)]
