"""What the library list shows: the articles a :class:`Filter` keeps, or the library's stories.

Both are made the same way, in the list's worker thread: counted, the first ids read from an index, the rest
(and the rows) read as they are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from digest.core.store import Library
from digest.core.store.feeds import Feed
from digest.core.store.listing import ListedRows, list_selection
from digest.core.store.selection import Selection
from digest.core.store.story_listing import ListedStories, StoryIds, story_totals
from digest.core.wording import plural

ARTICLES_ONLY = frozenset(
    {"search", "cycle_view", "star", "export", "next_unread", "previous_unread", "cycle_feed", "toggle_read"}
    | {"refresh_feed", "clear", "stories"}
)
"""The actions of the article list that the stories do without (hidden while they are shown)."""

STORIES_ONLY = frozenset({"articles", "open_story"})
"""The actions of the stories that the article list does without (hidden while it is shown)."""

VIEWS = ("all", "unread", "starred")
"""The list's views, in the order ``v`` cycles through them."""


@dataclass(frozen=True)
class Filter:
    """What the list shows: a view, one feed (or all), and a search query (or none)."""

    view: str = "all"
    feed: Feed | None = None
    query: str = ""

    def selection(self) -> Selection:
        """The library selection this filter makes."""
        return Selection(self.view, self.feed.id if self.feed else None, None, self.query)

    def describe(self, count: int) -> str:
        """The status line for this filter."""
        parts = [plural(count, "article"), f"view: {self.view}"]
        if self.feed is not None:
            parts.append(f"feed: {self.feed.name}")
        if self.query:
            parts.append(f"search: {self.query}")
        return " · ".join(parts)


def load_rows(library: Library, wanted: Filter) -> ListedRows:
    """The rows a filter selects (search results best first, otherwise newest first), read when drawn."""
    return list_selection(library.connection, wanted.selection())


def load_stories(library: Library) -> tuple[ListedStories, str]:
    """The library's stories (largest, then newest first), read when drawn, and the status line saying how many."""
    stories, articles, shared = story_totals(library.connection)
    status = f"{plural(stories, 'story', 'stories')} · {plural(articles, 'article')} · {shared:,} told by more than one"
    return ListedStories(library.connection, StoryIds(library.connection)), status
