"""The find bar under the reader: ``/`` opens it, typing searches the article, enter or escape closes it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static


class FindBar(Input):
    """A one-line search box; the screen highlights the matches."""

    BINDINGS = [Binding("escape", "cancel", "Close find", show=True)]

    @dataclass
    class Search(Message):
        """The search text changed (an empty string clears the matches)."""

        query: str

    @dataclass
    class Done(Message):
        """The user finished typing (``keep`` False: escape, the search is dropped)."""

        keep: bool

    def __init__(self, *, id: str | None = None) -> None:
        """An empty find box."""
        super().__init__(placeholder="Find in article (enter: keep, n/N: next/previous, escape: close)", id=id)
        self.cursor_blink = False

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as the user types."""
        event.stop()
        self.post_message(self.Search(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Keep the matches and go back to the reader."""
        event.stop()
        self.post_message(self.Done(keep=True))

    def action_cancel(self) -> None:
        """Drop the search."""
        self.post_message(self.Done(keep=False))


class FindStatus(Static):
    """One line under the article while a search is highlighted: the query, the current match, the keys."""

    def __init__(self, *, id: str | None = None) -> None:
        """Hidden until a search is made."""
        super().__init__("", id=id, markup=False)
        self.display = False

    def show(self, query: str, where: str) -> None:
        """Show the query (plain text, never markup) and where the current match is."""
        self.update(Content.assemble(f"“{query}” · ", (where, "bold"), " · n/N next/previous · esc clears"))
