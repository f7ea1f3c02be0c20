"""The app on the library: the library screen first, readers and the actors view on top of it.

It shares the reader's styles, themes and settings with :class:`digest.ui.app.DigestApp`, but imports the
reader itself (and the analysis libraries behind it) only when the first article is opened, in the worker
that loads the article: nothing heavy is imported at start, nor competes with the first screen for the
interpreter, so the library's first screen appears as fast as a bare list.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from digest.resources import themes_dir
from digest.ui.library_screen import LibraryScreen
from digest.ui.settings import Settings, config_dir
from digest.ui.themes import DEFAULT_DARK, load_themes, theme_variable_defaults


class LibraryApp(App[None]):
    """digest on its library."""

    CSS_PATH = str(Path(__file__).with_name("app.tcss"))
    TITLE = "digest"

    def __init__(self, library_path: str, *, theme: str | None = None, settings: Settings | None = None) -> None:
        """Open the library at ``library_path``, with the remembered (or given) theme."""
        super().__init__()
        self.library_path = library_path
        self.settings = settings if settings is not None else Settings.load(config_dir())
        folders = [themes_dir()]
        if self.settings.directory is not None:
            folders.append(self.settings.directory / "themes")
        themes = load_themes(folders)
        self.theme_errors = themes.errors
        for loaded in themes.themes.values():
            self.register_theme(loaded)
        wanted = theme or self.settings.theme
        self.theme = wanted if wanted in self.available_themes else DEFAULT_DARK

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The reader's own theme variables (quote and actor colours...)."""
        return theme_variable_defaults(self.current_theme)

    def on_mount(self) -> None:
        """Show the library; report themes that failed; remember theme changes."""
        self.push_screen(LibraryScreen(self.library_path))
        for message in self.theme_errors:
            self.notify(message, title="Not loaded", severity="warning", timeout=8, markup=False)
        self.theme_changed_signal.subscribe(self, self.remember_theme)

    def remember_theme(self, theme: object) -> None:
        """Save the theme the user picked, for next time."""
        self.settings.theme = self.theme
        self.settings.save()

    def action_help(self) -> None:
        """Show the reader's key table."""
        from digest.ui.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def run_library_app(library_path: str, theme: str | None = None) -> int:
    """Run the app on the library; return the exit status."""
    LibraryApp(library_path, theme=theme).run()
    return 0
