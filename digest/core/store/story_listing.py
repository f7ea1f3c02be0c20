"""The library's stories, listed a page at a time: the app's stories view and ``digest stories --library``.

Each story's line (title, articles, outlets, newest date) is a row of ``story_rows``, kept up to date by the
library's triggers as articles join or leave stories, so listing stories reads one row per story and never
recounts its articles. The order is largest first, then newest (then the newest article's id), read from
``story_rows``' index: making a list counts the stories and reads the first ids; the later ids are read
when a position past them is needed, and a page of lines when it is first drawn.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from digest.core.store.listing import GONE_TITLE
from digest.core.store.paging import KeysetIds, PagedSequence
from digest.core.store.story_rows import StoryRow

PAGE_STORIES = 50
"""Stories read together (one query for their lines, one for their articles) when one of them is first drawn."""

_ORDER = "ORDER BY articles DESC, newest DESC, newest_id DESC"


class StoryIds(KeysetIds):
    """The ids of the stories with an article (those with one since ``since``), in the stories' order."""

    def __init__(self, connection: sqlite3.Connection, since: str | None = None) -> None:
        """The stories' ids, read through ``connection`` in growing chunks."""
        self._where = "articles > 0" + (" AND newest >= ?" if since is not None else "")
        self._params: list[object] = [since] if since is not None else []
        super().__init__(connection)

    def count_ids(self) -> int:
        """How many stories are listed."""
        query = f"SELECT count(*) FROM story_rows WHERE {self._where}"
        return int(self.connection.execute(query, self._params).fetchone()[0])

    def ids_after(self, last: tuple[Any, ...] | None, count: int) -> list[tuple[Any, ...]]:
        """(id, articles, newest, newest id) of up to ``count`` stories after the one whose sort key is ``last``."""
        bound = " AND (articles, newest, newest_id) < (?, ?, ?)" if last is not None else ""
        query = f"SELECT story_id, articles, newest, newest_id FROM story_rows WHERE {self._where}{bound} {_ORDER}"
        return self.connection.execute(query + " LIMIT ?", [*self._params, *(last or ()), count]).fetchall()


def any_unplaced(connection: sqlite3.Connection) -> bool:
    """Whether an article is in no story yet (stored before stories existed): a cheap check, nothing imported."""
    query = "SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)"
    return connection.execute(query + " LIMIT 1").fetchone() is not None


class ListedStories(PagedSequence[StoryRow]):
    """The library's stories in order, each line read from the library when its page is first needed."""

    page_size = PAGE_STORIES

    def __init__(self, connection: sqlite3.Connection, ids: Sequence[int]) -> None:
        """The stories ``ids`` (see :class:`StoryIds`), their lines read through ``connection`` when drawn."""
        super().__init__()
        self.connection = connection
        self.ids = ids

    def __len__(self) -> int:
        return len(self.ids)

    def reading_through(self, connection: sqlite3.Connection) -> ListedStories:
        """The same stories, read through ``connection`` (one of the thread that draws the list)."""
        ids = self.ids.reading_through(connection) if isinstance(self.ids, KeysetIds) else self.ids
        return ListedStories(connection, ids)

    def index_of(self, story_id: int) -> int | None:
        """The position of the story ``story_id``, or None when it is not listed."""
        try:
            return self.ids.index(story_id)
        except ValueError:
            return None

    def read_page(self, number: int) -> list[StoryRow]:
        """The lines of page ``number``'s stories, with their articles' ids (newest first)."""
        wanted = list(self.ids[number * PAGE_STORIES : (number + 1) * PAGE_STORIES])
        marks = ",".join("?" * len(wanted))
        lines = {
            row[0]: row[1:]
            for row in self.connection.execute(
                f"SELECT story_id, title, articles, outlets, newest FROM story_rows WHERE story_id IN ({marks})", wanted
            )
        }
        members: dict[int, list[int]] = {}
        for story_id, article_id in self.connection.execute(
            "SELECT m.story_id, m.article_id FROM story_members m JOIN articles a ON a.id = m.article_id"
            f" WHERE m.story_id IN ({marks}) ORDER BY coalesce(a.published, a.added) DESC, a.id DESC",
            wanted,
        ):
            members.setdefault(story_id, []).append(article_id)
        page = []
        for story_id in wanted:
            title, articles, outlets, newest = lines.get(story_id, (GONE_TITLE, 0, 0, ""))
            ids = tuple(members.get(story_id, ()))
            page.append(StoryRow(story_id, title, len(ids) or articles, outlets, newest or "", ids))
        return page


def story_totals(connection: sqlite3.Connection) -> tuple[int, int, int]:
    """(stories, articles across them, stories told by more than one article), read from ``story_rows``' index."""
    query = "SELECT count(*), total(articles), total(articles > 1) FROM story_rows WHERE articles > 0"
    stories, articles, shared = connection.execute(query).fetchone()
    return int(stories), int(articles), int(shared)


@contextmanager
def one_snapshot(connection: sqlite3.Connection) -> Iterator[None]:
    """Read the library as it is at the first read, whatever other processes write meanwhile (a read
    transaction, unless one is open already)."""
    if connection.in_transaction:
        yield
        return
    connection.execute("BEGIN")
    try:
        yield
    finally:
        if connection.in_transaction:
            connection.execute("COMMIT")


def list_stories(connection: sqlite3.Connection, *, since: str | None = None) -> list[StoryRow]:
    """Every story with its articles (or those with an article since ``since``): largest, then newest first,
    counted and read in one read transaction (no story twice or missed while another process writes)."""
    with one_snapshot(connection):
        return list(ListedStories(connection, StoryIds(connection, since)))
