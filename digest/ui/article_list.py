"""The article list: title, source, section and quote counts, and a read/unread mark per article."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from digest.core.model import Article
from digest.core.sanitize import shown
from digest.core.wording import plural
from digest.ui.option_cache import KeptOptionList

UNREAD_MARK = "●"
"""Shown before an article not opened yet."""
READ_MARK = " "
"""Shown before an article already opened."""


SOURCE_WIDTH = 26
"""The longest source label: a longer file name is cut in the middle, so it never wraps in the list."""


def short_source(article: Article) -> str:
    """The article's source as a short label (the file name or the URL's host), at most SOURCE_WIDTH long."""
    if "://" in article.source:
        label = shown(article.source.split("://", 1)[1].split("/", 1)[0])
    else:
        label = shown(Path(article.source).name)
    if len(label) <= SOURCE_WIDTH:
        return label
    head = (SOURCE_WIDTH - 1) // 2
    return label[:head] + "…" + label[len(label) - (SOURCE_WIDTH - 1 - head) :]


def article_prompt(article: Article, *, read: bool, quotes: int | None) -> Content:
    """The two-line entry for one article (article text is never parsed as markup)."""
    mark = Content.styled(READ_MARK if read else UNREAD_MARK, ".unread")
    title = Content(article.title) if read else Content.styled(article.title, "bold")
    sections = len(article.sections)
    quote_count = "… quotes" if quotes is None else plural(quotes, "quote")
    counts = f"{plural(sections, 'section')} · {quote_count}"
    return Content.assemble(
        mark,
        " ",
        title,
        "\n  ",
        Content.styled(short_source(article), ".muted"),
        "\n  ",
        Content.styled(counts, ".muted"),
    )


class ArticleList(KeptOptionList):
    """The articles of the digest; enter (or a click) opens one."""

    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {"unread", "muted"}
    """``unread``: the unread mark; ``muted``: the details line."""

    @dataclass
    class ArticleChosen(Message):
        """The user opened an article."""

        index: int

    shown_entries: dict[int, tuple[int, bool, int | None]] = {}
    """What each entry shows (the article's id(), read, quote count), so unchanged entries are not repainted
    (``show_articles`` replaces this class-level empty default with the list's own dict)."""

    def show_articles(self, articles: list[Article], read: set[int], quotes: dict[int, int]) -> None:
        """Fill the list (keeping the highlighted row)."""
        highlighted = self.highlighted
        self.shown_entries = {i: (id(a), i in read, quotes.get(i)) for i, a in enumerate(articles)}
        self.set_options(
            Option(article_prompt(a, read=i in read, quotes=quotes.get(i)), id=f"article-{i}")
            for i, a in enumerate(articles)
        )
        if highlighted is not None and highlighted < len(articles):
            self.highlighted = highlighted

    def update_article(self, index: int, article: Article, *, read: bool, quotes: int | None) -> None:
        """Repaint one article's entry (if it changed: replacing a prompt re-renders the whole list)."""
        state = (id(article), read, quotes)
        if index < self.option_count and self.shown_entries.get(index) != state:
            self.shown_entries[index] = state
            self.replace_option_prompt_at_index(index, article_prompt(article, read=read, quotes=quotes))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Tell the screen which article to open."""
        event.stop()
        self.post_message(self.ArticleChosen(event.option_index))
