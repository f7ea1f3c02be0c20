"""The digest reader application: themes, settings, the command palette and the main screen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial

from textual.app import App, SystemCommand
from textual.markup import escape
from textual.screen import Screen

from digest.core.model import Article
from digest.resources import themes_dir
from digest.ui.analysis import Analyses
from digest.ui.help_screen import HelpScreen
from digest.ui.keys import ALL_KEYS
from digest.ui.main_screen import MainScreen
from digest.ui.palette import ActorCommands, ArticleCommands, SectionCommands, ThemeCommands
from digest.ui.settings import Settings, config_dir
from digest.ui.themes import DEFAULT_DARK, LoadedThemes, load_themes, theme_variable_defaults


def available_themes(settings: Settings) -> LoadedThemes:
    """digest's shipped themes plus the user's own (``themes/`` in the config folder)."""
    folders = [themes_dir()]
    if settings.directory is not None:
        folders.append(settings.directory / "themes")
    return load_themes(folders)


class DigestApp(App[None]):
    """A keyboard-first reader for a digest of news articles."""

    CSS_PATH = "app.tcss"
    TITLE = "digest"
    COMMANDS = App.COMMANDS | {ArticleCommands, SectionCommands, ActorCommands, ThemeCommands}

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        theme: str | None = None,
        settings: Settings | None = None,
        load_errors: Sequence[str] = (),
        analyses: Analyses | None = None,
    ) -> None:
        """Read ``articles`` (at least one).

        Args:
            articles: The digest.
            theme: A theme to use now (otherwise the remembered one, otherwise digest-dark).
            settings: Remembered settings (default: from the user's config folder).
            load_errors: One-line messages about inputs that failed to load, shown as notifications.
            analyses: Where summaries and quotes come from (default: the core's functions).
        """
        super().__init__()
        if not articles:
            raise ValueError("the reader needs at least one article")
        self.articles = list(articles)
        self.settings = settings if settings is not None else Settings.load(config_dir())
        self.load_errors = list(load_errors)
        self.analyses = analyses or Analyses()
        themes = available_themes(self.settings)
        self.theme_errors = themes.errors
        for loaded in themes.themes.values():
            self.register_theme(loaded)
        wanted = theme or self.settings.theme
        self.theme = wanted if wanted in self.available_themes else DEFAULT_DARK

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Defaults for digest's own theme variables (quote and actor colours...)."""
        return theme_variable_defaults(self.current_theme)

    def on_mount(self) -> None:
        """Show the reader, report files and themes that failed, remember theme changes."""
        self.push_screen(MainScreen(self.articles, self.analyses))
        for message in [*self.load_errors, *self.theme_errors]:
            self.notify(message, title="Not loaded", severity="warning", timeout=8, markup=False)
        self.theme_changed_signal.subscribe(self, self.remember_theme)

    def remember_theme(self, theme: object) -> None:
        """Save the theme the user picked, for next time."""
        self.settings.theme = self.theme
        self.settings.save()

    def action_help(self) -> None:
        """Show the key table."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, plus every key of the reader (with its key shown as help)."""
        yield from super().get_system_commands(screen)
        if not isinstance(screen, MainScreen):
            return
        for key in ALL_KEYS:
            if key.palette and key.action not in ("app.quit", "app.focus_next", "app.focus_previous"):
                namespace = self if key.action.startswith("app.") else screen
                action = key.action.removeprefix("app.")
                yield SystemCommand(key.help, escape(f"key: {key.key_display}"),
                                    partial(namespace.run_action, action))
