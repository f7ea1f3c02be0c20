"""The help screen (``?`` or F1): the keys of the screen it was opened on, generated from its declared commands."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Resize
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from digest.ui.commands import GROUPS, Command

FOOTER = "esc: close · ctrl+p: palette · rebind keys by id in keymap.toml (config folder)"
"""The line under the table (it wraps on a narrow terminal)."""

NARROWEST_ACTIONS = 20
"""The actions' narrowest column beside a column of group names (narrower, the groups become heading rows)."""


def help_rows(commands: tuple[Command, ...], keymap: Mapping[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(group, keys, what they do) for each command, grouped in :data:`GROUPS` order."""
    rows = [(command.group, command.key_display(keymap), command.help) for command in commands]
    return sorted(rows, key=lambda row: GROUPS.index(row[0]))


class HelpTable(DataTable[Text]):
    """The key table; j/k and the page keys scroll it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class HelpScreen(ModalScreen[None]):
    """A table of the keys of one screen; escape, q, ? or F1 closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close help")]

    def __init__(self, commands: tuple[Command, ...], keymap: Mapping[str, str] | None = None) -> None:
        """Help for ``commands`` (a screen's declared commands), keys as ``keymap`` rebinds them."""
        super().__init__()
        self.commands = commands
        self.keymap = dict(keymap or {})
        self.filled_width = 0

    def compose(self) -> ComposeResult:
        """The title, the key table (filled once the box's size is known, see :meth:`on_resize`), a footer line."""
        with Vertical(id="help-box"):
            yield Label("digest — keys", id="help-title")
            yield HelpTable(id="help-table", cursor_type="row", zebra_stripes=True)
            yield Label(FOOTER, id="help-footer")

    def box_content_width(self, size: Size) -> int:
        """Columns inside the help box (its border and padding off) on a terminal of ``size``, from its styles."""
        box = self.query_one("#help-box")
        width = box.styles.width.resolve(size, size) if box.styles.width is not None else size.width
        if box.styles.max_width is not None:
            width = min(width, box.styles.max_width.resolve(size, size))
        return max(1, int(min(width, size.width)) - box.styles.gutter.width)

    def fill(self, table: HelpTable, content_width: int) -> None:
        """The rows, the actions wrapped to what is left of the box's ``content_width`` columns (nothing is cut).

        Beside the keys, a first column names each group; when that would leave the actions under
        :data:`NARROWEST_ACTIONS` columns, each group is a heading row above its keys instead."""
        rows = help_rows(self.commands, self.keymap)
        group_width = max(len(group) for group, _, _ in rows)
        key_width = max(len(keys) for _, keys, _ in rows)
        room = content_width - table.styles.gutter.width - table.styles.scrollbar_size_vertical
        padding = 2 * table.cell_padding  # each column's, both sides
        grouped = room - 3 * padding - group_width - key_width >= NARROWEST_ACTIONS
        table.clear(columns=True)
        if grouped:
            table.add_column("", width=group_width)
            room -= group_width + padding
        table.add_column("Key", width=key_width)
        table.add_column("Action", width=max(1, room - key_width - 2 * padding))
        previous = ""
        for group, keys, action in rows:
            heading = Text(group if group != previous else "", style="italic")
            if grouped:
                table.add_row(heading, Text(keys, style="bold"), Text(action), height=None)
            else:
                if group != previous:
                    table.add_row(heading, Text(""))
                table.add_row(Text(keys, style="bold"), Text(action), height=None)
            previous = group
        self.filled_width = content_width

    def on_resize(self, event: Resize) -> None:
        """Fit the table in the terminal (it scrolls when taller): room for the box's border and padding, the
        title and its margin, and the footer's lines (wrapped to the box)."""
        table = self.query_one(HelpTable)
        width = self.box_content_width(event.size)
        if width != self.filled_width:
            self.fill(table, width)
        title, footer = self.query_one("#help-title", Label), self.query_one("#help-footer", Label)
        lines = sum(label.get_content_height(event.size, event.size, width) for label in (title, footer))  # as drawn
        chrome = self.query_one("#help-box").styles.gutter.height + title.styles.margin.height + lines
        table.styles.max_height = max(3, event.size.height - chrome)

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
