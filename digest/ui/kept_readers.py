"""The library reader screens of the articles opened last, kept composed and laid out.

Opening an article builds a whole reader screen (panes, document, Footer); opening it again pushes the kept
screen instead, already built, scrolled where the reader left it. The screens are installed (Textual keeps
an installed screen when it is popped) and at most :data:`KEPT_READERS` are kept; one dropped is uninstalled
and removed once no screen stack holds it. After the library's articles may have changed (feeds refreshed,
a page fetched again, articles added) every kept screen is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, TypeVar

from textual.app import App
from textual.screen import Screen

from digest.ui.rendered import discard

ReaderScreen = TypeVar("ReaderScreen", bound=Screen[Any])

KEPT_READERS = 4
"""How many reader screens are kept (each holds one article's document, contents and quotes)."""


class KeptReaders(Generic[ReaderScreen]):
    """Reader screens by article id, least recently opened first."""

    def __init__(self, limit: int = KEPT_READERS) -> None:
        """Keep at most ``limit`` screens."""
        self.limit = limit
        self._screens: OrderedDict[int, ReaderScreen] = OrderedDict()
        self._dropped: list[Screen[Any]] = []
        self._installed = 0

    def __len__(self) -> int:
        return len(self._screens)

    def get(self, app: App[Any], article_id: int) -> ReaderScreen | None:
        """The kept screen of an article (now the most recently opened), or None."""
        self._tidy(app)
        screen = self._screens.get(article_id)
        if screen is not None:
            self._screens.move_to_end(article_id)
        return screen

    def keep(self, app: App[Any], article_id: int, screen: ReaderScreen) -> None:
        """Keep ``screen`` (not shown yet) as the article's; drop the least recently opened beyond the limit."""
        old = self._screens.pop(article_id, None)
        if old is not None:
            self._dropped.append(old)
        self._installed += 1
        app.install_screen(screen, f"digest-library-reader-{self._installed}")
        self._screens[article_id] = screen
        while len(self._screens) > self.limit:
            self._dropped.append(self._screens.popitem(last=False)[1])
        self._tidy(app)

    def forget_all(self, app: App[Any]) -> None:
        """Drop every kept screen (the articles may have changed)."""
        self._dropped.extend(self._screens.values())
        self._screens.clear()
        self._tidy(app)

    def _tidy(self, app: App[Any]) -> None:
        """Uninstall and remove the dropped screens that no screen stack holds (the others wait)."""
        waiting = []
        for screen in self._dropped:
            if screen in app.screen_stack:
                waiting.append(screen)
                continue
            app.uninstall_screen(screen)
            if screen.is_attached:
                discard(screen)
        self._dropped = waiting
