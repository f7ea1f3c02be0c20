"""The digest reader application: themes, settings, the command palette and the main screen."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import App

from digest.core.model import Article
from digest.ui.analysis import Analyses
from digest.ui.main_screen import LoadFailed, MainScreen
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
        pending: Sequence[Path] = (),
        max_bytes: int | None = None,
    ) -> None:
        """Read ``articles`` (at least one).

        Args:
            articles: The digest.
            theme: A theme to use now (otherwise the remembered one, otherwise digest-dark).
            settings: Remembered settings (default: from the user's config folder).
            load_errors: One-line messages about inputs that failed to load, shown as notifications.
            analyses: Where summaries and quotes come from (default: the core's functions).
            pending: Files still to load (in a worker, once the first screen is up), at most ``max_bytes`` each.
        """
        super().__init__(theme=theme, settings=settings)
        if not articles:
            raise ValueError("the reader needs at least one article")
        self.articles = list(articles)
        self.load_errors = list(load_errors)
        self.analyses = analyses or Analyses()
        self.pending = list(pending)
        self.max_bytes = max_bytes

    def on_mount(self) -> None:
        """Show the reader, report files and themes that failed, remember theme changes."""
        self.push_screen(MainScreen(self.articles, self.analyses, pending=self.pending, max_bytes=self.max_bytes))
        self.report_problems([*self.load_errors, *self.theme_errors])
        self.remember_theme_changes()

    def on_load_failed(self, message: LoadFailed) -> None:
        """Report files the reader's worker could not load (and remember them for the exit status)."""
        self.load_errors.extend(message.errors)
        self.report_problems(message.errors)
