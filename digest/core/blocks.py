"""Lists and tables inside an article's text: how they are written, recognised and rendered.

A section's ``text`` is plain paragraphs separated by blank lines. A list or a table keeps its structure
as one paragraph written in Markdown's own syntax, one line per item or row:

- a list: ``- item`` lines (``1. item`` when ordered), nested items indented by two spaces per level;
- a table: ``| cell | cell |`` rows, the first row the header, followed by a ``| --- | --- |`` rule
  (a ``|`` inside a cell is written ``\\|``).

Such paragraphs are facts, not sentences: the summariser never takes them as sentence candidates, and
the reader and the export render them as lists and tables (their words escaped, their structure not).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_LIST_LINE = re.compile(r"^( *)(-|\d{1,9}\.) (.*)$")
_TABLE_LINE = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|(?: ?:?-{3,}:? ?\|)+$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_BULLET = re.compile(r"^(?:([\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u25cf\u25a0\u25a1\u2013*+-])|(\d{1,3})[.)])\s+(?=\S)")
"""A line starting with a bullet glyph (``•``, ``·``, ``▪``, ``–``, ``*``, ``-`` ...) or an item number."""


@dataclass(frozen=True)
class ListItem:
    """One item of a list paragraph: its nesting depth (0 = top), marker (``-`` or ``3.``) and text."""

    depth: int
    marker: str
    text: str


def list_items(paragraph: str) -> list[ListItem] | None:
    """The items of a list paragraph, or None when the paragraph is not a list."""
    items: list[ListItem] = []
    for line in paragraph.strip("\n").split("\n"):
        match = _LIST_LINE.match(line)
        if match is None or not match.group(3).strip():
            return None
        items.append(ListItem(len(match.group(1)) // 2, match.group(2), match.group(3).strip()))
    return items or None


def table_rows(paragraph: str) -> list[list[str]] | None:
    """The rows (header first, without the rule) of a table paragraph, or None when it is not a table."""
    lines = paragraph.strip("\n").split("\n")
    if len(lines) < 2 or not _TABLE_RULE.match(lines[1]) or not all(_TABLE_LINE.match(line) for line in lines):
        return None
    return [_cells(line) for index, line in enumerate(lines) if index != 1]


def _cells(line: str) -> list[str]:
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(line[1:-1])]


def is_structured(paragraph: str) -> bool:
    """Tell whether a paragraph is a list or a table (not running text)."""
    first = paragraph.lstrip("\n")[:1]
    if first not in {"-", "|"} and not first.isdigit():
        return False
    return list_items(paragraph) is not None or table_rows(paragraph) is not None


def list_line(depth: int, marker: str, text: str) -> str:
    """One line of a list paragraph: ``marker`` is ``-`` or a number with its full stop (``3.``)."""
    return f"{'  ' * depth}{marker} {' '.join(text.split())}"


def bullet_item(line: str) -> tuple[str, str] | None:
    """``(marker, text)`` of a plain-text line written as a list item (``• Capacity``, ``2) Avoid``), else
    None; the marker is ``-``, or the number and a full stop."""
    match = _BULLET.match(line)
    if match is None:
        return None
    marker = "-" if match.group(1) else f"{int(match.group(2))}."
    return marker, line[match.end() :].strip()


def bullet_lines(lines: list[str]) -> str | None:
    """A list paragraph of lines that are all written as list items (two or more), else None."""
    items = [bullet_item(line) for line in lines]
    if len(items) < 2 or any(item is None for item in items):
        return None
    return "\n".join(list_line(0, marker, text) for marker, text in filter(None, items))


def table_paragraph(rows: list[list[str]]) -> str:
    """Write rows (the first is the header) as a table paragraph; short rows are padded."""
    width = max(len(row) for row in rows)
    lines = [_row([*row, *[""] * (width - len(row))]) for row in rows]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(" ".join(cell.split()).replace("|", "\\|") for cell in cells) + " |"


def render_structured(paragraph: str, escape: Callable[[str], str]) -> str | None:
    """Markdown for a list or table paragraph with every item's or cell's words passed through
    ``escape`` (which must escape Markdown syntax, ``|`` included), or None for running text."""
    items = list_items(paragraph)
    if items is not None:
        return "\n".join(f"{'    ' * item.depth}{item.marker} {escape(item.text)}" for item in items)
    rows = table_rows(paragraph)
    if rows is not None:
        lines = ["| " + " | ".join(escape(cell) for cell in row) + " |" for row in rows]
        lines.insert(1, "|" + " --- |" * len(rows[0]))
        return "\n".join(lines)
    return None
