"""The export dialog: asks for the file name of the Markdown digest (default: in the current folder)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label

from digest.core.errors import DigestError
from digest.core.export import default_export_path
from digest.core.sanitize import shown


def display_path(path: Path) -> str:
    """A path as the dialog shows it: relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class ExportDialog(ModalScreen[Path | None]):
    """Choose where the digest goes; dismisses with the path, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, description: str = "", suggested: Path | None = None) -> None:
        """Suggest ``suggested`` (the core's default export path when None)."""
        super().__init__()
        self.description = description
        self.suggested = suggested or default_export_path()
        self.replace_confirmed: Path | None = None
        """An existing file the user has been warned about (a second Export replaces it)."""

    def compose(self) -> ComposeResult:
        """Title, explanation, file name and buttons."""
        with Vertical(id="export-box"):
            yield Label("Export digest", id="export-title")
            if self.description:
                yield Label(self.description, id="export-description", markup=False)
            path = Input(display_path(self.suggested), id="export-path", select_on_focus=False)
            path.cursor_blink = False
            yield path
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#export-ok")
    def export(self) -> None:
        """Dismiss with the chosen path."""
        value = self.query_one(Input).value.strip()
        if not value:
            self.notify("Give a file name for the digest.", severity="warning")
            return
        path = Path(value).expanduser().absolute()
        if os.path.lexists(path) and path != self.replace_confirmed:
            self.replace_confirmed = path
            self.query_one("#export-ok", Button).label = "Replace"
            self.notify(f"{shown(display_path(path))} exists: press Replace to overwrite it.", severity="warning")
            return
        self.dismiss(path)

    @on(Input.Changed)
    def forget_confirmation(self) -> None:
        """A new name needs its own confirmation."""
        self.replace_confirmed = None
        self.query_one("#export-ok", Button).label = "Export"

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Dismiss without exporting."""
        self.dismiss(None)


def ask_export_path(screen: Screen[None], description: str, chosen: Callable[[Path], object]) -> None:
    """Open the export dialog over ``screen``; call ``chosen(path)`` unless it is cancelled.

    A problem finding the suggested name (a malformed SOURCE_DATE_EPOCH) is a notification, not a crash.
    """

    def dismissed(path: Path | None) -> None:
        if path is not None:
            chosen(path)

    try:
        dialog = ExportDialog(description)
    except DigestError as error:
        screen.notify(str(error), title="Export", severity="error", markup=False)
        return
    screen.app.push_screen(dialog, dismissed)
