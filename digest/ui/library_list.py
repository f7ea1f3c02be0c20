"""The library's list: its articles, one line each, or its stories, two lines each; only the rows on screen are
drawn (and read).

Rows carry no body; the reader loads an article's sections only when it is opened, a story's page reads its
articles only when it is opened.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content, Span

from digest.core.store.articles import ArticleRow
from digest.core.store.listing import ListedRows
from digest.core.store.story_listing import ListedStories
from digest.core.store.story_rows import StoryRow
from digest.ui.virtual_list import VirtualList

UNREAD = "●"
"""Mark of an unread article."""
STARRED = "★"
"""Mark of a starred article."""
TEASER = "teaser"
"""Shown after the title of an article kept as its feed's teaser (its page failed or is still to come)."""


def row_prompt(row: ArticleRow) -> Content:
    """One line for an article: unread and star marks, the title (never parsed as markup), feed and date."""
    marks = (UNREAD if not row.is_read else " ") + (STARRED if row.starred else " ") + " "
    where = f"  {row.feed_title} · {row.date[:10]}" if row.feed_title else f"  {row.date[:10]}"
    if row.teaser_reason is not None:
        where = f"  {TEASER}" + where
    text = marks + row.title + where
    end = len(marks) + len(row.title)
    spans = [Span(0, 1, "$accent"), Span(1, 2, "$warning"), Span(end, len(text), "dim")]
    if not row.is_read:
        spans.append(Span(len(marks), end, "bold"))
    return Content(text, spans)


def clip_line(line: Content, width: int) -> Content:
    """``line`` cut to ``width`` cells with one ellipsis: a cut that lands just after the text's own "…" (a title
    that is a truncated lede) or on the spaces before the date shows a single "…", never "……"."""
    if line.cell_length <= width or width < 2:
        return line
    kept = line.truncate(width - 1)
    plain = kept.plain
    end = len(plain.rstrip().rstrip("…").rstrip())
    return Content.assemble(kept[:end], "…")


def story_prompt(story: StoryRow, width: int = 0) -> Content:
    """Two lines per story: its title (cut to ``width`` cells when given), then (dim) its number of articles and
    outlets and the newest time."""
    plural = "s" if story.articles != 1 else ""
    outlets = f"{story.outlets} outlet{'s' if story.outlets != 1 else ''}"
    details = f"{story.articles} article{plural} · {outlets} · {story.newest[:16].replace('T', ' ')}"
    title = clip_line(Content(story.title), width) if width else Content(story.title)
    return Content.assemble(title, "\n", Content.styled(details, "dim"))


class LibraryList(VirtualList[ArticleRow | StoryRow], inherit_bindings=False):
    """The articles of the library, newest first (or search results, best first), or its stories, largest then
    newest first.

    Its rows are read from the library a page at a time as they are drawn (see
    :class:`~digest.core.store.listing.ListedRows` and :class:`~digest.core.store.story_listing.ListedStories`).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        binding for binding in VirtualList.BINDINGS if not isinstance(binding, Binding) or binding.key != "enter"
    ]
    """VirtualList's keys but ``enter``, which is the screen's "Open" (so the Footer can show it while the stories
    are shown: a focused widget's binding of a key hides the screen's)."""

    DEFAULT_CSS = """
    LibraryList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's argument name)
        """An empty list; :meth:`show` fills it."""
        super().__init__(id=id)
        self.rows: ListedRows | ListedStories = ListedRows(None, [])

    def row_content(self, index: int, row: ArticleRow | StoryRow) -> Content:
        """The article's line, or the story's two; an article's line is cut to the list's width here (so a title
        ending in its own "…" gets no second one)."""
        width = self.scrollable_content_region.width
        if isinstance(row, StoryRow):
            return story_prompt(row, width)
        return clip_line(row_prompt(row), width)

    def show(self, rows: ListedRows | ListedStories, keep_id: int | None = None) -> None:
        """Replace the rows (articles or stories), keeping the one with id ``keep_id`` highlighted if still listed."""
        self.row_height = 2 if isinstance(rows, ListedStories) else 1
        index = rows.index_of(keep_id) if keep_id is not None else None
        self.set_rows(rows, index or 0)

    @property
    def showing_stories(self) -> bool:
        """Whether the list shows stories (not articles)."""
        return isinstance(self.rows, ListedStories)

    def _highlighted_row(self) -> ArticleRow | StoryRow | None:
        index = self.highlighted
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None

    @property
    def current(self) -> ArticleRow | None:
        """The highlighted article's row (None while stories are shown)."""
        row = self._highlighted_row()
        return row if isinstance(row, ArticleRow) else None

    @property
    def current_story(self) -> StoryRow | None:
        """The highlighted story (None while articles are shown)."""
        row = self._highlighted_row()
        return row if isinstance(row, StoryRow) else None

    def update_row(self, row: ArticleRow) -> None:
        """Repaint one article after its flags changed (nothing to do while stories are shown)."""
        index = self.rows.replace(row) if isinstance(self.rows, ListedRows) else None
        if index is not None:
            self.refresh_row(index)

    def find_unread(self, step: int) -> int | None:
        """The index of the next (``step`` 1) or previous (-1) unread article from the highlight (None: stories)."""
        if not isinstance(self.rows, ListedRows):
            return None
        start = self.highlighted if self.highlighted is not None else -step
        return self.rows.find_unread(start, step)
