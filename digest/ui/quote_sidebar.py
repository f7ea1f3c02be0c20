"""The quote sidebar: actors sorted by number of quotes (with role), and their quotes.

Choosing an actor filters the quotes to theirs (choosing "All actors" clears the filter); choosing a quote
asks the screen to scroll the reader to it and highlight it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from digest.core.quotes import Actor, Quote, QuoteReport
from digest.core.wording import plural, role_beside
from digest.ui.option_cache import KeptOptionList

ALL_ACTORS = "all-actors"
"""Option id of the entry that clears the actor filter."""


def actor_prompt(actor: Actor, quotes: int) -> Content:
    """An actor's entry: name and the number of quotes listed, then the role on its own line."""
    count = plural(quotes, "quote")
    head = Content.assemble(Content.styled(actor.name, ".actor"), "  ", Content.styled(count, ".role"))
    role = role_beside(actor.name, actor.role)  # not again under 'Mayor Jane Roe'
    if role:
        return Content.assemble(head, "\n", Content.styled(role, ".role"))
    return head


def quote_prompt(quote: Quote, *, with_speaker: bool) -> Content:
    """A quote's entry: the words (quoted when direct), and the speaker unless filtered to one actor."""
    words = f"“{quote.text}”" if quote.kind == "direct" else f"(reported) {quote.text}"
    where = quote.section or "Lead"
    if with_speaker:
        return Content.assemble(
            Content.styled(quote.speaker, ".actor"), Content.styled(f" · {where}", ".role"), "\n", Content(words)
        )
    return Content.assemble(Content.styled(where, ".role"), "\n", Content(words))


class ActorList(KeptOptionList):
    """The actors of the open article."""

    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {"actor", "role"}
    """``actor``: names; ``role``: roles and counts."""


class QuoteList(KeptOptionList):
    """The quotes shown (all, or one actor's)."""

    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {"actor", "role"}
    """``actor``: speakers; ``role``: section names."""


class QuoteSidebar(Vertical):
    """Actors above, their quotes below."""

    @dataclass
    class ActorChosen(Message):
        """The user chose an actor (None: every actor)."""

        name: str | None

    @dataclass
    class QuoteChosen(Message):
        """The user chose a quote."""

        quote: Quote

    def __init__(self, *, id: str | None = None) -> None:
        """Start empty; the screen fills it with :meth:`show_report`."""
        super().__init__(id=id)
        self.report: QuoteReport | None = None
        self.actor: str | None = None
        self.shown: list[Quote] = []
        self.shown_state: tuple[QuoteReport | None, str | None] | None = None

    def compose(self) -> ComposeResult:
        """An actor list, a status line and a quote list."""
        actors = ActorList(id="actors")
        actors.border_title = "Quotes"
        yield actors
        yield Static("", id="quote-status", markup=False)
        yield QuoteList(id="quote-list")

    def show_report(self, report: QuoteReport | None, actor: str | None) -> None:
        """Show an article's actors and quotes, filtered to ``actor`` when given (None: still working)."""
        if self.shown_state == (report, actor):
            return
        self.report, self.actor = report, actor
        if self.is_mounted:
            self.refresh_lists()

    def on_mount(self) -> None:
        """Fill the lists with what the screen sent before they existed."""
        self.refresh_lists()

    def refresh_lists(self) -> None:
        """Rebuild both lists from ``report`` and ``actor``."""
        report, actor = self.report, self.actor
        self.shown_state = (report, actor)
        actors = self.query_one(ActorList)
        status = self.query_one("#quote-status", Static)
        if report is None:
            actors.clear_options()
            self.query_one(QuoteList).clear_options()
            status.update("Finding quotes…")
            return
        quotes = report.listed  # a fragment its reported clause holds is read within the clause
        total = len(quotes)
        options = [Option(Content(f"All actors  {plural(total, 'quote')}"), id=ALL_ACTORS)]
        counts = report.listed_counts
        options += [Option(actor_prompt(a, counts[a.name]), id=f"actor-{i}") for i, a in enumerate(report.actors)]
        actors.set_options(options)
        names = [a.name for a in report.actors]
        actors.highlighted = names.index(actor) + 1 if actor in names else 0
        self.shown = [q for q in quotes if q.speaker == actor] if actor else list(quotes)
        if not report.quotes:
            status.update("No quotes found in this article.")
        elif actor:
            status.update(f"{actor}: {len(self.shown)} of {plural(total, 'quote')}")
        else:
            status.update(f"{plural(total, 'quote')}, in article order")
        self.query_one(QuoteList).set_options(
            Option(quote_prompt(q, with_speaker=actor is None), id=f"quote-{i}") for i, q in enumerate(self.shown)
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Turn a choice in either list into an ActorChosen or QuoteChosen message."""
        event.stop()
        if self.report is None:
            return
        if isinstance(event.option_list, ActorList):
            index = event.option_index - 1
            name = self.report.actors[index].name if 0 <= index < len(self.report.actors) else None
            self.post_message(self.ActorChosen(None if name == self.actor else name))
        elif 0 <= event.option_index < len(self.shown):
            self.post_message(self.QuoteChosen(self.shown[event.option_index]))
