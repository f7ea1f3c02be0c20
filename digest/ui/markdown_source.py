"""The article as Markdown, built from its sections with every character of article text escaped.

Article text is untrusted: each ASCII punctuation character is backslash-escaped and leading spaces are
dropped, so nothing in it can become Markdown syntax (headings, lists, links, emphasis, HTML); a list or
table paragraph (see :mod:`digest.core.blocks`) keeps its own structure, its items' words escaped. The builder
also records which Markdown line each section heading and paragraph starts on, so the reader can find the
rendered block of a section, a paragraph or a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.core.blocks import render_structured
from digest.core.model import Article

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape_markdown(text: str) -> str:
    """Escape text so that Markdown renders it literally, as one paragraph's worth of lines."""
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(_PUNCTUATION.sub(r"\\\1", line) for line in lines if line)


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace to one space, as the rendered Markdown paragraph does."""
    return " ".join(text.split())


@dataclass(frozen=True)
class ParagraphRef:
    """Where one paragraph of an article comes from.

    Attributes:
        section_index: The index of its section in ``article.sections``.
        start: Offset of the paragraph in the section's text.
        end: Offset of the paragraph's end in the section's text.
        line: The Markdown line the paragraph starts on.
    """

    section_index: int
    start: int
    end: int
    line: int


@dataclass
class MarkdownSource:
    """The Markdown of an article and where each section and paragraph starts in it.

    Attributes:
        text: The Markdown document.
        heading_lines: Markdown line of each titled section's heading, keyed by section index.
        paragraphs: Every paragraph in article order.
    """

    text: str
    heading_lines: dict[int, int] = field(default_factory=dict)
    paragraphs: list[ParagraphRef] = field(default_factory=list)

    def paragraph_at_line(self, line: int) -> ParagraphRef | None:
        """The paragraph that starts on a Markdown line."""
        for paragraph in self.paragraphs:
            if paragraph.line == line:
                return paragraph
        return None

    def paragraph_of(self, section_index: int, offset: int) -> ParagraphRef | None:
        """The paragraph holding a character offset of a section's text."""
        for paragraph in self.paragraphs:
            if paragraph.section_index == section_index and paragraph.start <= offset < paragraph.end:
                return paragraph
        return None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the non-blank paragraphs of a section's text."""
    spans = []
    for match in re.finditer(r"(?:(?!\n[ \t]*\n).)+", text, flags=re.S):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def build_markdown(article: Article) -> MarkdownSource:
    """Build the Markdown for an article's sections (the title is shown by the reader itself)."""
    lines: list[str] = []
    source = MarkdownSource(text="")
    for index, section in enumerate(article.sections):
        if section.title is not None:
            source.heading_lines[index] = len(lines)
            lines += ["## " + escape_markdown(section.title).replace("\n", " "), ""]
        for start, end in paragraph_spans(section.text):
            paragraph = section.text[start:end]
            escaped = render_structured(paragraph, escape_markdown) or escape_markdown(paragraph)
            if not escaped:
                continue
            source.paragraphs.append(ParagraphRef(index, start, end, len(lines)))
            lines += [*escaped.split("\n"), ""]
    source.text = "\n".join(lines)
    return source
