"""The article body: a Markdown document built from the sections, with summary, quote and match highlights.

The Markdown comes from :func:`digest.ui.markdown_source.build_markdown`, where all article text is escaped.
Highlights are applied to the rendered paragraphs as spans styled by component classes (``.summary``,
``.quote``, ``.match``, ``.match-current``), so changing them never re-parses the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Markdown
from textual.widgets.markdown import MarkdownBlock

from digest.core.model import Article
from digest.core.quotes import Quote
from digest.ui.markdown_source import MarkdownSource, ParagraphRef, build_markdown, normalise_space


def make_parser() -> MarkdownIt:
    """A strict CommonMark parser (with tables) without raw HTML (article text is escaped anyway)."""
    return MarkdownIt("commonmark").enable("table").disable(["html_block", "html_inline"])


class ArticleParagraph(MarkdownBlock):
    """A paragraph of the article that can show highlight spans."""

    COMPONENT_CLASSES = MarkdownBlock.COMPONENT_CLASSES | {"summary", "quote", "match", "match-current"}
    """Highlight styles: summary sentences, the chosen quote, find matches and the current match."""

    base: Content = Content("")
    """The paragraph as parsed, without highlights."""
    spans: tuple[tuple[int, int, str], ...] = ()
    """The highlight spans (start, end, style) applied to ``base``."""

    def set_content(self, content: Content) -> None:
        """Keep the parsed content and show it with the current highlights."""
        self.base = content
        super().set_content(content)
        if self.spans:
            self.highlight(self.spans)

    def highlight(self, spans: tuple[tuple[int, int, str], ...]) -> None:
        """Show the paragraph with these highlight spans (an empty tuple clears them)."""
        self.spans = spans
        content = self.base
        for start, end, style in spans:
            content = content.stylize(style, start, end)
        self.update(content)


@dataclass(frozen=True)
class Match:
    """One find match: the paragraph widget and the span in its text."""

    paragraph: ArticleParagraph
    start: int
    end: int


def _find_all(haystack: str, needle: str) -> list[int]:
    positions, at = [], haystack.find(needle)
    while needle and at >= 0:
        positions.append(at)
        at = haystack.find(needle, at + len(needle))
    return positions


class ArticleDocument(Markdown):
    """One article rendered as Markdown, with its sections and highlight state."""

    BLOCKS = {**Markdown.BLOCKS, "paragraph_open": ArticleParagraph}

    DEFAULT_CSS = """
    ArticleDocument > ArticleParagraph {
        margin: 0 0 1 0;
    }
    """
    """Paragraphs are spaced; the items of a list (paragraphs inside it) are not."""

    @dataclass
    class Ready(Message):
        """The document has been rendered (its blocks are mounted)."""

        document: ArticleDocument

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        """Render ``article``; the Markdown is built (escaped) from its sections."""
        self.article = article
        self.source_map: MarkdownSource = build_markdown(article)
        super().__init__(None, id=id, parser_factory=make_parser, open_links=False)
        self._markdown = self.source_map.text
        self.ready = False
        self.summary: tuple[str, ...] = ()
        self.quote: Quote | None = None
        self.query_text = ""
        self.current_match = 0
        self.matches: list[Match] = []

    def compose(self) -> ComposeResult:
        """The document's blocks, parsed now (a few milliseconds for an article).

        Textual's Markdown parses in a thread and mounts its blocks after the first paint; an article's blocks
        are mounted with the document instead, so the screen that shows it is painted once, complete.
        """
        yield from self._parse_markdown(make_parser().parse(self.source_map.text))

    async def _on_mount(self, event: events.Mount) -> None:  # type: ignore[override]  # Markdown's is async
        """The blocks are mounted (composed above): apply the highlights and say so."""
        event.prevent_default()  # Markdown's own mount handler would parse the document again
        self.ready = True
        self.refresh_highlights()
        self.post_message(self.Ready(self))

    def on_markdown_table_of_contents_updated(self, event: Markdown.TableOfContentsUpdated) -> None:
        """Not for the screen: the document says :class:`Ready` instead."""
        event.stop()

    def paragraphs(self) -> list[tuple[ArticleParagraph, ParagraphRef]]:
        """The rendered paragraphs with where they come from, in article order."""
        found = []
        for block in self.query_children(ArticleParagraph):
            ref = self.source_map.paragraph_at_line(block.source_range[0])
            if ref is not None:
                found.append((block, ref))
        return found

    def section_anchor(self, index: int) -> Widget | None:
        """The block a section starts with: its heading, or its first paragraph (the lead has no heading)."""
        line = self.source_map.heading_lines.get(index)
        if line is not None:
            for header in self.query_children(MarkdownBlock):
                if header.name == "heading_open" and header.source_range[0] == line:
                    return header
        for block, ref in self.paragraphs():
            if ref.section_index == index:
                return block
        return None

    def quote_paragraph(self, quote: Quote) -> ArticleParagraph | None:
        """The rendered paragraph holding a quote."""
        ref = self.source_map.paragraph_of(quote.section_index, quote.start)
        for block, block_ref in self.paragraphs():
            if block_ref == ref:
                return block
        return None

    def set_highlights(
        self,
        *,
        summary: tuple[str, ...] | None = None,
        quote: Quote | None | bool = False,
        query: str | None = None,
        current_match: int | None = None,
    ) -> None:
        """Change some highlights (arguments left out keep their value) and repaint the paragraphs."""
        before = (self.summary, self.quote, self.query_text, self.current_match)
        if summary is not None:
            self.summary = summary
        if not isinstance(quote, bool):
            self.quote = quote
        if query is not None:
            self.query_text = query
        if current_match is not None:
            self.current_match = current_match
        if (self.summary, self.quote, self.query_text, self.current_match) != before:
            self.refresh_highlights()

    def refresh_highlights(self) -> None:
        """Recompute every paragraph's spans from the highlight state."""
        if not self.ready:
            return
        summary = [normalise_space(s) for s in self.summary if s.strip()]
        needle = normalise_space(self.query_text).casefold()
        quote_block = self.quote_paragraph(self.quote) if self.quote else None
        matches: list[Match] = []
        for block, ref in self.paragraphs():
            plain = block.base.plain
            spans: list[tuple[int, int, str]] = []
            for sentence in summary:
                spans += [(at, at + len(sentence), ".summary") for at in _find_all(plain, sentence)[:1]]
            if block is quote_block and self.quote is not None:
                spans += self._quote_span(plain, ref, self.quote)
            if needle:
                matches += [Match(block, at, at + len(needle)) for at in _find_all(plain.casefold(), needle)]
            block.spans = tuple(spans)
        self.matches = matches
        if matches:
            self.current_match %= len(matches)
        for number, match in enumerate(matches):
            style = ".match-current" if number == self.current_match else ".match"
            match.paragraph.spans += ((match.start, match.end, style),)
        for block, _ in self.paragraphs():
            block.highlight(block.spans)

    def _quote_span(self, plain: str, ref: ParagraphRef, quote: Quote) -> list[tuple[int, int, str]]:
        text = normalise_space(quote.text)
        positions = _find_all(plain, text)
        if not positions:
            return []
        section_text = self.article.sections[ref.section_index].text
        expected = len(normalise_space(section_text[ref.start : quote.start]))
        best = min(positions, key=lambda at: abs(at - expected))
        return [(best, best + len(text), ".quote")]
