"""Markdown articles (and HTML converted to Markdown): ATX/setext headings split the sections.

Parsing uses markdown-it-py (CommonMark), so link, emphasis and code syntax never reach the plain
text: a section's ``text`` holds only the words a reader sees. The first H1 is the title; any other
heading starts a section. A list or a table becomes one paragraph that keeps its structure (``- item``
lines, ``| cell |`` rows: see :mod:`digest.core.blocks`); block quotes keep their text.

HTML pages arrive here as the Markdown ``markdownify`` emits: mostly one-line paragraphs and ATX
headings of plain words, separated by blank lines. For those, ``simple=True`` takes a fast path that
reads such blocks directly and gives every other run of blocks to markdown-it; the blocks it reads
directly are exactly those whose CommonMark meaning is their own words (see :func:`_simple_block`), so
the result is the same as parsing the whole text with markdown-it, only several times faster on very
large pages.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from digest.core.blocks import bullet_lines, list_line, table_paragraph
from digest.core.ingest.titles import title_from_lead
from digest.core.model import Article, Section
from digest.core.sanitize import clean_line, clean_text

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")
_PLAIN = re.compile(r"[^\\`*_<\[\]\n]*")
"""Inline text without anything CommonMark gives a meaning (escapes, code, emphasis, autolinks, links,
images) but entities: with none of :data:`_ENTITY` either, its plain text is its own words."""
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""What CommonMark may read as an entity or character reference (any other ``&`` is itself)."""
_NOT_PARAGRAPH = re.compile(r"[ \t#>+*\-_=`~<|\[]|\d{1,9}[.)](?:[ \t]|$)")
"""How a line starts when it may be something else than a paragraph (indented code, a heading, a
quote, a list item, a thematic break, a fence, a table, a link reference)."""
_ATX_HEADING = re.compile(r"(#{1,6})[ \t]+([^#]*)")
_ALWAYS_FULL = ("```", "~~~", "]:")
"""Constructs whose reach crosses blank lines (fences) or the whole document (link reference
definitions): a text holding any of them is parsed whole by markdown-it."""


def parse_markdown(
    text: str, source: str, *, title: str | None = None, fmt: str = "markdown", simple: bool = False
) -> Article:
    """Parse Markdown into an :class:`Article`.

    Args:
        text: The Markdown document.
        source: The file or URL it came from.
        title: A title known from elsewhere (HTML metadata); the first H1 is used when None.
        fmt: The format recorded on the article.
        simple: Read plain one-line paragraphs and headings without markdown-it (same result,
            faster on the simple Markdown converted from HTML).
    """
    text = clean_text(text)
    blocks = _simple_blocks(text) if simple else _blocks(_PARSER.parse(text))
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
    """Flatten block tokens into (heading level or 0, plain text) pairs, in document order.

    A list (with its nested lists) becomes one block of ``- item`` lines and a table one block of
    ``| cell |`` rows (see :mod:`digest.core.blocks`).
    """
    blocks = _BlockWriter()
    for token in tokens:
        kind = token.type
        if kind in _LIST_AND_TABLE_TOKENS:
            blocks.structure(token)
        elif kind == "heading_open":
            blocks.heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            blocks.heading_level = 0
        elif kind == "inline" or kind in {"fence", "code_block"}:
            blocks.text(token)
    return blocks.blocks


_LIST_AND_TABLE_TOKENS = frozenset(
    {
        "bullet_list_open",
        "ordered_list_open",
        "bullet_list_close",
        "ordered_list_close",
        "list_item_open",
        "table_open",
        "tr_open",
        "table_close",
    }
)


class _BlockWriter:
    """The blocks of a Markdown document while its tokens are read: headings, paragraphs, lists, tables."""

    def __init__(self) -> None:
        self.blocks: list[tuple[int, str]] = []
        self.heading_level = 0
        self.lists = _ListWriter()
        self.rows: list[list[str]] | None = None

    def structure(self, token: Token) -> None:
        """A list or table token: open, close, a new item or row."""
        kind = token.type
        if kind in {"bullet_list_open", "ordered_list_open"}:
            self.lists.open(kind == "ordered_list_open", int(token.attrs.get("start", 1) or 1))
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            done = self.lists.close()
            if done:
                self.blocks.append((0, done))
        elif kind == "list_item_open":
            self.lists.item()
        elif kind == "table_open":
            self.rows = []
        elif kind == "tr_open" and self.rows is not None:
            self.rows.append([])
        elif kind == "table_close" and self.rows is not None:
            if any(any(cell for cell in row) for row in self.rows):
                self.blocks.append((0, table_paragraph(self.rows)))
            self.rows = None

    def text(self, token: Token) -> None:
        """Inline text or code: a cell, a list item's text, or a block of its own."""
        inline = token.type == "inline"
        content = _inline_text(token) if inline else token.content.strip()
        if inline and not self.heading_level and not self.lists.depth:
            content = _bulleted_lines(token) or content
        if self.rows:
            self.rows[-1].append(content)
        elif self.lists.depth:
            self.lists.add_text(content)
        elif content:
            self.blocks.append((self.heading_level, content))


class _ListWriter:
    """Collects the items of a (nested) list into the lines of one list paragraph."""

    def __init__(self) -> None:
        self.stack: list[list[int]] = []  # per open list: [ordered (0/1), next number]
        self.lines: list[str] = []
        self.pending: list[str] = []
        self.marker = "-"

    @property
    def depth(self) -> int:
        """How many lists are open."""
        return len(self.stack)

    def open(self, ordered: bool, start: int) -> None:
        """A list starts (nested in the current item when one is open)."""
        self._flush()
        self.stack.append([int(ordered), start])

    def item(self) -> None:
        """An item of the innermost list starts."""
        self._flush()
        ordered, number = self.stack[-1]
        self.marker = f"{number}." if ordered else "-"
        self.stack[-1][1] = number + 1

    def add_text(self, text: str) -> None:
        """Text of the current item (several paragraphs of one item are joined)."""
        if text:
            self.pending.append(text)

    def close(self) -> str | None:
        """The innermost list ends; the whole paragraph when it was the outermost."""
        self._flush()
        self.stack.pop()
        if self.stack:
            return None
        lines, self.lines = self.lines, []
        return "\n".join(lines) or None

    def _flush(self) -> None:
        if self.pending:
            self.lines.append(list_line(len(self.stack) - 1, self.marker, " ".join(self.pending)))
            self.pending = []


def _bulleted_lines(token: Token) -> str | None:
    """A list paragraph when every line of a paragraph (lines split by its line breaks) starts with a
    bullet glyph (``• Capacity``, then ``• 10,000 t``)."""
    if not any(child.type in {"softbreak", "hardbreak"} for child in token.children or []):
        return None
    lines: list[str] = [""]
    for child in token.children or []:
        if child.type in {"softbreak", "hardbreak"}:
            lines.append("")
        elif child.type in {"text", "code_inline"}:
            lines[-1] += child.content
    return bullet_lines([" ".join(line.split()) for line in lines if line.strip()])


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


def _simple_blocks(text: str) -> list[tuple[int, str]]:
    """The same blocks as ``_blocks(_PARSER.parse(text))``, reading simple one-line blocks directly.

    A block of one line standing between blank lines (or the text's ends) that :func:`_simple_block`
    accepts cannot belong to any construct around it, nor change one, so each run of other blocks is
    parsed on its own by markdown-it.
    """
    if any(marker in text for marker in _ALWAYS_FULL):
        return _blocks(_PARSER.parse(text))
    blocks: list[tuple[int, str]] = []
    lines = text.split("\n")
    count = len(lines)
    run_start: int | None = None  # first line of the pending run for markdown-it
    index = 0
    while index < count:
        if not lines[index].strip(" \t"):
            index += 1
            continue
        end = index + 1
        while end < count and lines[end].strip(" \t"):
            end += 1
        simple = _simple_block(lines[index]) if end == index + 1 else _simple_paragraph(lines[index:end])
        if simple is None:
            if run_start is None:
                run_start = index
        else:
            if run_start is not None:
                blocks.extend(_blocks(_PARSER.parse("\n".join(lines[run_start:index]))))
                run_start = None
            if simple[1]:
                blocks.append(simple)
        index = end
    if run_start is not None:
        blocks.extend(_blocks(_PARSER.parse("\n".join(lines[run_start:]))))
    return blocks


def _simple_block(line: str) -> tuple[int, str] | None:
    """(heading level or 0, plain text) of a one-line paragraph, block quote of a paragraph or ATX heading
    of plain words, else None."""
    heading = _ATX_HEADING.fullmatch(line)
    if heading is not None:
        content = heading.group(2)
        if not _plain(content):
            return None
        return len(heading.group(1)), " ".join(content.split())
    if line.startswith("> "):  # a one-line block quote of a plain paragraph: its words
        line = line[2:]
    if not line or _NOT_PARAGRAPH.match(line) or not _plain(line):
        return None
    return 0, " ".join(line.split())


def _simple_paragraph(lines: list[str]) -> tuple[int, str] | None:
    """(0, plain text) of a block of several lines that are each a paragraph's plain words, else None.

    No line may start another block (:data:`_NOT_PARAGRAPH`: a heading's underline, a list item, a quote ...)
    and none may hold a ``|`` (a table may interrupt a paragraph): markdown-it then reads one paragraph and
    joins its lines with spaces, or makes it a list paragraph when every line is written as a list item
    (see :func:`_bulleted_lines`)."""
    for line in lines:
        if "|" in line or _NOT_PARAGRAPH.match(line) or not _plain(line):
            return None
    words = [" ".join(line.split()) for line in lines]
    return 0, bullet_lines([line for line in words if line]) or " ".join(" ".join(words).split())


def _plain(text: str) -> bool:
    """Tell whether inline text means its own words in CommonMark."""
    return _PLAIN.fullmatch(text) is not None and ("&" not in text or _ENTITY.search(text) is None)
