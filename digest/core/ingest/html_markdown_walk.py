"""The Markdown of a cleaned article body written straight from the lxml tree, as markdownify writes it.

The body finder leaves few kinds of element in a body (paragraphs, sub-headings, divisions, lists,
definition lists, tables, block quotes, line breaks, images, rules: inline markup is unwrapped before). For a
body made only of those, and of elements markdownify has no rule for (which it writes as their text),
:func:`walk_markdown` gives byte for byte the Markdown that markdownify gives (with the options of
:mod:`~digest.core.ingest.html_markdown`: ATX headings, images stripped, only ``href`` read), without
building a BeautifulSoup tree and without markdownify's per-element overhead. For any other body
(preformatted text, code, inline markup, a comment) it returns None and the
caller runs markdownify.

What it reproduces, step by step as markdownify 1.2 and BeautifulSoup 4 do it:

- BeautifulSoup's tree: a text run of ASCII whitespace alone becomes one newline (when it holds one)
  or one space;
- markdownify's children: whitespace-only text next to the inner edge of a block element, or next to
  a block element, is dropped; other text has its whitespace runs folded, ``*`` and ``_`` escaped with
  a backslash, and is stripped on a side where a block element (or the edge of its block parent) stands;
- the newlines between children's results collapsed to two at most;
- each element's rule (``convert_p``, ``convert_hN``, ``convert_tr`` ...), with the ``_inline`` context
  inside headings and table cells and the ``li`` context inside list items.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TypeAlias

import lxml.html

_BLOCK_INSIDE = frozenset(
    {
        "p",
        "blockquote",
        "article",
        "div",
        "section",
        "ol",
        "ul",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        *(f"h{level}" for level in range(1, 7)),
    }
)
"""markdownify's ``should_remove_whitespace_inside`` (any ``h<digits>`` too: such tags are never walked)."""
_BLOCK_OUTSIDE = _BLOCK_INSIDE | {"pre"}
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_INLINE_INSIDE = frozenset({*_HEADINGS, "td", "th"})
"""Elements inside which markdownify writes block elements inline (its ``_inline`` context)."""
_TABLE = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})
_WALKED = frozenset(
    {"p", "div", "article", "section", "ul", "ol", "li", "blockquote", "br", "img", "hr", "dl", "dt", "dd"}
    | _TABLE
    | _HEADINGS.keys()
)
"""The elements whose rules :func:`walk_markdown` writes itself."""
MARKDOWNIFY_RULES = frozenset(
    {
        "a",
        "article",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "hr",
        "i",
        "img",
        "kbd",
        "li",
        "list",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "script",
        "section",
        "soup",
        "strong",
        "style",
        "sub",
        "sup",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "video",
    }
)
"""The tags markdownify has a ``convert_<tag>`` method for (a test holds this to markdownify's own list)."""
_NOT_PLAIN = MARKDOWNIFY_RULES | _BLOCK_OUTSIDE | {"textarea", "template", "rt", "rp", "kbd", "samp", "code"}
"""Tags that are not written as their bare text: a rule, a block's whitespace handling, whitespace kept
(``textarea``) or a string class of their own in BeautifulSoup."""
_ODD_NAME = re.compile(r"h\d|.*[\[\]:-]")
"""Tag names markdownify reads as a heading level (``h7``, ``h10x``) or maps to a rule name by replacing
characters: left to markdownify."""
_ASCII_SPACES = " \n\t\x0c\r"
_NEWLINE_WHITESPACE = re.compile(r"[\t \r\n]*[\r\n][\t \r\n]*")
_WHITESPACE = re.compile(r"[\t ]+")
_ALL_WHITESPACE = re.compile(r"[\t \r\n]+")
_BULLETS = "*+-"

Node: TypeAlias = lxml.html.HtmlElement | str


def walk_markdown(body: lxml.html.HtmlElement) -> str | None:
    """The Markdown markdownify would write for ``body`` (and its tail), or None when the body holds an
    element this writer leaves to markdownify."""
    if body.tag == "html" or body.tag in _TABLE or not all(_walkable(element) for element in body.iter()):
        return None
    wrapper = "html" if body.tag == "body" else "body"  # the parent BeautifulSoup gives the body
    nodes: list[Node] = [body]
    if body.tail:
        nodes.append(_soup_text(body.tail))
    return _Walk(body).children(nodes, wrapper).strip("\n")


def _walkable(element: lxml.html.HtmlElement) -> bool:
    tag = element.tag
    if not isinstance(tag, str):
        return False  # a comment or processing instruction
    if tag in _WALKED:
        return tag not in {"br", "img", "hr"} or (not element.text and not len(element))
    return tag not in _NOT_PLAIN and _ODD_NAME.match(tag) is None


def _soup_text(text: str) -> str:
    """A text run as BeautifulSoup stores it: a run of ASCII whitespace alone becomes one newline or space."""
    if text.strip(_ASCII_SPACES):
        return text
    return "\n" if "\n" in text else " "


def _outside(node: Node | None) -> bool:
    """markdownify's ``should_remove_whitespace_outside`` (text has no tag: False)."""
    return node is not None and not isinstance(node, str) and node.tag in _BLOCK_OUTSIDE


class _Walk:
    """One body's conversion: markdownify's ``process_tag`` and its rules on lxml elements."""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.root = root

    def element(self, element: lxml.html.HtmlElement, inline: bool, in_item: bool, lists: int) -> str:
        """An element's Markdown (``inline`` inside a heading, ``in_item`` inside a list item, ``lists``
        the ``<ul>`` around it)."""
        tag = element.tag
        nodes: list[Node] = [_soup_text(element.text)] if element.text else []
        for child in element:
            nodes.append(child)
            if child.tail:
                nodes.append(_soup_text(child.tail))
        text = self.children(nodes, tag, inline or tag in _INLINE_INSIDE, in_item or tag == "li", lists + (tag == "ul"))
        rule = _RULES.get(tag)
        if rule is not None:
            return rule(text, inline)
        if tag in {"ul", "ol"}:
            return self.list(element, text, in_item)
        if tag == "li":
            return self.item(element, text, lists)
        if tag == "tr":
            return _row(element, text)
        return text  # img (stripped) and tags without a rule: their text

    def children(self, nodes: list[Node], tag: str, inline: bool = False, in_item: bool = False, lists: int = 0) -> str:
        """The joined Markdown of an element's children (``tag`` the element's name)."""
        inside = tag in _BLOCK_INSIDE
        strings: list[str] = []
        last = len(nodes) - 1
        for index, node in enumerate(nodes):
            if isinstance(node, str):
                before = nodes[index - 1] if index else None
                after = nodes[index + 1] if index < last else None
                if not node.strip() and (
                    (inside and (before is None or after is None)) or _outside(before) or _outside(after)
                ):
                    continue
                string = _text(node, before, after, inside)
            else:
                string = self.element(node, inline, in_item, lists)
            if string:
                strings.append(string)
        return _collapse(strings)

    def list(self, element: lxml.html.HtmlElement, text: str, in_item: bool) -> str:
        """markdownify's ``convert_list``."""
        if in_item:
            return "\n" + text.rstrip()
        tail = element.tail
        if tail and tail.strip():
            before_paragraph = True  # text follows
        else:
            following = None if element is self.root else element.getnext()
            before_paragraph = following is not None and following.tag not in {"ul", "ol"}
        return "\n\n" + text + ("\n" if before_paragraph else "")

    def item(self, element: lxml.html.HtmlElement, text: str, lists: int) -> str:
        """markdownify's ``convert_li`` (no ``start`` attribute reaches it: only ``href`` is kept)."""
        text = text.strip()
        if not text:
            return "\n"
        parent = None if element is self.root else element.getparent()
        if parent is not None and parent.tag == "ol":
            bullet = f"{1 + sum(1 for sibling in element.itersiblings('li', preceding=True))}."
        else:
            bullet = _BULLETS[(lists - 1) % len(_BULLETS)]
        bullet += " "
        indent = " " * len(bullet)
        text = "\n".join(indent + line if line else "" for line in text.split("\n"))
        return bullet + text[len(bullet) :] + "\n"


def _text(text: str, before: Node | None, after: Node | None, inside: bool) -> str:
    """markdownify's ``process_text`` outside preformatted text and code."""
    if "\n" in text or "\r" in text or "\t" in text or "  " in text:
        text = _WHITESPACE.sub(" ", _NEWLINE_WHITESPACE.sub("\n", text))
    text = text.replace("*", r"\*").replace("_", r"\_")
    if _outside(before) or (inside and before is None):
        text = text.lstrip(" \t\r\n")
    if _outside(after) or (inside and after is None):
        text = text.rstrip()
    return text


def _collapse(strings: list[str]) -> str:
    """Join children's Markdown, the newlines where two meet cut to the larger run, two at most."""
    if len(strings) < 2:
        return strings[0] if strings else ""
    parts: list[str] = [""]
    for string in strings:
        content = string.lstrip("\n")
        leading = string[: len(string) - len(content)]
        stripped = content.rstrip("\n")
        trailing = content[len(stripped) :]
        if parts[-1] and leading:
            leading = "\n" * min(2, max(len(parts.pop()), len(leading)))
        parts += (leading, stripped, trailing)
    return "".join(parts)


def _heading(level: int, text: str, inline: bool) -> str:
    if inline:
        return text
    return f"\n\n{'#' * level} {_ALL_WHITESPACE.sub(' ', text.strip())}\n\n"


def _paragraph(text: str, inline: bool) -> str:
    if inline:
        return " " + text.strip(" \t\r\n") + " "
    text = text.strip(" \t\r\n")
    return f"\n\n{text}\n\n" if text else ""


def _division(text: str, inline: bool) -> str:
    if inline:
        return " " + text.strip() + " "
    text = text.strip()
    return f"\n\n{text}\n\n" if text else ""


def _quotation(text: str, inline: bool) -> str:
    text = text.strip(" \t\r\n")
    if inline:
        return " " + text + " "
    if not text:
        return "\n"
    return "\n" + "\n".join("> " + line if line else ">" for line in text.split("\n")) + "\n\n"


def _term(text: str, inline: bool) -> str:
    text = _ALL_WHITESPACE.sub(" ", text.strip())
    if inline:
        return " " + text + " "
    return f"\n\n{text}\n" if text else "\n"


def _definition(text: str, inline: bool) -> str:
    text = text.strip()
    if inline:
        return " " + text + " "
    if not text:
        return "\n"
    text = "\n".join("    " + line if line else "" for line in text.split("\n"))
    return ":" + text[1:] + "\n"


def _table(text: str, inline: bool) -> str:
    return "\n\n" + text.strip() + "\n\n"


def _caption(text: str, inline: bool) -> str:
    return text.strip() + "\n\n"


def _cell(text: str, inline: bool) -> str:
    return " " + text.strip().replace("\n", " ") + " |"  # no ``colspan`` reaches markdownify: one column


def _row(row: lxml.html.HtmlElement, text: str) -> str:
    """markdownify's ``convert_tr`` (without ``colspan``, and without inferring a header)."""
    cells = [cell.tag for cell in row.iter("td", "th")]
    parent = row.getparent()
    first = row.getprevious() is None
    head = all(tag == "th" for tag in cells) or (parent.tag == "thead" and sum(1 for _ in parent.iter("tr")) == 1)
    head_missing = first and (parent.tag != "tbody" or next(parent.getparent().iter("thead"), None) is None)
    if head and first:
        return "|" + text + "\n" + _table_line(["---"] * len(cells))
    if head_missing or (first and (parent.tag == "table" or (parent.tag == "tbody" and parent.getprevious() is None))):
        return _table_line([""] * len(cells)) + _table_line(["---"] * len(cells)) + "|" + text + "\n"
    return "|" + text + "\n"


def _table_line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |\n"


def _break(text: str, inline: bool) -> str:
    return " " if inline else "  \n"


def _rule(text: str, inline: bool) -> str:
    return "\n\n---\n\n"


_RULES: dict[str, Callable[[str, bool], str]] = {
    "p": _paragraph,
    "div": _division,
    "article": _division,
    "section": _division,
    "dl": _division,
    "blockquote": _quotation,
    "br": _break,
    "hr": _rule,
    "dt": _term,
    "dd": _definition,
    "table": _table,
    "caption": _caption,
    "td": _cell,
    "th": _cell,
    **{tag: partial(_heading, level) for tag, level in _HEADINGS.items()},
}
"""markdownify's ``convert_<tag>`` of the elements whose Markdown depends on their text and context only."""
