"""The help screen (``?`` or F1): every key, generated from the same declarations as the bindings."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from digest.ui.keys import ALL_KEYS, Key


def help_rows(keys: tuple[Key, ...] = ALL_KEYS) -> list[tuple[str, str]]:
    """(keys, what they do) for each command."""
    return [(key.key_display, key.help) for key in keys]


class HelpScreen(ModalScreen[None]):
    """A table of every key; escape, q, ? or F1 closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close help")]

    def compose(self) -> ComposeResult:
        """The title and the key table."""
        with Vertical(id="help-box"):
            yield Label("digest — keys", id="help-title")
            table: DataTable[Text] = DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
            table.add_columns("Key", "Action")
            table.add_rows([(Text(keys, style="bold"), Text(action)) for keys, action in help_rows()])
            yield table
            yield Label(
                "Mouse: click to open, scroll to read · ctrl+p: command palette · escape: close", id="help-footer"
            )

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
