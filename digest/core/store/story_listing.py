"""The app's stories view read a page at a time: the order of the stories from one query, their lines on demand.

Making the list counts each story's articles and finds its newest in SQLite (no row reaches Python but one
per story); a story's title, outlets and articles are read when its page is first drawn. The order is
:func:`~digest.core.store.stories.list_stories`'s: largest first, then newest.
"""

from __future__ import annotations

import sqlite3

from digest.core.store.paging import PagedSequence
from digest.core.store.story_rows import StoryRow, outlet

PAGE_STORIES = 50
"""Stories read together (one query) when one of them is first drawn."""


def story_order(connection: sqlite3.Connection) -> list[tuple[int, int, str]]:
    """(story id, articles, newest date) of every story: largest first, then newest."""
    query = (
        "SELECT m.story_id, count(*), max(coalesce(a.published, a.added)) AS newest, a.id"
        " FROM story_members m JOIN articles a ON a.id = m.article_id"
        " GROUP BY m.story_id ORDER BY 2 DESC, 3 DESC, 4 DESC"
    )
    return [(story_id, count, newest) for story_id, count, newest, _ in connection.execute(query)]


def any_unplaced(connection: sqlite3.Connection) -> bool:
    """Whether an article is in no story yet (stored before stories existed): a cheap check, nothing imported."""
    query = "SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)"
    return connection.execute(query + " LIMIT 1").fetchone() is not None


class ListedStories(PagedSequence[StoryRow]):
    """Every story of the library, its line read from the library when its page is first needed."""

    page_size = PAGE_STORIES

    def __init__(self, connection: sqlite3.Connection, order: list[tuple[int, int, str]]) -> None:
        """The stories of ``order`` (see :func:`story_order`), their lines read through ``connection`` when drawn."""
        super().__init__()
        self.connection = connection
        self.order = order
        self.article_count = sum(count for _, count, _ in self.order)
        """Articles across every story."""

    def __len__(self) -> int:
        return len(self.order)

    def read_page(self, number: int) -> list[StoryRow]:
        """The lines of page ``number``'s stories: one query for their articles."""
        wanted = self.order[number * PAGE_STORIES : (number + 1) * PAGE_STORIES]
        marks = ",".join("?" * len(wanted))
        rows = self.connection.execute(
            "SELECT m.story_id, s.title, a.id, coalesce(f.title, f.url), a.url, a.source FROM story_members m"
            " JOIN stories s ON s.id = m.story_id JOIN articles a ON a.id = m.article_id"
            f" LEFT JOIN feeds f ON f.id = a.feed_id WHERE m.story_id IN ({marks})"
            " ORDER BY coalesce(a.published, a.added) DESC, a.id DESC",
            [story_id for story_id, _, _ in wanted],
        )
        found: dict[int, tuple[str, list[int], set[str]]] = {}
        for story_id, title, article_id, feed, url, source in rows:
            _, ids, outlets = found.setdefault(story_id, (title, [], set()))
            ids.append(article_id)
            outlets.add(outlet(feed, url, source))
        page = []
        for story_id, count, newest in wanted:
            title, ids, outlets = found.get(story_id, ("", [], set()))
            page.append(StoryRow(story_id, title, len(ids) or count, len(outlets), newest, tuple(ids)))
        return page

    def shared_count(self) -> int:
        """How many stories are told by more than one article."""
        return sum(1 for _, count, _ in self.order if count > 1)
