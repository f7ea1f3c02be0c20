"""Markdown articles (and HTML converted to Markdown): ATX/setext headings split the sections.

Parsing uses markdown-it-py (CommonMark), so link, emphasis and code syntax never reach the plain
text: a section's ``text`` holds only the words a reader sees. The first H1 is the title; any other
heading starts a section. Lists become one paragraph per item; block quotes and tables keep their text.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from digest.core.ingest.titles import title_from_lead
from digest.core.model import Article, Section
from digest.core.sanitize import clean_line, clean_text

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")
_MAX_NESTING = 200


def parse_markdown(text: str, source: str, *, title: str | None = None, fmt: str = "markdown") -> Article:
    """Parse Markdown into an :class:`Article`.

    Args:
        text: The Markdown document.
        source: The file or URL it came from.
        title: A title known from elsewhere (HTML metadata); the first H1 is used when None.
        fmt: The format recorded on the article.
    """
    tokens = _PARSER.parse(clean_text(text))
    blocks = _blocks(tokens)
    found_title = title
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for level, content in blocks:
        if level == 1 and found_title is None and not sections and not paragraphs:
            found_title = content
            continue
        if level and content:
            if level == 1 and found_title is not None and content == found_title and not paragraphs:
                continue
            if paragraphs or heading is not None:
                sections.append(Section(heading, "\n\n".join(paragraphs)))
            heading, paragraphs = content, []
        elif content:
            paragraphs.append(content)
    if paragraphs or heading is not None:
        sections.append(Section(heading, "\n\n".join(paragraphs)))
    sections = [s for s in sections if s.text or s.title is not None]
    if not sections:
        sections = [Section(None, "")]
    if not found_title:
        found_title = title_from_lead(sections[0].text or (sections[0].title or ""))
    return Article(title=clean_line(found_title), source=source, sections=tuple(sections), format=fmt)


def _blocks(tokens: list[Token]) -> list[tuple[int, str]]:
    """Flatten block tokens into (heading level or 0, plain text) pairs, in document order."""
    blocks: list[tuple[int, str]] = []
    heading_level = 0
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "inline":
            content = _inline_text(token)
            if content:
                blocks.append((heading_level, content))
        elif token.type in {"fence", "code_block"}:
            content = token.content.strip()
            if content:
                blocks.append((0, content))
    return blocks


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif child.type == "image":
            continue
    return " ".join("".join(parts).split())
