"""The library's article list: one line per article, only the lines on screen drawn (and read).

Rows carry no body; the reader loads an article's sections only when it is opened.
"""

from __future__ import annotations

from textual.content import Content, Span

from digest.core.store.articles import ArticleRow
from digest.core.store.listing import ListedRows
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


class LibraryList(VirtualList[ArticleRow]):
    """The articles of the library, newest first (or search results, best first).

    Its rows are read from the library a page at a time as they are drawn (see
    :class:`~digest.core.store.listing.ListedRows`).
    """

    DEFAULT_CSS = """
    LibraryList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's argument name)
        """An empty list; :meth:`show` fills it."""
        super().__init__(id=id)
        self.rows: ListedRows = ListedRows(None, [])

    def row_content(self, index: int, row: ArticleRow) -> Content:
        """The article's line."""
        return row_prompt(row)

    def show(self, rows: ListedRows, keep_id: int | None = None) -> None:
        """Replace the rows, keeping the article ``keep_id`` highlighted when it is still listed."""
        index = rows.index_of(keep_id) if keep_id is not None else None
        self.set_rows(rows, index or 0)

    @property
    def current(self) -> ArticleRow | None:
        """The highlighted article's row."""
        index = self.highlighted
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None

    def update_row(self, row: ArticleRow) -> None:
        """Repaint one article after its flags changed."""
        index = self.rows.replace(row)
        if index is not None:
            self.refresh_row(index)

    def find_unread(self, step: int) -> int | None:
        """The index of the next (``step`` 1) or previous (-1) unread article from the highlight."""
        start = self.highlighted if self.highlighted is not None else -step
        return self.rows.find_unread(start, step)
