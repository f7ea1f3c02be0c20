"""The reader pane: the article's title, the summary panel, the article body and the find bar.

Each opened article keeps its own rendered document (and scroll position) in a ContentSwitcher, so going
back to an article is instant.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Static

from digest.core.model import Article
from digest.ui.article_document import ArticleDocument
from digest.ui.find_bar import FindBar
from digest.ui.summary_panel import SummaryPanel


class DocumentScroll(VerticalScroll):
    """The scrolling container of one article's document."""


class Reader(Vertical):
    """Title, summary and the article body."""

    def __init__(self, *, id: str | None = None) -> None:
        """An empty reader; :meth:`show_article` fills it."""
        super().__init__(id=id)
        self.documents: dict[str, ArticleDocument] = {}
        """The rendered documents, by the id of their scroll container."""

    def compose(self) -> ComposeResult:
        """The fixed parts; documents are added as articles are opened."""
        yield Static("", id="article-title", markup=False)
        yield SummaryPanel(id="summary")
        yield ContentSwitcher(id="documents")
        yield FindBar(id="find")

    @staticmethod
    def document_id(index: int) -> str:
        """The widget id of an article's scroll container."""
        return f"document-{index}"

    def show_article(self, index: int, article: Article) -> ArticleDocument:
        """Show an article (rendering it the first time); return its document."""
        title = self.query_one("#article-title", Static)
        title.update(Content(article.title))
        switcher = self.query_one(ContentSwitcher)
        scroll_id = self.document_id(index)
        document = self.documents.get(scroll_id)
        if document is None:
            document = self.documents[scroll_id] = ArticleDocument(article)
            switcher.mount(DocumentScroll(document, id=scroll_id))
        switcher.current = scroll_id
        return document

    def current_scroll(self) -> DocumentScroll | None:
        """The scroll container of the article shown."""
        switcher = self.query_one(ContentSwitcher)
        visible = switcher.visible_content
        return visible if isinstance(visible, DocumentScroll) else None

    def current_document(self) -> ArticleDocument | None:
        """The document of the article shown."""
        current = self.query_one(ContentSwitcher).current
        return None if current is None else self.documents.get(current)

    def show_widget(self, widget: Widget, *, top: bool = True) -> None:
        """Scroll the article so ``widget`` is at the top (or centred), without animation."""
        scroll = self.current_scroll()
        if scroll is None:
            return
        if top:
            scroll.scroll_to_widget(widget, animate=False, top=True)
        else:
            scroll.scroll_to_center(widget, animate=False)
