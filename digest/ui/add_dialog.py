"""The add dialog (``+`` in the library): asks for a feed URL, or an article file or folder path."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


class AddDialog(ModalScreen[str | None]):
    """Dismisses with what the user typed (stripped), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        """Title, explanation, the input and buttons."""
        with Vertical(id="add-box", classes="dialog-box"):
            yield Label("Add to the library", id="add-title", classes="dialog-title")
            yield Label(
                "A feed URL (https://…), or an article file or folder (~/news)",
                id="add-description",
                classes="dialog-description",
            )
            box = Input(placeholder="https://example.org/feed.xml or ~/Downloads/articles", id="add-input")
            box.cursor_blink = False
            yield box
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add", variant="primary", id="add-ok")
                yield Button("Cancel", id="add-cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#add-ok")
    def add(self) -> None:
        """Dismiss with the typed text (a blank one asks again)."""
        value = self.query_one(Input).value.strip()
        if not value:
            self.notify("Type a feed URL, or a file or folder path.", severity="warning")
            return
        self.dismiss(value)

    @on(Button.Pressed, "#add-cancel")
    def action_cancel(self) -> None:
        """Dismiss without adding."""
        self.dismiss(None)
