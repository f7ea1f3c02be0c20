"""The help screen (``?`` or F1): the keys of the screen it was opened on, generated from its declared commands."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Resize
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from digest.ui.commands import GROUPS, Command

CHROME_LINES = 6
"""Lines of the help that are not the table: margins, border, padding, title and footer line."""


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

    def compose(self) -> ComposeResult:
        """The title, the key table and a footer line."""
        with Vertical(id="help-box"):
            yield Label("digest — keys", id="help-title")
            table = HelpTable(id="help-table", cursor_type="row", zebra_stripes=True)
            table.add_columns("", "Key", "Action")
            previous = ""
            for group, keys, action in help_rows(self.commands, self.keymap):
                heading = Text(group if group != previous else "", style="italic")
                previous = group
                table.add_row(heading, Text(keys, style="bold"), Text(action))
            yield table
            yield Label(
                "ctrl+p: palette · keymap.toml in the config folder rebinds keys by id · esc: close",
                id="help-footer",
            )

    def on_resize(self, event: Resize) -> None:
        """Fit the table in the terminal (it scrolls when taller): room for the box, title and footer line."""
        self.query_one(HelpTable).styles.max_height = max(3, event.size.height - CHROME_LINES)

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
