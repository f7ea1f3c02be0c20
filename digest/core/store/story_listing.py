"""The app's stories view read a page at a time: the order of the stories from one query, their lines on demand.

Each story's line (title, articles, outlets, newest date) is a row of ``story_rows``, kept up to date by the
library's triggers as articles join or leave stories, so listing stories reads one row per story and never
its articles: making the list reads the story ids in order from an index; a page of lines is read when it
is first drawn. The order is :func:`~digest.core.store.stories.list_stories`'s: largest first, then newest.
"""

from __future__ import annotations

import sqlite3

from digest.core.store.paging import PagedSequence
from digest.core.store.story_rows import StoryRow

PAGE_STORIES = 50
"""Stories read together (one query for their lines, one for their articles) when one of them is first drawn."""

_LISTED = "FROM story_rows WHERE articles > 0"


def story_order(connection: sqlite3.Connection) -> list[int]:
    """The ids of every story with an article: largest first, then newest (then the newest article's id)."""
    query = f"SELECT story_id {_LISTED} ORDER BY articles DESC, newest DESC, newest_id DESC"
    return [story_id for (story_id,) in connection.execute(query)]


def any_unplaced(connection: sqlite3.Connection) -> bool:
    """Whether an article is in no story yet (stored before stories existed): a cheap check, nothing imported."""
    query = "SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)"
    return connection.execute(query + " LIMIT 1").fetchone() is not None


class ListedStories(PagedSequence[StoryRow]):
    """Every story of the library, its line read from the library when its page is first needed."""

    page_size = PAGE_STORIES

    def __init__(self, connection: sqlite3.Connection, order: list[int]) -> None:
        """The stories of ``order`` (see :func:`story_order`), their lines read through ``connection`` when drawn."""
        super().__init__()
        self.connection = connection
        self.order = order
        articles, shared = connection.execute(f"SELECT total(articles), total(articles > 1) {_LISTED}").fetchone()
        self.article_count = int(articles)
        """Articles across every story."""
        self.shared = int(shared)
        """How many stories are told by more than one article."""

    def __len__(self) -> int:
        return len(self.order)

    def read_page(self, number: int) -> list[StoryRow]:
        """The lines of page ``number``'s stories, with their articles' ids (newest first)."""
        wanted = self.order[number * PAGE_STORIES : (number + 1) * PAGE_STORIES]
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
            title, articles, outlets, newest = lines.get(story_id, ("", 0, 0, ""))
            ids = tuple(members.get(story_id, ()))
            page.append(StoryRow(story_id, title, len(ids) or articles, outlets, newest or "", ids))
        return page
