"""The digest reader application: themes, settings, the command palette and the main screen."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import App

from digest.core.model import Article
from digest.ui.analysis import Analyses
from digest.ui.main_screen import MainScreen
from digest.ui.palette import ActorCommands, ArticleCommands, SectionCommands, ThemeCommands
from digest.ui.settings import Settings
from digest.ui.themed_app import ThemedApp


class DigestApp(ThemedApp):
    """A keyboard-first reader for a digest of news articles."""

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
        super().__init__(theme=theme, settings=settings)
        if not articles:
            raise ValueError("the reader needs at least one article")
        self.articles = list(articles)
        self.load_errors = list(load_errors)
        self.analyses = analyses or Analyses()

    def on_mount(self) -> None:
        """Show the reader, report files and themes that failed, remember theme changes."""
        self.push_screen(MainScreen(self.articles, self.analyses))
        self.report_problems([*self.load_errors, *self.theme_errors])
        self.remember_theme_changes()
