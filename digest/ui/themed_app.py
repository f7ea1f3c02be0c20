"""What every digest app shares: the themes (shipped and the user's own), remembered settings, styles."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from digest.resources import themes_dir
from digest.ui.settings import Settings, config_dir
from digest.ui.themes import DEFAULT_DARK, LoadedThemes, load_themes, theme_variable_defaults


def available_themes(settings: Settings) -> LoadedThemes:
    """digest's shipped themes plus the user's own (``themes/`` in the config folder)."""
    folders = [themes_dir()]
    if settings.directory is not None:
        folders.append(settings.directory / "themes")
    return load_themes(folders)


class ThemedApp(App[None]):
    """A Textual app with digest's themes registered and the user's theme choice remembered."""

    CSS_PATH = str(Path(__file__).with_name("app.tcss"))
    TITLE = "digest"

    def __init__(self, *, theme: str | None = None, settings: Settings | None = None) -> None:
        """Register the themes and pick ``theme``, else the remembered one, else digest-dark."""
        super().__init__()
        self.settings = settings if settings is not None else Settings.load(config_dir())
        themes = available_themes(self.settings)
        self.theme_errors: list[str] = list(themes.errors)
        """One-line messages about theme files that failed to load."""
        for loaded in themes.themes.values():
            self.register_theme(loaded)
        wanted = theme or self.settings.theme
        self.theme = wanted if wanted in self.available_themes else DEFAULT_DARK

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Defaults for digest's own theme variables (quote and actor colours...)."""
        return theme_variable_defaults(self.current_theme)

    def report_problems(self, messages: list[str]) -> None:
        """Show inputs or themes that failed as notifications (plain text, never markup)."""
        for message in messages:
            self.notify(message, title="Not loaded", severity="warning", timeout=8, markup=False)

    def remember_theme_changes(self) -> None:
        """From now on, save every theme the user picks."""
        self.theme_changed_signal.subscribe(self, self.remember_theme)

    def remember_theme(self, theme: object) -> None:
        """Save the theme the user picked, for next time."""
        self.settings.theme = self.theme
        self.settings.save()
