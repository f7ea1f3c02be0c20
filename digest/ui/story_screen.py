"""A story's page, opened from the library's stories (``s`` on the library list, then ``enter``).

It shows its summary across outlets (each sentence marked with its article's number), who
said what across the articles (each quote once, with the numbers of the articles that carried it) and
the list of its articles; ``enter`` on an article opens it in the library reader, where ``n``/``p`` go on
through the story's articles and ``esc`` comes back here. Everything is read in
worker threads, each with its own library connection; article text is never parsed as markup.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from digest.core.quotes.listing import listed
from digest.core.store import Library
from digest.core.store.articles import ArticleRow
from digest.core.store.story_rows import StoryRow, outlet, timestamp
from digest.core.wording import role_beside
from digest.ui.commands import DeclaresCommands, bindings_of
from digest.ui.footer import KeyFooter
from digest.ui.keys import STORY
from digest.ui.option_cache import PagingOptionList
from digest.ui.story_trail import OpenArticle, StoryPlace, StoryTrail

if TYPE_CHECKING:
    from digest.core.stories import Story


def outlet_of(row: ArticleRow) -> str:
    """The outlet an article came from: its feed, else its URL's host, else its file."""
    found = outlet(row.feed_title, row.url, row.source)
    return PurePath(row.source).name if found == "file" else found


def _hanging(items: list[tuple[str, Text]], indent: int = 0) -> Table:
    """Items one under the other, each a marker and its text, the text's wrapped lines under its first one."""
    grid = Table.grid(padding=(0, 1, 0, 0), pad_edge=False)
    grid.add_column(width=indent + 1, no_wrap=True, justify="right")
    grid.add_column(ratio=1)
    for marker, text in items:
        grid.add_row(Text(marker), text)
    return grid


def _sourced(text: str, sources: str) -> Text:
    """Untrusted text (never parsed as markup), then the numbers of the articles it comes from, dim."""
    return Text.assemble(text, (f" [{sources}]", "dim"))


def story_text(story: Story, rows: list[ArticleRow]) -> Group:
    """The story's summary and who said what (numbers refer to the article list); wrapped lines hang under their
    first, past the bullet or the quote's mark."""
    parts: list[RenderableType] = [Text("Summary", style="bold")]
    parts.append(_hanging([("•", _sourced(sentence.text, str(sentence.article + 1))) for sentence in story.summary]))
    if story.quotes:
        parts += [Text(""), Text("Who said what", style="bold")]
    for actor in story.actors:
        beside = role_beside(actor.name, actor.role)  # not again after 'Mayor Jane Roe'
        role = f" ({beside})" if beside else ""
        aliases = f" · also {', '.join(actor.aliases)}" if actor.aliases else ""
        parts.append(Text.assemble((actor.name + role, "bold"), (aliases, "dim")))
        quotes = [quote for quote in listed(story.quotes) if quote.speaker == actor.name]
        shown = [f"“{quote.text}”" if quote.kind == "direct" else quote.text for quote in quotes]
        marks = ["" if quote.kind == "direct" else "≈" for quote in quotes]
        sources = [",".join(str(i + 1) for i in quote.sources) for quote in quotes]
        parts.append(_hanging([(m, _sourced(t, n)) for m, t, n in zip(marks, shown, sources, strict=True)], 2))
    return Group(*parts)


def article_prompt(number: int, row: ArticleRow, copies: int, last: int) -> Table:
    """One line per article of a story: its number (of ``last``), title, outlet and date (and how many copies it
    has); on a narrow screen the wrapped lines hang under the title, past the number."""
    also = f" · also on {copies} other{'s' if copies != 1 else ''}" if copies else ""
    details = f"  {outlet_of(row)} · {row.date[:16].replace('T', ' ')}{also}"
    grid = Table.grid(padding=(0, 1, 0, 0), pad_edge=False)
    grid.add_column(no_wrap=True, width=len(f"[{last}]"), justify="right")
    grid.add_column(ratio=1)
    grid.add_row(Text(f"[{number}]", style="dim"), Text.assemble(row.title, (details, "dim")))
    return grid


class StoryArticles(PagingOptionList, inherit_bindings=False):
    """The story's article list: OptionList's keys but ``enter``, which is the page's "Open" (so the Footer shows
    it: a focused widget's binding of a key hides the screen's)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        binding
        for widget_class in reversed(PagingOptionList.__mro__)  # every binding it would inherit, in Textual's order
        for binding in vars(widget_class).get("BINDINGS", [])
        if not isinstance(binding, Binding) or binding.key != "enter"
    ]


class StoryScreen(DeclaresCommands, Screen[None]):
    """One story: the summary and who said what (scrolls), then its articles (``enter`` reads one)."""

    BINDINGS = bindings_of(STORY)
    DECLARED = STORY
    DEFAULT_CSS = """
    StoryScreen #story-title { height: auto; max-height: 3; padding: 0 1; background: $panel; text-style: bold; }
    StoryScreen #story-scroll { height: 1fr; padding: 0 1; }
    StoryScreen #story-articles { height: 35%; min-height: 4; border-top: solid $primary; }
    """

    def __init__(self, library_path: str, story: StoryRow) -> None:
        """The page of ``story`` of the library at ``library_path``."""
        super().__init__()
        self.library_path = library_path
        self.story = story
        self.trail = StoryTrail(())
        """The story's articles as listed, for the readers opened from here (their ``n``/``p``)."""

    def compose(self) -> ComposeResult:
        """Title, the summary and quotes, the article list, the Footer."""
        yield Static(Content(self.story.title), id="story-title")
        with VerticalScroll(id="story-scroll"):
            yield Static("reading the story…", id="story-text", markup=False)
        yield StoryArticles(id="story-articles")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Read the story in the background."""
        self.query_one("#story-articles", OptionList).focus()
        self.load_story()

    @work(thread=True, exclusive=True, group="story")
    def load_story(self) -> None:
        """Read the story's articles and their quotes; summarise them together."""
        with Library(self.library_path) as library:
            rows = library.rows(ids=list(self.story.article_ids))
            articles, reports, kept = [], [], []
            for row in rows:
                article = library.article(row.id)
                if article is not None:
                    articles.append(article)
                    reports.append(library.quotes_of(article))
                    kept.append(row)
        from digest.core.stories import describe_story  # numpy and scipy: imported here, off the UI thread

        story = describe_story(articles, [timestamp(r.date) for r in kept], reports=reports)
        self.app.call_from_thread(self.show_story, story, kept)

    def show_story(self, story: Story, rows: list[ArticleRow]) -> None:
        """Show the summary, the quotes and the article list."""
        self.trail = StoryTrail(tuple(rows))
        self.query_one("#story-text", Static).update(story_text(story, rows))
        copies = {i: len(group) - 1 for group in story.copies for i in group}
        listing = self.query_one("#story-articles", OptionList)
        prompts = [article_prompt(n + 1, row, copies.get(n, 0), len(rows)) for n, row in enumerate(rows)]
        listing.set_options([Option(prompt) for prompt in prompts])
        if rows:
            listing.highlighted = 0

    @on(OptionList.OptionSelected, "#story-articles")
    def article_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen article in the reader."""
        if 0 <= event.option_index < len(self.trail.rows):
            place = StoryPlace(self.trail, event.option_index)
            self.post_message(OpenArticle(place.row, self, place))

    def on_screen_resume(self) -> None:
        """Back from the reader: highlight the article read last (``n``/``p`` there move through the story)."""
        listing = self.query_one("#story-articles", OptionList)
        if self.trail.rows and listing.highlighted != self.trail.reading:
            listing.highlighted = self.trail.reading

    def action_open(self) -> None:
        """Open the highlighted article."""
        self.query_one("#story-articles", OptionList).action_select()

    def action_back(self) -> None:
        """Back to the stories."""
        self.dismiss()

    def _scroll(self) -> VerticalScroll:
        return self.query_one("#story-scroll", VerticalScroll)

    def action_move_down(self) -> None:
        """Next article, or scroll the summary down when it has focus."""
        if self.focused is self._scroll():
            self._scroll().scroll_down()
        else:
            self.query_one("#story-articles", OptionList).action_cursor_down()

    def action_move_up(self) -> None:
        """Previous article, or scroll the summary up when it has focus."""
        if self.focused is self._scroll():
            self._scroll().scroll_up()
        else:
            self.query_one("#story-articles", OptionList).action_cursor_up()

    def action_page_down(self) -> None:
        """Scroll the summary one page down."""
        self._scroll().scroll_page_down()

    def action_page_up(self) -> None:
        """Scroll the summary one page up."""
        self._scroll().scroll_page_up()
