"""Opening library articles from the screens above the library list, by message (screens never call each other).

A story page posts :class:`OpenArticle` with the article's :class:`StoryPlace` (the story's articles and which
one); the reader it opens keeps that place, so its ``n``/``p`` move through the story's articles (another
:class:`OpenArticle`) and its ``esc`` says it goes back to the story. A reader opened from the article list
posts :class:`OpenUnread` for its ``n``/``p``. The messages bubble from the screen to the app, which hands them
to the library screen (the one that opens articles).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.screen import Screen

from digest.core.store.articles import ArticleRow


class StoryTrail:
    """A story page's articles, in the page's order, and the one read last (the page highlights it again)."""

    def __init__(self, rows: tuple[ArticleRow, ...]) -> None:
        """The trail through ``rows``; none read yet (the first is highlighted)."""
        self.rows = rows
        self.reading = 0
        """The index of the article read last from this story page."""


@dataclass(frozen=True)
class StoryPlace:
    """Where a reader opened from a story page stands: the story's trail and this article's index in it."""

    trail: StoryTrail
    index: int

    @property
    def row(self) -> ArticleRow:
        """The article at this place."""
        return self.trail.rows[self.index]

    @property
    def position(self) -> str:
        """'2 of 5': this article's number among the story's articles."""
        return f"{self.index + 1} of {len(self.trail.rows)}"

    def step(self, step: int) -> StoryPlace | None:
        """The place ``step`` articles on (1 next, -1 previous), or None past either end of the story."""
        index = self.index + step
        return StoryPlace(self.trail, index) if 0 <= index < len(self.trail.rows) else None


class OpenArticle(Message):
    """Open a library article in the reader (from a story page, or from a reader moving through a story)."""

    def __init__(
        self, row: ArticleRow, asker: Screen[None], place: StoryPlace | None = None, *, replace_reader: bool = False
    ) -> None:
        """Open ``row`` (at ``place`` in a story) for the screen ``asker``, replacing it if ``replace_reader``.

        The article is shown only while ``asker`` is still on top (``esc`` pressed while it loads wins)."""
        super().__init__()
        self.row = row
        self.asker = asker
        self.place = place
        self.replace_reader = replace_reader


class OpenUnread(Message):
    """Open the next (``step`` 1) or previous (-1) unread article of the library list, replacing the reader."""

    def __init__(self, step: int, asker: Screen[None]) -> None:
        """Move ``step`` unread articles along the article list, replacing the reader ``asker`` if still on top."""
        super().__init__()
        self.step = step
        self.asker = asker


@dataclass(frozen=True)
class Opening:
    """One request to open a library article: which, from where in a story, and for which screen.

    Each load carries its own request (two quick ``n`` never share one), and the reader is shown only while
    ``asker`` is still the top screen."""

    row: ArticleRow
    place: StoryPlace | None
    replace_reader: bool
    """Whether the reader replaces ``asker`` (a reader moving on) rather than going on top of it."""
    asker: Screen[None]
