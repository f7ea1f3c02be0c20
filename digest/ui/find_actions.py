"""Find in the article: ``/`` opens the find bar, typing highlights every match, ``n``/``N`` step through
them, ``escape`` (in the bar, or in the reader after ``enter``) drops the search. A status line under the
article says which match is current and how many there are while a search is highlighted.
"""

from __future__ import annotations

from textual import on
from textual.screen import Screen

from digest.ui.article_document import ArticleDocument
from digest.ui.commands import DeclaresCommands
from digest.ui.find_bar import FindBar, FindStatus
from digest.ui.reader import Reader


class FindActions(DeclaresCommands, Screen[None]):
    """The find commands of the reader screens."""

    def document(self) -> ArticleDocument | None:
        """The document shown in the reader."""
        return self.query_one(Reader).current_document()

    def find_active(self) -> bool:
        """Whether a search is highlighted in the article shown."""
        document = self.document()
        return document is not None and bool(document.query_text)

    def action_find(self) -> None:
        """Open the find bar."""
        bar = self.query_one(FindBar)
        bar.display = True
        bar.focus()

    @on(FindBar.Search)
    def search(self, message: FindBar.Search) -> None:
        """Highlight the matches and show the first."""
        document = self.document()
        if document is not None:
            document.set_highlights(query=message.query, current_match=0)
            self._show_match(document)
        self.show_find_status()

    @on(FindBar.Done)
    def find_done(self, message: FindBar.Done) -> None:
        """Close the find bar (dropping the matches on escape)."""
        bar = self.query_one(FindBar)
        bar.display = False
        if not message.keep:
            self.action_clear_find()
        self.show_find_status()
        scroll = self.query_one(Reader).current_scroll()
        if scroll is not None:
            scroll.focus()

    def action_clear_find(self) -> None:
        """Drop the search: no highlights, no status line."""
        bar = self.query_one(FindBar)
        bar.value = ""
        bar.display = False
        document = self.document()
        if document is not None:
            document.set_highlights(query="")
        self.show_find_status()

    def show_find_status(self) -> None:
        """Say which match is current and how many there are (hidden without a search)."""
        document = self.document()
        status = self.query_one(FindStatus)
        query = document.query_text if document is not None else ""
        status.display = bool(query)
        if document is not None and query:
            count = len(document.matches)
            where = f"match {document.current_match + 1} of {count}" if count else "no match"
            status.show(query, where if count != 1 else "1 match")
        self.refresh_bindings()

    def _step_match(self, step: int) -> None:
        document = self.document()
        if document is None or not document.matches:
            self.notify("No search: press / to find in the article.", severity="information", timeout=3)
            return
        document.set_highlights(current_match=(document.current_match + step) % len(document.matches))
        self._show_match(document)
        self.show_find_status()

    def _show_match(self, document: ArticleDocument) -> None:
        if document.matches:
            self.query_one(Reader).show_widget(document.matches[document.current_match].paragraph, top=False)

    def action_next_match(self) -> None:
        """Go to the next match."""
        self._step_match(1)

    def action_previous_match(self) -> None:
        """Go to the previous match."""
        self._step_match(-1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ "Clear find" (escape) only while a search is highlighted."""
        if action == "clear_find":
            return self.find_active()
        return True
