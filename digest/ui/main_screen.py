"""The one screen of the reader: article list and contents, reader, quote sidebar.

State lives here as reactives and flows down into the widgets; the widgets post small messages up.
Summaries and quotes are computed in thread workers and cached per article, so the first screen shows at
once and switching articles only swaps already-rendered documents.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.events import Resize, ScreenResume, ScreenSuspend
from textual.message import Message
from textual.widgets import ContentSwitcher

from digest.core.model import Article
from digest.core.quotes import Quote
from digest.ui.analysis import Analyses
from digest.ui.article_document import ArticleDocument
from digest.ui.article_list import ArticleList
from digest.ui.commands import bindings_of
from digest.ui.contents import TableOfContents
from digest.ui.find_bar import FindBar
from digest.ui.footer import KeyFooter
from digest.ui.keys import READER
from digest.ui.loading import load_paths
from digest.ui.quote_sidebar import QuoteSidebar
from digest.ui.reader import Reader
from digest.ui.rendered import RenderedArticles, discard
from digest.ui.screen_actions import ReaderActions
from digest.ui.summary_panel import SummaryPanel

LOAD_BATCH_SECONDS = 0.25
"""How often the loading worker hands what it loaded to the list."""

NARROW_WIDTH = 110
"""Below this many columns the side panes fold away (``t`` and ``a`` bring them back)."""


@dataclass
class SummaryReady(Message):
    """A worker finished a summary."""

    index: int
    sentences: int
    method: str


@dataclass
class QuotesReady(Message):
    """A worker finished an article's quote report."""

    index: int


@dataclass
class ArticlesLoaded(Message):
    """The loading worker read more of the files given (the articles, and a message per file that failed)."""

    articles: list[Article]
    errors: list[str]


@dataclass
class LoadFailed(Message):
    """Files given to the reader that did not load (one-line messages), for the app to report."""

    errors: list[str]


class MainScreen(ReaderActions):
    """Articles and contents on the left, the reader in the centre, quotes on the right."""

    BINDINGS = bindings_of(READER)
    DECLARED = READER

    def __init__(
        self,
        articles: list[Article],
        analyses: Analyses | None = None,
        *,
        pending: Sequence[Path] = (),
        max_bytes: int | None = None,
    ) -> None:
        """Show ``articles`` (at least one), computing with ``analyses`` (the core's functions by default).

        ``pending`` files are loaded by a worker once the first screen is up, the list filling in.
        """
        super().__init__()
        self.articles = articles
        self.pending = list(pending)
        self.max_bytes = max_bytes
        self.analyses = analyses or Analyses()
        self.read: set[int] = set()
        self.last_section = 0
        self.panes: dict[tuple[str, int], str] = {}
        """The widget id of each kept pane, by (switcher id, article index)."""
        self.rendered = RenderedArticles()
        self.pane_count = 0

    def compose(self) -> ComposeResult:
        """The three panes and the footer, the first article's document, contents and quotes already in them
        (with its summary and quotes when known), so that the first paint shows it complete."""
        contents, sidebar = (self.new_pane(name, 0) for name in ("contents", "quote-sidebar"))
        assert isinstance(sidebar, QuoteSidebar)
        sidebar.show_report(self.analyses.cached_quotes(0), None)
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield ArticleList(id="articles")
                yield ContentSwitcher(contents, id="contents", initial=contents.id)
            yield Reader(self.articles[0], id="reader")
            yield ContentSwitcher(sidebar, id="quote-sidebar", initial=sidebar.id)
        yield KeyFooter()

    def on_mount(self) -> None:
        """Fill the article list, open the first article and start finding quotes for all of them."""
        self.query_one("#articles").border_title = "Articles"
        self.styled_theme = self.app.theme
        """The theme the screen's widgets were last styled with."""
        self.narrow = self.app.size.width < NARROW_WIDTH
        self.refresh_article_list()
        self.query_one(Reader).fit_titles([article.title for article in self.articles])
        self.current = 0
        self.call_after_refresh(self.keep_focus_visible)
        self.find_all_quotes()
        if self.pending:
            self.call_after_refresh(self.load_pending)

    # --- state flowing down -------------------------------------------------------------------------

    def watch_current(self, index: int) -> None:
        """Show an article: its document, contents, summary and quotes (from the cache when there)."""
        with self.app.batch_update():
            self.show_article(index)

    def show_article(self, index: int) -> None:
        """Point every pane at article ``index``."""
        article = self.articles[index]
        self.read.add(index)
        articles = self.query_one(ArticleList)
        articles.update_article(index, article, read=True, quotes=self.quote_count(index))
        articles.highlighted = index
        self.show_panes_of(index)
        self.last_section = self.contents().highlighted or 0
        self.quote = None
        self.actor = self.sidebar().actor
        document = self.query_one(Reader).show_article(index, article)
        for gone in self.rendered.opened(index):  # a few articles stay rendered; memory stays bounded
            self.forget_article(gone)
        document.set_highlights(query="")
        find_bar = self.query_one(FindBar)
        if find_bar.value:
            find_bar.value = ""
        self.show_summary_state()
        self.show_quote_state()

    def show_panes_of(self, index: int) -> None:
        """Show the article's own contents and quote sidebar (made unless kept from an earlier visit)."""
        for switcher_id in ("contents", "quote-sidebar"):
            switcher = self.query_one(f"#{switcher_id}", ContentSwitcher)
            pane_id = self.panes.get((switcher_id, index))
            if pane_id is None:
                pane = self.new_pane(switcher_id, index)
                switcher.mount(pane)
                pane_id = pane.id
            switcher.current = pane_id

    def new_pane(self, switcher_id: str, index: int) -> TableOfContents | QuoteSidebar:
        """A new contents pane or quote sidebar for article ``index``, with a new id (a forgotten pane may not
        be removed yet), noted as the article's."""
        self.pane_count += 1
        pane_id = self.panes[switcher_id, index] = f"{switcher_id}-{index}-{self.pane_count}"
        return self.make_contents(index, pane_id) if switcher_id == "contents" else self.make_sidebar(index, pane_id)

    def forget_article(self, index: int) -> None:
        """Drop an article's rendered document and panes (rebuilt from the article if it is opened again)."""
        self.query_one(Reader).forget_article(index)
        for switcher_id in ("contents", "quote-sidebar"):
            pane_id = self.panes.pop((switcher_id, index), None)
            if pane_id is not None:
                discard(self.query_one(f"#{switcher_id}", ContentSwitcher).get_child_by_id(pane_id))

    def make_contents(self, index: int, pane_id: str) -> TableOfContents:
        """The table of contents of an article."""
        contents = TableOfContents(id=pane_id)
        contents.border_title = "Contents"
        contents.show_article(self.articles[index])
        return contents

    def make_sidebar(self, index: int, pane_id: str) -> QuoteSidebar:
        """The quote sidebar of an article (filled when its quotes are known)."""
        return QuoteSidebar(id=pane_id)

    def watch_sentences(self) -> None:
        """Recompute the summary at the new length."""
        self.show_summary_state()

    def watch_method(self) -> None:
        """Recompute the summary with the new method."""
        self.show_summary_state()

    def watch_actor(self) -> None:
        """Filter the sidebar."""
        self.show_quote_state()

    def watch_quote(self, quote: Quote | None) -> None:
        """Highlight the chosen quote and scroll the reader to it."""
        document = self.document()
        if document is None:
            return
        document.set_highlights(quote=quote)
        if quote is not None:
            paragraph = document.quote_paragraph(quote)
            if paragraph is not None:
                self.query_one(Reader).show_widget(paragraph, top=False)

    def watch_show_contents(self, show: bool) -> None:
        """Fold or unfold the left pane."""
        self.query_one("#left").display = show
        if show and self.narrow:
            self.show_quotes = False
        self.keep_focus_visible()

    def watch_show_quotes(self, show: bool) -> None:
        """Fold or unfold the quote sidebar."""
        self.query_one("#quote-sidebar").display = show
        if show and self.narrow:
            self.show_contents = False
        self.keep_focus_visible()

    def keep_focus_visible(self) -> None:
        """Move the focus to the reader when the focused pane was folded away (keys must reach a visible pane)."""
        focused = self.focused
        hidden = focused is None or any(not node.display for node in focused.ancestors_with_self[:-2])
        if hidden:
            scroll = self.query_one(Reader).current_scroll()
            if scroll is not None:
                scroll.focus()

    def watch_show_summary(self, show: bool) -> None:
        """Expand or collapse the summary panel."""
        self.query_one(SummaryPanel).collapsed = not show

    def watch_narrow(self, narrow: bool) -> None:
        """Fold the side panes away on a small terminal, unfold them on a large one."""
        self.set_class(narrow, "-narrow")
        self.show_contents = not narrow
        self.show_quotes = not narrow

    def on_resize(self, event: Resize) -> None:
        """Track whether the terminal is narrow; skip Textual's second layout of a screen just laid out.

        Textual lays a newly shown screen out, then posts it a Resize of the same size, which lays it out and
        paints it again; only a Resize to another size (the terminal's) needs Textual's handler.
        """
        self.narrow = event.size.width < NARROW_WIDTH
        if event.size == self.region.size:  # the size of its last layout (``size`` is already the terminal's)
            event.prevent_default()

    def on_screen_resume(self, event: ScreenResume) -> None:
        """Shown (again): skip Textual's restyling of every widget when no theme changed since they were styled.

        Textual re-applies the CSS of each widget of a screen it shows; for a reader screen (hundreds of
        widgets) that was most of the time to show it, for styles that are already those. This handler runs
        before Textual's own.
        """
        if self.styled_theme == self.app.theme:
            event.refresh_styles = False
        self.styled_theme = self.app.theme
        self.narrow = self.app.size.width < NARROW_WIDTH

    def on_screen_suspend(self, event: ScreenSuspend) -> None:
        """Hidden: note the theme its widgets are styled with."""
        self.styled_theme = self.app.theme

    def document(self) -> ArticleDocument | None:
        """The document shown in the reader."""
        return self.query_one(Reader).current_document()

    def quote_count(self, index: int) -> int | None:
        """The number of quotes found in an article, None while still working."""
        report = self.analyses.cached_quotes(index)
        return None if report is None else len(report.listed)  # as the sidebar counts them

    def refresh_article_list(self) -> None:
        """Repaint the article list."""
        counts = {i: n for i in range(len(self.articles)) if (n := self.quote_count(i)) is not None}
        self.query_one(ArticleList).show_articles(self.articles, self.read, counts)

    def show_summary_state(self) -> None:
        """Show the current summary, or start computing it."""
        summary = self.analyses.cached_summary(self.current, self.sentences, self.method)
        self.query_one(SummaryPanel).show_summary(summary, self.sentences, self.method)
        document = self.document()
        if summary is None:
            self.summarise(self.current, self.sentences, self.method)
        elif document is not None:
            document.set_highlights(summary=tuple(summary.sentences))

    def show_quote_state(self) -> None:
        """Show the current article's quotes, or wait for the worker."""
        report = self.analyses.cached_quotes(self.current)
        self.sidebar().show_report(report, self.actor)
        if report is None:
            self.find_quotes(self.current)

    # --- workers ------------------------------------------------------------------------------------

    @work(thread=True, group="summary")
    def summarise(self, index: int, sentences: int, method: str) -> None:
        """Compute a summary off the UI thread."""
        self.analyses.summary(index, self.articles[index], sentences, method)
        self.post_message(SummaryReady(index, sentences, method))

    @work(thread=True, group="quotes")
    def find_quotes(self, index: int) -> None:
        """Compute one article's quotes off the UI thread (the article on screen, first)."""
        self.analyses.quotes(index, self.articles[index])
        self.post_message(QuotesReady(index))

    @work(thread=True, group="all-quotes", exclusive=True)
    def find_all_quotes(self) -> None:
        """Compute every article's quotes in the background, for the counts in the article list."""
        for index, article in enumerate(self.articles):
            if self.analyses.cached_quotes(index) is None:
                self.analyses.quotes(index, article)
                self.post_message(QuotesReady(index))

    @work(thread=True, group="loading", exclusive=True)
    def load_pending(self) -> None:
        """Load the files not read yet, handing them over in batches (about four a second)."""
        articles: list[Article] = []
        errors: list[str] = []
        handed = time.monotonic()
        for loaded in load_paths(self.pending, max_bytes=self.max_bytes):
            if isinstance(loaded, str):
                errors.append(loaded)
            else:
                articles.append(loaded)
            if time.monotonic() - handed > LOAD_BATCH_SECONDS:
                self.post_message(ArticlesLoaded(articles, errors))
                articles, errors, handed = [], [], time.monotonic()
        self.post_message(ArticlesLoaded(articles, errors))

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        """Add the loaded articles to the list (and their quotes to the work), pass failures up."""
        self.pending = self.pending[len(message.articles) + len(message.errors) :]
        if message.errors:
            self.post_message(LoadFailed(message.errors))
        if not message.articles:
            return
        self.articles.extend(message.articles)
        self.refresh_article_list()
        self.query_one(Reader).fit_titles([article.title for article in self.articles])
        self.find_all_quotes()

    def on_summary_ready(self, message: SummaryReady) -> None:
        """Show a finished summary if it is still the one wanted."""
        if (message.index, message.sentences, message.method) == (self.current, self.sentences, self.method):
            self.show_summary_state()

    def on_quotes_ready(self, message: QuotesReady) -> None:
        """Update the article's count, and the sidebar if the article is shown."""
        index = message.index
        self.query_one(ArticleList).update_article(
            index, self.articles[index], read=index in self.read, quotes=self.quote_count(index)
        )
        if index == self.current:
            self.show_quote_state()

    # --- messages from the widgets ------------------------------------------------------------------

    @on(ArticleList.ArticleChosen)
    def open_chosen_article(self, message: ArticleList.ArticleChosen) -> None:
        """Open the article chosen in the list."""
        self.current = message.index

    @on(TableOfContents.SectionChosen)
    def go_to_chosen_section(self, message: TableOfContents.SectionChosen) -> None:
        """Scroll to the section chosen in the contents."""
        self.go_to_section(message.index)

    @on(QuoteSidebar.ActorChosen)
    def filter_to_actor(self, message: QuoteSidebar.ActorChosen) -> None:
        """Filter the sidebar to one actor (or all)."""
        self.actor = message.name

    @on(QuoteSidebar.QuoteChosen)
    def show_chosen_quote(self, message: QuoteSidebar.QuoteChosen) -> None:
        """Highlight a quote in the text."""
        self.quote = None
        self.quote = message.quote

    @on(ArticleDocument.Ready)
    def document_ready(self, message: ArticleDocument.Ready) -> None:
        """Apply the current highlights to a freshly rendered document."""
        if message.document is self.document():
            summary = self.analyses.cached_summary(self.current, self.sentences, self.method)
            message.document.set_highlights(summary=tuple(summary.sentences) if summary else ())
