"""The actors view: everyone quoted anywhere in the library, and each one's quotes, newest first."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from digest.core.store import Library
from digest.core.store.actors import ActorSummary, LibraryQuote
from digest.core.wording import plural
from digest.ui.commands import DeclaresCommands, bindings_of
from digest.ui.footer import KeyFooter
from digest.ui.keys import ACTORS
from digest.ui.option_cache import PagingOptionList, page


def actor_prompt(actor: ActorSummary) -> Content:
    """Two lines per actor: the name (bold), then (dim) how many quotes in how many articles and the latest date,
    so a narrow list wraps between them, not inside either; then the other names articles used, if any."""
    counts = f"{plural(actor.quotes, 'quote')} · {plural(actor.articles, 'article')} · {actor.latest[:10]}"
    lines: list[str | Content] = [Content.styled(actor.name, "bold"), "\n", Content.styled(counts, "dim")]
    if actor.aliases:
        lines += ["\n", Content.styled("also " + ", ".join(actor.aliases), "dim italic")]
    return Content.assemble(*lines)


def quote_prompt(quote: LibraryQuote) -> Content:
    """A quote with its date and article (the quote text is never parsed as markup)."""
    mark = "“" if quote.kind == "direct" else "≈ "
    heading = Content.styled(f"{quote.date[:10]} · {quote.article_title}", "dim")
    return Content.assemble(heading, "\n", Content(mark + quote.text + ("”" if quote.kind == "direct" else "")))


class ActorsScreen(DeclaresCommands, Screen[None]):
    """Actors on the left (most recently quoted first), the highlighted actor's quotes on the right."""

    BINDINGS = bindings_of(ACTORS)
    DECLARED = ACTORS
    DEFAULT_CSS = """
    ActorsScreen #actors-status { height: 1; padding: 0 1; background: $panel; }
    ActorsScreen #library-actors { width: 40%; min-width: 40; height: 1fr; overflow-y: scroll; }
    ActorsScreen #actor-quotes { width: 1fr; height: 1fr; overflow-y: scroll; }
    """

    def __init__(self, library_path: str) -> None:
        """The actors of the library at ``library_path``."""
        super().__init__()
        self.library_path = library_path
        self.actors: list[ActorSummary] = []

    def compose(self) -> ComposeResult:
        """Status line, the two lists, the Footer."""
        yield Static("actors: loading…", id="actors-status", markup=False)
        with Horizontal():
            yield PagingOptionList(id="library-actors")
            yield PagingOptionList(id="actor-quotes")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Load the actors in the background."""
        self.query_one("#library-actors", OptionList).focus()
        self.load_actors()

    @work(thread=True, exclusive=True, group="actors")
    def load_actors(self) -> None:
        """Read every actor."""
        with Library(self.library_path) as library:
            actors = library.actors()
        self.app.call_from_thread(self.show_actors, actors)

    def show_actors(self, actors: list[ActorSummary]) -> None:
        """Fill the actor list."""
        self.actors = actors
        listing = self.query_one("#library-actors", OptionList)
        listing.set_options([Option(actor_prompt(a)) for a in actors])
        total = sum(a.quotes for a in actors)
        self.query_one("#actors-status", Static).update(f"{plural(len(actors), 'actor')} · {plural(total, 'quote')}")
        if actors:
            listing.highlighted = 0

    @on(OptionList.OptionHighlighted, "#library-actors")
    def actor_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Load the highlighted actor's quotes."""
        if 0 <= event.option_index < len(self.actors):
            actor = self.actors[event.option_index]
            self.load_quotes(actor.name, actor.aliases)

    @work(thread=True, exclusive=True, group="actor-quotes")
    def load_quotes(self, name: str, aliases: tuple[str, ...]) -> None:
        """Read one actor's quotes (under any of its names), newest first."""
        with Library(self.library_path) as library:
            quotes = library.actor_quotes(name, aliases)
        self.app.call_from_thread(self.show_quotes, quotes)

    def show_quotes(self, quotes: list[LibraryQuote]) -> None:
        """Fill the quote list."""
        self.query_one("#actor-quotes", OptionList).set_options([Option(quote_prompt(q)) for q in quotes])

    def action_move_down(self) -> None:
        """Move down in the focused list."""
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_cursor_down()

    def action_move_up(self) -> None:
        """Move up in the focused list."""
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_cursor_up()

    def action_page_down(self) -> None:
        """One page down in the focused list."""
        focused = self.focused
        if isinstance(focused, OptionList):
            page(focused, down=True)

    def action_page_up(self) -> None:
        """One page up in the focused list."""
        focused = self.focused
        if isinstance(focused, OptionList):
            page(focused, down=False)

    def action_back(self) -> None:
        """Back to the library list."""
        self.dismiss()
