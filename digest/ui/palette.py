"""Command palette providers: jump to an article, a section or an actor, and change the theme.

Every key of the reader is also in the palette, through :meth:`DigestApp.get_system_commands`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.markup import escape

from digest.core.sanitize import shown
from digest.core.wording import plural
from digest.ui.contents import section_labels
from digest.ui.themes import DEFAULT_DARK, DEFAULT_LIGHT

if TYPE_CHECKING:
    from digest.ui.main_screen import MainScreen

Command = tuple[str, str, Callable[[], None]]
"""(title, help, callback)."""


def highlighted(matcher: Matcher, title: str) -> Content:
    """The title with the matched letters styled (the title is plain text, never markup)."""
    content = Content(title)
    _, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class DigestProvider(Provider):
    """A provider whose commands are a list of (title, help, callback), matched on the title."""

    def main_screen(self) -> MainScreen | None:
        """The reader screen the palette was opened on (None on another screen)."""
        from digest.ui.main_screen import MainScreen

        return self.screen if isinstance(self.screen, MainScreen) else None

    def commands(self) -> list[Command]:
        """The commands this provider offers now."""
        return []

    async def discover(self) -> Hits:
        """Offer every command when the search is empty."""
        for title, help_text, callback in self.commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        """The commands matching the query."""
        matcher = self.matcher(query)
        for title, help_text, callback in self.commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=escape(help_text))


def _open_article(screen: MainScreen, index: int) -> None:
    screen.current = index


def _open_section(screen: MainScreen, index: int) -> None:
    screen.go_to_section(index)


def _filter_actor(screen: MainScreen, name: str) -> None:
    screen.show_quotes = True
    screen.actor = name


class ArticleCommands(DigestProvider):
    """Jump to an article."""

    def commands(self) -> list[Command]:
        """One command per article."""
        screen = self.main_screen()
        if screen is None:
            return []
        return [
            (f"Article: {shown(a.title)}", shown(a.source), partial(_open_article, screen, i))
            for i, a in enumerate(screen.articles)
        ]


class SectionCommands(DigestProvider):
    """Jump to a section of the open article."""

    def commands(self) -> list[Command]:
        """One command per section of the open article."""
        screen = self.main_screen()
        if screen is None or screen.current < 0:
            return []
        labels = section_labels(screen.articles[screen.current])
        return [
            (
                f"Section: {label}",
                f"section {n} (key {n})" if n <= 9 else f"section {n}",
                partial(_open_section, screen, n - 1),
            )
            for n, label in enumerate(labels, start=1)
        ]


class ActorCommands(DigestProvider):
    """Filter the quote sidebar to an actor of the open article."""

    def commands(self) -> list[Command]:
        """One command per actor (none until the quotes are found)."""
        screen = self.main_screen()
        report = None if screen is None else screen.analyses.cached_quotes(screen.current)
        if screen is None or report is None:
            return []
        return [
            (
                f"Actor: {a.name}",
                f"{a.role or 'quoted'} · {plural(report.listed_counts[a.name], 'quote')}",  # as the sidebar counts
                partial(_filter_actor, screen, a.name),
            )
            for a in report.actors
        ]


class ThemeCommands(DigestProvider):
    """Change the colour theme (digest's own themes first)."""

    def commands(self) -> list[Command]:
        """One command per available theme."""
        names = sorted(self.app.available_themes, key=lambda n: (n not in (DEFAULT_DARK, DEFAULT_LIGHT), n))

        def set_theme(name: str) -> None:
            self.app.theme = name

        return [(f"Theme: {name}", "change the colour theme (remembered)", partial(set_theme, name)) for name in names]
