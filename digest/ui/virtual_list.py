"""A list that draws only the rows on screen: its rows are any sequence, read one row at a time when drawn.

Textual's OptionList makes an option (and measures it) for every row before the first screen, so its cost
grows with the list; this list's height is simply ``rows x row height``, and drawing a line asks the
sequence for one row (a library list reads its rows from SQLite a page at a time). Moving the highlight
repaints the two rows that changed, not the whole list. It looks and is driven like an OptionList (same
keys, same component styles, one message when a row is highlighted and one when it is chosen).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual

RowT = TypeVar("RowT")

KEPT_LINES = 4000
"""Rendered rows kept (a screen or two of scrolling back and forth is drawn once)."""


class VirtualList(ScrollView, Generic[RowT], can_focus=True):
    """A focusable list of rows, each :attr:`row_height` lines, drawn from :meth:`row_content`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
        Binding("home", "first", "First", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("up", "cursor_up", "Up", show=False),
    ]

    DEFAULT_CSS = """
    VirtualList {
        height: auto;
        max-height: 100%;
        color: $foreground;
        overflow-x: hidden;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        & > .virtual-list--row-highlighted {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .virtual-list--row-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .virtual-list--row-highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        & > .virtual-list--row-hover {
            background: $block-hover-background;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--row",
        "virtual-list--row-highlighted",
        "virtual-list--row-hover",
    }

    row_height: int = 1
    """Lines per row (every row of a list has as many; set before :meth:`set_rows`)."""

    highlighted: reactive[int | None] = reactive(None, repaint=False)
    """The highlighted row's index (None when the list is empty)."""

    class Highlighted(Message):
        """A row was highlighted."""

        def __init__(self, virtual_list: VirtualList[object], index: int) -> None:
            """Row ``index`` of ``virtual_list``."""
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index

        @property
        def control(self) -> VirtualList[object]:
            """The list (for ``@on`` selectors)."""
            return self.virtual_list

    class Selected(Highlighted):
        """A row was chosen (enter, or a click)."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's argument name)
        """An empty list; :meth:`set_rows` fills it."""
        super().__init__(id=id)
        self.rows: Sequence[RowT] = []
        self._lines: dict[tuple[int, VisualStyle, int], list[Strip]] = {}
        self._hover: int | None = None

    # What subclasses give -------------------------------------------------------------------------

    def row_content(self, index: int, row: RowT) -> Content:
        """The row's text and styles (never parsed as markup); :attr:`row_height` lines."""
        return Content(str(row))

    # Filling ------------------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        """How many rows the list holds."""
        return len(self.rows)

    def set_rows(self, rows: Sequence[RowT], highlight: int | None = 0) -> None:
        """Show ``rows`` (only the visible ones are ever read), highlighting row ``highlight``."""
        self.rows = rows
        self._lines.clear()
        self._update_size()
        self.set_reactive(VirtualList.highlighted, self.validate_highlighted(highlight))
        self.refresh()
        if self.highlighted is not None:
            self.scroll_to_highlight()
            self.post_message(self.Highlighted(self, self.highlighted))  # type: ignore[arg-type]

    def refresh_row(self, index: int) -> None:
        """Draw row ``index`` again (its content changed)."""
        self._forget(index)
        self.refresh_lines(index * self.row_height, self.row_height)

    def _forget(self, index: int) -> None:
        for key in [key for key in self._lines if key[0] == index]:
            del self._lines[key]

    def _update_size(self) -> None:
        width = self.scrollable_content_region.width
        self.virtual_size = Size(width, len(self.rows) * self.row_height)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Every row's lines."""
        return len(self.rows) * self.row_height

    # Drawing ------------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """A new theme or focus: draw every row again."""
        self._lines.clear()
        super().notify_style_update()

    def _on_resize(self, event: events.Resize) -> None:
        self._update_size()

    def render_line(self, y: int) -> Strip:
        """One line of the visible rows."""
        width = self.scrollable_content_region.width
        index, line = divmod(self.scroll_offset.y + y, self.row_height)
        if not 0 <= index < len(self.rows):
            return Strip.blank(width, self.get_visual_style("virtual-list--row").rich_style)
        state = (
            "virtual-list--row-highlighted"
            if index == self.highlighted
            else ("virtual-list--row-hover" if index == self._hover else "")
        )
        style = self.get_visual_style("virtual-list--row", *([state] if state else []))
        key = (index, style, width)
        strips = self._lines.get(key)
        if strips is None:
            if len(self._lines) > KEPT_LINES:
                self._lines.clear()
            content = self.row_content(index, self.rows[index])
            drawn = Visual.to_strips(self, content, width, self.row_height, style)
            blank = Strip.blank(width, style.rich_style)
            strips = [s.extend_cell_length(width, style.rich_style) for s in drawn[: self.row_height]]
            strips += [blank] * (self.row_height - len(strips))
            self._lines[key] = strips
        return strips[line]

    # The highlight ------------------------------------------------------------------------------

    def validate_highlighted(self, highlighted: int | None) -> int | None:
        """Keep the highlight on a row (None when there is none)."""
        if highlighted is None or not self.rows:
            return None
        return max(0, min(highlighted, len(self.rows) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        """Draw the two rows that changed, keep the new one in view, and say so."""
        for index in (old, new):
            if index is not None:
                self.refresh_lines(index * self.row_height, self.row_height)
        if new is not None:
            self.scroll_to_highlight()
            self.post_message(self.Highlighted(self, new))  # type: ignore[arg-type]

    def scroll_to_highlight(self) -> None:
        """Scroll just enough for the highlighted row to be seen."""
        if self.highlighted is None or not self.is_mounted:
            return
        region = Region(0, self.highlighted * self.row_height, self.scrollable_content_region.width, self.row_height)
        self.scroll_to_region(region, force=True, animate=False, immediate=True)

    def on_show(self) -> None:
        """Shown again: the highlight in view."""
        self.scroll_to_highlight()

    # Keys and mouse -----------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        """The next row."""
        self.highlighted = 0 if self.highlighted is None else self.highlighted + 1

    def action_cursor_up(self) -> None:
        """The previous row."""
        self.highlighted = 0 if self.highlighted is None else self.highlighted - 1

    def action_first(self) -> None:
        """The first row."""
        self.highlighted = 0

    def action_last(self) -> None:
        """The last row."""
        self.highlighted = len(self.rows) - 1

    def _page(self, direction: int) -> None:
        if not self.region.area or not self.rows:  # hidden: no page to move by
            return
        step = max(1, self.scrollable_content_region.height // self.row_height)
        self.highlighted = (self.highlighted or 0) + direction * step

    def action_page_down(self) -> None:
        """One screen of rows down."""
        self._page(1)

    def action_page_up(self) -> None:
        """One screen of rows up."""
        self._page(-1)

    def action_select(self) -> None:
        """Choose the highlighted row."""
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))  # type: ignore[arg-type]

    def _row_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        index = (self.scroll_offset.y + offset.y) // self.row_height
        return index if 0 <= index < len(self.rows) else None

    async def _on_click(self, event: events.Click) -> None:
        index = self._row_at(event)
        if index is not None:
            self.highlighted = index
            self.action_select()

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._row_at(event))

    def _on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index == self._hover:
            return
        for row in (self._hover, index):
            if row is not None:
                self.refresh_lines(row * self.row_height, self.row_height)
        self._hover = index
