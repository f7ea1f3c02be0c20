"""The feeds repository: subscriptions and their HTTP caching state (ETag, Last-Modified)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from digest.core.sanitize import clean_line, shown, storable
from digest.core.store.articles import delete_article, now_iso


@dataclass(frozen=True)
class Feed:
    """A subscribed feed and what the last refresh left."""

    id: int
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    checked: str | None
    error: str | None
    full_text: str = "auto"

    @property
    def name(self) -> str:
        """The feed's title, or its URL before the first fetch."""
        return self.title or self.url

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of one feed."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "checked": self.checked,
            "error": self.error,
            "full_text": self.full_text,
        }


_COLUMNS = "id, url, title, etag, last_modified, checked, error, full_text"
FULL_TEXT_MODES = ("auto", "always", "never")
"""When a feed's entries are replaced by their page: ``auto`` (short teasers only), ``always``, ``never``."""


def _feed(values: tuple[Any, ...]) -> Feed:
    """A feed from its row; the title and error are cleaned again (a library written by an older digest)."""
    id_, url, title, etag, last_modified, checked, error, *rest = values
    title = clean_line(title) or None if title else None
    return Feed(id_, url, title, etag, last_modified, checked, shown(error) if error else error, *rest)


def add_feed(
    connection: sqlite3.Connection, url: str, title: str | None = None, full_text: str | None = None
) -> tuple[Feed, bool]:
    """Subscribe to ``url`` (no-op when already subscribed, except that ``full_text`` is set when given);
    return the feed and whether it is new."""
    cursor = connection.execute(
        "INSERT OR IGNORE INTO feeds (url, title, added) VALUES (?, ?, ?)", (storable(url), title, now_iso())
    )
    if full_text is not None:
        set_full_text(connection, storable(url), full_text)
    feed = get_feed(connection, storable(url))
    assert feed is not None
    return feed, cursor.rowcount > 0


def get_feed(connection: sqlite3.Connection, url_or_id: str | int) -> Feed | None:
    """The feed with this URL or id, or None."""
    column = "id" if isinstance(url_or_id, int) else "url"
    key = url_or_id if isinstance(url_or_id, int) else storable(url_or_id)
    row = connection.execute(f"SELECT {_COLUMNS} FROM feeds WHERE {column} = ?", (key,)).fetchone()
    return None if row is None else _feed(row)


def set_full_text(connection: sqlite3.Connection, url_or_id: str | int, mode: str) -> bool:
    """Set a feed's full-text mode (one of :data:`FULL_TEXT_MODES`); return whether the feed exists."""
    if mode not in FULL_TEXT_MODES:
        raise ValueError(f"full-text mode must be one of {', '.join(FULL_TEXT_MODES)}, not {mode!r}")
    column = "id" if isinstance(url_or_id, int) else "url"
    cursor = connection.execute(f"UPDATE feeds SET full_text = ? WHERE {column} = ?", (mode, url_or_id))
    return cursor.rowcount > 0


def list_feeds(connection: sqlite3.Connection) -> list[Feed]:
    """Every subscribed feed, in the order they were added."""
    return [_feed(row) for row in connection.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY id")]


def record_fetch(
    connection: sqlite3.Connection,
    feed_id: int,
    *,
    title: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    error: str | None = None,
) -> None:
    """Store the outcome of a fetch: new caching headers and title on success, the error otherwise.

    Every value from the server (the error's reason phrase, headers, the title) is stored cleaned.
    """
    title = clean_line(title) or None if title is not None else None
    etag = shown(etag) if etag is not None else None
    last_modified = shown(last_modified) if last_modified is not None else None
    if error is not None:
        error = shown(error)
        connection.execute("UPDATE feeds SET checked = ?, error = ? WHERE id = ?", (now_iso(), error, feed_id))
        return
    connection.execute(
        "UPDATE feeds SET checked = ?, error = NULL, title = coalesce(?, title), etag = ?, last_modified = ?"
        " WHERE id = ?",
        (now_iso(), title, etag, last_modified, feed_id),
    )


def remove_feed(connection: sqlite3.Connection, feed_id: int) -> int:
    """Unsubscribe and delete the feed's articles; return how many articles went."""
    ids = [row[0] for row in connection.execute("SELECT id FROM articles WHERE feed_id = ?", (feed_id,))]
    for article_id in ids:
        delete_article(connection, article_id)
    connection.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
    return len(ids)
