"""The library's article list: one OptionList line per article (virtualised: only visible lines render).

Rows carry no body; the reader loads an article's sections only when it is opened.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets.option_list import Option

from digest.core.store.articles import ArticleRow
from digest.ui.option_cache import PagingOptionList

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


class RowVisual(Visual):
    """An article's line, built only when it is drawn: listing 10,000 articles costs 10,000 small objects.

    Every row is one line high (the list does not wrap; long titles end in an ellipsis).
    """

    __slots__ = ("_content", "row")

    def __init__(self, row: ArticleRow) -> None:
        """The line of ``row``."""
        self.row = row
        self._content: Content | None = None

    @property
    def content(self) -> Content:
        """The styled line (made on first use)."""
        if self._content is None:
            self._content = row_prompt(self.row)
        return self._content

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        """Draw the line."""
        return self.content.render_strips(width, 1, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """The line's width."""
        return self.content.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Always one line."""
        return 1


class LibraryList(PagingOptionList):
    """The articles of the library, newest first (or search results, best first)."""

    DEFAULT_CSS = """
    LibraryList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's argument name)
        """An empty list; :meth:`show` fills it."""
        super().__init__(id=id)
        self.rows: list[ArticleRow] = []

    def show(self, rows: Sequence[ArticleRow], keep_id: int | None = None) -> None:
        """Replace the rows, keeping the article ``keep_id`` highlighted when it is still listed."""
        self.rows = list(rows)
        self.set_options([Option(RowVisual(row)) for row in self.rows])
        if not self.rows:
            return
        index = next((i for i, r in enumerate(self.rows) if r.id == keep_id), 0) if keep_id is not None else 0
        self.highlighted = index

    @property
    def current(self) -> ArticleRow | None:
        """The highlighted article's row."""
        index = self.highlighted
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None

    def update_row(self, row: ArticleRow) -> None:
        """Repaint one article after its flags changed."""
        for index, old in enumerate(self.rows):
            if old.id == row.id:
                self.rows[index] = row
                self.replace_option_prompt_at_index(index, RowVisual(row))
                return

    def find_unread(self, step: int) -> int | None:
        """The index of the next (``step`` 1) or previous (-1) unread article from the highlight."""
        start = self.highlighted if self.highlighted is not None else -step
        index = start + step
        while 0 <= index < len(self.rows):
            if not self.rows[index].is_read:
                return index
            index += step
        return None
