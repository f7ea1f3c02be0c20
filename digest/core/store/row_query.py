"""The article list's query: its columns, filters and order, with nothing but ``sqlite3`` imported.

``digest list`` prints these values as SQLite returns them; building :class:`~.articles.ArticleRow`
objects would import the data model and its data classes, which cost more than the query itself.
"""

from __future__ import annotations

import sqlite3

ROW_COLUMNS = (
    "a.id, a.title, a.source, a.url, a.feed_id, coalesce(f.title, f.url), a.is_read, a.starred, a.added, a.published,"
    " a.teaser_reason"
)
"""The article list's columns (articles ``a`` LEFT JOIN feeds ``f``): id, title, source, url, feed id, feed
title, read, starred, added, published, teaser reason; as stored (titles not yet made displayable)."""


def select_rows(
    connection: sqlite3.Connection,
    *,
    unread: bool = False,
    starred: bool = False,
    feed_id: int | None = None,
    ids: list[int] | None = None,
) -> sqlite3.Cursor:
    """The article list (:data:`ROW_COLUMNS`), newest first, as SQLite reads it (only unread, starred, one
    feed's or given ids when asked)."""
    where, params = ["1"], []
    if unread:
        where.append("a.is_read = 0")
    if starred:
        where.append("a.starred = 1")
    if feed_id is not None:
        where.append("a.feed_id = ?")
        params.append(feed_id)
    if ids is not None:
        where.append(f"a.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    query = (
        f"SELECT {ROW_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id WHERE {' AND '.join(where)}"
        " ORDER BY coalesce(a.published, a.added) DESC, a.id DESC"
    )
    return connection.execute(query, params)
