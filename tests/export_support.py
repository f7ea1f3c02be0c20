"""Helpers for the export tests: hand-made articles and analyses, and a markdown-it-py reading of the output."""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from digest.core.export import AnalysedArticle
from digest.core.model import Article, Section
from digest.core.quotes import Actor, Quote, QuoteReport
from digest.core.summarize import Summary

HTML_TOKENS = {"html_block", "html_inline"}
"""Token types that mean raw HTML reached the document."""

MARKUP_FROM_TEXT = {"code_inline", "code_block", "fence", "image", "s_open", "hr"}
"""Token types the export never writes itself: if one appears, article text opened markup."""


def parser() -> MarkdownIt:
    """CommonMark plus the GFM bits GitHub renders (tables, strikethrough) and front matter."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)


def flat(markdown: str) -> list[Token]:
    """Every token of the document, block tokens followed by their inline children."""
    tokens: list[Token] = []
    for token in parser().parse(markdown):
        tokens.append(token)
        tokens.extend(token.children or [])
    return tokens


def inline_text(token: Token) -> str:
    """The visible text of an inline token (soft breaks as spaces)."""
    parts = []
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
    return "".join(parts)


@dataclass
class Outline:
    """The parts of a rendered digest the tests look at."""

    headings: list[tuple[int, str]]
    blockquotes: list[str]
    list_items: list[str]
    links: list[tuple[str, str]]
    table_cells: list[str]
    types: set[str]


def outline(markdown: str) -> Outline:
    """Read a rendered digest back with markdown-it-py."""
    tokens = parser().parse(markdown)
    result = Outline([], [], [], [], [], set())
    quote_depth = item_depth = 0
    cell = False
    for index, token in enumerate(tokens):
        result.types.add(token.type)
        for child in token.children or []:
            result.types.add(child.type)
        if token.type == "heading_open":
            result.headings.append((int(token.tag[1]), inline_text(tokens[index + 1])))
        quote_depth += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        item_depth += {"list_item_open": 1, "list_item_close": -1}.get(token.type, 0)
        cell = token.type in {"td_open", "th_open"} or (cell and token.type == "inline")
        if token.type == "inline":
            if quote_depth:
                result.blockquotes.append(inline_text(token))
            elif item_depth:
                result.list_items.append(inline_text(token))
            elif cell:
                result.table_cells.append(inline_text(token))
            children = token.children or []
            for at, child in enumerate(children):
                if child.type == "link_open":
                    text = []
                    for inner in children[at + 1 :]:
                        if inner.type == "link_close":
                            break
                        text.append(inner.content)
                    result.links.append(("".join(text), str(child.attrs.get("href", ""))))
    return result


def make_article(
    title: str, *sections: tuple[str | None, str], source: str = "a.txt", url: str | None = None
) -> Article:
    """An Article made by hand."""
    return Article(title=title, source=source, sections=tuple(Section(t, x) for t, x in sections), url=url)


def analysed(
    article: Article,
    summary: list[str] | None = None,
    quotes: list[tuple[str, str | None, str, str, int]] | None = None,
) -> AnalysedArticle:
    """An article with a given summary and quotes: (speaker, role, text, kind, section_index)."""
    actors: dict[str, Actor] = {}
    made = []
    for speaker, role, text, kind, section_index in quotes or []:
        count = actors[speaker].quotes + 1 if speaker in actors else 1
        actors[speaker] = Actor(name=speaker, role=role, quotes=count)
        section = article.sections[section_index].title
        made.append(Quote(speaker, text, kind, section, section_index, 0, len(text)))
    report = QuoteReport(actors=sorted(actors.values(), key=lambda a: -a.quotes), quotes=made)
    return AnalysedArticle(article, Summary(method="default", sentences=list(summary or [])), report)
