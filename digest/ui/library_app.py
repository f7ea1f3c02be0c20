"""The app on the library: the library screen first, readers and the actors view on top of it.

It shares the reader's styles, themes and settings with :class:`digest.ui.app.DigestApp`, but imports the
reader itself (and the analysis libraries behind it) only when the first article is opened, in the worker
that loads the article: nothing heavy is imported at start, nor competes with the first screen for the
interpreter, so the library's first screen appears as fast as a bare list. The screens above the list ask for
articles by message (:mod:`digest.ui.story_trail`); the app hands each to the library screen.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from digest.core.store.errors import describe_library_error
from digest.ui.library_screen import LibraryScreen
from digest.ui.settings import Settings
from digest.ui.story_trail import OpenArticle, OpenUnread
from digest.ui.themed_app import ThemedApp


class LibraryApp(ThemedApp):
    """digest on its library."""

    def __init__(self, library_path: str, *, theme: str | None = None, settings: Settings | None = None) -> None:
        """Open the library at ``library_path``, with the remembered (or given) theme."""
        super().__init__(theme=theme, settings=settings)
        self.library_path = library_path
        self.fault: str | None = None
        """The one-line message when the library failed under the app (damaged, disk full...)."""
        self.library_screen: LibraryScreen
        """The app's first screen (made by :meth:`get_default_screen`): it opens articles for the screens above."""

    def _handle_exception(self, error: Exception) -> None:
        """A library fault ends the app with one line and status 2; anything else is a crash (status 1)."""
        if isinstance(error, sqlite3.Error):
            self.fault = describe_library_error(Path(self.library_path), error)
            self.exit(return_code=2)
            return
        super()._handle_exception(error)

    def get_default_screen(self) -> LibraryScreen:
        """The library screen is the app's first screen (no empty screen made, styled and laid out under it)."""
        self.library_screen = LibraryScreen(self.library_path)
        return self.library_screen

    def on_mount(self) -> None:
        """Report themes that failed; remember theme changes."""
        self.report_problems(self.theme_errors)
        self.remember_theme_changes()

    def on_open_article(self, message: OpenArticle) -> None:
        """A story page or a reader asks for an article: the library screen opens it."""
        self.library_screen.open_article(
            message.row, message.place, replace_reader=message.replace_reader, asker=message.asker
        )

    def on_open_unread(self, message: OpenUnread) -> None:
        """A reader asks for the next or previous unread article of the list: the library screen opens it."""
        self.library_screen.open_unread(message.step, replace_reader=True, asker=message.asker)


def run_library_app(library_path: str, theme: str | None = None) -> int:
    """Run the app on the library; return the exit status."""
    app = LibraryApp(library_path, theme=theme)
    status = app.run_for_status()  # 1 after a crash, 2 after a library fault
    if app.fault:
        from digest.commands.output import report_error

        report_error(app.fault)
    return status
