"""The app on the library: the library screen first, readers and the actors view on top of it."""

from __future__ import annotations

from textual.app import App

from digest.ui.library_screen import LibraryScreen


class LibraryApp(App[None]):
    """digest on its library."""

    TITLE = "digest"

    def __init__(self, library_path: str, *, theme: str | None = None) -> None:
        """Open the library at ``library_path``."""
        super().__init__()
        self.library_path = library_path
        if theme and theme in self.available_themes:
            self.theme = theme

    def on_mount(self) -> None:
        """Show the library."""
        self.push_screen(LibraryScreen(self.library_path))


def run_library_app(library_path: str, theme: str | None = None) -> int:
    """Run the app on the library; return the exit status."""
    LibraryApp(library_path, theme=theme).run()
    return 0
