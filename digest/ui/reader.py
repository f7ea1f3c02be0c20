"""The reader pane: the article's title, the summary panel, the article body and the find bar.

Each recently opened article keeps its own rendered document (and scroll position) in a ContentSwitcher, so
going back to it is instant; the screen decides how many are kept (:mod:`digest.ui.rendered`) and tells the
reader to forget the others.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.css.styles import RulesMap
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Static

from digest.core.model import Article
from digest.ui.article_document import ArticleDocument
from digest.ui.find_bar import FindBar, FindStatus
from digest.ui.fit import set_height_quietly
from digest.ui.rendered import discard
from digest.ui.summary_panel import SummaryPanel

MAX_TITLE_LINES = 3
"""The title never takes more lines than this (a longer one is cut)."""


class ArticleTitle(Static):
    """The article's title, as tall as the longest title of the digest needs at the current width.

    Its height only changes when the width does, so switching articles never re-lays out the reader (the
    summary and the document keep their place and size).
    """

    def __init__(self, *, id: str | None = None) -> None:
        """An empty title; :meth:`fit_titles` sets the titles it must have room for."""
        super().__init__("", id=id, markup=False)
        self.titles: tuple[Content, ...] = ()
        self.fitted: tuple[int, int] | None = None

    def fit_titles(self, titles: list[str]) -> None:
        """Make room for the longest of ``titles``."""
        self.titles = tuple(Content(title) for title in titles)
        self.fitted = None
        self.fit()

    def on_resize(self) -> None:
        """Refit at the new width."""
        self.fit()

    def fit(self) -> None:
        """Set the height from the widest title's number of lines at the current width."""
        width = self.content_region.width
        if width <= 0 or not self.titles:
            return
        styles = self.styles
        rules = RulesMap(text_wrap=styles.text_wrap, text_overflow=styles.text_overflow, line_pad=styles.line_pad)
        lines = min(MAX_TITLE_LINES, max(title.get_height(rules, width) for title in self.titles))
        height = lines + self.styles.padding.top + self.styles.padding.bottom
        if self.fitted != (width, height):
            self.fitted = (width, height)
            set_height_quietly(self, "height", height)


class DocumentScroll(VerticalScroll):
    """The scrolling container of one article's document."""


class Reader(Vertical):
    """Title, summary and the article body."""

    def __init__(self, first: Article | None = None, *, id: str | None = None) -> None:
        """A reader; :meth:`show_article` fills it. The ``first`` article (index 0), when given, has its
        document composed with the reader (the first paint shows it)."""
        super().__init__(id=id)
        self.first = first
        self.documents: dict[str, ArticleDocument] = {}
        """The rendered documents, by the id of their scroll container."""
        self.pending_anchor: Widget | None = None
        """The block to bring back to the top after the next resize (see :meth:`keep_reading_position`)."""
        self.scroll_ids: dict[int, str] = {}
        """The id of each rendered article's scroll container, by article index."""
        self.shown_id: str | None = None
        """The id of the scroll container shown (known before it is mounted: the Footer asks at once)."""
        self.renders = 0

    def compose(self) -> ComposeResult:
        """The fixed parts; documents are added as articles are opened."""
        yield ArticleTitle(id="article-title")
        yield SummaryPanel(id="summary")
        first = [] if self.first is None else [self.new_document(0, self.first)]
        self.shown_id = first[0].id if first else None
        yield ContentSwitcher(*first, id="documents", initial=self.shown_id)
        yield FindBar(id="find")
        yield FindStatus(id="find-status")

    def fit_titles(self, titles: list[str]) -> None:
        """Keep the title's height fixed for these titles (the digest's), so switching never re-lays out."""
        self.query_one(ArticleTitle).fit_titles(titles)

    def show_article(self, index: int, article: Article) -> ArticleDocument:
        """Show an article (rendering it unless it is kept); return its document."""
        title = self.query_one(ArticleTitle)
        title.update(Content(article.title))
        switcher = self.query_one(ContentSwitcher)
        scroll_id = self.scroll_ids.get(index)
        document = None if scroll_id is None else self.documents.get(scroll_id)
        if scroll_id is None or document is None:
            scroll = self.new_document(index, article)
            switcher.mount(scroll)
            scroll_id = self.scroll_ids[index]
            document = self.documents[scroll_id]
        switcher.current = self.shown_id = scroll_id
        return document

    def new_document(self, index: int, article: Article) -> DocumentScroll:
        """A new document for article ``index`` in its scroll container (with a new id each time: a forgotten
        document may not be removed yet), noted as the article's."""
        self.renders += 1
        scroll_id = self.scroll_ids[index] = f"document-{index}-{self.renders}"
        document = self.documents[scroll_id] = ArticleDocument(article)
        return DocumentScroll(document, id=scroll_id)

    def forget_article(self, index: int) -> None:
        """Drop an article's rendered document (it is rendered again if shown again)."""
        scroll_id = self.scroll_ids.pop(index, None)
        if scroll_id is not None and self.documents.pop(scroll_id, None) is not None:
            discard(self.query_one(ContentSwitcher).get_child_by_id(scroll_id))

    def current_scroll(self) -> DocumentScroll | None:
        """The scroll container of the article shown."""
        switcher = self.query_one(ContentSwitcher)
        visible = switcher.visible_content
        return visible if isinstance(visible, DocumentScroll) else None

    def current_document(self) -> ArticleDocument | None:
        """The document of the article shown."""
        return None if self.shown_id is None else self.documents.get(self.shown_id)

    def reading_anchor(self) -> Widget | None:
        """The block of the article at the top of the view (to come back to after the width changes)."""
        scroll, document = self.current_scroll(), self.current_document()
        if scroll is None or document is None or not document.ready or scroll.scroll_y <= 0:
            return None
        top = scroll.scroll_y - document.virtual_region.y
        return next((block for block in document.children if block.virtual_region.bottom > top), None)

    def keep_reading_position(self) -> None:
        """Bring the block at the top back to the top once the reader has been resized and re-wrapped."""
        self.pending_anchor = self.reading_anchor()

    def on_resize(self) -> None:
        """After a width change, scroll the kept block back to the top (once laid out at the new width)."""
        anchor, self.pending_anchor = self.pending_anchor, None
        if anchor is not None:
            self.call_after_refresh(self.restore_anchor, anchor)

    def restore_anchor(self, anchor: Widget) -> None:
        """Scroll so ``anchor`` (from :meth:`reading_anchor`) is at the top again."""
        if anchor.is_mounted:
            self.show_widget(anchor, top=True)

    def show_widget(self, widget: Widget, *, top: bool = True) -> None:
        """Scroll the article so ``widget`` is at the top (or centred), without animation."""
        scroll = self.current_scroll()
        if scroll is None:
            return
        if top:
            scroll.scroll_to_widget(widget, animate=False, top=True)
        else:
            scroll.scroll_to_center(widget, animate=False)
