"""Reading a library article: the reader screen (:class:`MainScreen`) pushed over the library list.

Summaries and quotes come from the library's cache (computed at ``digest add``), through the reader's own
:class:`~digest.ui.analysis.Analyses` hooks. Keys differ from the file reader in two ways:

- ``n`` goes to the next find match while a find is active (matches highlighted): ``check_action`` hides
  "next match" otherwise, and the same key then opens the next unread article of the library list; ``p``
  opens the previous unread article; ``N`` stays "previous match";
- ``escape`` (or ``backspace``) goes back to the library list.

Opened from a story page, ``n``/``p`` open the story's next and previous articles instead and ``escape`` is
labelled as going back to the story (:class:`~digest.ui.story_trail.StoryPlace`). The reader asks for another
article by message (:mod:`digest.ui.story_trail`); the library screen opens it.

Its commands are declared in :data:`digest.ui.keys.LIBRARY_READER` (none inherited from the file reader).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.events import ScreenResume

from digest.core.model import Article
from digest.core.quotes import QuoteReport
from digest.core.store import Library
from digest.core.summarize import DEFAULT_SENTENCES, METHODS, Summary
from digest.ui.analysis import Analyses
from digest.ui.commands import bindings_of
from digest.ui.keys import LIBRARY_READER
from digest.ui.main_screen import MainScreen
from digest.ui.story_trail import OpenArticle, OpenUnread, StoryPlace


def library_analyses(library_path: str) -> Analyses:
    """Analyses served from (and stored in) the library's cache; each call opens its own connection."""

    def summarizer(article: Article, sentences: int, method: str) -> Summary:
        with Library(library_path) as library:
            return library.summary_of(article, sentences, method)

    def quote_finder(article: Article) -> QuoteReport:
        with Library(library_path) as library:
            return library.quotes_of(article)

    return Analyses(summarizer=summarizer, quote_finder=quote_finder)


@dataclass(frozen=True)
class CachedAnalysis:
    """What the library's cache holds for an article: its summary (at the reader's starting length and
    method) and its quote report, each None when not cached (the reader's workers then compute it)."""

    summary: Summary | None = None
    quotes: QuoteReport | None = None

    @classmethod
    def of(cls, library: Library, article: Article) -> CachedAnalysis:
        """Read the article's cached analysis (a look-up only, never a computation)."""
        return cls(library.cached_summary_of(article, DEFAULT_SENTENCES, METHODS[0]), library.cached_quotes_of(article))

    def analyses(self, library_path: str) -> Analyses:
        """The reader's analyses of the article (index 0), starting with what was cached."""
        analyses = library_analyses(library_path)
        if self.summary is not None:
            analyses.keep_summary(0, DEFAULT_SENTENCES, METHODS[0], self.summary)
        if self.quotes is not None:
            analyses.keep_quotes(0, self.quotes)
        return analyses


class LibraryReaderScreen(MainScreen, inherit_bindings=False):
    """The reader on one library article, with library keys (see the module docstring)."""

    BINDINGS = bindings_of(LIBRARY_READER)
    DECLARED = LIBRARY_READER

    def __init__(self, library_path: str, article: Article, cached: CachedAnalysis | None = None) -> None:
        """Read ``article`` of the library at ``library_path``, with its ``cached`` analysis when known."""
        super().__init__([article], (cached or CachedAnalysis()).analyses(library_path))
        self.place: StoryPlace | None = None
        """Where this article stands in the story page it was opened from (None: opened from the article list);
        set by the screen that shows it, each time it shows it."""

    def _find_active(self) -> bool:
        document = self.document()
        return document is not None and bool(document.matches)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ "Next match" only while a find is active (``n`` moves on otherwise); the way back and ``n``/``p`` of
        the story page the article was opened from, else of the library list."""
        if action == "next_match":
            return self._find_active()
        if action in ("next_unread", "next_in_story") and self._find_active():
            return False
        if action in ("back", "next_unread", "previous_unread"):
            return self.place is None
        if action in ("back_to_story", "next_in_story", "previous_in_story"):
            return self.place is not None
        return super().check_action(action, parameters)

    @on(ScreenResume)
    def note_story_place(self) -> None:
        """Shown: tell the story page which of its articles is read now (it highlights it when shown again)."""
        if self.place is not None:
            self.place.trail.reading = self.place.index

    def action_next_unread(self) -> None:
        """Open the next unread article."""
        self.post_message(OpenUnread(1, self))

    def action_previous_unread(self) -> None:
        """Open the previous unread article."""
        self.post_message(OpenUnread(-1, self))

    def action_next_in_story(self) -> None:
        """Open the story's next article."""
        self._step_in_story(1)

    def action_previous_in_story(self) -> None:
        """Open the story's previous article."""
        self._step_in_story(-1)

    def _step_in_story(self, step: int) -> None:
        if self.place is None:
            return
        place = self.place.step(step)
        if place is None:
            where = "last" if step > 0 else "first"
            self.notify(f"this is the {where} article of the story ({self.place.position})", timeout=3)
            return
        self.post_message(OpenArticle(place.row, self, place, replace_reader=True))

    def action_back(self) -> None:
        """Back to the library list."""
        self.dismiss()

    def action_back_to_story(self) -> None:
        """Back to the story page."""
        self.dismiss()


def reader_screen(library_path: str, article: Article, cached: CachedAnalysis | None = None) -> LibraryReaderScreen:
    """The screen that shows ``article`` of the library at ``library_path`` (its ``cached`` analysis when known)."""
    return LibraryReaderScreen(library_path, article, cached)
