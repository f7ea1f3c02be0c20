"""The app's article list read a page at a time: the listed ids are fixed when the list is made, rows on demand.

Making a list counts the articles it shows and reads the first ids (the others are read, in order, when a
position past them is needed); the rows (titles, flags, feeds) are read a page at a time when a page is
first drawn, so a list of 100,000 articles costs what its first screen does. The ids stay fixed until the
list is made again, so positions never shift under the reader (an article read in the unread view stays
listed, marked read, until a reload).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from digest.core.store.articles import ArticleRow, row_from
from digest.core.store.paging import KeysetIds, PagedSequence
from digest.core.store.row_query import ROW_COLUMNS
from digest.core.store.selection import SEARCH_LIMIT, Selection

PAGE_ROWS = 100
"""Rows read together (one query): a page is read when one of its rows is first needed."""

UNREAD_CHUNK = 500
"""Ids whose flags one query reads when looking for the next unread article."""

GONE_TITLE = "(no longer in the library)"
"""The title shown for a listed article removed since the list was made."""


def _where(selection: Selection) -> tuple[str, list[object]]:
    clauses, params = ["1"], list[object]()
    if selection.view == "unread":
        clauses.append("a.is_read = 0")
    elif selection.view == "starred":
        clauses.append("a.starred = 1")
    if selection.feed_id is not None:
        clauses.append("a.feed_id = ?")
        params.append(selection.feed_id)
    if selection.since is not None:
        clauses.append("coalesce(a.published, a.added) >= ?")
        params.append(selection.since)
    return " AND ".join(clauses), params


_ORDER = "ORDER BY coalesce(a.published, a.added) DESC, a.id DESC"
_AFTER = " AND coalesce(a.published, a.added) <= ? AND (coalesce(a.published, a.added) < ? OR a.id < ?)"
"""Rows after a (date, id) in :data:`_ORDER` (written so that SQLite seeks in its date index)."""


class ListedIds(KeysetIds):
    """The ids of the articles a selection keeps (not a search), newest first, fixed when the list is made
    (read in growing chunks, see :class:`~digest.core.store.paging.KeysetIds`)."""

    def __init__(self, connection: sqlite3.Connection, selection: Selection) -> None:
        """The ids ``selection`` keeps, read through ``connection``."""
        self._where, self._params = _where(selection)
        super().__init__(connection)

    def count_ids(self) -> int:
        """How many articles the selection keeps."""
        count = self.connection.execute(f"SELECT count(*) FROM articles a WHERE {self._where}", self._params)
        return int(count.fetchone()[0])

    def ids_after(self, last: tuple[Any, ...] | None, count: int) -> list[tuple[Any, ...]]:
        """(id, date, id) of up to ``count`` articles after the one whose (date, id) is ``last``."""
        bound, params = "", list(self._params)
        if last is not None:
            bound, params = _AFTER, [*params, last[0], last[0], last[1]]
        query = f"SELECT a.id, coalesce(a.published, a.added), a.id FROM articles a WHERE {self._where}{bound} {_ORDER}"
        return self.connection.execute(query + " LIMIT ?", [*params, count]).fetchall()


class ListedRows(PagedSequence[ArticleRow]):
    """The rows of a fixed list of article ids, read from the library a page at a time.

    Search results come with their rows already read (``known``); any other row is read with its page.
    """

    page_size = PAGE_ROWS

    def __init__(
        self, connection: sqlite3.Connection | None, ids: Sequence[int], known: Sequence[ArticleRow] = ()
    ) -> None:
        """The rows of ``ids`` (in that order), read through ``connection`` when first needed.

        Without a connection, only the ``known`` rows can be shown (an empty list, a list of results).
        """
        super().__init__()
        self.connection = connection
        self.ids = ids
        self._known = {row.id: row for row in known}

    def __len__(self) -> int:
        return len(self.ids)

    def read_page(self, number: int) -> list[ArticleRow]:
        """The rows of page ``number``: one query for those not known already."""
        ids = list(self.ids[number * PAGE_ROWS : (number + 1) * PAGE_ROWS])
        found = dict(self._known)
        wanted = [i for i in ids if i not in found]
        if wanted and self.connection is not None:
            query = (
                f"SELECT {ROW_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id"
                f" WHERE a.id IN ({','.join('?' * len(wanted))})"
            )
            found.update((row.id, row) for row in map(row_from, self.connection.execute(query, wanted)))
        return [found.get(i) or gone_row(i) for i in ids]

    def reading_through(self, connection: sqlite3.Connection) -> ListedRows:
        """The same list, its rows read through ``connection`` (one of the thread that draws the list)."""
        ids = self.ids.reading_through(connection) if isinstance(self.ids, KeysetIds) else self.ids
        return ListedRows(connection, ids, list(self._known.values()))

    def index_of(self, article_id: int) -> int | None:
        """The position of the article ``article_id`` in the list, or None when it is not listed."""
        try:
            return self.ids.index(article_id)
        except ValueError:
            return None

    def replace(self, row: ArticleRow) -> int | None:
        """Show ``row`` (its flags changed) in place of the listed row with its id; return its position."""
        index = self.index_of(row.id)
        if index is None:
            return None
        if row.id in self._known:
            self._known[row.id] = row
        page = self.kept_page(index // PAGE_ROWS)
        if page is not None:
            page[index % PAGE_ROWS] = row
        return index

    def find_unread(self, start: int, step: int) -> int | None:
        """The position of the first unread article after ``start`` (``step`` 1) or before it (-1).

        The flags are read from the library, :data:`UNREAD_CHUNK` ids per query.
        """
        index = start + step
        while self.connection is not None and 0 <= index < len(self):
            stop = min(index + UNREAD_CHUNK, len(self)) if step > 0 else max(index - UNREAD_CHUNK, -1)
            positions = range(index, stop, step)
            ids = [self.ids[i] for i in positions]
            query = f"SELECT id FROM articles WHERE is_read = 0 AND id IN ({','.join('?' * len(ids))})"
            unread = {article_id for (article_id,) in self.connection.execute(query, ids)}
            found = next((i for i, article_id in zip(positions, ids, strict=True) if article_id in unread), None)
            if found is not None:
                return found
            index = stop
        return None


def gone_row(article_id: int) -> ArticleRow:
    """The row shown for a listed article that was removed since the list was made."""
    return ArticleRow(article_id, GONE_TITLE, "", None, None, None, True, False, "", None)


def list_selection(connection: sqlite3.Connection, selection: Selection) -> ListedRows:
    """The rows ``selection`` keeps, for the app's list: search results best first, otherwise newest first."""
    if selection.query:
        from digest.core.store.search import search

        hits = [hit.row for hit in search(connection, selection.query, limit=SEARCH_LIMIT)]
        rows = [row for row in hits if selection.keeps(row)]
        return ListedRows(connection, [row.id for row in rows], rows)
    return ListedRows(connection, ListedIds(connection, selection))
