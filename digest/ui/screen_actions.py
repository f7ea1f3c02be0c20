"""The main screen's state (reactives) and its key actions, kept apart from layout and workers."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.containers import ScrollableContainer
from textual.reactive import var
from textual.widgets import Collapsible, ContentSwitcher, OptionList

from digest.core.errors import DigestError
from digest.core.export import ExportOptions, render_digest, write_atomically
from digest.core.model import Article
from digest.core.quotes import Quote
from digest.core.sanitize import shown
from digest.core.summarize import DEFAULT_SENTENCES, METHODS
from digest.core.wording import plural
from digest.ui.analysis import Analyses
from digest.ui.article_document import ArticleDocument
from digest.ui.contents import TableOfContents
from digest.ui.export_dialog import ask_export_path
from digest.ui.find_actions import FindActions
from digest.ui.option_cache import page
from digest.ui.quote_sidebar import ActorList, QuoteSidebar
from digest.ui.reader import Reader

MIN_SENTENCES, MAX_SENTENCES = 1, 10
"""The range of the summary length."""


class ReaderActions(FindActions):
    """State and actions of the reader screen (layout, watchers and workers are in MainScreen)."""

    articles: list[Article]
    """The articles of the digest."""
    analyses: Analyses
    """Cached summaries and quotes."""
    last_section: int
    """The section the reader was last sent to by a key, the contents or the palette."""

    current: var[int] = var(-1, init=False)
    """Index of the article shown in the reader (-1 before the first is opened)."""
    sentences: var[int] = var(DEFAULT_SENTENCES, init=False)
    """Number of summary sentences."""
    method: var[str] = var(METHODS[0], init=False)
    """Summary method."""
    actor: var[str | None] = var(None, init=False)
    """The actor the quote sidebar is filtered to, or None for all."""
    quote: var[Quote | None] = var(None, init=False)
    """The quote chosen in the sidebar, highlighted in the text."""
    show_contents: var[bool] = var(True)
    """Whether the left pane (articles and contents) is shown."""
    show_quotes: var[bool] = var(True)
    """Whether the quote sidebar is shown."""
    show_summary: var[bool] = var(True)
    """Whether the summary panel is expanded."""
    narrow: var[bool] = var(False, init=False)
    """Whether the terminal is too narrow for all three panes."""

    def contents(self) -> TableOfContents:
        """The table of contents of the article shown."""
        shown = self.query_one("#contents", ContentSwitcher).visible_content
        assert isinstance(shown, TableOfContents)
        return shown

    def sidebar(self) -> QuoteSidebar:
        """The quote sidebar of the article shown."""
        shown = self.query_one("#quote-sidebar", ContentSwitcher).visible_content
        assert isinstance(shown, QuoteSidebar)
        return shown

    def document(self) -> ArticleDocument | None:
        """The document shown in the reader."""
        return self.query_one(Reader).current_document()

    # --- sections -------------------------------------------------------------------------------

    def section_offsets(self) -> list[int | None]:
        """Each section's vertical offset in the reader's scroll area (None: not rendered yet)."""
        document = self.document()
        if document is None or not document.ready:
            return []
        base = document.virtual_region.y
        offsets: list[int | None] = []
        for index in range(len(document.article.sections)):
            anchor = document.section_anchor(index)
            offsets.append(None if anchor is None else base + anchor.virtual_region.y)
        return offsets

    def current_section(self) -> int:
        """The section at the top of the reader (or the one last jumped to, if it is in view)."""
        scroll = self.query_one(Reader).current_scroll()
        offsets = self.section_offsets()
        if scroll is None or not offsets:
            return self.last_section
        top = round(scroll.scroll_y)
        at = 0
        for index, offset in enumerate(offsets):
            if offset is not None and offset <= top + 1:
                at = index
        jumped = offsets[self.last_section] if self.last_section < len(offsets) else None
        if jumped is not None and top <= jumped < top + scroll.size.height:
            at = max(at, self.last_section)
        return at

    def go_to_section(self, index: int) -> None:
        """Scroll the reader so section ``index`` (0 is the lead) is at the top."""
        document = self.document()
        if document is None or not 0 <= index < len(document.article.sections):
            return
        anchor = document.section_anchor(index)
        reader = self.query_one(Reader)
        scroll = reader.current_scroll()
        if scroll is None or anchor is None:
            return
        if index == 0:
            scroll.scroll_home(animate=False)
        else:
            reader.show_widget(anchor, top=True)
        self.last_section = index
        self.contents().mark_current(index)

    def action_next_section(self) -> None:
        """Go to the next section."""
        self.go_to_section(self.current_section() + 1)

    def action_previous_section(self) -> None:
        """Go to the previous section."""
        self.go_to_section(max(0, self.current_section() - 1))

    def action_jump_section(self, number: int) -> None:
        """Go to section N (1 is the lead)."""
        self.go_to_section(int(number) - 1)

    # --- moving around --------------------------------------------------------------------------

    def _reader_scroll(self) -> ScrollableContainer | None:
        focused = self.focused
        if isinstance(focused, ScrollableContainer):
            return focused
        return self.query_one(Reader).current_scroll()

    def action_move_down(self) -> None:
        """Next item in a list, or scroll the reader down a line."""
        if isinstance(self.focused, OptionList):
            self.focused.action_cursor_down()
        elif (scroll := self._reader_scroll()) is not None:
            scroll.scroll_down(animate=False)

    def action_move_up(self) -> None:
        """Previous item in a list, or scroll the reader up a line."""
        if isinstance(self.focused, OptionList):
            self.focused.action_cursor_up()
        elif (scroll := self._reader_scroll()) is not None:
            scroll.scroll_up(animate=False)

    def action_page_down(self) -> None:
        """One page down in the focused pane (the reader when no list is focused)."""
        if isinstance(self.focused, OptionList):
            page(self.focused, down=True)
        elif (scroll := self._reader_scroll()) is not None:
            scroll.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        """One page up in the focused pane (the reader when no list is focused)."""
        if isinstance(self.focused, OptionList):
            page(self.focused, down=False)
        elif (scroll := self._reader_scroll()) is not None:
            scroll.scroll_page_up(animate=False)

    def action_open(self) -> None:
        """Open the highlighted item of the focused list."""
        if isinstance(self.focused, OptionList):
            self.focused.action_select()

    # --- panes ----------------------------------------------------------------------------------

    def _focus_reader_if_within(self, selector: str) -> None:
        focused = self.focused
        if focused is None or any(node.id == selector for node in focused.ancestors_with_self):
            scroll = self.query_one(Reader).current_scroll()
            if scroll is not None:
                scroll.focus()

    def action_toggle_contents(self) -> None:
        """Show (and focus) or hide the articles and contents."""
        self.query_one(Reader).keep_reading_position()
        self.show_contents = not self.show_contents
        if self.show_contents:
            self.contents().focus()
        else:
            self._focus_reader_if_within("left")

    def action_toggle_quotes(self) -> None:
        """Show (and focus) or hide the quote sidebar."""
        self.query_one(Reader).keep_reading_position()
        self.show_quotes = not self.show_quotes
        if self.show_quotes:
            self.sidebar().query_one(ActorList).focus()
        else:
            self._focus_reader_if_within("quote-sidebar")

    def action_toggle_summary(self) -> None:
        """Expand or collapse the summary panel."""
        self.show_summary = not self.show_summary

    @on(Collapsible.Collapsed)
    @on(Collapsible.Expanded)
    def summary_toggled_by_mouse(self, event: Collapsible.Toggled) -> None:
        """Keep ``show_summary`` in step when the panel's title is clicked."""
        self.show_summary = not event.collapsible.collapsed

    # --- summary --------------------------------------------------------------------------------

    def action_longer_summary(self) -> None:
        """One more summary sentence."""
        self.sentences = min(MAX_SENTENCES, self.sentences + 1)

    def action_shorter_summary(self) -> None:
        """One summary sentence fewer."""
        self.sentences = max(MIN_SENTENCES, self.sentences - 1)

    def action_next_method(self) -> None:
        """Cycle through the summary methods."""
        position = METHODS.index(self.method) if self.method in METHODS else -1
        self.method = METHODS[(position + 1) % len(METHODS)]

    # --- export and source ----------------------------------------------------------------------

    def action_export(self) -> None:
        """Ask where to export the digest, then write it."""

        options = ExportOptions(sentences=self.sentences, method=self.method)
        description = (
            f"{plural(len(self.articles), 'article')} · {self.sentences}-sentence summaries "
            f"({self.method}) · who said what · Markdown"
        )
        ask_export_path(self, description, lambda path: self.export_digest(path, options))

    @work(thread=True, group="export")
    def export_digest(self, path: Path, options: ExportOptions) -> None:
        """Render and write the digest off the UI thread, then say where it went."""
        try:
            written = write_atomically(path, render_digest(self.articles, options))
        except DigestError as error:
            self.app.call_from_thread(self.notify, str(error), title="Export failed", severity="error", markup=False)
            return
        self.app.call_from_thread(self.notify, f"Digest written to {written}", title="Exported", markup=False)

    def source_url(self) -> str | None:
        """The web address of the article shown (None for a local file)."""
        if not 0 <= self.current < len(self.articles):
            return None
        article = self.articles[self.current]
        candidates = (article.url or "", article.source)
        return next((c for c in candidates if c.lower().startswith(("http://", "https://"))), None)

    def action_open_source(self) -> None:
        """Open the article's source URL in the web browser."""
        article = self.articles[self.current]
        url = self.source_url()
        if url is None:
            self.notify(f"No web address to open: {shown(article.source)} is a local file.", timeout=4, markup=False)
            return
        if shown(url) != url or " " in url:  # a browser must never get controls, bidi overrides or spaces
            self.notify(f"Not opening a malformed web address: {shown(url)}", timeout=5, markup=False)
            return
        self.app.open_url(url)
        self.notify(f"Opening {url}", timeout=3, markup=False)
