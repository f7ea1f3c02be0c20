"""Reading one library article: the reader screen pushed from the library list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from digest.core.model import Article

if TYPE_CHECKING:
    from digest.ui.library_screen import LibraryScreen


def article_content(article: Article) -> Content:
    """The article as plain styled text: title, then each section (article text is never markup)."""
    parts = [Content.styled(article.title, "bold"), Content("\n")]
    for section in article.sections:
        if section.title:
            parts += [Content("\n"), Content.styled(section.title, "bold underline"), Content("\n")]
        parts += [Content("\n"), Content(section.text), Content("\n")]
    return Content.assemble(*parts)


class SimpleReader(Screen[None]):
    """A plain reader for one article."""

    BINDINGS = [Binding("escape,q", "app.pop_screen", "Back")]

    def __init__(self, article: Article) -> None:
        """Show ``article``."""
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        """The article in a scrolling view."""
        with VerticalScroll():
            yield Static(article_content(self.article), markup=False)
        yield Footer()


def reader_screen(library_screen: LibraryScreen, article: Article) -> Screen[None]:
    """The screen that shows ``article``."""
    return SimpleReader(article)
